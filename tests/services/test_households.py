"""Household changes: planned with a before/after review, applied in one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from street_fixtures import SmallStreet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident
from gridgov_desktop.domain.enums import Relation, ResidentStatus
from gridgov_desktop.domain.errors import Conflict, ValidationError
from gridgov_desktop.services import households, org, residents
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.search import search_residents

ON = dt.date(2026, 11, 21)


def _id(db: Database, name: str) -> int:
    return search_residents(db, SYSTEM, name)[0].row.id


def _counts_are_right(db: Database) -> None:
    """Every node's counts equal a real recount of its subtree."""
    with db.session() as session:
        nodes = session.execute(
            select(OrgNode.id, OrgNode.path, OrgNode.resident_count, OrgNode.household_count)
        ).all()
        for node in nodes:
            subtree = select(OrgNode.id).where(OrgNode.path.startswith(node.path))
            people = session.scalar(
                select(func.count())
                .select_from(Resident)
                .where(Resident.household_id.in_(subtree), Resident.status == "living")
            )
            homes = session.scalar(
                select(func.count())
                .select_from(OrgNode)
                .where(OrgNode.id.in_(subtree), OrgNode.kind == "household")
            )
            assert (node.resident_count, node.household_count) == (people, homes), node


def test_household_lists_members_head_first(db: Database, small_street: SmallStreet) -> None:
    view = households.household(db, SYSTEM, small_street.household_501)
    assert [m.name for m in view.members] == ["张三明", "曾小红", "张小明"]
    assert view.head is not None and view.head.name == "张三明"


def test_move_from_one_household_to_another(db: Database, small_street: SmallStreet) -> None:
    plan = households.plan_move_in(
        db, SYSTEM, _id(db, "张小明"), small_street.household_502, Relation.OTHER, ON
    )
    assert [len(v.members) for v in plan.before] == [3, 2]
    assert [len(v.members) for v in plan.after] == [2, 3]
    households.apply_plan(db, SYSTEM, plan)
    assert [m.name for m in households.household(db, SYSTEM, small_street.household_502).members][
        -1
    ] == "张小明"
    assert residents.resident_ids(db, SYSTEM, small_street.household_501) == [
        _id(db, "张三明"),
        _id(db, "曾小红"),
    ]
    with db.session() as session:  # history is kept: the old membership is closed, not deleted
        closed = session.scalar(
            select(func.count())
            .select_from(HouseholdMember)
            .where(HouseholdMember.resident_id == _id(db, "张小明"), HouseholdMember.left_on == ON)
        )
    assert closed == 1
    _counts_are_right(db)


def test_moving_away_and_the_head_leaving_needs_a_new_head(
    db: Database, small_street: SmallStreet
) -> None:
    head, spouse, child = _id(db, "张三明"), _id(db, "曾小红"), _id(db, "张小明")
    with pytest.raises(ValidationError):
        households.plan_move_out(db, SYSTEM, [head], ON, reason="迁往外地")
    plan = households.plan_move_out(
        db,
        SYSTEM,
        [head],
        ON,
        reason="迁往外地",
        new_head_relations={spouse: Relation.HEAD, child: Relation.CHILD},
    )
    assert plan.departures[0].member.name == "张三明"
    households.apply_plan(db, SYSTEM, plan)
    view = households.household(db, SYSTEM, small_street.household_501)
    assert view.head is not None and view.head.name == "曾小红"
    with db.session() as session:
        person = session.get(Resident, head)
        assert person is not None
        assert (person.status, person.status_date, person.household_id) == ("moved_out", ON, None)
    assert (
        search_residents(db, SYSTEM, "张三明")[0].row.status is ResidentStatus.MOVED_OUT
    )  # still findable
    _counts_are_right(db)


def test_change_of_head(db: Database, small_street: SmallStreet) -> None:
    head, spouse, child = _id(db, "张三明"), _id(db, "曾小红"), _id(db, "张小明")
    plan = households.plan_change_head(
        db, SYSTEM, small_street.household_501, {spouse: Relation.HEAD, head: Relation.SPOUSE}, ON
    )
    households.apply_plan(db, SYSTEM, plan)
    view = households.household(db, SYSTEM, small_street.household_501)
    assert {m.name: m.relation for m in view.members} == {
        "曾小红": Relation.HEAD,
        "张三明": Relation.SPOUSE,
        "张小明": Relation.CHILD,
    }
    with pytest.raises(ValidationError):  # two heads
        households.plan_change_head(db, SYSTEM, small_street.household_501, {child: Relation.HEAD}, ON)


def test_split_into_a_new_room(db: Database, small_street: SmallStreet) -> None:
    unit = org.get_node(db, small_street.household_501).parent_id
    assert unit is not None
    plan = households.plan_split(
        db,
        SYSTEM,
        small_street.household_501,
        {_id(db, "张小明"): Relation.HEAD},
        ON,
        unit_id=unit,
        room="503",
    )
    assert plan.after[1].label == "3-2-503" and plan.after[1].address == "幸福里小区3栋2单元503室"
    after = households.apply_plan(db, SYSTEM, plan)
    assert [len(v.members) for v in after] == [2, 1]
    assert [h.row.name for h in search_residents(db, SYSTEM, "3-2-503")] == ["张小明"]
    with pytest.raises(ValidationError):  # the room exists now
        households.apply_plan(
            db,
            SYSTEM,
            households.plan_split(
                db,
                SYSTEM,
                small_street.household_501,
                {_id(db, "曾小红"): Relation.HEAD},
                ON,
                unit_id=unit,
                room="503",
                relations_in_old={},
            ),
        )
    _counts_are_right(db)


def test_death_is_recorded_never_deleted(db: Database, small_street: SmallStreet) -> None:
    plan = households.plan_death(db, SYSTEM, _id(db, "曾小红"), ON)
    households.apply_plan(db, SYSTEM, plan)
    hit = search_residents(db, SYSTEM, "曾小红")[0]
    assert hit.row.status is ResidentStatus.DECEASED
    with pytest.raises(ValidationError):
        households.plan_move_in(db, SYSTEM, hit.row.id, small_street.household_502, Relation.OTHER, ON)
    _counts_are_right(db)


def test_a_plan_made_stale_by_another_window_is_refused(db: Database, small_street: SmallStreet) -> None:
    first = households.plan_move_in(
        db, SYSTEM, _id(db, "张小明"), small_street.household_502, Relation.OTHER, ON
    )
    second = households.plan_move_in(
        db, SYSTEM, _id(db, "曾小红"), small_street.household_502, Relation.OTHER, ON
    )
    households.apply_plan(db, SYSTEM, first)
    with pytest.raises(Conflict):
        households.apply_plan(db, SYSTEM, second)
    assert len(households.household(db, SYSTEM, small_street.household_501).members) == 2
    _counts_are_right(db)
