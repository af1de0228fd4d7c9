"""Writing checked import rows in bulk: what ``register_resident`` and ``create_node`` write, at the
speed of the demo builder.

Per row a single registration writes the resident (with the reversed ID number and phone digits the
search uses), the household membership, the category tags and the name's search keys, and adds one to
the counts of every node above. Here the ids are assigned up front, rows are plain tuples sent by
``db.bulk.BulkWriter`` (executemany on SQLite, COPY on PostgreSQL), search keys are computed once per
distinct name, and the counts are added up in Python and applied once per node. New buildings, units
and households get their path, address, label, sort order and (but households) search keys, as
``create_node`` gives them. Everything runs in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from gridgov_desktop.db.bulk import BulkWriter, table_of
from gridgov_desktop.db.tables import (
    HouseholdMember,
    NodeSearchKey,
    OrgNode,
    Resident,
    ResidentSearchKey,
    ResidentTag,
    Tag,
    utc_now,
)
from gridgov_desktop.domain.enums import NodeKind, ResidentStatus
from gridgov_desktop.services.bulk_rows import RESIDENT_LAYOUTS
from gridgov_desktop.services.excel_households import PlanNode
from gridgov_desktop.services.excel_rows import ParsedRow
from gridgov_desktop.services.search_keys import node_search_keys, resident_search_keys

CHUNK_ROWS = 5_000  # residents written (and progress reported, a chance to cancel) per step

# The column order of the rows written here, checked by BulkWriter against the tables.

_RESIDENT_TABLES = (Resident, HouseholdMember, ResidentTag, ResidentSearchKey)


@dataclass(frozen=True)
class Created:
    households: int
    nodes: int


def write_rows(
    session: Session,
    rows: Sequence[ParsedRow],
    households: dict[int, PlanNode],
    new_nodes: Sequence[PlanNode],
    today: dt.date,
    tick: Callable[[int], None],
) -> Created:
    """Register ``rows`` (all checked) into their households; returns what was created."""
    writer = BulkWriter(session.connection(), RESIDENT_LAYOUTS)
    stamp = utc_now()
    homes = [households[row.row_number] for row in rows]
    per_household = Counter(homes)
    nodes = _used_new_nodes(new_nodes, per_household)
    node_ids = _allocate(session, OrgNode.id, "org_node", len(nodes))
    for node, node_id in zip(nodes, node_ids, strict=True):
        assert node.parent is not None and node.parent.path is not None
        node.id = node_id
        node.path = f"{node.parent.path}{node_id}/"
    residents_below: Counter[int] = Counter()
    households_below: Counter[int] = Counter()
    for home, count in per_household.items():
        assert home.path is not None
        path_ids = [int(part) for part in home.path.strip("/").split("/")]
        for node_id in path_ids:
            residents_below[node_id] += count
            if home.is_new:
                households_below[node_id] += 1
    writer.write(
        table_of(OrgNode),
        [
            (
                n.id, n.parent.id if n.parent else None, n.kind.value, n.name, None, n.sort_order,
                n.path, n.kind.depth, n.address, n.label,
                "family" if n.kind is NodeKind.HOUSEHOLD else None,
                residents_below[n.id or 0], households_below[n.id or 0], 1, stamp, stamp,
            )
            for n in nodes
        ],
    )  # fmt: skip
    writer.write(
        table_of(NodeSearchKey),
        sorted(
            (key, n.id)
            for n in nodes
            if n.kind is not NodeKind.HOUSEHOLD
            for key in node_search_keys(n.name)
        ),
    )
    new_ids = {n.id for n in nodes}
    _add_counts(
        session,
        [
            {"b_id": node_id, "b_r": residents_below[node_id], "b_h": households_below[node_id]}
            for node_id in residents_below
            if node_id not in new_ids
        ],
    )
    _write_people(session, writer, rows, homes, today, stamp, tick)
    return Created(households=sum(1 for n in nodes if n.kind is NodeKind.HOUSEHOLD), nodes=len(nodes))


def _write_people(
    session: Session,
    writer: BulkWriter,
    rows: Sequence[ParsedRow],
    homes: list[PlanNode],
    today: dt.date,
    stamp: dt.datetime,
    tick: Callable[[int], None],
) -> None:
    tag_ids = {name: tag_id for name, tag_id in session.execute(select(Tag.name, Tag.id))}
    resident_ids = _allocate(session, Resident.id, "resident", len(rows))
    member_ids = _allocate(session, HouseholdMember.id, "household_member", len(rows))
    existing = resident_ids[0] - 1 if session.get_bind().dialect.name == "sqlite" else len(rows)
    # Indexes are dropped and rebuilt only when the import outweighs what is there: rebuilding the
    # indexes of a large registry would cost more than it saves.
    rebuilt = [table_of(t) for t in _RESIDENT_TABLES] if existing < len(rows) else []
    key_cache: dict[str, list[tuple[str, str]]] = {}
    living = ResidentStatus.LIVING.value
    with writer.bulk_load(rebuilt, cache_bytes=len(rows) * 1_500):
        for start in range(0, len(rows), CHUNK_ROWS):
            residents: list[tuple[Any, ...]] = []
            members: list[tuple[Any, ...]] = []
            tags: list[tuple[int, int]] = []
            keys: list[tuple[str, str, int]] = []
            for i in range(start, min(start + CHUNK_ROWS, len(rows))):
                row = rows[i]
                rid = resident_ids[i]
                home_id = homes[i].id
                number = row.id_number
                digits = row.phone_digits
                texts = row.texts.get
                assert row.sex is not None and row.relation is not None
                # fmt: off
                residents.append((
                    rid, row.name, row.sex.value, texts("ethnicity"), row.birth_date, number,
                    number[::-1] if number else None, texts("domicile"), texts("political_status"),
                    texts("marital_status"), texts("education"), row.phone, digits,
                    digits[::-1] if digits else None, texts("religion"), texts("military_service"),
                    None, texts("notes"), living, None, home_id, 1, stamp, stamp,
                ))
                # fmt: on
                members.append((member_ids[i], home_id, rid, int(row.relation), today, None))
                if row.tags:
                    tags += [(tag_ids[tag], rid) for tag in row.tags]
                name_keys = key_cache.get(row.name)
                if name_keys is None:
                    name_keys = key_cache[row.name] = resident_search_keys(row.name)
                keys += [(kind, key, rid) for kind, key in name_keys]
            writer.write(table_of(Resident), residents)
            writer.write(table_of(HouseholdMember), members)
            writer.write(table_of(ResidentTag), sorted(tags))
            # In primary-key order: appending to a B-tree is far cheaper than inserting all over it.
            keys.sort()
            writer.write(table_of(ResidentSearchKey), keys)
            tick(min(start + CHUNK_ROWS, len(rows)))


def _used_new_nodes(new_nodes: Sequence[PlanNode], homes: Counter[PlanNode]) -> list[PlanNode]:
    """The planned nodes that written rows live in, parents first, numbered after their siblings.

    Rows skipped as bad leave their planned buildings and flats unbuilt, so sort orders are given
    again to the nodes actually created: no gaps after the last existing sibling.
    """
    used: set[PlanNode] = set()
    for home in homes:
        node: PlanNode | None = home
        while node is not None and node.is_new and node not in used:
            used.add(node)
            node = node.parent
    ordered = [node for node in new_nodes if node in used]  # planning order: parents first
    ordered.sort(key=lambda node: node.kind.depth)
    next_sort: dict[int, int] = defaultdict(int)
    for node in ordered:
        parent = node.parent
        assert parent is not None
        key = id(parent)
        if key not in next_sort:
            siblings = [c for cs in parent.children.values() for c in cs if not c.is_new]
            next_sort[key] = max((c.sort_order for c in siblings), default=0) + 1
        node.sort_order = next_sort[key]
        next_sort[key] += 1
    return ordered


def _allocate(session: Session, column: InstrumentedAttribute[int], table: str, count: int) -> list[int]:
    """``count`` fresh ids. SQLite: after the largest (the write transaction holds the database's only
    write lock). PostgreSQL: from the table's sequence, so that other desks inserting at the same time
    get other ids."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(
            session.scalars(
                text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
                {"table": table, "n": count},
            )
        )
    first = (session.scalar(select(func.max(column))) or 0) + 1
    return list(range(first, first + count))


def _add_counts(session: Session, deltas: list[dict[str, int]]) -> None:
    """Add to the subtree counts of existing nodes: one executemany for all of them."""
    if not deltas:
        return
    table = table_of(OrgNode)
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(
            resident_count=table.c.resident_count + bindparam("b_r"),
            household_count=table.c.household_count + bindparam("b_h"),
        )
    )
    session.connection().execute(statement, deltas)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection for the duration of a bulk operation.

    A bulk import or export holds millions of small objects (cells, rows, tuples for the database)
    until it ends; CPython's collector would walk all of them again at every full collection, which
    cost 0.4–0.9 s of CPU in a 20,000-row import (10–20 %). They form no cycles worth collecting
    early. The collector is process-wide: it is switched back on as soon as the operation ends,
    however it ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
