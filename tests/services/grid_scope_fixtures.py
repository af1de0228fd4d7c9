"""A small street with a second grid, and grid workers: for the scope and permission tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from street_fixtures import SmallStreet, build_small_street, id_for

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import UserGrid
from gridgov_desktop.domain.enums import NodeKind, Relation, UserRole
from gridgov_desktop.services import org, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.residents import NewResident, register_resident


@dataclass(frozen=True)
class TwoGrids:
    street: SmallStreet
    grid_one: int  # the small street's 第一网格: 张三明 … 李𠇔
    grid_two: int  # 第二网格: 赵二虎 alone
    household_two: int
    resident_two: int
    worker: Actor  # looks after 第一网格
    idle_worker: Actor  # a grid worker with no grid


def actor_of(db: Database, username: str, role: UserRole) -> Actor:
    """A real account (user_grid rows need one) and its actor."""
    info = users.add_user(db, SYSTEM, username, "Secret-pass-2026", role)
    return Actor(user_id=info.id, username=username, display_name=username, role=role)


def set_grids(db: Database, user_id: int, *node_ids: int) -> None:
    """What ``services.accounts.set_user_grids`` stores (written directly: another module)."""
    with db.session(write=True) as session:
        for node_id in node_ids:
            session.add(UserGrid(user_id=user_id, node_id=node_id))


def build_two_grids(db: Database) -> TwoGrids:
    street = build_small_street(db)
    grid_one = org.get_node(db, street.compound).parent_id
    assert grid_one is not None
    grid = org.create_node(db, SYSTEM, street.community, NodeKind.GRID, "第二网格")
    compound = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "和平苑")
    building = org.create_node(db, SYSTEM, compound.id, NodeKind.BUILDING, "9栋")
    unit = org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, "1单元")
    house = org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "901室", label="9-1-901")
    row = register_resident(
        db,
        SYSTEM,
        NewResident(name="赵二虎", id_number=id_for(dt.date(1985, 4, 4), 81), phone="13655556666"),
        house.id,
        Relation.HEAD,
        today=dt.date(2026, 11, 21),
    )
    worker = actor_of(db, "grid1", UserRole.GRID_WORKER)
    set_grids(db, worker.user_id or 0, grid_one)
    idle = actor_of(db, "gridless", UserRole.GRID_WORKER)
    return TwoGrids(street, grid_one, grid.id, house.id, row.id, worker, idle)
