"""Mediation for the GUI tests: dispute types, a mediator and a front-desk user (real accounts), and
a case opened through the services."""

from __future__ import annotations

import datetime as dt

from gui_helpers import Street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.mediation import CaseSource, PartyRole
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.mediation_types import CaseDetail, NewCase, PartyDraft

PASSWORD = "Gongzuo2026!"
TODAY = dt.date(2026, 11, 21)


def seed_types(db: Database) -> None:
    from gridgov_desktop.services.mediation_cases import ensure_dispute_types

    with db.session(write=True) as session:
        ensure_dispute_types(session)


def make_user(db: Database, username: str, role: UserRole, name: str) -> Actor:
    info = users.add_user(db, SYSTEM, username, PASSWORD, role, name)
    return Actor(user_id=info.id, username=info.username, display_name=info.display_name, role=role)


def open_sample_case(
    db: Database, actor: Actor, street: Street, lead: Actor, *, on: dt.date = TODAY
) -> CaseDetail:
    from gridgov_desktop.services.mediation_cases import dispute_types, open_case

    types = dict((name, type_id) for type_id, name in dispute_types(db))
    resident_id = _resident(db, street, "张三明")
    new = NewCase(
        registered_on=on,
        source=CaseSource.APPLICATION,
        dispute_type_id=types["邻里"],
        summary="楼上卫生间漏水，双方曾发生推搡",
        parties=(
            PartyDraft(role=PartyRole.APPLICANT, name="张三明", resident_id=resident_id),
            PartyDraft(role=PartyRole.RESPONDENT, name="王五", phone="13900001111"),
        ),
        lead_mediator_id=lead.user_id or 0,
        node_id=street.compound,
    )
    return open_case(db, actor, new)


def _resident(db: Database, street: Street, name: str) -> int:
    from gridgov_desktop.services.search import search_residents

    return search_residents(db, SYSTEM, street.ids[name])[0].row.id
