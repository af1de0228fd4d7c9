# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rectification_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_RectificationDialog(object):
    def setupUi(self, RectificationDialog):
        if not RectificationDialog.objectName():
            RectificationDialog.setObjectName(u"RectificationDialog")
        RectificationDialog.resize(980, 680)
        self.mainLayout = QVBoxLayout(RectificationDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headingLabel = QLabel(RectificationDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.headerLayout.addWidget(self.headingLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.openOnlyCheck = QCheckBox(RectificationDialog)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")
        self.openOnlyCheck.setChecked(True)

        self.headerLayout.addWidget(self.openOnlyCheck)

        self.countLabel = QLabel(RectificationDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"countLabel", True)

        self.headerLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.rectificationTable = QTableWidget(RectificationDialog)
        self.rectificationTable.setObjectName(u"rectificationTable")
        self.rectificationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rectificationTable.setAlternatingRowColors(True)
        self.rectificationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rectificationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rectificationTable.setWordWrap(False)
        self.rectificationTable.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.rectificationTable)

        self.detailGroup = QGroupBox(RectificationDialog)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QFormLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.problemTitle = QLabel(self.detailGroup)
        self.problemTitle.setObjectName(u"problemTitle")

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.problemTitle)

        self.problemLabel = QLabel(self.detailGroup)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setText(u"")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.problemLabel)

        self.measuresLabel = QLabel(self.detailGroup)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(self.detailGroup)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumSize(QSize(16777215, 90))

        self.detailLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.replyLabel = QLabel(self.detailGroup)
        self.replyLabel.setObjectName(u"replyLabel")

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.replyEdit = QPlainTextEdit(self.detailGroup)
        self.replyEdit.setObjectName(u"replyEdit")
        self.replyEdit.setTabChangesFocus(True)
        self.replyEdit.setMaximumSize(QSize(16777215, 90))

        self.detailLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replyEdit)

        self.detailButtons = QHBoxLayout()
        self.detailButtons.setObjectName(u"detailButtons")
        self.saveMeasuresButton = QPushButton(self.detailGroup)
        self.saveMeasuresButton.setObjectName(u"saveMeasuresButton")

        self.detailButtons.addWidget(self.saveMeasuresButton)

        self.replyButton = QPushButton(self.detailGroup)
        self.replyButton.setObjectName(u"replyButton")

        self.detailButtons.addWidget(self.replyButton)

        self.detailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailButtons.addItem(self.detailSpacer)


        self.detailLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.detailButtons)

        self.messageLabel = QLabel(self.detailGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.detailLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.messageLabel)


        self.mainLayout.addWidget(self.detailGroup)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.daysLabel = QLabel(RectificationDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.footerLayout.addWidget(self.daysLabel)

        self.daysSpin = QSpinBox(RectificationDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(60)
        self.daysSpin.setValue(15)

        self.footerLayout.addWidget(self.daysSpin)

        self.saveDaysButton = QPushButton(RectificationDialog)
        self.saveDaysButton.setObjectName(u"saveDaysButton")

        self.footerLayout.addWidget(self.saveDaysButton)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.printButton = QPushButton(RectificationDialog)
        self.printButton.setObjectName(u"printButton")

        self.footerLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(RectificationDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.footerLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.replyLabel.setBuddy(self.replyEdit)
        self.daysLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.rectificationTable, self.measuresEdit)
        QWidget.setTabOrder(self.measuresEdit, self.saveMeasuresButton)
        QWidget.setTabOrder(self.saveMeasuresButton, self.replyEdit)
        QWidget.setTabOrder(self.replyEdit, self.replyButton)
        QWidget.setTabOrder(self.replyButton, self.openOnlyCheck)
        QWidget.setTabOrder(self.openOnlyCheck, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.saveDaysButton)
        QWidget.setTabOrder(self.saveDaysButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(RectificationDialog)

        QMetaObject.connectSlotsByName(RectificationDialog)
    # setupUi

    def retranslateUi(self, RectificationDialog):
        RectificationDialog.setWindowTitle(QCoreApplication.translate("RectificationDialog", u"Bad-review follow-ups", None))
        self.headingLabel.setText(QCoreApplication.translate("RectificationDialog", u"Rectification of bad reviews", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("RectificationDialog", u"&Unanswered only", None))
        self.detailGroup.setTitle(QCoreApplication.translate("RectificationDialog", u"Follow-up", None))
        self.problemTitle.setText(QCoreApplication.translate("RectificationDialog", u"Resident's comment:", None))
        self.measuresLabel.setText(QCoreApplication.translate("RectificationDialog", u"&Measures taken:", None))
        self.measuresEdit.setPlaceholderText(QCoreApplication.translate("RectificationDialog", u"What was found and what was done about it", None))
        self.replyLabel.setText(QCoreApplication.translate("RectificationDialog", u"&Reply to the resident:", None))
        self.replyEdit.setPlaceholderText(QCoreApplication.translate("RectificationDialog", u"What the resident was told, and how (phone, visit, letter)", None))
        self.saveMeasuresButton.setText(QCoreApplication.translate("RectificationDialog", u"Save the &measures", None))
        self.replyButton.setText(QCoreApplication.translate("RectificationDialog", u"Save the reply and &close the follow-up", None))
        self.daysLabel.setText(QCoreApplication.translate("RectificationDialog", u"Time &limit for a follow-up:", None))
        self.daysSpin.setSuffix(QCoreApplication.translate("RectificationDialog", u" working days", None))
        self.saveDaysButton.setText(QCoreApplication.translate("RectificationDialog", u"Save the &time limit", None))
        self.printButton.setText(QCoreApplication.translate("RectificationDialog", u"&Print the ledger\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("RectificationDialog", u"Preview and print the rating register with its follow-ups (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("RectificationDialog", u"Close", None))
    # retranslateUi

