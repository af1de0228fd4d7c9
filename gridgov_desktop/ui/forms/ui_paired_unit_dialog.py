# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paired_unit_dialog.ui'
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

class Ui_PairedUnitDialog(object):
    def setupUi(self, PairedUnitDialog):
        if not PairedUnitDialog.objectName():
            PairedUnitDialog.setObjectName(u"PairedUnitDialog")
        PairedUnitDialog.resize(520, 460)
        self.mainLayout = QVBoxLayout(PairedUnitDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(PairedUnitDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.communityLabel = QLabel(PairedUnitDialog)
        self.communityLabel.setObjectName(u"communityLabel")
        self.communityLabel.setWordWrap(True)
        self.communityLabel.setText(u"")

        self.mainLayout.addWidget(self.communityLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.nameLabel = QLabel(PairedUnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PairedUnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(PairedUnitDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.kindLabel = QLabel(PairedUnitDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PairedUnitDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contactLabel = QLabel(PairedUnitDialog)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(PairedUnitDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(64)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(PairedUnitDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(PairedUnitDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(20)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneMessage = QLabel(PairedUnitDialog)
        self.phoneMessage.setObjectName(u"phoneMessage")
        self.phoneMessage.setWordWrap(True)
        self.phoneMessage.setText(u"")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneMessage)

        self.reportedLabel = QLabel(PairedUnitDialog)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedEdit = QLineEdit(PairedUnitDialog)
        self.reportedEdit.setObjectName(u"reportedEdit")
        self.reportedEdit.setMaxLength(10)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reportedEdit)

        self.reportedMessage = QLabel(PairedUnitDialog)
        self.reportedMessage.setObjectName(u"reportedMessage")
        self.reportedMessage.setWordWrap(True)
        self.reportedMessage.setText(u"")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reportedMessage)

        self.notesLabel = QLabel(PairedUnitDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(PairedUnitDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaxLength(500)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.formMessage = QLabel(PairedUnitDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setText(u"")

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PairedUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.reportedLabel.setBuddy(self.reportedEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.reportedEdit)
        QWidget.setTabOrder(self.reportedEdit, self.notesEdit)

        self.retranslateUi(PairedUnitDialog)

        QMetaObject.connectSlotsByName(PairedUnitDialog)
    # setupUi

    def retranslateUi(self, PairedUnitDialog):
        PairedUnitDialog.setWindowTitle(QCoreApplication.translate("PairedUnitDialog", u"Paired unit", None))
        self.nameLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"&Kind:", None))
        self.contactLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"&Contact:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"&Phone:", None))
        self.reportedLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"&Reported on:", None))
        self.reportedEdit.setPlaceholderText(QCoreApplication.translate("PairedUnitDialog", u"yyyy-mm-dd", None))
        self.notesLabel.setText(QCoreApplication.translate("PairedUnitDialog", u"N&otes:", None))
    # retranslateUi

