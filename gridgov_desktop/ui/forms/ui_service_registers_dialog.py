# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_registers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ServiceRegistersDialog(object):
    def setupUi(self, ServiceRegistersDialog):
        if not ServiceRegistersDialog.objectName():
            ServiceRegistersDialog.setObjectName(u"ServiceRegistersDialog")
        ServiceRegistersDialog.resize(1000, 620)
        self.mainLayout = QVBoxLayout(ServiceRegistersDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(ServiceRegistersDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registerLabel = QLabel(ServiceRegistersDialog)
        self.registerLabel.setObjectName(u"registerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerLabel)

        self.registerCombo = QComboBox(ServiceRegistersDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registerCombo)

        self.periodLabel = QLabel(ServiceRegistersDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromEdit = QDateEdit(ServiceRegistersDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.fromEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromEdit)

        self.toLabel = QLabel(ServiceRegistersDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toEdit = QDateEdit(ServiceRegistersDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.toEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toEdit)

        self.todayButton = QPushButton(ServiceRegistersDialog)
        self.todayButton.setObjectName(u"todayButton")

        self.periodLayout.addWidget(self.todayButton)

        self.thisMonthButton = QPushButton(ServiceRegistersDialog)
        self.thisMonthButton.setObjectName(u"thisMonthButton")

        self.periodLayout.addWidget(self.thisMonthButton)

        self.lastMonthButton = QPushButton(ServiceRegistersDialog)
        self.lastMonthButton.setObjectName(u"lastMonthButton")

        self.periodLayout.addWidget(self.lastMonthButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.groupingLabel = QLabel(ServiceRegistersDialog)
        self.groupingLabel.setObjectName(u"groupingLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupingLabel)

        self.groupingCombo = QComboBox(ServiceRegistersDialog)
        self.groupingCombo.setObjectName(u"groupingCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupingCombo)

        self.windowLabel = QLabel(ServiceRegistersDialog)
        self.windowLabel.setObjectName(u"windowLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.windowLayout = QHBoxLayout()
        self.windowLayout.setObjectName(u"windowLayout")
        self.windowSpin = QSpinBox(ServiceRegistersDialog)
        self.windowSpin.setObjectName(u"windowSpin")
        self.windowSpin.setMinimum(0)
        self.windowSpin.setMaximum(99)

        self.windowLayout.addWidget(self.windowSpin)

        self.badOnlyCheck = QCheckBox(ServiceRegistersDialog)
        self.badOnlyCheck.setObjectName(u"badOnlyCheck")

        self.windowLayout.addWidget(self.badOnlyCheck)

        self.windowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.windowLayout.addItem(self.windowSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.windowLayout)

        self.scopeLabel = QLabel(ServiceRegistersDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCheck = QCheckBox(ServiceRegistersDialog)
        self.scopeCheck.setObjectName(u"scopeCheck")
        self.scopeCheck.setText(u"")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scopeCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.statisticsTable = QTableWidget(ServiceRegistersDialog)
        self.statisticsTable.setObjectName(u"statisticsTable")
        self.statisticsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statisticsTable.setAlternatingRowColors(True)
        self.statisticsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statisticsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.statisticsTable)

        self.middleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.middleSpacer)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(ServiceRegistersDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ServiceRegistersDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.progressLayout)

        self.messageLabel = QLabel(ServiceRegistersDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.showButton = QPushButton(ServiceRegistersDialog)
        self.showButton.setObjectName(u"showButton")

        self.buttonLayout.addWidget(self.showButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.previewButton = QPushButton(ServiceRegistersDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.exportButton = QPushButton(ServiceRegistersDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ServiceRegistersDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.registerLabel.setBuddy(self.registerCombo)
        self.periodLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.groupingLabel.setBuddy(self.groupingCombo)
        self.windowLabel.setBuddy(self.windowSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.registerCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.lastMonthButton)
        QWidget.setTabOrder(self.lastMonthButton, self.groupingCombo)
        QWidget.setTabOrder(self.groupingCombo, self.windowSpin)
        QWidget.setTabOrder(self.windowSpin, self.badOnlyCheck)
        QWidget.setTabOrder(self.badOnlyCheck, self.scopeCheck)
        QWidget.setTabOrder(self.scopeCheck, self.statisticsTable)
        QWidget.setTabOrder(self.statisticsTable, self.showButton)
        QWidget.setTabOrder(self.showButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.cancelButton)

        self.retranslateUi(ServiceRegistersDialog)

        QMetaObject.connectSlotsByName(ServiceRegistersDialog)
    # setupUi

    def retranslateUi(self, ServiceRegistersDialog):
        ServiceRegistersDialog.setWindowTitle(QCoreApplication.translate("ServiceRegistersDialog", u"Service registers and statistics", None))
        self.headingLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Registers of the service window", None))
        self.registerLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Register:", None))
        self.periodLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Period:", None))
        self.toLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"to", None))
        self.todayButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"To&day", None))
        self.thisMonthButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"This &month", None))
        self.lastMonthButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Last month", None))
        self.groupingLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Bands:", None))
        self.windowLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Window:", None))
        self.windowSpin.setSpecialValueText(QCoreApplication.translate("ServiceRegistersDialog", u"All windows", None))
        self.badOnlyCheck.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Bad reviews &only", None))
        self.scopeLabel.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Residents:", None))
        self.cancelButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Cancel", None))
        self.showButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Show figures", None))
        self.previewButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Pre&view\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ServiceRegistersDialog", u"Preview the register before printing (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"&Export .xlsx\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ServiceRegistersDialog", u"Close", None))
    # retranslateUi

