"""Full numbers only for roles allowed, on explicit request, audited (DOMAIN.md, "Privacy").

Each document that can print full numbers (the 人民调解协议书 and the other case documents, the
resident registers, the resident export) prints them masked by default, in full when a role with
the right asks, with an audit entry, and refuses a role without it (``PermissionDenied``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from masking_data import Hall, leaks, pdf_text, xlsx_text  # type: ignore[import-not-found]
from mediation_desk import OUTSIDER_ID_NORMAL  # type: ignore[import-not-found]
from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.errors import PermissionDenied
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.services.mediation_documents_data import DOCUMENT_KINDS, case_document


def audit_count(db: Database, action: str) -> int:
    with db.session() as session:
        count = session.scalar(select(func.count()).where(AuditEntry.action == action))
    return int(count or 0)


def last_audit(db: Database, action: str) -> AuditEntry:
    with db.session() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id.desc())
        )
        assert entry is not None
        session.expunge(entry)
    return entry


def test_the_agreement_prints_full_id_numbers_only_on_request(
    hall: Hall, secrets: dict[str, str]
) -> None:
    desk, case = hall.desk, hall.cases[0]
    resident_id = desk.street.ids["张三明"]
    before = audit_count(desk.db, "print_unmasked")

    masked = pdf_text(case_document(desk.db, desk.admin, case.summary.id, "agreement"))
    assert mask_id_number(OUTSIDER_ID_NORMAL) in masked and leaks(masked, secrets) == []
    assert audit_count(desk.db, "print_unmasked") == before

    full = pdf_text(case_document(desk.db, desk.admin, case.summary.id, "agreement", reveal=True))
    assert OUTSIDER_ID_NORMAL in full and resident_id in full
    # Only the ID numbers: phones stay masked on the unmasked print too.
    assert {what for what in (leaks(full, secrets)) if "phone" in what} == set()
    entry = last_audit(desk.db, "print_unmasked")
    assert audit_count(desk.db, "print_unmasked") == before + 1
    assert entry.username == desk.admin.username and entry.entity == "mediation_case"
    assert entry.entity_id == case.summary.number
    assert json.loads(entry.after or "{}")["document"] == "agreement"


@pytest.mark.parametrize("who", ["front", "head"])  # front desk: may not read the case at all
def test_roles_without_the_right_are_refused_the_unmasked_print(hall: Hall, who: str) -> None:
    desk = hall.desk
    before = audit_count(desk.db, "print_unmasked"), audit_count(desk.db, "print")
    with pytest.raises(PermissionDenied):
        case_document(desk.db, getattr(desk, who), hall.cases[0].summary.id, "agreement", reveal=True)
    assert (audit_count(desk.db, "print_unmasked"), audit_count(desk.db, "print")) == before


def test_every_case_document_takes_the_option(hall: Hall) -> None:
    desk, case = hall.desk, hall.cases[0]
    for kind in DOCUMENT_KINDS:
        masked = pdf_text(case_document(desk.db, desk.lead, case.summary.id, kind))
        assert OUTSIDER_ID_NORMAL not in masked, kind
        full = pdf_text(case_document(desk.db, desk.lead, case.summary.id, kind, reveal=True))
        if mask_id_number(OUTSIDER_ID_NORMAL) in masked:  # the documents with the parties' table
            assert OUTSIDER_ID_NORMAL in full, kind


def test_resident_registers_reveal_for_administrators_only(hall: Hall, secrets: dict[str, str]) -> None:
    from gridgov_desktop.pdf.resident_registers import register_pdf
    from gridgov_desktop.services.registers import RegisterKind, resident_register

    desk = hall.desk
    number = desk.street.ids["欧阳娜娜"]
    before = audit_count(desk.db, "print_unmasked")
    for kind in (RegisterKind.RESIDENTS_BY_BUILDING, RegisterKind.HOUSEHOLDS):
        assert (
            leaks(pdf_text(register_pdf(resident_register(desk.db, desk.admin, kind=kind))), secrets)
            == []
        )
        full = pdf_text(register_pdf(resident_register(desk.db, desk.admin, kind=kind, reveal=True)))
        assert number in full and "13700001111" in full
        with pytest.raises(PermissionDenied):
            resident_register(desk.db, desk.front, kind=kind, reveal=True)
    assert audit_count(desk.db, "print_unmasked") == before + 2
    assert last_audit(desk.db, "print_unmasked").username == desk.admin.username


def test_the_resident_export_reveals_for_administrators_only(
    hall: Hall, secrets: dict[str, str], tmp_path: Path
) -> None:
    from gridgov_desktop.services.resident_export import export_residents

    desk = hall.desk
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    export_residents(desk.db, desk.admin, masked, node_id=None)
    assert leaks(xlsx_text(masked), secrets) == []
    export_residents(desk.db, desk.admin, full, node_id=None, reveal=True)
    assert desk.street.ids["王䶮"] in xlsx_text(full)
    assert json.loads(last_audit(desk.db, "export").after or "{}")["revealed"] is True
    with pytest.raises(PermissionDenied):
        export_residents(desk.db, desk.front, tmp_path / "refused.xlsx", node_id=None, reveal=True)
    assert not (tmp_path / "refused.xlsx").exists()
