"""The filter box above the tree: the nodes whose name (or household label) holds the typed text, and
all their ancestors, so that the tree shows every match in place, expanded down to it — what DHIS2's
org-unit tree does.

Matches come from indexes only: a name fragment of 1–2 characters is one ``node_search_key`` lookup
(the grams of every non-household name); a longer one looks up its first 2-character gram and keeps
the names that hold the whole text (SQL ``LIKE``, case-insensitive for Latin letters); a household
label ("3-2-501", "3-2") is a prefix range on the label index. Ancestors need no walk: their ids are
in each match's ``path``, fetched in one query with everything the tree shows. The whole filter is at
most three statements, whatever the size of the district.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.fast_read import FastReader
from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.services.search_keys import name_grams

DEFAULT_LIMIT = 200
MAX_TEXT = 64
HOUSEHOLD = NodeKind.HOUSEHOLD.value
# A household label or its start: "3", "3-", "3-2", "3-2-501" (full-width digits are NFKC'd first).
_LABEL = re.compile(r"^\d{1,4}(-\d{0,5}){0,2}$")


@dataclass(frozen=True)
class TreeFilterResult:
    """What the tree shows while filtering: the visible nodes, grouped under their parents in tree
    order (``children[None]`` are the streets), each match's ancestors expanded."""

    text: str
    matched_ids: frozenset[int] = frozenset()
    visible_ids: frozenset[int] = frozenset()  # the matches and all their ancestors
    expanded_ids: frozenset[int] = frozenset()  # the ancestors: shown expanded down to the matches
    children: Mapping[int | None, tuple[NodeSummary, ...]] = field(default_factory=dict)
    truncated: bool = False  # more than ``limit`` nodes matched: the first ``limit`` are shown

    @property
    def nodes(self) -> dict[int, NodeSummary]:
        return {node.id: node for group in self.children.values() for node in group}


def normalise_filter_text(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII), lower case, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).lower().split())[:MAX_TEXT]


def filter_tree(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> TreeFilterResult:
    """Nodes whose name holds ``text`` (households: whose label starts with it) and their ancestors.

    At most ``limit`` matches, the highest levels first (a community before the units named like it);
    ``truncated`` says when there were more. Runs on the fast read path (``db.fast_read``), as the
    tree's expand does: the filter box asks on every pause in typing.
    """
    needle = normalise_filter_text(text)
    if not needle or limit <= 0:
        return TreeFilterResult(text=needle)
    reader = db.fast_reader
    found = _name_matches(reader, needle, limit + 1)
    if _LABEL.match(needle) and len(found) <= limit:
        # Labels starting with the text: a range on the label index (see ``db.queries.starts_with``).
        upper = needle[:-1] + chr(ord(needle[-1]) + 1)
        found += reader.rows("tree_filter.by_label", {"lo": needle, "hi": upper, "n": limit + 1})
    truncated = len(found) > limit
    matched = {node_id: path for node_id, path in found[:limit]}
    visible = {int(i) for path in matched.values() for i in path.strip("/").split("/")}
    rows = reader.rows("tree_filter.summaries", {"ids": sorted(visible)}) if visible else []
    expanded = frozenset(visible - matched.keys())
    for path in matched.values():  # a match below another match opens that one too
        expanded |= {int(i) for i in path.strip("/").split("/")[:-1]}
    return TreeFilterResult(
        text=needle,
        matched_ids=frozenset(matched),
        visible_ids=frozenset(visible),
        expanded_ids=frozenset(expanded),
        children=_grouped(rows),
        truncated=truncated,
    )


def _name_matches(reader: FastReader, needle: str, n: int) -> list[tuple[Any, ...]]:
    """(id, path) of non-household nodes whose name holds ``needle``, highest levels first."""
    grams = name_grams(needle)
    if not grams:
        return []
    if needle in grams:  # 1–2 letters or digits: the key itself
        return reader.rows("tree_filter.by_key", {"key": needle, "n": n})
    # Longer: every name that holds the text holds its first gram.
    key = next((g for g in grams if len(g) == 2), grams[0])
    params = {"key": key, "pattern": _like_pattern(needle), "n": n}
    return reader.rows("tree_filter.by_key_and_name", params)


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[int | None, tuple[NodeSummary, ...]]:
    groups: dict[int | None, list[tuple[int, int, NodeSummary]]] = {}
    kinds = _KINDS
    for (
        node_id,
        parent,
        kind,
        name,
        path,
        address,
        label,
        residents,
        households,
        order,
        more,
        version,
    ) in rows:
        summary = NodeSummary(
            node_id,
            parent,
            kinds[kind],
            name,
            path,
            address,
            label,
            residents,
            households,
            bool(more),
            version,
        )
        groups.setdefault(parent, []).append((order, node_id, summary))
    return {
        parent: tuple(entry[2] for entry in sorted(group, key=lambda entry: entry[:2]))
        for parent, group in groups.items()
    }


# Named statements (``db.statements``): compiled once per dialect and cached between runs, so that the
# filter, like the tree's expand, never waits for SQLAlchemy to import. Highest levels first: a key
# matches at most a few tens of thousands of nodes (every "1单元" of a district), sorted in ~14 ms by
# SQLite; without the order, the first rows in id order would win.


def _keyed() -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import NodeSearchKey, OrgNode

    return (
        select(OrgNode.id, OrgNode.path)
        .join(NodeSearchKey, NodeSearchKey.node_id == OrgNode.id)
        .where(NodeSearchKey.key == bindparam("key"))
    )


def _highest_first(query: Any) -> Any:
    from sqlalchemy import Integer, bindparam

    from gridgov_desktop.db.tables import OrgNode

    return query.order_by(OrgNode.depth, OrgNode.id).limit(bindparam("n", type_=Integer))


@statement("tree_filter.by_key")
def _by_key_sql(backend: str) -> Any:
    return _highest_first(_keyed())


@statement("tree_filter.by_key_and_name")
def _by_key_and_name_sql(backend: str) -> Any:
    from sqlalchemy import bindparam, func

    from gridgov_desktop.db.tables import OrgNode

    name_holds = func.lower(OrgNode.name).like(bindparam("pattern"), escape="\\")
    return _highest_first(_keyed().where(name_holds))


@statement("tree_filter.by_label")
def _by_label_sql(backend: str) -> Any:
    from sqlalchemy import Integer, bindparam, select

    from gridgov_desktop.db.tables import OrgNode

    return (
        select(OrgNode.id, OrgNode.path)
        .where(
            OrgNode.label >= bindparam("lo"), OrgNode.label < bindparam("hi"), OrgNode.kind == HOUSEHOLD
        )
        .order_by(OrgNode.label, OrgNode.id)
        .limit(bindparam("n", type_=Integer))
    )


@statement("tree_filter.summaries")
def _summaries_sql(backend: str) -> Any:
    from sqlalchemy import bindparam, case, exists, false, select
    from sqlalchemy.orm import aliased

    from gridgov_desktop.db.tables import OrgNode

    child = aliased(OrgNode)
    # Households have no children: no need to look.
    has_children = case(
        (OrgNode.kind == HOUSEHOLD, false()),
        else_=exists().where(child.parent_id == OrgNode.id).correlate(OrgNode),
    )
    return select(
        OrgNode.id, OrgNode.parent_id, OrgNode.kind, OrgNode.name, OrgNode.path, OrgNode.address,
        OrgNode.label, OrgNode.resident_count, OrgNode.household_count, OrgNode.sort_order,
        has_children.label("has_children"), OrgNode.version,
    ).where(OrgNode.id.in_(bindparam("ids", expanding=True)))  # fmt: skip


_KINDS = {kind.value: kind for kind in NodeKind}
