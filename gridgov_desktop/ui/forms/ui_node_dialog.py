# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'node_dialog.ui'
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

class Ui_NodeDialog(object):
    def setupUi(self, NodeDialog):
        if not NodeDialog.objectName():
            NodeDialog.setObjectName(u"NodeDialog")
        NodeDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(NodeDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(NodeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.placeLabel = QLabel(NodeDialog)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)
        self.placeLabel.setText(u"")

        self.mainLayout.addWidget(self.placeLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.nameLabel = QLabel(NodeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(NodeDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(NodeDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.roomLabel = QLabel(NodeDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.labelEdit = QLineEdit(NodeDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(32)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.labelMessage = QLabel(NodeDialog)
        self.labelMessage.setObjectName(u"labelMessage")
        self.labelMessage.setWordWrap(True)
        self.labelMessage.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.labelMessage)


        self.mainLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(NodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roomLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.labelEdit)

        self.retranslateUi(NodeDialog)

        QMetaObject.connectSlotsByName(NodeDialog)
    # setupUi

    def retranslateUi(self, NodeDialog):
        NodeDialog.setWindowTitle(QCoreApplication.translate("NodeDialog", u"Node", None))
        self.nameLabel.setText(QCoreApplication.translate("NodeDialog", u"&Name:", None))
        self.roomLabel.setText(QCoreApplication.translate("NodeDialog", u"&Room label:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("NodeDialog", u"Building-unit-room, such as 3-2-501", None))
    # retranslateUi

