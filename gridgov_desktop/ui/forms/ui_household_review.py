# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'household_review.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QHBoxLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_HouseholdReviewDialog(object):
    def setupUi(self, HouseholdReviewDialog):
        if not HouseholdReviewDialog.objectName():
            HouseholdReviewDialog.setObjectName(u"HouseholdReviewDialog")
        HouseholdReviewDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(HouseholdReviewDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 16, 16, 16)
        self.headingLabel = QLabel(HouseholdReviewDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"heading", True)

        self.mainLayout.addWidget(self.headingLabel)

        self.summaryLabel = QLabel(HouseholdReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.beforeGroup = QFrame(HouseholdReviewDialog)
        self.beforeGroup.setObjectName(u"beforeGroup")
        self.beforeGroup.setFrameShape(QFrame.Shape.StyledPanel)
        self.beforeGroupLayout = QVBoxLayout(self.beforeGroup)
        self.beforeGroupLayout.setSpacing(6)
        self.beforeGroupLayout.setObjectName(u"beforeGroupLayout")
        self.beforeTitle = QLabel(self.beforeGroup)
        self.beforeTitle.setObjectName(u"beforeTitle")
        self.beforeTitle.setProperty(u"heading", True)

        self.beforeGroupLayout.addWidget(self.beforeTitle)


        self.columnsLayout.addWidget(self.beforeGroup)

        self.afterGroup = QFrame(HouseholdReviewDialog)
        self.afterGroup.setObjectName(u"afterGroup")
        self.afterGroup.setFrameShape(QFrame.Shape.StyledPanel)
        self.afterGroupLayout = QVBoxLayout(self.afterGroup)
        self.afterGroupLayout.setSpacing(6)
        self.afterGroupLayout.setObjectName(u"afterGroupLayout")
        self.afterTitle = QLabel(self.afterGroup)
        self.afterTitle.setObjectName(u"afterTitle")
        self.afterTitle.setProperty(u"heading", True)

        self.afterGroupLayout.addWidget(self.afterTitle)


        self.columnsLayout.addWidget(self.afterGroup)


        self.mainLayout.addLayout(self.columnsLayout)

        self.departuresLabel = QLabel(HouseholdReviewDialog)
        self.departuresLabel.setObjectName(u"departuresLabel")
        self.departuresLabel.setText(u"")
        self.departuresLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.departuresLabel)

        self.warningLabel = QLabel(HouseholdReviewDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"fieldWarning", True)

        self.mainLayout.addWidget(self.warningLabel)

        self.questionLabel = QLabel(HouseholdReviewDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.questionLabel)

        self.buttonBox = QDialogButtonBox(HouseholdReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(HouseholdReviewDialog)

        QMetaObject.connectSlotsByName(HouseholdReviewDialog)
    # setupUi

    def retranslateUi(self, HouseholdReviewDialog):
        HouseholdReviewDialog.setWindowTitle(QCoreApplication.translate("HouseholdReviewDialog", u"Check the household change", None))
        self.headingLabel.setText(QCoreApplication.translate("HouseholdReviewDialog", u"Check the change before it is made", None))
        self.beforeTitle.setText(QCoreApplication.translate("HouseholdReviewDialog", u"Before", None))
        self.afterTitle.setText(QCoreApplication.translate("HouseholdReviewDialog", u"After", None))
        self.questionLabel.setText(QCoreApplication.translate("HouseholdReviewDialog", u"Make this change? It cannot be undone from here.", None))
    # retranslateUi

