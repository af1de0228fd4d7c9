# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_item_dialog.ui'
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

class Ui_ServiceItemDialog(object):
    def setupUi(self, ServiceItemDialog):
        if not ServiceItemDialog.objectName():
            ServiceItemDialog.setObjectName(u"ServiceItemDialog")
        ServiceItemDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(ServiceItemDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(ServiceItemDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.unitLabel = QLabel(ServiceItemDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)
        self.unitLabel.setText(u"")

        self.mainLayout.addWidget(self.unitLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.titleLabel = QLabel(ServiceItemDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ServiceItemDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleMessage = QLabel(ServiceItemDialog)
        self.titleMessage.setObjectName(u"titleMessage")
        self.titleMessage.setWordWrap(True)
        self.titleMessage.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleMessage)

        self.descriptionLabel = QLabel(ServiceItemDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(ServiceItemDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.claimedLabel = QLabel(ServiceItemDialog)
        self.claimedLabel.setObjectName(u"claimedLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.claimedLabel)

        self.claimedEdit = QLineEdit(ServiceItemDialog)
        self.claimedEdit.setObjectName(u"claimedEdit")
        self.claimedEdit.setMaxLength(10)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.claimedEdit)

        self.claimedMessage = QLabel(ServiceItemDialog)
        self.claimedMessage.setObjectName(u"claimedMessage")
        self.claimedMessage.setWordWrap(True)
        self.claimedMessage.setText(u"")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.claimedMessage)


        self.mainLayout.addLayout(self.formLayout)

        self.formMessage = QLabel(ServiceItemDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)
        self.formMessage.setText(u"")

        self.mainLayout.addWidget(self.formMessage)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ServiceItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.claimedLabel.setBuddy(self.claimedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.claimedEdit)

        self.retranslateUi(ServiceItemDialog)

        QMetaObject.connectSlotsByName(ServiceItemDialog)
    # setupUi

    def retranslateUi(self, ServiceItemDialog):
        ServiceItemDialog.setWindowTitle(QCoreApplication.translate("ServiceItemDialog", u"Service item", None))
        self.titleLabel.setText(QCoreApplication.translate("ServiceItemDialog", u"&Item:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ServiceItemDialog", u"&Details:", None))
        self.claimedLabel.setText(QCoreApplication.translate("ServiceItemDialog", u"&Claimed on:", None))
        self.claimedEdit.setPlaceholderText(QCoreApplication.translate("ServiceItemDialog", u"yyyy-mm-dd", None))
    # retranslateUi

