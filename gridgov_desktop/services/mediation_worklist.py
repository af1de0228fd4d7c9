"""The mediator's worklist: every clock of the cases they hold, most pressing first — cases past
their deadline, deadlines coming up, their own promised replies, follow-up visits due, and written
agreements whose 30 days for judicial confirmation (art. 33) are running out.

A mediator sees the cases assigned to them; an administrator sees every case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables_mediation import (
    CaseCommitment,
    CaseFollowUp,
    CaseMediator,
    MediationCase,
)
from gridgov_desktop.domain.mediation import AgreementKind, CaseStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_detail import commitments_where, follow_up_of, summaries
from gridgov_desktop.services.mediation_settings import JUDICIAL_CONFIRMATION_DAYS
from gridgov_desktop.services.mediation_types import CaseSummary, Commitment, FollowUp
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.service_requests import local_now

_OPEN = (CaseStatus.REGISTERED.value, CaseStatus.IN_MEDIATION.value)


@dataclass(frozen=True)
class MediatorWorklist:
    today: dt.date
    overdue: tuple[CaseSummary, ...]  # open, past the deadline (or its extension)
    due_soon: tuple[CaseSummary, ...]  # open, deadline within ``soon_days``
    commitments: tuple[Commitment, ...]  # open promises due within ``soon_days`` or overdue
    follow_ups: tuple[tuple[CaseSummary, FollowUp], ...]  # visits due, not done
    # Written agreements whose judicial-confirmation window ends within ``soon_days``; the window
    # ends ``JUDICIAL_CONFIRMATION_DAYS`` after ``CaseSummary.outcome_on`` (the agreement's day).
    judicial: tuple[CaseSummary, ...]

    @property
    def count(self) -> int:
        return (
            len(self.overdue)
            + len(self.due_soon)
            + len(self.commitments)
            + len(self.follow_ups)
            + len(self.judicial)
        )


def mediator_worklist(
    db: Database, actor: Actor, *, today: dt.date | None = None, soon_days: int = 7
) -> MediatorWorklist:
    if not actor.is_admin:
        require(actor, Permission.MEDIATE)
    today = today or local_now().date()
    horizon = today + dt.timedelta(days=soon_days)
    mine = select(CaseMediator.case_id).where(CaseMediator.user_id == actor.user_id)

    def scoped(query: Any) -> Any:
        return query if actor.is_admin else query.where(MediationCase.id.in_(mine))

    deadline = MediationCase.extended_until.is_(None) & (MediationCase.deadline_on <= horizon) | (
        MediationCase.extended_until <= horizon
    )
    open_cases = scoped(select(MediationCase).where(MediationCase.status.in_(_OPEN), deadline)).order_by(
        MediationCase.deadline_on, MediationCase.id
    )
    visits = scoped(
        select(CaseFollowUp, MediationCase)
        .join(MediationCase, MediationCase.id == CaseFollowUp.case_id)
        # Closed cases too: visits are also scheduled after closing (issue 5).
        .where(CaseFollowUp.done_on.is_(None), CaseFollowUp.due_on <= horizon)
    ).order_by(CaseFollowUp.due_on, CaseFollowUp.id)
    window = dt.timedelta(days=JUDICIAL_CONFIRMATION_DAYS)
    judicial = scoped(
        select(MediationCase).where(
            MediationCase.agreement_kind == AgreementKind.WRITTEN.value,
            MediationCase.agreement_effective_on >= today - window,
            MediationCase.agreement_effective_on <= horizon - window,
        )
    ).order_by(MediationCase.agreement_effective_on, MediationCase.id)
    promise_where = [CaseCommitment.due_on <= horizon]
    if not actor.is_admin:
        promise_where += [
            CaseCommitment.owner_id == actor.user_id,
            CaseCommitment.case_id.in_(mine),
        ]
    with db.session() as session:
        cases = list(session.scalars(open_cases))
        visit_rows = list(session.execute(visits))
        agreed = list(session.scalars(judicial))
        everything = {c.id: c for c in [*cases, *(case for _, case in visit_rows), *agreed]}
        by_id = {s.id: s for s in summaries(session, list(everything.values()), None)}
        listed = [by_id[c.id] for c in cases]
        return MediatorWorklist(
            today=today,
            overdue=tuple(s for s in listed if s.deadline_on < today),
            due_soon=tuple(s for s in listed if s.deadline_on >= today),
            commitments=tuple(commitments_where(session, *promise_where, open_only=True)),
            follow_ups=tuple((by_id[case.id], follow_up_of(visit)) for visit, case in visit_rows),
            judicial=tuple(by_id[c.id] for c in agreed),
        )
