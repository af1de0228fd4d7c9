"""Paired units of a community: 双报到 (who reported and when), 领办 (the items they took on) and
双评价 (how those were evaluated), with the counts the community's list shows."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import test_tree_edit  # type: ignore[import-not-found]
from sqlalchemy import select
from street_fixtures import SmallStreet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    InvalidPhone,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import paired_units as paired
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.paired_units import (
    Evaluation,
    ItemStatus,
    PairedUnitData,
    PairedUnitKind,
)

HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
# The small street restored from a snapshot instead of registered again (see test_tree_edit).
small_street = test_tree_edit.small_street
TAX = PairedUnitData(
    name=" 区税务局 ",
    kind=PairedUnitKind.GOVERNMENT,
    contact_name="周科长",
    contact_phone="024-2345 6789",
    reported_on=dt.date(2025, 3, 5),
)


def audit_trail(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity)
            .where(AuditEntry.entity.in_(("paired_unit", "paired_service_item")))
            .order_by(AuditEntry.id)
        ).all()
    return [(action, entity) for action, entity in rows]


def test_units_report_to_a_community(db: Database, small_street: SmallStreet) -> None:
    tax = paired.create_paired_unit(db, SYSTEM, small_street.community, TAX)
    assert (tax.name, tax.kind, tax.contact_phone, tax.reported_on, tax.is_active) == (
        "区税务局",
        PairedUnitKind.GOVERNMENT,
        "024-23456789",
        dt.date(2025, 3, 5),
        True,
    )
    assert PairedUnitKind.SOCIAL_ORGANISATION.label_zh == "社会组织"
    school = paired.create_paired_unit(
        db, SYSTEM, small_street.community, PairedUnitData("实验小学", PairedUnitKind.SCHOOL)
    )
    assert [u.name for u in paired.list_paired_units(db, small_street.community)] == [
        "区税务局",
        "实验小学",
    ]
    edited = paired.update_paired_unit(
        db,
        SYSTEM,
        school.id,
        PairedUnitData("实验小学", PairedUnitKind.SCHOOL, notes="每月一次"),
        school.version,
    )
    assert edited.notes == "每月一次" and edited.version == school.version + 1
    with pytest.raises(Conflict):
        paired.update_paired_unit(db, SYSTEM, school.id, TAX, school.version)
    with pytest.raises(Duplicate):  # the same name twice among the active units
        paired.update_paired_unit(db, SYSTEM, school.id, TAX, edited.version)
    with pytest.raises(Duplicate):
        paired.create_paired_unit(db, SYSTEM, small_street.community, TAX)
    gone = paired.deactivate_paired_unit(db, SYSTEM, tax.id, tax.version)
    assert not gone.is_active
    assert [u.name for u in paired.list_paired_units(db, small_street.community)] == ["实验小学"]
    everyone = paired.list_paired_units(db, small_street.community, include_inactive=True)
    assert [u.name for u in everyone] == ["实验小学", "区税务局"]
    # A new unit of the same name may report once the old one is inactive; then the old cannot return.
    again = paired.create_paired_unit(db, SYSTEM, small_street.community, TAX)
    with pytest.raises(Duplicate):
        paired.deactivate_paired_unit(db, SYSTEM, tax.id, gone.version, active=True)
    paired.deactivate_paired_unit(db, SYSTEM, again.id, again.version)
    assert paired.deactivate_paired_unit(db, SYSTEM, tax.id, gone.version, active=True).is_active
    assert audit_trail(db) == [
        ("create", "paired_unit"),
        ("create", "paired_unit"),
        ("update", "paired_unit"),
        ("deactivate", "paired_unit"),
        ("create", "paired_unit"),
        ("deactivate", "paired_unit"),
        ("reactivate", "paired_unit"),
    ]


def test_unit_refusals(db: Database, small_street: SmallStreet) -> None:
    with pytest.raises(NotFound):  # a compound is not a community
        paired.create_paired_unit(db, SYSTEM, small_street.compound, TAX)
    with pytest.raises(ValidationError):
        paired.create_paired_unit(
            db, SYSTEM, small_street.community, PairedUnitData(" ", PairedUnitKind.OTHER)
        )
    with pytest.raises(InvalidPhone):
        paired.create_paired_unit(
            db,
            SYSTEM,
            small_street.community,
            PairedUnitData("医院", PairedUnitKind.HOSPITAL, contact_phone="555"),
        )
    with pytest.raises(PermissionDenied):
        paired.create_paired_unit(db, HEAD, small_street.community, TAX)
    with pytest.raises(NotFound):
        paired.service_items(db, 999_999)
    assert audit_trail(db) == []


def test_service_items_from_claim_to_evaluation(db: Database, small_street: SmallStreet) -> None:
    tax = paired.create_paired_unit(db, SYSTEM, small_street.community, TAX)
    item = paired.add_service_item(
        db, SYSTEM, tax.id, " 政策宣讲进社区 ", description="每季度一次", claimed_on=dt.date(2026, 1, 10)
    )
    assert (item.title, item.status, item.claimed_on) == (
        "政策宣讲进社区",
        ItemStatus.CLAIMED,
        dt.date(2026, 1, 10),
    )
    with pytest.raises(ValidationError) as raised:  # evaluated only once done
        paired.evaluate_item(db, SYSTEM, item.id, Evaluation.GOOD, item.version)
    assert raised.value.args_map["detail"] == "not_done"
    started = paired.set_item_status(db, SYSTEM, item.id, ItemStatus.IN_PROGRESS, item.version)
    with pytest.raises(ValidationError) as raised:  # done before it was claimed
        paired.set_item_status(
            db, SYSTEM, item.id, ItemStatus.DONE, started.version, on=dt.date(2025, 12, 1)
        )
    assert raised.value.args_map["detail"] == "date_order"
    done = paired.set_item_status(
        db, SYSTEM, item.id, ItemStatus.DONE, started.version, on=dt.date(2026, 6, 1)
    )
    assert (done.status, done.completed_on) == (ItemStatus.DONE, dt.date(2026, 6, 1))
    rated = paired.evaluate_item(
        db,
        SYSTEM,
        item.id,
        Evaluation.EXCELLENT,
        done.version,
        evaluated_on=dt.date(2026, 6, 20),
        note=" 群众满意 ",
    )
    assert (rated.evaluation, rated.evaluated_on, rated.evaluation_note) == (
        Evaluation.EXCELLENT,
        dt.date(2026, 6, 20),
        "群众满意",
    )
    assert Evaluation.POOR.label_zh == "较差" and ItemStatus.DONE.label_zh == "已完成"
    with pytest.raises(ValidationError) as raised:  # an evaluated item is not reopened
        paired.set_item_status(db, SYSTEM, item.id, ItemStatus.IN_PROGRESS, rated.version)
    assert raised.value.args_map["detail"] == "status_change"
    with pytest.raises(Conflict):
        paired.evaluate_item(db, SYSTEM, item.id, Evaluation.GOOD, done.version)
    dropped = paired.add_service_item(db, SYSTEM, tax.id, "助老餐桌", claimed_on=dt.date(2026, 2, 1))
    dropped = paired.set_item_status(db, SYSTEM, dropped.id, ItemStatus.DROPPED, dropped.version)
    assert dropped.completed_on is None
    with pytest.raises(ValidationError):  # dropped → done is not a step
        paired.set_item_status(db, SYSTEM, dropped.id, ItemStatus.DONE, dropped.version)
    reclaimed = paired.set_item_status(db, SYSTEM, dropped.id, ItemStatus.CLAIMED, dropped.version)
    edited = paired.update_service_item(
        db, SYSTEM, reclaimed.id, reclaimed.version, title="助老餐桌（午餐）", description="工作日"
    )
    assert (edited.title, edited.description) == ("助老餐桌（午餐）", "工作日")
    paired.add_service_item(db, SYSTEM, tax.id, "误录事项")
    (unit,) = paired.list_paired_units(db, small_street.community)
    assert (unit.items, unit.open_items, unit.done_items, unit.evaluated_items) == (3, 2, 1, 1)
    mistaken = paired.service_items(db, tax.id)[0]
    assert mistaken.title == "误录事项"  # the latest claimed first
    paired.remove_service_item(db, SYSTEM, mistaken.id)
    assert [i.title for i in paired.service_items(db, tax.id)] == ["助老餐桌（午餐）", "政策宣讲进社区"]
    trail = [action for action, entity in audit_trail(db) if entity == "paired_service_item"]
    steps = "create status status evaluate create status status update create delete"
    assert trail == steps.split()
    with db.session() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "evaluate"))
    assert entry is not None and json.loads(entry.after or "{}")["evaluation"] == "excellent"
    withdrawn = paired.evaluate_item(db, SYSTEM, item.id, None, rated.version)
    assert withdrawn.evaluation is None and withdrawn.evaluated_on is None


def test_an_inactive_unit_takes_on_nothing_new(db: Database, small_street: SmallStreet) -> None:
    tax = paired.create_paired_unit(db, SYSTEM, small_street.community, TAX)
    paired.deactivate_paired_unit(db, SYSTEM, tax.id, tax.version)
    with pytest.raises(ValidationError) as raised:
        paired.add_service_item(db, SYSTEM, tax.id, "新事项")
    assert raised.value.args_map["detail"] == "inactive"
    school = PairedUnitData("实验小学", PairedUnitKind.SCHOOL)
    active = paired.create_paired_unit(db, SYSTEM, small_street.community, school)
    with pytest.raises(ValidationError) as raised:
        paired.add_service_item(db, SYSTEM, active.id, "  ")
    assert raised.value.args_map["field"] == "title"
    with pytest.raises(PermissionDenied):
        paired.add_service_item(db, HEAD, tax.id, "新事项")
