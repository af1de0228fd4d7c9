"""The service window inside the main window: the 服务 menu, the worklist tab, receipts typed in the
search box or scanned anywhere, this desk's window number, and the calendar warning.

Everything here is reachable without the mouse: F4 takes a request of the selected resident, Ctrl+O
asks for a receipt number (a scanner can type it), Ctrl+1 / Ctrl+2 switch between the residents and
the worklists. What a role may not do is hidden (the services refuse it anyway). The worklist tab is
built the first time it is shown, so start-up does not pay for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import RECEIPT_PAGE_SIZE, WINDOW_NUMBER, Settings
from gridgov_desktop.ui.dialogs.service_dialogs import ServiceDialogs
from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow
from gridgov_desktop.ui.scanner import HANDLES_RECEIPTS, ScannerListener
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.work_calendar import CalendarStatus
    from gridgov_desktop.ui.widgets.worklist_panel import WorklistPanel

RESIDENTS_TAB, WORKLIST_TAB = 0, 1


class ServiceDesk(QObject):
    """``status(text)`` for the status bar; ``failed(error)`` for errors the window reports."""

    status = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        selected_resident: Callable[[], int | None],
        tree_scope: Callable[[], tuple[int | None, str]],
        lang: str | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self.ui, self._db, self._actor = window, ui, db, actor
        self._settings, self._worker, self._lang = settings, worker, lang
        self._selected_resident, self._tree_scope = selected_resident, tree_scope
        self.panel: WorklistPanel | None = None
        self.receipt_prompt: QInputDialog | None = None
        self.calendar_label: QLabel | None = None
        self._calendar_separator = QLabel("|")
        self.serves = allows(actor, Permission.SERVE_AT_WINDOW)
        self.reads = self.serves or allows(actor, Permission.VIEW_SERVICE_REGISTERS)
        self.dialogs = ServiceDialogs(window, db, actor, settings, worker, lang=lang)
        self.dialogs.status.connect(self.status.emit)
        self.dialogs.failed.connect(self.failed.emit)
        self.scanner = ScannerListener(self)
        self.scanner.scanned.connect(self.dialogs.open_request_text)
        self.window_label = QLabel()
        self._setup_actions()
        ui.searchBox.receipt_entered.connect(self.dialogs.open_request_text)
        ui.viewTabs.currentChanged.connect(self._tab_changed)
        ui.viewTabs.setTabVisible(WORKLIST_TAB, self.reads)
        if self.reads:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self.scanner)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionNewRequest.triggered.connect(self.new_request)
        ui.actionOpenReceipt.triggered.connect(self.ask_receipt)
        ui.actionWorklist.triggered.connect(self.show_worklist)
        ui.actionResidentsTab.triggered.connect(self.show_residents)
        ui.actionRectifications.triggered.connect(self.dialogs.rectifications)
        ui.actionServiceRegisters.triggered.connect(self.registers)
        ui.actionWindowNumber.triggered.connect(self.set_window_number)
        ui.actionReceiptOnA4.setChecked(self._settings.get(RECEIPT_PAGE_SIZE) == "A4")
        ui.actionReceiptOnA4.toggled.connect(
            lambda on: self._settings.set(RECEIPT_PAGE_SIZE, "A4" if on else "A5")
        )
        ui.actionCatalogue.triggered.connect(self.dialogs.catalogue)
        ui.actionCalendar.triggered.connect(self.dialogs.calendar)
        allowed = {
            ui.actionNewRequest: self.serves,
            ui.actionOpenReceipt: self.reads,
            ui.actionWorklist: self.reads,
            ui.actionRectifications: allows(self._actor, Permission.VIEW_SERVICE_REGISTERS),
            ui.actionServiceRegisters: allows(self._actor, Permission.VIEW_SERVICE_REGISTERS),
            ui.actionWindowNumber: self.serves,
            ui.actionReceiptOnA4: self.serves,
            ui.actionCatalogue: allows(self._actor, Permission.MANAGE_CATALOGUE),
            ui.actionCalendar: allows(self._actor, Permission.MANAGE_CALENDAR),
        }
        for action, allowed_here in allowed.items():
            action.setVisible(allowed_here)
            action.setEnabled(allowed_here)
        ui.menuService.menuAction().setVisible(any(allowed.values()))
        ui.actionResidentsTab.setVisible(self.reads)  # with one tab there is nothing to switch
        for action in (
            ui.actionNewRequest,
            ui.actionOpenReceipt,
            ui.actionWorklist,
            ui.actionResidentsTab,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)

    def add_status_widgets(self) -> None:
        """This desk's window number ("第3号窗口"), first in the status bar."""
        if self.serves:
            self._show_window_number()
            self._window.statusBar().insertPermanentWidget(0, self.window_label)
            self._window.statusBar().insertPermanentWidget(1, QLabel("|"))

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)

    # --- tabs --------------------------------------------------------------------------------------
    def worklist_shown(self) -> bool:
        return self.ui.viewTabs.currentIndex() == WORKLIST_TAB and self.panel is not None

    def show_worklist(self) -> None:
        """Ctrl+2: the worklists, with the keyboard in the list."""
        if not self.reads:
            return
        self.ui.viewTabs.setCurrentIndex(WORKLIST_TAB)
        panel = self.ensure_panel()
        panel.ui.requestTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_residents(self) -> None:
        """Ctrl+1: the tree and the resident list, with the keyboard in the list."""
        self.ui.viewTabs.setCurrentIndex(RESIDENTS_TAB)
        self.ui.residentTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == WORKLIST_TAB:
            self.ensure_panel()

    def ensure_panel(self) -> WorklistPanel:
        if self.panel is None:
            from gridgov_desktop.ui.widgets.worklist_panel import WorklistPanel

            panel = WorklistPanel(
                self._db,
                self._actor,
                self._settings,
                self._worker,
                self.ui.worklistTab,
                dialogs=self.dialogs,
            )
            panel.use_window_shortcuts()
            panel.status.connect(self.status.emit)
            panel.failed.connect(self.failed.emit)
            self.ui.worklistTabLayout.addWidget(panel)
            self.panel = panel
            if self.ui.viewTabs.currentIndex() == WORKLIST_TAB:
                panel.show()  # shown now, not after the layout's queued show: it loads on show
        return self.panel

    # --- requests ----------------------------------------------------------------------------------
    def new_request(self) -> None:
        """F4: a request of the resident selected in the list shown (the worklist's: its applicant)."""
        if not self.serves:
            return
        resident_id: int | None
        if self.worklist_shown() and self.panel is not None:
            summary = self.panel.selected_request()
            resident_id = summary.resident_id if summary is not None else None
        else:
            resident_id = self._selected_resident()
        if resident_id is None:
            self.ui.searchBox.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.ui.searchBox.selectAll()
            self.status.emit(self.tr("Select a resident first: find them in the search box."))
            return
        self.new_request_for(resident_id)

    def new_request_for(self, resident_id: int) -> None:
        """The intake form for ``resident_id`` (F4 in the resident's form comes here)."""
        if self.serves:
            self.dialogs.new_request(resident_id)

    def ask_receipt(self) -> QInputDialog:
        """Ctrl+O: a receipt number, typed or scanned, then its request. (Not Ctrl+R: the tree
        renames with it.)"""
        prompt = QInputDialog(self._window)
        prompt.setWindowTitle(self.tr("Open receipt"))
        prompt.setLabelText(self.tr("Receipt number (20261121-0007), or scan the receipt's QR code:"))
        prompt.setTextValue("")
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.textValueSelected.connect(self.dialogs.open_request_text)
        edit = prompt.findChild(QLineEdit)
        if edit is not None:
            edit.setProperty(HANDLES_RECEIPTS, True)  # Enter of a scan accepts the prompt
        self.receipt_prompt = prompt
        prompt.open()
        return prompt

    def registers(self) -> None:
        """The registers and statistics of the part of the tree selected on the left."""
        node_id, label = self._tree_scope()
        self.dialogs.registers(node_id, label if node_id is not None else "")

    # --- this desk ---------------------------------------------------------------------------------
    def set_window_number(self) -> None:
        number, ok = QInputDialog.getInt(
            self._window,
            self.tr("Window number"),
            self.tr("This desk is service window number (1–99):"),
            self._settings.get(WINDOW_NUMBER),
            1,
            99,
        )
        if not ok:
            return
        self._settings.set(WINDOW_NUMBER, number)
        self._show_window_number()
        if self.panel is not None:
            self.panel.window_number_changed()
        self.status.emit(self.tr("This desk is now window {number}.").format(number=number))

    def _show_window_number(self) -> None:
        number = self._settings.get(WINDOW_NUMBER)
        self.window_label.setText(self.tr("Window {number}").format(number=number))
        self.window_label.setToolTip(self.tr("Service → Set the window number… changes it"))

    # --- the working-day calendar ------------------------------------------------------------------
    def check_calendar(self, today: dt.date | None = None) -> None:
        """Warn when this or next year's holidays are not loaded (deadlines would be wrong)."""
        if not self.reads:
            return
        db = self._db

        def status() -> CalendarStatus:
            from gridgov_desktop.services.work_calendar import calendar_status

            return calendar_status(db, today)

        self._worker.run(status, on_done=self._show_calendar, on_error=self._calendar_failed, owner=self)

    def _show_calendar(self, status: CalendarStatus) -> None:
        from gridgov_desktop.services.work_calendar import status_text

        if status.code is None:
            if self.calendar_label is not None:
                self.calendar_label.hide()
                self._calendar_separator.hide()
            return
        if not allows(self._actor, Permission.MANAGE_CALENDAR):
            self.status.emit(
                self.tr("The {year} holidays are not loaded yet: ask the administrator.").format(
                    year=status.year
                )
            )
            return
        label = self.calendar_label
        if label is None:
            label = self.calendar_label = QLabel()
            label.setProperty("fieldWarning", True)  # the theme's warning colour
            self._window.statusBar().insertPermanentWidget(0, label)
            self._calendar_separator = QLabel("|")
            self._window.statusBar().insertPermanentWidget(1, self._calendar_separator)
        label.setText(
            "⚠ "
            + self.tr(
                "The {year} holidays are not loaded yet: import them in the working-day calendar."
            ).format(year=status.year)
        )
        label.setToolTip(status_text(status, self._lang))
        label.show()
        self._calendar_separator.show()

    def _calendar_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self.failed.emit(error)
