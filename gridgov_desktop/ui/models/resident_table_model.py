"""Residents of a node (or a search's hits) as a table: ids first, rows fetched in pages on demand.

As Anki's browser model and calibre's views do, the model holds only the list of resident ids (one
query, cheap even for 200,000 people). ``data()`` asks ``services.residents.resident_rows`` for the
page a row lies in and caches it; scrolling through the whole street fetches pages as they show.
Rows are masked by the service (ID and phone numbers), so the model never sees a full number.
Sorting replaces the id list (``set_ids``) with one in the wanted order (``widgets.resident_order``):
the model only remembers which column and direction that is, for the header's indicator.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.residents import ResidentRow, resident_rows
from gridgov_desktop.ui.i18n import sex_label, status_label

AnyIndex = QModelIndex | QPersistentModelIndex
RESIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

(NAME, SEX, BIRTH_DATE, AGE, ID_NUMBER, PHONE, ADDRESS, STATUS) = range(8)
COLUMN_COUNT = 8
# Stable names of the columns: what the settings remember (hidden columns) and what sorting asks for.
COLUMN_KEYS = ("name", "sex", "birth_date", "age", "id_number", "phone", "address", "status")
MAX_CACHED_PAGES = 64  # 64 pages of 200 rows: what a clerk scrolls through, not the whole street


class ResidentTableModel(QAbstractTableModel):
    """Rows for a list of resident ids. ``load_error`` reports a DomainError once per failing page."""

    load_error = Signal(object)

    def __init__(self, db: Database, actor: Actor, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self.actor = db, actor
        self._page_size = max(1, page_size)
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ResidentRow]] = OrderedDict()
        self._failed_pages: set[int] = set()
        self._today = dt.date.today()
        self.sort_column: int | None = None
        self.sort_descending = False

    # --- content -----------------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these residents, in this order; cached rows are dropped."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._failed_pages.clear()
        self._today = dt.date.today()
        self.endResetModel()

    def set_sort(self, column: int | None, descending: bool = False) -> None:
        """Which column the ids are ordered by (None: the list's own order)."""
        self.sort_column, self.sort_descending = column, descending

    @property
    def sort_key(self) -> str | None:
        return COLUMN_KEYS[self.sort_column] if self.sort_column is not None else None

    def invalidate(self) -> None:
        """Rows changed in the database: refetch visible pages on the next paint."""
        self._pages.clear()
        self._failed_pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def resident_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, resident_id: int) -> int | None:
        try:
            return self._ids.index(resident_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> ResidentRow | None:
        """The (masked) row at ``row``, fetching its page if needed; None when it cannot be read."""
        if not 0 <= row < len(self._ids):
            return None
        page_number = row // self._page_size
        page = self._pages.get(page_number)
        if page is None:
            page = self._fetch_page(page_number)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[row])

    def cached_page_count(self) -> int:
        return len(self._pages)

    def _fetch_page(self, page_number: int) -> dict[int, ResidentRow] | None:
        if page_number in self._failed_pages:
            return None
        start = page_number * self._page_size
        ids = self._ids[start : start + self._page_size]
        try:
            rows = resident_rows(self._db, self.actor, ids)
        except DomainError as error:
            self._failed_pages.add(page_number)
            self.load_error.emit(error)
            return None
        page = {row.id: row for row in rows}
        self._pages[page_number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == RESIDENT_ID_ROLE:
            return self.resident_id(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            if row is None:
                return "…" if index.column() == NAME else ""
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (AGE,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ADDRESS:
            row = self.row_at(index.row())
            return row.address if row else None
        return None

    def _display(self, row: ResidentRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == SEX:
            return sex_label(row.sex)
        if column == BIRTH_DATE:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == AGE:
            age = row.age(self._today)
            return "" if age is None else str(age)
        if column == ID_NUMBER:
            return row.id_number_masked
        if column == PHONE:
            return row.phone_masked
        if column == ADDRESS:
            return row.address
        if column == STATUS:
            return status_label(row.status)
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("Age"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Status"),
        )
        return headers[section] if 0 <= section < len(headers) else None
