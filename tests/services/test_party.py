"""The party organisation alongside the tree: kinds at the right places, parents found in the tree,
secretary, members, star ratings, and the tree of a community."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import test_tree_edit  # type: ignore[import-not-found]
from sqlalchemy import select
from street_fixtures import SmallStreet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, OrgNode, Resident
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    InvalidPhone,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import org, party, tree_edit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.party import PartyOrgKind, PartyPosition, create_party_org
from gridgov_desktop.services.tree_edit import NodeNotDeletable

HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
# The small street restored from a snapshot instead of registered again (see test_tree_edit).
small_street = test_tree_edit.small_street
COMMITTEE, BRANCH, GROUP, CENTRE = (
    PartyOrgKind.COMMITTEE,
    PartyOrgKind.BRANCH,
    PartyOrgKind.GROUP,
    PartyOrgKind.MEMBER_HOUSEHOLD,
)


def node(db: Database, name: str) -> int:
    with db.session() as session:
        (found,) = session.scalars(select(OrgNode.id).where(OrgNode.name == name))
    return found


def resident(db: Database, name: str) -> int:
    with db.session() as session:
        (found,) = session.scalars(select(Resident.id).where(Resident.name == name))
    return found


def audit_actions(db: Database) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.entity == "party_org").order_by(AuditEntry.id)
            )
        )


def test_units_at_their_places_with_parents_found_in_the_tree(
    db: Database, small_street: SmallStreet
) -> None:
    committee = create_party_org(db, SYSTEM, COMMITTEE, small_street.community)
    branch = create_party_org(db, SYSTEM, BRANCH, node(db, "第一网格"))
    group = create_party_org(db, SYSTEM, GROUP, node(db, "3栋"))
    centre = create_party_org(db, SYSTEM, CENTRE, small_street.household_501)
    # A household of a building without a group belongs to the grid's branch.
    other = create_party_org(db, SYSTEM, CENTRE, small_street.other_household, name=" 王家 中心户 ")
    assert (committee.name, committee.parent_id, committee.place) == ("幸福社区党委", None, "幸福社区")
    assert (branch.name, branch.parent_id) == ("第一网格党支部", committee.id)
    assert (group.name, group.parent_id, group.place) == (
        "幸福里小区3栋党小组",
        branch.id,
        "幸福里小区3栋",
    )
    assert (centre.name, centre.parent_id) == ("3-2-501党员中心户", group.id)
    assert (other.name, other.parent_id) == ("王家 中心户", branch.id)
    (top,) = party.party_tree(db, small_street.community)
    assert top.id == committee.id
    (grid_branch,) = top.children
    assert [c.name for c in grid_branch.children] == ["幸福里小区3栋党小组", "王家 中心户"]
    assert [c.id for c in grid_branch.children[0].children] == [centre.id]
    assert audit_actions(db) == ["create"] * 5
    assert PartyOrgKind.GROUP.label_zh == "楼栋党小组" and PartyPosition.MEMBER.label_zh == "党员"


def test_kind_and_place_rules(db: Database, small_street: SmallStreet) -> None:
    grid, building = node(db, "第一网格"), node(db, "3栋")
    with pytest.raises(ValidationError) as raised:  # a branch serves a grid, not a building
        create_party_org(db, SYSTEM, BRANCH, building)
    assert raised.value.args_map["detail"] == "party_place" and raised.value.args_map["place"] == "网格"
    with pytest.raises(ValidationError) as raised:  # no committee yet to belong to
        create_party_org(db, SYSTEM, BRANCH, grid)
    assert raised.value.args_map["detail"] == "party_parent_missing"
    assert raised.value.args_map["needed"] == "社区党委"
    committee = create_party_org(db, SYSTEM, COMMITTEE, small_street.community)
    with pytest.raises(Duplicate):  # one committee per community
        create_party_org(db, SYSTEM, COMMITTEE, small_street.community, name="另一个党委")
    branch = create_party_org(db, SYSTEM, BRANCH, grid)
    with pytest.raises(ValidationError) as raised:  # a group's parent is a branch
        create_party_org(db, SYSTEM, GROUP, building, parent_id=committee.id)
    assert raised.value.args_map["detail"] == "party_parent"
    # A branch of another community cannot be a parent here.
    community2 = org.create_node(db, SYSTEM, small_street.street, NodeKind.COMMUNITY, "和平社区")
    grid2 = org.create_node(db, SYSTEM, community2.id, NodeKind.GRID, "第二网格")
    create_party_org(db, SYSTEM, COMMITTEE, community2.id)
    branch2 = create_party_org(db, SYSTEM, BRANCH, grid2.id)
    with pytest.raises(ValidationError):
        create_party_org(db, SYSTEM, GROUP, building, parent_id=branch2.id)
    assert create_party_org(db, SYSTEM, GROUP, building, parent_id=branch.id).parent_id == branch.id
    with pytest.raises(NotFound):
        create_party_org(db, SYSTEM, GROUP, node(db, "1栋"), parent_id=999_999)
    with pytest.raises(PermissionDenied):
        create_party_org(db, HEAD, CENTRE, small_street.household_502)
    with pytest.raises(ValidationError):
        create_party_org(db, SYSTEM, CENTRE, small_street.household_502, name="  ")
    with pytest.raises(NotFound):
        party.party_tree(db, grid)
    # Each community sees its own units only.
    assert [u.name for u in party.party_tree(db, community2.id)] == ["和平社区党委"]


def test_rename_secretary_rating_and_stale_versions(db: Database, small_street: SmallStreet) -> None:
    committee = create_party_org(db, SYSTEM, COMMITTEE, small_street.community)
    renamed = party.rename_party_org(db, SYSTEM, committee.id, "中共幸福社区委员会", committee.version)
    assert renamed.name == "中共幸福社区委员会" and renamed.version == committee.version + 1
    with pytest.raises(Conflict):
        party.rename_party_org(db, SYSTEM, committee.id, "旧名", committee.version)
    with_secretary = party.set_secretary(
        db, SYSTEM, committee.id, renamed.version, resident_id=resident(db, "单田芳")
    )
    assert (with_secretary.secretary_name, with_secretary.secretary_phone) == ("单田芳", "024-87654321")
    typed = party.set_secretary(
        db, SYSTEM, committee.id, with_secretary.version, name="李书记", phone="139 1234 5678"
    )
    assert (typed.secretary_name, typed.secretary_phone, typed.secretary_resident_id) == (
        "李书记",
        "13912345678",
        None,
    )
    with pytest.raises(InvalidPhone):
        party.set_secretary(db, SYSTEM, committee.id, typed.version, name="李书记", phone="123")
    rated = party.rate_party_org(
        db, SYSTEM, committee.id, 5, typed.version, rated_on=dt.date(2026, 7, 1)
    )
    assert (rated.star_rating, rated.rated_on) == (5, dt.date(2026, 7, 1))
    for stars in (0, 6):
        with pytest.raises(ValidationError):
            party.rate_party_org(db, SYSTEM, committee.id, stars, rated.version)
    cleared = party.rate_party_org(db, SYSTEM, committee.id, None, rated.version)
    assert (cleared.star_rating, cleared.rated_on) == (None, None)
    nobody = party.set_secretary(db, SYSTEM, committee.id, cleared.version)
    assert nobody.secretary_name is None and nobody.secretary_phone is None
    # Saving what is already there writes nothing.
    assert party.set_secretary(db, SYSTEM, committee.id, nobody.version).version == nobody.version
    with pytest.raises(PermissionDenied):
        party.rate_party_org(db, HEAD, committee.id, 3, nobody.version)
    expected = ["create", "rename", "set_secretary", "set_secretary", "rate", "rate", "set_secretary"]
    assert audit_actions(db) == expected
    with db.session() as session:
        entry = session.scalar(
            select(AuditEntry).where(AuditEntry.action == "rate").order_by(AuditEntry.id).limit(1)
        )
    assert entry is not None and json.loads(entry.after or "{}")["star_rating"] == 5


def test_members_and_positions(db: Database, small_street: SmallStreet) -> None:
    branch_place = node(db, "第一网格")
    create_party_org(db, SYSTEM, COMMITTEE, small_street.community)
    branch = create_party_org(db, SYSTEM, BRANCH, branch_place)
    zhang = party.add_member(
        db, SYSTEM, branch.id, resident_id=resident(db, "张三明"), joined_on=dt.date(2005, 7, 1)
    )
    wang = party.add_member(
        db,
        SYSTEM,
        branch.id,
        person_name="王退休",
        phone="13700000000",
        position=PartyPosition.SECRETARY,
    )
    assert (zhang.person_name, zhang.phone, zhang.position) == (
        "张三明",
        "13812345678",
        PartyPosition.MEMBER,
    )
    with pytest.raises(Duplicate):
        party.add_member(db, SYSTEM, branch.id, resident_id=resident(db, "张三明"))
    with pytest.raises(Duplicate):
        party.add_member(db, SYSTEM, branch.id, person_name="王退休")
    with pytest.raises(ValidationError):
        party.add_member(db, SYSTEM, branch.id)
    with pytest.raises(ValidationError) as raised:  # one secretary
        party.set_member_position(db, SYSTEM, zhang.id, PartyPosition.SECRETARY)
    assert raised.value.args_map["holder"] == "王退休"
    party.set_member_position(db, SYSTEM, zhang.id, PartyPosition.COMMITTEE_MEMBER)
    assert [(m.person_name, m.position) for m in party.party_members(db, SYSTEM, branch.id)] == [
        ("王退休", PartyPosition.SECRETARY),
        ("张三明", PartyPosition.COMMITTEE_MEMBER),
    ]
    assert party.party_tree(db, small_street.community)[0].children[0].members == 2
    party.remove_member(db, SYSTEM, wang.id)
    party.set_member_position(db, SYSTEM, zhang.id, PartyPosition.SECRETARY)
    with pytest.raises(NotFound):
        party.remove_member(db, SYSTEM, wang.id)
    with pytest.raises(PermissionDenied):
        party.add_member(db, HEAD, branch.id, person_name="某人")
    expected = ["add_member", "add_member", "set_position", "remove_member", "set_position"]
    assert audit_actions(db)[-5:] == expected


def test_deleting_units_and_the_places_they_serve(db: Database, small_street: SmallStreet) -> None:
    committee = create_party_org(db, SYSTEM, COMMITTEE, small_street.community)
    building = org.create_node(db, SYSTEM, small_street.compound, NodeKind.BUILDING, "9栋")
    branch = create_party_org(db, SYSTEM, BRANCH, node(db, "第一网格"))
    group = create_party_org(db, SYSTEM, GROUP, building.id)
    party.add_member(db, SYSTEM, group.id, person_name="赵党员")
    with pytest.raises(NodeNotDeletable) as raised:  # the tree refuses to lose a served place
        tree_edit.delete_node(db, SYSTEM, building.id)
    assert raised.value.args_map["names"] == "幸福里小区9栋党小组"
    with pytest.raises(ValidationError) as refused:
        party.delete_party_org(db, SYSTEM, branch.id)
    assert refused.value.args_map["detail"] == "party_has_children"
    assert refused.value.args_map["children"] == 1
    party.delete_party_org(db, SYSTEM, group.id)
    tree_edit.delete_node(db, SYSTEM, building.id)
    party.delete_party_org(db, SYSTEM, branch.id)
    assert [u.id for u in party.party_tree(db, small_street.community)] == [committee.id]
    with db.session() as session:
        entry = session.scalar(
            select(AuditEntry)
            .where(AuditEntry.action == "delete", AuditEntry.entity == "party_org")
            .order_by(AuditEntry.id)
            .limit(1)
        )
    assert entry is not None and json.loads(entry.before or "{}")["members"] == ["赵党员"]
