"""Service requests as plain data: rows of the request tables turned into ``service_types``.

Shared by the intake, the status moves, the worklists and the registers, so that a request reads
the same wherever it is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.phone import mask_phone
from gridgov_desktop.domain.service_requests import (
    RatingLevel,
    RectificationStatus,
    RequestStatus,
)
from gridgov_desktop.services.service_types import (
    Material,
    OfficeLines,
    RatingInfo,
    ReceiptDocument,
    RectificationInfo,
    RequestDetail,
    RequestEvent,
    RequestSummary,
    ServiceVersion,
)

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables_service import Rectification, ServiceRequest


def summary_select() -> Select[*tuple[Any, ...]]:
    """The columns of a ``RequestSummary``; callers add their own WHERE and ORDER BY."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion, ServiceRequest

    return (
        select(
            ServiceRequest.id,
            ServiceRequest.receipt_no,
            ServiceRequest.accepted_at,
            ServiceRequest.window_no,
            ServiceRequest.clerk_name,
            ServiceRequest.resident_id,
            Resident.name,
            Resident.id_number,
            ServiceItem.code,
            ServiceItemVersion.name,
            ServiceItemVersion.department,
            ServiceRequest.status,
            ServiceRequest.due_on,
            ServiceRequest.completed_at,
            ServiceRequest.version,
        )
        .join(Resident, Resident.id == ServiceRequest.resident_id)
        .join(ServiceItem, ServiceItem.id == ServiceRequest.service_item_id)
        .join(ServiceItemVersion, ServiceItemVersion.id == ServiceRequest.service_version_id)
    )


def summary_from_row(row: Sequence[Any]) -> RequestSummary:
    return RequestSummary(
        id=row[0],
        receipt_no=row[1],
        accepted_at=row[2],
        window_no=row[3],
        clerk_name=row[4],
        resident_id=row[5],
        resident_name=row[6],
        resident_id_masked=mask_id_number(row[7]) if row[7] else "",
        service_code=row[8],
        service_name=row[9],
        department=row[10],
        status=RequestStatus(row[11]),
        due_on=row[12],
        completed_at=row[13],
        version=row[14],
    )


def load_summary(session: Session, request_id: int) -> RequestSummary:
    from gridgov_desktop.db.tables_service import ServiceRequest

    row = session.execute(summary_select().where(ServiceRequest.id == request_id)).one()
    return summary_from_row(row)


def load_detail(session: Session, request: ServiceRequest) -> RequestDetail:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import (
        Rectification,
        RequestEventRow,
        RequestMaterial,
        ServiceRating,
    )
    from gridgov_desktop.services.catalogue import version_in

    service = version_in(session, request.service_version_id)
    brought = set(
        session.scalars(
            select(RequestMaterial.material_id).where(
                RequestMaterial.request_id == request.id, RequestMaterial.brought
            )
        )
    )
    events = session.scalars(
        select(RequestEventRow)
        .where(RequestEventRow.request_id == request.id)
        .order_by(RequestEventRow.id)
    )
    rating = session.scalar(select(ServiceRating).where(ServiceRating.request_id == request.id))
    rectification = session.scalar(select(Rectification).where(Rectification.request_id == request.id))
    return RequestDetail(
        summary=load_summary(session, request.id),
        service=service,
        materials_brought=tuple(m for m in service.materials if m.id in brought),
        promised_on=request.promised_on,
        paused_days=request.paused_days,
        refused_reason=request.refused_reason or "",
        collected_by=request.collected_by or "",
        collected_at=request.collected_at,
        print_count=request.print_count,
        history=tuple(
            RequestEvent(
                at=event.at,
                action=event.action,
                from_status=RequestStatus(event.from_status) if event.from_status else None,
                to_status=RequestStatus(event.to_status) if event.to_status else None,
                username=event.username,
                user_display=event.user_display,
                note=event.note,
            )
            for event in events
        ),
        rating=None
        if rating is None
        else RatingInfo(
            level=RatingLevel(rating.level),
            comment=rating.comment,
            rated_at=rating.rated_at,
            recorded_by=rating.recorded_by,
        ),
        rectification=None
        if rectification is None
        else rectification_info(rectification, request.receipt_no, rating.comment if rating else ""),
        updated_by=request.updated_by,
        updated_at=request.updated_at,
    )


def rectification_info(row: Rectification, receipt_no: str, problem: str) -> RectificationInfo:
    return RectificationInfo(
        id=row.id,
        request_id=row.request_id,
        receipt_no=receipt_no,
        opened_on=row.opened_on,
        due_on=row.due_on,
        status=RectificationStatus(row.status),
        problem=problem,
        measures=row.measures,
        rectified_on=row.rectified_on,
        reply=row.reply,
        replied_on=row.replied_on,
        handled_by=row.handled_by,
        version=row.version,
    )


def receipt_document(
    session: Session, request: ServiceRequest, office: OfficeLines, *, reprint: int
) -> ReceiptDocument:
    """What the receipt of ``request`` prints (its ``reprint``-th 补打, 0 for the first print)."""
    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.services.receipt_numbers import qr_payload

    detail = load_detail(session, request)
    resident = session.get_one(Resident, request.resident_id)
    return ReceiptDocument(
        receipt_no=request.receipt_no,
        accepted_at=request.accepted_at,
        window_no=request.window_no,
        clerk_name=request.clerk_name,
        resident_name=resident.name,
        resident_id_masked=mask_id_number(resident.id_number) if resident.id_number else "",
        resident_phone_masked=mask_phone(resident.phone) if resident.phone else "",
        service=detail.service,
        materials_received=detail.materials_brought,
        promised_on=request.promised_on,
        collection_note=collection_note(detail.service, request.promised_on, request.window_no),
        office=office,
        qr_payload=qr_payload(request.receipt_no, request.check_code),
        reprint=reprint,
    )


def collection_note(service: ServiceVersion, promised_on: dt.date, window_no: int) -> str:
    """How the result reaches the resident, as the receipt tells it."""
    if service.must_collect:
        return (
            f"请于{chinese_date(promised_on)}起（工作日）凭本回执到第{window_no}号窗口领取办理结果；"
            "他人代领的，请携带申请人及代领人身份证原件。"
        )
    return f"办理结果由{service.department}直接告知，无需到窗口领取；如有疑问请凭本回执号码咨询。"


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def office_lines(session: Session) -> OfficeLines:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppSetting
    from gridgov_desktop.services.office import OFFICE_ADDRESS, OFFICE_NAME, OFFICE_PHONE

    values = {key: value for key, value in session.execute(select(AppSetting.key, AppSetting.value))}
    return OfficeLines(
        name=values.get(OFFICE_NAME, ""),
        address=values.get(OFFICE_ADDRESS, ""),
        phone=values.get(OFFICE_PHONE, ""),
    )


def materials_named(materials: Sequence[Material], ids: set[int]) -> tuple[Material, ...]:
    return tuple(material for material in materials if material.id in ids)
