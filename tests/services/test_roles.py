"""Roles at the nodes of the tree: who may hold what where, one-per-place roles, the contact sheet."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import test_tree_edit  # type: ignore[import-not-found]
from sqlalchemy import select
from street_fixtures import SmallStreet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, OrgNode, Resident
from gridgov_desktop.domain.enums import NodeKind, StaffRole, UserRole
from gridgov_desktop.domain.errors import (
    Duplicate,
    InvalidPhone,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import org, roles, tree_edit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.roles import assign_role, list_roles

HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
# The small street restored from a snapshot instead of registered again (see test_tree_edit).
small_street = test_tree_edit.small_street


def node(db: Database, name: str) -> int:
    with db.session() as session:
        (found,) = session.scalars(select(OrgNode.id).where(OrgNode.name == name))
    return found


def resident(db: Database, name: str) -> int:
    with db.session() as session:
        (found,) = session.scalars(select(Resident.id).where(Resident.name == name))
    return found


def test_the_level_rules() -> None:
    assert roles.roles_allowed_at(NodeKind.COMMUNITY) == (
        StaffRole.GRID_CHIEF,
        StaffRole.VOLUNTEER,
        StaffRole.ORDER_ASSISTANT,
        StaffRole.INFO_COLLECTOR,
    )
    assert roles.roles_allowed_at(NodeKind.GRID) == (
        StaffRole.GRID_HEAD,
        StaffRole.GRID_WORKER,
        StaffRole.VOLUNTEER,
        StaffRole.ORDER_ASSISTANT,
        StaffRole.INFO_COLLECTOR,
    )
    assert roles.roles_allowed_at(NodeKind.BUILDING) == (StaffRole.BUILDING_HEAD,)
    assert roles.roles_allowed_at(NodeKind.UNIT) == (StaffRole.UNIT_HEAD,)
    for kind in (NodeKind.STREET, NodeKind.COMPOUND, NodeKind.HOUSEHOLD):
        assert roles.roles_allowed_at(kind) == ()


def test_residents_and_typed_in_staff_hold_roles(db: Database, small_street: SmallStreet) -> None:
    grid = node(db, "第一网格")
    head = assign_role(db, SYSTEM, grid, StaffRole.GRID_HEAD, resident_id=resident(db, "张三明"))
    assert (head.person_name, head.phone, head.place, head.role_zh) == (
        "张三明",
        "13812345678",
        "第一网格",
        "网格长",
    )
    worker = assign_role(
        db,
        SYSTEM,
        grid,
        StaffRole.GRID_WORKER,
        person_name=" 刘  晓燕 ",
        phone="（024）８７６５４３２１",
        since=dt.date(2024, 3, 1),
    )
    assert (worker.person_name, worker.phone, worker.resident_id) == ("刘 晓燕", "024-87654321", None)
    other_phone = assign_role(
        db, SYSTEM, grid, StaffRole.VOLUNTEER, resident_id=resident(db, "张小明"), phone="13900001111"
    )
    assert other_phone.phone == "13900001111"  # a resident with no phone of their own on file
    assert [h.role for h in list_roles(db, SYSTEM, grid)] == [
        StaffRole.GRID_HEAD,
        StaffRole.GRID_WORKER,
        StaffRole.VOLUNTEER,
    ]
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    assert entry is not None and entry.action == "assign" and entry.entity == "role"
    assert json.loads(entry.after or "{}")["person_name"] == "张小明"


def test_refusals(db: Database, small_street: SmallStreet) -> None:
    grid, building = node(db, "第一网格"), node(db, "3栋")
    with pytest.raises(ValidationError) as raised:
        assign_role(db, SYSTEM, building, StaffRole.GRID_HEAD, person_name="甲", phone="13800000000")
    assert raised.value.args_map["detail"] == "role_level"
    assert raised.value.args_map["level"] == "楼栋"
    with pytest.raises(ValidationError):
        assign_role(
            db, SYSTEM, small_street.compound, StaffRole.VOLUNTEER, person_name="甲", phone="13800000000"
        )
    with pytest.raises(ValidationError) as raised:  # someone typed in needs a phone
        assign_role(db, SYSTEM, grid, StaffRole.GRID_WORKER, person_name="甲")
    assert raised.value.args_map["field"] == "phone"
    with pytest.raises(ValidationError):
        assign_role(db, SYSTEM, grid, StaffRole.GRID_WORKER, person_name="  ", phone="13800000000")
    with pytest.raises(InvalidPhone):
        assign_role(db, SYSTEM, grid, StaffRole.GRID_WORKER, person_name="甲", phone="12345")
    with pytest.raises(NotFound):
        assign_role(db, SYSTEM, grid, StaffRole.GRID_WORKER, resident_id=999_999)
    with pytest.raises(NotFound):
        assign_role(db, SYSTEM, 999_999, StaffRole.GRID_WORKER, person_name="甲", phone="13800000000")
    with pytest.raises(PermissionDenied):
        assign_role(db, HEAD, grid, StaffRole.GRID_WORKER, person_name="甲", phone="13800000000")
    someone = resident(db, "单田芳")
    assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, resident_id=someone)
    with pytest.raises(Duplicate):
        assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, resident_id=someone)
    assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, person_name="乙", phone="13800000000")
    with pytest.raises(Duplicate):
        assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, person_name="乙", phone="13800000001")
    with db.session(write=True) as session:
        dead = session.get(Resident, resident(db, "欧阳娜娜"))
        assert dead is not None
        dead.status = "deceased"
    with pytest.raises(ValidationError) as raised:
        assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, resident_id=resident(db, "欧阳娜娜"))
    assert raised.value.args_map["detail"] == "deceased"


def test_one_per_place_roles_are_replaced_on_request(db: Database, small_street: SmallStreet) -> None:
    building = node(db, "3栋")
    first = assign_role(
        db, SYSTEM, building, StaffRole.BUILDING_HEAD, resident_id=resident(db, "张三明")
    )
    with pytest.raises(ValidationError) as raised:
        assign_role(db, SYSTEM, building, StaffRole.BUILDING_HEAD, resident_id=resident(db, "曾小红"))
    assert raised.value.args_map["detail"] == "role_taken"
    assert raised.value.args_map["holder"] == "张三明"
    second = assign_role(
        db,
        SYSTEM,
        building,
        StaffRole.BUILDING_HEAD,
        resident_id=resident(db, "曾小红"),
        since=dt.date(2026, 1, 1),
        replace=True,
    )
    assert [h.id for h in list_roles(db, SYSTEM, building)] == [second.id]
    with db.session() as session:
        actions = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.after)
            .where(AuditEntry.entity == "role")
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, e) for a, e, _ in actions] == [
        ("assign", str(first.id)),
        ("end", str(first.id)),
        ("assign", str(second.id)),
    ]
    assert json.loads(actions[1][2]) == {"ended_on": "2026-01-01"}


def test_ending_and_removing_roles(db: Database, small_street: SmallStreet) -> None:
    unit = node(db, "2单元")
    held = assign_role(db, SYSTEM, unit, StaffRole.UNIT_HEAD, resident_id=resident(db, "张三明"))
    roles.end_role(db, SYSTEM, held.id, ended_on=dt.date(2026, 6, 30))
    assert list_roles(db, SYSTEM, unit) == []
    again = assign_role(db, SYSTEM, unit, StaffRole.UNIT_HEAD, person_name="丙", phone="13800000000")
    with pytest.raises(PermissionDenied):
        roles.remove_role(db, HEAD, again.id)
    roles.remove_role(db, SYSTEM, again.id)
    with pytest.raises(NotFound):
        roles.end_role(db, SYSTEM, again.id)
    with db.session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.before).where(AuditEntry.entity == "role")
        ).all()
    assert [a for a, _ in entries] == ["assign", "end", "assign", "delete"]
    assert json.loads(entries[1][1])["person_name"] == "张三明"


def test_the_contact_sheet_of_a_subtree_in_tree_order(db: Database, small_street: SmallStreet) -> None:
    community, grid = small_street.community, node(db, "第一网格")
    b3, b1, u2 = node(db, "3栋"), node(db, "1栋"), node(db, "2单元")
    assign_role(db, SYSTEM, b1, StaffRole.BUILDING_HEAD, person_name="丁", phone="13800000004")
    assign_role(db, SYSTEM, u2, StaffRole.UNIT_HEAD, person_name="丙", phone="13800000003")
    assign_role(db, SYSTEM, b3, StaffRole.BUILDING_HEAD, person_name="乙", phone="13800000002")
    assign_role(db, SYSTEM, grid, StaffRole.VOLUNTEER, person_name="戊", phone="13800000005")
    assign_role(db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="甲", phone="13800000001")
    assign_role(db, SYSTEM, community, StaffRole.GRID_CHIEF, person_name="书记", phone="13800000000")
    sheet = list_roles(db, SYSTEM, community, subtree=True)
    assert [(h.person_name, h.place) for h in sheet] == [
        ("书记", "幸福社区"),
        ("甲", "第一网格"),
        ("戊", "第一网格"),
        ("乙", "幸福里小区3栋"),
        ("丙", "幸福里小区3栋2单元"),
        ("丁", "锦绣花园1栋"),
    ]
    assert [h.person_name for h in list_roles(db, SYSTEM, small_street.compound, subtree=True)] == [
        "乙",
        "丙",
    ]
    assert list_roles(db, SYSTEM, small_street.compound) == []
    with pytest.raises(NotFound):
        list_roles(db, SYSTEM, 999_999)
    # Nodes keep their roles when the tree is reordered: the sheet follows the new order.
    tree_edit.reorder_node(db, SYSTEM, node(db, "锦绣花园"), 0)
    assert [h.person_name for h in list_roles(db, SYSTEM, grid, subtree=True)][2:] == ["丁", "乙", "丙"]
    assert org.get_node(db, b1).name == "1栋"
