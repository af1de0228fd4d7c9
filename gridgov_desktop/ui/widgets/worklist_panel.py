"""The window's worklists (工作台): due today, overdue, waiting for collection, paused, all open,
accepted today — for this window or the whole hall — with how many each holds.

The rows and the counts are loaded on a worker thread (one service call each), and again when a
request changes (the dialogs say so), on F5, and every few minutes: what is "due today" must stay
true across midnight and across what the other windows do. Every load bumps a generation number, so
a late answer for an older choice is dropped. Enter or a double click opens the request; Ctrl+P
prints the list as it is sorted on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHeaderView, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_types import RequestSummary
from gridgov_desktop.settings import WINDOW_NUMBER, WORKLIST_SCOPE, Settings
from gridgov_desktop.ui.forms.ui_worklist_panel import Ui_WorklistPanel
from gridgov_desktop.ui.models.request_table_model import (
    ACCEPTED_AT,
    DUE_ON,
    ID_NUMBER,
    RECEIPT_NO,
    REMAINING,
    RESIDENT,
    SERVICE,
    STATUS,
    WINDOW,
    RequestSortProxy,
    RequestTableModel,
)
from gridgov_desktop.ui.widgets.foreground_delegate import ForegroundDelegate
from gridgov_desktop.ui.widgets.worklist_data import WorklistLoad, load_worklist, worklist_pdf
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.ui.dialogs.service_dialogs import ServiceDialogs

# The lists, in the order of their buttons (values of ``services.worklists.Worklist``).
DUE_TODAY, OVERDUE, AWAITING, PAUSED, OPEN, ACCEPTED_TODAY = (
    "due_today",
    "overdue",
    "awaiting_collection",
    "paused",
    "open",
    "accepted_today",
)
LISTS = (DUE_TODAY, OVERDUE, AWAITING, PAUSED, OPEN, ACCEPTED_TODAY)
REFRESH_EVERY_MS = 3 * 60 * 1000
# Column widths in average character widths (CJK columns in 中 widths, the rest in digits).
_WIDE_CHARS: dict[int, float] = {RESIDENT: 4.5, STATUS: 4.5, REMAINING: 7.5}
_DIGIT_CHARS: dict[int, float] = {RECEIPT_NO: 14, ACCEPTED_AT: 17, WINDOW: 5, ID_NUMBER: 20, DUE_ON: 11}


class WorklistPanel(QWidget):
    """``status(text)`` for the status bar; ``failed(error)`` for a database that cannot be read."""

    status = Signal(str)
    failed = Signal(object)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        dialogs: ServiceDialogs | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorklistPanel()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._today = today
        self._task: Task | None = None
        self._generation = 0
        self._stale = True
        self._counts: dict[str, int] = {}
        self.preview: QWidget | None = None
        if dialogs is None:
            from gridgov_desktop.ui.dialogs.service_dialogs import ServiceDialogs

            dialogs = ServiceDialogs(self, db, actor, settings, worker)
        self.dialogs = dialogs
        dialogs.request_changed.connect(lambda _receipt: self.refresh())
        self.model = RequestTableModel(self)
        self.proxy = RequestSortProxy(self.model, self)
        self._setup_table()
        self._setup_lists()
        self._setup_scope()
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh)
        self.print_action = self._action(self.tr("Print this list…"), "Ctrl+P", self.print_list)
        self.open_action = self._action(self.tr("Open the request"), "", self.open_current)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_EVERY_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # --- set-up ------------------------------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.requestTable
        table.setModel(self.proxy)
        table.setItemDelegate(ForegroundDelegate(table))  # overdue red under the theme too
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSortIndicator(DUE_ON, Qt.SortOrder.AscendingOrder)  # most urgent first
        table.setSortingEnabled(True)
        header.setToolTip(self.tr("Click to sort"))
        table.doubleClicked.connect(lambda _index: self.open_current())
        table.installEventFilter(self)
        self.size_columns()

    def size_columns(self) -> None:
        table = self.ui.requestTable
        table.ensurePolished()
        metrics = table.fontMetrics()
        digit, wide = metrics.horizontalAdvance("0"), metrics.horizontalAdvance("中")
        header = table.horizontalHeader()
        for column, chars in _DIGIT_CHARS.items():
            header.resizeSection(column, max(round(chars * digit) + 16, header.sectionSizeHint(column)))
        for column, chars in _WIDE_CHARS.items():
            header.resizeSection(column, max(round(chars * wide) + 16, header.sectionSizeHint(column)))
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _setup_lists(self) -> None:
        ui = self.ui
        self._buttons: dict[str, QAbstractButton] = dict(
            zip(
                LISTS,
                (
                    ui.dueTodayButton,
                    ui.overdueButton,
                    ui.awaitingButton,
                    ui.pausedButton,
                    ui.openButton,
                    ui.acceptedTodayButton,
                ),
                strict=True,
            )
        )
        self._group = QButtonGroup(self)
        for number, (kind, button) in enumerate(self._buttons.items(), start=1):
            self._group.addButton(button)
            button.setToolTip(f"Alt+{number}")
            button.clicked.connect(lambda _checked=False, k=kind: self.show_list(k))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.show_list(k, focus_table=True))
        self._kind = DUE_TODAY
        self._buttons[DUE_TODAY].setChecked(True)
        self._show_counts()

    def _setup_scope(self) -> None:
        combo = self.ui.scopeCombo
        combo.addItem("", "window")
        combo.addItem(self.tr("Whole hall"), "hall")
        self._show_window_number()
        combo.setCurrentIndex(combo.findData(self._settings.get(WORKLIST_SCOPE)))
        combo.currentIndexChanged.connect(self._scope_changed)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def use_window_shortcuts(self) -> None:
        """Inside the main window, whose F5 and Ctrl+P reach this panel when it is shown: the
        panel's own would make the keys ambiguous (and then neither fires)."""
        self.refresh_action.setShortcut(QKeySequence())
        self.print_action.setShortcut(QKeySequence())

    # --- what is shown -----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self._kind

    def window_no(self) -> int | None:
        """This desk's window number, or None for the whole hall."""
        if self.ui.scopeCombo.currentData() == "hall":
            return None
        return self._settings.get(WINDOW_NUMBER)

    def show_list(self, kind: str, *, focus_table: bool = False) -> None:
        self._kind = kind
        self._buttons[kind].setChecked(True)
        self.refresh()
        if focus_table:
            self.ui.requestTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_scope(self, scope: str) -> None:
        """``"window"`` or ``"hall"`` (remembered in the settings)."""
        self.ui.scopeCombo.setCurrentIndex(self.ui.scopeCombo.findData(scope))

    def _scope_changed(self, _index: int) -> None:
        self._settings.set(WORKLIST_SCOPE, str(self.ui.scopeCombo.currentData()))
        self.refresh()

    def window_number_changed(self) -> None:
        """The desk's window number was set: show it, and reload this window's lists."""
        self._show_window_number()
        if self.window_no() is not None:
            self.refresh()

    def _show_window_number(self) -> None:
        number = self._settings.get(WINDOW_NUMBER)
        self.ui.scopeCombo.setItemText(0, self.tr("This window (no. {number})").format(number=number))

    def list_label(self, kind: str) -> str:
        labels = {
            DUE_TODAY: self.tr("Due today"),
            OVERDUE: self.tr("Overdue"),
            AWAITING: self.tr("Awaiting collection"),
            PAUSED: self.tr("Paused"),
            OPEN: self.tr("All open"),
            ACCEPTED_TODAY: self.tr("Accepted today"),
        }
        return labels[kind]

    def scope_label(self) -> str:
        number = self.window_no()
        if number is None:
            return self.tr("Whole hall")
        return self.tr("Window {number}").format(number=number)

    def _show_counts(self) -> None:
        for kind, button in self._buttons.items():
            label = self.list_label(kind)
            count = self._counts.get(kind)
            text = label if count is None else f"{label} ({count})"
            # Colour is never the only signal: overdue requests are marked in words too.
            button.setText(("⚠ " if kind == OVERDUE and count else "") + text)

    # --- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the chosen list and every count again (off the GUI thread)."""
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
        if not self.isVisible():
            self._stale = True  # loaded when shown (the main window's tab is lazy)
            return
        self._stale = False
        db, actor, kind, window_no = self._db, self._actor, self._kind, self.window_no()
        today, generation = self._today(), self._generation
        self.ui.countLabel.setText(self.tr("Loading…"))
        self._task = self._worker.run(
            lambda: load_worklist(db, actor, kind, window_no, today),
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _loaded(self, generation: int, result: WorklistLoad) -> None:
        if generation != self._generation:
            return
        self._task = None
        keep = self.selected_request()
        self.model.set_rows(result.rows, result.today, result.name_keys, result.working_days)
        self._counts = result.counts
        self._show_counts()
        self.ui.titleLabel.setText(f"{self.list_label(self._kind)} · {self.scope_label()}")
        self.ui.countLabel.setText(self.tr("Total: %n request(s)", "", len(result.rows)))
        self.ui.messageLabel.clear()
        table = self.ui.requestTable
        row = self.model.row_of(keep.receipt_no) if keep is not None else None
        target = self.proxy.mapFromSource(self.model.index(row if row is not None else 0, 0))
        if target.isValid():
            table.selectRow(target.row())
            table.scrollTo(target)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.ui.countLabel.clear()
        if not isinstance(error, DomainError):
            raise error
        self.ui.messageLabel.setText(describe_error(error))
        self.failed.emit(error)

    def is_loading(self) -> bool:
        return self._task is not None

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- rows --------------------------------------------------------------------------------------
    def shown_requests(self) -> list[RequestSummary]:
        """The rows in the order they are shown (sorted as on screen)."""
        rows = []
        for row in range(self.proxy.rowCount()):
            summary = self.model.request_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if summary is not None:
                rows.append(summary)
        return rows

    def selected_request(self) -> RequestSummary | None:
        index = self.ui.requestTable.currentIndex()
        if not index.isValid():
            return None
        return self.model.request_at(self.proxy.mapToSource(index).row())

    def open_current(self) -> None:
        summary = self.selected_request()
        if summary is not None:
            self.dialogs.open_request(summary.receipt_no)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.requestTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return False

    # --- printing ----------------------------------------------------------------------------------
    def print_list(self) -> None:
        """Ctrl+P: the list as shown (its order included), previewed before printing."""
        rows = self.shown_requests()
        db, actor, kind, window_no = self._db, self._actor, self._kind, self.window_no()
        title, scope, today = self.list_label(kind), self.scope_label(), self.model.today
        self.status.emit(self.tr("Preparing {title}…").format(title=title))
        self._worker.run(
            lambda: worklist_pdf(db, actor, rows, kind, window_no, today),
            on_done=lambda pdf: self._preview(pdf, title, f"{title} {scope} {today}.pdf"),
            on_error=self._print_failed,
            owner=self,
        )

    def _print_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self.ui.messageLabel.setText(describe_error(error))
        self.failed.emit(error)

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        preview = PrintPreviewDialog(
            pdf, title=title, file_name=file_name, settings=self._settings, parent=self.window()
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
