"""Editing the tree: rename, move, reorder and delete keep paths, addresses, labels and counts exactly
what a full recount gives, refuse stale versions, and say why a delete cannot happen."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import Table, func, select
from street_fixtures import SmallStreet, build_small_street  # type: ignore[import-not-found]

from gridgov_desktop.db.bulk import BulkWriter
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import (
    AuditEntry,
    Base,
    HouseholdMember,
    NodeRole,
    NodeSearchKey,
    OrgNode,
    Resident,
)
from gridgov_desktop.db.tables_community import PairedUnit, PartyOrg
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import org, tree_edit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.search_keys import node_search_keys
from gridgov_desktop.services.tree_edit import NodeNotDeletable
from gridgov_desktop.services.tree_filter import filter_tree

HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
Rows = list[tuple[Table, list[dict[str, Any]]]]
_SNAPSHOTS: dict[str, tuple[SmallStreet, Rows]] = {}


@pytest.fixture
def small_street(db: Database) -> SmallStreet:
    """street_fixtures' small street, registered through the services once per backend and process, then
    copied into each test's fresh database: one transaction instead of ~20 (other modules use it too)."""
    saved = _SNAPSHOTS.get(db.backend)
    if saved is None:
        empty = _rows(db)
        street = build_small_street(db)
        added = [
            (table, [r for r in rows if r not in before])
            for (table, rows), (_, before) in zip(_rows(db), empty, strict=True)
        ]
        _SNAPSHOTS[db.backend] = (street, added)
        return street
    street, snapshot = saved
    with db.session(write=True) as session:
        connection = session.connection()
        for table, rows in snapshot:
            if rows:
                connection.execute(table.insert(), rows)
        BulkWriter(connection, {}).reset_sequences([t for t, rows in snapshot if rows and "id" in t.c])
    return street


def _rows(db: Database) -> Rows:
    """Every table's rows, parents before children (by primary key: ids grow down the tree)."""
    with db.session() as session:
        selects = [
            (table, select(table).order_by(*table.primary_key)) for table in Base.metadata.sorted_tables
        ]
        return [
            (table, [dict(row._mapping) for row in session.execute(query)]) for table, query in selects
        ]


def assert_tree_consistent(db: Database, *, labels: bool = True) -> None:
    """Every stored path, depth, address, (derived) label and count equals a recount from scratch."""
    with db.session() as session:
        nodes = {n.id: n for n in session.scalars(select(OrgNode))}
        homes = list(session.scalars(select(Resident.household_id).where(Resident.status == "living")))
        keys: dict[int, set[str]] = {}
        for key, node_id in session.execute(select(NodeSearchKey.key, NodeSearchKey.node_id)):
            keys.setdefault(node_id, set()).add(key)
    expected_path: dict[int, str] = {}

    def path_of(node_id: int) -> str:
        if node_id not in expected_path:
            parent_id = nodes[node_id].parent_id
            expected_path[node_id] = (path_of(parent_id) if parent_id else "/") + f"{node_id}/"
        return expected_path[node_id]

    residents: Counter[int] = Counter()
    households: Counter[int] = Counter()
    for home in homes:
        residents.update(int(part) for part in path_of(home).strip("/").split("/"))
    for node in nodes.values():
        if node.kind == "household":
            households.update(int(part) for part in path_of(node.id).strip("/").split("/"))
    for node in nodes.values():
        kind = NodeKind(node.kind)
        parent = nodes.get(node.parent_id) if node.parent_id else None
        assert node.path == path_of(node.id), node.name
        assert node.depth == kind.depth
        assert (parent.kind if parent else None) == (
            None if kind is NodeKind.STREET else list(NodeKind)[kind.depth - 1].value
        )
        if kind.depth >= NodeKind.COMPOUND.depth:
            assert node.address == ((parent.address or "") if parent else "") + node.name
        else:
            assert node.address is None
        counted = (residents[node.id], households[node.id])
        assert (node.resident_count, node.household_count) == counted, node.name
        if kind is NodeKind.HOUSEHOLD:
            assert node.id not in keys
            if labels:
                assert parent is not None
                names = (nodes[parent.parent_id].name, parent.name, node.name)  # type: ignore[index]
                assert node.label == "-".join("".join(c for c in n if c.isdigit()) for n in names)
        else:
            assert keys.get(node.id, set()) == set(node_search_keys(node.name))


def node_id(db: Database, name: str) -> int:
    with db.session() as session:
        found = list(session.scalars(select(OrgNode.id).where(OrgNode.name == name)))
    assert len(found) == 1, name
    return found[0]


def version(db: Database, node: int) -> int:
    with db.session() as session:
        found = session.scalar(select(OrgNode.version).where(OrgNode.id == node))
    assert found is not None
    return found


def last_audit(db: Database) -> tuple[str, str, str | None, dict[str, Any], dict[str, Any]]:
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    assert entry is not None
    before = json.loads(entry.before) if entry.before else {}
    after = json.loads(entry.after) if entry.after else {}
    return entry.action, entry.entity, entry.entity_id, before, after


def audit_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def second_grid(db: Database, street: SmallStreet) -> int:
    """Another community with a grid, a compound, a building and a unit, all empty."""
    community = org.create_node(db, SYSTEM, street.street, NodeKind.COMMUNITY, "和平社区")
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第二网格")
    compound = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "阳光家园")
    building = org.create_node(db, SYSTEM, compound.id, NodeKind.BUILDING, "7号楼")
    org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, "4单元")
    return grid.id


def test_renaming_a_compound_rewrites_addresses(db: Database, small_street: SmallStreet) -> None:
    before = version(db, small_street.compound)
    renamed = tree_edit.rename_node(db, SYSTEM, small_street.compound, " 幸福  嘉园 ", before)
    assert renamed.name == "幸福 嘉园" and renamed.address == "幸福 嘉园"
    assert version(db, small_street.compound) == before + 1
    assert org.get_node(db, small_street.household_501).address == "幸福 嘉园3栋2单元501室"
    assert org.get_node(db, small_street.other_household).address == "锦绣花园1栋1单元101室"
    assert filter_tree(db, "嘉园").matched_ids == {small_street.compound}  # its keys were rebuilt
    assert not filter_tree(db, "幸福里").matched_ids
    assert_tree_consistent(db)
    action, entity, entity_id, old, new = last_audit(db)
    assert (action, entity, entity_id) == ("rename", "node", str(small_street.compound))
    assert old["name"] == "幸福里小区" and new["name"] == "幸福 嘉园"


def test_renamed_buildings_and_units_relabel(db: Database, small_street: SmallStreet) -> None:
    building, unit = node_id(db, "3栋"), node_id(db, "2单元")
    tree_edit.rename_node(db, SYSTEM, building, "5号楼", version(db, building))
    tree_edit.rename_node(db, SYSTEM, unit, "4单元", version(db, unit))
    household = org.get_node(db, small_street.household_501)
    assert household.label == "5-4-501" and household.address == "幸福里小区5号楼4单元501室"
    assert org.resolve_node(db, "幸福社区/第一网格/幸福里小区/5号楼/4单元/5-4-502").id == (
        small_street.household_502
    )
    assert_tree_consistent(db)


def test_renaming_a_household_and_its_label(db: Database, small_street: SmallStreet) -> None:
    h501 = small_street.household_501
    renamed = tree_edit.rename_node(db, SYSTEM, h501, "503室", version(db, h501))
    assert (renamed.label, renamed.address) == ("3-2-503", "幸福里小区3栋2单元503室")
    labelled = tree_edit.rename_node(db, SYSTEM, h501, "503室", version(db, h501), new_label="3-2-503A")
    assert labelled.label == "3-2-503A"
    assert_tree_consistent(db, labels=False)
    with pytest.raises(ValidationError) as raised:
        tree_edit.rename_node(db, SYSTEM, small_street.compound, "x", 1, new_label="1-1")
    assert raised.value.args_map["detail"] == "households_only"


def test_rename_refusals(db: Database, small_street: SmallStreet) -> None:
    compound = small_street.compound
    current = version(db, compound)
    entries = audit_count(db)
    with pytest.raises(ValidationError):
        tree_edit.rename_node(db, SYSTEM, compound, "  ", current)
    with pytest.raises(Duplicate):
        tree_edit.rename_node(db, SYSTEM, compound, "锦绣花园", current)
    with pytest.raises(Duplicate):  # a household's label is unique among its unit's too
        h501 = small_street.household_501
        tree_edit.rename_node(db, SYSTEM, h501, "599室", version(db, h501), new_label="3-2-502")
    with pytest.raises(Conflict) as raised:
        tree_edit.rename_node(db, SYSTEM, compound, "新名字", current - 1 if current > 1 else 99)
    assert raised.value.code == "conflict" and raised.value.args_map["entity"] == "node"
    with pytest.raises(PermissionDenied):
        tree_edit.rename_node(db, HEAD, compound, "新名字", current)
    with pytest.raises(NotFound):
        tree_edit.rename_node(db, SYSTEM, 987654, "新名字", 1)
    assert org.get_node(db, compound).name == "幸福里小区" and audit_count(db) == entries
    # Saving the same name again changes nothing and logs nothing.
    tree_edit.rename_node(db, SYSTEM, compound, "幸福里小区", current)
    assert version(db, compound) == current and audit_count(db) == entries


def test_moving_a_building_to_another_compound(db: Database, small_street: SmallStreet) -> None:
    building = node_id(db, "3栋")
    other_compound = node_id(db, "锦绣花园")
    preview = tree_edit.move_preview(db, building, other_compound)
    assert (preview.nodes, preview.households, preview.residents) == (4, 2, 5)
    assert preview.old_place == "东风街道/幸福社区/第一网格/幸福里小区/3栋"
    assert preview.new_place == "东风街道/幸福社区/第一网格/锦绣花园/3栋"
    assert (preview.old_address, preview.new_address) == ("幸福里小区3栋", "锦绣花园3栋")
    moved = tree_edit.move_node(db, SYSTEM, building, other_compound, preview.version)
    assert moved.parent_id == other_compound and moved.address == "锦绣花园3栋"
    assert [c.name for c in org.children(db, other_compound)] == ["1栋", "3栋"]
    assert org.get_node(db, small_street.compound).resident_count == 0
    assert org.get_node(db, other_compound).resident_count == 7
    assert org.get_node(db, small_street.household_501).label == "3-2-501"  # same building number
    assert_tree_consistent(db)
    action, _, _, old, new = last_audit(db)
    assert action == "move" and old["parent_id"] == small_street.compound
    assert new["parent_id"] == other_compound and new["address"] == "锦绣花园3栋"


def test_moving_units_and_households_relabels_them(db: Database, small_street: SmallStreet) -> None:
    unit, other_building = node_id(db, "2单元"), node_id(db, "1栋")
    tree_edit.move_node(db, SYSTEM, unit, other_building, version(db, unit))
    assert org.get_node(db, small_street.household_501).label == "1-2-501"
    assert org.get_node(db, small_street.household_502).address == "锦绣花园1栋2单元502室"
    other_unit = node_id(db, "1单元")
    h = small_street.household_502
    moved = tree_edit.move_node(db, SYSTEM, h, other_unit, version(db, h))
    assert (moved.label, moved.address) == ("1-1-502", "锦绣花园1栋1单元502室")
    assert_tree_consistent(db)


def test_moving_grids_and_compounds_between_communities(db: Database, small_street: SmallStreet) -> None:
    grid2 = second_grid(db, small_street)
    compound = small_street.compound
    moved = tree_edit.move_node(db, SYSTEM, compound, grid2, version(db, compound))
    assert moved.path.startswith(org.get_node(db, grid2).path) and moved.address == "幸福里小区"
    assert org.get_node(db, grid2).resident_count == 5
    assert org.get_node(db, small_street.community).resident_count == 2
    assert_tree_consistent(db)
    grid1 = node_id(db, "第一网格")
    community2 = node_id(db, "和平社区")
    tree_edit.move_node(db, SYSTEM, grid1, community2, version(db, grid1))
    assert org.get_node(db, small_street.community).resident_count == 0
    assert org.get_node(db, community2).resident_count == 7
    assert org.get_node(db, small_street.street).resident_count == 7
    assert_tree_consistent(db)


def test_move_refusals(db: Database, small_street: SmallStreet) -> None:
    grid2 = second_grid(db, small_street)
    building = node_id(db, "3栋")
    compound, entries = small_street.compound, audit_count(db)
    for target in (compound, small_street.household_501):  # its own parent's kind only, never below
        with pytest.raises(ValidationError):
            tree_edit.move_node(db, SYSTEM, compound, target, version(db, compound))
    with pytest.raises(ValidationError) as raised:
        tree_edit.move_node(db, SYSTEM, building, grid2, version(db, building))
    assert raised.value.args_map["detail"] == "move_level"
    with pytest.raises(ValidationError):  # a street has no parent to change
        tree_edit.move_node(db, SYSTEM, small_street.street, small_street.community, 1)
    grid1 = node_id(db, "第一网格")
    with pytest.raises(ValidationError) as raised:
        tree_edit.move_preview(db, small_street.community, grid1)
    assert raised.value.args_map["detail"] == "move_into_itself"
    # A compound of the same name is already there.
    org.create_node(db, SYSTEM, grid2, NodeKind.COMPOUND, "幸福里小区")
    with pytest.raises(Duplicate):
        tree_edit.move_node(db, SYSTEM, compound, grid2, version(db, compound))
    other_compound = node_id(db, "锦绣花园")
    with pytest.raises(Conflict):
        tree_edit.move_node(db, SYSTEM, building, other_compound, version(db, building) + 1)
    with pytest.raises(PermissionDenied):
        tree_edit.move_node(db, HEAD, building, other_compound, version(db, building))
    assert audit_count(db) == entries + 1  # only the compound created above
    assert_tree_consistent(db)


def test_reorder_among_siblings(db: Database, small_street: SmallStreet) -> None:
    grid = node_id(db, "第一网格")
    org.create_node(db, SYSTEM, grid, NodeKind.COMPOUND, "阳光家园")
    third = node_id(db, "阳光家园")
    first = tree_edit.reorder_node(db, SYSTEM, third, 0)
    assert [c.name for c in first] == ["阳光家园", "幸福里小区", "锦绣花园"]
    assert last_audit(db)[3:] == ({"index": 2}, {"index": 0})
    siblings = tree_edit.reorder_node(db, SYSTEM, third, 99)  # clamped to the end
    assert [c.name for c in siblings] == ["幸福里小区", "锦绣花园", "阳光家园"]
    with db.session() as session:
        orders = select(OrgNode.sort_order).where(OrgNode.parent_id == grid).order_by(OrgNode.sort_order)
        assert list(session.scalars(orders)) == [1, 2, 3]
    entries = audit_count(db)
    tree_edit.reorder_node(db, SYSTEM, third, 2)  # already there
    assert audit_count(db) == entries
    with pytest.raises(PermissionDenied):
        tree_edit.reorder_node(db, HEAD, third, 0)


def test_deleting_an_empty_building_takes_its_units(db: Database, small_street: SmallStreet) -> None:
    building = org.create_node(db, SYSTEM, small_street.compound, NodeKind.BUILDING, "9栋")
    for name in ("1单元", "2单元"):
        org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, name)
    deleted = tree_edit.delete_node(db, SYSTEM, building.id, version(db, building.id))
    assert (deleted.node_id, deleted.parent_id, deleted.nodes) == (building.id, small_street.compound, 3)
    with db.session() as session:
        assert session.scalar(select(func.count()).where(OrgNode.path.like(f"{building.path}%"))) == 0
        keys = select(NodeSearchKey.key).where(NodeSearchKey.node_id == building.id)
        assert session.scalar(keys) is None
    action, _, entity_id, old, _ = last_audit(db)
    assert (action, entity_id, old["name"], old["nodes"]) == ("delete", str(building.id), "9栋", 3)
    assert_tree_consistent(db)


def test_deleting_an_empty_household_adjusts_counts(db: Database, small_street: SmallStreet) -> None:
    unit = node_id(db, "2单元")
    empty = org.create_node(db, SYSTEM, unit, NodeKind.HOUSEHOLD, "601室", label="3-2-601")
    assert org.get_node(db, small_street.street).household_count == 4
    tree_edit.delete_node(db, SYSTEM, empty.id)
    assert org.get_node(db, small_street.street).household_count == 3
    assert_tree_consistent(db)


def test_delete_refused_while_people_live_there(db: Database, small_street: SmallStreet) -> None:
    with pytest.raises(NodeNotDeletable) as raised:
        tree_edit.delete_node(db, SYSTEM, small_street.compound)
    assert raised.value.code == "node_not_deletable"
    assert raised.value.args_map["detail"] == "holds_people"
    assert (raised.value.args_map["households"], raised.value.args_map["residents"]) == (2, 5)
    with pytest.raises(NodeNotDeletable) as raised:
        tree_edit.delete_node(db, SYSTEM, small_street.household_501)
    assert (raised.value.args_map["households"], raised.value.args_map["residents"]) == (0, 3)
    with pytest.raises(Conflict):
        tree_edit.delete_node(db, SYSTEM, small_street.compound, expected_version=99)
    with pytest.raises(PermissionDenied):
        tree_edit.delete_node(db, HEAD, small_street.compound)
    assert_tree_consistent(db)


def test_delete_refused_while_in_use(db: Database, small_street: SmallStreet) -> None:
    community = org.create_node(db, SYSTEM, small_street.street, NodeKind.COMMUNITY, "和平社区")
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第二网格")
    with db.session(write=True) as session:
        head = NodeRole(node_id=grid.id, role="grid_head", person_name="刘网格", phone="13800000001")
        session.add(head)
        session.add(PartyOrg(kind="committee", name="和平社区党委", node_id=community.id, sort_order=1))
        session.add(PairedUnit(community_id=community.id, name="区税务局", kind="government"))
    with pytest.raises(NodeNotDeletable) as raised:
        tree_edit.delete_node(db, SYSTEM, community.id)
    args = raised.value.args_map
    assert args["detail"] == "in_use"
    assert (args["roles"], args["party_orgs"], args["paired_units"]) == (1, 1, 1)
    assert args["names"] == "网格长刘网格、和平社区党委、区税务局"
    with pytest.raises(NodeNotDeletable) as raised:
        tree_edit.delete_node(db, SYSTEM, grid.id)
    assert raised.value.args_map["roles"] == 1 and raised.value.args_map["party_orgs"] == 0
    assert org.get_node(db, grid.id).name == "第二网格"


def test_a_household_with_membership_history_is_kept(db: Database, small_street: SmallStreet) -> None:
    unit = node_id(db, "2单元")
    former = org.create_node(db, SYSTEM, unit, NodeKind.HOUSEHOLD, "601室", label="3-2-601")
    with db.session(write=True) as session:
        someone = session.scalar(select(Resident.id).limit(1))
        left = HouseholdMember(household_id=former.id, resident_id=someone, relation=9)
        left.joined_on, left.left_on = dt.date(2001, 1, 1), dt.date(2010, 1, 1)
        session.add(left)
    with pytest.raises(NodeNotDeletable) as raised:
        tree_edit.delete_node(db, SYSTEM, former.id)
    assert raised.value.args_map["detail"] == "membership_history"
    assert raised.value.args_map["members"] == 1
    assert org.get_node(db, former.id).household_count == 1
