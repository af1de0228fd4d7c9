# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'worklist_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WorklistPanel(object):
    def setupUi(self, WorklistPanel):
        if not WorklistPanel.objectName():
            WorklistPanel.setObjectName(u"WorklistPanel")
        WorklistPanel.resize(1100, 600)
        self.mainLayout = QVBoxLayout(WorklistPanel)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 6, 0, 0)
        self.listsLayout = QHBoxLayout()
        self.listsLayout.setSpacing(6)
        self.listsLayout.setObjectName(u"listsLayout")
        self.dueTodayButton = QPushButton(WorklistPanel)
        self.dueTodayButton.setObjectName(u"dueTodayButton")
        self.dueTodayButton.setCheckable(True)
        self.dueTodayButton.setAutoExclusive(True)
        self.dueTodayButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.dueTodayButton)

        self.overdueButton = QPushButton(WorklistPanel)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setCheckable(True)
        self.overdueButton.setAutoExclusive(True)
        self.overdueButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.overdueButton)

        self.awaitingButton = QPushButton(WorklistPanel)
        self.awaitingButton.setObjectName(u"awaitingButton")
        self.awaitingButton.setCheckable(True)
        self.awaitingButton.setAutoExclusive(True)
        self.awaitingButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.awaitingButton)

        self.pausedButton = QPushButton(WorklistPanel)
        self.pausedButton.setObjectName(u"pausedButton")
        self.pausedButton.setCheckable(True)
        self.pausedButton.setAutoExclusive(True)
        self.pausedButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.pausedButton)

        self.openButton = QPushButton(WorklistPanel)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setCheckable(True)
        self.openButton.setAutoExclusive(True)
        self.openButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.openButton)

        self.acceptedTodayButton = QPushButton(WorklistPanel)
        self.acceptedTodayButton.setObjectName(u"acceptedTodayButton")
        self.acceptedTodayButton.setCheckable(True)
        self.acceptedTodayButton.setAutoExclusive(True)
        self.acceptedTodayButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.listsLayout.addWidget(self.acceptedTodayButton)

        self.listsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listsLayout.addItem(self.listsSpacer)

        self.scopeLabel = QLabel(WorklistPanel)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.listsLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(WorklistPanel)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.listsLayout.addWidget(self.scopeCombo)


        self.mainLayout.addLayout(self.listsLayout)

        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(WorklistPanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setProperty(u"heading", True)

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.countLabel = QLabel(WorklistPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"countLabel", True)

        self.headerLayout.addWidget(self.countLabel)


        self.mainLayout.addLayout(self.headerLayout)

        self.requestTable = QTableView(WorklistPanel)
        self.requestTable.setObjectName(u"requestTable")
        self.requestTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requestTable.setAlternatingRowColors(True)
        self.requestTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requestTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requestTable.setWordWrap(False)
        self.requestTable.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.requestTable)

        self.messageLabel = QLabel(WorklistPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.hintLabel = QLabel(WorklistPanel)
        self.hintLabel.setObjectName(u"hintLabel")

        self.mainLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.requestTable, self.dueTodayButton)
        QWidget.setTabOrder(self.dueTodayButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.awaitingButton)
        QWidget.setTabOrder(self.awaitingButton, self.pausedButton)
        QWidget.setTabOrder(self.pausedButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.acceptedTodayButton)
        QWidget.setTabOrder(self.acceptedTodayButton, self.scopeCombo)

        self.retranslateUi(WorklistPanel)

        QMetaObject.connectSlotsByName(WorklistPanel)
    # setupUi

    def retranslateUi(self, WorklistPanel):
        self.dueTodayButton.setText(QCoreApplication.translate("WorklistPanel", u"Due today", None))
        self.overdueButton.setText(QCoreApplication.translate("WorklistPanel", u"Overdue", None))
        self.awaitingButton.setText(QCoreApplication.translate("WorklistPanel", u"Awaiting collection", None))
        self.pausedButton.setText(QCoreApplication.translate("WorklistPanel", u"Paused", None))
        self.openButton.setText(QCoreApplication.translate("WorklistPanel", u"All open", None))
        self.acceptedTodayButton.setText(QCoreApplication.translate("WorklistPanel", u"Accepted today", None))
        self.scopeLabel.setText(QCoreApplication.translate("WorklistPanel", u"&Scope:", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("WorklistPanel", u"Requests of this window only, or of every window of the hall", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("WorklistPanel", u"Enter: open the request \u00b7 F5: refresh \u00b7 Ctrl+P: print this list \u00b7 Alt+1\u2026Alt+6: change the list", None))
        pass
    # retranslateUi

