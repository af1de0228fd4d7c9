# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'role_dialog.ui'
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

from gridgov_desktop.ui.widgets.person_picker import PersonPicker

class Ui_RoleDialog(object):
    def setupUi(self, RoleDialog):
        if not RoleDialog.objectName():
            RoleDialog.setObjectName(u"RoleDialog")
        RoleDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(RoleDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(RoleDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.placeLabel = QLabel(RoleDialog)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)
        self.placeLabel.setText(u"")

        self.mainLayout.addWidget(self.placeLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.roleLabel = QLabel(RoleDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(RoleDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.sinceLabel = QLabel(RoleDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = QLineEdit(RoleDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setMaxLength(10)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.sinceMessage = QLabel(RoleDialog)
        self.sinceMessage.setObjectName(u"sinceMessage")
        self.sinceMessage.setWordWrap(True)
        self.sinceMessage.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sinceMessage)


        self.mainLayout.addLayout(self.formLayout)

        self.personPicker = PersonPicker(RoleDialog)
        self.personPicker.setObjectName(u"personPicker")

        self.mainLayout.addWidget(self.personPicker)

        self.formMessage = QLabel(RoleDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setText(u"")

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RoleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.personPicker)

        self.retranslateUi(RoleDialog)

        QMetaObject.connectSlotsByName(RoleDialog)
    # setupUi

    def retranslateUi(self, RoleDialog):
        RoleDialog.setWindowTitle(QCoreApplication.translate("RoleDialog", u"Assign a role", None))
        self.headingLabel.setText(QCoreApplication.translate("RoleDialog", u"Assign a role", None))
        self.roleLabel.setText(QCoreApplication.translate("RoleDialog", u"&Role:", None))
        self.sinceLabel.setText(QCoreApplication.translate("RoleDialog", u"&Since:", None))
        self.sinceEdit.setPlaceholderText(QCoreApplication.translate("RoleDialog", u"yyyy-mm-dd", None))
    # retranslateUi

