"""Plain data of the one-stop service window, as the services return it and the PDFs print it.

No SQLAlchemy and no Qt here: the GUI and ``pdf/`` import these types on their own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gridgov_desktop.domain.service_requests import (
    MaterialForm,
    RatingLevel,
    RectificationStatus,
    RequestAction,
    RequestStatus,
)


@dataclass(frozen=True)
class Material:
    """One required material of a catalogue version (申请材料)."""

    id: int
    position: int
    name: str
    form: MaterialForm
    copies: int  # copies to hand in (1 for an original shown and returned)
    mandatory: bool
    note: str = ""

    @property
    def description_zh(self) -> str:
        """ "户口簿 原件及复印件 1份" — how the checklist and the documents name it."""
        return f"{self.name}（{self.form.label_zh}{self.copies}份）"


@dataclass(frozen=True)
class ServiceVersion:
    """A catalogue item as it was at one version: what a receipt printed stays as it was."""

    item_id: int
    code: str
    version_id: int
    number: int  # 1, 2, 3 … per item
    name: str
    department: str  # the department that decides (办理部门)
    legal_basis: str  # 设定依据
    conditions: str  # 办理条件
    fee: str  # "不收费" usually
    time_limit_days: int  # 承诺时限, working days
    must_collect: bool  # the resident comes back to collect the result
    materials: tuple[Material, ...]
    is_active: bool = True

    @property
    def mandatory_materials(self) -> tuple[Material, ...]:
        return tuple(material for material in self.materials if material.mandatory)


@dataclass(frozen=True)
class OfficeLines:
    """The office as printed on a document's foot."""

    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class ReceiptDocument:
    """Everything a 受理回执 prints. ``reprint`` is 0 for the first print, n for the n-th 补打."""

    receipt_no: str  # "20261121-0007"
    accepted_at: dt.datetime  # office local time
    window_no: int
    clerk_name: str
    resident_name: str
    resident_id_masked: str  # "330102********1234" ("" when the person has no number yet)
    resident_phone_masked: str
    service: ServiceVersion
    materials_received: tuple[Material, ...]
    promised_on: dt.date
    collection_note: str  # how and where the result is collected, one or two sentences
    office: OfficeLines
    qr_payload: str  # ASCII text the QR code carries: number and check value
    reprint: int = 0


@dataclass(frozen=True)
class NoticeDocument:
    """Everything a 一次性告知书 prints: what is missing, and the rules it must satisfy."""

    notice_no: str  # "G20261121-0003"
    issued_at: dt.datetime
    window_no: int
    clerk_name: str
    resident_name: str
    resident_id_masked: str
    service: ServiceVersion
    missing: tuple[Material, ...]
    brought: tuple[Material, ...]
    office: OfficeLines


@dataclass(frozen=True)
class RequestEvent:
    """One dated line of a request's history."""

    at: dt.datetime
    action: str  # a RequestAction value, or "accepted", "printed", "reprinted", "rated"
    from_status: RequestStatus | None
    to_status: RequestStatus | None
    username: str
    user_display: str
    note: str


@dataclass(frozen=True)
class RequestSummary:
    """A request as worklists and registers show it: one row."""

    id: int
    receipt_no: str
    accepted_at: dt.datetime
    window_no: int
    clerk_name: str
    resident_id: int
    resident_name: str
    resident_id_masked: str
    service_code: str
    service_name: str
    department: str
    status: RequestStatus
    due_on: dt.date  # the promised date, moved on by the working days spent paused
    completed_at: dt.datetime | None
    version: int

    def is_overdue(self, today: dt.date) -> bool:
        """Open past its promised date (逾期)."""
        return self.status.is_open and self.status is not RequestStatus.PAUSED and today > self.due_on


@dataclass(frozen=True)
class RatingInfo:
    level: RatingLevel
    comment: str
    rated_at: dt.datetime
    recorded_by: str


@dataclass(frozen=True)
class RectificationInfo:
    id: int
    request_id: int
    receipt_no: str
    opened_on: dt.date
    due_on: dt.date
    status: RectificationStatus
    problem: str  # the resident's comment, as recorded
    measures: str  # 整改措施 / follow-up
    rectified_on: dt.date | None
    reply: str  # 回复群众
    replied_on: dt.date | None
    handled_by: str
    version: int


@dataclass(frozen=True)
class RequestDetail:
    """A request with everything its dialog shows."""

    summary: RequestSummary
    service: ServiceVersion
    materials_brought: tuple[Material, ...]
    promised_on: dt.date  # as printed on the receipt
    paused_days: int  # working days spent paused so far
    refused_reason: str
    collected_by: str
    collected_at: dt.datetime | None
    print_count: int
    history: tuple[RequestEvent, ...]
    rating: RatingInfo | None
    rectification: RectificationInfo | None
    updated_by: str
    updated_at: dt.datetime

    @property
    def allowed_actions(self) -> tuple[RequestAction, ...]:
        from gridgov_desktop.domain.service_requests import allowed_actions

        return allowed_actions(self.summary.status)
