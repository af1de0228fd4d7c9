"""The data of the masking tests: the mediation desk's small street (residents with known full ID
numbers and phones, real accounts), service requests in every state a register shows (accepted,
completed, overdue, rated badly with a rectification, a one-time notice), and mediation cases whose
parties come from the registry or are typed in with ID numbers, phones and an agent.

Every number that must never be printed in full is read back from the database afterwards
(``full_numbers``), so that a party or resident added here later is checked without a list to keep.
A plain module (not conftest.py), named so that no other test folder has one like it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from mediation_desk import OUTSIDER_ID, SECRET, Desk, build_desk  # type: ignore[import-not-found]
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import NodeRole, Resident
from gridgov_desktop.db.tables_mediation import CaseParty
from gridgov_desktop.domain.enums import StaffRole
from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    CaseSource,
    EntryKind,
    PartyRole,
)
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, get_service
from gridgov_desktop.services.mediation_cases import open_case, save_agreement
from gridgov_desktop.services.mediation_flow import move_case
from gridgov_desktop.services.mediation_journal import add_entry
from gridgov_desktop.services.mediation_types import AgreementDraft, CaseDetail, NewCase, PartyDraft
from gridgov_desktop.services.office import OFFICE_NAME, OFFICE_PHONE
from gridgov_desktop.services.ratings import rate_request
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_requests import accept_request, issue_notice

CODE = "residence-cert"
TODAY = dt.date(2026, 11, 20)
PERIOD = (dt.date(2026, 9, 1), dt.date(2026, 11, 30))
OTHER_PARTY_ID = "110105198803070053"  # a typed-in party of the second case
ROLE_PHONE = "13300002222"  # a grid head's work phone: the contact sheet prints it in full


@dataclass(frozen=True)
class Hall:
    desk: Desk
    receipts: tuple[str, ...]
    notice_pdf: bytes
    cases: tuple[CaseDetail, ...]
    session_entry: int


def build_hall(db: Database) -> Hall:
    desk = build_desk(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
        from gridgov_desktop.db.tables import AppSetting

        session.add_all(
            [AppSetting(key=OFFICE_NAME, value="东风街道办事处"),
             AppSetting(key=OFFICE_PHONE, value="024-12345678")]
        )  # fmt: skip
        community = desk.street.community
        session.add(
            NodeRole(node_id=community, role=StaffRole.GRID_HEAD.value, person_name="周网格",
                     phone=ROLE_PHONE, since=dt.date(2022, 4, 1))
        )  # fmt: skip
    receipts, notice = _requests(desk)
    cases, entry = _cases(desk)
    return Hall(desk, receipts, notice, cases, entry)


def _resident(desk: Desk, name: str) -> int:
    with desk.db.session() as session:
        found = session.scalar(select(Resident.id).where(Resident.id_number == desk.street.ids[name]))
    assert found is not None
    return int(found)


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def _requests(desk: Desk) -> tuple[tuple[str, ...], bytes]:
    """Four requests: one overdue since October, one completed and collected by an agent, one rated
    badly (a rectification), one just accepted; and a one-time notice."""
    from gridgov_desktop.pdf.window_documents import render_notice

    db, clerk = desk.db, desk.front
    brought = [m.id for m in get_service(db, CODE).mandatory_materials]

    def accept(name: str, day: dt.date) -> str:
        detail = accept_request(db, clerk, _resident(desk, name), CODE, brought, window_no=2,
                                now=_at(day))  # fmt: skip
        return detail.summary.receipt_no

    overdue = accept("张三明", dt.date(2026, 10, 9))
    collected = accept("曾小红", dt.date(2026, 11, 2))
    rated = accept("欧阳娜娜", dt.date(2026, 11, 3))
    fresh = accept("王䶮", dt.date(2026, 11, 18))
    version = 1
    for action in (RequestAction.START, RequestAction.COMPLETE, RequestAction.COLLECT):
        collecting = action is RequestAction.COLLECT
        collector = Collector("张三明", desk.street.ids["张三明"]) if collecting else None
        detail = advance(db, clerk, collected, action, expected_version=version, collector=collector,
                         now=_at(dt.date(2026, 11, 6)))  # fmt: skip
        version = detail.summary.version
    detail = advance(db, clerk, rated, RequestAction.START, expected_version=1, now=_at(TODAY, 9))
    advance(db, clerk, rated, RequestAction.COMPLETE, expected_version=detail.summary.version,
            now=_at(TODAY, 9))  # fmt: skip
    rate_request(db, clerk, rated, RatingLevel.VERY_DISSATISFIED, "等了很久", now=_at(TODAY, 11))
    notice = issue_notice(db, clerk, _resident(desk, "单田芳"), CODE, [], window_no=2,
                          now=_at(dt.date(2026, 11, 4)))  # fmt: skip
    return (overdue, collected, rated, fresh), render_notice(notice)


def _cases(desk: Desk) -> tuple[tuple[CaseDetail, ...], int]:
    """A written agreement between 张三明 (registry) and 王五 (typed in, with an agent), with a
    session; and a case between two typed-in parties, one of them a resident typed by hand."""
    db, lead = desk.db, desk.lead
    assert desk.lead.user_id is not None and desk.assistant.user_id is not None
    parties = (
        PartyDraft(PartyRole.APPLICANT, "", resident_id=_resident(desk, "张三明")),
        PartyDraft(PartyRole.RESPONDENT, "王五", id_number=OUTSIDER_ID, phone="139 1234 5678",
                   address="外区某路1号", agent_name="王律师", agent_phone="13700009999",
                   agent_relation="律师"),
    )  # fmt: skip
    case = open_case(
        db, lead,
        NewCase(registered_on=dt.date(2026, 11, 2), source=CaseSource.APPLICATION,
                dispute_type_id=desk.types["邻里"], summary=SECRET, parties=parties,
                lead_mediator_id=desk.lead.user_id, assistant_ids=(desk.assistant.user_id,),
                node_id=None, at_risk=True),
    )  # fmt: skip
    case = move_case(db, lead, case.summary.id, CaseAction.START, expected_version=case.summary.version,
                     on=dt.date(2026, 11, 3))  # fmt: skip
    entry = add_entry(db, lead, case.summary.id, EntryKind.SESSION, "双方到场陈述",
                      occurred_at=_at(dt.date(2026, 11, 5)), attendees="张三明、王五")  # fmt: skip
    case = save_agreement(
        db, lead, case.summary.id,
        AgreementDraft(AgreementKind.WRITTEN, facts="漏水", terms="王五赔偿张三明800元",
                       performance="现金", performance_due_on=dt.date(2026, 11, 20)),
        expected_version=case.summary.version,
    )  # fmt: skip
    case = move_case(db, lead, case.summary.id, CaseAction.AGREE, expected_version=case.summary.version,
                     on=dt.date(2026, 11, 10), agreement_kind=AgreementKind.WRITTEN)  # fmt: skip
    second = open_case(
        db, lead,
        NewCase(
            registered_on=dt.date(2026, 11, 12), source=CaseSource.GRID_REPORT,
            dispute_type_id=desk.types["物业"], summary="物业费争议",
            parties=(
                PartyDraft(PartyRole.APPLICANT, "欧阳娜娜", id_number=desk.street.ids["欧阳娜娜"],
                           phone="13700001111", address="幸福里小区3栋2单元502室"),
                PartyDraft(PartyRole.RESPONDENT, "钱物业", id_number=OTHER_PARTY_ID,
                           phone="021-55556666", agent_name="孙经理", agent_phone="13655557777"),
            ),
            lead_mediator_id=desk.lead.user_id, assistant_ids=(), node_id=desk.street.compound,
            at_risk=False,
        ),
    )  # fmt: skip
    return (case, second), entry.id


def full_numbers(db: Database) -> dict[str, str]:
    """Every resident's and party's full ID number and phone (and agent's phone), as stored: the
    digits that no default output may show. Maps the digits searched for to where they come from."""
    found: dict[str, str] = {}
    with db.session() as session:
        for name, id_number, phone in session.execute(
            select(Resident.name, Resident.id_number, Resident.phone)
        ):
            _add(found, id_number, f"{name}'s ID number")
            _add(found, phone, f"{name}'s phone")
        for name, id_number, phone, agent_phone in session.execute(
            select(CaseParty.name, CaseParty.id_number, CaseParty.phone, CaseParty.agent_phone)
        ):
            _add(found, id_number, f"party {name}'s ID number")
            _add(found, phone, f"party {name}'s phone")
            _add(found, agent_phone, f"party {name}'s agent's phone")
    return found


def _add(found: dict[str, str], value: str | None, what: str) -> None:
    if not value:
        return
    digits = re.sub(r"[^0-9Xx]", "", value).upper()
    found[digits] = what
    if len(digits) == 18:  # the same person's old 15-digit number: 6 + yymmdd + 3
        found[digits[:6] + digits[8:17]] = what + " (15-digit form)"


# --- reading outputs back ---------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    assert data.startswith(b"%PDF")
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def xlsx_text(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    cells = [
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    workbook.close()
    return "\n".join(cells)


def file_text(path: Path) -> str:
    return pdf_text(path.read_bytes()) if path.suffix == ".pdf" else xlsx_text(path)


_BETWEEN_DIGITS = re.compile(r"(?<=[0-9Xx])[\s\-－‐—]+(?=[0-9Xx])")


def leaks(text: str, secrets: dict[str, str]) -> list[str]:
    """The full numbers found in ``text``: digits split by spaces or dashes (separate text runs,
    a phone written 138 1234 5678) are joined first, and a lower-case x counts as X."""
    joined = _BETWEEN_DIGITS.sub("", text).upper()
    return sorted(f"{what} ({digits})" for digits, what in secrets.items() if digits in joined)
