"""Mediation cases as plain data: rows of the mediation tables turned into ``mediation_types``.

Shared by the case services, the journal, the worklist and the documents, so that a case reads the
same wherever it is shown. ``summaries`` leaves the party names out of cases the reader may not
read: a front-desk clerk learns that a case exists, not who is in it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppUser, OrgNode
from gridgov_desktop.db.tables_mediation import (
    CaseAgreement,
    CaseCommitment,
    CaseFollowUp,
    CaseMediator,
    CaseParty,
    DisputeType,
    JournalEntry,
    MediationCase,
)
from gridgov_desktop.domain.errors import Conflict, NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseSource,
    CaseStatus,
    EntryKind,
    PartyRole,
    ReferredTo,
)
from gridgov_desktop.domain.phone import mask_phone
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.conflicts import changed_by
from gridgov_desktop.services.mediation_access import writable_case
from gridgov_desktop.services.mediation_settings import judicial_deadline
from gridgov_desktop.services.mediation_types import (
    Agreement,
    CaseDetail,
    CaseSummary,
    Clocks,
    Commitment,
    Entry,
    FollowUp,
    Mediator,
    Party,
)
from gridgov_desktop.services.service_requests import local_now

_YEAR_AND_NUMBER = re.compile(r"((?:19|20)\d\d)\D+?(\d{1,6})\D*$")
MAX_ROW_ID = 2**31 - 1  # ids are 32-bit: a longer number typed is no row (PostgreSQL would fail)


# --- finding a case --------------------------------------------------------------------------------
def case_id_of(session: Session, number_or_id: str | int) -> int:
    """The id of the case a user names: its id, its number as printed, or "2026-12" (year and
    sequence, for a number whose brackets are hard to type)."""
    if isinstance(number_or_id, int):
        if not 0 < number_or_id <= MAX_ROW_ID or session.get(MediationCase, number_or_id) is None:
            raise NotFound("mediation_case", entity="mediation_case", key=number_or_id)
        return number_or_id
    text = number_or_id.strip()
    if text.isdigit():
        return case_id_of(session, int(text))
    found = session.scalar(select(MediationCase.id).where(MediationCase.number == text))
    if found is None:
        parts = _YEAR_AND_NUMBER.search(text)
        if parts is None:
            raise ValidationError("not_a_case_number", field="case_number", text=text[:40])
        found = session.scalar(
            select(MediationCase.id).where(
                MediationCase.year == int(parts.group(1)),
                MediationCase.sequence == int(parts.group(2)),
            )
        )
    if found is None:
        raise NotFound("mediation_case", entity="mediation_case", key=text)
    return int(found)


# --- writing with optimistic locking ---------------------------------------------------------------
def changed(case: MediationCase) -> Conflict:
    return changed_by(
        "mediation_case",
        case.number,
        by=case.updated_by,
        at=case.updated_at,
        status=CaseStatus(case.status).label_zh,
        version=case.version,
        today=local_now().date(),
    )


@contextmanager
def case_write(
    db: Database, actor: Actor, case_id: int, expected_version: int | None
) -> Iterator[tuple[Session, MediationCase]]:
    """One write transaction on a case the actor may write, refused with who changed it when it is
    no longer the version the actor saw (``expected_version``; None: no check)."""
    try:
        with db.session(write=True) as session:
            case = writable_case(session, actor, _existing(session, case_id))
            if expected_version is not None and case.version != expected_version:
                raise changed(case)
            yield session, case
    except StaleDataError:
        # Someone saved between our read and our write: read again to say who.
        with db.session() as session:
            raise changed(session.get_one(MediationCase, case_id)) from None


def _existing(session: Session, case_id: int) -> int:
    # Locked (PostgreSQL) before anything is checked: a write in progress on this case is waited
    # for, and its new version then makes ours a conflict — not a duplicate row of its mediators.
    if session.get(MediationCase, case_id, with_for_update=True) is None:
        raise NotFound("mediation_case", entity="mediation_case", key=case_id)
    return case_id


def touch(case: MediationCase, actor: Actor) -> None:
    """Mark the case as changed by ``actor`` (its version moves on at the flush)."""
    case.updated_at = local_now()
    case.updated_by = actor.display_name


# --- summaries -------------------------------------------------------------------------------------
def summaries(
    session: Session, cases: Sequence[MediationCase], readable: Collection[int] | None
) -> list[CaseSummary]:
    """``CaseSummary`` of each case; party names only for the ids in ``readable`` (None: all)."""
    if not cases:
        return []
    ids = [case.id for case in cases]
    types = {
        type_id: name for type_id, name in session.execute(select(DisputeType.id, DisputeType.name))
    }
    leads = {
        case_id: name
        for case_id, name in session.execute(
            select(CaseMediator.case_id, AppUser.display_name)
            .join(AppUser, AppUser.id == CaseMediator.user_id)
            .where(CaseMediator.case_id.in_(ids), CaseMediator.is_lead)
        )
    }
    names: dict[int, dict[str, list[str]]] = {}
    if readable is None or readable:
        wanted = ids if readable is None else [i for i in ids if i in readable]
        rows = session.execute(
            select(CaseParty.case_id, CaseParty.role, CaseParty.name)
            .where(CaseParty.case_id.in_(wanted))
            .order_by(CaseParty.case_id, CaseParty.position, CaseParty.id)
        )
        for case_id, role, name in rows:
            names.setdefault(case_id, {}).setdefault(role, []).append(name)
    places = place_names(session, [case.node_path for case in cases if case.node_path])
    return [
        CaseSummary(
            id=case.id,
            number=case.number,
            registered_on=case.registered_on,
            source=CaseSource(case.source),
            dispute_type=types.get(case.dispute_type_id, ""),
            place=places.get(case.node_path or "", ""),
            at_risk=case.at_risk,
            status=CaseStatus(case.status),
            deadline_on=case.extended_until or case.deadline_on,
            outcome_on=case.outcome_on,
            closed_on=case.closed_on,
            lead_mediator=leads.get(case.id, ""),
            party_names=_party_names(names.get(case.id, {})),
            version=case.version,
        )
        for case in cases
    ]


def _party_names(by_role: dict[str, list[str]]) -> str:
    applicants = "、".join(by_role.get(PartyRole.APPLICANT.value, []))
    respondents = "、".join(by_role.get(PartyRole.RESPONDENT.value, []))
    return f"{applicants} 诉 {respondents}" if applicants and respondents else applicants or respondents


def place_names(session: Session, paths: Collection[str]) -> dict[str, str]:
    """ "幸福社区 第一网格" for each node path: the names below the street."""
    node_ids = {int(part) for path in paths for part in path.strip("/").split("/") if part}
    if not node_ids:
        return {}
    nodes = {
        node_id: (kind, name)
        for node_id, kind, name in session.execute(
            select(OrgNode.id, OrgNode.kind, OrgNode.name).where(OrgNode.id.in_(node_ids))
        )
    }
    result: dict[str, str] = {}
    for path in paths:
        parts = [nodes.get(int(part)) for part in path.strip("/").split("/") if part]
        result[path] = " ".join(p[1] for p in parts if p is not None and p[0] != "street")
    return result


# --- the whole case --------------------------------------------------------------------------------
def load_detail(session: Session, case: MediationCase) -> CaseDetail:
    from gridgov_desktop.services.mediation_checklist import checklist

    session.flush()
    session.refresh(case)
    follow_ups = follow_ups_of(session, case.id)
    commitments = commitments_where(session, CaseCommitment.case_id == case.id, open_only=False)
    agreement = agreement_of(session, case)
    extended = case.extended_until
    return CaseDetail(
        summary=summaries(session, [case], None)[0],
        summary_text=case.summary,
        parties=parties_of(session, case.id),
        mediators=tuple(
            Mediator(user_id=user_id, name=name, is_lead=is_lead)
            for user_id, name, is_lead in session.execute(
                select(CaseMediator.user_id, AppUser.display_name, CaseMediator.is_lead)
                .join(AppUser, AppUser.id == CaseMediator.user_id)
                .where(CaseMediator.case_id == case.id)
                .order_by(CaseMediator.is_lead.desc(), AppUser.display_name, AppUser.id)
            )
        ),
        journal=journal_of(session, case.id),
        commitments=tuple(commitments),
        follow_ups=follow_ups,
        agreement=agreement,
        referred_to=ReferredTo(case.referred_to) if case.referred_to else None,
        referred_to_name=case.referred_to_name or "",
        checklist=checklist(session, case),
        missing_items_note=case.missing_items_note or "",
        clocks=Clocks(
            deadline_on=case.deadline_on,
            extended_until=extended,
            extension_note=case.extension_note or "",
            judicial_deadline=agreement.judicial_deadline if agreement else None,
            next_follow_up=min((f.due_on for f in follow_ups if f.done_on is None), default=None),
            open_commitments=sum(1 for c in commitments if c.done_on is None),
        ),
        updated_by=case.updated_by,
        updated_at=case.updated_at,
    )


def parties_of(session: Session, case_id: int) -> tuple[Party, ...]:
    rows = session.scalars(
        select(CaseParty).where(CaseParty.case_id == case_id).order_by(CaseParty.position, CaseParty.id)
    )
    return tuple(
        Party(
            id=row.id,
            role=PartyRole(row.role),
            name=row.name,
            resident_id=row.resident_id,
            sex=row.sex or "",
            id_number_masked=mask_id_number(row.id_number) if row.id_number else "",
            phone_masked=mask_phone(row.phone) if row.phone else "",
            address=row.address or "",
            agent_name=row.agent_name or "",
            agent_phone_masked=mask_phone(row.agent_phone) if row.agent_phone else "",
            agent_relation=row.agent_relation or "",
        )
        for row in rows
    )


def journal_of(session: Session, case_id: int) -> tuple[Entry, ...]:
    rows = list(
        session.scalars(
            select(JournalEntry)
            .where(JournalEntry.case_id == case_id)
            .order_by(JournalEntry.occurred_at, JournalEntry.id)
        )
    )
    corrections: dict[int, list[int]] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.corrects_id is not None:
            corrections.setdefault(row.corrects_id, []).append(row.id)
    return tuple(entry_of(row, tuple(corrections.get(row.id, ()))) for row in rows)


def entry_of(row: JournalEntry, corrected_by: tuple[int, ...] = ()) -> Entry:
    return Entry(
        id=row.id,
        kind=EntryKind(row.kind),
        occurred_at=row.occurred_at,
        written_at=row.written_at,
        author=row.author_name,
        place=row.place or "",
        attendees=row.attendees or "",
        text=row.text,
        agreed=row.agreed or "",
        corrects_id=row.corrects_id,
        corrected_by=corrected_by,
    )


def commitments_where(session: Session, *where: object, open_only: bool) -> list[Commitment]:
    query = (
        select(CaseCommitment, MediationCase.number)
        .join(MediationCase, MediationCase.id == CaseCommitment.case_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(CaseCommitment.due_on, CaseCommitment.id)
    )
    if open_only:
        query = query.where(CaseCommitment.done_on.is_(None))
    return [commitment_of(row, number) for row, number in session.execute(query)]


def commitment_of(row: CaseCommitment, case_number: str) -> Commitment:
    return Commitment(
        id=row.id,
        case_id=row.case_id,
        case_number=case_number,
        promised_to=row.promised_to,
        what=row.what,
        due_on=row.due_on,
        done_on=row.done_on,
        owner=row.owner_name,
    )


def follow_ups_of(session: Session, case_id: int) -> tuple[FollowUp, ...]:
    rows = session.scalars(
        select(CaseFollowUp)
        .where(CaseFollowUp.case_id == case_id)
        .order_by(CaseFollowUp.due_on, CaseFollowUp.id)
    )
    return tuple(follow_up_of(row) for row in rows)


def follow_up_of(row: CaseFollowUp) -> FollowUp:
    return FollowUp(
        id=row.id,
        due_on=row.due_on,
        done_on=row.done_on,
        performed=row.performed,
        note=row.note or "",
        by=row.by_name or "",
    )


def agreement_of(session: Session, case: MediationCase) -> Agreement | None:
    """The agreement as written so far. Its kind is the case's once the agreement is recorded
    (the AGREE move); a draft saved before reads as written."""
    row = session.get(CaseAgreement, case.id)
    if row is None:
        return None
    kind = AgreementKind(case.agreement_kind) if case.agreement_kind else AgreementKind.WRITTEN
    effective = case.agreement_effective_on
    confirmable = case.agreement_kind == AgreementKind.WRITTEN.value and effective is not None
    return Agreement(
        kind=kind,
        effective_on=effective,
        facts=row.facts or "",
        dispute_points=row.dispute_points or "",
        responsibilities=row.responsibilities or "",
        terms=row.terms or "",
        performance=row.performance or "",
        performance_due_on=row.performance_due_on,
        copies=row.copies,
        judicial_deadline=judicial_deadline(effective) if confirmable and effective else None,
    )


def count_sessions(session: Session, case_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.case_id == case_id, JournalEntry.kind == EntryKind.SESSION.value)
        )
        or 0
    )
