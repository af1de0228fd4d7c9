# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(760, 760)
        self.mainLayout = QVBoxLayout(CalendarDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(CalendarDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.warningLabel = QLabel(CalendarDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setText(u"")

        self.mainLayout.addWidget(self.warningLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CalendarDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CalendarDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.yearRow.addWidget(self.yearSpin)

        self.sourceLabel = QLabel(CalendarDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.sourceLabel.sizePolicy().hasHeightForWidth())
        self.sourceLabel.setSizePolicy(sizePolicy)

        self.yearRow.addWidget(self.sourceLabel)


        self.mainLayout.addLayout(self.yearRow)

        self.daysTree = QTreeWidget(CalendarDialog)
        self.daysTree.setObjectName(u"daysTree")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.daysTree.sizePolicy().hasHeightForWidth())
        self.daysTree.setSizePolicy(sizePolicy1)
        self.daysTree.setMinimumSize(QSize(0, 260))
        self.daysTree.setRootIsDecorated(False)
        self.daysTree.setUniformRowHeights(True)
        self.daysTree.setAllColumnsShowFocus(True)
        self.daysTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.daysTree)

        self.countLabel = QLabel(CalendarDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.mainLayout.addWidget(self.countLabel)

        self.dayBox = QGroupBox(CalendarDialog)
        self.dayBox.setObjectName(u"dayBox")
        self.dayForm = QFormLayout(self.dayBox)
        self.dayForm.setObjectName(u"dayForm")
        self.dayForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.dayForm.setHorizontalSpacing(12)
        self.dayForm.setVerticalSpacing(6)
        self.dateLabel = QLabel(self.dayBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateEdit = QLineEdit(self.dayBox)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaxLength(16)

        self.dateRow.addWidget(self.dateEdit)

        self.dateHintLabel = QLabel(self.dayBox)
        self.dateHintLabel.setObjectName(u"dateHintLabel")
        self.dateHintLabel.setText(u"")
        sizePolicy.setHeightForWidth(self.dateHintLabel.sizePolicy().hasHeightForWidth())
        self.dateHintLabel.setSizePolicy(sizePolicy)

        self.dateRow.addWidget(self.dateHintLabel)


        self.dayForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.dateMessage = QLabel(self.dayBox)
        self.dateMessage.setObjectName(u"dateMessage")
        self.dateMessage.setWordWrap(True)
        self.dateMessage.setText(u"")

        self.dayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateMessage)

        self.kindLabel = QLabel(self.dayBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.dayBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.nameLabel = QLabel(self.dayBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.dayForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.dayBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(32)

        self.dayForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.dayButtons = QHBoxLayout()
        self.dayButtons.setObjectName(u"dayButtons")
        self.saveDayButton = QPushButton(self.dayBox)
        self.saveDayButton.setObjectName(u"saveDayButton")
        self.saveDayButton.setAutoDefault(False)

        self.dayButtons.addWidget(self.saveDayButton)

        self.removeDayButton = QPushButton(self.dayBox)
        self.removeDayButton.setObjectName(u"removeDayButton")
        self.removeDayButton.setAutoDefault(False)

        self.dayButtons.addWidget(self.removeDayButton)

        self.dayButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayButtons.addItem(self.dayButtonSpacer)


        self.dayForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dayButtons)


        self.mainLayout.addWidget(self.dayBox)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.importButton = QPushButton(CalendarDialog)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.importButton)

        self.exportButton = QPushButton(CalendarDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setAutoDefault(False)

        self.fileButtons.addWidget(self.exportButton)

        self.fileButtonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileButtonSpacer)


        self.mainLayout.addLayout(self.fileButtons)

        self.messageLabel = QLabel(CalendarDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setText(u"")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.daysTree)
        QWidget.setTabOrder(self.daysTree, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.saveDayButton)
        QWidget.setTabOrder(self.saveDayButton, self.removeDayButton)
        QWidget.setTabOrder(self.removeDayButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.exportButton)

        self.retranslateUi(CalendarDialog)

        QMetaObject.connectSlotsByName(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"Working-day calendar", None))
        self.headingLabel.setText(QCoreApplication.translate("CalendarDialog", u"Statutory holidays and make-up working days", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Year:", None))
        ___qtreewidgetitem = self.daysTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CalendarDialog", u"Name", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CalendarDialog", u"Kind", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CalendarDialog", u"Weekday", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CalendarDialog", u"Date", None))
        self.dayBox.setTitle(QCoreApplication.translate("CalendarDialog", u"Set a day", None))
        self.dateLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Date:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("CalendarDialog", u"2026-10-01", None))
        self.kindLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Kind:", None))
        self.nameLabel.setText(QCoreApplication.translate("CalendarDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CalendarDialog", u"e.g. \u6625\u8282", None))
        self.saveDayButton.setText(QCoreApplication.translate("CalendarDialog", u"&Save day", None))
        self.removeDayButton.setText(QCoreApplication.translate("CalendarDialog", u"&Make ordinary", None))
        self.importButton.setText(QCoreApplication.translate("CalendarDialog", u"&Import file\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("CalendarDialog", u"E&xport year\u2026", None))
    # retranslateUi

