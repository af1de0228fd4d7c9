# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTableView, QTreeView, QVBoxLayout, QWidget)

from gridgov_desktop.ui.widgets.search_box import SearchBox

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionThemeLight = QAction(MainWindow)
        self.actionThemeLight.setObjectName(u"actionThemeLight")
        self.actionThemeLight.setCheckable(True)
        self.actionThemeDark = QAction(MainWindow)
        self.actionThemeDark.setObjectName(u"actionThemeDark")
        self.actionThemeDark.setCheckable(True)
        self.actionLargerText = QAction(MainWindow)
        self.actionLargerText.setObjectName(u"actionLargerText")
#if QT_CONFIG(shortcut)
        self.actionLargerText.setShortcut(u"Ctrl++")
#endif // QT_CONFIG(shortcut)
        self.actionSmallerText = QAction(MainWindow)
        self.actionSmallerText.setObjectName(u"actionSmallerText")
#if QT_CONFIG(shortcut)
        self.actionSmallerText.setShortcut(u"Ctrl+-")
#endif // QT_CONFIG(shortcut)
        self.actionDefaultTextSize = QAction(MainWindow)
        self.actionDefaultTextSize.setObjectName(u"actionDefaultTextSize")
#if QT_CONFIG(shortcut)
        self.actionDefaultTextSize.setShortcut(u"Ctrl+0")
#endif // QT_CONFIG(shortcut)
        self.actionChinese = QAction(MainWindow)
        self.actionChinese.setObjectName(u"actionChinese")
        self.actionChinese.setText(u"\u4e2d\u6587")
        self.actionChinese.setCheckable(True)
        self.actionEnglish = QAction(MainWindow)
        self.actionEnglish.setObjectName(u"actionEnglish")
        self.actionEnglish.setText(u"English")
        self.actionEnglish.setCheckable(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(8)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 8, 8, 4)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.centralWidget)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchBox = SearchBox(self.centralWidget)
        self.searchBox.setObjectName(u"searchBox")
        self.searchBox.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchBox)


        self.centralLayout.addLayout(self.searchLayout)

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.orgTree = QTreeView(self.splitter)
        self.orgTree.setObjectName(u"orgTree")
        self.orgTree.setMinimumSize(QSize(240, 0))
        self.orgTree.setUniformRowHeights(True)
        self.orgTree.setAlternatingRowColors(False)
        self.orgTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.orgTree)
        self.residentPanel = QWidget(self.splitter)
        self.residentPanel.setObjectName(u"residentPanel")
        self.residentLayout = QVBoxLayout(self.residentPanel)
        self.residentLayout.setSpacing(6)
        self.residentLayout.setObjectName(u"residentLayout")
        self.residentLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeLayout = QHBoxLayout()
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLabel = QLabel(self.residentPanel)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setText(u"")
        self.scopeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scopeLabel.setProperty(u"heading", True)

        self.scopeLayout.addWidget(self.scopeLabel)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeLayout.addItem(self.scopeSpacer)

        self.countLabel = QLabel(self.residentPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setProperty(u"countLabel", True)

        self.scopeLayout.addWidget(self.countLabel)


        self.residentLayout.addLayout(self.scopeLayout)

        self.residentTable = QTableView(self.residentPanel)
        self.residentTable.setObjectName(u"residentTable")
        self.residentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.residentTable.setAlternatingRowColors(True)
        self.residentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.residentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.residentTable.setWordWrap(False)
        self.residentTable.setCornerButtonEnabled(False)

        self.residentLayout.addWidget(self.residentTable)

        self.splitter.addWidget(self.residentPanel)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuTheme = QMenu(self.menuView)
        self.menuTheme.setObjectName(u"menuTheme")
        self.menuTextSize = QMenu(self.menuView)
        self.menuTextSize.setObjectName(u"menuTextSize")
        self.menuLanguage = QMenu(self.menuView)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchBox)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchBox, self.orgTree)
        QWidget.setTabOrder(self.orgTree, self.residentTable)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuView.addAction(self.menuTheme.menuAction())
        self.menuView.addAction(self.menuTextSize.menuAction())
        self.menuView.addAction(self.menuLanguage.menuAction())
        self.menuTheme.addAction(self.actionThemeLight)
        self.menuTheme.addAction(self.actionThemeDark)
        self.menuTextSize.addAction(self.actionLargerText)
        self.menuTextSize.addAction(self.actionSmallerText)
        self.menuTextSize.addSeparator()
        self.menuTextSize.addAction(self.actionDefaultTextSize)
        self.menuLanguage.addAction(self.actionChinese)
        self.menuLanguage.addAction(self.actionEnglish)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Street Office Service Hall", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"E&xit", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find resident", None))
#if QT_CONFIG(tooltip)
        self.actionFind.setToolTip(QCoreApplication.translate("MainWindow", u"Find a resident by name, ID number, phone or room (Ctrl+F, F3)", None))
#endif // QT_CONFIG(tooltip)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.actionRefresh.setToolTip(QCoreApplication.translate("MainWindow", u"Reload the tree and the list from the database (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.actionThemeLight.setText(QCoreApplication.translate("MainWindow", u"&Light", None))
        self.actionThemeDark.setText(QCoreApplication.translate("MainWindow", u"&Dark", None))
        self.actionLargerText.setText(QCoreApplication.translate("MainWindow", u"&Larger text", None))
        self.actionSmallerText.setText(QCoreApplication.translate("MainWindow", u"&Smaller text", None))
        self.actionDefaultTextSize.setText(QCoreApplication.translate("MainWindow", u"&Default text size", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About", None))
        self.searchLabel.setText(QCoreApplication.translate("MainWindow", u"&Find resident:", None))
        self.searchBox.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Name, pinyin initials, ID number or its last digits, phone or its last 4 digits, room (3-2-501)\u2026", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuTheme.setTitle(QCoreApplication.translate("MainWindow", u"&Theme", None))
        self.menuTextSize.setTitle(QCoreApplication.translate("MainWindow", u"Text &size", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

