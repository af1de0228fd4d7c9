"""What the printed registers (台账) show: the people, households and staff of a subtree.

Each function is one service call for one register: it reads what the document needs (office,
scope, rows in the order of the tree) in a few set-based queries — never one per household, since a
street has up to 200,000 residents — and returns plain frozen data for ``gridgov_desktop.pdf``. ID
numbers and phones are masked unless an administrator asks for them (``reveal``); sensitive
categories (PIPL art. 28) are printed only then. Every print is audited.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import (
    AppSetting,
    HouseholdMember,
    NodeRole,
    OrgNode,
    Resident,
    ResidentTag,
    Tag,
)
from gridgov_desktop.domain.enums import (
    HouseholdType,
    NodeKind,
    Relation,
    ResidentStatus,
    Sex,
    StaffRole,
)
from gridgov_desktop.domain.errors import NotFound, PermissionDenied
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.phone import mask_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.grid_scope import paths_filter, scope_in
from gridgov_desktop.services.office import OFFICE_ADDRESS, OFFICE_NAME, OFFICE_PHONE, OfficeInfo
from gridgov_desktop.services.permissions import Permission, require


class RegisterKind(StrEnum):
    RESIDENTS_BY_BUILDING = "residents_by_building"  # 居民花名册
    HOUSEHOLDS = "households"  # 户籍登记表
    ROLES = "roles"  # 网格工作人员通讯录


class RegisterPerson(NamedTuple):
    """One person on a register. A NamedTuple: a street prints up to 200,000 of them."""

    name: str
    sex: Sex
    birth_date: dt.date | None
    id_number: str  # masked unless revealed
    phone: str  # masked unless revealed
    relation: Relation | None
    domicile: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class RegisterHousehold:
    id: int
    label: str  # 3-2-501
    address: str  # 幸福里小区3栋2单元501室
    room: str  # the address below the building: 2单元501室
    household_type: HouseholdType
    people: tuple[RegisterPerson, ...]  # the head first, then by relation and age


@dataclass(frozen=True)
class RegisterBuilding:
    id: int  # -1 for households outside any building
    address: str  # 幸福里小区3栋
    place: str  # its community and grid: 幸福社区 第一网格
    households: tuple[RegisterHousehold, ...]

    @property
    def resident_count(self) -> int:
        return sum(len(h.people) for h in self.households)


@dataclass(frozen=True)
class ResidentRegister:
    kind: RegisterKind
    office: OfficeInfo
    scope: tuple[str, ...]  # names from the street down to the node printed
    as_of: dt.date
    revealed: bool
    buildings: tuple[RegisterBuilding, ...]

    @property
    def resident_count(self) -> int:
        return sum(b.resident_count for b in self.buildings)

    @property
    def household_count(self) -> int:
        return sum(len(b.households) for b in self.buildings)


class RoleEntry(NamedTuple):
    community: str
    grid: str  # empty for roles of the community itself
    place: str  # the address of a compound, building or unit: 幸福里小区3栋2单元
    level: NodeKind
    role: StaffRole
    name: str
    phone: str
    since: dt.date | None


@dataclass(frozen=True)
class RolesRegister:
    office: OfficeInfo
    scope: tuple[str, ...]
    as_of: dt.date
    entries: tuple[RoleEntry, ...]
    kind: RegisterKind = RegisterKind.ROLES


def resident_register(
    db: Database,
    actor: Actor,
    node_id: int | None = None,
    *,
    kind: RegisterKind = RegisterKind.RESIDENTS_BY_BUILDING,
    reveal: bool = False,
    today: dt.date | None = None,
) -> ResidentRegister:
    """The people living in ``node_id``'s subtree (the whole database when None) by building,
    household and room in the order of the tree: the data of 居民花名册 and 户籍登记表.

    ``reveal`` prints full ID numbers, phones and sensitive categories: administrators only (a whole
    unmasked list is a bulk disclosure), written to the audit log as ``print_unmasked``. A grid
    worker prints their grids only (a node outside them is refused).
    """
    if kind is RegisterKind.ROLES:
        raise ValueError("the roles register comes from roles_register()")
    require(actor, Permission.VIEW_RESIDENT_REGISTERS)
    if reveal and not actor.is_admin:
        raise PermissionDenied(action="print_unmasked")
    with db.session() as session:
        scope = scope_in(session, actor, Permission.VIEW_RESIDENT_REGISTERS)
        tree = _load_tree(session, node_id)
        prefixes = scope.within(tree.path)
        people = _people(session, prefixes, reveal)
        buildings = _buildings(session, tree, prefixes, people)
        office = _office(session)
    register = ResidentRegister(kind, office, tree.scope, today or dt.date.today(), reveal, buildings)
    _audit_print(db, actor, kind, node_id, register.resident_count, reveal)
    return register


def roles_register(
    db: Database, actor: Actor, node_id: int | None = None, *, today: dt.date | None = None
) -> RolesRegister:
    """Who holds which role (网格长, 楼栋长 …) in ``node_id``'s subtree, with phone: the contact sheet.

    Phones are printed in full: they are the work contacts the staff gave for the role, and a contact
    sheet exists to hand them out (residents' own numbers stay masked on every other register).
    A grid worker's sheet holds the roles in their grids.
    """
    with db.session() as session:
        scope = scope_in(session, actor, Permission.VIEW_RESIDENT_REGISTERS)
        tree = _load_tree(session, node_id)
        prefixes = scope.within(tree.path)
        query = select(
            NodeRole.node_id, NodeRole.role, NodeRole.person_name, NodeRole.phone, NodeRole.since
        ).join(OrgNode, OrgNode.id == NodeRole.node_id)
        if prefixes is not None:
            query = query.where(paths_filter(OrgNode.path, prefixes))
        rows = session.execute(query).all()
        office = _office(session)
    order = {role: index for index, role in enumerate(StaffRole)}
    keyed = []
    for node, role_text, name, phone, since in rows:
        role = StaffRole(role_text)
        kind = tree.kind(node)
        place = tree.address(node) if kind.depth >= NodeKind.COMPOUND.depth else ""
        grid = tree.place(node)
        entry = RoleEntry(tree.community_of(node), grid, place, kind, role, name, phone or "", since)
        keyed.append(((tree.rank(node), order[role], name), entry))
    keyed.sort(key=lambda pair: pair[0])
    entries = tuple(entry for _key, entry in keyed)
    _audit_print(db, actor, RegisterKind.ROLES, node_id, len(entries), False)
    return RolesRegister(office, tree.scope, today or dt.date.today(), entries)


def _audit_print(
    db: Database, actor: Actor, kind: RegisterKind, node_id: int | None, rows: int, revealed: bool
) -> None:
    """Log the print in a short transaction of its own, after the read: reading 200,000 rows inside
    a writing transaction would hold SQLite's write lock against every other desk meanwhile. If
    this fails, the caller gets the error instead of the data: nothing is printed unaudited."""
    details = {"register": kind.value, "node_id": node_id, "rows": rows, "unmasked": revealed}
    with db.session(write=True) as session:
        audit.record(session, actor, "print", "register", node_id, after=details)
        if revealed:
            audit.record(session, actor, "print_unmasked", "register", node_id, after=details)


def _office(session: Session) -> OfficeInfo:
    keys = (OFFICE_NAME, OFFICE_ADDRESS, OFFICE_PHONE)
    query = select(AppSetting.key, AppSetting.value).where(AppSetting.key.in_(keys))
    values = {key: value for key, value in session.execute(query)}
    return OfficeInfo(*(values.get(key, "") for key in keys))


_SEX = {sex.value: sex for sex in Sex}
_RELATION = {int(relation): relation for relation in Relation}
_Member = tuple[tuple[int, dt.date, int], RegisterPerson]  # (sort key, person)


def _people(session: Session, prefixes: Sequence[str] | None, reveal: bool) -> dict[int, list[_Member]]:
    """Household id → its living members with their sort key (relation, birth date, id), in the
    subtrees ``prefixes`` (everywhere when None)."""
    where: list[Any] = [Resident.status == ResidentStatus.LIVING.value]
    if prefixes is not None:
        where.append(paths_filter(OrgNode.path, prefixes))
    in_household = OrgNode.id == Resident.household_id
    people = (
        select(
            Resident.id, Resident.name, Resident.sex, Resident.birth_date, Resident.id_number,
            Resident.phone, Resident.domicile, HouseholdMember.relation, OrgNode.id,
        )
        .join(OrgNode, in_household)
        .outerjoin(HouseholdMember, and_(
            HouseholdMember.resident_id == Resident.id,
            HouseholdMember.household_id == Resident.household_id,
            HouseholdMember.left_on.is_(None),
        ))
        .where(*where)
    )  # fmt: skip
    tag_query = (
        select(ResidentTag.resident_id, Tag.name)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .join(Resident, Resident.id == ResidentTag.resident_id)
        .join(OrgNode, in_household)
        .where(*where)
        .order_by(Tag.sort_order, Tag.id)
    )
    if not reveal:
        tag_query = tag_query.where(Tag.sensitive.is_(False))
    tags: dict[int, list[str]] = defaultdict(list)
    connection = session.connection()  # Core rows: no ORM loading for 200,000 of them
    for resident_id, tag in connection.execute(tag_query).all():  # fetchall: far cheaper per row
        tags[resident_id].append(tag)
    by_household: dict[int, list[_Member]] = defaultdict(list)
    rows = connection.execute(people).all()
    for rid, name, sex, born, id_number, phone, domicile, relation, household in rows:
        id_text = (id_number or "") if reveal else _masked_id(id_number)
        phone_text = (phone or "") if reveal else _masked_phone(phone)
        relation_code = None if relation is None else _RELATION[relation]
        categories = tuple(tags[rid]) if rid in tags else ()
        person = RegisterPerson(
            name, _SEX[sex], born, id_text, phone_text, relation_code, domicile or "", categories
        )
        key = (10 if relation is None else relation, born or dt.date.max, rid)
        by_household[household].append((key, person))
    return by_household


# The stored shapes (18-character ID, 11-digit mobile) masked inline, as services.residents does it:
# a street's register masks 200,000 of each.
def _masked_id(value: str | None) -> str:
    if not value or len(value) != 18:
        return mask_id_number(value) if value else ""
    return value[:6] + "********" + value[14:]


def _masked_phone(value: str | None) -> str:
    if not value or len(value) != 11 or not value.isdigit():
        return mask_phone(value) if value else ""
    return value[:3] + "****" + value[7:]


def _buildings(
    session: Session, tree: _Tree, prefixes: Sequence[str] | None, people: dict[int, list[_Member]]
) -> tuple[RegisterBuilding, ...]:
    """The buildings of the subtree with their inhabited households, in the order of the tree."""
    query = select(
        OrgNode.id, OrgNode.parent_id, OrgNode.label, OrgNode.name, OrgNode.address, OrgNode.sort_order,
        OrgNode.household_type,
    ).where(OrgNode.kind == NodeKind.HOUSEHOLD.value)  # fmt: skip
    if prefixes is not None:
        query = query.where(paths_filter(OrgNode.path, prefixes))
    keyed = []
    rows = session.connection().execute(query).all()
    for hid, unit, label, name, address, sort_order, household_type in rows:
        members = people.get(hid)
        if not members:
            continue
        members.sort(key=lambda member: member[0])
        building = tree.parent(unit or -1) or -1  # a household's parent is a unit, whose is a building
        prefix, full = tree.address(building), address or name
        household = RegisterHousehold(
            id=hid,
            label=label or name,
            address=full,
            room=full[len(prefix) :] if prefix and full.startswith(prefix) else full,
            household_type=HouseholdType(household_type or HouseholdType.FAMILY.value),
            people=tuple(person for _key, person in members),
        )
        keyed.append(((tree.rank(unit or -1), sort_order, hid), building, household))
    keyed.sort(key=lambda item: item[0])
    groups: dict[int, list[RegisterHousehold]] = {}
    for _key, building, household in keyed:
        groups.setdefault(building, []).append(household)
    return tuple(
        RegisterBuilding(
            building, tree.address(building), tree.place(building, upper=True), tuple(members)
        )
        for building, members in groups.items()
    )


class _Node(NamedTuple):
    parent_id: int | None
    kind: NodeKind
    name: str
    address: str | None
    sort_order: int


class _Tree:
    """The nodes above households of the printed subtree and its ancestors, held in memory for
    their order, names and addresses (a district has a few thousand; households are read apart)."""

    def __init__(self, nodes: dict[int, _Node], path: str | None, scope: tuple[str, ...]) -> None:
        self.nodes = nodes
        self.path = path  # the subtree's path; None when it is the whole database
        self.scope = scope
        children: dict[int | None, list[int]] = defaultdict(list)
        for node_id, node in nodes.items():
            children[node.parent_id if node.parent_id in nodes else None].append(node_id)
        for siblings in children.values():
            siblings.sort(key=lambda n: (nodes[n].sort_order, n), reverse=True)
        self._rank: dict[int, int] = {}
        stack = list(children[None])
        while stack:  # depth first, each node's children in their sort order
            node_id = stack.pop()
            self._rank[node_id] = len(self._rank)
            stack.extend(children[node_id])

    def rank(self, node_id: int) -> int:
        return self._rank.get(node_id, len(self._rank))

    def parent(self, node_id: int) -> int | None:
        return node.parent_id if (node := self.nodes.get(node_id)) else None

    def kind(self, node_id: int) -> NodeKind:
        return node.kind if (node := self.nodes.get(node_id)) else NodeKind.HOUSEHOLD

    def address(self, node_id: int) -> str:
        return (node.address or node.name) if (node := self.nodes.get(node_id)) else ""

    def lineage(self, node_id: int) -> list[int]:
        """The node's ancestors from the top, then the node."""
        chain: list[int] = []
        current: int | None = node_id
        while current is not None and current in self.nodes:
            chain.append(current)
            current = self.nodes[current].parent_id
        return chain[::-1]

    def community_of(self, node_id: int) -> str:
        found = [n for n in self.lineage(node_id) if self.kind(n) is NodeKind.COMMUNITY]
        return self.nodes[found[0]].name if found else ""

    def place(self, node_id: int, *, upper: bool = False) -> str:
        """The grid a node lies in (第一网格), or with ``upper`` its community and grid."""
        kinds = (NodeKind.COMMUNITY, NodeKind.GRID) if upper else (NodeKind.GRID,)
        return " ".join(self.nodes[n].name for n in self.lineage(node_id) if self.kind(n) in kinds)


def _load_tree(session: Session, node_id: int | None) -> _Tree:
    query = select(OrgNode.id, OrgNode.parent_id, OrgNode.kind, OrgNode.name, OrgNode.address)
    query = query.add_columns(OrgNode.sort_order)
    above_households = OrgNode.kind != NodeKind.HOUSEHOLD.value
    roots = session.execute(select(OrgNode.id, OrgNode.name).where(OrgNode.parent_id.is_(None))).all()
    path: str | None = None
    lineage = [roots[0].id] if len(roots) == 1 else []
    if node_id is None:
        query = query.where(above_households)
    else:
        path = session.scalar(select(OrgNode.path).where(OrgNode.id == node_id))
        if path is None:
            raise NotFound(entity="node", key=node_id)
        lineage = [int(part) for part in path.strip("/").split("/")]
        # The subtree above its households, and the node's ancestors (and itself) for the scope.
        query = query.where(
            (above_households & starts_with(OrgNode.path, path)) | OrgNode.id.in_(lineage)
        )
        if len(roots) == 1 and lineage == [roots[0].id]:
            path = None  # the only street is everything: then no range is tested on every row
    nodes = {
        row.id: _Node(row.parent_id, NodeKind(row.kind), row.name, row.address, row.sort_order)
        for row in session.execute(query)
    }
    return _Tree(nodes, path, tuple(nodes[i].name for i in lineage if i in nodes))
