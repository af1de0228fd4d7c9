# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(900, 480)
        self.mainLayout = QVBoxLayout(UsersDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.countLabel = QLabel(UsersDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setWordWrap(False)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.usersTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.resetButton = QPushButton(UsersDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.actionsLayout.addWidget(self.resetButton)

        self.activeButton = QPushButton(UsersDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.actionsLayout.addWidget(self.activeButton)

        self.roleButton = QPushButton(UsersDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.actionsLayout.addWidget(self.roleButton)

        self.gridsButton = QPushButton(UsersDialog)
        self.gridsButton.setObjectName(u"gridsButton")

        self.actionsLayout.addWidget(self.gridsButton)

        self.unlockButton = QPushButton(UsersDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.actionsLayout.addWidget(self.unlockButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(UsersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add\u2026", None))
        self.resetButton.setText(QCoreApplication.translate("UsersDialog", u"&Reset password\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("UsersDialog", u"&Disable", None))
        self.roleButton.setText(QCoreApplication.translate("UsersDialog", u"Change r&ole\u2026", None))
        self.gridsButton.setText(QCoreApplication.translate("UsersDialog", u"&Grids\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UsersDialog", u"&Unlock", None))
    # retranslateUi

