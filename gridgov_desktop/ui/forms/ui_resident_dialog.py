# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from gridgov_desktop.ui.widgets.masked_line_edit import MaskedLineEdit

class Ui_ResidentDialog(object):
    def setupUi(self, ResidentDialog):
        if not ResidentDialog.objectName():
            ResidentDialog.setObjectName(u"ResidentDialog")
        ResidentDialog.resize(1180, 640)
        ResidentDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(ResidentDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(ResidentDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.headingLayout.addWidget(self.headingLabel)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.requiredNote = QLabel(ResidentDialog)
        self.requiredNote.setObjectName(u"requiredNote")
        self.requiredNote.setProperty(u"hint", True)

        self.headingLayout.addWidget(self.requiredNote)


        self.mainLayout.addLayout(self.headingLayout)

        self.statusLabel = QLabel(ResidentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"fieldWarning", True)

        self.mainLayout.addWidget(self.statusLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftForm = QFormLayout()
        self.leftForm.setObjectName(u"leftForm")
        self.leftForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.leftForm.setHorizontalSpacing(10)
        self.leftForm.setVerticalSpacing(6)
        self.nameLabel = QLabel(ResidentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.leftForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ResidentDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.leftForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(ResidentDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)
        self.nameMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.idNumberLabel = QLabel(ResidentDialog)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.leftForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberLayout = QHBoxLayout()
        self.idNumberLayout.setObjectName(u"idNumberLayout")
        self.idNumberEdit = MaskedLineEdit(ResidentDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(24)

        self.idNumberLayout.addWidget(self.idNumberEdit)

        self.revealIdButton = QPushButton(ResidentDialog)
        self.revealIdButton.setObjectName(u"revealIdButton")
        self.revealIdButton.setAutoDefault(False)

        self.idNumberLayout.addWidget(self.revealIdButton)


        self.leftForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.idNumberLayout)

        self.idNumberMessage = QLabel(ResidentDialog)
        self.idNumberMessage.setObjectName(u"idNumberMessage")
        self.idNumberMessage.setText(u"")
        self.idNumberMessage.setWordWrap(True)
        self.idNumberMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberMessage)

        self.derivedLabel = QLabel(ResidentDialog)
        self.derivedLabel.setObjectName(u"derivedLabel")
        self.derivedLabel.setText(u"")
        self.derivedLabel.setProperty(u"hint", True)

        self.leftForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.derivedLabel)

        self.duplicateLayout = QHBoxLayout()
        self.duplicateLayout.setObjectName(u"duplicateLayout")
        self.duplicateMessage = QLabel(ResidentDialog)
        self.duplicateMessage.setObjectName(u"duplicateMessage")
        self.duplicateMessage.setText(u"")
        self.duplicateMessage.setWordWrap(True)
        self.duplicateMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.duplicateLayout.addWidget(self.duplicateMessage)

        self.openExistingButton = QPushButton(ResidentDialog)
        self.openExistingButton.setObjectName(u"openExistingButton")
        self.openExistingButton.setAutoDefault(False)

        self.duplicateLayout.addWidget(self.openExistingButton)


        self.leftForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.duplicateLayout)

        self.sexLabel = QLabel(ResidentDialog)
        self.sexLabel.setObjectName(u"sexLabel")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(ResidentDialog)
        self.sexCombo.setObjectName(u"sexCombo")

        self.leftForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.sexMessage = QLabel(ResidentDialog)
        self.sexMessage.setObjectName(u"sexMessage")
        self.sexMessage.setText(u"")
        self.sexMessage.setWordWrap(True)
        self.sexMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sexMessage)

        self.birthDateLabel = QLabel(ResidentDialog)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(ResidentDialog)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(12)
        self.birthDateEdit.setPlaceholderText(u"2026-11-21")

        self.leftForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateMessage = QLabel(ResidentDialog)
        self.birthDateMessage.setObjectName(u"birthDateMessage")
        self.birthDateMessage.setText(u"")
        self.birthDateMessage.setWordWrap(True)
        self.birthDateMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.birthDateMessage)

        self.ethnicityLabel = QLabel(ResidentDialog)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.leftForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityCombo = QComboBox(ResidentDialog)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)
        self.ethnicityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.leftForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.ethnicityCombo)

        self.phoneLabel = QLabel(ResidentDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.leftForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneLayout = QHBoxLayout()
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneEdit = MaskedLineEdit(ResidentDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.phoneLayout.addWidget(self.phoneEdit)

        self.revealPhoneButton = QPushButton(ResidentDialog)
        self.revealPhoneButton.setObjectName(u"revealPhoneButton")
        self.revealPhoneButton.setAutoDefault(False)

        self.phoneLayout.addWidget(self.revealPhoneButton)


        self.leftForm.setLayout(11, QFormLayout.ItemRole.FieldRole, self.phoneLayout)

        self.phoneMessage = QLabel(ResidentDialog)
        self.phoneMessage.setObjectName(u"phoneMessage")
        self.phoneMessage.setText(u"")
        self.phoneMessage.setWordWrap(True)
        self.phoneMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phoneMessage)

        self.domicileLabel = QLabel(ResidentDialog)
        self.domicileLabel.setObjectName(u"domicileLabel")

        self.leftForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.domicileLabel)

        self.domicileEdit = QLineEdit(ResidentDialog)
        self.domicileEdit.setObjectName(u"domicileEdit")
        self.domicileEdit.setMaxLength(200)

        self.leftForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.domicileEdit)

        self.householdLabel = QLabel(ResidentDialog)
        self.householdLabel.setObjectName(u"householdLabel")

        self.leftForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdLayout = QHBoxLayout()
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdEdit = QLineEdit(ResidentDialog)
        self.householdEdit.setObjectName(u"householdEdit")
        self.householdEdit.setReadOnly(True)
        self.householdEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.householdLayout.addWidget(self.householdEdit)

        self.chooseHouseholdButton = QPushButton(ResidentDialog)
        self.chooseHouseholdButton.setObjectName(u"chooseHouseholdButton")
        self.chooseHouseholdButton.setAutoDefault(False)

        self.householdLayout.addWidget(self.chooseHouseholdButton)

        self.householdChangesButton = QPushButton(ResidentDialog)
        self.householdChangesButton.setObjectName(u"householdChangesButton")
        self.householdChangesButton.setAutoDefault(False)

        self.householdLayout.addWidget(self.householdChangesButton)


        self.leftForm.setLayout(14, QFormLayout.ItemRole.FieldRole, self.householdLayout)

        self.householdInfo = QLabel(ResidentDialog)
        self.householdInfo.setObjectName(u"householdInfo")
        self.householdInfo.setText(u"")
        self.householdInfo.setProperty(u"hint", True)
        self.householdInfo.setWordWrap(True)

        self.leftForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.householdInfo)

        self.householdMessage = QLabel(ResidentDialog)
        self.householdMessage.setObjectName(u"householdMessage")
        self.householdMessage.setText(u"")
        self.householdMessage.setWordWrap(True)
        self.householdMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.householdMessage)

        self.relationLabel = QLabel(ResidentDialog)
        self.relationLabel.setObjectName(u"relationLabel")

        self.leftForm.setWidget(17, QFormLayout.ItemRole.LabelRole, self.relationLabel)

        self.relationCombo = QComboBox(ResidentDialog)
        self.relationCombo.setObjectName(u"relationCombo")

        self.leftForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.relationCombo)

        self.relationMessage = QLabel(ResidentDialog)
        self.relationMessage.setObjectName(u"relationMessage")
        self.relationMessage.setText(u"")
        self.relationMessage.setWordWrap(True)
        self.relationMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.leftForm.setWidget(18, QFormLayout.ItemRole.FieldRole, self.relationMessage)


        self.columnsLayout.addLayout(self.leftForm)

        self.rightForm = QFormLayout()
        self.rightForm.setObjectName(u"rightForm")
        self.rightForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.rightForm.setHorizontalSpacing(10)
        self.rightForm.setVerticalSpacing(6)
        self.politicalLabel = QLabel(ResidentDialog)
        self.politicalLabel.setObjectName(u"politicalLabel")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.politicalLabel)

        self.politicalCombo = QComboBox(ResidentDialog)
        self.politicalCombo.setObjectName(u"politicalCombo")

        self.rightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.politicalCombo)

        self.maritalLabel = QLabel(ResidentDialog)
        self.maritalLabel.setObjectName(u"maritalLabel")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.maritalLabel)

        self.maritalCombo = QComboBox(ResidentDialog)
        self.maritalCombo.setObjectName(u"maritalCombo")

        self.rightForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.maritalCombo)

        self.educationLabel = QLabel(ResidentDialog)
        self.educationLabel.setObjectName(u"educationLabel")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationCombo = QComboBox(ResidentDialog)
        self.educationCombo.setObjectName(u"educationCombo")

        self.rightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.educationCombo)

        self.religionLabel = QLabel(ResidentDialog)
        self.religionLabel.setObjectName(u"religionLabel")

        self.rightForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.religionLabel)

        self.religionCombo = QComboBox(ResidentDialog)
        self.religionCombo.setObjectName(u"religionCombo")
        self.religionCombo.setEditable(True)
        self.religionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.rightForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.religionCombo)

        self.militaryLabel = QLabel(ResidentDialog)
        self.militaryLabel.setObjectName(u"militaryLabel")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.militaryLabel)

        self.militaryCombo = QComboBox(ResidentDialog)
        self.militaryCombo.setObjectName(u"militaryCombo")

        self.rightForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.militaryCombo)

        self.employerLabel = QLabel(ResidentDialog)
        self.employerLabel.setObjectName(u"employerLabel")

        self.rightForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(ResidentDialog)
        self.employerEdit.setObjectName(u"employerEdit")
        self.employerEdit.setMaxLength(100)

        self.rightForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.tagsLabel = QLabel(ResidentDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.rightForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagList = QListWidget(ResidentDialog)
        self.tagList.setObjectName(u"tagList")
        self.tagList.setFlow(QListView.Flow.LeftToRight)
        self.tagList.setResizeMode(QListView.ResizeMode.Adjust)
        self.tagList.setUniformItemSizes(False)
        self.tagList.setSpacing(2)
        self.tagList.setStyleSheet(u"QListView::indicator:unchecked { image: url(icon:/primary/checkbox_unchecked.svg); }\n"
"QListView::indicator:checked { image: url(icon:/primary/checkbox_checked.svg); }\n"
"QListView::indicator:unchecked:selected:active { image: url(icon:/primary/checkbox_unchecked_invert.svg); }\n"
"QListView::indicator:checked:selected:active { image: url(icon:/primary/checkbox_checked_invert.svg); }")
        self.tagList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tagList.setMinimumSize(QSize(0, 168))

        self.rightForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tagList)

        self.notesLabel = QLabel(ResidentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.rightForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ResidentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.rightForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.formMessage = QLabel(ResidentDialog)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setText(u"")
        self.formMessage.setWordWrap(True)
        self.formMessage.setTextFormat(Qt.TextFormat.PlainText)

        self.rightForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.formMessage)


        self.columnsLayout.addLayout(self.rightForm)


        self.mainLayout.addLayout(self.columnsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ResidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.domicileLabel.setBuddy(self.domicileEdit)
        self.householdLabel.setBuddy(self.chooseHouseholdButton)
        self.relationLabel.setBuddy(self.relationCombo)
        self.politicalLabel.setBuddy(self.politicalCombo)
        self.maritalLabel.setBuddy(self.maritalCombo)
        self.educationLabel.setBuddy(self.educationCombo)
        self.religionLabel.setBuddy(self.religionCombo)
        self.militaryLabel.setBuddy(self.militaryCombo)
        self.employerLabel.setBuddy(self.employerEdit)
        self.tagsLabel.setBuddy(self.tagList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.revealIdButton)
        QWidget.setTabOrder(self.revealIdButton, self.openExistingButton)
        QWidget.setTabOrder(self.openExistingButton, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.revealPhoneButton)
        QWidget.setTabOrder(self.revealPhoneButton, self.domicileEdit)
        QWidget.setTabOrder(self.domicileEdit, self.chooseHouseholdButton)
        QWidget.setTabOrder(self.chooseHouseholdButton, self.householdChangesButton)
        QWidget.setTabOrder(self.householdChangesButton, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.politicalCombo)
        QWidget.setTabOrder(self.politicalCombo, self.maritalCombo)
        QWidget.setTabOrder(self.maritalCombo, self.educationCombo)
        QWidget.setTabOrder(self.educationCombo, self.religionCombo)
        QWidget.setTabOrder(self.religionCombo, self.militaryCombo)
        QWidget.setTabOrder(self.militaryCombo, self.employerEdit)
        QWidget.setTabOrder(self.employerEdit, self.tagList)
        QWidget.setTabOrder(self.tagList, self.notesEdit)

        self.retranslateUi(ResidentDialog)

        QMetaObject.connectSlotsByName(ResidentDialog)
    # setupUi

    def retranslateUi(self, ResidentDialog):
        ResidentDialog.setWindowTitle(QCoreApplication.translate("ResidentDialog", u"Resident", None))
        self.headingLabel.setText(QCoreApplication.translate("ResidentDialog", u"Register a resident", None))
        self.requiredNote.setText(QCoreApplication.translate("ResidentDialog", u"Fields marked * are required.", None))
        self.nameLabel.setText(QCoreApplication.translate("ResidentDialog", u"* &Name:", None))
        self.idNumberLabel.setText(QCoreApplication.translate("ResidentDialog", u"* &ID number:", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"18 characters; a scanner may type it", None))
        self.revealIdButton.setText(QCoreApplication.translate("ResidentDialog", u"Show", None))
#if QT_CONFIG(tooltip)
        self.revealIdButton.setToolTip(QCoreApplication.translate("ResidentDialog", u"Show the full ID number (written to the audit log)", None))
#endif // QT_CONFIG(tooltip)
        self.openExistingButton.setText(QCoreApplication.translate("ResidentDialog", u"&Open existing resident", None))
        self.sexLabel.setText(QCoreApplication.translate("ResidentDialog", u"* &Sex:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ResidentDialog", u"Date of &birth:", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Ethnicity:", None))
        self.phoneLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"13812345678 or 024-87654321", None))
        self.revealPhoneButton.setText(QCoreApplication.translate("ResidentDialog", u"Show", None))
#if QT_CONFIG(tooltip)
        self.revealPhoneButton.setToolTip(QCoreApplication.translate("ResidentDialog", u"Show the full phone number (written to the audit log)", None))
#endif // QT_CONFIG(tooltip)
        self.domicileLabel.setText(QCoreApplication.translate("ResidentDialog", u"Re&gistered domicile:", None))
        self.householdLabel.setText(QCoreApplication.translate("ResidentDialog", u"* Current &address:", None))
        self.householdEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"Choose the household from the tree", None))
        self.chooseHouseholdButton.setText(QCoreApplication.translate("ResidentDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseHouseholdButton.setToolTip(QCoreApplication.translate("ResidentDialog", u"Choose the household from the tree; type a room such as 3-2-501 to filter", None))
#endif // QT_CONFIG(tooltip)
        self.householdChangesButton.setText(QCoreApplication.translate("ResidentDialog", u"Household &changes\u2026", None))
#if QT_CONFIG(tooltip)
        self.householdChangesButton.setToolTip(QCoreApplication.translate("ResidentDialog", u"Move in, move out, change of head, split, death", None))
#endif // QT_CONFIG(tooltip)
        self.relationLabel.setText(QCoreApplication.translate("ResidentDialog", u"* &Relation to head:", None))
        self.politicalLabel.setText(QCoreApplication.translate("ResidentDialog", u"Political s&tatus:", None))
        self.maritalLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Marital status:", None))
        self.educationLabel.setText(QCoreApplication.translate("ResidentDialog", u"Ed&ucation:", None))
        self.religionLabel.setText(QCoreApplication.translate("ResidentDialog", u"Re&ligion:", None))
        self.militaryLabel.setText(QCoreApplication.translate("ResidentDialog", u"Militar&y service:", None))
        self.employerLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Workplace:", None))
        self.tagsLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Categories:", None))
#if QT_CONFIG(tooltip)
        self.tagList.setToolTip(QCoreApplication.translate("ResidentDialog", u"Space ticks or unticks the highlighted category", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("ResidentDialog", u"N&otes:", None))
#if QT_CONFIG(tooltip)
        self.notesEdit.setToolTip(QCoreApplication.translate("ResidentDialog", u"Shift+Enter starts a new line", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

