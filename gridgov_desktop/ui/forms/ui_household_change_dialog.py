# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_change_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from gridgov_desktop.ui.widgets.search_box import SearchBox

class Ui_HouseholdChangeDialog(object):
    def setupUi(self, HouseholdChangeDialog):
        if not HouseholdChangeDialog.objectName():
            HouseholdChangeDialog.setObjectName(u"HouseholdChangeDialog")
        HouseholdChangeDialog.resize(760, 560)
        self.mainLayout = QVBoxLayout(HouseholdChangeDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(HouseholdChangeDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setText(u"")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(HouseholdChangeDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.personLabel = QLabel(HouseholdChangeDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personSearch = SearchBox(HouseholdChangeDialog)
        self.personSearch.setObjectName(u"personSearch")
        self.personSearch.setClearButtonEnabled(True)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSearch)

        self.chosenPersonLabel = QLabel(HouseholdChangeDialog)
        self.chosenPersonLabel.setObjectName(u"chosenPersonLabel")
        self.chosenPersonLabel.setText(u"")
        self.chosenPersonLabel.setWordWrap(True)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chosenPersonLabel)

        self.relationLabel = QLabel(HouseholdChangeDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(HouseholdChangeDialog)
        self.relationCombo.setObjectName(u"relationCombo")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.relationCombo)


        self.mainLayout.addLayout(self.personForm)

        self.membersHint = QLabel(HouseholdChangeDialog)
        self.membersHint.setObjectName(u"membersHint")
        self.membersHint.setText(u"")
        self.membersHint.setWordWrap(True)

        self.mainLayout.addWidget(self.membersHint)

        self.membersTable = QTableWidget(HouseholdChangeDialog)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setWordWrap(False)
        self.membersTable.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.membersTable)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.roomLabel = QLabel(HouseholdChangeDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(HouseholdChangeDialog)
        self.roomEdit.setObjectName(u"roomEdit")
        self.roomEdit.setMaxLength(20)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.dateLabel = QLabel(HouseholdChangeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(HouseholdChangeDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(12)
        self.dateEdit.setPlaceholderText(u"2026-11-21")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(HouseholdChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(HouseholdChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(100)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.detailsForm)

        self.messageLabel = QLabel(HouseholdChangeDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"fieldError", True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HouseholdChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personSearch)
        self.relationLabel.setBuddy(self.relationCombo)
        self.roomLabel.setBuddy(self.roomEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personSearch, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)

        self.retranslateUi(HouseholdChangeDialog)

        QMetaObject.connectSlotsByName(HouseholdChangeDialog)
    # setupUi

    def retranslateUi(self, HouseholdChangeDialog):
        HouseholdChangeDialog.setWindowTitle(QCoreApplication.translate("HouseholdChangeDialog", u"Household change", None))
        self.personLabel.setText(QCoreApplication.translate("HouseholdChangeDialog", u"&Person:", None))
        self.personSearch.setPlaceholderText(QCoreApplication.translate("HouseholdChangeDialog", u"Name, ID number, phone\u2026; Enter takes the top match", None))
        self.relationLabel.setText(QCoreApplication.translate("HouseholdChangeDialog", u"&Relation to head:", None))
        self.roomLabel.setText(QCoreApplication.translate("HouseholdChangeDialog", u"New &room:", None))
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("HouseholdChangeDialog", u"e.g. 502", None))
        self.dateLabel.setText(QCoreApplication.translate("HouseholdChangeDialog", u"&Date:", None))
        self.reasonLabel.setText(QCoreApplication.translate("HouseholdChangeDialog", u"&Reason or destination:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("HouseholdChangeDialog", u"e.g. moved to Shenyang for work", None))
    # retranslateUi

