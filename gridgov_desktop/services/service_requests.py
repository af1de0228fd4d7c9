"""At the window: from the chosen service and the materials brought to a one-time notice or an
accepted request with its numbered receipt.

Each call is one transaction. Accepting takes the day's next receipt number, writes the request,
its materials and the first line of its history, and links the resident's open one-time notice for
the same service; either all of it is saved or none (and the number is not used up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.domain.working_days import working_days_after
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.receipt_numbers import (
    NOTICE_SERIES,
    RECEIPT_SERIES,
    check_code_for,
    format_number,
    next_number,
    parse_receipt_text,
)
from gridgov_desktop.services.request_views import (
    load_detail,
    materials_named,
    office_lines,
    receipt_document,
)
from gridgov_desktop.services.service_types import (
    NoticeDocument,
    ReceiptDocument,
    RequestDetail,
    ServiceVersion,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.db.tables_service import ServiceRequest

# A notice older than this no longer pre-ticks the checklist of the resident's next visit.
NOTICE_MEMORY_DAYS = 180

# Words for the codes raised here (merged into ``messages``).
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "missing_materials"): (
        "尚缺必要材料：{names}。请出具一次性告知书。",
        "Mandatory materials are missing: {names}. Give a one-time notice instead.",
    ),
    ("validation", "nothing_missing"): (
        "必要材料已齐全，无需一次性告知，请直接受理。",
        "Every mandatory material is here: accept the request instead of giving a notice.",
    ),
    ("validation", "unknown_material"): (
        "材料不属于该事项：{detail_ids}。",
        "Materials not on this service's list: {detail_ids}.",
    ),
    ("validation", "window_no"): (
        "窗口号应为1–99之间的数字。",
        "The window number must be between 1 and 99.",
    ),
    ("validation", "not_living_here"): (
        "该居民已迁出或死亡，不能受理新的事项。",
        "This person has moved away or died: no new request can be taken.",
    ),
    ("validation", "invalid_qr"): (
        "回执二维码校验不符：可能是伪造的回执，或号码输入有误。",
        "The receipt's QR check value does not match: a forged receipt, or a mistyped number.",
    ),
    ("validation", "not_a_receipt_number"): (
        "“{text}”不是回执编号（格式如 20261121-0007）。",
        "“{text}” is not a receipt number (like 20261121-0007).",
    ),
}


@dataclass(frozen=True)
class IntakeForm:
    """What the clerk sees after choosing the service: the checklist, pre-ticked from the
    resident's last one-time notice for it, and the date the request would be promised for."""

    resident_id: int
    resident_name: str
    resident_id_masked: str
    service: ServiceVersion
    previously_brought: frozenset[int]  # material ids of ``service`` brought last time
    last_notice_no: str
    promised_on: dt.date


def local_now() -> dt.datetime:
    """The office's wall-clock time, to the second: what a receipt prints."""
    return dt.datetime.now().replace(microsecond=0)


def intake_form(
    db: Database, actor: Actor, resident_id: int, service_code: str, *, today: dt.date | None = None
) -> IntakeForm:
    require(actor, Permission.SERVE_AT_WINDOW)
    from gridgov_desktop.services.catalogue import current_version_in
    from gridgov_desktop.services.work_calendar import load_calendar

    today = today or local_now().date()
    calendar = load_calendar(db)
    with db.session() as session:
        resident = _living_resident(session, resident_id)
        service = current_version_in(session, service_code)
        notice_no, brought = _last_notice(session, resident_id, service, today)
        return IntakeForm(
            resident_id=resident.id,
            resident_name=resident.name,
            resident_id_masked=mask_id_number(resident.id_number) if resident.id_number else "",
            service=service,
            previously_brought=brought,
            last_notice_no=notice_no,
            promised_on=working_days_after(today, service.time_limit_days, calendar),
        )


def issue_notice(
    db: Database,
    actor: Actor,
    resident_id: int,
    service_code: str,
    brought: Collection[int],
    *,
    window_no: int,
    now: dt.datetime | None = None,
) -> NoticeDocument:
    """Record a one-time notice of every missing material and return what it prints."""
    require(actor, Permission.SERVE_AT_WINDOW)
    from gridgov_desktop.db.tables_service import NoticeMaterial, OneTimeNotice
    from gridgov_desktop.services.catalogue import current_version_in

    _check_window(window_no)
    now = now or local_now()
    with db.session(write=True) as session:
        resident = _living_resident(session, resident_id)
        service = current_version_in(session, service_code)
        received = _checked(service, brought)
        missing = [m for m in service.materials if m.id not in received]
        if not any(m.mandatory for m in missing):
            raise ValidationError("nothing_missing", field="materials")
        notice_no = format_number(
            now.date(), next_number(session, NOTICE_SERIES, now.date()), NOTICE_SERIES
        )
        notice = OneTimeNotice(
            notice_no=notice_no,
            resident_id=resident.id,
            service_item_id=service.item_id,
            service_version_id=service.version_id,
            window_no=window_no,
            clerk_id=actor.user_id,
            clerk_name=actor.display_name,
            issued_at=now,
            issued_on=now.date(),
        )
        session.add(notice)
        session.flush()
        session.add_all(
            NoticeMaterial(notice_id=notice.id, material_id=m.id, brought=m.id in received)
            for m in service.materials
        )
        audit.record(
            session,
            actor,
            "create",
            "one_time_notice",
            notice_no,
            after={"resident_id": resident.id, "service": service.code, "missing": len(missing)},
        )
        return NoticeDocument(
            notice_no=notice_no,
            issued_at=now,
            window_no=window_no,
            clerk_name=actor.display_name,
            resident_name=resident.name,
            resident_id_masked=mask_id_number(resident.id_number) if resident.id_number else "",
            service=service,
            missing=tuple(missing),
            brought=materials_named(service.materials, received),
            office=office_lines(session),
        )


def accept_request(
    db: Database,
    actor: Actor,
    resident_id: int,
    service_code: str,
    brought: Collection[int],
    *,
    window_no: int,
    now: dt.datetime | None = None,
) -> RequestDetail:
    """Accept a request whose mandatory materials are all here; returns it with its number.

    The receipt is printed by ``print_receipt`` (which counts prints, so that a second one is a
    marked 补打).
    """
    require(actor, Permission.SERVE_AT_WINDOW)
    from gridgov_desktop.db.tables import OrgNode
    from gridgov_desktop.db.tables_service import (
        OneTimeNotice,
        RequestEventRow,
        RequestMaterial,
        ServiceRequest,
    )
    from gridgov_desktop.services.catalogue import current_version_in
    from gridgov_desktop.services.work_calendar import load_calendar

    _check_window(window_no)
    now = now or local_now()
    calendar = load_calendar(db)
    with db.session(write=True) as session:
        resident = _living_resident(session, resident_id)
        service = current_version_in(session, service_code)
        received = _checked(service, brought)
        missing = [m.name for m in service.mandatory_materials if m.id not in received]
        if missing:
            raise ValidationError("missing_materials", field="materials", names="、".join(missing))
        day = now.date()
        receipt_no = format_number(day, next_number(session, RECEIPT_SERIES, day))
        promised = working_days_after(day, service.time_limit_days, calendar)
        household = session.get(OrgNode, resident.household_id) if resident.household_id else None
        request = ServiceRequest(
            receipt_no=receipt_no,
            check_code=check_code_for(session, receipt_no),
            resident_id=resident.id,
            service_item_id=service.item_id,
            service_version_id=service.version_id,
            node_path=household.path if household else None,
            window_no=window_no,
            clerk_id=actor.user_id,
            clerk_name=actor.display_name,
            status=RequestStatus.ACCEPTED.value,
            accepted_at=now,
            accepted_on=day,
            promised_on=promised,
            due_on=promised,
            updated_at=now,
            updated_by=actor.display_name,
        )
        session.add(request)
        session.flush()
        session.add_all(
            RequestMaterial(request_id=request.id, material_id=m.id, brought=m.id in received)
            for m in service.materials
        )
        session.add(
            RequestEventRow(
                request_id=request.id,
                at=now,
                action="accepted",
                from_status=None,
                to_status=RequestStatus.ACCEPTED.value,
                user_id=actor.user_id,
                username=actor.username,
                user_display=actor.display_name,
                note=f"第{window_no}号窗口受理",
            )
        )
        _close_open_notices(session, OneTimeNotice, resident.id, service.item_id, request.id)
        audit.record(
            session,
            actor,
            "create",
            "service_request",
            receipt_no,
            after={
                "resident_id": resident.id,
                "service": service.code,
                "version": service.number,
                "window": window_no,
                "promised_on": promised.isoformat(),
            },
        )
        session.flush()
        return load_detail(session, request)


def print_receipt(db: Database, actor: Actor, receipt_no: str) -> ReceiptDocument:
    """The receipt to print, counted: the first print is the original, later ones are 补打 n."""
    require(actor, Permission.SERVE_AT_WINDOW)
    with db.session(write=True) as session:
        from sqlalchemy import update

        from gridgov_desktop.db.tables_service import ServiceRequest

        request = _request_by_number(session, receipt_no)
        # A print is not an edit: a Core UPDATE leaves ``version`` alone, so a reprint at one desk
        # does not make another desk's open form stale.
        session.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == request.id)
            .values(print_count=ServiceRequest.print_count + 1)
        )
        session.refresh(request)
        reprint = request.print_count - 1
        audit.record(
            session,
            actor,
            "reprint" if reprint else "print",
            "service_request",
            receipt_no,
            after={"print_count": request.print_count},
        )
        return receipt_document(session, request, office_lines(session), reprint=reprint)


def get_request(db: Database, actor: Actor, receipt_no: str) -> RequestDetail:
    _require_reader(actor)
    with db.session() as session:
        return load_detail(session, _request_by_number(session, receipt_no))


def find_request(db: Database, actor: Actor, text: str) -> RequestDetail:
    """The request a typed number or a scanned QR code names.

    A scanned code whose check value does not match the stored one is refused (``invalid_qr``):
    it was forged, or misread.
    """
    _require_reader(actor)
    scanned = parse_receipt_text(text)
    if scanned is None:
        raise ValidationError("not_a_receipt_number", field="receipt_no", text=text.strip()[:40])
    with db.session() as session:
        request = _request_by_number(session, scanned.receipt_no)
        if scanned.check_code is not None and scanned.check_code != request.check_code:
            raise ValidationError("invalid_qr", field="receipt_no")
        return load_detail(session, request)


def requests_of_resident(db: Database, actor: Actor, resident_id: int) -> list[Any]:
    """The resident's requests, newest first (``RequestSummary``)."""
    _require_reader(actor)
    from gridgov_desktop.db.tables_service import ServiceRequest
    from gridgov_desktop.services.request_views import summary_from_row, summary_select

    query = (
        summary_select()
        .where(ServiceRequest.resident_id == resident_id)
        .order_by(ServiceRequest.accepted_at.desc(), ServiceRequest.id.desc())
    )
    with db.session() as session:
        return [summary_from_row(row) for row in session.execute(query)]


def _require_reader(actor: Actor) -> None:
    from gridgov_desktop.services.permissions import allows

    if not allows(actor, Permission.SERVE_AT_WINDOW):
        require(actor, Permission.VIEW_SERVICE_REGISTERS)


def _request_by_number(session: Session, receipt_no: str) -> ServiceRequest:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceRequest

    scanned = parse_receipt_text(receipt_no)
    number = scanned.receipt_no if scanned else receipt_no.strip()
    request = session.scalar(select(ServiceRequest).where(ServiceRequest.receipt_no == number))
    if request is None:
        raise NotFound(entity="service_request", key=number)
    return request


def _living_resident(session: Session, resident_id: int) -> Resident:
    from gridgov_desktop.db.tables import Resident

    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(entity="resident", key=resident_id)
    if resident.status != "living":
        raise ValidationError("not_living_here", field="resident")
    return resident


def _checked(service: ServiceVersion, brought: Collection[int]) -> set[int]:
    known = {material.id for material in service.materials}
    unknown = sorted(set(brought) - known)
    if unknown:
        raise ValidationError(
            "unknown_material", field="materials", detail_ids=",".join(map(str, unknown))
        )
    return set(brought)


def _check_window(window_no: int) -> None:
    if not 1 <= window_no <= 99:
        raise ValidationError("window_no", field="window_no")


def _last_notice(
    session: Session, resident_id: int, service: ServiceVersion, today: dt.date
) -> tuple[str, frozenset[int]]:
    """The resident's latest open notice for the service, and what it recorded as brought —
    mapped by name onto the current version's materials (the catalogue may have changed since)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import NoticeMaterial, OneTimeNotice, ServiceMaterial

    notice = session.scalar(
        select(OneTimeNotice)
        .where(
            OneTimeNotice.resident_id == resident_id,
            OneTimeNotice.service_item_id == service.item_id,
            OneTimeNotice.request_id.is_(None),
            OneTimeNotice.issued_on >= today - dt.timedelta(days=NOTICE_MEMORY_DAYS),
        )
        .order_by(OneTimeNotice.issued_at.desc(), OneTimeNotice.id.desc())
        .limit(1)
    )
    if notice is None:
        return "", frozenset()
    names = set(
        session.scalars(
            select(ServiceMaterial.name)
            .join(NoticeMaterial, NoticeMaterial.material_id == ServiceMaterial.id)
            .where(NoticeMaterial.notice_id == notice.id, NoticeMaterial.brought)
        )
    )
    return notice.notice_no, frozenset(m.id for m in service.materials if m.name in names)


def _close_open_notices(
    session: Session, notice_table: Any, resident_id: int, item_id: int, request_id: int
) -> None:
    from sqlalchemy import update

    session.execute(
        update(notice_table)
        .where(
            notice_table.resident_id == resident_id,
            notice_table.service_item_id == item_id,
            notice_table.request_id.is_(None),
        )
        .values(request_id=request_id)
    )


def resident_id_by_number(db: Database, actor: Actor, id_number: str) -> int | None:
    """The record id of the person with this (normalised 18-character) ID number; a grid worker is
    refused one outside their grids (``services.grid_scope``)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.services.grid_scope import check_resident, scope_in

    with db.session() as session:
        scope = scope_in(session, actor)
        found = session.scalar(select(Resident.id).where(Resident.id_number == id_number))
        if found is not None:
            check_resident(session, scope, found)
        return found
