# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(EvaluationDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(EvaluationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.itemLabel = QLabel(EvaluationDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setWordWrap(True)
        self.itemLabel.setText(u"")

        self.mainLayout.addWidget(self.itemLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.evaluationLabel = QLabel(EvaluationDialog)
        self.evaluationLabel.setObjectName(u"evaluationLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluationLabel)

        self.evaluationCombo = QComboBox(EvaluationDialog)
        self.evaluationCombo.setObjectName(u"evaluationCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluationCombo)

        self.evaluatedLabel = QLabel(EvaluationDialog)
        self.evaluatedLabel.setObjectName(u"evaluatedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.evaluatedLabel)

        self.evaluatedEdit = QLineEdit(EvaluationDialog)
        self.evaluatedEdit.setObjectName(u"evaluatedEdit")
        self.evaluatedEdit.setMaxLength(10)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.evaluatedEdit)

        self.evaluatedMessage = QLabel(EvaluationDialog)
        self.evaluatedMessage.setObjectName(u"evaluatedMessage")
        self.evaluatedMessage.setWordWrap(True)
        self.evaluatedMessage.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evaluatedMessage)

        self.noteLabel = QLabel(EvaluationDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(EvaluationDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.formMessage = QLabel(EvaluationDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setText(u"")

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.evaluationLabel.setBuddy(self.evaluationCombo)
        self.evaluatedLabel.setBuddy(self.evaluatedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.evaluationCombo, self.evaluatedEdit)
        QWidget.setTabOrder(self.evaluatedEdit, self.noteEdit)

        self.retranslateUi(EvaluationDialog)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"Evaluation", None))
        self.headingLabel.setText(QCoreApplication.translate("EvaluationDialog", u"Evaluate the service item", None))
        self.evaluationLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Evaluation:", None))
        self.evaluatedLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Date:", None))
        self.evaluatedEdit.setPlaceholderText(QCoreApplication.translate("EvaluationDialog", u"yyyy-mm-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("EvaluationDialog", u"&Note:", None))
    # retranslateUi

