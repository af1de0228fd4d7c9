"""A mediation committee on the small street: mediators, a front-desk clerk, an office head and an
administrator (real accounts), the dispute types, and a helper to open a case through the services.

A plain module (not conftest.py) so that the service and CLI tests can import it by a name no other
folder uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.mediation import CaseSource, PartyRole
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.mediation_cases import dispute_types, ensure_dispute_types, open_case
from gridgov_desktop.services.mediation_types import CaseDetail, NewCase, PartyDraft
from gridgov_desktop.services.service_requests import resident_id_by_number

PASSWORD = "Tiaojie2026!"
OPENED = dt.date(2026, 11, 2)
SECRET = "楼上卫生间漏水，双方曾发生推搡"  # the summary: never shown outside the case
OUTSIDER_ID = "11010519491231002x"  # typed in lower case: stored as …002X
OUTSIDER_ID_NORMAL = "11010519491231002X"


@dataclass(frozen=True)
class Desk:
    db: Database
    street: SmallStreet
    lead: Actor  # 周调解
    assistant: Actor  # 吴协助
    other: Actor  # 郑调解, a mediator not on the case
    front: Actor  # 李办事, front desk
    head: Actor  # 主任
    admin: Actor
    types: dict[str, int]


def _account(db: Database, username: str, name: str, role: UserRole) -> Actor:
    info = users.add_user(db, SYSTEM, username, PASSWORD, role, name)
    return Actor(user_id=info.id, username=username, display_name=name, role=role)


def build_desk(db: Database) -> Desk:
    street = build_small_street(db)
    with db.session(write=True) as session:
        ensure_dispute_types(session)
    return Desk(
        db=db,
        street=street,
        lead=_account(db, "zhou", "周调解", UserRole.MEDIATOR),
        assistant=_account(db, "wu", "吴协助", UserRole.MEDIATOR),
        other=_account(db, "zheng", "郑调解", UserRole.MEDIATOR),
        front=_account(db, "clerk", "李办事", UserRole.FRONT_DESK),
        head=_account(db, "head", "主任", UserRole.HEAD),
        admin=_account(db, "boss", "管理员", UserRole.ADMIN),
        types={name: type_id for type_id, name in dispute_types(db)},
    )


def resident(desk: Desk, name: str) -> int:
    found = resident_id_by_number(desk.db, SYSTEM, desk.street.ids[name])
    assert found is not None
    return found


def new_case(
    desk: Desk,
    *,
    registered_on: dt.date = OPENED,
    agent: bool = False,
    assistants: bool = True,
    actor: Actor | None = None,
) -> CaseDetail:
    """张三明 (from the registry) against an outsider typed in, 周调解 leading, 吴协助 assisting."""
    parties = (
        PartyDraft(PartyRole.APPLICANT, "", resident_id=resident(desk, "张三明")),
        PartyDraft(
            PartyRole.RESPONDENT,
            "王五",
            id_number=OUTSIDER_ID,
            phone="139 1234 5678",
            address="外区某路1号",
            agent_name="王律师" if agent else "",
            agent_phone="13700009999" if agent else "",
            agent_relation="律师" if agent else "",
        ),
    )
    return open_case(
        desk.db,
        actor or desk.lead,
        NewCase(
            registered_on=registered_on,
            source=CaseSource.APPLICATION,
            dispute_type_id=desk.types["邻里"],
            summary=SECRET,
            parties=parties,
            lead_mediator_id=_id(desk.lead),
            assistant_ids=(_id(desk.assistant),) if assistants else (),
            node_id=None,
            at_risk=True,
        ),
    )


def _id(actor: Actor) -> int:
    assert actor.user_id is not None
    return actor.user_id
