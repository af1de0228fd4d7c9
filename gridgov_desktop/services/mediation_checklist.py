"""The case file (卷宗) checklist: which items this case needs, and which are there.

Application, notice of rights and duties and proof of identity are always required; a power of
attorney when a party has an agent; mediation records once the case reached mediation (present by
themselves when the journal holds a session); the agreement, proof of performance and the follow-up
record when the case ended in an agreement (the agreement present by itself once its content is
saved, the follow-up once a visit is recorded). Judicial-confirmation papers are never required.
Everything else is as the mediator ticked it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.tables_mediation import (
    CaseAgreement,
    CaseFileItem,
    CaseFollowUp,
    CaseParty,
    MediationCase,
)
from gridgov_desktop.domain.mediation import CaseStatus, FileItem
from gridgov_desktop.services.mediation_types import ChecklistLine

_ALWAYS = frozenset({FileItem.APPLICATION, FileItem.RIGHTS_NOTICE, FileItem.IDENTITY})
_AFTER_AGREEMENT = frozenset({FileItem.AGREEMENT, FileItem.PERFORMANCE, FileItem.FOLLOW_UP})
_MEDIATED = frozenset(
    {CaseStatus.IN_MEDIATION, CaseStatus.AGREED, CaseStatus.FAILED, CaseStatus.FOLLOWED_UP}
)


def is_agreed(case: MediationCase) -> bool:
    """The case ended in an agreement (the kind is set by the AGREE move only)."""
    return case.agreement_kind is not None and case.outcome_on is not None


def checklist(session: Session, case: MediationCase) -> tuple[ChecklistLine, ...]:
    from gridgov_desktop.services.mediation_detail import count_sessions

    ticked = {
        FileItem(row.item): row
        for row in session.scalars(select(CaseFileItem).where(CaseFileItem.case_id == case.id))
    }
    status = CaseStatus(case.status)
    has_session = count_sessions(session, case.id) > 0
    agreement = session.get(CaseAgreement, case.id)
    derived = {
        FileItem.MEDIATION_RECORDS: has_session,
        FileItem.AGREEMENT: agreement is not None and bool((agreement.terms or "").strip()),
        FileItem.FOLLOW_UP: session.scalar(
            select(CaseFollowUp.id)
            .where(CaseFollowUp.case_id == case.id, CaseFollowUp.done_on.is_not(None))
            .limit(1)
        )
        is not None,
    }
    has_agent = (
        session.scalar(
            select(CaseParty.id)
            .where(CaseParty.case_id == case.id, CaseParty.agent_name.is_not(None))
            .where(CaseParty.agent_name != "")
            .limit(1)
        )
        is not None
    )
    reached_mediation = status in _MEDIATED or has_session or case.referred_to is not None
    agreed = is_agreed(case)
    lines = []
    for item in FileItem:
        required = (
            item in _ALWAYS
            or (item is FileItem.POWER_OF_ATTORNEY and has_agent)
            or (item is FileItem.MEDIATION_RECORDS and reached_mediation)
            or (item in _AFTER_AGREEMENT and agreed)
        )
        row = ticked.get(item)
        automatic = derived.get(item, False)
        lines.append(
            ChecklistLine(
                item=item,
                required=required,
                present=automatic or bool(row and row.present),
                automatic=automatic,
                note=row.note if row else "",
            )
        )
    return tuple(lines)


def missing_required(lines: tuple[ChecklistLine, ...]) -> list[FileItem]:
    return [line.item for line in lines if line.required and not line.present]
