# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_items_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ServiceItemsDialog(object):
    def setupUi(self, ServiceItemsDialog):
        if not ServiceItemsDialog.objectName():
            ServiceItemsDialog.setObjectName(u"ServiceItemsDialog")
        ServiceItemsDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(ServiceItemsDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(ServiceItemsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.unitLabel = QLabel(ServiceItemsDialog)
        self.unitLabel.setObjectName(u"unitLabel")
        self.unitLabel.setWordWrap(True)
        self.unitLabel.setText(u"")

        self.mainLayout.addWidget(self.unitLabel)

        self.itemsTree = QTreeWidget(ServiceItemsDialog)
        self.itemsTree.setObjectName(u"itemsTree")
        self.itemsTree.setRootIsDecorated(False)
        self.itemsTree.setUniformRowHeights(True)
        self.itemsTree.setAllColumnsShowFocus(True)
        self.itemsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.itemsTree)

        self.detailLabel = QLabel(ServiceItemsDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setText(u"")

        self.mainLayout.addWidget(self.detailLabel)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.newButton = QPushButton(ServiceItemsDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.newButton)

        self.editButton = QPushButton(ServiceItemsDialog)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.editButton)

        self.statusButton = QPushButton(ServiceItemsDialog)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.statusButton)

        self.evaluateButton = QPushButton(ServiceItemsDialog)
        self.evaluateButton.setObjectName(u"evaluateButton")
        self.evaluateButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.evaluateButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.buttonSpacer)

        self.removeButton = QPushButton(ServiceItemsDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.itemButtons.addWidget(self.removeButton)


        self.mainLayout.addLayout(self.itemButtons)

        self.messageLabel = QLabel(ServiceItemsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ServiceItemsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.itemsTree, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.evaluateButton)
        QWidget.setTabOrder(self.evaluateButton, self.removeButton)

        self.retranslateUi(ServiceItemsDialog)

        QMetaObject.connectSlotsByName(ServiceItemsDialog)
    # setupUi

    def retranslateUi(self, ServiceItemsDialog):
        ServiceItemsDialog.setWindowTitle(QCoreApplication.translate("ServiceItemsDialog", u"Service items", None))
        ___qtreewidgetitem = self.itemsTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ServiceItemsDialog", u"Evaluation", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ServiceItemsDialog", u"Completed", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ServiceItemsDialog", u"Status", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ServiceItemsDialog", u"Claimed", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ServiceItemsDialog", u"Service item", None))
        self.newButton.setText(QCoreApplication.translate("ServiceItemsDialog", u"&New item\u2026", None))
        self.editButton.setText(QCoreApplication.translate("ServiceItemsDialog", u"&Edit\u2026", None))
        self.statusButton.setText(QCoreApplication.translate("ServiceItemsDialog", u"&Status", None))
        self.evaluateButton.setText(QCoreApplication.translate("ServiceItemsDialog", u"E&valuate\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("ServiceItemsDialog", u"&Remove\u2026", None))
    # retranslateUi

