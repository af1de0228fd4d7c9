"""Grid-management roles at the nodes of the tree: the roles panel and the contact sheet.

Where each role is held (``ROLE_LEVELS``), following the four-level grid management of DOMAIN.md:

- 网格总长 (grid chief): a community — the chief of all its grids, one per community;
- 网格长 (grid head): a grid, one per grid; 网格员 (grid workers): a grid, as many as it has;
- 楼栋长 (building head): a building, one; 单元长 (unit head): a unit, one;
- 综治协管员, 信息员 and 志愿者 (public-order assistants, information collectors, volunteers): a
  community or a grid, as many as there are.

Streets, compounds and households hold none: the street office's own staff are its users, and a
compound is looked after by its grid. A "one per place" role that is taken is refused unless the
caller asks to ``replace`` its holder, which ends the old holder's role in the same transaction.

A role is held by a resident of the registry (name and, unless another is given, phone from there) or
by someone typed in (staff living elsewhere), whose phone is required. Staff phones are work contacts:
they are shown unmasked. Ending a role deletes it; the audit log keeps who held it, since and until.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import NodeRole, OrgNode, Resident
from gridgov_desktop.domain.enums import NodeKind, ResidentStatus, StaffRole
from gridgov_desktop.domain.errors import Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import lock_tree
from gridgov_desktop.services.permissions import Permission, require

_COMMUNITY_OR_GRID = frozenset({NodeKind.COMMUNITY, NodeKind.GRID})
ROLE_LEVELS: dict[StaffRole, frozenset[NodeKind]] = {
    StaffRole.GRID_CHIEF: frozenset({NodeKind.COMMUNITY}),
    StaffRole.GRID_HEAD: frozenset({NodeKind.GRID}),
    StaffRole.GRID_WORKER: frozenset({NodeKind.GRID}),
    StaffRole.VOLUNTEER: _COMMUNITY_OR_GRID,
    StaffRole.BUILDING_HEAD: frozenset({NodeKind.BUILDING}),
    StaffRole.UNIT_HEAD: frozenset({NodeKind.UNIT}),
    StaffRole.ORDER_ASSISTANT: _COMMUNITY_OR_GRID,
    StaffRole.INFO_COLLECTOR: _COMMUNITY_OR_GRID,
}
# Roles held by one person per place.
ONE_PER_PLACE = frozenset(
    {StaffRole.GRID_CHIEF, StaffRole.GRID_HEAD, StaffRole.BUILDING_HEAD, StaffRole.UNIT_HEAD}
)
MAX_NAME = 64
_ROLE_ORDER = {role.value: i for i, role in enumerate(StaffRole)}


@dataclass(frozen=True)
class RoleHolder:
    """One line of the roles panel and of the contact sheet."""

    id: int
    node_id: int
    node_kind: NodeKind
    place: str  # the node's address from the compound down ("幸福里小区3栋"), else its name
    role: StaffRole
    person_name: str
    phone: str | None
    resident_id: int | None  # None: typed in, not a resident of the registry
    since: dt.date | None

    @property
    def role_zh(self) -> str:
        return self.role.label_zh


def roles_allowed_at(kind: NodeKind) -> tuple[StaffRole, ...]:
    """The roles a node of ``kind`` can hold, in the order the panel lists them."""
    return tuple(role for role in StaffRole if kind in ROLE_LEVELS[role])


def list_roles(db: Database, actor: Actor, node_id: int, *, subtree: bool = False) -> list[RoleHolder]:
    """The roles held at ``node_id`` — with ``subtree``, also everywhere below it, in tree order (the
    contact sheet of a community or grid). Staff names and work phones: for the roles that read the
    registry or its registers; a grid worker's for their grids."""
    from gridgov_desktop.services.grid_scope import paths_filter, scope_in

    with db.session() as session:
        scope = scope_in(session, actor, Permission.VIEW_RESIDENTS, Permission.VIEW_RESIDENT_REGISTERS)
        node = session.get(OrgNode, node_id)
        if node is None:
            raise NotFound(entity="node", key=node_id)
        if subtree:
            prefixes = scope.within(node.path)
            where = (
                starts_with(OrgNode.path, node.path)
                if prefixes is None
                else paths_filter(OrgNode.path, prefixes)
            )
        else:
            scope.check(node.path)
            where = OrgNode.id == node_id
        rows = session.execute(
            select(NodeRole, OrgNode.kind, OrgNode.name, OrgNode.address, OrgNode.path)
            .join(OrgNode, OrgNode.id == NodeRole.node_id)
            .where(where)
        ).all()
        paths = {row.path for row in rows}
        ids = {int(part) for path in paths for part in path.strip("/").split("/")}
        orders = {
            i: order
            for i, order in session.execute(
                select(OrgNode.id, OrgNode.sort_order).where(OrgNode.id.in_(ids))
            )
        }

    def tree_order(path: str) -> list[tuple[int, int]]:
        return [(orders.get(int(p), 0), int(p)) for p in path.strip("/").split("/")]

    ordered = sorted(rows, key=lambda r: (tree_order(r.path), _ROLE_ORDER.get(r[0].role, 99), r[0].id))
    return [_holder(r[0], r.kind, r.address or r.name) for r in ordered]


def assign_role(
    db: Database,
    actor: Actor,
    node_id: int,
    role: StaffRole,
    *,
    resident_id: int | None = None,
    person_name: str | None = None,
    phone: str | None = None,
    since: dt.date | None = None,
    replace: bool = False,
) -> RoleHolder:
    """Give ``role`` at ``node_id`` to a resident (``resident_id``) or to someone typed in
    (``person_name`` and ``phone``). ``replace`` ends the current holder of a one-per-place role."""
    require(actor, Permission.EDIT_TREE)
    typed_phone = parse_phone(phone).number if phone and phone.strip() else None
    with db.session(write=True) as session:
        lock_tree(session)  # one holder per place: checked, then written
        node = session.get(OrgNode, node_id)
        if node is None:
            raise NotFound(entity="node", key=node_id)
        kind = NodeKind(node.kind)
        if kind not in ROLE_LEVELS[role]:
            raise ValidationError("role_level", field="role", role=role.label_zh, level=kind.label_zh)
        name, number = _person(session, resident_id, person_name, typed_phone)
        held = list(
            session.scalars(select(NodeRole).where(NodeRole.node_id == node_id, NodeRole.role == role))
        )
        same = [r for r in held if (r.resident_id, r.person_name) == (resident_id, name)]
        if same or (resident_id is not None and any(r.resident_id == resident_id for r in held)):
            raise Duplicate(entity="role", key=f"{role.label_zh}{name}")
        if role in ONE_PER_PLACE and held:
            if not replace:
                raise ValidationError(
                    "role_taken", field="role", role=role.label_zh, holder=held[0].person_name
                )
            for old in held:
                _end(session, actor, old, "end", since or dt.date.today())
        entry = NodeRole(
            node_id=node_id,
            role=role.value,
            resident_id=resident_id,
            person_name=name,
            phone=number,
            since=since,
        )
        session.add(entry)
        session.flush()
        after = {"node_id": node_id, "role": role.value, "person_name": name, "resident_id": resident_id}
        audit.record(session, actor, "assign", "role", entry.id, after={**after, "since": since})
        return _holder(entry, node.kind, node.address or node.name)


def end_role(db: Database, actor: Actor, role_id: int, *, ended_on: dt.date | None = None) -> None:
    """The holder no longer holds the role (from ``ended_on``, default today); logged as ended."""
    _remove(db, actor, role_id, "end", ended_on or dt.date.today())


def remove_role(db: Database, actor: Actor, role_id: int) -> None:
    """Take back a role entered by mistake; logged as deleted."""
    _remove(db, actor, role_id, "delete", None)


def _remove(db: Database, actor: Actor, role_id: int, action: str, on: dt.date | None) -> None:
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        entry = session.get(NodeRole, role_id)
        if entry is None:
            raise NotFound(entity="role", key=role_id)
        _end(session, actor, entry, action, on)


def _end(session: Session, actor: Actor, entry: NodeRole, action: str, on: dt.date | None) -> None:
    before = {
        "node_id": entry.node_id,
        "role": entry.role,
        "person_name": entry.person_name,
        "resident_id": entry.resident_id,
        "phone": entry.phone,
        "since": entry.since,
    }
    audit.record(
        session, actor, action, "role", entry.id, before=before, after={"ended_on": on} if on else None
    )
    session.delete(entry)
    session.flush()


def _person(
    session: Session, resident_id: int | None, person_name: str | None, phone: str | None
) -> tuple[str, str | None]:
    """(name, phone) of the holder: from the registry, or as typed (a phone is then required)."""
    if resident_id is not None:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(entity="resident", key=resident_id)
        if resident.status == ResidentStatus.DECEASED.value:
            raise ValidationError("deceased", field="resident")
        return resident.name, phone or resident.phone
    name = " ".join((person_name or "").split())
    if not name:
        raise ValidationError("required", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError("too_long", field="name", maximum=MAX_NAME)
    if phone is None:
        raise ValidationError("required", field="phone")
    return name, phone


def _role(value: str) -> StaffRole | None:
    try:
        return StaffRole(value)
    except ValueError:
        return None


def _holder(entry: NodeRole, kind: str, place: str) -> RoleHolder:
    role = _role(entry.role)
    assert role is not None, entry.role
    return RoleHolder(
        id=entry.id,
        node_id=entry.node_id,
        node_kind=NodeKind(kind),
        place=place,
        role=role,
        person_name=entry.person_name,
        phone=entry.phone,
        resident_id=entry.resident_id,
        since=entry.since,
    )
