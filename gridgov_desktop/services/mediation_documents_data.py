"""What the case documents print, and printing them: only for the case's mediators and
administrators, each print one line of the audit log.

Parties' ID numbers and phones print masked, as on screen. A document that must identify the parties
in full (the 人民调解协议书 a court confirms) is printed so only on request (``reveal``), by a role
that may see full ID numbers, and the request is audited as ``print_unmasked``.

The layouts are ``pdf/mediation_documents.py``'s; this gathers the plain data and picks the layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import PermissionDenied, ValidationError
from gridgov_desktop.domain.mediation import EntryKind
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import (
    CaseDetail,
    CaseDocumentHeader,
    CaseSummary,
    Entry,
)
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.services.service_requests import local_now

DOCUMENT_KINDS = ("agreement", "oral", "record", "rights", "intake", "checklist")


def document_header(
    db: Database, case: CaseDetail | CaseSummary, *, today: dt.date | None = None
) -> CaseDocumentHeader:
    from gridgov_desktop.services.mediation_settings import committee_name
    from gridgov_desktop.services.office import office_info

    summary = case.summary if isinstance(case, CaseDetail) else case
    with db.session() as session:
        committee = committee_name(session)
    return CaseDocumentHeader(
        committee=committee,
        office=office_info(db).name,
        case_number=summary.number,
        printed_on=today or local_now().date(),
    )


def session_entry(detail: CaseDetail, entry_id: int | None) -> Entry:
    """The session whose record (笔录) is printed: ``entry_id``, else the latest session."""
    sessions = [e for e in detail.journal if e.kind is EntryKind.SESSION]
    if entry_id is None:
        if not sessions:
            raise ValidationError("no_session_entry", field="entry_id")
        return max(sessions, key=lambda e: (e.occurred_at, e.id))
    entry = next((e for e in detail.journal if e.id == entry_id), None)
    if entry is None:
        from gridgov_desktop.domain.errors import NotFound

        raise NotFound("journal_entry", entity="journal_entry", key=entry_id)
    if entry.kind is not EntryKind.SESSION:
        raise ValidationError("not_a_session", field="entry_id", key=entry_id)
    return entry


def case_document(
    db: Database,
    actor: Actor,
    number_or_id: str | int,
    kind: str,
    entry_id: int | None = None,
    *,
    reveal: bool = False,
) -> bytes:
    """The PDF of one case document: "agreement" (人民调解协议书), "oral" (口头协议登记表),
    "record" (a session's 笔录; ``entry_id`` or the latest session), "rights" (权利义务告知书),
    "intake" (申请书/受理登记表) or "checklist" (卷宗目录).

    ``reveal`` prints the parties' full ID numbers (phones stay masked): only for roles with
    ``Permission.REVEAL_ID_NUMBER`` (``PermissionDenied`` otherwise), audited as ``print_unmasked``.
    """
    from gridgov_desktop.services.mediation_cases import get_case

    if kind not in DOCUMENT_KINDS:
        raise ValidationError("unknown_document", field="document", kind=str(kind)[:20])
    if reveal and not allows(actor, Permission.REVEAL_ID_NUMBER):
        raise PermissionDenied(action="print_unmasked")
    detail = get_case(db, actor, number_or_id)  # PermissionDenied unless assigned or admin
    if reveal:
        detail = _with_full_id_numbers(db, detail)
    header = document_header(db, detail)
    data = _render(detail, header, kind, entry_id)
    details = {"document": kind, "entry": entry_id, "unmasked": reveal}
    with db.session(write=True) as session:
        number = detail.summary.number
        audit.record(session, actor, "print", "mediation_case", number, after=details)
        if reveal:
            audit.record(session, actor, "print_unmasked", "mediation_case", number, after=details)
    return data


def _with_full_id_numbers(db: Database, detail: CaseDetail) -> CaseDetail:
    """``detail`` with its parties' full ID numbers where the masked ones stand: the layouts print
    whatever that field holds, so the unmasked print needs no layout of its own."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_mediation import CaseParty

    ids = [party.id for party in detail.parties]
    with db.session() as session:
        query = select(CaseParty.id, CaseParty.id_number).where(CaseParty.id.in_(ids))
        full = {party_id: number for party_id, number in session.execute(query) if number}
    parties = tuple(
        replace(party, id_number_masked=full.get(party.id, party.id_number_masked))
        for party in detail.parties
    )
    return replace(detail, parties=parties)


def _render(detail: CaseDetail, header: CaseDocumentHeader, kind: str, entry_id: int | None) -> bytes:
    if kind in ("agreement", "oral") and detail.agreement is None:
        raise ValidationError("no_agreement", field="document")
    entry = session_entry(detail, entry_id) if kind == "record" else None
    # Imported here: ReportLab is only loaded when something is printed.
    from gridgov_desktop.pdf import mediation_documents as pdf

    if entry is not None:
        return pdf.render_session_record(detail, header, entry)
    renderers = {
        "agreement": pdf.render_agreement,
        "oral": pdf.render_oral_record,
        "rights": pdf.render_rights_notice,
        "intake": pdf.render_intake_form,
        "checklist": pdf.render_checklist,
    }
    return bytes(renderers[kind](detail, header))
