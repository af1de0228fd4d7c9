"""A small street built through the services, the way a clerk would register it.

A plain module (not conftest.py) so that tests can import it by a name no other folder uses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, Relation
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident
from gridgov_desktop.services.tags import ensure_default_tags

TODAY = dt.date(2026, 11, 21)


@dataclass(frozen=True)
class SmallStreet:
    street: int
    community: int
    compound: int
    household_501: int
    household_502: int
    other_household: int
    ids: dict[str, str]  # name → ID number


def id_for(day: dt.date, seq: int) -> str:
    return make_id_number("210102", day, seq)


def build_small_street(db: Database) -> SmallStreet:
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    with db.session(write=True) as session:
        ensure_default_tags(session)
    community = org.create_node(db, SYSTEM, street.id, NodeKind.COMMUNITY, "幸福社区")
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第一网格")
    compound = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "幸福里小区")
    building = org.create_node(db, SYSTEM, compound.id, NodeKind.BUILDING, "3栋")
    unit = org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, "2单元")
    h501 = org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "501室", label="3-2-501")
    h502 = org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "502室", label="3-2-502")
    compound2 = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "锦绣花园")
    b2 = org.create_node(db, SYSTEM, compound2.id, NodeKind.BUILDING, "1栋")
    u2 = org.create_node(db, SYSTEM, b2.id, NodeKind.UNIT, "1单元")
    other = org.create_node(db, SYSTEM, u2.id, NodeKind.HOUSEHOLD, "101室", label="1-1-101")
    people = [
        ("张三明", dt.date(1980, 5, 17), 11, "13812345678", h501, Relation.HEAD),
        ("曾小红", dt.date(1982, 3, 2), 22, "13912340000", h501, Relation.SPOUSE),
        ("张小明", dt.date(2010, 9, 1), 31, None, h501, Relation.CHILD),
        ("单田芳", dt.date(1950, 1, 1), 41, "024-87654321", h502, Relation.HEAD),
        ("欧阳娜娜", dt.date(1990, 12, 31), 52, "13700001111", h502, Relation.OTHER),
        ("王䶮", dt.date(1975, 6, 6), 61, "15011112222", other, Relation.HEAD),
        ("李𠇔", dt.date(1968, 2, 29), 72, "18600003333", other, Relation.SPOUSE),
    ]
    ids: dict[str, str] = {}
    for name, born, seq, phone, household, relation in people:
        number = id_for(born, seq)
        ids[name] = number
        register_resident(
            db,
            SYSTEM,
            NewResident(name=name, id_number=number, phone=phone),
            household.id,
            relation,
            today=TODAY,
        )
    return SmallStreet(street.id, community.id, compound.id, h501.id, h502.id, other.id, ids)
