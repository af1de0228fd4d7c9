# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(920, 600)
        self.mainLayout = QVBoxLayout(ImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(ImportDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.choosePageLayout = QVBoxLayout(self.choosePage)
        self.choosePageLayout.setSpacing(8)
        self.choosePageLayout.setObjectName(u"choosePageLayout")
        self.choosePageLayout.setContentsMargins(0, 0, 0, 0)
        self.chooseHint = QLabel(self.choosePage)
        self.chooseHint.setObjectName(u"chooseHint")
        self.chooseHint.setWordWrap(True)

        self.choosePageLayout.addWidget(self.chooseHint)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.choosePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(self.choosePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.choosePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.choosePageLayout.addLayout(self.fileLayout)

        self.chooseMessage = QLabel(self.choosePage)
        self.chooseMessage.setObjectName(u"chooseMessage")
        self.chooseMessage.setText(u"")
        self.chooseMessage.setWordWrap(True)
        self.chooseMessage.setProperty(u"fieldError", True)

        self.choosePageLayout.addWidget(self.chooseMessage)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateButton = QPushButton(self.choosePage)
        self.templateButton.setObjectName(u"templateButton")
        self.templateButton.setAutoDefault(False)

        self.templateLayout.addWidget(self.templateButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLayout.addItem(self.templateSpacer)


        self.choosePageLayout.addLayout(self.templateLayout)

        self.chooseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choosePageLayout.addItem(self.chooseSpacer)

        self.pages.addWidget(self.choosePage)
        self.progressPage = QWidget()
        self.progressPage.setObjectName(u"progressPage")
        self.progressPageLayout = QVBoxLayout(self.progressPage)
        self.progressPageLayout.setSpacing(8)
        self.progressPageLayout.setObjectName(u"progressPageLayout")
        self.progressPageLayout.setContentsMargins(0, 0, 0, 0)
        self.progressTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressPageLayout.addItem(self.progressTopSpacer)

        self.progressLabel = QLabel(self.progressPage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")
        self.progressLabel.setWordWrap(True)

        self.progressPageLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(self.progressPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressPageLayout.addWidget(self.progressBar)

        self.cancelLayout = QHBoxLayout()
        self.cancelLayout.setObjectName(u"cancelLayout")
        self.cancelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cancelLayout.addItem(self.cancelSpacer)

        self.cancelButton = QPushButton(self.progressPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.cancelLayout.addWidget(self.cancelButton)


        self.progressPageLayout.addLayout(self.cancelLayout)

        self.progressBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressPageLayout.addItem(self.progressBottomSpacer)

        self.pages.addWidget(self.progressPage)
        self.reportPage = QWidget()
        self.reportPage.setObjectName(u"reportPage")
        self.reportPageLayout = QVBoxLayout(self.reportPage)
        self.reportPageLayout.setSpacing(8)
        self.reportPageLayout.setObjectName(u"reportPageLayout")
        self.reportPageLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.reportPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"countLabel", True)

        self.reportPageLayout.addWidget(self.summaryLabel)

        self.problemsTable = QTableWidget(self.reportPage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setWordWrap(True)
        self.problemsTable.setCornerButtonEnabled(False)

        self.reportPageLayout.addWidget(self.problemsTable)

        self.allOrNothingRadio = QRadioButton(self.reportPage)
        self.allOrNothingRadio.setObjectName(u"allOrNothingRadio")
        self.allOrNothingRadio.setChecked(True)

        self.reportPageLayout.addWidget(self.allOrNothingRadio)

        self.skipBadRowsRadio = QRadioButton(self.reportPage)
        self.skipBadRowsRadio.setObjectName(u"skipBadRowsRadio")

        self.reportPageLayout.addWidget(self.skipBadRowsRadio)

        self.modeHint = QLabel(self.reportPage)
        self.modeHint.setObjectName(u"modeHint")
        self.modeHint.setText(u"")
        self.modeHint.setWordWrap(True)
        self.modeHint.setProperty(u"fieldWarning", True)

        self.reportPageLayout.addWidget(self.modeHint)

        self.reportButtons = QHBoxLayout()
        self.reportButtons.setObjectName(u"reportButtons")
        self.recheckButton = QPushButton(self.reportPage)
        self.recheckButton.setObjectName(u"recheckButton")
        self.recheckButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.recheckButton)

        self.otherFileButton = QPushButton(self.reportPage)
        self.otherFileButton.setObjectName(u"otherFileButton")
        self.otherFileButton.setAutoDefault(False)

        self.reportButtons.addWidget(self.otherFileButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportButtons.addItem(self.reportSpacer)

        self.importButton = QPushButton(self.reportPage)
        self.importButton.setObjectName(u"importButton")

        self.reportButtons.addWidget(self.importButton)


        self.reportPageLayout.addLayout(self.reportButtons)

        self.pages.addWidget(self.reportPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setSpacing(8)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.donePageLayout.setContentsMargins(0, 0, 0, 0)
        self.resultLabel = QLabel(self.donePage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setProperty(u"countLabel", True)

        self.donePageLayout.addWidget(self.resultLabel)

        self.resultDetail = QLabel(self.donePage)
        self.resultDetail.setObjectName(u"resultDetail")
        self.resultDetail.setText(u"")
        self.resultDetail.setWordWrap(True)

        self.donePageLayout.addWidget(self.resultDetail)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.donePageLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.pages)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.browseButton)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import residents", None))
        self.headingLabel.setText(QCoreApplication.translate("ImportDialog", u"Import residents from Excel", None))
        self.chooseHint.setText(QCoreApplication.translate("ImportDialog", u"Choose the .xlsx file. Every row is checked first and nothing is written until you have seen the report. Use the template so that the columns are recognised.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"No file chosen", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose file\u2026", None))
        self.templateButton.setText(QCoreApplication.translate("ImportDialog", u"&Download the import template\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"C&ancel", None))
        self.allOrNothingRadio.setText(QCoreApplication.translate("ImportDialog", u"Import &all rows or none (nothing is imported while any row has an error)", None))
        self.skipBadRowsRadio.setText(QCoreApplication.translate("ImportDialog", u"&Skip the rows with errors and import the others", None))
        self.recheckButton.setText(QCoreApplication.translate("ImportDialog", u"Check &again", None))
#if QT_CONFIG(tooltip)
        self.recheckButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Read the file again after correcting it in Excel", None))
#endif // QT_CONFIG(tooltip)
        self.otherFileButton.setText(QCoreApplication.translate("ImportDialog", u"&Other file\u2026", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
    # retranslateUi

