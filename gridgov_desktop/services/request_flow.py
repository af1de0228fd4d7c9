"""Moving a request along: start, pause and resume, complete, refuse (with a reason), collect (with
the collector's ID checked). Each move is one dated line of the request's history and one audit
entry.

Two clerks may have the same request open. Every move names the version the clerk saw; if someone
else moved the request since, the move is refused with who did it and when (``Conflict``), never
silently applied over their change.

A pause stops the clock: on resuming, the promised date moves on by the working days spent paused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, ValidationError
from gridgov_desktop.domain.id_number import parse_id_number
from gridgov_desktop.domain.service_requests import RequestAction, RequestStatus, next_status
from gridgov_desktop.domain.working_days import (
    WorkCalendar,
    working_days_after,
    working_days_between,
)
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.conflicts import changed_by
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.request_views import load_detail
from gridgov_desktop.services.service_requests import _request_by_number, local_now
from gridgov_desktop.services.service_types import RequestDetail

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables_service import ServiceRequest

MAX_NOTE_LENGTH = 500

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("conflict", "changed_by"): (
        "{entity} {key} 已由 {by} 于 {at} 修改（现为“{status}”）。请重新加载后再操作。",
        "{entity} {key} was changed by {by} at {at} (now “{status}”). Reload it, then try again.",
    ),
    ("validation", "move_not_allowed"): (
        "“{status}”的事项不能“{action}”。",
        "A request that is “{status}” cannot be “{action}”.",
    ),
    ("validation", "reason_required"): (
        "请填写{what}。",
        "Please give the {what_en}.",
    ),
    ("validation", "collector_id_mismatch"): (
        "取件人自称申请人本人，但证件号码与申请人登记的不符。",
        "The collector says they are the applicant, but the ID number differs from the applicant's.",
    ),
    ("validation", "note_too_long"): (
        "说明过长（最多{maximum}字）。",
        "The note is too long (at most {maximum} characters).",
    ),
}


@dataclass(frozen=True)
class Collector:
    """Who collected the result: the applicant or someone on their behalf, ID checked."""

    name: str
    id_number: str


def advance(
    db: Database,
    actor: Actor,
    receipt_no: str,
    action: RequestAction,
    *,
    expected_version: int,
    note: str = "",
    collector: Collector | None = None,
    now: dt.datetime | None = None,
) -> RequestDetail:
    """Apply ``action`` to the request if nobody moved it since ``expected_version``.

    ``note`` is the reason for a refusal and what is awaited for a pause (both required).
    """
    require(actor, Permission.SERVE_AT_WINDOW)
    from sqlalchemy.orm.exc import StaleDataError

    from gridgov_desktop.services.work_calendar import load_calendar

    note = note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError("note_too_long", field="note", maximum=MAX_NOTE_LENGTH)
    now = now or local_now()
    calendar = load_calendar(db)
    try:
        with db.session(write=True) as session:
            request = _request_by_number(session, receipt_no)
            if request.version != expected_version:
                raise _changed(request)
            status = RequestStatus(request.status)
            resume_to = RequestStatus(request.resume_status) if request.resume_status else None
            target = next_status(status, action, resume_to)
            if target is None:
                raise ValidationError(
                    "move_not_allowed",
                    field="status",
                    status=status.label_zh,
                    action=action.label_zh,
                )
            event_note = _apply(session, request, action, target, note, collector, now, calendar)
            request.status = target.value
            request.updated_at = now
            request.updated_by = actor.display_name
            _record(session, actor, request, action, status, target, event_note, now)
            session.flush()
            return load_detail(session, request)
    except StaleDataError:
        # Someone saved between our read and our write: read again to say who.
        with db.session() as session:
            raise _changed(_request_by_number(session, receipt_no)) from None


def _apply(
    session: Session,
    request: ServiceRequest,
    action: RequestAction,
    target: RequestStatus,
    note: str,
    collector: Collector | None,
    now: dt.datetime,
    calendar: WorkCalendar,
) -> str:
    """Set what ``action`` changes besides the status; returns the history line's note."""
    today = now.date()
    if action is RequestAction.REFUSE:
        _require_note(note, "不予受理或退回的理由", "reason for refusing")
        _end_pause(request, today, calendar)
        request.refused_reason = note
    elif action is RequestAction.PAUSE:
        _require_note(note, "暂停原因（等待群众补正的内容）", "reason for pausing")
        request.resume_status = request.status
        request.paused_on = today
    elif action is RequestAction.RESUME:
        days = _end_pause(request, today, calendar)
        request.resume_status = None
        moved = f"暂停{days}个工作日，承诺办结日期顺延至{request.due_on.isoformat()}"
        note = f"{note}；{moved}" if note else moved
    elif action is RequestAction.COMPLETE:
        request.completed_at = now
        request.completed_on = today
    elif action is RequestAction.COLLECT:
        checked = _check_collector(session, request, collector)
        request.collected_at = now
        request.collected_by = checked.name
        request.collected_by_id = checked.id_number
        note = note or f"取件人：{checked.name}"
    return note


def _end_pause(request: ServiceRequest, today: dt.date, calendar: WorkCalendar) -> int:
    """Close a running pause: the working days it lasted move the due date on."""
    if request.paused_on is None:
        return 0
    days = working_days_between(request.paused_on, today, calendar)
    request.paused_days += days
    request.due_on = working_days_after(request.due_on, days, calendar)
    request.paused_on = None
    return days


def _check_collector(
    session: Session, request: ServiceRequest, collector: Collector | None
) -> Collector:
    from gridgov_desktop.db.tables import Resident

    name = collector.name.strip() if collector else ""
    if not name:
        raise ValidationError("required", field="collector_name")
    info = parse_id_number(collector.id_number if collector else "")
    resident = session.get_one(Resident, request.resident_id)
    if name == resident.name and resident.id_number and info.number != resident.id_number:
        raise ValidationError("collector_id_mismatch", field="collector_id")
    return Collector(name=name, id_number=info.number)


def _require_note(note: str, what: str, what_en: str) -> None:
    if not note:
        raise ValidationError("reason_required", field="note", what=what, what_en=what_en)


def _record(
    session: Session,
    actor: Actor,
    request: ServiceRequest,
    action: RequestAction,
    before: RequestStatus,
    after: RequestStatus,
    note: str,
    now: dt.datetime,
) -> None:
    from gridgov_desktop.db.tables_service import RequestEventRow

    session.add(
        RequestEventRow(
            request_id=request.id,
            at=now,
            action=action.value,
            from_status=before.value,
            to_status=after.value,
            user_id=actor.user_id,
            username=actor.username,
            user_display=actor.display_name,
            note=note,
        )
    )
    audit.record(
        session,
        actor,
        "status",
        "service_request",
        request.receipt_no,
        before={"status": before.value},
        after={"status": after.value, "action": action.value, "note": note},
    )


def _changed(request: ServiceRequest) -> Conflict:
    return changed_by(
        "service_request",
        request.receipt_no,
        by=request.updated_by,
        at=request.updated_at,
        status=RequestStatus(request.status).label_zh,
        version=request.version,
        today=local_now().date(),
    )
