# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(CaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 14, 14, 14)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(CaseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headingLayout.addWidget(self.headingLabel)

        self.statusLabel = QLabel(CaseDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setProperty(u"countLabel", True)

        self.headingLayout.addWidget(self.statusLabel)

        self.headingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.riskLabel = QLabel(CaseDialog)
        self.riskLabel.setObjectName(u"riskLabel")
        self.riskLabel.setText(u"")

        self.headingLayout.addWidget(self.riskLabel)


        self.mainLayout.addLayout(self.headingLayout)

        self.infoLabel = QLabel(CaseDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.clocksLabel = QLabel(CaseDialog)
        self.clocksLabel.setObjectName(u"clocksLabel")
        self.clocksLabel.setText(u"")
        self.clocksLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.clocksLabel)

        self.overdueLabel = QLabel(CaseDialog)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setText(u"")
        self.overdueLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.overdueLabel)

        self.conflictFrame = QFrame(CaseDialog)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictFrame)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setText(u"")
        self.conflictLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictFrame)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.reloadButton)


        self.mainLayout.addWidget(self.conflictFrame)

        self.pages = QStackedWidget(CaseDialog)
        self.pages.setObjectName(u"pages")
        self.newPage = QWidget()
        self.newPage.setObjectName(u"newPage")
        self.newPageLayout = QHBoxLayout(self.newPage)
        self.newPageLayout.setObjectName(u"newPageLayout")
        self.newFormLayout = QFormLayout()
        self.newFormLayout.setObjectName(u"newFormLayout")
        self.dateLabel = QLabel(self.newPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.newFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateBox = QVBoxLayout()
        self.dateBox.setObjectName(u"dateBox")
        self.dateBox.setContentsMargins(0, 0, 0, 0)
        self.dateEdit = QLineEdit(self.newPage)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateBox.addWidget(self.dateEdit)

        self.dateMessage = QLabel(self.newPage)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setText(u"")
        self.dateMessage.setWordWrap(True)

        self.dateBox.addWidget(self.dateMessage)


        self.newFormLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateBox)

        self.sourceLabel = QLabel(self.newPage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.newFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.newPage)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.newFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.typeLabel = QLabel(self.newPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.newFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.newPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.newFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.placeLabel = QLabel(self.newPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.newFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeBox = QVBoxLayout()
        self.placeBox.setObjectName(u"placeBox")
        self.placeBox.setContentsMargins(0, 0, 0, 0)
        self.placeEdit = QLineEdit(self.newPage)
        self.placeEdit.setObjectName(u"placeEdit")

        self.placeBox.addWidget(self.placeEdit)

        self.placeMessage = QLabel(self.newPage)
        self.placeMessage.setObjectName(u"placeMessage")
        self.placeMessage.setText(u"")
        self.placeMessage.setWordWrap(True)

        self.placeBox.addWidget(self.placeMessage)


        self.newFormLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.placeBox)

        self.atRiskCheck = QCheckBox(self.newPage)
        self.atRiskCheck.setObjectName(u"atRiskCheck")

        self.newFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.atRiskCheck)

        self.summaryLabel = QLabel(self.newPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.newFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.newPage)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.newFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.leadLabel = QLabel(self.newPage)
        self.leadLabel.setObjectName(u"leadLabel")

        self.newFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(self.newPage)
        self.leadCombo.setObjectName(u"leadCombo")

        self.newFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.assistantsLabel = QLabel(self.newPage)
        self.assistantsLabel.setObjectName(u"assistantsLabel")

        self.newFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.assistantsLabel)

        self.assistantsList = QListWidget(self.newPage)
        self.assistantsList.setObjectName(u"assistantsList")
        self.assistantsList.setMaximumSize(QSize(16777215, 70))

        self.newFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.assistantsList)


        self.newPageLayout.addLayout(self.newFormLayout)

        self.partiesHostLayout = QVBoxLayout()
        self.partiesHostLayout.setObjectName(u"partiesHostLayout")
        self.partiesHostLayout.setContentsMargins(0, 0, 0, 0)
        self.partiesHeading = QLabel(self.newPage)
        self.partiesHeading.setObjectName(u"partiesHeading")

        self.partiesHostLayout.addWidget(self.partiesHeading)


        self.newPageLayout.addLayout(self.partiesHostLayout)

        self.pages.addWidget(self.newPage)
        self.casePage = QWidget()
        self.casePage.setObjectName(u"casePage")
        self.casePageLayout = QVBoxLayout(self.casePage)
        self.casePageLayout.setObjectName(u"casePageLayout")
        self.casePageLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self.casePage)
        self.tabs.setObjectName(u"tabs")
        self.journalTab = QWidget()
        self.journalTab.setObjectName(u"journalTab")
        self.journalLayout = QVBoxLayout(self.journalTab)
        self.journalLayout.setObjectName(u"journalLayout")
        self.journalLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.journalTab, "")
        self.partiesTab = QWidget()
        self.partiesTab.setObjectName(u"partiesTab")
        self.partiesLayout = QVBoxLayout(self.partiesTab)
        self.partiesLayout.setObjectName(u"partiesLayout")
        self.partiesLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.partiesTab, "")
        self.commitmentsTab = QWidget()
        self.commitmentsTab.setObjectName(u"commitmentsTab")
        self.commitmentsLayout = QVBoxLayout(self.commitmentsTab)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.commitmentsLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.commitmentsTab, "")
        self.agreementTab = QWidget()
        self.agreementTab.setObjectName(u"agreementTab")
        self.agreementLayout = QVBoxLayout(self.agreementTab)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.agreementTab, "")
        self.fileTab = QWidget()
        self.fileTab.setObjectName(u"fileTab")
        self.fileLayout = QVBoxLayout(self.fileTab)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(self.fileTab, "")

        self.casePageLayout.addWidget(self.tabs)

        self.pages.addWidget(self.casePage)

        self.mainLayout.addWidget(self.pages)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLabel = QLabel(CaseDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.actionsLayout.addWidget(self.actionsLabel)

        self.actionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.messageLabel = QLabel(CaseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(CaseDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.printButton)

        self.extendButton = QPushButton(CaseDialog)
        self.extendButton.setObjectName(u"extendButton")
        self.extendButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.extendButton)

        self.editInfoButton = QPushButton(CaseDialog)
        self.editInfoButton.setObjectName(u"editInfoButton")
        self.editInfoButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.editInfoButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(CaseDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(CaseDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Mediation case", None))
        self.reloadButton.setText(QCoreApplication.translate("CaseDialog", u"Reloa&d", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Read the case again (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("CaseDialog", u"&Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"2026-11-21", None))
        self.sourceLabel.setText(QCoreApplication.translate("CaseDialog", u"S&ource:", None))
        self.typeLabel.setText(QCoreApplication.translate("CaseDialog", u"Dispute &type:", None))
        self.placeLabel.setText(QCoreApplication.translate("CaseDialog", u"&Place:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"\u5e78\u798f\u793e\u533a/\u7b2c\u4e00\u7f51\u683c", None))
        self.atRiskCheck.setText(QCoreApplication.translate("CaseDialog", u"At &risk of turning criminal (\u9632\u6b62\u6c11\u8f6c\u5211)", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseDialog", u"S&ummary:", None))
        self.leadLabel.setText(QCoreApplication.translate("CaseDialog", u"&Lead mediator:", None))
        self.assistantsLabel.setText(QCoreApplication.translate("CaseDialog", u"&Assistants:", None))
        self.partiesHeading.setText(QCoreApplication.translate("CaseDialog", u"Parties", None))
        self.tabs.setTabText(self.tabs.indexOf(self.journalTab), QCoreApplication.translate("CaseDialog", u"&Journal", None))
        self.tabs.setTabText(self.tabs.indexOf(self.partiesTab), QCoreApplication.translate("CaseDialog", u"P&arties", None))
        self.tabs.setTabText(self.tabs.indexOf(self.commitmentsTab), QCoreApplication.translate("CaseDialog", u"Pro&mises", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agreementTab), QCoreApplication.translate("CaseDialog", u"A&greement", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fileTab), QCoreApplication.translate("CaseDialog", u"Case &file", None))
        self.actionsLabel.setText(QCoreApplication.translate("CaseDialog", u"Next step:", None))
        self.printButton.setText(QCoreApplication.translate("CaseDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Documents of this case (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.extendButton.setText(QCoreApplication.translate("CaseDialog", u"E&xtend\u2026", None))
#if QT_CONFIG(tooltip)
        self.extendButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Extend the deadline with both parties' consent", None))
#endif // QT_CONFIG(tooltip)
        self.editInfoButton.setText(QCoreApplication.translate("CaseDialog", u"&Edit case details\u2026", None))
#if QT_CONFIG(tooltip)
        self.editInfoButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Change the source, type, place, summary or mediators (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CaseDialog", u"&Open the case", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Register the case and give it its number (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CaseDialog", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("CaseDialog", u"Esc", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

