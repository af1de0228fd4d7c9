# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_HouseholdDialog(object):
    def setupUi(self, HouseholdDialog):
        if not HouseholdDialog.objectName():
            HouseholdDialog.setObjectName(u"HouseholdDialog")
        HouseholdDialog.resize(900, 520)
        self.mainLayout = QVBoxLayout(HouseholdDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(HouseholdDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.headingLayout.addWidget(self.headingLabel)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.countLabel = QLabel(HouseholdDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"countLabel", True)

        self.headingLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headingLayout)

        self.addressLabel = QLabel(HouseholdDialog)
        self.addressLabel.setObjectName(u"addressLabel")
        self.addressLabel.setText(u"")
        self.addressLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.addressLabel)

        self.membersTable = QTableWidget(HouseholdDialog)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setWordWrap(False)
        self.membersTable.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.membersTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.moveInButton = QPushButton(HouseholdDialog)
        self.moveInButton.setObjectName(u"moveInButton")
        self.moveInButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.moveInButton)

        self.moveOutButton = QPushButton(HouseholdDialog)
        self.moveOutButton.setObjectName(u"moveOutButton")
        self.moveOutButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.moveOutButton)

        self.changeHeadButton = QPushButton(HouseholdDialog)
        self.changeHeadButton.setObjectName(u"changeHeadButton")
        self.changeHeadButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.changeHeadButton)

        self.splitButton = QPushButton(HouseholdDialog)
        self.splitButton.setObjectName(u"splitButton")
        self.splitButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.splitButton)

        self.deathButton = QPushButton(HouseholdDialog)
        self.deathButton.setObjectName(u"deathButton")
        self.deathButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.deathButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.openResidentButton = QPushButton(HouseholdDialog)
        self.openResidentButton.setObjectName(u"openResidentButton")
        self.openResidentButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.openResidentButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(HouseholdDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HouseholdDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.membersTable, self.moveInButton)
        QWidget.setTabOrder(self.moveInButton, self.moveOutButton)
        QWidget.setTabOrder(self.moveOutButton, self.changeHeadButton)
        QWidget.setTabOrder(self.changeHeadButton, self.splitButton)
        QWidget.setTabOrder(self.splitButton, self.deathButton)
        QWidget.setTabOrder(self.deathButton, self.openResidentButton)

        self.retranslateUi(HouseholdDialog)

        QMetaObject.connectSlotsByName(HouseholdDialog)
    # setupUi

    def retranslateUi(self, HouseholdDialog):
        HouseholdDialog.setWindowTitle(QCoreApplication.translate("HouseholdDialog", u"Household", None))
        self.headingLabel.setText(QCoreApplication.translate("HouseholdDialog", u"Household", None))
        self.moveInButton.setText(QCoreApplication.translate("HouseholdDialog", u"Move &in\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveInButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"Someone joins this household (\u8fc1\u5165)", None))
#endif // QT_CONFIG(tooltip)
        self.moveOutButton.setText(QCoreApplication.translate("HouseholdDialog", u"Move &out\u2026", None))
#if QT_CONFIG(tooltip)
        self.moveOutButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"Someone leaves the street (\u8fc1\u51fa), with date and reason", None))
#endif // QT_CONFIG(tooltip)
        self.changeHeadButton.setText(QCoreApplication.translate("HouseholdDialog", u"Change &head\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeHeadButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"A new head; restate each member's relation (\u53d8\u66f4\u6237\u4e3b)", None))
#endif // QT_CONFIG(tooltip)
        self.splitButton.setText(QCoreApplication.translate("HouseholdDialog", u"&Split\u2026", None))
#if QT_CONFIG(tooltip)
        self.splitButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"Some members form a new household in the same unit (\u5206\u6237)", None))
#endif // QT_CONFIG(tooltip)
        self.deathButton.setText(QCoreApplication.translate("HouseholdDialog", u"&Death\u2026", None))
#if QT_CONFIG(tooltip)
        self.deathButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"Record a death (\u6b7b\u4ea1\u6ce8\u9500)", None))
#endif // QT_CONFIG(tooltip)
        self.openResidentButton.setText(QCoreApplication.translate("HouseholdDialog", u"Open &resident", None))
#if QT_CONFIG(tooltip)
        self.openResidentButton.setToolTip(QCoreApplication.translate("HouseholdDialog", u"Open the highlighted member's record (Enter)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

