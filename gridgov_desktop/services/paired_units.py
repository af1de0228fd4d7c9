"""Paired units (共建单位) of a community: bodies that report to it (双报到, ``reported_on``), take on
service items (领办) and are evaluated on them (双评价).

Rules: a paired unit belongs to a community node and its name is unique among the community's active
units; a deactivated unit keeps its history but takes on nothing new. A service item moves
claimed → in progress → done (or dropped); a done item may be reopened until it is evaluated, a dropped
one claimed again. Only done items are evaluated (excellent / good / fair / poor, with date and note);
dates never run backwards (claimed ≤ completed ≤ evaluated).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.db.tables_community import PairedServiceItem, PairedUnit
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import Conflict, Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import lock_tree
from gridgov_desktop.services.permissions import Permission, require

_T = TypeVar("_T", PairedUnit, PairedServiceItem)


class _Labelled(StrEnum):
    @property
    def label_zh(self) -> str:
        return _ZH[self.value]


class PairedUnitKind(_Labelled):
    GOVERNMENT = "government"  # 机关
    PUBLIC_INSTITUTION = "public_institution"  # 事业单位
    SCHOOL = "school"  # 学校
    HOSPITAL = "hospital"  # 医院
    COMPANY = "company"  # 企业
    SOCIAL_ORGANISATION = "social_organisation"  # 社会组织
    OTHER = "other"  # 其他


class ItemStatus(_Labelled):
    CLAIMED = "claimed"  # 已认领
    IN_PROGRESS = "in_progress"  # 办理中
    DONE = "done"  # 已完成
    DROPPED = "dropped"  # 已终止


class Evaluation(_Labelled):
    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    FAIR = "fair"  # 一般
    POOR = "poor"  # 较差


_ZH = {
    "government": "机关", "public_institution": "事业单位", "school": "学校", "hospital": "医院",
    "company": "企业", "social_organisation": "社会组织", "other": "其他",
    "claimed": "已认领", "in_progress": "办理中", "done": "已完成", "dropped": "已终止",
    "excellent": "优秀", "good": "良好", "fair": "一般", "poor": "较差",
}  # fmt: skip
# The status changes a clerk may make; anything else is refused.
NEXT_STATUS: dict[ItemStatus, frozenset[ItemStatus]] = {
    ItemStatus.CLAIMED: frozenset({ItemStatus.IN_PROGRESS, ItemStatus.DONE, ItemStatus.DROPPED}),
    ItemStatus.IN_PROGRESS: frozenset({ItemStatus.CLAIMED, ItemStatus.DONE, ItemStatus.DROPPED}),
    ItemStatus.DONE: frozenset({ItemStatus.IN_PROGRESS}),  # reopened, unless evaluated
    ItemStatus.DROPPED: frozenset({ItemStatus.CLAIMED}),
}


@dataclass(frozen=True)
class PairedUnitData:
    """What the paired-unit form submits."""

    name: str
    kind: PairedUnitKind
    contact_name: str | None = None
    contact_phone: str | None = None
    reported_on: dt.date | None = None  # 双报到: the day it reported to the community
    notes: str | None = None


@dataclass(frozen=True)
class PairedUnitInfo:
    id: int
    community_id: int
    name: str
    kind: PairedUnitKind
    contact_name: str | None
    contact_phone: str | None
    reported_on: dt.date | None
    notes: str | None
    is_active: bool
    version: int
    items: int = 0  # service items taken on, of any status
    open_items: int = 0  # claimed or in progress
    done_items: int = 0
    evaluated_items: int = 0


@dataclass(frozen=True)
class ServiceItemInfo:
    id: int
    paired_unit_id: int
    title: str
    description: str | None
    claimed_on: dt.date | None
    status: ItemStatus
    completed_on: dt.date | None
    evaluation: Evaluation | None
    evaluated_on: dt.date | None
    evaluation_note: str | None
    version: int


def create_paired_unit(
    db: Database, actor: Actor, community_id: int, data: PairedUnitData
) -> PairedUnitInfo:
    """Record a body that reported to the community (双报到)."""
    require(actor, Permission.EDIT_TREE)
    values = _unit_values(data)
    with db.session(write=True) as session:
        lock_tree(session)  # a name unique among the active units: checked, then written
        community = session.get(OrgNode, community_id)
        if community is None or community.kind != NodeKind.COMMUNITY.value:
            raise NotFound(entity="community", key=community_id)
        _refuse_twin(session, community_id, values["name"], None)
        unit = PairedUnit(community_id=community_id, **values)
        session.add(unit)
        session.flush()
        after = {"community_id": community_id, **values}
        audit.record(session, actor, "create", "paired_unit", unit.id, after=after)
        return _unit_infos(session, [unit])[0]


def update_paired_unit(
    db: Database, actor: Actor, unit_id: int, data: PairedUnitData, expected_version: int
) -> PairedUnitInfo:
    values = _unit_values(data)
    return _edit_unit(db, actor, unit_id, expected_version, "update", values)


def deactivate_paired_unit(
    db: Database, actor: Actor, unit_id: int, expected_version: int, *, active: bool = False
) -> PairedUnitInfo:
    """The unit no longer works with the community (``active=True``: it does again); its items and
    evaluations stay on record."""
    action = "reactivate" if active else "deactivate"
    return _edit_unit(db, actor, unit_id, expected_version, action, {"is_active": active})


def _edit_unit(
    db: Database, actor: Actor, unit_id: int, expected_version: int, action: str, values: dict[str, Any]
) -> PairedUnitInfo:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        unit = _get(session, PairedUnit, unit_id, expected_version)
        if values.get("is_active", unit.is_active):
            _refuse_twin(session, unit.community_id, values.get("name", unit.name), unit.id)
        _apply(session, actor, unit, action, values)
        return _unit_infos(session, [unit])[0]


def list_paired_units(
    db: Database, community_id: int, *, include_inactive: bool = False
) -> list[PairedUnitInfo]:
    """A community's paired units, active ones first, each by name, with counts of their items."""
    with db.session() as session:
        query = select(PairedUnit).where(PairedUnit.community_id == community_id)
        if not include_inactive:
            query = query.where(PairedUnit.is_active.is_(True))
        query = query.order_by(PairedUnit.is_active.desc(), PairedUnit.name, PairedUnit.id)
        return _unit_infos(session, list(session.scalars(query)))


def add_service_item(
    db: Database,
    actor: Actor,
    unit_id: int,
    title: str,
    *,
    description: str | None = None,
    claimed_on: dt.date | None = None,
) -> ServiceItemInfo:
    """A service item the unit takes on (领办), claimed on ``claimed_on`` (default today)."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        unit = _get(session, PairedUnit, unit_id)
        if not unit.is_active:
            raise ValidationError("inactive", field="paired_unit", name=unit.name)
        item = PairedServiceItem(paired_unit_id=unit_id, title=_text(title, "title", 200))
        item.description, item.claimed_on = _optional(description), claimed_on or dt.date.today()
        item.status = ItemStatus.CLAIMED.value
        session.add(item)
        session.flush()
        after = {"paired_unit_id": unit_id, "title": item.title, "claimed_on": item.claimed_on}
        audit.record(session, actor, "create", "paired_service_item", item.id, after=after)
        return _item_info(item)


def update_service_item(
    db: Database,
    actor: Actor,
    item_id: int,
    expected_version: int,
    *,
    title: str,
    description: str | None = None,
    claimed_on: dt.date | None = None,
) -> ServiceItemInfo:
    values: dict[str, Any] = {"title": _text(title, "title", 200), "description": _optional(description)}
    if claimed_on is not None:
        values["claimed_on"] = claimed_on
    return _edit_item(db, actor, item_id, expected_version, "update", values)


def set_item_status(
    db: Database,
    actor: Actor,
    item_id: int,
    status: ItemStatus,
    expected_version: int,
    *,
    on: dt.date | None = None,
) -> ServiceItemInfo:
    """Move an item along (``NEXT_STATUS``); done on ``on`` (default today)."""
    values = {
        "status": status,
        "completed_on": (on or dt.date.today()) if status is ItemStatus.DONE else None,
    }
    return _edit_item(db, actor, item_id, expected_version, "status", values)


def evaluate_item(
    db: Database,
    actor: Actor,
    item_id: int,
    evaluation: Evaluation | None,
    expected_version: int,
    *,
    evaluated_on: dt.date | None = None,
    note: str | None = None,
) -> ServiceItemInfo:
    """双评价 of a done item, as of ``evaluated_on`` (default today); ``None`` withdraws it."""
    values: dict[str, Any] = {
        "evaluation": evaluation.value if evaluation else None,
        "evaluated_on": (evaluated_on or dt.date.today()) if evaluation else None,
        "evaluation_note": _optional(note) if evaluation else None,
    }
    return _edit_item(db, actor, item_id, expected_version, "evaluate", values)


def remove_service_item(db: Database, actor: Actor, item_id: int) -> None:
    """Take back an item entered by mistake (one that was taken on and given up is ``dropped``)."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        item = _get(session, PairedServiceItem, item_id)
        before = {"paired_unit_id": item.paired_unit_id, "title": item.title, "status": item.status}
        session.delete(item)
        audit.record(session, actor, "delete", "paired_service_item", item_id, before=before)


def service_items(db: Database, unit_id: int) -> list[ServiceItemInfo]:
    """The unit's items, the latest claimed first."""
    with db.session() as session:
        _get(session, PairedUnit, unit_id)
        items = select(PairedServiceItem).where(PairedServiceItem.paired_unit_id == unit_id)
        items = items.order_by(PairedServiceItem.claimed_on.desc(), PairedServiceItem.id.desc())
        return [_item_info(item) for item in session.scalars(items)]


def _edit_item(
    db: Database, actor: Actor, item_id: int, expected_version: int, action: str, values: dict[str, Any]
) -> ServiceItemInfo:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        item = _get(session, PairedServiceItem, item_id, expected_version)
        current = ItemStatus(item.status)
        status = values.get("status", current)
        if status is not current:
            if status not in NEXT_STATUS[current] or (current is ItemStatus.DONE and item.evaluation):
                change = {"old": current.label_zh, "new": status.label_zh}
                raise ValidationError("status_change", field="status", **change)
            values["status"] = status.value
        else:
            for key in ("status", "completed_on"):
                values.pop(key, None)
        if "evaluation" in values and values["evaluation"] and current is not ItemStatus.DONE:
            raise ValidationError("not_done", field="evaluation")
        dates = [values.get(k, getattr(item, k)) for k in ("claimed_on", "completed_on", "evaluated_on")]
        known = [d for d in dates if d is not None]
        if known != sorted(known):
            raise ValidationError("date_order", field="date")
        _apply(session, actor, item, action, values)
        return _item_info(item)


def _apply(session: Session, actor: Actor, row: _T, action: str, values: dict[str, Any]) -> None:
    """Set ``values`` on ``row`` and log the change, if there is one."""
    before = {key: getattr(row, key) for key in values}
    if before == values:
        return
    for key, value in values.items():
        setattr(row, key, value)
    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict(entity=row.__tablename__, key=row.id) from exc
    audit.record(session, actor, action, row.__tablename__, row.id, before=before, after=values)


def _unit_values(data: PairedUnitData) -> dict[str, Any]:
    phone = _optional(data.contact_phone)
    contact = _optional(data.contact_name)
    if contact is not None and len(contact) > 64:
        raise ValidationError("too_long", field="contact_name", maximum=64)
    return {
        "name": _text(data.name, "unit_name", 100),
        "kind": PairedUnitKind(data.kind).value,
        "contact_name": contact,
        "contact_phone": parse_phone(phone).number if phone else None,
        "reported_on": data.reported_on,
        "notes": _optional(data.notes),
    }


def _refuse_twin(session: Session, community_id: int, name: str, unit_id: int | None) -> None:
    active = select(PairedUnit.id).where(PairedUnit.community_id == community_id, PairedUnit.is_active)
    twin = session.scalar(active.where(PairedUnit.name == name, PairedUnit.id != (unit_id or 0)))
    if twin is not None:
        raise Duplicate(entity="paired_unit", key=name)


def _unit_infos(session: Session, units: list[PairedUnit]) -> list[PairedUnitInfo]:
    status = PairedServiceItem.status
    counts = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                PairedServiceItem.paired_unit_id,
                func.count(),
                func.sum(case((status.in_(("claimed", "in_progress")), 1), else_=0)),
                func.sum(case((status == "done", 1), else_=0)),
                func.count(PairedServiceItem.evaluation),
            )
            .where(PairedServiceItem.paired_unit_id.in_([u.id for u in units]))
            .group_by(PairedServiceItem.paired_unit_id)
        )
    }

    def info(u: PairedUnit) -> PairedUnitInfo:
        head = (u.id, u.community_id, u.name, PairedUnitKind(u.kind), u.contact_name, u.contact_phone)
        tail = (u.reported_on, u.notes, bool(u.is_active), u.version)
        items = tuple(int(n or 0) for n in counts.get(u.id, (0, 0, 0, 0)))
        return PairedUnitInfo(*(head + tail), *items)

    return [info(u) for u in units]


def _item_info(item: PairedServiceItem) -> ServiceItemInfo:
    evaluation = Evaluation(item.evaluation) if item.evaluation else None
    head = (item.id, item.paired_unit_id, item.title, item.description, item.claimed_on)
    status = ItemStatus(item.status)
    tail = (status, item.completed_on, evaluation, item.evaluated_on, item.evaluation_note, item.version)
    return ServiceItemInfo(*(head + tail))


def _text(value: str, field: str, maximum: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError("required", field=field)
    if len(cleaned) > maximum:
        raise ValidationError("too_long", field=field, maximum=maximum)
    return cleaned


def _optional(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _get(session: Session, entity: type[_T], key: int, expected_version: int | None = None) -> _T:
    found = session.get(entity, key)
    if found is None:
        raise NotFound(entity=entity.__tablename__, key=key)
    if expected_version is not None and (actual := found.version) != expected_version:
        raise Conflict(entity=entity.__tablename__, key=key, expected=expected_version, actual=actual)
    return found
