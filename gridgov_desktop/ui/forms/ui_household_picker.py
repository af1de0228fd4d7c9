# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_picker.ui'
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
    QLineEdit, QSizePolicy, QTreeView, QVBoxLayout,
    QWidget)

class Ui_HouseholdPickerDialog(object):
    def setupUi(self, HouseholdPickerDialog):
        if not HouseholdPickerDialog.objectName():
            HouseholdPickerDialog.setObjectName(u"HouseholdPickerDialog")
        HouseholdPickerDialog.resize(560, 620)
        self.mainLayout = QVBoxLayout(HouseholdPickerDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(HouseholdPickerDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(HouseholdPickerDialog)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(HouseholdPickerDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMaxLength(64)

        self.filterLayout.addWidget(self.filterEdit)


        self.mainLayout.addLayout(self.filterLayout)

        self.treeView = QTreeView(HouseholdPickerDialog)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setUniformRowHeights(True)
        self.treeView.setHeaderHidden(True)
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.treeView)

        self.hintLabel = QLabel(HouseholdPickerDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(HouseholdPickerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.treeView)

        self.retranslateUi(HouseholdPickerDialog)

        QMetaObject.connectSlotsByName(HouseholdPickerDialog)
    # setupUi

    def retranslateUi(self, HouseholdPickerDialog):
        HouseholdPickerDialog.setWindowTitle(QCoreApplication.translate("HouseholdPickerDialog", u"Choose the household", None))
        self.headingLabel.setText(QCoreApplication.translate("HouseholdPickerDialog", u"Choose the household", None))
        self.filterLabel.setText(QCoreApplication.translate("HouseholdPickerDialog", u"&Filter:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("HouseholdPickerDialog", u"Room such as 3-2-501, or a compound, building or community name", None))
    # retranslateUi

