"""服务事项统计表: the requests accepted in a period over any part of the tree, per service and month,
with how many were completed, on time, late or refused, and how the residents rated them.

One query reads the period's requests (a few columns each, with the rating if there is one) and the
figures are summed here: the months of a period are cut the same way on SQLite and PostgreSQL, and
a year of a busy hall is tens of thousands of rows, well within a second.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables_service import (
    ServiceItem,
    ServiceItemVersion,
    ServiceRating,
    ServiceRequest,
)
from gridgov_desktop.domain.service_requests import RatingLevel, RequestStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.service_register_common import (
    Purpose,
    audit_register,
    check_period,
    is_overdue,
    load_scope,
    request_filters,
)
from gridgov_desktop.services.service_register_types import (
    ServiceRegisterKind,
    ServiceStatistics,
    StatisticsRow,
)
from gridgov_desktop.services.service_requests import local_now
from gridgov_desktop.services.work_calendar import load_calendar

_SCORES = {level.value: level.score for level in RatingLevel}
_BAD = frozenset(level.value for level in RatingLevel if level.is_bad)


class _Tally:
    """The running figures of one service."""

    __slots__ = (
        "accepted", "bad", "completed", "months", "on_time", "overdue", "rated", "refused", "scores",
    )  # fmt: skip

    def __init__(self, months: int) -> None:
        self.months = [0] * months
        self.accepted = self.completed = self.on_time = self.overdue = self.refused = 0
        self.rated = self.scores = self.bad = 0

    def row(self, code: str, name: str, department: str) -> StatisticsRow:
        return StatisticsRow(
            code, name, department, tuple(self.months), self.accepted, self.completed,
            self.on_time, self.overdue, self.refused, self.rated, self.scores, self.bad,
        )  # fmt: skip


def service_statistics(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    *,
    node_id: int | None = None,
    window_no: int | None = None,
    today: dt.date | None = None,
    purpose: Purpose = "print",
) -> ServiceStatistics:
    """Figures of the requests accepted from ``date_from`` to ``date_to`` (both included) of
    residents of ``node_id``'s subtree (everyone when None): a row per service of the catalogue
    (those no longer offered only if they had requests), in the catalogue's order, and the totals.

    "Overdue" counts the requests completed late and those still open past their due date on
    ``today``; ratings are those of the period's requests, whenever they were given.
    """
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    check_period(date_from, date_to)
    today = today or local_now().date()
    calendar = load_calendar(db)
    months = _months(date_from, date_to)
    column_of = {month: index for index, month in enumerate(months)}
    query = (
        select(
            ServiceRequest.service_item_id, ServiceRequest.accepted_on, ServiceRequest.status,
            ServiceRequest.due_on, ServiceRequest.completed_on, ServiceRequest.paused_on,
            ServiceRating.level,
        )
        .outerjoin(ServiceRating, ServiceRating.request_id == ServiceRequest.id)
        .where(ServiceRequest.accepted_on >= date_from, ServiceRequest.accepted_on <= date_to)
    )  # fmt: skip
    items = (
        select(ServiceItem.id, ServiceItem.code, ServiceItem.is_active, ServiceItemVersion.name,
               ServiceItemVersion.department)
        .join(ServiceItemVersion, ServiceItemVersion.id == ServiceItem.current_version_id)
        .order_by(ServiceItem.sort_order, ServiceItem.code)
    )  # fmt: skip
    with db.session() as session:
        scope, path = load_scope(session, node_id, window_no)
        connection = session.connection()
        rows = connection.execute(query.where(*request_filters(path, window_no))).all()
        catalogue = connection.execute(items).all()
    tallies: dict[int, _Tally] = defaultdict(lambda: _Tally(len(months)))
    total = _Tally(len(months))
    for item_id, accepted_on, status_text, due_on, completed_on, paused_on, level in rows:
        status = RequestStatus(status_text)
        late = is_overdue(status, due_on, completed_on, paused_on, today, calendar)
        for tally in (tallies[item_id], total):
            tally.months[column_of[(accepted_on.year, accepted_on.month)]] += 1
            tally.accepted += 1
            if completed_on is not None:
                tally.completed += 1
                tally.on_time += not late
            tally.overdue += late
            tally.refused += status is RequestStatus.REFUSED
            if level is not None:
                tally.rated += 1
                tally.scores += _SCORES[level]
                tally.bad += level in _BAD
    service_rows = tuple(
        tallies[item_id].row(code, name, department) if item_id in tallies else
        _Tally(len(months)).row(code, name, department)
        for item_id, code, active, name, department in catalogue
        if active or item_id in tallies
    )  # fmt: skip
    statistics = ServiceStatistics(
        scope, date_from, date_to, today, tuple(months), service_rows, total.row("", "合计", "")
    )
    audit_register(
        db, actor, ServiceRegisterKind.STATISTICS, purpose, scope, total.accepted,
        {"from": date_from.isoformat(), "to": date_to.isoformat()},
    )  # fmt: skip
    return statistics


def _months(date_from: dt.date, date_to: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
