# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.resize(1000, 680)
        self.mainLayout = QVBoxLayout(RequestDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setSpacing(12)
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(RequestDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headingLayout.addWidget(self.headingLabel)

        self.statusLabel = QLabel(RequestDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setProperty(u"countLabel", True)

        self.headingLayout.addWidget(self.statusLabel)

        self.overdueLabel = QLabel(RequestDialog)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setText(u"")

        self.headingLayout.addWidget(self.overdueLabel)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)


        self.mainLayout.addLayout(self.headingLayout)

        self.conflictFrame = QFrame(RequestDialog)
        self.conflictFrame.setObjectName(u"conflictFrame")
        self.conflictFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.conflictLayout = QHBoxLayout(self.conflictFrame)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictLabel = QLabel(self.conflictFrame)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setText(u"")
        self.conflictLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.conflictLabel.sizePolicy().hasHeightForWidth())
        self.conflictLabel.setSizePolicy(sizePolicy)

        self.conflictLayout.addWidget(self.conflictLabel)

        self.reloadButton = QPushButton(self.conflictFrame)
        self.reloadButton.setObjectName(u"reloadButton")
        self.reloadButton.setAutoDefault(False)

        self.conflictLayout.addWidget(self.reloadButton)


        self.mainLayout.addWidget(self.conflictFrame)

        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(12)
        self.detailsGrid.setVerticalSpacing(6)
        self.serviceCaption = QLabel(RequestDialog)
        self.serviceCaption.setObjectName(u"serviceCaption")
        self.serviceCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.serviceCaption, 0, 0, 1, 1)

        self.serviceValue = QLabel(RequestDialog)
        self.serviceValue.setObjectName(u"serviceValue")
        self.serviceValue.setText(u"")
        self.serviceValue.setWordWrap(True)
        self.serviceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.serviceValue, 0, 1, 1, 1)

        self.residentCaption = QLabel(RequestDialog)
        self.residentCaption.setObjectName(u"residentCaption")
        self.residentCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.residentCaption, 0, 2, 1, 1)

        self.residentValue = QLabel(RequestDialog)
        self.residentValue.setObjectName(u"residentValue")
        self.residentValue.setText(u"")
        self.residentValue.setWordWrap(True)
        self.residentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.residentValue, 0, 3, 1, 1)

        self.windowCaption = QLabel(RequestDialog)
        self.windowCaption.setObjectName(u"windowCaption")
        self.windowCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.windowCaption, 1, 0, 1, 1)

        self.windowValue = QLabel(RequestDialog)
        self.windowValue.setObjectName(u"windowValue")
        self.windowValue.setText(u"")
        self.windowValue.setWordWrap(True)

        self.detailsGrid.addWidget(self.windowValue, 1, 1, 1, 1)

        self.acceptedCaption = QLabel(RequestDialog)
        self.acceptedCaption.setObjectName(u"acceptedCaption")
        self.acceptedCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.acceptedCaption, 1, 2, 1, 1)

        self.acceptedValue = QLabel(RequestDialog)
        self.acceptedValue.setObjectName(u"acceptedValue")
        self.acceptedValue.setText(u"")

        self.detailsGrid.addWidget(self.acceptedValue, 1, 3, 1, 1)

        self.promisedCaption = QLabel(RequestDialog)
        self.promisedCaption.setObjectName(u"promisedCaption")
        self.promisedCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.promisedCaption, 2, 0, 1, 1)

        self.promisedValue = QLabel(RequestDialog)
        self.promisedValue.setObjectName(u"promisedValue")
        self.promisedValue.setText(u"")

        self.detailsGrid.addWidget(self.promisedValue, 2, 1, 1, 1)

        self.dueCaption = QLabel(RequestDialog)
        self.dueCaption.setObjectName(u"dueCaption")
        self.dueCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.dueCaption, 2, 2, 1, 1)

        self.dueValue = QLabel(RequestDialog)
        self.dueValue.setObjectName(u"dueValue")
        self.dueValue.setText(u"")
        self.dueValue.setWordWrap(True)

        self.detailsGrid.addWidget(self.dueValue, 2, 3, 1, 1)

        self.materialsCaption = QLabel(RequestDialog)
        self.materialsCaption.setObjectName(u"materialsCaption")
        self.materialsCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.materialsCaption, 3, 0, 1, 1)

        self.materialsValue = QLabel(RequestDialog)
        self.materialsValue.setObjectName(u"materialsValue")
        self.materialsValue.setText(u"")
        self.materialsValue.setWordWrap(True)
        self.materialsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.materialsValue, 3, 1, 1, 3)

        self.printCaption = QLabel(RequestDialog)
        self.printCaption.setObjectName(u"printCaption")
        self.printCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.printCaption, 4, 0, 1, 1)

        self.printValue = QLabel(RequestDialog)
        self.printValue.setObjectName(u"printValue")
        self.printValue.setText(u"")

        self.detailsGrid.addWidget(self.printValue, 4, 1, 1, 1)

        self.outcomeCaption = QLabel(RequestDialog)
        self.outcomeCaption.setObjectName(u"outcomeCaption")
        self.outcomeCaption.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.detailsGrid.addWidget(self.outcomeCaption, 4, 2, 1, 1)

        self.outcomeValue = QLabel(RequestDialog)
        self.outcomeValue.setObjectName(u"outcomeValue")
        self.outcomeValue.setText(u"")
        self.outcomeValue.setWordWrap(True)
        self.outcomeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.outcomeValue, 4, 3, 1, 1)

        self.detailsGrid.setColumnStretch(1, 1)
        self.detailsGrid.setColumnStretch(3, 1)

        self.mainLayout.addLayout(self.detailsGrid)

        self.historyLabel = QLabel(RequestDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.mainLayout.addWidget(self.historyLabel)

        self.historyTable = QTableWidget(RequestDialog)
        if (self.historyTable.columnCount() < 5):
            self.historyTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.historyTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(8)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.startButton = QPushButton(RequestDialog)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.startButton)

        self.resumeButton = QPushButton(RequestDialog)
        self.resumeButton.setObjectName(u"resumeButton")
        self.resumeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.resumeButton)

        self.pauseButton = QPushButton(RequestDialog)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.pauseButton)

        self.completeButton = QPushButton(RequestDialog)
        self.completeButton.setObjectName(u"completeButton")
        self.completeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.completeButton)

        self.refuseButton = QPushButton(RequestDialog)
        self.refuseButton.setObjectName(u"refuseButton")
        self.refuseButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.refuseButton)

        self.collectButton = QPushButton(RequestDialog)
        self.collectButton.setObjectName(u"collectButton")
        self.collectButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.collectButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.reprintButton = QPushButton(RequestDialog)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.reprintButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.ratingGroup = QGroupBox(RequestDialog)
        self.ratingGroup.setObjectName(u"ratingGroup")
        self.ratingLayout = QVBoxLayout(self.ratingGroup)
        self.ratingLayout.setSpacing(6)
        self.ratingLayout.setObjectName(u"ratingLayout")
        self.ratingLevels = QWidget(self.ratingGroup)
        self.ratingLevels.setObjectName(u"ratingLevels")
        self.ratingLevelsLayout = QHBoxLayout(self.ratingLevels)
        self.ratingLevelsLayout.setObjectName(u"ratingLevelsLayout")
        self.ratingLevelsLayout.setContentsMargins(0, 0, 0, 0)

        self.ratingLayout.addWidget(self.ratingLevels)

        self.commentLayout = QHBoxLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentLabel = QLabel(self.ratingGroup)
        self.commentLabel.setObjectName(u"commentLabel")

        self.commentLayout.addWidget(self.commentLabel)

        self.commentEdit = QLineEdit(self.ratingGroup)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMaxLength(2000)

        self.commentLayout.addWidget(self.commentEdit)

        self.saveRatingButton = QPushButton(self.ratingGroup)
        self.saveRatingButton.setObjectName(u"saveRatingButton")
        self.saveRatingButton.setAutoDefault(False)

        self.commentLayout.addWidget(self.saveRatingButton)


        self.ratingLayout.addLayout(self.commentLayout)

        self.ratingValue = QLabel(self.ratingGroup)
        self.ratingValue.setObjectName(u"ratingValue")
        self.ratingValue.setText(u"")
        self.ratingValue.setWordWrap(True)

        self.ratingLayout.addWidget(self.ratingValue)

        self.rectificationValue = QLabel(self.ratingGroup)
        self.rectificationValue.setObjectName(u"rectificationValue")
        self.rectificationValue.setText(u"")
        self.rectificationValue.setWordWrap(True)

        self.ratingLayout.addWidget(self.rectificationValue)


        self.mainLayout.addWidget(self.ratingGroup)

        self.messageLabel = QLabel(RequestDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(RequestDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.historyLabel.setBuddy(self.historyTable)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequestDialog)

        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"Request", None))
        self.reloadButton.setText(QCoreApplication.translate("RequestDialog", u"Reloa&d", None))
        self.serviceCaption.setText(QCoreApplication.translate("RequestDialog", u"Service:", None))
        self.residentCaption.setText(QCoreApplication.translate("RequestDialog", u"Applicant:", None))
        self.windowCaption.setText(QCoreApplication.translate("RequestDialog", u"Accepted by:", None))
        self.acceptedCaption.setText(QCoreApplication.translate("RequestDialog", u"Accepted at:", None))
        self.promisedCaption.setText(QCoreApplication.translate("RequestDialog", u"Promised by:", None))
        self.dueCaption.setText(QCoreApplication.translate("RequestDialog", u"Due now:", None))
        self.materialsCaption.setText(QCoreApplication.translate("RequestDialog", u"Materials received:", None))
        self.printCaption.setText(QCoreApplication.translate("RequestDialog", u"Receipt:", None))
        self.outcomeCaption.setText(QCoreApplication.translate("RequestDialog", u"Outcome:", None))
        self.historyLabel.setText(QCoreApplication.translate("RequestDialog", u"History:", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RequestDialog", u"Time", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RequestDialog", u"Action", None))
        ___qtablewidgetitem2 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RequestDialog", u"Status", None))
        ___qtablewidgetitem3 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RequestDialog", u"By", None))
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RequestDialog", u"Note", None))
        self.startButton.setText(QCoreApplication.translate("RequestDialog", u"&Start handling", None))
        self.resumeButton.setText(QCoreApplication.translate("RequestDialog", u"&Resume", None))
        self.pauseButton.setText(QCoreApplication.translate("RequestDialog", u"&Pause\u2026", None))
        self.completeButton.setText(QCoreApplication.translate("RequestDialog", u"&Complete", None))
        self.refuseButton.setText(QCoreApplication.translate("RequestDialog", u"Re&fuse / return\u2026", None))
        self.collectButton.setText(QCoreApplication.translate("RequestDialog", u"Co&llected\u2026", None))
        self.reprintButton.setText(QCoreApplication.translate("RequestDialog", u"Reprint receipt", None))
        self.ratingGroup.setTitle(QCoreApplication.translate("RequestDialog", u"Resident's rating", None))
        self.commentLabel.setText(QCoreApplication.translate("RequestDialog", u"Co&mment:", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"Optional: what the resident said", None))
        self.saveRatingButton.setText(QCoreApplication.translate("RequestDialog", u"Save rating", None))
        self.closeButton.setText(QCoreApplication.translate("RequestDialog", u"Close", None))
    # retranslateUi

