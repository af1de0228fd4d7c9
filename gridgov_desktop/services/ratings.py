"""政务服务"好差评": the resident's rating of a completed request, and the rectification of every
bad review (不满意 / 非常不满意) — the measures taken and the reply to the resident, due within a
set number of working days (an office setting, 15 by default).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.service_requests import RatingLevel, RectificationStatus, RequestStatus
from gridgov_desktop.domain.working_days import working_days_after
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.request_views import load_detail, rectification_info
from gridgov_desktop.services.service_requests import _request_by_number, local_now
from gridgov_desktop.services.service_types import RectificationInfo, RequestDetail

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables_service import Rectification

RECTIFICATION_DAYS_KEY = "service.rectification_days"
DEFAULT_RECTIFICATION_DAYS = 15
MAX_TEXT_LENGTH = 2000

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "not_completed"): (
        "事项办结后才能评价。",
        "A request can be rated once it is completed.",
    ),
    ("validation", "rectify_first"): (
        "请先填写整改措施，再回复群众。",
        "Record the measures taken before replying to the resident.",
    ),
    ("validation", "already_replied"): (
        "该差评已回复群众，整改记录已办结。",
        "The resident has been answered: this rectification is closed.",
    ),
    ("validation", "rectification_days"): (
        "整改时限应为1–60个工作日。",
        "The rectification limit must be 1–60 working days.",
    ),
    ("validation", "text_too_long"): (
        "内容过长（最多{maximum}字）。",
        "The text is too long (at most {maximum} characters).",
    ),
}


def rectification_days(db: Database) -> int:
    """Working days allowed to rectify a bad review and reply (setting, default 15)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppSetting

    with db.session() as session:
        value = session.scalar(select(AppSetting.value).where(AppSetting.key == RECTIFICATION_DAYS_KEY))
    return int(value) if value and value.isdigit() else DEFAULT_RECTIFICATION_DAYS


def set_rectification_days(db: Database, actor: Actor, days: int) -> None:
    require(actor, Permission.MANAGE_CATALOGUE)
    from gridgov_desktop.db.tables import AppSetting

    if not 1 <= days <= 60:
        raise ValidationError("rectification_days", field="rectification_days")
    with db.session(write=True) as session:
        session.merge(AppSetting(key=RECTIFICATION_DAYS_KEY, value=str(days)))
        audit.record(session, actor, "update", "setting", RECTIFICATION_DAYS_KEY, after={"days": days})


def rate_request(
    db: Database,
    actor: Actor,
    receipt_no: str,
    level: RatingLevel,
    comment: str = "",
    *,
    now: dt.datetime | None = None,
) -> RequestDetail:
    """Record the resident's rating; a bad one opens a rectification record with its deadline."""
    require(actor, Permission.SERVE_AT_WINDOW)
    from sqlalchemy.exc import IntegrityError

    from gridgov_desktop.db.tables_service import Rectification, RequestEventRow, ServiceRating
    from gridgov_desktop.services.work_calendar import load_calendar

    comment = _text(comment)
    now = now or local_now()
    days = rectification_days(db)
    calendar = load_calendar(db)
    with db.session(write=True) as session:
        request = _request_by_number(session, receipt_no)
        if request.status not in (RequestStatus.COMPLETED.value, RequestStatus.COLLECTED.value):
            raise ValidationError("not_completed", field="rating")
        if _rating_of(session, request.id) is not None:
            raise Duplicate(entity="service_rating", key=receipt_no)
        rating = ServiceRating(
            request_id=request.id,
            level=level.value,
            comment=comment,
            rated_at=now,
            rated_on=now.date(),
            recorded_by=actor.display_name,
        )
        session.add(rating)
        try:
            session.flush()
        except IntegrityError:  # another desk recorded its rating a moment ago (PostgreSQL)
            raise Duplicate(entity="service_rating", key=receipt_no) from None
        if level.is_bad:
            session.add(
                Rectification(
                    rating_id=rating.id,
                    request_id=request.id,
                    opened_on=now.date(),
                    due_on=working_days_after(now.date(), days, calendar),
                    status=RectificationStatus.OPEN.value,
                )
            )
        session.add(
            RequestEventRow(
                request_id=request.id,
                at=now,
                action="rated",
                from_status=None,
                to_status=None,
                user_id=actor.user_id,
                username=actor.username,
                user_display=actor.display_name,
                note=f"评价：{level.label_zh}" + (f"（{comment}）" if comment else ""),
            )
        )
        audit.record(
            session, actor, "create", "service_rating", receipt_no, after={"level": level.value}
        )
        session.flush()
        return load_detail(session, request)


def record_measures(
    db: Database,
    actor: Actor,
    rectification_id: int,
    measures: str,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> RectificationInfo:
    """The follow-up of a bad review: what was done about it (整改措施)."""
    return _update(db, actor, rectification_id, expected_version, measures=_text(measures), today=today)


def reply_to_resident(
    db: Database,
    actor: Actor,
    rectification_id: int,
    reply: str,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> RectificationInfo:
    """The reply given to the resident (回复群众), which closes the rectification."""
    return _update(db, actor, rectification_id, expected_version, reply=_text(reply), today=today)


def rectifications(db: Database, actor: Actor, *, open_only: bool = False) -> list[RectificationInfo]:
    """Bad-review follow-ups, earliest deadline first."""
    require(actor, Permission.VIEW_SERVICE_REGISTERS)
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import Rectification, ServiceRating, ServiceRequest

    query = (
        select(Rectification, ServiceRequest.receipt_no, ServiceRating.comment)
        .join(ServiceRequest, ServiceRequest.id == Rectification.request_id)
        .join(ServiceRating, ServiceRating.id == Rectification.rating_id)
        .order_by(Rectification.due_on, Rectification.id)
    )
    if open_only:
        query = query.where(Rectification.status != RectificationStatus.REPLIED.value)
    with db.session() as session:
        return [
            rectification_info(row, number, problem) for row, number, problem in session.execute(query)
        ]


def _update(
    db: Database,
    actor: Actor,
    rectification_id: int,
    expected_version: int,
    *,
    measures: str | None = None,
    reply: str | None = None,
    today: dt.date | None = None,
) -> RectificationInfo:
    require(actor, Permission.FOLLOW_UP_RATINGS)
    from sqlalchemy.orm.exc import StaleDataError

    from gridgov_desktop.db.tables_service import Rectification

    today = today or local_now().date()
    try:
        with db.session(write=True) as session:
            row = session.get(Rectification, rectification_id)
            if row is None:
                raise NotFound(entity="rectification", key=rectification_id)
            if row.version != expected_version:
                raise Conflict(entity="rectification", key=rectification_id)
            if row.status == RectificationStatus.REPLIED.value:
                raise ValidationError("already_replied", field="rectification")
            before = {"status": row.status}
            if measures is not None:
                if not measures:
                    raise ValidationError("required", field="measures")
                row.measures = measures
                row.rectified_on = today
                row.status = RectificationStatus.RECTIFIED.value
            if reply is not None:
                if not reply:
                    raise ValidationError("required", field="reply")
                if row.status != RectificationStatus.RECTIFIED.value:
                    raise ValidationError("rectify_first", field="reply")
                row.reply = reply
                row.replied_on = today
                row.status = RectificationStatus.REPLIED.value
            row.handled_by = actor.display_name
            audit.record(
                session,
                actor,
                "update",
                "rectification",
                row.id,
                before=before,
                after={"status": row.status},
            )
            session.flush()
            return _info(session, row)
    except StaleDataError:  # saved at another desk between our read and our write (PostgreSQL)
        raise Conflict(entity="rectification", key=rectification_id) from None


def _info(session: Session, row: Rectification) -> RectificationInfo:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceRating, ServiceRequest

    number = session.scalar(select(ServiceRequest.receipt_no).where(ServiceRequest.id == row.request_id))
    problem = session.scalar(select(ServiceRating.comment).where(ServiceRating.id == row.rating_id))
    return rectification_info(row, number or "", problem or "")


def _rating_of(session: Session, request_id: int) -> int | None:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceRating

    return session.scalar(select(ServiceRating.id).where(ServiceRating.request_id == request_id))


def _text(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_TEXT_LENGTH:
        raise ValidationError("text_too_long", field="text", maximum=MAX_TEXT_LENGTH)
    return value
