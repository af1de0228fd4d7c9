# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_step_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestStepDialog(object):
    def setupUi(self, RequestStepDialog):
        if not RequestStepDialog.objectName():
            RequestStepDialog.setObjectName(u"RequestStepDialog")
        RequestStepDialog.resize(560, 300)
        RequestStepDialog.setWindowTitle(u"")
        self.mainLayout = QVBoxLayout(RequestStepDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(RequestStepDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(RequestStepDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.noteLabel = QLabel(RequestStepDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(RequestStepDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.noteMessage = QLabel(RequestStepDialog)
        self.noteMessage.setObjectName(u"noteMessage")
        self.noteMessage.setText(u"")
        self.noteMessage.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteMessage)

        self.collectorNameLabel = QLabel(RequestStepDialog)
        self.collectorNameLabel.setObjectName(u"collectorNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collectorNameLabel)

        self.collectorNameEdit = QLineEdit(RequestStepDialog)
        self.collectorNameEdit.setObjectName(u"collectorNameEdit")
        self.collectorNameEdit.setMaxLength(64)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectorNameEdit)

        self.collectorNameMessage = QLabel(RequestStepDialog)
        self.collectorNameMessage.setObjectName(u"collectorNameMessage")
        self.collectorNameMessage.setText(u"")
        self.collectorNameMessage.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.collectorNameMessage)

        self.collectorIdLabel = QLabel(RequestStepDialog)
        self.collectorIdLabel.setObjectName(u"collectorIdLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.collectorIdLabel)

        self.collectorIdEdit = QLineEdit(RequestStepDialog)
        self.collectorIdEdit.setObjectName(u"collectorIdEdit")
        self.collectorIdEdit.setMaxLength(24)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.collectorIdEdit)

        self.collectorIdMessage = QLabel(RequestStepDialog)
        self.collectorIdMessage.setObjectName(u"collectorIdMessage")
        self.collectorIdMessage.setText(u"")
        self.collectorIdMessage.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.collectorIdMessage)


        self.mainLayout.addLayout(self.form)

        self.formMessage = QLabel(RequestStepDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RequestStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.collectorNameLabel.setBuddy(self.collectorNameEdit)
        self.collectorIdLabel.setBuddy(self.collectorIdEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.noteEdit, self.collectorNameEdit)
        QWidget.setTabOrder(self.collectorNameEdit, self.collectorIdEdit)

        self.retranslateUi(RequestStepDialog)

        QMetaObject.connectSlotsByName(RequestStepDialog)
    # setupUi

    def retranslateUi(self, RequestStepDialog):
        self.collectorNameLabel.setText(QCoreApplication.translate("RequestStepDialog", u"Collector's &name:", None))
        self.collectorIdLabel.setText(QCoreApplication.translate("RequestStepDialog", u"Collector's &ID number:", None))
        pass
    # retranslateUi

