# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_members_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

from gridgov_desktop.ui.widgets.person_picker import PersonPicker

class Ui_PartyMembersDialog(object):
    def setupUi(self, PartyMembersDialog):
        if not PartyMembersDialog.objectName():
            PartyMembersDialog.setObjectName(u"PartyMembersDialog")
        PartyMembersDialog.resize(640, 720)
        self.mainLayout = QVBoxLayout(PartyMembersDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(PartyMembersDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.countLabel = QLabel(PartyMembersDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.membersTree = QTreeWidget(PartyMembersDialog)
        self.membersTree.setObjectName(u"membersTree")
        self.membersTree.setRootIsDecorated(False)
        self.membersTree.setUniformRowHeights(True)
        self.membersTree.setAllColumnsShowFocus(True)
        self.membersTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.membersTree)

        self.positionLayout = QHBoxLayout()
        self.positionLayout.setObjectName(u"positionLayout")
        self.positionLabel = QLabel(PartyMembersDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.positionLayout.addWidget(self.positionLabel)

        self.positionCombo = QComboBox(PartyMembersDialog)
        self.positionCombo.setObjectName(u"positionCombo")

        self.positionLayout.addWidget(self.positionCombo)

        self.setPositionButton = QPushButton(PartyMembersDialog)
        self.setPositionButton.setObjectName(u"setPositionButton")
        self.setPositionButton.setAutoDefault(False)

        self.positionLayout.addWidget(self.setPositionButton)

        self.positionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.positionLayout.addItem(self.positionSpacer)

        self.removeButton = QPushButton(PartyMembersDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.positionLayout.addWidget(self.removeButton)


        self.mainLayout.addLayout(self.positionLayout)

        self.addGroup = QGroupBox(PartyMembersDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QVBoxLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.addLayout.setContentsMargins(8, 8, 8, 8)
        self.memberPicker = PersonPicker(self.addGroup)
        self.memberPicker.setObjectName(u"memberPicker")

        self.addLayout.addWidget(self.memberPicker)

        self.addForm = QFormLayout()
        self.addForm.setObjectName(u"addForm")
        self.addForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.addForm.setHorizontalSpacing(12)
        self.addForm.setVerticalSpacing(6)
        self.addPositionLabel = QLabel(self.addGroup)
        self.addPositionLabel.setObjectName(u"addPositionLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addPositionLabel)

        self.addPositionCombo = QComboBox(self.addGroup)
        self.addPositionCombo.setObjectName(u"addPositionCombo")

        self.addForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addPositionCombo)

        self.joinedLabel = QLabel(self.addGroup)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.addForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedEdit = QLineEdit(self.addGroup)
        self.joinedEdit.setObjectName(u"joinedEdit")
        self.joinedEdit.setMaxLength(10)

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.joinedEdit)

        self.joinedMessage = QLabel(self.addGroup)
        self.joinedMessage.setObjectName(u"joinedMessage")
        self.joinedMessage.setWordWrap(True)
        self.joinedMessage.setText(u"")

        self.addForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.joinedMessage)


        self.addLayout.addLayout(self.addForm)

        self.addButtonLayout = QHBoxLayout()
        self.addButtonLayout.setObjectName(u"addButtonLayout")
        self.addMessage = QLabel(self.addGroup)
        self.addMessage.setObjectName(u"addMessage")
        self.addMessage.setWordWrap(True)
        self.addMessage.setText(u"")

        self.addButtonLayout.addWidget(self.addMessage)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.addButtonLayout.addWidget(self.addButton)


        self.addLayout.addLayout(self.addButtonLayout)


        self.mainLayout.addWidget(self.addGroup)

        self.buttonBox = QDialogButtonBox(PartyMembersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.positionLabel.setBuddy(self.positionCombo)
        self.addPositionLabel.setBuddy(self.addPositionCombo)
        self.joinedLabel.setBuddy(self.joinedEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.membersTree, self.positionCombo)
        QWidget.setTabOrder(self.positionCombo, self.setPositionButton)
        QWidget.setTabOrder(self.setPositionButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.memberPicker)
        QWidget.setTabOrder(self.memberPicker, self.addPositionCombo)
        QWidget.setTabOrder(self.addPositionCombo, self.joinedEdit)
        QWidget.setTabOrder(self.joinedEdit, self.addButton)

        self.retranslateUi(PartyMembersDialog)

        QMetaObject.connectSlotsByName(PartyMembersDialog)
    # setupUi

    def retranslateUi(self, PartyMembersDialog):
        PartyMembersDialog.setWindowTitle(QCoreApplication.translate("PartyMembersDialog", u"Members", None))
        ___qtreewidgetitem = self.membersTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PartyMembersDialog", u"Joined", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PartyMembersDialog", u"Phone", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PartyMembersDialog", u"Position", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PartyMembersDialog", u"Name", None))
        self.positionLabel.setText(QCoreApplication.translate("PartyMembersDialog", u"&Position:", None))
        self.setPositionButton.setText(QCoreApplication.translate("PartyMembersDialog", u"&Set position", None))
        self.removeButton.setText(QCoreApplication.translate("PartyMembersDialog", u"&Remove from the unit", None))
        self.addGroup.setTitle(QCoreApplication.translate("PartyMembersDialog", u"Add a member", None))
        self.addPositionLabel.setText(QCoreApplication.translate("PartyMembersDialog", u"Posi&tion:", None))
        self.joinedLabel.setText(QCoreApplication.translate("PartyMembersDialog", u"&Joined on:", None))
        self.joinedEdit.setPlaceholderText(QCoreApplication.translate("PartyMembersDialog", u"yyyy-mm-dd", None))
        self.addButton.setText(QCoreApplication.translate("PartyMembersDialog", u"&Add member", None))
    # retranslateUi

