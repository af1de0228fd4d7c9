# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QLineEdit,
    QProgressBar, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

from gridgov_desktop.ui.widgets.wizard_pages import ProgressPage

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(720, 540)
        FirstRunWizard.setMinimumSize(QSize(640, 480))
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoBackButtonOnStartPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminForm = QGridLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.adminForm.setHorizontalSpacing(12)
        self.adminForm.setVerticalSpacing(6)
        self.usernameLabel = QLabel(self.adminPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.adminForm.addWidget(self.usernameLabel, 0, 0, 1, 1)

        self.usernameEdit = QLineEdit(self.adminPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(32)

        self.adminForm.addWidget(self.usernameEdit, 0, 1, 1, 1)

        self.usernameError = QLabel(self.adminPage)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setText(u"")
        self.usernameError.setWordWrap(True)
        self.usernameError.setProperty(u"fieldError", True)

        self.adminForm.addWidget(self.usernameError, 1, 1, 1, 1)

        self.displayNameLabel = QLabel(self.adminPage)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.adminForm.addWidget(self.displayNameLabel, 2, 0, 1, 1)

        self.displayNameEdit = QLineEdit(self.adminPage)
        self.displayNameEdit.setObjectName(u"displayNameEdit")
        self.displayNameEdit.setMaxLength(64)

        self.adminForm.addWidget(self.displayNameEdit, 2, 1, 1, 1)

        self.passwordLabel = QLabel(self.adminPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.adminForm.addWidget(self.passwordLabel, 3, 0, 1, 1)

        self.passwordEdit = QLineEdit(self.adminPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.addWidget(self.passwordEdit, 3, 1, 1, 1)

        self.passwordError = QLabel(self.adminPage)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setText(u"")
        self.passwordError.setWordWrap(True)
        self.passwordError.setProperty(u"fieldError", True)

        self.adminForm.addWidget(self.passwordError, 4, 1, 1, 1)

        self.confirmLabel = QLabel(self.adminPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.adminForm.addWidget(self.confirmLabel, 5, 0, 1, 1)

        self.confirmEdit = QLineEdit(self.adminPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.addWidget(self.confirmEdit, 5, 1, 1, 1)

        self.confirmError = QLabel(self.adminPage)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setText(u"")
        self.confirmError.setWordWrap(True)
        self.confirmError.setProperty(u"fieldError", True)

        self.adminForm.addWidget(self.confirmError, 6, 1, 1, 1)


        self.adminLayout.addLayout(self.adminForm)

        self.adminSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.adminLayout.addItem(self.adminSpacer)

        FirstRunWizard.addPage(self.adminPage)
        self.streetPage = QWizardPage()
        self.streetPage.setObjectName(u"streetPage")
        self.streetLayout = QVBoxLayout(self.streetPage)
        self.streetLayout.setObjectName(u"streetLayout")
        self.newStreetRadio = QRadioButton(self.streetPage)
        self.newStreetRadio.setObjectName(u"newStreetRadio")
        self.newStreetRadio.setChecked(True)

        self.streetLayout.addWidget(self.newStreetRadio)

        self.newStreetFields = QWidget(self.streetPage)
        self.newStreetFields.setObjectName(u"newStreetFields")
        self.newStreetFieldsLayout = QVBoxLayout(self.newStreetFields)
        self.newStreetFieldsLayout.setObjectName(u"newStreetFieldsLayout")
        self.newStreetFieldsLayout.setContentsMargins(28, 0, 0, 0)
        self.streetForm = QGridLayout()
        self.streetForm.setObjectName(u"streetForm")
        self.streetForm.setHorizontalSpacing(12)
        self.streetForm.setVerticalSpacing(6)
        self.streetNameLabel = QLabel(self.newStreetFields)
        self.streetNameLabel.setObjectName(u"streetNameLabel")

        self.streetForm.addWidget(self.streetNameLabel, 0, 0, 1, 1)

        self.streetNameEdit = QLineEdit(self.newStreetFields)
        self.streetNameEdit.setObjectName(u"streetNameEdit")
        self.streetNameEdit.setMaxLength(100)

        self.streetForm.addWidget(self.streetNameEdit, 0, 1, 1, 1)

        self.streetNameError = QLabel(self.newStreetFields)
        self.streetNameError.setObjectName(u"streetNameError")
        self.streetNameError.setText(u"")
        self.streetNameError.setWordWrap(True)
        self.streetNameError.setProperty(u"fieldError", True)

        self.streetForm.addWidget(self.streetNameError, 1, 1, 1, 1)

        self.addressLabel = QLabel(self.newStreetFields)
        self.addressLabel.setObjectName(u"addressLabel")

        self.streetForm.addWidget(self.addressLabel, 2, 0, 1, 1)

        self.addressEdit = QLineEdit(self.newStreetFields)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.streetForm.addWidget(self.addressEdit, 2, 1, 1, 1)

        self.phoneLabel = QLabel(self.newStreetFields)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.streetForm.addWidget(self.phoneLabel, 3, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.newStreetFields)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.streetForm.addWidget(self.phoneEdit, 3, 1, 1, 1)

        self.phoneError = QLabel(self.newStreetFields)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setText(u"")
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"fieldError", True)

        self.streetForm.addWidget(self.phoneError, 4, 1, 1, 1)


        self.newStreetFieldsLayout.addLayout(self.streetForm)


        self.streetLayout.addWidget(self.newStreetFields)

        self.demoRadio = QRadioButton(self.streetPage)
        self.demoRadio.setObjectName(u"demoRadio")

        self.streetLayout.addWidget(self.demoRadio)

        self.demoNote = QLabel(self.streetPage)
        self.demoNote.setObjectName(u"demoNote")
        self.demoNote.setWordWrap(True)
        self.demoNote.setIndent(28)

        self.streetLayout.addWidget(self.demoNote)

        self.existingStreetLabel = QLabel(self.streetPage)
        self.existingStreetLabel.setObjectName(u"existingStreetLabel")
        self.existingStreetLabel.setText(u"")
        self.existingStreetLabel.setWordWrap(True)

        self.streetLayout.addWidget(self.existingStreetLabel)

        self.streetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.streetLayout.addItem(self.streetSpacer)

        FirstRunWizard.addPage(self.streetPage)
        self.progressPage = ProgressPage()
        self.progressPage.setObjectName(u"progressPage")
        self.progressLayout = QVBoxLayout(self.progressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.progressLabel = QLabel(self.progressPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.progressLabel)

        self.progressError = QLabel(self.progressPage)
        self.progressError.setObjectName(u"progressError")
        self.progressError.setText(u"")
        self.progressError.setWordWrap(True)
        self.progressError.setProperty(u"fieldError", True)

        self.progressLayout.addWidget(self.progressError)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressLayout.addItem(self.progressSpacer)

        FirstRunWizard.addPage(self.progressPage)
#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.displayNameLabel.setBuddy(self.displayNameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.streetNameLabel.setBuddy(self.streetNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.displayNameEdit)
        QWidget.setTabOrder(self.displayNameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.newStreetRadio)
        QWidget.setTabOrder(self.newStreetRadio, self.streetNameEdit)
        QWidget.setTabOrder(self.streetNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.demoRadio)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"First-time set-up", None))
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Administrator account", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"There is no default password: choose the administrator's user name and password now. The password needs at least 8 characters, mixing letters with digits or symbols.", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&User name:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. admin", None))
        self.displayNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name:", None))
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"Shown in the status bar and on documents", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password:", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Repeat password:", None))
        self.streetPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your street", None))
        self.streetPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Name the street this office serves, or start with a fictional demo street to try the software.", None))
        self.newStreetRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Set up &my street", None))
        self.streetNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Street &name:", None))
        self.streetNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. Xinfa Street", None))
        self.addressLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Office &address:", None))
        self.phoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Office p&hone:", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Use the &demo street", None))
        self.demoNote.setText(QCoreApplication.translate("FirstRunWizard", u"Builds a fictional street with communities, grids, buildings and about 2,000 residents. For training and trials only: do not enter real residents into it.", None))
        self.progressPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Setting up", None))
        self.progressPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The administrator account and the street are being created.", None))
    # retranslateUi

