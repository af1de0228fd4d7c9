"""Audit entries as a table, fetched a page at a time as the view scrolls (the log grows to millions
of rows; the model never holds more than what was scrolled through).

The model does not read the database itself: when the view wants more (``fetchMore``) it emits
``more_wanted`` with the last id it holds, the dialog loads the next page on the worker thread and
hands it back with ``append``. Times are shown in local time; action and record kinds in the
language's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from gridgov_desktop.services.audit_log import AuditRow
from gridgov_desktop.services.audit_words import action_name, change_summary, local_time, record_label

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's AuditRow
(NUMBER, TIME, USER, ACTION, RECORD, CHANGE) = range(6)
COLUMN_COUNT = 6


class AuditTableModel(QAbstractTableModel):
    more_wanted = Signal(int)  # the last id held: load the page of older entries

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[AuditRow] = []
        self._has_more = False
        self._loading = False
        self._headers = (
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Before → after"),
        )

    # --- filling ---------------------------------------------------------------------------------
    def reset(self, rows: Sequence[AuditRow], has_more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more, self._loading = has_more, False
        self.endResetModel()

    def append(self, rows: Sequence[AuditRow], has_more: bool) -> None:
        self._loading = False
        self._has_more = has_more
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def load_failed(self) -> None:
        """The page could not be read: stop asking until the next reset."""
        self._loading = False
        self._has_more = False

    def entry(self, row: int) -> AuditRow:
        return self._rows[row]

    # --- lazy fetching -----------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading and bool(self._rows)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.more_wanted.emit(self._rows[-1].id)

    # --- the table ---------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHANGE:
            return change_summary(row.before, row.after, limit=2000)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == NUMBER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == NUMBER:
            return str(row.id)
        if column == TIME:
            return local_time(row.at).strftime("%Y-%m-%d %H:%M:%S")
        if column == USER:
            return row.username or "—"
        if column == ACTION:
            return action_name(row.action, self._lang)
        if column == RECORD:
            return record_label(row.entity, row.entity_id, self._lang)
        return change_summary(row.before, row.after, limit=160)
