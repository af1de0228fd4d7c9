"""What the service window's registers (台账) show: the requests accepted in a period, what is or
was overdue, and the 好差评 ratings with their rectifications.

Each function is one service call for one register: a query or two (a month of a busy hall is
thousands of requests), then plain frozen data for ``pdf.service_registers`` and the .xlsx writer.
Any register may be narrowed to one window and to the residents of a part of the tree
(``service_register_common``). ID numbers are always masked. Reading needs
``VIEW_SERVICE_REGISTERS``; every print or export is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Resident
from gridgov_desktop.db.tables_service import (
    Rectification,
    ServiceItem,
    ServiceItemVersion,
    ServiceRating,
    ServiceRequest,
)
from gridgov_desktop.domain.service_requests import RatingLevel, RectificationStatus, RequestStatus
from gridgov_desktop.domain.working_days import working_days_between
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.request_views import office_lines
from gridgov_desktop.services.service_register_common import (
    MAX_PERIOD_DAYS as MAX_PERIOD_DAYS,  # re-exported: the registers' callers limit periods by it
)
from gridgov_desktop.services.service_register_common import (
    Purpose,
    audit_register,
    check_period,
    day_label,
    due_on_at,
    is_overdue,
    load_scope,
    masked,
    request_filters,
)
from gridgov_desktop.services.service_register_types import (
    Grouping,
    OverdueRegister,
    OverdueRow,
    RatingRegister,
    RatingRow,
    RegisterScope,
    ServiceGroup,
    ServiceRegister,
    ServiceRegisterKind,
    ServiceRow,
)
from gridgov_desktop.services.service_requests import local_now
from gridgov_desktop.services.work_calendar import load_calendar

_OPEN = (RequestStatus.ACCEPTED.value, RequestStatus.IN_PROGRESS.value, RequestStatus.PAUSED.value)
_RESIDENT = Resident.name.label("resident")
_SERVICE = ServiceItemVersion.name.label("service")


def service_register(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    *,
    grouping: Grouping = Grouping.DAY,
    window_no: int | None = None,
    node_id: int | None = None,
    today: dt.date | None = None,
    purpose: Purpose = "print",
) -> ServiceRegister:
    """The requests accepted from ``date_from`` to ``date_to`` (both included), banded by
    ``grouping``, each band in the order of acceptance. A request still open is 逾期 when ``today``
    (default: today) is past its due date."""
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    check_period(date_from, date_to)
    today = today or local_now().date()
    calendar = load_calendar(db)
    query = (
        select(
            ServiceRequest.receipt_no, ServiceRequest.accepted_at, ServiceRequest.window_no,
            ServiceRequest.clerk_name, _RESIDENT, Resident.id_number, ServiceItem.code, _SERVICE,
            ServiceItemVersion.department, ServiceRequest.status, ServiceRequest.promised_on,
            ServiceRequest.due_on, ServiceRequest.completed_on, ServiceRequest.paused_on,
            ServiceItem.sort_order,
        )
        .join(Resident, Resident.id == ServiceRequest.resident_id)
        .join(ServiceItem, ServiceItem.id == ServiceRequest.service_item_id)
        .join(ServiceItemVersion, ServiceItemVersion.id == ServiceRequest.service_version_id)
        .where(ServiceRequest.accepted_on >= date_from, ServiceRequest.accepted_on <= date_to)
        .order_by(ServiceRequest.accepted_at, ServiceRequest.receipt_no)
    )  # fmt: skip
    with db.session() as session:
        scope, path = load_scope(session, node_id, window_no)
        rows = session.connection().execute(query.where(*request_filters(path, window_no))).all()
    order: dict[str, int] = {}  # a service's place in the catalogue, for its band
    register_rows = []
    for row in rows:
        status = RequestStatus(row.status)
        order.setdefault(row.code, row.sort_order)
        late = is_overdue(status, row.due_on, row.completed_on, row.paused_on, today, calendar)
        register_rows.append(ServiceRow(
            row.receipt_no, row.accepted_at, row.window_no, row.clerk_name, row.resident,
            masked(row.id_number), row.code, row.service, row.department, status, row.promised_on,
            row.due_on, row.completed_on, late,
        ))  # fmt: skip
    groups = _groups(register_rows, grouping, order)
    register = ServiceRegister(scope, date_from, date_to, grouping, today, groups)
    details = {"from": date_from.isoformat(), "to": date_to.isoformat(), "by": grouping.value}
    kind = ServiceRegisterKind.SERVICES
    audit_register(db, actor, kind, purpose, scope, register.count, details)
    return register


def overdue_register(
    db: Database,
    actor: Actor,
    *,
    at: dt.date | None = None,
    date_from: dt.date | None = None,
    window_no: int | None = None,
    node_id: int | None = None,
    purpose: Purpose = "print",
) -> OverdueRegister:
    """逾期事项台账 on ``at`` (default today): the requests open past their due date that day, most
    overdue first, and those completed late from ``date_from`` (default the first of ``at``'s
    month) to ``at``. Days overdue are working days.

    A request completed since ``at`` counts as open on ``at``; one paused counts only if its due
    date had passed when it was paused (its clock stopped then).
    """
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    at = at or local_now().date()
    date_from = date_from or at.replace(day=1)
    check_period(date_from, at)
    calendar = load_calendar(db)
    completed = ServiceRequest.completed_on
    columns = (
        select(
            ServiceRequest.receipt_no, ServiceRequest.accepted_on, ServiceRequest.window_no,
            ServiceRequest.clerk_name, _RESIDENT, Resident.id_number, _SERVICE,
            ServiceItemVersion.department, ServiceRequest.status, ServiceRequest.due_on,
            completed, ServiceRequest.paused_on,
        )
        .join(Resident, Resident.id == ServiceRequest.resident_id)
        .join(ServiceItemVersion, ServiceItemVersion.id == ServiceRequest.service_version_id)
    )  # fmt: skip
    with db.session() as session:
        scope, path = load_scope(session, node_id, window_no)
        filters = request_filters(path, window_no)
        # Open on ``at``: open now (so never refused), or completed after ``at``.
        open_then = columns.where(
            ServiceRequest.accepted_on <= at,
            ServiceRequest.due_on < at,
            ServiceRequest.status.in_(_OPEN) | (completed > at),
            *filters,
        )
        late = columns.where(
            completed >= date_from, completed <= at, completed > ServiceRequest.due_on, *filters
        ).order_by(completed, ServiceRequest.receipt_no)
        connection = session.connection()
        open_rows = connection.execute(open_then).all()
        late_rows = connection.execute(late).all()
    still_open = []
    for row in open_rows:
        paused_on = row.paused_on if row.status == RequestStatus.PAUSED.value else None
        due = due_on_at(row.due_on, paused_on, at, calendar)
        if at > due:
            still_open.append(_overdue_row(row, due, None, working_days_between(due, at, calendar)))
    still_open.sort(key=lambda r: (-r.days_overdue, r.due_on, r.receipt_no))
    done_late = tuple(
        _overdue_row(row, row.due_on, row.completed_on,
                     working_days_between(row.due_on, row.completed_on, calendar))
        for row in late_rows
    )  # fmt: skip
    register = OverdueRegister(scope, date_from, at, tuple(still_open), done_late)
    details = {"from": date_from.isoformat(), "at": at.isoformat()}
    kind = ServiceRegisterKind.OVERDUE
    audit_register(db, actor, kind, purpose, scope, register.count, details)
    return register


def rating_register(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    *,
    bad_only: bool = False,
    window_no: int | None = None,
    node_id: int | None = None,
    today: dt.date | None = None,
    purpose: Purpose = "print",
) -> RatingRegister:
    """好差评及整改台账: the ratings recorded from ``date_from`` to ``date_to`` in the order given,
    each bad one with its rectification (deadline, measures, reply, status); ``today`` judges
    whether an unanswered rectification is past its deadline."""
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    check_period(date_from, date_to)
    query = (
        select(
            ServiceRequest.receipt_no, ServiceRating.rated_at, ServiceRequest.window_no,
            ServiceRequest.clerk_name, _RESIDENT, _SERVICE, ServiceRating.level,
            ServiceRating.comment, Rectification.status, Rectification.due_on,
            Rectification.measures, Rectification.rectified_on, Rectification.reply,
            Rectification.replied_on,
        )
        .join(ServiceRequest, ServiceRequest.id == ServiceRating.request_id)
        .join(Resident, Resident.id == ServiceRequest.resident_id)
        .join(ServiceItemVersion, ServiceItemVersion.id == ServiceRequest.service_version_id)
        .outerjoin(Rectification, Rectification.rating_id == ServiceRating.id)
        .where(ServiceRating.rated_on >= date_from, ServiceRating.rated_on <= date_to)
        .order_by(ServiceRating.rated_at, ServiceRequest.receipt_no)
    )  # fmt: skip
    if bad_only:
        query = query.where(ServiceRating.level.in_([lv.value for lv in RatingLevel if lv.is_bad]))
    with db.session() as session:
        scope, path = load_scope(session, node_id, window_no)
        rows = session.connection().execute(query.where(*request_filters(path, window_no))).all()
    register_rows = tuple(_rating_row(row) for row in rows)
    today = today or local_now().date()
    register = RatingRegister(scope, date_from, date_to, today, bad_only, register_rows)
    details = {"from": date_from.isoformat(), "to": date_to.isoformat(), "bad_only": bad_only}
    kind = ServiceRegisterKind.RATINGS
    audit_register(db, actor, kind, purpose, scope, len(register_rows), details)
    return register


def audit_worklist_print(
    db: Database, actor: Actor, *, title: str, scope: str, count: int, purpose: Purpose = "print"
) -> str:
    """Record the print (or export) of a worklist as the clerk sees it; returns the office's name
    for the document's head."""
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    with db.session() as session:
        office = office_lines(session).name
    kind, details = ServiceRegisterKind.WORKLIST, {"title": title, "scope": scope}
    audit_register(db, actor, kind, purpose, RegisterScope(office), count, details)
    return office


def _overdue_row(row: Any, due_on: dt.date, completed_on: dt.date | None, days: int) -> OverdueRow:
    return OverdueRow(
        row.receipt_no, row.accepted_on, row.window_no, row.clerk_name, row.resident,
        masked(row.id_number), row.service, row.department, RequestStatus(row.status), due_on,
        completed_on, days,
    )  # fmt: skip


def _rating_row(row: Any) -> RatingRow:
    return RatingRow(
        row.receipt_no, row.rated_at, row.window_no, row.clerk_name, row.resident, row.service,
        RatingLevel(row.level), row.comment or "",
        RectificationStatus(row.status) if row.status else None, row.due_on, row.measures or "",
        row.rectified_on, row.reply or "", row.replied_on,
    )  # fmt: skip


def _groups(
    rows: list[ServiceRow], grouping: Grouping, service_order: dict[str, int]
) -> tuple[ServiceGroup, ...]:
    """The rows banded by ``grouping``: days and windows in order, services in the catalogue's
    order, departments in the order of their first service in the catalogue."""
    bands: dict[str, list[ServiceRow]] = {}
    for row in rows:
        bands.setdefault(_key(row, grouping), []).append(row)
    if grouping is Grouping.SERVICE:
        keys = sorted(bands, key=lambda code: (service_order.get(code, 0), code))
    elif grouping is Grouping.DEPARTMENT:
        first = {k: min(service_order.get(r.service_code, 0) for r in v) for k, v in bands.items()}
        keys = sorted(bands, key=lambda department: (first[department], department))
    else:
        keys = sorted(bands)
    return tuple(ServiceGroup(key, _label(bands[key], grouping), tuple(bands[key])) for key in keys)


def _key(row: ServiceRow, grouping: Grouping) -> str:
    if grouping is Grouping.DAY:
        return row.accepted_at.date().isoformat()
    if grouping is Grouping.WINDOW:
        return f"{row.window_no:03d}"
    if grouping is Grouping.SERVICE:
        return row.service_code
    return row.department


def _label(rows: list[ServiceRow], grouping: Grouping) -> str:
    first = rows[0]
    if grouping is Grouping.DAY:
        return day_label(first.accepted_at.date())
    if grouping is Grouping.WINDOW:
        return f"第{first.window_no}号窗口"
    if grouping is Grouping.SERVICE:
        return rows[-1].service_name  # the name of its latest version in the period
    return first.department
