"""The window's worklists: due today, overdue, waiting for collection, paused — per window or for
the whole hall.

Each list is one indexed query on (status, due date); a paused request's clock is stopped, so it is
never due or overdue while paused.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_requests import _require_reader, local_now
from gridgov_desktop.services.service_types import RequestSummary

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement


class Worklist(StrEnum):
    DUE_TODAY = "due_today"  # 今日到期
    OVERDUE = "overdue"  # 已逾期
    AWAITING_COLLECTION = "awaiting_collection"  # 待取件
    PAUSED = "paused"  # 已暂停
    OPEN = "open"  # 全部在办
    ACCEPTED_TODAY = "accepted_today"  # 今日受理

    @property
    def label_zh(self) -> str:
        return _LABELS[self]


_LABELS = {
    Worklist.DUE_TODAY: "今日到期",
    Worklist.OVERDUE: "已逾期",
    Worklist.AWAITING_COLLECTION: "待取件",
    Worklist.PAUSED: "已暂停",
    Worklist.OPEN: "全部在办",
    Worklist.ACCEPTED_TODAY: "今日受理",
}

_RUNNING = (RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value)


def worklist(
    db: Database,
    actor: Actor,
    kind: Worklist,
    *,
    window_no: int | None = None,
    today: dt.date | None = None,
) -> list[RequestSummary]:
    """The requests of ``kind``, most urgent first; ``window_no`` None means the whole hall."""
    _require_reader(actor)
    from gridgov_desktop.db.tables_service import ServiceRequest
    from gridgov_desktop.services.request_views import summary_from_row, summary_select

    today = today or local_now().date()
    query = summary_select().where(*_conditions(kind, today, window_no))
    query = query.order_by(ServiceRequest.due_on, ServiceRequest.receipt_no)
    with db.session() as session:
        return [summary_from_row(row) for row in session.execute(query)]


def worklist_counts(
    db: Database, actor: Actor, *, window_no: int | None = None, today: dt.date | None = None
) -> dict[Worklist, int]:
    """How many requests each worklist holds (for the tabs' labels)."""
    _require_reader(actor)
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables_service import ServiceRequest

    today = today or local_now().date()
    counts: dict[Worklist, int] = {}
    with db.session() as session:
        for kind in Worklist:
            query = select(func.count()).select_from(ServiceRequest)
            if kind is Worklist.AWAITING_COLLECTION:
                query = _join_version(query)
            counts[kind] = session.scalar(query.where(*_conditions(kind, today, window_no))) or 0
    return counts


def _join_version(query: Any) -> Any:
    from gridgov_desktop.db.tables_service import ServiceItemVersion, ServiceRequest

    return query.join(ServiceItemVersion, ServiceItemVersion.id == ServiceRequest.service_version_id)


def _conditions(kind: Worklist, today: dt.date, window_no: int | None) -> list[ColumnElement[bool]]:
    from gridgov_desktop.db.tables_service import ServiceItemVersion, ServiceRequest

    status = ServiceRequest.status
    conditions: list[ColumnElement[bool]]
    if kind is Worklist.DUE_TODAY:
        conditions = [status.in_(_RUNNING), ServiceRequest.due_on == today]
    elif kind is Worklist.OVERDUE:
        conditions = [status.in_(_RUNNING), ServiceRequest.due_on < today]
    elif kind is Worklist.AWAITING_COLLECTION:
        conditions = [status == RequestStatus.COMPLETED.value, ServiceItemVersion.must_collect.is_(True)]
    elif kind is Worklist.PAUSED:
        conditions = [status == RequestStatus.PAUSED.value]
    elif kind is Worklist.OPEN:
        conditions = [status.in_((*_RUNNING, RequestStatus.PAUSED.value))]
    else:
        conditions = [ServiceRequest.accepted_on == today]
    if window_no is not None:
        conditions.append(ServiceRequest.window_no == window_no)
    return conditions
