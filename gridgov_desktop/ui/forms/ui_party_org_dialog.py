# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_org_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from gridgov_desktop.ui.widgets.person_picker import PersonPicker

class Ui_PartyOrgDialog(object):
    def setupUi(self, PartyOrgDialog):
        if not PartyOrgDialog.objectName():
            PartyOrgDialog.setObjectName(u"PartyOrgDialog")
        PartyOrgDialog.resize(580, 480)
        self.mainLayout = QVBoxLayout(PartyOrgDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(PartyOrgDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.placeLabel = QLabel(PartyOrgDialog)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)
        self.placeLabel.setText(u"")

        self.mainLayout.addWidget(self.placeLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.nameLabel = QLabel(PartyOrgDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PartyOrgDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(PartyOrgDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.starsLabel = QLabel(PartyOrgDialog)
        self.starsLabel.setObjectName(u"starsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.starsLabel)

        self.starsCombo = QComboBox(PartyOrgDialog)
        self.starsCombo.setObjectName(u"starsCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.starsCombo)

        self.ratedOnLabel = QLabel(PartyOrgDialog)
        self.ratedOnLabel.setObjectName(u"ratedOnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ratedOnLabel)

        self.ratedOnEdit = QLineEdit(PartyOrgDialog)
        self.ratedOnEdit.setObjectName(u"ratedOnEdit")
        self.ratedOnEdit.setMaxLength(10)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ratedOnEdit)

        self.ratedOnMessage = QLabel(PartyOrgDialog)
        self.ratedOnMessage.setObjectName(u"ratedOnMessage")
        self.ratedOnMessage.setWordWrap(True)
        self.ratedOnMessage.setText(u"")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ratedOnMessage)


        self.mainLayout.addLayout(self.formLayout)

        self.secretaryGroup = QGroupBox(PartyOrgDialog)
        self.secretaryGroup.setObjectName(u"secretaryGroup")
        self.secretaryLayout = QVBoxLayout(self.secretaryGroup)
        self.secretaryLayout.setObjectName(u"secretaryLayout")
        self.secretaryLayout.setContentsMargins(8, 8, 8, 8)
        self.secretaryPicker = PersonPicker(self.secretaryGroup)
        self.secretaryPicker.setObjectName(u"secretaryPicker")

        self.secretaryLayout.addWidget(self.secretaryPicker)


        self.mainLayout.addWidget(self.secretaryGroup)

        self.formMessage = QLabel(PartyOrgDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setText(u"")

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PartyOrgDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.starsLabel.setBuddy(self.starsCombo)
        self.ratedOnLabel.setBuddy(self.ratedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.starsCombo)
        QWidget.setTabOrder(self.starsCombo, self.ratedOnEdit)
        QWidget.setTabOrder(self.ratedOnEdit, self.secretaryPicker)

        self.retranslateUi(PartyOrgDialog)

        QMetaObject.connectSlotsByName(PartyOrgDialog)
    # setupUi

    def retranslateUi(self, PartyOrgDialog):
        PartyOrgDialog.setWindowTitle(QCoreApplication.translate("PartyOrgDialog", u"Party unit", None))
        self.nameLabel.setText(QCoreApplication.translate("PartyOrgDialog", u"&Name:", None))
        self.starsLabel.setText(QCoreApplication.translate("PartyOrgDialog", u"S&tar rating:", None))
        self.ratedOnLabel.setText(QCoreApplication.translate("PartyOrgDialog", u"Rated &on:", None))
        self.ratedOnEdit.setPlaceholderText(QCoreApplication.translate("PartyOrgDialog", u"yyyy-mm-dd", None))
        self.secretaryGroup.setTitle(QCoreApplication.translate("PartyOrgDialog", u"Secretary (contact)", None))
    # retranslateUi

