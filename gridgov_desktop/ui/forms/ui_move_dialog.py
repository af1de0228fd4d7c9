# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'move_dialog.ui'
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
    QDialogButtonBox, QFrame, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTreeView,
    QVBoxLayout, QWidget)

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        MoveDialog.resize(620, 600)
        self.mainLayout = QVBoxLayout(MoveDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(MoveDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"heading", True)
        self.headingLabel.setText(u"")

        self.mainLayout.addWidget(self.headingLabel)

        self.stack = QStackedWidget(MoveDialog)
        self.stack.setObjectName(u"stack")
        self.pickPage = QWidget()
        self.pickPage.setObjectName(u"pickPage")
        self.pickLayout = QVBoxLayout(self.pickPage)
        self.pickLayout.setSpacing(8)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickLayout.setContentsMargins(0, 0, 0, 0)
        self.pickHint = QLabel(self.pickPage)
        self.pickHint.setObjectName(u"pickHint")
        self.pickHint.setWordWrap(True)
        self.pickHint.setText(u"")

        self.pickLayout.addWidget(self.pickHint)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLabel = QLabel(self.pickPage)
        self.filterLabel.setObjectName(u"filterLabel")

        self.filterLayout.addWidget(self.filterLabel)

        self.filterEdit = QLineEdit(self.pickPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        self.filterEdit.setMaxLength(64)

        self.filterLayout.addWidget(self.filterEdit)


        self.pickLayout.addLayout(self.filterLayout)

        self.treeView = QTreeView(self.pickPage)
        self.treeView.setObjectName(u"treeView")
        self.treeView.setUniformRowHeights(True)
        self.treeView.setHeaderHidden(True)
        self.treeView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.pickLayout.addWidget(self.treeView)

        self.pickMessage = QLabel(self.pickPage)
        self.pickMessage.setObjectName(u"pickMessage")
        self.pickMessage.setWordWrap(True)
        self.pickMessage.setText(u"")

        self.pickLayout.addWidget(self.pickMessage)

        self.stack.addWidget(self.pickPage)
        self.reviewPage = QWidget()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setSpacing(12)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewIntro = QLabel(self.reviewPage)
        self.reviewIntro.setObjectName(u"reviewIntro")
        self.reviewIntro.setWordWrap(True)
        self.reviewIntro.setText(u"")

        self.reviewLayout.addWidget(self.reviewIntro)

        self.reviewFrame = QFrame(self.reviewPage)
        self.reviewFrame.setObjectName(u"reviewFrame")
        self.reviewFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.reviewGrid = QGridLayout(self.reviewFrame)
        self.reviewGrid.setObjectName(u"reviewGrid")
        self.reviewGrid.setHorizontalSpacing(12)
        self.reviewGrid.setVerticalSpacing(6)
        self.placeCaption = QLabel(self.reviewFrame)
        self.placeCaption.setObjectName(u"placeCaption")

        self.reviewGrid.addWidget(self.placeCaption, 0, 0, 1, 1)

        self.beforeHeading = QLabel(self.reviewFrame)
        self.beforeHeading.setObjectName(u"beforeHeading")

        self.reviewGrid.addWidget(self.beforeHeading, 0, 1, 1, 1)

        self.beforePlace = QLabel(self.reviewFrame)
        self.beforePlace.setObjectName(u"beforePlace")
        self.beforePlace.setWordWrap(True)
        self.beforePlace.setText(u"")

        self.reviewGrid.addWidget(self.beforePlace, 0, 2, 1, 1)

        self.afterHeading = QLabel(self.reviewFrame)
        self.afterHeading.setObjectName(u"afterHeading")

        self.reviewGrid.addWidget(self.afterHeading, 1, 1, 1, 1)

        self.afterPlace = QLabel(self.reviewFrame)
        self.afterPlace.setObjectName(u"afterPlace")
        self.afterPlace.setWordWrap(True)
        self.afterPlace.setProperty(u"countLabel", True)
        self.afterPlace.setText(u"")

        self.reviewGrid.addWidget(self.afterPlace, 1, 2, 1, 1)

        self.addressCaption = QLabel(self.reviewFrame)
        self.addressCaption.setObjectName(u"addressCaption")

        self.reviewGrid.addWidget(self.addressCaption, 2, 0, 1, 1)

        self.beforeAddressHeading = QLabel(self.reviewFrame)
        self.beforeAddressHeading.setObjectName(u"beforeAddressHeading")

        self.reviewGrid.addWidget(self.beforeAddressHeading, 2, 1, 1, 1)

        self.beforeAddress = QLabel(self.reviewFrame)
        self.beforeAddress.setObjectName(u"beforeAddress")
        self.beforeAddress.setWordWrap(True)
        self.beforeAddress.setText(u"")

        self.reviewGrid.addWidget(self.beforeAddress, 2, 2, 1, 1)

        self.afterAddressHeading = QLabel(self.reviewFrame)
        self.afterAddressHeading.setObjectName(u"afterAddressHeading")

        self.reviewGrid.addWidget(self.afterAddressHeading, 3, 1, 1, 1)

        self.afterAddress = QLabel(self.reviewFrame)
        self.afterAddress.setObjectName(u"afterAddress")
        self.afterAddress.setWordWrap(True)
        self.afterAddress.setProperty(u"countLabel", True)
        self.afterAddress.setText(u"")

        self.reviewGrid.addWidget(self.afterAddress, 3, 2, 1, 1)

        self.reviewGrid.setColumnStretch(2, 1)

        self.reviewLayout.addWidget(self.reviewFrame)

        self.alongLabel = QLabel(self.reviewPage)
        self.alongLabel.setObjectName(u"alongLabel")
        self.alongLabel.setWordWrap(True)
        self.alongLabel.setText(u"")

        self.reviewLayout.addWidget(self.alongLabel)

        self.reviewQuestion = QLabel(self.reviewPage)
        self.reviewQuestion.setObjectName(u"reviewQuestion")
        self.reviewQuestion.setWordWrap(True)
        self.reviewQuestion.setProperty(u"countLabel", True)
        self.reviewQuestion.setText(u"")

        self.reviewLayout.addWidget(self.reviewQuestion)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewLayout.addItem(self.reviewSpacer)

        self.stack.addWidget(self.reviewPage)

        self.mainLayout.addWidget(self.stack)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.backButton = QPushButton(MoveDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.backButton)

        self.buttonBox = QDialogButtonBox(MoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.filterLabel.setBuddy(self.filterEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filterEdit, self.treeView)
        QWidget.setTabOrder(self.treeView, self.backButton)
        QWidget.setTabOrder(self.backButton, self.buttonBox)

        self.retranslateUi(MoveDialog)

        self.stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"Move to\u2026", None))
        self.filterLabel.setText(QCoreApplication.translate("MoveDialog", u"&Filter:", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("MoveDialog", u"Name of the new parent, such as a compound or building", None))
        self.placeCaption.setText(QCoreApplication.translate("MoveDialog", u"Place:", None))
        self.beforeHeading.setText(QCoreApplication.translate("MoveDialog", u"Before", None))
        self.afterHeading.setText(QCoreApplication.translate("MoveDialog", u"After", None))
        self.addressCaption.setText(QCoreApplication.translate("MoveDialog", u"Address:", None))
        self.beforeAddressHeading.setText(QCoreApplication.translate("MoveDialog", u"Before", None))
        self.afterAddressHeading.setText(QCoreApplication.translate("MoveDialog", u"After", None))
        self.backButton.setText(QCoreApplication.translate("MoveDialog", u"&Back", None))
    # retranslateUi

