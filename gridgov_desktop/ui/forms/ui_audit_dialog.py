# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDialog, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1100, 700)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setHorizontalSpacing(8)
        self.userLabel = QLabel(AuditDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel, 0, 0, 1, 1)

        self.userCombo = QComboBox(AuditDialog)
        self.userCombo.setObjectName(u"userCombo")
        self.userCombo.setEditable(True)
        self.userCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.userCombo, 0, 1, 1, 1)

        self.actionLabel = QLabel(AuditDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.actionCombo = QComboBox(AuditDialog)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.actionCombo, 0, 3, 1, 1)

        self.periodLabel = QLabel(AuditDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel, 0, 4, 1, 1)

        self.fromEdit = QDateEdit(AuditDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromEdit, 0, 5, 1, 1)

        self.toLabel = QLabel(AuditDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel, 0, 6, 1, 1)

        self.toEdit = QDateEdit(AuditDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toEdit, 0, 7, 1, 1)

        self.entityLabel = QLabel(AuditDialog)
        self.entityLabel.setObjectName(u"entityLabel")

        self.filterLayout.addWidget(self.entityLabel, 1, 0, 1, 1)

        self.entityCombo = QComboBox(AuditDialog)
        self.entityCombo.setObjectName(u"entityCombo")
        self.entityCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.entityCombo, 1, 1, 1, 1)

        self.recordLabel = QLabel(AuditDialog)
        self.recordLabel.setObjectName(u"recordLabel")

        self.filterLayout.addWidget(self.recordLabel, 1, 2, 1, 1)

        self.recordEdit = QLineEdit(AuditDialog)
        self.recordEdit.setObjectName(u"recordEdit")

        self.filterLayout.addWidget(self.recordEdit, 1, 3, 1, 1)

        self.applyLayout = QHBoxLayout()
        self.applyLayout.setObjectName(u"applyLayout")
        self.applySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applyLayout.addItem(self.applySpacer)

        self.applyButton = QPushButton(AuditDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.applyLayout.addWidget(self.applyButton)


        self.filterLayout.addLayout(self.applyLayout, 1, 5, 1, 3)


        self.mainLayout.addLayout(self.filterLayout)

        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(AuditDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.detailText = QPlainTextEdit(self.splitter)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setReadOnly(True)
        self.splitter.addWidget(self.detailText)

        self.mainLayout.addWidget(self.splitter)

        self.messageLabel = QLabel(AuditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.verifyButton = QPushButton(AuditDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttonLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.progressBar = QProgressBar(AuditDialog)
        self.progressBar.setObjectName(u"progressBar")

        self.buttonLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(AuditDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(AuditDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.periodLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.entityLabel.setBuddy(self.entityCombo)
        self.recordLabel.setBuddy(self.recordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.entityCombo)
        QWidget.setTabOrder(self.entityCombo, self.recordEdit)
        QWidget.setTabOrder(self.recordEdit, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.table)
        QWidget.setTabOrder(self.table, self.detailText)
        QWidget.setTabOrder(self.detailText, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit log", None))
        self.userLabel.setText(QCoreApplication.translate("AuditDialog", u"&User:", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditDialog", u"&Action:", None))
        self.periodLabel.setText(QCoreApplication.translate("AuditDialog", u"&Period:", None))
        self.toLabel.setText(QCoreApplication.translate("AuditDialog", u"to", None))
        self.entityLabel.setText(QCoreApplication.translate("AuditDialog", u"&Record:", None))
        self.recordLabel.setText(QCoreApplication.translate("AuditDialog", u"N&o.:", None))
        self.recordEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"any", None))
        self.applyButton.setText(QCoreApplication.translate("AuditDialog", u"&Show", None))
        self.detailText.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Select an entry to see everything it recorded.", None))
        self.verifyButton.setText(QCoreApplication.translate("AuditDialog", u"&Verify chain", None))
        self.exportButton.setText(QCoreApplication.translate("AuditDialog", u"&Export\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("AuditDialog", u"Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("AuditDialog", u"Close", None))
    # retranslateUi

