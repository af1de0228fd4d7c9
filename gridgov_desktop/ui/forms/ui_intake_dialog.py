# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1080, 700)
        self.mainLayout = QVBoxLayout(IntakeDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(IntakeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.headingLayout.addWidget(self.headingLabel)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.windowLabel = QLabel(IntakeDialog)
        self.windowLabel.setObjectName(u"windowLabel")
        self.windowLabel.setText(u"")
        self.windowLabel.setProperty(u"countLabel", True)

        self.headingLayout.addWidget(self.windowLabel)


        self.mainLayout.addLayout(self.headingLayout)

        self.residentLabel = QLabel(IntakeDialog)
        self.residentLabel.setObjectName(u"residentLabel")
        self.residentLabel.setText(u"")
        self.residentLabel.setWordWrap(True)
        self.residentLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.residentLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.servicesLayout = QVBoxLayout()
        self.servicesLayout.setSpacing(6)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.filterLabel = QLabel(IntakeDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.servicesLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(IntakeDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.servicesLayout.addWidget(self.filterEdit)

        self.serviceTree = QTreeWidget(IntakeDialog)
        self.serviceTree.setObjectName(u"serviceTree")
        self.serviceTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.serviceTree.setAlternatingRowColors(True)
        self.serviceTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.serviceTree.setRootIsDecorated(False)
        self.serviceTree.setUniformRowHeights(True)
        self.serviceTree.setAllColumnsShowFocus(True)

        self.servicesLayout.addWidget(self.serviceTree)

        self.serviceCountLabel = QLabel(IntakeDialog)
        self.serviceCountLabel.setObjectName(u"serviceCountLabel")
        self.serviceCountLabel.setText(u"")

        self.servicesLayout.addWidget(self.serviceCountLabel)


        self.columnsLayout.addLayout(self.servicesLayout)

        self.checklistLayout = QVBoxLayout()
        self.checklistLayout.setSpacing(6)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.serviceTitleLabel = QLabel(IntakeDialog)
        self.serviceTitleLabel.setObjectName(u"serviceTitleLabel")
        self.serviceTitleLabel.setText(u"")
        self.serviceTitleLabel.setWordWrap(True)
        self.serviceTitleLabel.setProperty(u"countLabel", True)

        self.checklistLayout.addWidget(self.serviceTitleLabel)

        self.promisedLabel = QLabel(IntakeDialog)
        self.promisedLabel.setObjectName(u"promisedLabel")
        self.promisedLabel.setText(u"")
        self.promisedLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.promisedLabel)

        self.noticeLabel = QLabel(IntakeDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setText(u"")
        self.noticeLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.noticeLabel)

        self.materialsLabel = QLabel(IntakeDialog)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.checklistLayout.addWidget(self.materialsLabel)

        self.materialsList = QListWidget(IntakeDialog)
        self.materialsList.setObjectName(u"materialsList")
        self.materialsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.materialsList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.materialsList.setWordWrap(True)

        self.checklistLayout.addWidget(self.materialsList)

        self.missingLabel = QLabel(IntakeDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.missingLabel)

        self.conditionsLabel = QLabel(IntakeDialog)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.checklistLayout.addWidget(self.conditionsLabel)

        self.conditionsText = QPlainTextEdit(IntakeDialog)
        self.conditionsText.setObjectName(u"conditionsText")
        self.conditionsText.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conditionsText.setReadOnly(True)
        self.conditionsText.setMaximumSize(QSize(16777215, 150))

        self.checklistLayout.addWidget(self.conditionsText)


        self.columnsLayout.addLayout(self.checklistLayout)

        self.columnsLayout.setStretch(0, 11)
        self.columnsLayout.setStretch(1, 10)

        self.mainLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(IntakeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setSpacing(8)
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.noticeButton = QPushButton(IntakeDialog)
        self.noticeButton.setObjectName(u"noticeButton")
        self.noticeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.noticeButton)

        self.acceptButton = QPushButton(IntakeDialog)
        self.acceptButton.setObjectName(u"acceptButton")
        self.acceptButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.acceptButton)

        self.closeButton = QPushButton(IntakeDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
        self.materialsLabel.setBuddy(self.materialsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.serviceTree)
        QWidget.setTabOrder(self.serviceTree, self.materialsList)
        QWidget.setTabOrder(self.materialsList, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.noticeButton)
        QWidget.setTabOrder(self.noticeButton, self.closeButton)

        self.retranslateUi(IntakeDialog)

        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"Accept a request", None))
        self.headingLabel.setText(QCoreApplication.translate("IntakeDialog", u"Accept a request", None))
        self.filterLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Service (name, code or pinyin initials):", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"e.g. jzzm; arrows choose, Enter takes it", None))
        ___qtreewidgetitem = self.serviceTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("IntakeDialog", u"Time limit", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("IntakeDialog", u"Department", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("IntakeDialog", u"Service", None))
        self.materialsLabel.setText(QCoreApplication.translate("IntakeDialog", u"&Materials brought (Space ticks, Ctrl+A ticks all):", None))
        self.conditionsLabel.setText(QCoreApplication.translate("IntakeDialog", u"Conditions and legal basis:", None))
        self.noticeButton.setText(QCoreApplication.translate("IntakeDialog", u"One-time &notice", None))
        self.acceptButton.setText(QCoreApplication.translate("IntakeDialog", u"&Accept and print receipt", None))
        self.closeButton.setText(QCoreApplication.translate("IntakeDialog", u"Close", None))
    # retranslateUi

