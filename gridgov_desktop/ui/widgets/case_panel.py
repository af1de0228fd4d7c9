"""The mediation tab (调解工作台): the mediator's own to-do — overdue cases in red and in words,
deadlines due soon, promises made to residents, follow-up visits, judicial-confirmation windows
ending — and the list of all cases, filtered by state, with how many each holds.

Front desk and office heads see the case list only (number, state, dates: ``CaseSummary`` holds
nothing said in a case). Rows load on a worker thread; every load bumps a generation so a late answer
is dropped. Enter or a double click opens the case (``open_requested``); Ctrl+N opens a new one; F5
and Ctrl+P come from the main window while the tab is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.mediation import CaseStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseSummary
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.case_panel_data import (
    ALL_CASES,
    COMMITMENT,
    DUE_SOON,
    FOLLOW_UP,
    JUDICIAL,
    MY_TODO,
    OVERDUE,
    CaseLoad,
    TodoRow,
    cases_pdf,
    load_cases,
)
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.foreground_delegate import ForegroundDelegate
from gridgov_desktop.ui.workers import Task, Worker

LATE = QColor("#c62828")
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CasePanel(QWidget):
    """``open_requested(case_id)``, ``new_requested()``, ``status(text)``, ``failed(error)``;
    ``loaded()`` after each load (tests wait on it)."""

    open_requested = Signal(int)
    new_requested = Signal()
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
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._today = today or dt.date.today
        self.mediates = allows(actor, Permission.MEDIATE)  # admins included
        self._kind = MY_TODO if self.mediates else ALL_CASES
        self._counts: dict[str, int] = {}
        self._generation = 0
        self._task: Task | None = None
        self._stale = True
        self.load: CaseLoad | None = None
        self.preview: QWidget | None = None
        self._build()
        self.refresh_action = self._action(self.tr("Refresh"), "F5", self.refresh)
        self.print_action = self._action(self.tr("Print this list…"), "Ctrl+P", self.print_list)

    # --- set-up ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.todoButton = QPushButton(self)
        self.allButton = QPushButton(self)
        self._group = QButtonGroup(self)
        for number, (kind, button) in enumerate(
            ((MY_TODO, self.todoButton), (ALL_CASES, self.allButton)), start=1
        ):
            button.setCheckable(True)
            button.setToolTip(f"Alt+{number}")
            self._group.addButton(button)
            bar.addWidget(button)
            button.clicked.connect(lambda _c=False, k=kind: self.show_list(k))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda k=kind: self.show_list(k, focus_table=True))
        self.todoButton.setVisible(self.mediates)
        self.statusLabel = QLabel(self.tr("&State:"), self)
        self.statusCombo = QComboBox(self)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusCombo.addItem(self.tr("Any state"), None)
        for state in CaseStatus:
            self.statusCombo.addItem(words.status_text(state), state.value)
        self.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addSpacing(12)
        bar.addWidget(self.statusLabel)
        bar.addWidget(self.statusCombo)
        bar.addStretch(1)
        self.newButton = QPushButton(self.tr("&New case…"), self)
        self.newButton.setToolTip(self.tr("Open a new mediation case (Ctrl+N)"))
        self.newButton.clicked.connect(self.new_requested.emit)
        self.newButton.setVisible(self.mediates)
        new_shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self._new)
        bar.addWidget(self.newButton)
        layout.addLayout(bar)
        heading = QHBoxLayout()
        self.titleLabel = QLabel(self)
        self.titleLabel.setProperty("heading", True)
        self.countLabel = QLabel(self)
        heading.addWidget(self.titleLabel)
        heading.addStretch(1)
        heading.addWidget(self.countLabel)
        layout.addLayout(heading)
        self.table = QTableWidget(0, 0, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegate(ForegroundDelegate(self.table))  # red under the theme too
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        show_message(self.messageLabel, Level.NONE)
        layout.addWidget(self.messageLabel)
        self._buttons = {MY_TODO: self.todoButton, ALL_CASES: self.allButton}
        self._buttons[self._kind].setChecked(True)
        self._show_counts()
        self._show_filter()

    def _new(self) -> None:
        if self.mediates:
            self.new_requested.emit()

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def use_window_shortcuts(self) -> None:
        """Inside the main window, whose F5 and Ctrl+P reach this panel when it is shown."""
        self.refresh_action.setShortcut(QKeySequence())
        self.print_action.setShortcut(QKeySequence())

    # --- what is shown -----------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self._kind

    def show_list(self, kind: str, *, focus_table: bool = False) -> None:
        if kind == MY_TODO and not self.mediates:
            return
        self._kind = kind
        self._buttons[kind].setChecked(True)
        self._show_filter()
        self.refresh()
        if focus_table:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_status_filter(self, status: CaseStatus | None) -> None:
        index = self.statusCombo.findData(status.value if status else None)
        self.statusCombo.setCurrentIndex(max(index, 0))

    def status_filter(self) -> CaseStatus | None:
        value = self.statusCombo.currentData()
        return CaseStatus(value) if value else None

    def _show_filter(self) -> None:
        shown = self._kind == ALL_CASES
        self.statusLabel.setVisible(shown)
        self.statusCombo.setVisible(shown)

    def list_label(self) -> str:
        if self._kind == MY_TODO:
            return self.tr("My to-do")
        status = self.status_filter()
        if status is None:
            return self.tr("All cases")
        return self.tr("All cases · {state}").format(state=words.status_text(status))

    def _show_counts(self) -> None:
        for kind, label in ((MY_TODO, self.tr("My to-do")), (ALL_CASES, self.tr("All cases"))):
            count = self._counts.get(kind)
            self._buttons[kind].setText(label if count is None else f"{label} ({count})")

    # --- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        db, actor, kind, status = self._db, self._actor, self._kind, self.status_filter()
        today, generation, mediates = self._today(), self._generation, self.mediates
        self.countLabel.setText(self.tr("Loading…"))
        self._task = self._worker.run(
            lambda: load_cases(db, actor, kind, status, today, mediates=mediates),
            on_done=lambda result: self._loaded(generation, result),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def is_loading(self) -> bool:
        return self._task is not None

    def _loaded(self, generation: int, result: CaseLoad) -> None:
        if generation != self._generation:
            return
        self._task = None
        keep = self.selected_case_id()
        self.load = result
        self._counts.update(result.counts)
        self._show_counts()
        if self._kind == MY_TODO:
            self._fill_todo(result.todo, result.today)
            count = self.tr("%n item(s)", "", len(result.todo))
        else:
            self._fill_cases(result.cases, result.today)
            count = self.tr("Total: %n case(s)", "", len(result.cases))
        self.titleLabel.setText(self.list_label())
        self.countLabel.setText(count)
        show_message(self.messageLabel, Level.NONE)
        row = next((r for r in range(self.table.rowCount()) if self._row_case(r) == keep), 0)
        if self.table.rowCount():
            self.table.selectRow(row)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.countLabel.clear()
        if not isinstance(error, DomainError):
            raise error
        show_message(self.messageLabel, Level.ERROR, describe_error(error))
        self.failed.emit(error)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- rows --------------------------------------------------------------------------------------
    def _todo_kind_text(self, kind: str) -> str:
        return {
            OVERDUE: self.tr("Case overdue"),
            DUE_SOON: self.tr("Deadline soon"),
            COMMITMENT: self.tr("Promised reply"),
            FOLLOW_UP: self.tr("Follow-up visit"),
            JUDICIAL: self.tr("Judicial confirmation window"),
        }[kind]

    def _fill_todo(self, rows: list[TodoRow], today: dt.date) -> None:
        headers = [self.tr("Item"), self.tr("Case number"), self.tr("What"), self.tr("Due"),
                   self.tr("Time left")]  # fmt: skip
        self._set_headers(headers)
        self.table.setRowCount(len(rows))
        for row, todo in enumerate(rows):
            left, late = words.days_left_text(todo.due_on, today)
            kind = self._todo_kind_text(todo.kind)
            if todo.kind == OVERDUE:
                late = True
            cells = [("⚠ " if late else "") + kind, todo.case_number, todo.what,
                     todo.due_on.isoformat(), left]  # fmt: skip
            self._set_row(row, todo.case_id, cells, late)
        self._stretch(2)

    def _fill_cases(self, cases: list[CaseSummary], today: dt.date) -> None:
        headers = [self.tr("Case number"), self.tr("State"), self.tr("Registered"),
                   self.tr("Deadline"), self.tr("Closed")]  # fmt: skip
        if self.mediates:
            headers += [self.tr("Dispute type"), self.tr("Parties"), self.tr("Lead mediator")]
        self._set_headers(headers)
        self.table.setRowCount(len(cases))
        for row, case in enumerate(cases):
            late = case.is_overdue(today)
            deadline = case.deadline_on.isoformat()
            if late:
                deadline += "  " + words.days_left_text(case.deadline_on, today)[0]
            status = words.status_text(case.status)
            cells = [case.number, ("⚠ " if late else "") + status, case.registered_on.isoformat(),
                     deadline, case.closed_on.isoformat() if case.closed_on else ""]  # fmt: skip
            if self.mediates:
                risk = self.tr("[at risk] ") if case.at_risk else ""
                cells += [risk + case.dispute_type, case.party_names, case.lead_mediator]
            self._set_row(row, case.id, cells, late)
        self._stretch(6 if self.mediates else 0)

    def _set_headers(self, headers: list[str]) -> None:
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)

    def _set_row(self, row: int, case_id: int, cells: list[str], late: bool) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(CASE_ID_ROLE, case_id)
            item.setToolTip(text)
            if late:
                item.setForeground(QBrush(LATE))
            self.table.setItem(row, column, item)

    def _stretch(self, column: int) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)

    def _row_case(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return None if item is None else int(item.data(CASE_ID_ROLE))

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self._row_case(index.row()) if index.isValid() else None

    def select_case(self, case_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if self._row_case(row) == case_id:
                self.table.selectRow(row)
                return True
        return False

    def open_current(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.open_requested.emit(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return False

    # --- printing ----------------------------------------------------------------------------------
    def print_list(self) -> None:
        """Ctrl+P: the case list as shown, previewed before printing."""
        load = self.load
        if load is None:
            return
        if self._kind == MY_TODO:
            self.status.emit(self.tr("Switch to “All cases” (Alt+2) to print the list."))
            return
        cases = load.cases
        db, title, today, contents = self._db, "人民调解案件一览", load.today, self.mediates
        self.status.emit(self.tr("Preparing the list…"))
        self._worker.run(
            lambda: cases_pdf(db, title, cases, today, contents=contents),
            on_done=lambda pdf: self._preview(pdf, f"{title} {today}.pdf"),
            on_error=lambda error: self._failed(self._generation, error),
            owner=self,
        )

    def _preview(self, pdf: bytes, file_name: str) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        preview = PrintPreviewDialog(
            pdf, title=self.list_label(), file_name=file_name, settings=self._settings,
            parent=self.window(),
        )  # fmt: skip
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
