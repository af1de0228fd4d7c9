# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(480, 300)
        PasswordDialog.setMinimumSize(QSize(440, 0))
        self.mainLayout = QVBoxLayout(PasswordDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.promptLabel = QLabel(PasswordDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.promptLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.oldLabel = QLabel(PasswordDialog)
        self.oldLabel.setObjectName(u"oldLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldLabel)

        self.oldEdit = QLineEdit(PasswordDialog)
        self.oldEdit.setObjectName(u"oldEdit")
        self.oldEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldEdit)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.strengthLabel = QLabel(PasswordDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setText(u"")
        self.strengthLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.strengthLabel)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.errorLabel = QLabel(PasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty(u"fieldError", True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.errorLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldLabel.setBuddy(self.oldEdit)
        self.newLabel.setBuddy(self.newEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldEdit, self.newEdit)
        QWidget.setTabOrder(self.newEdit, self.repeatEdit)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Change password", None))
        self.promptLabel.setText(QCoreApplication.translate("PasswordDialog", u"Enter your current password, then the new one twice.", None))
        self.oldLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Current password:", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"&New password:", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Repeat:", None))
    # retranslateUi

