"""Confidentiality, enforced by the services: only the case's mediators (lead or assistant) and
administrators read what is said in it, write to it or print it; the front desk, the office head
and other mediators learn that it exists — number, status, dates — and nothing said in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from mediation_desk import SECRET, Desk, build_desk, new_case
from pypdf import PdfReader
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import PermissionDenied, ValidationError
from gridgov_desktop.domain.mediation import CaseAction, EntryKind
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_cases import case_summary, get_case, list_cases, move_case
from gridgov_desktop.services.mediation_documents_data import case_document, document_header
from gridgov_desktop.services.mediation_journal import add_entry
from gridgov_desktop.services.mediation_types import CaseDetail, CaseSummary

READERS = {"admin", "lead", "assistant"}
ACTORS = ("admin", "lead", "assistant", "other", "front", "head")
OPERATIONS = ("summary", "detail", "add_entry", "move", "print")


@pytest.fixture
def desk(db: Database) -> Desk:
    return build_desk(db)


def _actor(desk: Desk, who: str) -> Actor:
    actor = getattr(desk, who)
    assert isinstance(actor, Actor)
    return actor


def _allowed(desk: Desk, actor: Actor, case: CaseDetail) -> dict[str, bool]:
    ref = case.summary.number
    calls: dict[str, Callable[[], object]] = {
        "summary": lambda: case_summary(desk.db, actor, ref),
        "detail": lambda: get_case(desk.db, actor, ref),
        "add_entry": lambda: add_entry(desk.db, actor, case.summary.id, EntryKind.NOTE, "记事"),
        "move": lambda: move_case(
            desk.db, actor, case.summary.id, CaseAction.START, expected_version=case.summary.version
        ),
        "print": lambda: case_document(desk.db, actor, ref, "rights"),
    }
    allowed: dict[str, bool] = {}
    for what, call in calls.items():
        try:
            call()
        except PermissionDenied:
            allowed[what] = False
        else:
            allowed[what] = True
    return allowed


def test_who_may_read_write_and_print_a_case(desk: Desk) -> None:
    # One case per actor: each may move its own.
    outcomes = {who: _allowed(desk, _actor(desk, who), new_case(desk)) for who in ACTORS}
    expected = {
        who: {what: what == "summary" or who in READERS for what in OPERATIONS} for who in ACTORS
    }
    assert outcomes == expected


def test_the_summary_says_that_a_case_exists_and_nothing_said_in_it(desk: Desk) -> None:
    case = new_case(desk)
    names = {f.name for f in dataclasses.fields(CaseSummary)}
    assert not names & {"summary_text", "journal", "parties", "agreement"}
    for who in ("front", "head", "other"):
        seen = case_summary(desk.db, _actor(desk, who), case.summary.id)
        listed = list_cases(desk.db, _actor(desk, who))
        assert listed == [seen]
        assert seen.number == case.summary.number and seen.status is case.summary.status
        assert seen.registered_on == case.summary.registered_on
        assert seen.deadline_on == case.summary.deadline_on
        assert seen.party_names == ""  # not even who is in the dispute
        assert SECRET not in repr(seen) and "张三明" not in repr(seen)
        assert desk.street.ids["张三明"] not in repr(seen)
    assert case_summary(desk.db, desk.assistant, case.summary.id).party_names == "张三明 诉 王五"
    # A grid worker has no business with mediation at all.
    grid = Actor(user_id=None, username="grid", display_name="网格员", role=UserRole.GRID_WORKER)
    with pytest.raises(PermissionDenied):
        list_cases(desk.db, grid)


def test_printing_is_audited_and_checks_what_the_document_needs(desk: Desk) -> None:
    case = new_case(desk)
    data = case_document(desk.db, desk.lead, case.summary.id, "intake")
    text = "".join(page.extract_text() or "" for page in PdfReader(_io(data)).pages)
    assert case.summary.number in text
    assert desk.street.ids["张三明"] not in text  # ID numbers are printed masked
    with desk.db.session() as session:
        printed = session.scalars(
            select(AuditEntry.after).where(
                AuditEntry.action == "print", AuditEntry.entity_id == case.summary.number
            )
        ).all()
    assert len(printed) == 1 and '"document": "intake"' in (printed[0] or "")
    for kind, code in (
        ("agreement", "no_agreement"),
        ("record", "no_session_entry"),
        ("x", "unknown_document"),
    ):
        with pytest.raises(ValidationError) as refused:
            case_document(desk.db, desk.lead, case.summary.id, kind)
        assert refused.value.args_map["detail"] == code
    note = add_entry(desk.db, desk.lead, case.summary.id, EntryKind.NOTE, "记事")
    with pytest.raises(ValidationError, match="entry_id"):
        case_document(desk.db, desk.lead, case.summary.id, "record", note.id)
    add_entry(desk.db, desk.lead, case.summary.id, EntryKind.SESSION, "调解会：双方陈述")
    assert case_document(desk.db, desk.lead, case.summary.id, "record").startswith(b"%PDF")
    assert case_document(desk.db, desk.admin, case.summary.id, "checklist").startswith(b"%PDF")
    header = document_header(desk.db, case, today=dt.date(2026, 11, 21))
    assert header.committee == "东风街道人民调解委员会" and header.case_number == case.summary.number


def _io(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)
