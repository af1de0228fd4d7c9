"""The party organisation alongside the grid tree: 社区党委 → 网格党支部 → 楼栋党小组 → 党员中心户.

Each unit serves one place of the tree of the kind its level requires (``LEVELS``): a committee its
community, a branch a grid, a group a building, a party-member household (党员中心户) a household;
one unit of a kind per place. Its party parent serves a place above its own: a branch belongs to its
community's committee, a group to its grid's branch, a member household to its building's group (or,
without one, to the grid's branch). Left out, the parent is found in the tree: the nearest unit of a
parent kind above the place. A unit's secretary is its contact (a resident, or typed in); member
positions are the roster, one 书记 at most. Units are rated by stars (星级评定, 1–5) with a date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import OrgNode, Resident
from gridgov_desktop.db.tables_community import PartyMember, PartyOrg
from gridgov_desktop.domain.enums import NodeKind, ResidentStatus
from gridgov_desktop.domain.errors import Conflict, Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import lock_tree
from gridgov_desktop.services.permissions import Permission, require

_T = TypeVar("_T")


class PartyOrgKind(StrEnum):
    COMMITTEE = "committee"  # 社区党委
    BRANCH = "branch"  # 网格党支部
    GROUP = "group"  # 楼栋党小组
    MEMBER_HOUSEHOLD = "member_household"  # 党员中心户

    @property
    def label_zh(self) -> str:
        return LEVELS[self][3]


class PartyPosition(StrEnum):
    SECRETARY = "secretary"  # 书记
    DEPUTY_SECRETARY = "deputy_secretary"  # 副书记
    COMMITTEE_MEMBER = "committee_member"  # 委员
    MEMBER = "member"  # 党员

    @property
    def label_zh(self) -> str:
        return _POSITION_ZH.get(self.value, "党员")


_POSITION_ZH = {"secretary": "书记", "deputy_secretary": "副书记", "committee_member": "委员"}
# kind → (the place it serves, the kinds its parent may be, its default name's suffix, its name)
_Level = tuple[NodeKind, tuple[PartyOrgKind, ...], str, str]
LEVELS: dict[PartyOrgKind, _Level] = {
    PartyOrgKind.COMMITTEE: (NodeKind.COMMUNITY, (), "党委", "社区党委"),
    PartyOrgKind.BRANCH: (NodeKind.GRID, (PartyOrgKind.COMMITTEE,), "党支部", "网格党支部"),
    PartyOrgKind.GROUP: (NodeKind.BUILDING, (PartyOrgKind.BRANCH,), "党小组", "楼栋党小组"),
    PartyOrgKind.MEMBER_HOUSEHOLD: (
        NodeKind.HOUSEHOLD,
        (PartyOrgKind.GROUP, PartyOrgKind.BRANCH),
        "党员中心户",
        "党员中心户",
    ),
}


@dataclass(frozen=True)
class PartyOrgInfo:
    id: int
    kind: PartyOrgKind
    name: str
    node_id: int
    place: str  # the place it serves: its address from the compound down, else its name
    parent_id: int | None
    secretary_name: str | None
    secretary_phone: str | None
    secretary_resident_id: int | None
    star_rating: int | None
    rated_on: dt.date | None
    members: int
    version: int
    children: tuple[PartyOrgInfo, ...] = ()


@dataclass(frozen=True)
class PartyMemberInfo:
    id: int
    party_org_id: int
    person_name: str
    phone: str | None
    resident_id: int | None
    position: PartyPosition
    joined_on: dt.date | None


def create_party_org(
    db: Database,
    actor: Actor,
    kind: PartyOrgKind,
    node_id: int,
    *,
    name: str | None = None,
    parent_id: int | None = None,
) -> PartyOrgInfo:
    """A new unit serving ``node_id``. Its parent is found in the tree unless ``parent_id`` names it;
    its name is made from the place's ("幸福社区党委", "幸福里小区3栋党小组") unless ``name`` is."""
    require(actor, Permission.EDIT_TREE)
    place_kind, _, suffix, _ = LEVELS[kind]
    with db.session(write=True) as session:
        lock_tree(session)  # one unit per place: checked, then written
        node = _get(session, OrgNode, node_id, "node")
        if node.kind != place_kind.value:
            place = place_kind.label_zh
            raise ValidationError("party_place", field="node", kind=kind.label_zh, place=place)
        at_place = select(PartyOrg.name).where(PartyOrg.node_id == node_id)
        if (taken := session.scalar(at_place.where(PartyOrg.kind == kind))) is not None:
            raise Duplicate(entity="party_org", key=taken)
        parent = _parent(session, kind, node, parent_id)
        label = node.label if kind is PartyOrgKind.MEMBER_HOUSEHOLD else None
        unit_name = _clean(name) if name is not None else (label or node.address or node.name) + suffix
        siblings = PartyOrg.parent_id.is_(None) if parent is None else PartyOrg.parent_id == parent.id
        last = session.scalar(select(func.max(PartyOrg.sort_order)).where(siblings))
        parent_id, order = (parent.id if parent else None), (last or 0) + 1
        unit = PartyOrg(
            kind=kind, name=unit_name, node_id=node_id, parent_id=parent_id, sort_order=order
        )
        session.add(unit)
        session.flush()
        after = {"kind": kind.value, "name": unit_name, "node_id": node_id, "parent_id": parent_id}
        audit.record(session, actor, "create", "party_org", unit.id, after=after)
        return _infos(session, [unit])[0]


def _parent(
    session: Session, kind: PartyOrgKind, node: OrgNode, parent_id: int | None
) -> PartyOrg | None:
    allowed = LEVELS[kind][1]
    if parent_id is not None:
        parent = _get(session, PartyOrg, parent_id, "party_org")
        parent_path = session.scalar(select(OrgNode.path).where(OrgNode.id == parent.node_id)) or "?"
        if parent.kind not in allowed or not node.path.startswith(parent_path):
            raise ValidationError("party_parent", field="parent", kind=kind.label_zh)
        return parent
    if not allowed:
        return None
    above = [int(part) for part in node.path.strip("/").split("/")[:-1]]
    candidates = select(PartyOrg).where(PartyOrg.node_id.in_(above), PartyOrg.kind.in_(allowed))
    # The nearest place above wins; at one place, the kind listed first.
    rank = {kind.value: i for i, kind in enumerate(allowed)}
    ranked = sorted(session.scalars(candidates), key=lambda p: (-above.index(p.node_id), rank[p.kind]))
    if not ranked:
        raise ValidationError("party_parent_missing", field="parent", needed=allowed[0].label_zh)
    return ranked[0]


def rename_party_org(
    db: Database, actor: Actor, org_id: int, name: str, expected_version: int
) -> PartyOrgInfo:
    return _update(db, actor, org_id, expected_version, "rename", name=_clean(name))


def set_secretary(
    db: Database,
    actor: Actor,
    org_id: int,
    expected_version: int,
    *,
    resident_id: int | None = None,
    name: str | None = None,
    phone: str | None = None,
) -> PartyOrgInfo:
    """The unit's secretary: a resident (phone from the registry unless given), someone typed in, or
    nobody (all three left out)."""
    with db.session() as session:
        person, number = _person(session, resident_id, name, phone)
    values = {"secretary_resident_id": resident_id, "secretary_name": person, "secretary_phone": number}
    return _update(db, actor, org_id, expected_version, "set_secretary", **values)


def rate_party_org(
    db: Database,
    actor: Actor,
    org_id: int,
    stars: int | None,
    expected_version: int,
    *,
    rated_on: dt.date | None = None,
) -> PartyOrgInfo:
    """Star rating 1–5 (星级评定) as of ``rated_on`` (default today); ``stars=None`` clears it."""
    if stars is not None and not 1 <= stars <= 5:
        raise ValidationError("out_of_range", field="star_rating", minimum=1, maximum=5)
    on = (rated_on or dt.date.today()) if stars is not None else None
    return _update(db, actor, org_id, expected_version, "rate", star_rating=stars, rated_on=on)


def _update(
    db: Database, actor: Actor, org_id: int, expected_version: int, action: str, **values: Any
) -> PartyOrgInfo:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        unit = _get(session, PartyOrg, org_id, "party_org")
        if (actual := unit.version) != expected_version:
            raise Conflict(entity="party_org", key=org_id, expected=expected_version, actual=actual)
        before = {key: getattr(unit, key) for key in values}
        if before != values:
            for key, value in values.items():
                setattr(unit, key, value)
            try:
                session.flush()
            except StaleDataError as exc:
                raise Conflict(entity="party_org", key=org_id) from exc
            audit.record(session, actor, action, "party_org", org_id, before=before, after=values)
        return _infos(session, [unit])[0]


def delete_party_org(db: Database, actor: Actor, org_id: int) -> None:
    """Delete a unit with its member list; refused while units below it exist."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        unit = _get(session, PartyOrg, org_id, "party_org")
        children = select(func.count()).select_from(PartyOrg).where(PartyOrg.parent_id == org_id)
        below = session.scalar(children)
        if below:
            raise ValidationError("party_has_children", field="party_org", children=int(below))
        names = select(PartyMember.person_name).where(PartyMember.party_org_id == org_id)
        members = list(session.scalars(names.order_by(PartyMember.id)))
        session.execute(delete(PartyMember).where(PartyMember.party_org_id == org_id))
        before = {"kind": unit.kind, "name": unit.name, "node_id": unit.node_id, "members": members}
        session.delete(unit)
        session.flush()
        audit.record(session, actor, "delete", "party_org", org_id, before=before)


def party_tree(db: Database, community_id: int) -> list[PartyOrgInfo]:
    """The units serving places of a community, as a tree (normally one committee at the top)."""
    with db.session() as session:
        community = _get(session, OrgNode, community_id, "node")
        if community.kind != NodeKind.COMMUNITY.value:
            raise NotFound(entity="community", key=community_id)
        units = session.scalars(
            select(PartyOrg)
            .join(OrgNode, OrgNode.id == PartyOrg.node_id)
            .where(starts_with(OrgNode.path, community.path))
            .order_by(PartyOrg.sort_order, PartyOrg.id)
        ).all()
        infos = _infos(session, list(units))
    known = {info.id for info in infos}
    below: dict[int | None, list[PartyOrgInfo]] = {}
    for info in infos:  # a unit whose parent serves another community (after a move) shows at the top
        below.setdefault(info.parent_id if info.parent_id in known else None, []).append(info)

    def build(info: PartyOrgInfo) -> PartyOrgInfo:
        return replace(info, children=tuple(build(child) for child in below.get(info.id, [])))

    return [build(root) for root in below.get(None, [])]


def add_member(
    db: Database,
    actor: Actor,
    org_id: int,
    *,
    resident_id: int | None = None,
    person_name: str | None = None,
    phone: str | None = None,
    position: PartyPosition = PartyPosition.MEMBER,
    joined_on: dt.date | None = None,
) -> PartyMemberInfo:
    """Add a member: a resident of the registry, or someone typed in (``person_name``)."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        _get(session, PartyOrg, org_id, "party_org")
        name, number = _person(session, resident_id, person_name, phone)
        if name is None:
            raise ValidationError("required", field="name")
        mine = select(PartyMember.id).where(PartyMember.party_org_id == org_id)
        by_name = PartyMember.resident_id.is_(None) & (PartyMember.person_name == name)
        if session.scalar(
            mine.where(by_name if resident_id is None else PartyMember.resident_id == resident_id)
        ):
            raise Duplicate(entity="party_member", key=name)
        _refuse_second_secretary(session, org_id, position, None)
        member = PartyMember(
            party_org_id=org_id, resident_id=resident_id, person_name=name, phone=number
        )
        member.position, member.joined_on = position.value, joined_on
        session.add(member)
        session.flush()
        after = {"member_id": member.id, "person_name": name, "position": position.value}
        audit.record(session, actor, "add_member", "party_org", org_id, after=after)
        return _member(member)


def set_member_position(
    db: Database, actor: Actor, member_id: int, position: PartyPosition
) -> PartyMemberInfo:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        member = _get(session, PartyMember, member_id, "party_member")
        _refuse_second_secretary(session, member.party_org_id, position, member.id)
        before, after = {"member": member.id, "position": member.position}, {"position": position.value}
        member.position = position.value
        audit.record(
            session, actor, "set_position", "party_org", member.party_org_id, before=before, after=after
        )
        return _member(member)


def remove_member(db: Database, actor: Actor, member_id: int) -> None:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        member = _get(session, PartyMember, member_id, "party_member")
        before = {"member_id": member.id, "person_name": member.person_name, "position": member.position}
        session.delete(member)
        audit.record(session, actor, "remove_member", "party_org", member.party_org_id, before=before)


def party_members(db: Database, actor: Actor, org_id: int) -> list[PartyMemberInfo]:
    """The roster: secretary, deputy secretaries, committee members, then members; each by name.
    Names and phones of people: for the roles that read the registry or its registers; a grid
    worker's for the units serving places in their grids."""
    from gridgov_desktop.services.grid_scope import scope_in

    order = {p.value: i for i, p in enumerate(PartyPosition)}
    with db.session() as session:
        scope = scope_in(session, actor, Permission.VIEW_RESIDENTS, Permission.VIEW_RESIDENT_REGISTERS)
        unit = _get(session, PartyOrg, org_id, "party_org")
        if not scope.everywhere:
            scope.check(session.scalar(select(OrgNode.path).where(OrgNode.id == unit.node_id)))
        rows = session.scalars(select(PartyMember).where(PartyMember.party_org_id == org_id)).all()
        return [_member(m) for m in sorted(rows, key=lambda m: (order[m.position], m.person_name, m.id))]


def _infos(session: Session, units: list[PartyOrg]) -> list[PartyOrgInfo]:
    ids = [u.id for u in units]
    members = select(PartyMember.party_org_id, func.count()).where(PartyMember.party_org_id.in_(ids))
    counts = {i: n for i, n in session.execute(members.group_by(PartyMember.party_org_id))}
    place = func.coalesce(OrgNode.address, OrgNode.name)
    nodes = {u.node_id for u in units}
    places = {i: p for i, p in session.execute(select(OrgNode.id, place).where(OrgNode.id.in_(nodes)))}

    def info(u: PartyOrg) -> PartyOrgInfo:
        head = (u.id, PartyOrgKind(u.kind), u.name, u.node_id, places.get(u.node_id, ""), u.parent_id)
        secretary = (u.secretary_name, u.secretary_phone, u.secretary_resident_id)
        rating = (u.star_rating, u.rated_on, int(counts.get(u.id, 0)), u.version)
        return PartyOrgInfo(*(head + secretary + rating))

    return [info(u) for u in units]


def _member(m: PartyMember) -> PartyMemberInfo:
    person = (m.person_name, m.phone, m.resident_id)
    return PartyMemberInfo(m.id, m.party_org_id, *person, PartyPosition(m.position), m.joined_on)


def _refuse_second_secretary(
    session: Session, org_id: int, position: PartyPosition, member_id: int | None
) -> None:
    if position is PartyPosition.SECRETARY:
        others = select(PartyMember.person_name).where(PartyMember.id != (member_id or 0))
        other = session.scalar(
            others.where(PartyMember.party_org_id == org_id, PartyMember.position == position)
        )
        if other is not None:
            raise ValidationError("position_taken", field="position", position="书记", holder=other)


def _person(
    session: Session, resident_id: int | None, name: str | None, phone: str | None
) -> tuple[str | None, str | None]:
    """(name, phone): a resident's (a typed phone wins), someone typed in, or (None, None): nobody."""
    number = parse_phone(phone).number if phone and phone.strip() else None
    if resident_id is not None:
        resident = _get(session, Resident, resident_id, "resident")
        if resident.status == ResidentStatus.DECEASED.value:
            raise ValidationError("deceased", field="resident")
        return resident.name, number or resident.phone
    return (None, None) if name is None else (_clean(name, 64, "name"), number)


def _clean(name: str, maximum: int = 100, field: str = "org_name") -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("required", field=field)
    if len(cleaned) > maximum:
        raise ValidationError("too_long", field=field, maximum=maximum)
    return cleaned


def _get(session: Session, entity: type[_T], key: int, name: str) -> _T:
    found = session.get(entity, key)
    if found is None:
        raise NotFound(entity=name, key=key)
    return found
