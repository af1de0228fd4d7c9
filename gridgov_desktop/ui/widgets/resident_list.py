"""The resident list's behaviour at the keyboard and the header: open a person with Enter or a double
click, sort by clicking a header (ascending, descending, back to the list's own order), and choose the
columns from the header's context menu — remembered in the settings (``RESIDENT_HIDDEN_COLUMNS``).

It also loads the id lists, off the GUI thread: a node's residents in the chosen order, or the list on
screen sorted anew. Every load bumps a generation number, so a late answer for an older request (the
clerk clicked on) is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from gridgov_desktop.db.engine import Database
from gridgov_desktop.settings import RESIDENT_HIDDEN_COLUMNS, Settings
from gridgov_desktop.ui.i18n import format_count
from gridgov_desktop.ui.models.resident_table_model import (
    ADDRESS,
    AGE,
    BIRTH_DATE,
    COLUMN_COUNT,
    COLUMN_KEYS,
    ID_NUMBER,
    NAME,
    PHONE,
    SEX,
    STATUS,
    ResidentTableModel,
)
from gridgov_desktop.ui.widgets.resident_order import ListTooLong, ordered_ids
from gridgov_desktop.ui.workers import Task, Worker

# Column widths in average character widths. Name, sex and status are CJK characters wide; the rest
# are digits. The address takes what is left.
_COLUMN_CHARS = {NAME: 6, SEX: 3, BIRTH_DATE: 12, AGE: 5, ID_NUMBER: 21, PHONE: 13, STATUS: 4}


class ResidentListView(QObject):
    """``sort_requested(column or None, descending)``; ``open_requested(resident_id)``;
    ``loaded(ids, scope, resident to select or None)``; ``failed(error)``; ``status(text)``."""

    sort_requested = Signal(object, bool)
    open_requested = Signal(int)
    loaded = Signal(object, str, object)
    failed = Signal(object)
    status = Signal(str)

    def __init__(
        self,
        table: QTableView,
        model: ResidentTableModel,
        settings: Settings,
        *,
        db: Database,
        worker: Worker,
    ) -> None:
        super().__init__(table)
        self.table, self.model, self._settings = table, model, settings
        self._db, self._worker = db, worker
        self._task: Task | None = None
        self._generation = 0
        self._node_id: int | None = None
        self._scope = ""
        self.select_when_loaded: int | None = None
        table.setModel(model)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose the columns"))
        table.doubleClicked.connect(lambda index: self._open(index.row()))
        table.installEventFilter(self)
        hidden = set(settings.get(RESIDENT_HIDDEN_COLUMNS).split(","))
        for column, key in enumerate(COLUMN_KEYS):
            header.setSectionHidden(column, column != NAME and key in hidden)

    def size_columns(self) -> int:
        """Widths from character counts (never measured over 200,000 rows); returns a digit's width."""
        table = self.table
        table.ensurePolished()  # the stylesheet's font, not the default one
        metrics = table.fontMetrics()
        digit, wide = metrics.horizontalAdvance("0"), metrics.horizontalAdvance("中")
        header = table.horizontalHeader()
        for column, chars in _COLUMN_CHARS.items():
            width = chars * (wide if column in (NAME, SEX, STATUS) else digit) + 16
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
        return digit

    # --- columns -----------------------------------------------------------------------------------
    def columns_menu(self) -> QMenu:
        menu = QMenu(self.tr("Columns"), self.table)
        header = self.table.horizontalHeader()
        for column in range(COLUMN_COUNT):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != NAME)  # a list without names helps nobody
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
        return menu

    def _show_menu(self, position: QPoint) -> None:
        menu = self.columns_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not visible)
        hidden = [key for c, key in enumerate(COLUMN_KEYS) if header.isSectionHidden(c)]
        self._settings.set(RESIDENT_HIDDEN_COLUMNS, ",".join(hidden))

    def hidden_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        return [key for c, key in enumerate(COLUMN_KEYS) if header.isSectionHidden(c)]

    # --- sorting -----------------------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        model = self.model
        if model.sort_column != column:
            wanted: tuple[int | None, bool] = (column, False)
        elif not model.sort_descending:
            wanted = (column, True)
        else:
            wanted = (None, False)
        self.sort_requested.emit(*wanted)
        rows = self.table.selectionModel().selectedRows()
        self.sort(self._node_id, *wanted, self.model.resident_id(rows[0].row()) if rows else None)

    def show_sort(self) -> None:
        header, model = self.table.horizontalHeader(), self.model
        if model.sort_column is None:
            header.setSortIndicatorShown(False)
            return
        order = Qt.SortOrder.DescendingOrder if model.sort_descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(model.sort_column, order)
        header.setSortIndicatorShown(True)

    # --- loading -----------------------------------------------------------------------------------
    def cancel_loading(self) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def show_search(self) -> None:
        """The list is about to show search hits: no node, and nothing still loading."""
        self._node_id = None
        self.cancel_loading()

    def load(self, node_id: int, scope: str) -> None:
        """The residents of ``node_id``, in the list's current sort order."""
        self._node_id, self._scope = node_id, scope
        self._run(node_id, [], self.select_when_loaded)

    def sort(self, node_id: int | None, column: int | None, descending: bool, keep: int | None) -> None:
        """Order what is on screen by ``column``; ``keep`` stays selected."""
        self.model.set_sort(column, descending)
        self.show_sort()
        self._run(node_id, self.model.ids, keep)

    def _run(self, node_id: int | None, ids: list[int], select: int | None) -> None:
        self.cancel_loading()
        db, key, descending = self._db, self.model.sort_key, self.model.sort_descending
        actor = self.model.actor
        generation, scope = self._generation, self._scope if node_id is not None else ""
        self._task = self._worker.run(
            lambda: ordered_ids(db, actor, node_id, ids, key, descending),
            on_done=lambda found: self._done(generation, found, scope, select),
            on_error=lambda error: self._failed(generation, error, node_id),
            owner=self,
        )

    def _done(self, generation: int, ids: list[int], scope: str, select: int | None) -> None:
        if generation == self._generation:
            self._task = None
            self.select_when_loaded = None
            self.loaded.emit(ids, scope or self._scope, select)

    def _failed(self, generation: int, error: BaseException, node_id: int | None) -> None:
        if generation != self._generation:
            return
        self._task = None
        if isinstance(error, ListTooLong):  # a column the service cannot sort by yet
            self.model.set_sort(None)
            self.show_sort()
            self.status.emit(
                self.tr("{count} residents are too many to sort here; shown in their own order.").format(
                    count=format_count(error.count)
                )
            )
            if node_id is not None:
                self.load(node_id, self._scope)
            return
        self.failed.emit(error)

    # --- opening -----------------------------------------------------------------------------------
    def open_current(self) -> None:
        self._open(self.table.currentIndex().row())

    def _open(self, row: int) -> None:
        resident_id = self.model.resident_id(row)
        if resident_id is not None:
            self.open_requested.emit(resident_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open(self.table.currentIndex().row())
                return True
        return False
