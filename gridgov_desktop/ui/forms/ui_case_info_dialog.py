# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_info_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_CaseInfoDialog(object):
    def setupUi(self, CaseInfoDialog):
        if not CaseInfoDialog.objectName():
            CaseInfoDialog.setObjectName(u"CaseInfoDialog")
        CaseInfoDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(CaseInfoDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(CaseInfoDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.conflictFrame = QFrame(CaseInfoDialog)
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

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.sourceLabel = QLabel(CaseInfoDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(CaseInfoDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.typeLabel = QLabel(CaseInfoDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(CaseInfoDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.placeLabel = QLabel(CaseInfoDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeLayout = QVBoxLayout()
        self.placeLayout.setObjectName(u"placeLayout")
        self.placeEdit = QLineEdit(CaseInfoDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setPlaceholderText(u"\u5e78\u798f\u793e\u533a/\u7b2c\u4e00\u7f51\u683c")

        self.placeLayout.addWidget(self.placeEdit)

        self.placeMessage = QLabel(CaseInfoDialog)
        self.placeMessage.setObjectName(u"placeMessage")
        self.placeMessage.setText(u"")
        self.placeMessage.setWordWrap(True)

        self.placeLayout.addWidget(self.placeMessage)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.placeLayout)

        self.atRiskCheck = QCheckBox(CaseInfoDialog)
        self.atRiskCheck.setObjectName(u"atRiskCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.atRiskCheck)

        self.summaryLabel = QLabel(CaseInfoDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(CaseInfoDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)
        self.summaryEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.leadLabel = QLabel(CaseInfoDialog)
        self.leadLabel.setObjectName(u"leadLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(CaseInfoDialog)
        self.leadCombo.setObjectName(u"leadCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.assistantsLabel = QLabel(CaseInfoDialog)
        self.assistantsLabel.setObjectName(u"assistantsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.assistantsLabel)

        self.assistantsList = QListWidget(CaseInfoDialog)
        self.assistantsList.setObjectName(u"assistantsList")
        self.assistantsList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.assistantsList)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(CaseInfoDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(CaseInfoDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(CaseInfoDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.sourceCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.atRiskCheck)
        QWidget.setTabOrder(self.atRiskCheck, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.assistantsList)
        QWidget.setTabOrder(self.assistantsList, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reloadButton)

        self.retranslateUi(CaseInfoDialog)

        QMetaObject.connectSlotsByName(CaseInfoDialog)
    # setupUi

    def retranslateUi(self, CaseInfoDialog):
        CaseInfoDialog.setWindowTitle(QCoreApplication.translate("CaseInfoDialog", u"Case details", None))
        self.reloadButton.setText(QCoreApplication.translate("CaseInfoDialog", u"&Reload", None))
#if QT_CONFIG(tooltip)
        self.reloadButton.setToolTip(QCoreApplication.translate("CaseInfoDialog", u"Read the case again; what was typed here is replaced", None))
#endif // QT_CONFIG(tooltip)
        self.sourceLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"S&ource:", None))
        self.typeLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"Dispute &type:", None))
        self.placeLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"&Place:", None))
        self.atRiskCheck.setText(QCoreApplication.translate("CaseInfoDialog", u"At &risk of turning criminal (\u9632\u6b62\u6c11\u8f6c\u5211)", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"S&ummary:", None))
        self.leadLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"&Lead mediator:", None))
        self.assistantsLabel.setText(QCoreApplication.translate("CaseInfoDialog", u"&Assistants:", None))
        self.saveButton.setText(QCoreApplication.translate("CaseInfoDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CaseInfoDialog", u"Save the case details (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("CaseInfoDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("CaseInfoDialog", u"Esc", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

