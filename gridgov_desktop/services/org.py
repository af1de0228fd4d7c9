"""The organisation tree: street → community → grid → compound → building → unit → household."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables import OrgNode


# Structural edits of the tree (move, rename, delete) hold this PostgreSQL advisory lock exclusively;
# writes that read a path and then write below it (new nodes, registrations, household changes) hold
# it shared, so that no path they read changes before they commit. SQLite serialises writers anyway.
TREE_LOCK = 4243


def lock_tree(session: Session, *, shared: bool = False) -> None:
    """Hold the tree still on PostgreSQL until the transaction ends (see ``TREE_LOCK``)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        session.execute(text(f"SELECT pg_advisory_xact_lock{'_shared' if shared else ''}({TREE_LOCK})"))


@dataclass(frozen=True)
class NodeSummary:
    id: int
    parent_id: int | None
    kind: NodeKind
    name: str
    path: str
    address: str | None
    label: str | None
    resident_count: int
    household_count: int
    has_children: bool
    version: int = 0  # for optimistic locking: pass it back to the edits of ``services.tree_edit``

    @property
    def display_name(self) -> str:
        return self.label or self.name if self.kind is NodeKind.HOUSEHOLD else self.name


def _summary_columns() -> tuple[Any, ...]:
    from sqlalchemy import exists
    from sqlalchemy.orm import aliased

    from gridgov_desktop.db.tables import OrgNode

    child = aliased(OrgNode)
    has_children = exists().where(child.parent_id == OrgNode.id).correlate(OrgNode)
    return (
        OrgNode.id, OrgNode.parent_id, OrgNode.kind, OrgNode.name, OrgNode.path, OrgNode.address,
        OrgNode.label, OrgNode.resident_count, OrgNode.household_count,
        has_children.label("has_children"), OrgNode.version,
    )  # fmt: skip


def _summary(row: Sequence[Any]) -> NodeSummary:
    (
        node_id,
        parent_id,
        kind,
        name,
        path,
        address,
        label,
        residents,
        households,
        has_children,
        version,
    ) = row
    return NodeSummary(node_id, parent_id, NodeKind(kind), name, path, address, label, residents,
                       households, bool(has_children), version)  # fmt: skip


def _nodes(where: Any) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode

    return select(*_summary_columns()).where(where).order_by(OrgNode.sort_order, OrgNode.id)


def _summaries(session: Session, where: object) -> list[NodeSummary]:
    """Node summaries inside an ORM transaction (after a change, before it commits)."""
    return [_summary(row) for row in session.execute(_nodes(where)).all()]


@statement("org.roots")
def _roots_sql(backend: str) -> Any:
    from gridgov_desktop.db.tables import OrgNode

    return _nodes(OrgNode.parent_id.is_(None))


@statement("org.children")
def _children_sql(backend: str) -> Any:
    from sqlalchemy import bindparam

    from gridgov_desktop.db.tables import OrgNode

    return _nodes(OrgNode.parent_id == bindparam("parent"))


@statement("org.node")
def _node_sql(backend: str) -> Any:
    from sqlalchemy import bindparam

    from gridgov_desktop.db.tables import OrgNode

    return _nodes(OrgNode.id == bindparam("id"))


@statement("org.nodes")
def _nodes_sql(backend: str) -> Any:
    from sqlalchemy import bindparam

    from gridgov_desktop.db.tables import OrgNode

    return _nodes(OrgNode.id.in_(bindparam("ids", expanding=True)))


def roots(db: Database) -> list[NodeSummary]:
    """The streets (normally one)."""
    return [_summary(row) for row in db.fast_reader.rows("org.roots", {})]


def children(db: Database, node_id: int) -> list[NodeSummary]:
    """The children of a node, in their sort order: what the tree shows on expand."""
    return [_summary(row) for row in db.fast_reader.rows("org.children", {"parent": node_id})]


def get_node(db: Database, node_id: int) -> NodeSummary:
    found = db.fast_reader.rows("org.node", {"id": node_id})
    if not found:
        raise NotFound(entity="node", key=node_id)
    return _summary(found[0])


def ancestors(db: Database, node_id: int) -> list[NodeSummary]:
    """The node's ancestors from the street down, without the node itself."""
    node = get_node(db, node_id)
    ids = [int(part) for part in node.path.strip("/").split("/")[:-1]]
    if not ids:
        return []
    found = {n.id: n for n in map(_summary, db.fast_reader.rows("org.nodes", {"ids": ids}))}
    return [found[i] for i in ids if i in found]


def subtree_filter(node_path: str) -> Any:
    """Condition on ``OrgNode`` selecting the node at ``node_path`` and everything below it."""
    from gridgov_desktop.db.queries import starts_with
    from gridgov_desktop.db.tables import OrgNode

    return starts_with(OrgNode.path, node_path)


def create_node(
    db: Database,
    actor: Actor,
    parent_id: int | None,
    kind: NodeKind,
    name: str,
    *,
    code: str | None = None,
    label: str | None = None,
) -> NodeSummary:
    """Add a node under ``parent_id`` (None for a street). The kind must be the parent's child kind."""
    from sqlalchemy import select

    from gridgov_desktop.db.queries import child_path
    from gridgov_desktop.db.tables import NodeSearchKey, OrgNode
    from gridgov_desktop.services.search_keys import node_search_keys

    require(actor, Permission.EDIT_TREE)
    name = name.strip()
    if not name:
        raise ValidationError("required", field="name")
    with db.session(write=True) as session:
        lock_tree(session, shared=True)
        parent = None if parent_id is None else session.get(OrgNode, parent_id)
        if parent_id is not None and parent is None:
            raise NotFound(entity="node", key=parent_id)
        expected = NodeKind.STREET if parent is None else NodeKind(parent.kind).child_kind
        if kind is not expected:
            raise ValidationError(
                "wrong_level", field="kind", expected=expected.value if expected else ""
            )
        sort_order = 0
        if parent is not None:
            last = session.scalar(
                select(OrgNode.sort_order)
                .where(OrgNode.parent_id == parent.id)
                .order_by(OrgNode.sort_order.desc())
                .limit(1)
            )
            sort_order = (last or 0) + 1
        node = OrgNode(
            parent_id=parent_id,
            kind=kind.value,
            name=name,
            code=code,
            sort_order=sort_order,
            path="/pending/",
            depth=kind.depth,
            label=label,
            address=_address(parent, kind, name),
            household_type="family" if kind is NodeKind.HOUSEHOLD else None,
        )
        session.add(node)
        session.flush()
        node.path = child_path(parent.path if parent else "/", node.id)
        if kind is NodeKind.HOUSEHOLD:
            # Households are found by their label ("3-2-501"), not by the characters of "501室".
            session.flush()
            add_to_counts(session, node.path, households=1)
        else:
            session.add_all(NodeSearchKey(key=key, node_id=node.id) for key in node_search_keys(name))
        audit.record(
            session,
            actor,
            "create",
            "node",
            node.id,
            after={"kind": kind.value, "name": name, "parent_id": parent_id},
        )
        session.flush()
        return _summaries(session, OrgNode.id == node.id)[0]


def _address(parent: OrgNode | None, kind: NodeKind, name: str) -> str | None:
    """Postal address from the compound down: the compound's name followed by each level's name."""
    if kind.depth < NodeKind.COMPOUND.depth:
        return None
    prefix = parent.address if parent is not None and parent.address else ""
    return prefix + name


def add_to_counts(session: Session, path: str, *, residents: int = 0, households: int = 0) -> None:
    """Adjust the subtree counts of the node at ``path`` and its ancestors, in the caller's
    transaction, so that the tree shows totals without counting rows."""
    from sqlalchemy import update

    from gridgov_desktop.db.tables import OrgNode

    ids = [int(part) for part in path.strip("/").split("/")]
    session.execute(
        update(OrgNode)
        .where(OrgNode.id.in_(ids))
        .values(
            resident_count=OrgNode.resident_count + residents,
            household_count=OrgNode.household_count + households,
        )
        .execution_options(synchronize_session=False)
    )


def resolve_node(db: Database, text: str) -> NodeSummary:
    """The node a user names on the command line: its id, or its names from the top joined by "/"
    ("东风街道/幸福社区/第一网格/幸福里小区"). Levels may be left out — the street, or a grid:
    "幸福社区/幸福里小区" — and a household is named by its label ("3-2-501")."""
    text = text.strip().strip("/").replace("／", "/")
    if text.isdigit():
        return get_node(db, int(text))
    names = [part.strip() for part in text.split("/") if part.strip()]
    if not names:
        raise NotFound(entity="node", key=text)
    level = roots(db)
    found: NodeSummary | None = None
    for name in names:
        found = _first_named(db, level, name)
        if found is None:
            raise NotFound(entity="node", key=text)
        level = children(db, found.id)
    assert found is not None
    return found


def _first_named(db: Database, level: list[NodeSummary], name: str, skip: int = 2) -> NodeSummary | None:
    """The first node named ``name`` in ``level`` or, failing that, up to ``skip`` levels below."""
    for _ in range(skip + 1):
        match = next((n for n in level if name in (n.name, n.label)), None)
        if match is not None or not level:
            return match
        level = [child for node in level if node.has_children for child in children(db, node.id)]
    return None
