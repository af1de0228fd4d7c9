"""Mediation cases (人民调解案件): the dispute-type list, opening a case with its number, reading it
(contents for the assigned mediators and administrators only, the summary for anyone who may see
the case list), and editing its header, parties, mediators and agreement.

The moves of a case and its deadline extension live in ``mediation_flow``, the dispute-type list
and the mediators in ``mediation_lists``; both are re-exported here.
Every write names the version the mediator saw; a case changed since is refused with who changed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.db.tables_mediation import (
    CaseAgreement,
    CaseMediator,
    DisputeType,
    MediationCase,
)
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.mediation import CaseSource, CaseStatus
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_access import may_read_contents, readable_case
from gridgov_desktop.services.mediation_detail import (
    case_id_of,
    case_write,
    load_detail,
    summaries,
    touch,
)
from gridgov_desktop.services.mediation_flow import extend_deadline, move_case
from gridgov_desktop.services.mediation_lists import (
    add_dispute_type,
    dispute_types,
    ensure_dispute_types,
    mediators,
    set_dispute_type_active,
    user_actor,
)
from gridgov_desktop.services.mediation_parties import (
    check_mediators,
    keep_saved_values,
    optional_text,
    party_rows,
    replace_mediators,
    replace_parties,
    required_text,
)
from gridgov_desktop.services.mediation_settings import add_months, case_number, deadline_months
from gridgov_desktop.services.mediation_types import (
    AgreementDraft,
    CaseDetail,
    CaseSummary,
    NewCase,
    PartyDraft,
)
from gridgov_desktop.services.permissions import Permission, allows, require
from gridgov_desktop.services.service_requests import local_now

__all__ = [
    "add_dispute_type",
    "case_summary",
    "dispute_types",
    "ensure_dispute_types",
    "extend_deadline",
    "get_case",
    "list_cases",
    "mediators",
    "move_case",
    "open_case",
    "save_agreement",
    "set_dispute_type_active",
    "set_mediators",
    "set_parties",
    "update_case",
    "user_actor",
]

CASE_SERIES = "M"
SUMMARY_MAX = 4000
AGREEMENT_TEXT_MAX = 8000
_UNCHANGED: Any = ...


# --- opening and reading ---------------------------------------------------------------------------
def open_case(db: Database, actor: Actor, new: NewCase) -> CaseDetail:
    """Register a case: its number (gapless per year), its clock (``mediation.deadline_months``
    calendar months from acceptance), its parties and mediators — all of it or nothing."""
    if not actor.is_admin:
        require(actor, Permission.MEDIATE)
    summary = required_text(new.summary, SUMMARY_MAX, "纠纷简要情况", "summary", "summary")
    source = CaseSource(new.source)
    now = local_now()
    if new.registered_on > now.date():
        # A mistyped year (2062) would also open a number series of its own.
        raise ValidationError(
            "registered_in_future", field="registered_on", today=now.date().isoformat()
        )
    with db.session(write=True) as session:
        _active_type(session, new.dispute_type_id)
        node_path = _node_path(session, new.node_id)
        rows = party_rows(session, new.parties)
        assistants = check_mediators(session, new.lead_mediator_id, new.assistant_ids)
        year = new.registered_on.year
        from gridgov_desktop.services.receipt_numbers import next_number

        sequence = next_number(session, CASE_SERIES, dt.date(year, 1, 1))
        case = MediationCase(
            number=case_number(session, year, sequence),
            year=year,
            sequence=sequence,
            registered_on=new.registered_on,
            source=source.value,
            dispute_type_id=new.dispute_type_id,
            summary=summary,
            node_id=new.node_id,
            node_path=node_path,
            at_risk=bool(new.at_risk),
            status=CaseStatus.REGISTERED.value,
            deadline_on=add_months(new.registered_on, deadline_months(session)),
            created_by=actor.display_name,
            updated_at=now,
            updated_by=actor.display_name,
        )
        session.add(case)
        session.flush()
        replace_parties(session, case.id, rows)
        replace_mediators(session, case.id, new.lead_mediator_id, assistants)
        audit.record(
            session,
            actor,
            "create",
            "mediation_case",
            case.number,
            after={
                "registered_on": new.registered_on.isoformat(),
                "source": source.value,
                "dispute_type_id": new.dispute_type_id,
                "at_risk": case.at_risk,
                "parties": len(rows),
                "mediators": [new.lead_mediator_id, *assistants],
                "deadline_on": case.deadline_on.isoformat(),
            },
        )
        return load_detail(session, case)


def list_cases(
    db: Database,
    actor: Actor,
    *,
    status: CaseStatus | None = None,
    mine_only: bool = False,
    year: int | None = None,
    today: dt.date | None = None,
) -> list[CaseSummary]:
    """Summaries, newest first. Party names only on cases the actor may read. ``today`` is accepted
    for the callers' convenience (overdue is ``CaseSummary.is_overdue(today)``)."""
    _require_list(actor)
    if year is not None and not 1 <= year <= 9999:
        return []  # no case has such a year (and PostgreSQL's small integer would refuse it)
    query = select(MediationCase).order_by(
        MediationCase.registered_on.desc(), MediationCase.year.desc(), MediationCase.sequence.desc()
    )
    if status is not None:
        query = query.where(MediationCase.status == status.value)
    if year is not None:
        query = query.where(MediationCase.year == year)
    if mine_only:
        query = query.where(MediationCase.id.in_(_assigned_ids(actor)))
    with db.session() as session:
        cases = list(session.scalars(query))
        return summaries(session, cases, _readable_ids(session, actor))


def get_case(db: Database, actor: Actor, number_or_id: str | int) -> CaseDetail:
    """The whole case; ``PermissionDenied`` unless the actor is one of its mediators or an admin."""
    with db.session() as session:
        case = readable_case(session, actor, case_id_of(session, number_or_id))
        return load_detail(session, case)


def case_summary(db: Database, actor: Actor, number_or_id: str | int) -> CaseSummary:
    _require_list(actor)
    with db.session() as session:
        case = session.get_one(MediationCase, case_id_of(session, number_or_id))
        readable = [case.id] if may_read_contents(session, actor, case.id) else []
        return summaries(session, [case], readable)[0]


def _require_list(actor: Actor) -> None:
    if not allows(actor, Permission.MEDIATE):
        require(actor, Permission.SEE_CASE_LIST)


def _assigned_ids(actor: Actor) -> Any:
    return select(CaseMediator.case_id).where(CaseMediator.user_id == actor.user_id)


def _readable_ids(session: Session, actor: Actor) -> set[int] | None:
    if actor.is_admin:
        return None
    if actor.user_id is None or not allows(actor, Permission.MEDIATE):
        return set()  # see may_read_contents
    return set(session.scalars(_assigned_ids(actor)))


# --- editing ---------------------------------------------------------------------------------------
def update_case(
    db: Database,
    actor: Actor,
    case_id: int,
    *,
    expected_version: int,
    summary: str | None = None,
    dispute_type_id: int | None = None,
    node_id: int | None = _UNCHANGED,
    at_risk: bool | None = None,
    source: CaseSource | None = None,
) -> CaseDetail:
    """Change the header of a case; ``None`` leaves a field as it is (``node_id=None`` clears the
    place; leave it out to keep it)."""
    with case_write(db, actor, case_id, expected_version) as (session, case):
        _not_closed(case)
        changed: dict[str, Any] = {}
        if summary is not None:
            case.summary = required_text(summary, SUMMARY_MAX, "纠纷简要情况", "summary", "summary")
            changed["summary"] = "…"
        if dispute_type_id is not None:
            _active_type(session, dispute_type_id)
            case.dispute_type_id = changed["dispute_type_id"] = dispute_type_id
        if node_id is not _UNCHANGED:
            case.node_path = _node_path(session, node_id)
            case.node_id = changed["node_id"] = node_id
        if at_risk is not None:
            case.at_risk = changed["at_risk"] = bool(at_risk)
        if source is not None:
            case.source = changed["source"] = CaseSource(source).value
        if changed:
            touch(case, actor)
            audit.record(session, actor, "update", "mediation_case", case.number, after=changed)
        return load_detail(session, case)


def set_parties(
    db: Database,
    actor: Actor,
    case_id: int,
    parties: Sequence[PartyDraft],
    *,
    expected_version: int,
) -> CaseDetail:
    with case_write(db, actor, case_id, expected_version) as (session, case):
        _not_closed(case)
        rows = party_rows(session, parties)
        keep_saved_values(session, case.id, parties, rows)
        replace_parties(session, case.id, rows)
        touch(case, actor)
        audit.record(
            session, actor, "update", "mediation_case", case.number,
            after={"parties": len(rows), "residents": [r["resident_id"] for r in rows]},
        )  # fmt: skip
        return load_detail(session, case)


def set_mediators(
    db: Database,
    actor: Actor,
    case_id: int,
    lead_id: int,
    assistant_ids: Sequence[int],
    *,
    expected_version: int,
) -> CaseDetail:
    with case_write(db, actor, case_id, expected_version) as (session, case):
        _not_closed(case)
        assistants = check_mediators(session, lead_id, assistant_ids)
        replace_mediators(session, case.id, lead_id, assistants)
        touch(case, actor)
        audit.record(
            session, actor, "update", "mediation_case", case.number,
            after={"lead": lead_id, "assistants": assistants},
        )  # fmt: skip
        return load_detail(session, case)


def save_agreement(
    db: Database, actor: Actor, case_id: int, draft: AgreementDraft, *, expected_version: int
) -> CaseDetail:
    """Write (or rewrite) the agreement's content while the case is in mediation or agreed.
    Whether it is written or oral is recorded by the AGREE move (``move_case``)."""
    with case_write(db, actor, case_id, expected_version) as (session, case):
        if CaseStatus(case.status) not in (CaseStatus.IN_MEDIATION, CaseStatus.AGREED):
            raise ValidationError("agreement_not_editable", field="agreement")
        if not 1 <= draft.copies <= 20:
            raise ValidationError("copies_range", field="copies")
        if draft.effective_on is not None and draft.effective_on < case.registered_on:
            raise ValidationError(
                "date_before", field="effective_on", what="协议生效日期", what_en="effective date",
                day=draft.effective_on.isoformat(), before="登记日期", before_en="registration",
                before_day=case.registered_on.isoformat(),
            )  # fmt: skip
        values = {
            name: optional_text(getattr(draft, name), AGREEMENT_TEXT_MAX, what, what_en, name)
            for name, what, what_en in (
                ("facts", "主要事实", "main facts"),
                ("dispute_points", "争议事项", "points in dispute"),
                ("responsibilities", "各方责任", "responsibilities"),
                ("terms", "协议内容", "agreed terms"),
                ("performance", "履行方式", "way of performance"),
            )
        }
        row = session.get(CaseAgreement, case.id)
        if row is None:
            row = CaseAgreement(case_id=case.id)
            session.add(row)
        for name, value in values.items():
            setattr(row, name, value)
        row.performance_due_on = draft.performance_due_on
        row.copies = draft.copies
        if draft.effective_on is not None:
            case.agreement_effective_on = draft.effective_on
        if CaseStatus(case.status) is CaseStatus.AGREED:
            case.agreement_kind = draft.kind.value
        touch(case, actor)
        audit.record(
            session, actor, "update", "mediation_agreement", case.number,
            after={"kind": draft.kind.value, "copies": draft.copies,
                   "effective_on": draft.effective_on.isoformat() if draft.effective_on else None},
        )  # fmt: skip
        return load_detail(session, case)


def _not_closed(case: MediationCase) -> None:
    if case.status == CaseStatus.CLOSED.value:
        raise ValidationError("case_closed", field="status")


def _active_type(session: Session, type_id: int) -> None:
    active = session.scalar(select(DisputeType.is_active).where(DisputeType.id == type_id))
    if not active:
        raise ValidationError("unknown_dispute_type", field="dispute_type")


def _node_path(session: Session, node_id: int | None) -> str | None:
    if node_id is None:
        return None
    node = session.get(OrgNode, node_id)
    if node is None:
        raise NotFound(entity="node", key=node_id)
    return str(node.path)
