"""The table of the bad-review ledger (``dialogs.rectification_dialog``), what it loads, and the ledger
it prints.

Deadlines are working days (the 好差评 rules count them so): the loader works out each follow-up's
working days left on the worker thread, with the calendar; overdue ones are red *and* say
"逾期N个工作日". Dates and days sort by value, not by their text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.service_requests import RectificationStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_types import RectificationInfo
from gridgov_desktop.ui.models.request_table_model import overdue_color
from gridgov_desktop.ui.widgets.foreground_delegate import ForegroundDelegate
from gridgov_desktop.ui.widgets.request_labels import rectification_text

(RECEIPT, OPENED, PROBLEM, DUE, STATUS, LEFT, HANDLED_BY) = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The follow-ups, the time limit in working days, and each follow-up's working days left.
Loaded = tuple[list[RectificationInfo], int, dict[int, int]]


def load_rectifications(db: Database, actor: Actor, open_only: bool, today: dt.date) -> Loaded:
    """Runs on the worker thread; days left are negative when overdue."""
    from gridgov_desktop.domain.working_days import working_days_between
    from gridgov_desktop.services.ratings import rectification_days, rectifications
    from gridgov_desktop.services.work_calendar import load_calendar

    rows = rectifications(db, actor, open_only=open_only)
    calendar = load_calendar(db)
    left = {
        row.id: working_days_between(today, row.due_on, calendar)
        - working_days_between(row.due_on, today, calendar)
        for row in rows
    }
    return rows, rectification_days(db), left


def ledger_pdf(db: Database, actor: Actor, shown: list[RectificationInfo], today: dt.date) -> bytes:
    """好差评及整改台账 of the bad reviews, from the earliest one shown (at most three years)."""
    from gridgov_desktop.pdf.service_registers import register_pdf
    from gridgov_desktop.services.service_registers import MAX_PERIOD_DAYS, rating_register

    earliest = min((row.opened_on for row in shown), default=today.replace(month=1, day=1))
    date_from = max(earliest, today - dt.timedelta(days=MAX_PERIOD_DAYS - 1))
    return register_pdf(rating_register(db, actor, date_from, today, bad_only=True, today=today))


class _Item(QTableWidgetItem):
    """Sorts by its ``SORT_ROLE`` value when it has one (dates, days), else by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text() < other.text()


class RectificationTable(QObject):
    """Fills a ``QTableWidget`` with follow-ups; each row knows its follow-up's id."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        table.setColumnCount(7)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Receipt no."),
                self.tr("Rated on"),
                self.tr("Resident's comment"),
                self.tr("Due by"),
                self.tr("Status"),
                self.tr("Left / overdue"),
                self.tr("Handled by"),
            ]
        )
        table.setItemDelegate(ForegroundDelegate(table))  # overdue red under the theme too
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)

    def fill(self, rows: list[RectificationInfo], left: dict[int, int], today: dt.date) -> None:
        table = self.table
        table.setSortingEnabled(False)
        table.clearContents()
        table.setRowCount(len(rows))
        for row, info in enumerate(rows):
            overdue = info.status is not RectificationStatus.REPLIED and today > info.due_on
            cells: list[tuple[str, Any]] = [
                (info.receipt_no, None),
                (info.opened_on.isoformat(), info.opened_on.toordinal()),
                (info.problem.replace("\n", " ") or "—", None),
                (info.due_on.isoformat(), info.due_on.toordinal()),
                (rectification_text(info.status), list(RectificationStatus).index(info.status)),
                self._left(info, today, left.get(info.id)),
                (info.handled_by, None),
            ]
            for column, (text, sort_value) in enumerate(cells):
                item = _Item(text)
                item.setData(ID_ROLE, info.id)
                if sort_value is not None:
                    item.setData(SORT_ROLE, sort_value)
                if overdue:
                    item.setForeground(overdue_color())
                    item.setToolTip(self.tr("Overdue: due by {date}").format(date=info.due_on))
                elif column == PROBLEM:
                    item.setToolTip(info.problem)
                table.setItem(row, column, item)
        table.setSortingEnabled(True)

    def _left(self, info: RectificationInfo, today: dt.date, days: int | None) -> tuple[str, int]:
        if info.status is RectificationStatus.REPLIED:
            return "", 1_000_000
        days = (info.due_on - today).days if days is None else days
        if today > info.due_on:
            # Due on a Friday, looked at on the Saturday: overdue, by no working day yet.
            return self.tr("Overdue %n working day(s)", "", max(1, -days)), min(days, -1)
        if today == info.due_on:
            return self.tr("Due today"), 0
        return self.tr("%n working day(s) left", "", days), days

    def id_at(self, row: int) -> int | None:
        item = self.table.item(row, RECEIPT)
        return int(item.data(ID_ROLE)) if item is not None else None

    def row_of(self, rectification_id: int) -> int | None:
        return next(
            (row for row in range(self.table.rowCount()) if self.id_at(row) == rectification_id), None
        )
