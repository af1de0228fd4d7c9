"""What the service registers and statistics share: the period check, the scope (office, part of
the tree, window) with its filters on the requests, the 逾期 rule, and the audit of a print.

A request keeps the household path its resident had when it was accepted, so "the residents of a
part of the tree" is one range on an indexed column (``db.queries.starts_with``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.db.tables_service import ServiceRequest
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.domain.working_days import (
    WorkCalendar,
    working_days_after,
    working_days_between,
)
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.request_views import office_lines
from gridgov_desktop.services.service_register_types import RegisterScope, ServiceRegisterKind

# "print" and "export" are audited; "view" (figures on screen) is not.
Purpose = Literal["print", "export", "view"]
MAX_PERIOD_DAYS = 3 * 366  # a register or statistics of up to three years
WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


def check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError(
            "period_order", field="period", date_from=date_from.isoformat(),
            date_to=date_to.isoformat(),
        )  # fmt: skip
    if (date_to - date_from).days >= MAX_PERIOD_DAYS:
        raise ValidationError("period_too_long", field="period", maximum=MAX_PERIOD_DAYS)


def load_scope(
    session: Session, node_id: int | None, window_no: int | None
) -> tuple[RegisterScope, str | None]:
    """The scope as printed, and the subtree's path (None: every request, those of residents
    without a household too). ``NotFound`` for an unknown node."""
    office = office_lines(session).name
    if node_id is None:
        return RegisterScope(office, window_no=window_no), None
    path = session.scalar(select(OrgNode.path).where(OrgNode.id == node_id))
    if path is None:
        raise NotFound(entity="node", key=node_id)
    lineage = [int(part) for part in path.strip("/").split("/")]
    query = select(OrgNode.id, OrgNode.name).where(OrgNode.id.in_(lineage))
    names = {node: name for node, name in session.execute(query)}
    node_names = tuple(names[i] for i in lineage if i in names)
    return RegisterScope(office, node_id, node_names, window_no), path


def request_filters(path: str | None, window_no: int | None) -> list[ColumnElement[bool]]:
    """The requests of residents of the subtree at ``path`` (all when None), at one window."""
    filters: list[ColumnElement[bool]] = []
    if path is not None:
        filters.append(starts_with(ServiceRequest.node_path, path))
    if window_no is not None:
        filters.append(ServiceRequest.window_no == window_no)
    return filters


def is_overdue(
    status: RequestStatus,
    due_on: dt.date,
    completed_on: dt.date | None,
    paused_on: dt.date | None,
    today: dt.date,
    calendar: WorkCalendar,
) -> bool:
    """逾期: completed after the due date, or open past it ``today`` (as the worklists say: past
    the due date's end), where a running pause has moved the due date on."""
    if completed_on is not None:
        return completed_on > due_on
    if not status.is_open:
        return False
    paused = paused_on if status is RequestStatus.PAUSED else None
    return today > due_on_at(due_on, paused, today, calendar)


def due_on_at(
    due_on: dt.date, paused_on: dt.date | None, at: dt.date, calendar: WorkCalendar
) -> dt.date:
    """The due date on ``at`` of a request paused since ``paused_on`` (None: not paused): moved on
    by the working days the pause has lasted so far, as resuming on ``at`` would move it."""
    if paused_on is None or at <= paused_on:
        return due_on
    return working_days_after(due_on, working_days_between(paused_on, at, calendar), calendar)


def audit_register(
    db: Database,
    actor: Actor,
    kind: ServiceRegisterKind,
    purpose: Purpose,
    scope: RegisterScope,
    rows: int,
    details: dict[str, Any],
) -> None:
    """Log a print or an export in a short transaction of its own, after the read (as
    ``services.registers`` does): if this fails the caller gets the error, not the data."""
    if purpose == "view":
        return
    after = {"register": kind.value, "node_id": scope.node_id, "window": scope.window_no}
    after.update(rows=rows, **details)
    with db.session(write=True) as session:
        audit.record(session, actor, purpose, "service_register", kind.value, after=after)


def masked(id_number: str | None) -> str:
    return mask_id_number(id_number) if id_number else ""


def day_label(day: dt.date) -> str:
    """ "2026年11月21日 星期六" """
    return f"{day.year}年{day.month}月{day.day}日 {WEEKDAYS_ZH[day.weekday()]}"
