# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_dialog.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTabWidget, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CatalogueDialog(object):
    def setupUi(self, CatalogueDialog):
        if not CatalogueDialog.objectName():
            CatalogueDialog.setObjectName(u"CatalogueDialog")
        CatalogueDialog.resize(1180, 720)
        self.mainLayout = QVBoxLayout(CatalogueDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(CatalogueDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.splitter = QSplitter(CatalogueDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 8, 0)
        self.filterEdit = QLineEdit(self.listPane)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.filterEdit)

        self.serviceList = QListWidget(self.listPane)
        self.serviceList.setObjectName(u"serviceList")
        self.serviceList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.serviceList)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.listLayout.addWidget(self.countLabel)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(self.listPane)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.listButtons.addWidget(self.newButton)

        self.upButton = QPushButton(self.listPane)
        self.upButton.setObjectName(u"upButton")
        self.upButton.setAutoDefault(False)

        self.listButtons.addWidget(self.upButton)

        self.downButton = QPushButton(self.listPane)
        self.downButton.setObjectName(u"downButton")
        self.downButton.setAutoDefault(False)

        self.listButtons.addWidget(self.downButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(8, 0, 0, 0)
        self.versionLabel = QLabel(self.detailPane)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setWordWrap(True)
        self.versionLabel.setText(u"")

        self.detailLayout.addWidget(self.versionLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(6)
        self.codeLabel = QLabel(self.detailPane)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.detailPane)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeMessage = QLabel(self.detailPane)
        self.codeMessage.setObjectName(u"codeMessage")
        self.codeMessage.setWordWrap(True)
        self.codeMessage.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeMessage)

        self.nameLabel = QLabel(self.detailPane)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailPane)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(self.detailPane)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.departmentLabel = QLabel(self.detailPane)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.detailPane)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.departmentMessage = QLabel(self.detailPane)
        self.departmentMessage.setObjectName(u"departmentMessage")
        self.departmentMessage.setWordWrap(True)
        self.departmentMessage.setText(u"")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentMessage)

        self.legalBasisLabel = QLabel(self.detailPane)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.legalBasisLabel)

        self.legalBasisEdit = QPlainTextEdit(self.detailPane)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMaximumSize(QSize(16777215, 60))
        self.legalBasisEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.legalBasisEdit)

        self.conditionsLabel = QLabel(self.detailPane)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(self.detailPane)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setMaximumSize(QSize(16777215, 80))
        self.conditionsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.textMessage = QLabel(self.detailPane)
        self.textMessage.setObjectName(u"textMessage")
        self.textMessage.setWordWrap(True)
        self.textMessage.setText(u"")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.textMessage)

        self.feeLabel = QLabel(self.detailPane)
        self.feeLabel.setObjectName(u"feeLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.feeLabel)

        self.feeRow = QHBoxLayout()
        self.feeRow.setSpacing(12)
        self.feeRow.setObjectName(u"feeRow")
        self.feeEdit = QLineEdit(self.detailPane)
        self.feeEdit.setObjectName(u"feeEdit")
        self.feeEdit.setMaxLength(100)

        self.feeRow.addWidget(self.feeEdit)

        self.timeLimitLabel = QLabel(self.detailPane)
        self.timeLimitLabel.setObjectName(u"timeLimitLabel")

        self.feeRow.addWidget(self.timeLimitLabel)

        self.timeLimitSpin = QSpinBox(self.detailPane)
        self.timeLimitSpin.setObjectName(u"timeLimitSpin")
        self.timeLimitSpin.setMinimumSize(QSize(140, 0))
        self.timeLimitSpin.setMaximum(365)

        self.feeRow.addWidget(self.timeLimitSpin)

        self.mustCollectCheck = QCheckBox(self.detailPane)
        self.mustCollectCheck.setObjectName(u"mustCollectCheck")

        self.feeRow.addWidget(self.mustCollectCheck)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.feeRow)


        self.detailLayout.addLayout(self.formLayout)

        self.tabs = QTabWidget(self.detailPane)
        self.tabs.setObjectName(u"tabs")
        self.materialsTab = QWidget()
        self.materialsTab.setObjectName(u"materialsTab")
        self.materialsLayout = QVBoxLayout(self.materialsTab)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsTable = QTableWidget(self.materialsTab)
        if (self.materialsTable.columnCount() < 5):
            self.materialsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.materialsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.materialsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.materialsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.materialsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.materialsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.materialsTable.setObjectName(u"materialsTable")
        self.materialsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.materialsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.materialsLayout.addWidget(self.materialsTable)

        self.materialsMessage = QLabel(self.materialsTab)
        self.materialsMessage.setObjectName(u"materialsMessage")
        self.materialsMessage.setWordWrap(True)
        self.materialsMessage.setText(u"")

        self.materialsLayout.addWidget(self.materialsMessage)

        self.materialButtons = QHBoxLayout()
        self.materialButtons.setObjectName(u"materialButtons")
        self.addMaterialButton = QPushButton(self.materialsTab)
        self.addMaterialButton.setObjectName(u"addMaterialButton")
        self.addMaterialButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.addMaterialButton)

        self.removeMaterialButton = QPushButton(self.materialsTab)
        self.removeMaterialButton.setObjectName(u"removeMaterialButton")
        self.removeMaterialButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.removeMaterialButton)

        self.materialUpButton = QPushButton(self.materialsTab)
        self.materialUpButton.setObjectName(u"materialUpButton")
        self.materialUpButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialUpButton)

        self.materialDownButton = QPushButton(self.materialsTab)
        self.materialDownButton.setObjectName(u"materialDownButton")
        self.materialDownButton.setAutoDefault(False)

        self.materialButtons.addWidget(self.materialDownButton)

        self.materialButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialButtons.addItem(self.materialButtonsSpacer)


        self.materialsLayout.addLayout(self.materialButtons)

        self.tabs.addTab(self.materialsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTree = QTreeWidget(self.historyTab)
        self.historyTree.setObjectName(u"historyTree")
        self.historyTree.setRootIsDecorated(False)
        self.historyTree.setUniformRowHeights(True)
        self.historyTree.setAllColumnsShowFocus(True)
        self.historyTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.historyLayout.addWidget(self.historyTree)

        self.tabs.addTab(self.historyTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.detailLayout.setStretch(2, 1)
        self.splitter.addWidget(self.detailPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(CatalogueDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setText(u"")

        self.bottomRow.addWidget(self.statusLabel)

        self.activeButton = QPushButton(CatalogueDialog)
        self.activeButton.setObjectName(u"activeButton")
        self.activeButton.setText(u"")
        self.activeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.activeButton)

        self.saveButton = QPushButton(CatalogueDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(CatalogueDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomRow)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.feeLabel.setBuddy(self.feeEdit)
        self.timeLimitLabel.setBuddy(self.timeLimitSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.serviceList)
        QWidget.setTabOrder(self.serviceList, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.legalBasisEdit)
        QWidget.setTabOrder(self.legalBasisEdit, self.conditionsEdit)
        QWidget.setTabOrder(self.conditionsEdit, self.feeEdit)
        QWidget.setTabOrder(self.feeEdit, self.timeLimitSpin)
        QWidget.setTabOrder(self.timeLimitSpin, self.mustCollectCheck)
        QWidget.setTabOrder(self.mustCollectCheck, self.materialsTable)
        QWidget.setTabOrder(self.materialsTable, self.addMaterialButton)
        QWidget.setTabOrder(self.addMaterialButton, self.removeMaterialButton)
        QWidget.setTabOrder(self.removeMaterialButton, self.materialUpButton)
        QWidget.setTabOrder(self.materialUpButton, self.materialDownButton)
        QWidget.setTabOrder(self.materialDownButton, self.saveButton)

        self.retranslateUi(CatalogueDialog)

        QMetaObject.connectSlotsByName(CatalogueDialog)
    # setupUi

    def retranslateUi(self, CatalogueDialog):
        CatalogueDialog.setWindowTitle(QCoreApplication.translate("CatalogueDialog", u"Service catalogue", None))
        self.headingLabel.setText(QCoreApplication.translate("CatalogueDialog", u"Service catalogue", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("CatalogueDialog", u"Filter: name, code or department (Ctrl+F)", None))
        self.newButton.setText(QCoreApplication.translate("CatalogueDialog", u"&New service", None))
        self.upButton.setText(QCoreApplication.translate("CatalogueDialog", u"Move up", None))
        self.downButton.setText(QCoreApplication.translate("CatalogueDialog", u"Move down", None))
        self.codeLabel.setText(QCoreApplication.translate("CatalogueDialog", u"C&ode:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CatalogueDialog", u"lower-case letters, digits, hyphens: residence-cert", None))
        self.nameLabel.setText(QCoreApplication.translate("CatalogueDialog", u"&Name:", None))
        self.departmentLabel.setText(QCoreApplication.translate("CatalogueDialog", u"&Department:", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("CatalogueDialog", u"the department that decides", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("CatalogueDialog", u"&Legal basis:", None))
        self.conditionsLabel.setText(QCoreApplication.translate("CatalogueDialog", u"Cond&itions:", None))
        self.feeLabel.setText(QCoreApplication.translate("CatalogueDialog", u"&Fee:", None))
        self.timeLimitLabel.setText(QCoreApplication.translate("CatalogueDialog", u"&Time limit:", None))
        self.mustCollectCheck.setText(QCoreApplication.translate("CatalogueDialog", u"Resident comes back to &collect", None))
        ___qtablewidgetitem = self.materialsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CatalogueDialog", u"Material", None))
        ___qtablewidgetitem1 = self.materialsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CatalogueDialog", u"Form", None))
        ___qtablewidgetitem2 = self.materialsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CatalogueDialog", u"Copies", None))
        ___qtablewidgetitem3 = self.materialsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CatalogueDialog", u"Mandatory", None))
        ___qtablewidgetitem4 = self.materialsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CatalogueDialog", u"Note", None))
        self.addMaterialButton.setText(QCoreApplication.translate("CatalogueDialog", u"&Add material", None))
        self.removeMaterialButton.setText(QCoreApplication.translate("CatalogueDialog", u"&Remove", None))
        self.materialUpButton.setText(QCoreApplication.translate("CatalogueDialog", u"Up", None))
        self.materialDownButton.setText(QCoreApplication.translate("CatalogueDialog", u"Down", None))
        self.tabs.setTabText(self.tabs.indexOf(self.materialsTab), QCoreApplication.translate("CatalogueDialog", u"&Materials", None))
        ___qtreewidgetitem = self.historyTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CatalogueDialog", u"Materials", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CatalogueDialog", u"Time limit", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CatalogueDialog", u"By", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CatalogueDialog", u"Saved", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CatalogueDialog", u"Version", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("CatalogueDialog", u"&History", None))
        self.saveButton.setText(QCoreApplication.translate("CatalogueDialog", u"&Save", None))
        self.closeButton.setText(QCoreApplication.translate("CatalogueDialog", u"Close", None))
    # retranslateUi

