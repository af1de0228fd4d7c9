"""Who may read what of a mediation case: the confidentiality rule, in one place.

Mediation notes are confidential (DOMAIN.md). The mediators assigned to a case — and administrators —
read its journal, the parties' statements and its documents. Everyone with ``SEE_CASE_LIST`` (front
desk, office heads) sees that a case exists: number, status, dates; never what was said. Every service
that returns case contents goes through ``readable_case``; every write through ``writable_case``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gridgov_desktop.domain.errors import NotFound, PermissionDenied
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables_mediation import MediationCase


def is_assigned(session: Session, actor: Actor, case_id: int) -> bool:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_mediation import CaseMediator

    if actor.user_id is None:
        return False
    found = session.scalar(
        select(CaseMediator.user_id).where(
            CaseMediator.case_id == case_id, CaseMediator.user_id == actor.user_id
        )
    )
    return found is not None


def may_read_contents(session: Session, actor: Actor, case_id: int) -> bool:
    # A mediator, still: an account moved to another role keeps its case_mediator rows.
    return actor.is_admin or (allows(actor, Permission.MEDIATE) and is_assigned(session, actor, case_id))


def readable_case(session: Session, actor: Actor, case_id: int) -> MediationCase:
    """The case, if ``actor`` may read what is said in it; else ``PermissionDenied``."""
    case = _case(session, case_id)
    if not may_read_contents(session, actor, case_id):
        raise PermissionDenied(action="read_case_contents")
    return case


def writable_case(session: Session, actor: Actor, case_id: int) -> MediationCase:
    """The case, if ``actor`` may write to it (an assigned mediator or an administrator)."""
    if not actor.is_admin:
        require(actor, Permission.MEDIATE)
    return readable_case(session, actor, case_id)


def _case(session: Session, case_id: int) -> MediationCase:
    from gridgov_desktop.db.tables_mediation import MediationCase

    case = session.get(MediationCase, case_id)
    if case is None:
        raise NotFound(entity="mediation_case", key=case_id)
    return case
