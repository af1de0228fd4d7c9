"""Service requests as a table: the worklists of the window (due today, overdue, waiting for
collection, paused, …), one ``RequestSummary`` per row.

A worklist is short (a hall's open requests: tens to a few hundred), so the model holds the rows
themselves; sorting is a ``QSortFilterProxyModel`` over ``SORT_ROLE``, which gives dates, days and
names a value that orders correctly (names by their pinyin reading). Overdue rows are red *and* say
"逾期3个工作日" (UX.md: colour is never the only signal). Days left and overdue are working days, as
the promise and the overdue register count them; the loader works them out with the calendar on
the worker thread (``working_days``), and without them the model counts calendar days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication

from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.services.service_types import RequestSummary
from gridgov_desktop.ui.widgets.request_labels import status_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's RequestSummary

(RECEIPT_NO, ACCEPTED_AT, WINDOW, RESIDENT, ID_NUMBER, SERVICE, STATUS, DUE_ON, REMAINING) = range(9)
COLUMN_COUNT = 9
# Finished and paused requests sort after every running one in the 剩余/逾期 column.
_PAUSED_SORT, _FINISHED_SORT = 1_000_000, 2_000_000
_RED_LIGHT, _RED_DARK = QColor("#c62828"), QColor("#ff6e6e")


def running(summary: RequestSummary) -> bool:
    """Its clock runs: accepted or in progress (a paused request's clock is stopped)."""
    return summary.status in (RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS)


def overdue_color() -> QColor:
    """A red that reads on the light and the dark theme alike."""
    window = QGuiApplication.palette().window().color()
    return _RED_DARK if window.lightness() < 128 else _RED_LIGHT


class RequestTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestSummary] = []
        self._name_keys: Mapping[str, str] = {}
        self._working_days: Mapping[int, int] = {}
        self._today = dt.date.today()

    # --- content -----------------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[RequestSummary],
        today: dt.date | None = None,
        name_keys: Mapping[str, str] | None = None,
        working_days: Mapping[int, int] | None = None,
    ) -> None:
        """Show ``rows``; ``today`` decides what is overdue; ``name_keys`` maps a name to its sort
        key; ``working_days`` a request id to its working days left (negative: overdue)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or dt.date.today()
        self._name_keys = dict(name_keys or {})
        self._working_days = dict(working_days or {})
        self.endResetModel()

    @property
    def today(self) -> dt.date:
        return self._today

    @property
    def rows(self) -> list[RequestSummary]:
        return list(self._rows)

    def request_at(self, row: int) -> RequestSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, receipt_no: str) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.receipt_no == receipt_no), None)

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.is_overdue(self._today))

    # --- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.request_at(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_value(summary, column)
        if role == REQUEST_ROLE:
            return summary
        overdue = summary.is_overdue(self._today)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return overdue_color()
        if role == Qt.ItemDataRole.FontRole and column == REMAINING and self._urgent(summary):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WINDOW,):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, column, overdue)
        return None

    def days_left(self, summary: RequestSummary) -> int | None:
        """Days until the promised date (negative: overdue); None when no clock runs."""
        if not running(summary):
            return None
        days = self._working_days.get(summary.id)
        return days if days is not None else (summary.due_on - self._today).days

    def _urgent(self, summary: RequestSummary) -> bool:
        return running(summary) and summary.due_on <= self._today

    def _display(self, summary: RequestSummary, column: int) -> str:
        if column == RECEIPT_NO:
            return summary.receipt_no
        if column == ACCEPTED_AT:
            return summary.accepted_at.strftime("%Y-%m-%d %H:%M")
        if column == WINDOW:
            return str(summary.window_no)
        if column == RESIDENT:
            return summary.resident_name
        if column == ID_NUMBER:
            return summary.resident_id_masked
        if column == SERVICE:
            return summary.service_name
        if column == STATUS:
            return status_text(summary.status)
        if column == DUE_ON:
            return summary.due_on.isoformat()
        if column == REMAINING:
            return self.remaining_text(summary)
        return ""

    def remaining_text(self, summary: RequestSummary) -> str:
        """剩余3个工作日 / 今日到期 / 逾期2个工作日 / 暂停计时 / "" (finished)."""
        if summary.status is RequestStatus.PAUSED:
            return self.tr("Clock stopped")
        days = self.days_left(summary)
        if days is None:
            return ""
        if summary.is_overdue(self._today):
            # Due on a Friday, looked at on the Saturday: overdue, by no working day yet.
            return self.tr("Overdue %n working day(s)", "", max(1, -days))
        if summary.due_on == self._today:
            return self.tr("Due today")
        return self.tr("%n working day(s) left", "", days)

    def _sort_value(self, summary: RequestSummary, column: int) -> Any:
        if column == ACCEPTED_AT:
            return summary.accepted_at.isoformat()
        if column == WINDOW:
            return summary.window_no
        if column == RESIDENT:
            return self._name_keys.get(summary.resident_name, summary.resident_name)
        if column == STATUS:
            return list(RequestStatus).index(summary.status)
        if column == DUE_ON:
            return summary.due_on.toordinal()
        if column == REMAINING:
            days = self.days_left(summary)
            if days is not None:
                return days
            return _PAUSED_SORT if summary.status is RequestStatus.PAUSED else _FINISHED_SORT
        return self._display(summary, column)

    def _tooltip(self, summary: RequestSummary, column: int, overdue: bool) -> str | None:
        if overdue:
            return self.tr("Overdue: promised for {date}").format(date=summary.due_on.isoformat())
        if column == REMAINING and summary.status is RequestStatus.PAUSED:
            return self.tr("Waiting for the resident: the promised date moves on when it resumes")
        if column == SERVICE:
            return "\n".join(text for text in (summary.service_name, summary.department) if text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        headers = (
            self.tr("Receipt no."),
            self.tr("Accepted at"),
            self.tr("Window"),
            self.tr("Applicant"),
            self.tr("ID number"),
            self.tr("Service"),
            self.tr("Status"),
            self.tr("Promised by"),
            self.tr("Left / overdue"),
        )
        return headers[section] if 0 <= section < len(headers) else None


class RequestSortProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; ties keep the receipt order (what the clerk expects to see)."""

    def __init__(self, source: RequestTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:
            source = self.sourceModel()
            first = source.index(left.row(), RECEIPT_NO).data()
            second = source.index(right.row(), RECEIPT_NO).data()
            return str(first) < str(second)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
