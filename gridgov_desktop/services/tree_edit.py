"""Editing the organisation tree: rename, move, reorder and delete, each one audited transaction.

A subtree is one range of ``path``, rewritten by one UPDATE per column: ``new_prefix || substr(column,
len(old_prefix) + 1)``, the same on SQLite and PostgreSQL (both count characters, as ``len``). Counts
travel with a moved node: old ancestors lose its totals, new ones gain them. Edits of a node's name or
parent name the ``version`` the user saw (stale: ``Conflict``); derived values bump no version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from gridgov_desktop.db.bulk import table_of
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import child_path, starts_with
from gridgov_desktop.db.tables import HouseholdMember, NodeRole, NodeSearchKey, OrgNode, Resident
from gridgov_desktop.db.tables_community import PairedUnit, PartyOrg
from gridgov_desktop.domain.enums import NodeKind, StaffRole
from gridgov_desktop.domain.errors import Conflict, DomainError, Duplicate, NotFound, ValidationError
from gridgov_desktop.services import audit, org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.conflicts import edited_by
from gridgov_desktop.services.org import NodeSummary, lock_tree
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.search_keys import node_search_keys

MAX_NAME = 100
MAX_LABEL = 32
# PostgreSQL advisory lock held by every structural edit: a move computes new paths from paths it has
# read, which nothing may change meanwhile. Writers that only read paths (a new node, counts of a
# household) hold it shared. On SQLite, BEGIN IMMEDIATE already serialises writers.
HOUSEHOLD = NodeKind.HOUSEHOLD.value


class NodeNotDeletable(DomainError):
    """A refused delete. ``detail`` says why, the arguments what the UI needs to say it: ``holds_people``
    (``households``, ``residents``: offer to move them), ``in_use`` (``roles``, ``party_orgs`` and
    ``paired_units`` pointing at the subtree, their ``names``), ``membership_history`` (``members``: a
    household's past memberships are kept), ``referenced`` (another record refers to the subtree)."""

    code = "node_not_deletable"
    template = "node {key} cannot be deleted: {detail}"


@dataclass(frozen=True)
class MovePreview:
    """What a move will change, for the before/after review."""

    node_id: int
    kind: NodeKind
    name: str
    old_parent_id: int
    new_parent_id: int
    old_place: str  # names from the street down: "东风街道/幸福社区/第一网格/幸福里小区"
    new_place: str
    old_address: str | None  # compound level and below
    new_address: str | None
    nodes: int  # moved nodes, the node itself included
    households: int
    residents: int
    roles: int  # roles held in the subtree: they move along
    party_orgs: int  # party units linked to the subtree: their party parent unit stays as it was
    version: int  # the node's, to pass to move_node once the user confirms


@dataclass(frozen=True)
class Deleted:
    node_id: int
    parent_id: int | None
    nodes: int  # removed nodes, the node itself included


def rename_node(
    db: Database,
    actor: Actor,
    node_id: int,
    new_name: str,
    expected_version: int,
    *,
    new_label: str | None = None,
) -> NodeSummary:
    """Rename a node (a household may get a ``new_label`` too, "3-2-501"), rebuilding its search keys,
    its subtree's addresses and the households' labels below that follow the building-unit-room form."""
    require(actor, Permission.EDIT_TREE)
    name = _clean(new_name, "node_name", MAX_NAME)
    with db.session(write=True) as session:
        lock_tree(session)
        node = _node(session, node_id)
        if new_label is not None and node.kind != HOUSEHOLD:
            raise ValidationError("households_only", field="label")
        label = node.label if new_label is None else _clean(new_label, "label", MAX_LABEL)
        _check_version(session, node, expected_version)
        if name == node.name and label == node.label:
            return org.get_node(db, node_id)
        parent = _node(session, node.parent_id) if node.parent_id is not None else None
        _refuse_twin(session, node.parent_id, name, label if node.kind == HOUSEHOLD else None, node.id)
        old_stem = _label_stem(session, node.kind, node.name, parent)
        new_stem = _label_stem(session, node.kind, name, parent)
        before = {"name": node.name, "label": node.label, "address": node.address}
        old_address, path = node.address, node.path
        node.name, node.label = name, label
        _flush(session, node)
        if node.kind != HOUSEHOLD:
            session.execute(delete(NodeSearchKey).where(NodeSearchKey.node_id == node_id))
            session.add_all(NodeSearchKey(key=key, node_id=node_id) for key in node_search_keys(name))
        new_address = None
        if old_address is not None:
            new_address = (parent.address or "" if parent is not None else "") + name
            addresses = {OrgNode.address: _replaced(OrgNode.address, old_address, new_address)}
            _rewrite(session, path, addresses)
        if new_label is None and old_stem and new_stem:
            _relabel(session, path, old_stem, new_stem)
        after = {"name": name, "label": _value(session, OrgNode.label, node_id), "address": new_address}
        audit.record(session, actor, "rename", "node", node_id, before=before, after=after)
    return org.get_node(db, node_id)


def move_preview(db: Database, node_id: int, new_parent_id: int) -> MovePreview:
    """What ``move_node`` would change; raises the errors it would raise."""
    with db.session() as session:
        node, old_parent, new_parent = _plan_move(session, node_id, new_parent_id)
        ids = select(OrgNode.id).where(starts_with(OrgNode.path, node.path))
        return MovePreview(
            node_id=node.id,
            kind=NodeKind(node.kind),
            name=node.name,
            old_parent_id=old_parent.id,
            new_parent_id=new_parent.id,
            old_place=_place(session, node.path, node.name),
            new_place=_place(session, child_path(new_parent.path, node.id), node.name),
            old_address=node.address,
            new_address=_address_under(new_parent, node),
            nodes=_count(session, OrgNode, starts_with(OrgNode.path, node.path)),
            households=node.household_count,
            residents=node.resident_count,
            roles=_count(session, NodeRole, NodeRole.node_id.in_(ids)),
            party_orgs=_count(session, PartyOrg, PartyOrg.node_id.in_(ids)),
            version=node.version,
        )


def move_node(
    db: Database, actor: Actor, node_id: int, new_parent_id: int, expected_version: int
) -> NodeSummary:
    """Move a node with its subtree under ``new_parent_id``, a node of the old parent's kind, as its
    last child. Paths, addresses, labels and counts follow in the same transaction."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        node, old_parent, new_parent = _plan_move(session, node_id, new_parent_id)
        _check_version(session, node, expected_version)
        if old_parent.id != new_parent.id:
            _move(session, actor, node, old_parent, new_parent)
    return org.get_node(db, node_id)


def _move(
    session: Session, actor: Actor, node: OrgNode, old_parent: OrgNode, new_parent: OrgNode
) -> None:
    before = {"parent_id": old_parent.id, "path": node.path, "address": node.address}
    node_id, old_path, old_address = node.id, node.path, node.address
    new_path, new_address = child_path(new_parent.path, node_id), _address_under(new_parent, node)
    old_stem = _label_stem(session, node.kind, node.name, old_parent)
    new_stem = _label_stem(session, node.kind, node.name, new_parent)
    residents, households = node.resident_count, node.household_count
    last = session.scalar(select(func.max(OrgNode.sort_order)).where(OrgNode.parent_id == new_parent.id))
    node.parent_id, node.sort_order = new_parent.id, (last or 0) + 1
    _flush(session, node)
    values: dict[Any, Any] = {OrgNode.path: _replaced(OrgNode.path, old_path, new_path)}
    if old_address is not None and new_address is not None and new_address != old_address:
        values[OrgNode.address] = _replaced(OrgNode.address, old_address, new_address)
    _rewrite(session, old_path, values)
    if old_stem and new_stem:
        _relabel(session, new_path, old_stem, new_stem)
    org.add_to_counts(session, old_parent.path, residents=-residents, households=-households)
    org.add_to_counts(session, new_parent.path, residents=residents, households=households)
    session.expire(node)
    after = {"parent_id": new_parent.id, "path": new_path, "address": new_address}
    audit.record(session, actor, "move", "node", node_id, before=before, after=after)


def _plan_move(session: Session, node_id: int, new_parent_id: int) -> tuple[OrgNode, OrgNode, OrgNode]:
    node = _node(session, node_id)
    new_parent = _node(session, new_parent_id)
    if new_parent.path.startswith(node.path):
        raise ValidationError("move_into_itself", field="parent")
    old_parent = _node(session, node.parent_id) if node.parent_id is not None else None
    if old_parent is None or new_parent.kind != old_parent.kind:
        expected = old_parent.kind if old_parent is not None else ""
        raise ValidationError("move_level", field="parent", expected=expected)
    _refuse_twin(session, new_parent.id, node.name, node.label, node.id)
    return node, old_parent, new_parent


def _address_under(parent: OrgNode, node: OrgNode) -> str | None:
    return None if node.address is None else (parent.address or "") + node.name


_TABLE = table_of(OrgNode)
_SET_SORT_ORDER = (
    update(_TABLE).where(_TABLE.c.id == bindparam("b_id")).values(sort_order=bindparam("b_order"))
)


def reorder_node(db: Database, actor: Actor, node_id: int, new_index: int) -> list[NodeSummary]:
    """Put a node at ``new_index`` (0-based, clamped) among its siblings; returns them in order."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        node = _node(session, node_id)
        parent_id = node.parent_id
        siblings = select(OrgNode.id).where(_under(parent_id)).order_by(OrgNode.sort_order, OrgNode.id)
        order = list(session.scalars(siblings))
        old_index = order.index(node.id)
        order.remove(node.id)
        index = max(0, min(new_index, len(order)))
        order.insert(index, node.id)
        if index != old_index:
            # Numbered 1, 2, 3 … as create_node numbers them (a few hundred siblings at most).
            session.execute(_SET_SORT_ORDER, [{"b_id": i, "b_order": n} for n, i in enumerate(order, 1)])
            before, after = {"index": old_index}, {"index": index}
            audit.record(session, actor, "reorder", "node", node_id, before=before, after=after)
    return org.roots(db) if parent_id is None else org.children(db, parent_id)


def delete_node(
    db: Database, actor: Actor, node_id: int, expected_version: int | None = None
) -> Deleted:
    """Delete a node with its empty descendants (a building with units but no households). Refused
    (``NodeNotDeletable``) while the subtree holds households or people, while roles, party units or
    paired units point at it, or when a household has membership history."""
    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        lock_tree(session)
        node = _node(session, node_id)
        if expected_version is not None:
            _check_version(session, node, expected_version)
        path, parent_id = node.path, node.parent_id
        in_subtree = starts_with(OrgNode.path, path)
        ids = select(OrgNode.id).where(in_subtree)
        _refuse_unless_deletable(session, node, in_subtree, ids)
        before = {"kind": node.kind, "name": node.name, "parent_id": parent_id, "path": path}
        residents, households = node.resident_count, node.household_count
        parent_path = _value(session, OrgNode.path, parent_id)
        nodes = _count(session, OrgNode, in_subtree)
        session.expunge(node)
        try:
            session.execute(delete(NodeSearchKey).where(NodeSearchKey.node_id.in_(ids)))
            # Deepest level first: parent_id is ON DELETE RESTRICT, which is checked row by row.
            for depth in range(NodeKind.HOUSEHOLD.depth, node.depth - 1, -1):
                at_depth = delete(OrgNode).where(in_subtree, OrgNode.depth == depth)
                session.execute(at_depth.execution_options(synchronize_session=False))
        except IntegrityError as exc:
            raise NodeNotDeletable("referenced", key=node_id) from exc
        if parent_path is not None:
            org.add_to_counts(session, parent_path, residents=-residents, households=-households)
        audit.record(session, actor, "delete", "node", node_id, before={**before, "nodes": nodes})
    return Deleted(node_id=node_id, parent_id=parent_id, nodes=nodes)


def _refuse_unless_deletable(
    session: Session, node: OrgNode, in_subtree: ColumnElement[bool], ids: Any
) -> None:
    # The kept counts answer at once; a subtree they call empty is checked row by row, as the FKs will.
    households, residents = node.household_count - (node.kind == HOUSEHOLD), node.resident_count
    if not households and not residents:
        others = (OrgNode.kind == HOUSEHOLD, OrgNode.id != node.id)
        households = _count(session, OrgNode, in_subtree, *others)
        residents = _count(session, Resident, Resident.household_id.in_(ids))
    if households or residents:
        raise NodeNotDeletable("holds_people", key=node.id, households=households, residents=residents)
    roles = session.execute(select(NodeRole.role, NodeRole.person_name).where(NodeRole.node_id.in_(ids)))
    held = [f"{_role_label(role)}{person}" for role, person in roles]
    party = list(session.scalars(select(PartyOrg.name).where(PartyOrg.node_id.in_(ids))))
    paired = list(session.scalars(select(PairedUnit.name).where(PairedUnit.community_id.in_(ids))))
    if held or party or paired:
        every = [*held, *party, *paired]
        names = "、".join(every[:5]) + ("等" if len(every) > 5 else "")
        counts = {"roles": len(held), "party_orgs": len(party), "paired_units": len(paired)}
        raise NodeNotDeletable("in_use", key=node.id, names=names, **counts)
    members = _count(session, HouseholdMember, HouseholdMember.household_id.in_(ids))
    if members:
        raise NodeNotDeletable("membership_history", key=node.id, members=members)


def _role_label(role: str) -> str:
    return StaffRole(role).label_zh if role in StaffRole.__members__.values() else role


def _clean(value: str, field: str, maximum: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise ValidationError("required", field=field)
    if len(cleaned) > maximum:
        raise ValidationError("too_long", field=field, maximum=maximum)
    return cleaned


def _node(session: Session, node_id: int) -> OrgNode:
    node = session.get(OrgNode, node_id)
    if node is None:
        raise NotFound(entity="node", key=node_id)
    return node


def _check_version(session: Session, node: OrgNode, expected_version: int) -> None:
    if node.version != expected_version:
        raise edited_by(session, "node", node.id, version=node.version)


def _flush(session: Session, node: OrgNode) -> None:
    """Write the node's own change: its version column turns a concurrent edit into ``Conflict``."""
    try:
        session.flush()
    except StaleDataError as exc:  # the failed flush leaves the session unusable: no who/when here
        raise Conflict(entity="node", key=node.id) from exc


def _count(session: Session, entity: Any, *where: ColumnElement[bool]) -> int:
    return int(session.scalar(select(func.count()).select_from(entity).where(*where)) or 0)


def _value(session: Session, column: Any, node_id: int | None) -> Any:
    return None if node_id is None else session.scalar(select(column).where(OrgNode.id == node_id))


def _refuse_twin(
    session: Session, parent_id: int | None, name: str, label: str | None, node_id: int
) -> None:
    """Siblings may not share a name (two "3栋" in one compound), nor households a label."""
    same = OrgNode.name == name if label is None else (OrgNode.name == name) | (OrgNode.label == label)
    if session.scalar(select(OrgNode.id).where(_under(parent_id), same, OrgNode.id != node_id).limit(1)):
        raise Duplicate(entity="node", key=name if label is None else f"{name}（{label}）")


def _under(parent_id: int | None) -> ColumnElement[bool]:
    return OrgNode.parent_id.is_(None) if parent_id is None else OrgNode.parent_id == parent_id


def _number(name: str) -> str:
    """A level's number in a label: "3栋" → "3", "12号楼" → "12", "501室" → "501"."""
    digits = "".join(c for c in name if c.isdigit())
    return digits or name.removesuffix("室")


def _label_stem(session: Session, kind: str, name: str, parent: OrgNode | None) -> str | None:
    """How the labels of the households below a node named ``name`` under ``parent`` start ("3-",
    "3-2-", "3-2-501"): what a rename or move rewrites. Labels typed otherwise are left alone."""
    if kind == NodeKind.BUILDING.value:
        return f"{_number(name)}-"
    if parent is None or kind not in (NodeKind.UNIT.value, HOUSEHOLD):
        return None
    if kind == NodeKind.UNIT.value:
        return f"{_number(parent.name)}-{_number(name)}-"
    building = _value(session, OrgNode.name, parent.parent_id)
    return None if building is None else f"{_number(building)}-{_number(parent.name)}-{_number(name)}"


def _replaced(column: Any, old_prefix: str, new_prefix: str) -> Any:  # new || substr(old's rest)
    return literal(new_prefix, type_=column.type) + func.substr(column, len(old_prefix) + 1)


def _rewrite(
    session: Session, subtree_path: str, values: dict[Any, Any], *where: ColumnElement[bool]
) -> None:
    session.execute(
        update(OrgNode)
        .where(starts_with(OrgNode.path, subtree_path), *where)
        .values(values)
        .execution_options(synchronize_session=False)
    )


def _relabel(session: Session, subtree_path: str, old_stem: str, new_stem: str) -> None:
    if old_stem != new_stem:
        values = {OrgNode.label: _replaced(OrgNode.label, old_stem, new_stem)}
        where = (OrgNode.kind == HOUSEHOLD, starts_with(OrgNode.label, old_stem))
        _rewrite(session, subtree_path, values, *where)


def _place(session: Session, path: str, name: str) -> str:
    """Names from the street down to a node at ``path`` (which may be a planned path)."""
    ids = [int(part) for part in path.strip("/").split("/")[:-1]]
    names = {
        i: n for i, n in session.execute(select(OrgNode.id, OrgNode.name).where(OrgNode.id.in_(ids)))
    }
    return "/".join([*(names[i] for i in ids if i in names), name])
