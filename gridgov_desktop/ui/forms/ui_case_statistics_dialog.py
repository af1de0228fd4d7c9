# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_statistics_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QDialog, QFormLayout, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CaseStatisticsDialog(object):
    def setupUi(self, CaseStatisticsDialog):
        if not CaseStatisticsDialog.objectName():
            CaseStatisticsDialog.setObjectName(u"CaseStatisticsDialog")
        CaseStatisticsDialog.resize(1100, 760)
        self.mainLayout = QVBoxLayout(CaseStatisticsDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(CaseStatisticsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.periodLabel = QLabel(CaseStatisticsDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromEdit = QDateEdit(CaseStatisticsDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(CaseStatisticsDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(CaseStatisticsDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit)

        self.thisMonthButton = QPushButton(CaseStatisticsDialog)
        self.thisMonthButton.setObjectName(u"thisMonthButton")

        self.periodLayout.addWidget(self.thisMonthButton)

        self.thisQuarterButton = QPushButton(CaseStatisticsDialog)
        self.thisQuarterButton.setObjectName(u"thisQuarterButton")

        self.periodLayout.addWidget(self.thisQuarterButton)

        self.thisYearButton = QPushButton(CaseStatisticsDialog)
        self.thisYearButton.setObjectName(u"thisYearButton")

        self.periodLayout.addWidget(self.thisYearButton)

        self.showButton = QPushButton(CaseStatisticsDialog)
        self.showButton.setObjectName(u"showButton")

        self.periodLayout.addWidget(self.showButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.scopeLabel = QLabel(CaseStatisticsDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCheck = QCheckBox(CaseStatisticsDialog)
        self.scopeCheck.setObjectName(u"scopeCheck")
        self.scopeCheck.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.summaryLabel = QLabel(CaseStatisticsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"countLabel", True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.tabWidget = QTabWidget(CaseStatisticsDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QGridLayout(self.chartsTab)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(4, 4, 4, 4)
        self.tabWidget.addTab(self.chartsTab, "")
        self.tableTab = QWidget()
        self.tableTab.setObjectName(u"tableTab")
        self.tableLayout = QVBoxLayout(self.tableTab)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(4, 4, 4, 4)
        self.statisticsTable = QTableWidget(self.tableTab)
        self.statisticsTable.setObjectName(u"statisticsTable")
        self.statisticsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statisticsTable.setAlternatingRowColors(True)
        self.statisticsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statisticsTable.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.statisticsTable)

        self.tabWidget.addTab(self.tableTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.messageLabel = QLabel(CaseStatisticsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.registerButton = QPushButton(CaseStatisticsDialog)
        self.registerButton.setObjectName(u"registerButton")

        self.buttonLayout.addWidget(self.registerButton)

        self.exportButton = QPushButton(CaseStatisticsDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.printButton = QPushButton(CaseStatisticsDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(CaseStatisticsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.thisQuarterButton)
        QWidget.setTabOrder(self.thisQuarterButton, self.thisYearButton)
        QWidget.setTabOrder(self.thisYearButton, self.showButton)
        QWidget.setTabOrder(self.showButton, self.scopeCheck)
        QWidget.setTabOrder(self.scopeCheck, self.tabWidget)
        QWidget.setTabOrder(self.tabWidget, self.statisticsTable)
        QWidget.setTabOrder(self.statisticsTable, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)

        self.retranslateUi(CaseStatisticsDialog)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseStatisticsDialog)
    # setupUi

    def retranslateUi(self, CaseStatisticsDialog):
        CaseStatisticsDialog.setWindowTitle(QCoreApplication.translate("CaseStatisticsDialog", u"Mediation statistics", None))
        self.headingLabel.setText(QCoreApplication.translate("CaseStatisticsDialog", u"Mediation cases: statistics and register", None))
        self.periodLabel.setText(QCoreApplication.translate("CaseStatisticsDialog", u"&Period:", None))
        self.toLabel.setText(QCoreApplication.translate("CaseStatisticsDialog", u"to", None))
        self.thisMonthButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"This &month", None))
        self.thisQuarterButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"This &quarter", None))
        self.thisYearButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"This &year", None))
        self.showButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"&Show", None))
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("CaseStatisticsDialog", u"Count the cases of the period (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.scopeLabel.setText(QCoreApplication.translate("CaseStatisticsDialog", u"Where:", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.chartsTab), QCoreApplication.translate("CaseStatisticsDialog", u"C&harts", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.tableTab), QCoreApplication.translate("CaseStatisticsDialog", u"&Table", None))
        self.registerButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"Case &register\u2026", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("CaseStatisticsDialog", u"Preview the register of the cases of the period (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"&Export register .xlsx\u2026", None))
        self.printButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"&Print statistics\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("CaseStatisticsDialog", u"Preview the statistics with their charts before printing (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CaseStatisticsDialog", u"Close", None))
    # retranslateUi

