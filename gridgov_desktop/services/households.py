"""Household changes — move in, move out, change of head, split, death — planned, reviewed, applied.

Each change is first *planned*: the plan shows every household involved before and after, and what
happens to each person, so that the clerk can review it (UX.md: destructive actions show what will
change and ask once). Applying a plan re-checks that nothing changed meanwhile and writes it all in one
transaction. People are never deleted: they leave with a date and a status.

SQLAlchemy and the tables are imported inside the functions that write: the GUI imports this
module at start-up, which must not wait for SQLAlchemy (bench/startup.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, Relation, ResidentStatus, Sex
from gridgov_desktop.domain.errors import Conflict, NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.services import audit, org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require


class ChangeKind(StrEnum):
    MOVE_IN = "move_in"  # 迁入
    MOVE_OUT = "move_out"  # 迁出 (away, or into another household of the street)
    CHANGE_HEAD = "change_head"  # 变更户主
    SPLIT = "split"  # 分户
    DEATH = "death"  # 死亡注销


if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables import HouseholdMember
    from gridgov_desktop.services.grid_scope import GridScope


@dataclass(frozen=True)
class Member:
    resident_id: int
    name: str
    sex: Sex
    birth_date: dt.date | None
    id_number_masked: str
    relation: Relation


@dataclass(frozen=True)
class HouseholdView:
    household_id: int
    label: str
    address: str
    members: tuple[Member, ...]

    @property
    def head(self) -> Member | None:
        return next((m for m in self.members if m.relation is Relation.HEAD), None)


@dataclass(frozen=True)
class Departure:
    """Someone who leaves the street's households: moved away or deceased."""

    member: Member
    status: ResidentStatus
    reason: str


@dataclass(frozen=True)
class HouseholdPlan:
    """A reviewed change: households before and after, people leaving, and when."""

    kind: ChangeKind
    on: dt.date
    before: tuple[HouseholdView, ...]
    after: tuple[HouseholdView, ...]
    departures: tuple[Departure, ...] = ()
    # A household to create for a split: (unit id, room name, label).
    new_household: tuple[int, str, str] | None = None
    warnings: tuple[str, ...] = field(default=())


def household(db: Database, actor: Actor, household_id: int) -> HouseholdView:
    """The members of a household, head first, with their relation to the head (a grid worker's
    households only: ``PermissionDenied`` elsewhere)."""
    with db.session() as session:
        return _view(session, household_id, _scope(session, actor, Permission.VIEW_RESIDENTS))


def _scope(session: Session, actor: Actor, permission: Permission) -> GridScope:
    from gridgov_desktop.services.grid_scope import scope_in

    return scope_in(session, actor, permission)


def _view(session: Session, household_id: int, scope: GridScope | None = None) -> HouseholdView:
    """The household as it is now; refused when ``scope`` (the caller's grids) does not cover it."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident

    node = session.get(OrgNode, household_id)
    if node is None or node.kind != NodeKind.HOUSEHOLD.value:
        raise NotFound(entity="household", key=household_id)
    if scope is not None:
        scope.check(node.path)
    rows = session.execute(
        select(
            Resident.id,
            Resident.name,
            Resident.sex,
            Resident.birth_date,
            Resident.id_number,
            HouseholdMember.relation,
        )
        .join(HouseholdMember, HouseholdMember.resident_id == Resident.id)
        .where(HouseholdMember.household_id == household_id, HouseholdMember.left_on.is_(None))
        .order_by(HouseholdMember.relation, Resident.birth_date, Resident.id)
    ).all()
    members = tuple(
        Member(
            r.id,
            r.name,
            Sex(r.sex),
            r.birth_date,
            mask_id_number(r.id_number) if r.id_number else "",
            Relation(r.relation),
        )
        for r in rows
    )
    return HouseholdView(node.id, node.label or node.name, node.address or "", members)


def _current_household(session: Session, resident_id: int) -> int | None:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import HouseholdMember

    return session.scalar(
        select(HouseholdMember.household_id).where(
            HouseholdMember.resident_id == resident_id, HouseholdMember.left_on.is_(None)
        )
    )


def _member(session: Session, resident_id: int, relation: Relation) -> Member:
    from gridgov_desktop.db.tables import Resident

    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(entity="resident", key=resident_id)
    masked = mask_id_number(resident.id_number) if resident.id_number else ""
    return Member(resident.id, resident.name, Sex(resident.sex), resident.birth_date, masked, relation)


def _without(view: HouseholdView, resident_ids: set[int]) -> HouseholdView:
    return replace(view, members=tuple(m for m in view.members if m.resident_id not in resident_ids))


def _with_relations(view: HouseholdView, relations: Mapping[int, Relation]) -> HouseholdView:
    return replace(
        view,
        members=tuple(
            replace(m, relation=relations.get(m.resident_id, m.relation)) for m in view.members
        ),
    )


def _check_heads(views: Sequence[HouseholdView]) -> None:
    """Every household that still has members has exactly one head."""
    for view in views:
        heads = sum(1 for m in view.members if m.relation is Relation.HEAD)
        if view.members and heads != 1:
            raise ValidationError("one_head", field="relation", household=view.label, heads=heads)


def plan_move_in(
    db: Database, actor: Actor, resident_id: int, household_id: int, relation: Relation, on: dt.date
) -> HouseholdPlan:
    """A person joins a household: from outside the street's households (back from moving away, or
    registered without one) or from another household, which they leave."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.services.grid_scope import check_resident

    with db.session() as session:
        scope = _scope(session, actor, Permission.EDIT_RESIDENTS)
        target = _view(session, household_id, scope)
        check_resident(session, scope, resident_id)  # a grid worker moves only their own people
        if any(m.resident_id == resident_id for m in target.members):
            raise ValidationError("already_member", field="household")
        status = session.scalar(select(Resident.status).where(Resident.id == resident_id))
        if status == ResidentStatus.DECEASED.value:
            raise ValidationError("deceased", field="resident")
        member = _member(session, resident_id, relation)
        before = [target]
        after_target = replace(target, members=(*target.members, member))
        after = [after_target]
        source_id = _current_household(session, resident_id)
        if source_id is not None:
            source = _view(session, source_id, scope)
            before.insert(0, source)
            after.insert(0, _without(source, {resident_id}))
    _check_heads(after)
    return HouseholdPlan(ChangeKind.MOVE_IN, on, tuple(before), tuple(after))


def plan_move_out(
    db: Database,
    actor: Actor,
    resident_ids: Sequence[int],
    on: dt.date,
    *,
    reason: str = "",
    new_head_relations: Mapping[int, Relation] | None = None,
) -> HouseholdPlan:
    """People move away from the street (status 迁出). If the head leaves, ``new_head_relations``
    names the new head (and any other new relations) of those who stay."""
    ids = set(resident_ids)
    with db.session() as session:
        scope = _scope(session, actor, Permission.EDIT_RESIDENTS)
        household_ids = {_current_household(session, rid) for rid in ids}
        if None in household_ids or len(household_ids) != 1:
            raise ValidationError("same_household", field="resident")
        source = _view(session, household_ids.pop(), scope)  # type: ignore[arg-type]
    leaving = [m for m in source.members if m.resident_id in ids]
    after = _with_relations(_without(source, ids), new_head_relations or {})
    _check_heads([after])
    departures = tuple(Departure(m, ResidentStatus.MOVED_OUT, reason.strip()) for m in leaving)
    return HouseholdPlan(ChangeKind.MOVE_OUT, on, (source,), (after,), departures)


def plan_change_head(
    db: Database, actor: Actor, household_id: int, relations: Mapping[int, Relation], on: dt.date
) -> HouseholdPlan:
    """A new head, and each member's relation to the new head (the clerk restates them)."""
    with db.session() as session:
        view = _view(session, household_id, _scope(session, actor, Permission.EDIT_RESIDENTS))
    members = {m.resident_id for m in view.members}
    if set(relations) - members:
        raise ValidationError("not_member", field="relation")
    after = _with_relations(view, relations)
    _check_heads([after])
    if after.head == view.head:
        raise ValidationError("same_head", field="relation")
    return HouseholdPlan(ChangeKind.CHANGE_HEAD, on, (view,), (after,))


def plan_split(
    db: Database,
    actor: Actor,
    household_id: int,
    relations_in_new: Mapping[int, Relation],
    on: dt.date,
    *,
    unit_id: int,
    room: str,
    relations_in_old: Mapping[int, Relation] | None = None,
) -> HouseholdPlan:
    """Some members form a new household (a new room ``room`` under ``unit_id``), each with their
    relation to its head; those who stay may get new relations too (if the head left)."""
    from gridgov_desktop.db.tables import OrgNode

    room = room.strip()
    if not room:
        raise ValidationError("required", field="room")
    ids = set(relations_in_new)
    with db.session() as session:
        scope = _scope(session, actor, Permission.EDIT_RESIDENTS)
        view = _view(session, household_id, scope)
        unit = session.get(OrgNode, unit_id)
        if unit is None or unit.kind != NodeKind.UNIT.value:
            raise NotFound(entity="node", key=unit_id)
        scope.check(unit.path)
        building = session.get(OrgNode, unit.parent_id) if unit.parent_id else None
    if not ids or not ids <= {m.resident_id for m in view.members}:
        raise ValidationError("not_member", field="relation")
    if ids == {m.resident_id for m in view.members}:
        raise ValidationError("split_everyone", field="relation")
    label = _label(building.name if building else "", unit.name, room)
    moving = tuple(
        replace(m, relation=relations_in_new[m.resident_id])
        for m in view.members
        if m.resident_id in ids
    )
    new_view = HouseholdView(0, label, (unit.address or "") + _room_name(room), moving)
    after_old = _with_relations(_without(view, ids), relations_in_old or {})
    _check_heads([after_old, new_view])
    return HouseholdPlan(
        ChangeKind.SPLIT,
        on,
        (view,),
        (after_old, new_view),
        new_household=(unit_id, _room_name(room), label),
    )


def plan_death(
    db: Database,
    actor: Actor,
    resident_id: int,
    on: dt.date,
    *,
    new_head_relations: Mapping[int, Relation] | None = None,
) -> HouseholdPlan:
    """Record a death (status 死亡, with the date); a deceased head needs a new head."""
    plan = plan_move_out(db, actor, [resident_id], on, new_head_relations=new_head_relations)
    departures = tuple(replace(d, status=ResidentStatus.DECEASED) for d in plan.departures)
    return replace(plan, kind=ChangeKind.DEATH, departures=departures)


def _room_name(room: str) -> str:
    return room if room.endswith("室") else f"{room}室"


def _label(building: str, unit: str, room: str) -> str:
    def number(text: str) -> str:
        digits = "".join(c for c in text if c.isdigit())
        return digits or text

    return "-".join(
        part for part in (number(building), number(unit), number(room.removesuffix("室"))) if part
    )


def apply_plan(db: Database, actor: Actor, plan: HouseholdPlan) -> tuple[HouseholdView, ...]:
    """Write a reviewed plan in one transaction. If any household involved changed since the plan
    was made (another window), nothing is written and ``Conflict`` asks for a fresh review."""
    require(actor, Permission.EDIT_RESIDENTS)
    with db.session(write=True) as session:
        org.lock_tree(session, shared=True)  # paths read below must not move before the counts land
        scope = _scope(session, actor, Permission.EDIT_RESIDENTS)
        for view in plan.before:
            if _view(session, view.household_id, scope) != view:
                raise Conflict(entity="household", key=view.label)
        for departure in plan.departures:  # a plan is data: its people are checked again
            _check_member(session, scope, departure.member.resident_id)
        for view in plan.after:
            for member in view.members:
                _check_member(session, scope, member.resident_id)
        new_id = (
            _create_household(session, actor, plan.new_household, scope) if plan.new_household else None
        )
        targets = {view.household_id or new_id: view for view in plan.after}
        leaving = {d.member.resident_id: d for d in plan.departures}
        for household_id, view in targets.items():
            assert household_id is not None
            for member in view.members:
                _place(session, member, household_id, plan.on)
        for departure in plan.departures:
            _depart(session, departure, plan.on)
        result = tuple(_view(session, hid) for hid in targets if hid is not None)
        audit.record(
            session,
            actor,
            plan.kind.value,
            "household",
            ",".join(str(v.household_id) for v in plan.before),
            before={"households": [_summary(v) for v in plan.before]},
            after={
                "households": [_summary(v) for v in result],
                "departures": {rid: d.status.value for rid, d in leaving.items()},
            },
        )
        return result


def _summary(view: HouseholdView) -> dict[str, object]:
    return {
        "id": view.household_id,
        "label": view.label,
        "members": [(m.resident_id, m.name, int(m.relation)) for m in view.members],
    }


def _check_member(session: Session, scope: GridScope, resident_id: int) -> None:
    from gridgov_desktop.services.grid_scope import check_resident

    check_resident(session, scope, resident_id)


def _create_household(
    session: Session, actor: Actor, spec: tuple[int, str, str], scope: GridScope
) -> int:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode

    unit_id, room, label = spec
    unit = session.get(OrgNode, unit_id)
    if unit is None or unit.kind != NodeKind.UNIT.value:
        raise NotFound(entity="node", key=unit_id)
    scope.check(unit.path)
    taken = session.scalar(select(OrgNode.id).where(OrgNode.parent_id == unit_id, OrgNode.name == room))
    if taken is not None:
        raise ValidationError("room_taken", field="room", room=room)
    node = OrgNode(
        parent_id=unit_id,
        kind=NodeKind.HOUSEHOLD.value,
        name=room,
        path="/pending/",
        depth=NodeKind.HOUSEHOLD.depth,
        label=label,
        address=(unit.address or "") + room,
        household_type="family",
        sort_order=0,
    )
    session.add(node)
    session.flush()
    node.path = f"{unit.path}{node.id}/"
    session.flush()
    org.add_to_counts(session, node.path, households=1)
    audit.record(session, actor, "create", "node", node.id, after={"kind": "household", "label": label})
    return node.id


def _place(session: Session, member: Member, household_id: int, on: dt.date) -> None:
    """Make ``household_id`` the member's household with ``member.relation``, closing any other."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident

    current = session.scalar(
        select(HouseholdMember).where(
            HouseholdMember.resident_id == member.resident_id, HouseholdMember.left_on.is_(None)
        )
    )
    if current is not None and current.household_id == household_id:
        current.relation = int(member.relation)  # same household: only the relation changes
        return
    if current is not None:
        _leave(session, current, on)
    session.add(
        HouseholdMember(
            household_id=household_id,
            resident_id=member.resident_id,
            relation=int(member.relation),
            joined_on=on,
        )
    )
    resident = session.get(Resident, member.resident_id)
    assert resident is not None
    resident.household_id = household_id
    resident.status, resident.status_date = ResidentStatus.LIVING.value, None
    path = session.scalar(select(OrgNode.path).where(OrgNode.id == household_id))
    assert path is not None
    org.add_to_counts(session, path, residents=1)
    session.flush()


def _leave(session: Session, membership: HouseholdMember, on: dt.date) -> None:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode

    membership.left_on = on
    path = session.scalar(select(OrgNode.path).where(OrgNode.id == membership.household_id))
    assert path is not None
    org.add_to_counts(session, path, residents=-1)
    session.flush()


def _depart(session: Session, departure: Departure, on: dt.date) -> None:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import HouseholdMember, Resident

    current = session.scalar(
        select(HouseholdMember).where(
            HouseholdMember.resident_id == departure.member.resident_id,
            HouseholdMember.left_on.is_(None),
        )
    )
    if current is not None:
        _leave(session, current, on)
    resident = session.get(Resident, departure.member.resident_id)
    assert resident is not None
    resident.household_id = None
    resident.status, resident.status_date = departure.status.value, on
    if departure.reason:
        resident.notes = "\n".join(
            filter(None, [resident.notes, f"{on.isoformat()} {departure.reason}"])
        )
