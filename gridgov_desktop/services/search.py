"""The search box: whatever a clerk types, the best residents first.

The text is classified (ID number or its last digits, phone or its last four, name, pinyin initials,
full pinyin, household label, address fragment) and each applicable lookup runs as one index-backed
statement returning finished rows, most certain kinds first, until ``limit`` people are found. Every
lookup is an equality or a range on a B-tree index, so it behaves the same on SQLite and PostgreSQL
(no FTS5 trigram, which finds nothing under three characters, and no pg_trgm). Statements run on the
fast read path (``db.fast_read``): typing must never wait for the database layer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Integer, Select, and_, bindparam, select
from sqlalchemy.orm import InstrumentedAttribute

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.fast_read import FastReader
from gridgov_desktop.db.queries import prefix_upper_bound
from gridgov_desktop.db.tables import NodeSearchKey, OrgNode, Resident, ResidentSearchKey
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import InvalidIdNumber
from gridgov_desktop.domain.id_number import normalise_id_number, parse_id_number
from gridgov_desktop.domain.pinyin import is_pinyin_query
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.grid_scope import GridScope, path_ranges, scope_of
from gridgov_desktop.services.residents import ResidentRow, row_columns, rows_from_values

if TYPE_CHECKING:
    from gridgov_desktop.db.fast_read import AnySelect

DEFAULT_LIMIT = 50
MAX_QUERY_LENGTH = 64
HOUSEHOLD = NodeKind.HOUSEHOLD.value


class MatchKind(StrEnum):
    """Why a resident was found; the UI may show it, and tests assert it."""

    ID_NUMBER = "id_number"
    ID_SUFFIX = "id_suffix"
    ID_PREFIX = "id_prefix"
    PHONE = "phone"
    PHONE_SUFFIX = "phone_suffix"
    PHONE_PREFIX = "phone_prefix"
    NAME = "name"
    NAME_PREFIX = "name_prefix"
    NAME_PART = "name_part"
    INITIALS = "initials"
    PINYIN = "pinyin"
    ADDRESS = "address"


class ResidentHit(NamedTuple):
    """A found resident and why it was found (a NamedTuple for speed, like ``ResidentRow``)."""

    row: ResidentRow
    match: MatchKind


Rows = list[tuple[Any, ...]]


# --- statements, built once -------------------------------------------------------------------------


def _rows() -> AnySelect:
    return select(*row_columns()).outerjoin(OrgNode, OrgNode.id == Resident.household_id)


def _in_range(column: InstrumentedAttribute[Any]) -> ColumnElement[bool]:
    return and_(column >= bindparam("lo"), column < bindparam("hi"))


_LIMIT = bindparam("n", type_=Integer)
_BY_ID_NUMBER = _rows().where(Resident.id_number == bindparam("q")).limit(_LIMIT)
_BY_PHONE = _rows().where(Resident.phone_digits == bindparam("q")).order_by(Resident.id).limit(_LIMIT)
_BY_NAME = _rows().where(Resident.name == bindparam("q")).order_by(Resident.id).limit(_LIMIT)


def _ordered_range(column: InstrumentedAttribute[Any]) -> AnySelect:
    return _rows().where(_in_range(column)).order_by(column, Resident.id).limit(_LIMIT)


_BY_ID_PREFIX = _ordered_range(Resident.id_number)
_BY_ID_SUFFIX = _ordered_range(Resident.id_number_rev)
_BY_PHONE_PREFIX = _ordered_range(Resident.phone_digits)
_BY_PHONE_SUFFIX = _ordered_range(Resident.phone_digits_rev)
_BY_NAME_PREFIX = _ordered_range(Resident.name)

_KEYED = _rows().join(ResidentSearchKey, ResidentSearchKey.resident_id == Resident.id)
_BY_GRAM = _KEYED.where(ResidentSearchKey.kind == "g", ResidentSearchKey.key == bindparam("q")).limit(
    _LIMIT
)
_BY_GRAM_AND_NAME = _KEYED.where(
    ResidentSearchKey.kind == "g",
    ResidentSearchKey.key == bindparam("q"),
    Resident.name.like(bindparam("pattern"), escape="\\"),
).limit(_LIMIT)
_BY_KEY_PREFIX = (
    _KEYED.where(ResidentSearchKey.kind == bindparam("kind"), _in_range(ResidentSearchKey.key))
    .order_by(ResidentSearchKey.key, Resident.id)
    .limit(_LIMIT)
)
_BY_HOUSEHOLD_LABEL = (
    _rows()
    .where(_in_range(OrgNode.label), OrgNode.kind == HOUSEHOLD)
    .order_by(OrgNode.label, Resident.id)
    .limit(_LIMIT)
)
_IN_SUBTREE = (
    _rows()
    .where(Resident.household_id.in_(select(OrgNode.id).where(_in_range(OrgNode.path))))
    .order_by(Resident.household_id, Resident.id)
    .limit(_LIMIT)
)
_PLACES_BY_GRAM = (
    select(OrgNode.path, OrgNode.name)
    .join(NodeSearchKey, NodeSearchKey.node_id == OrgNode.id)
    .where(NodeSearchKey.key == bindparam("q"), OrgNode.kind != HOUSEHOLD)
    .order_by(OrgNode.depth, OrgNode.path)
    .limit(_LIMIT)
)
_PLACES_BELOW_BY_ADDRESS = (
    select(OrgNode.path)
    .where(_in_range(OrgNode.path), OrgNode.address.like(bindparam("pattern"), escape="\\"))
    .order_by(OrgNode.depth, OrgNode.path)
    .limit(_LIMIT)
)

# --- classification ---------------------------------------------------------------------------------

_DIGITS = re.compile(r"^[0-9]+X?$")
_LABEL = re.compile(r"^\d{1,4}-\d{1,3}(-\d{1,5})?$")
_ADDRESS_NUMBERS = re.compile(r"^(\d{1,4})(?:栋|号楼|幢|号)(\d{1,3})单元(?:(\d{1,5})室?)?$")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]+")
_ADDRESS_WORDS = frozenset("栋号楼幢单元室")


def normalise_query(text: str) -> str:
    """Full-width to half-width; spaces, control and format characters (a scanner's CR, NUL,
    zero-width spaces) dropped."""
    if text.isascii():  # what scanners and most typing produce: skip the per-character walk
        text = "".join(text.split())
        if text.isprintable():
            return text[:MAX_QUERY_LENGTH]
    text = unicodedata.normalize("NFKC", text)[: MAX_QUERY_LENGTH * 2]
    kept = (c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf"))
    return "".join(kept)[:MAX_QUERY_LENGTH]


def search_residents(
    db: Database, actor: Actor, text: str, limit: int = DEFAULT_LIMIT
) -> list[ResidentHit]:
    """Up to ``limit`` residents matching ``text`` that ``actor`` may see, the most certain first.

    A grid worker's lookups carry their grids' path ranges (``services.grid_scope``): people outside
    are never read, so they cannot be told apart from people who do not exist."""
    scope = scope_of(db, actor)
    query = normalise_query(text)
    if not query or limit <= 0:
        return []
    reader = db.fast_reader
    run: Run = reader.rows if scope.everywhere else partial(_run_scoped, reader, scope)
    found: dict[int, ResidentHit] = {}
    for kind, lookup, params in _plan(query, limit):
        rows = run(lookup, params) if isinstance(lookup, Select) else lookup(reader, run, limit)
        fresh = [values for values in rows if values[0] not in found]
        for row in rows_from_values(fresh):
            found[row[0]] = _new_hit(ResidentHit, (row, kind))
        if len(found) >= limit:
            break
    return list(found.values())[:limit]


# NamedTuple's generated __new__ is a Python function: building the tuple directly is ~0.4 µs cheaper.
_new_hit = tuple.__new__


# Runs a statement of resident rows: ``FastReader.rows`` itself, or with a grid worker's scope.
Run = Callable[["AnySelect", dict[str, Any]], Rows]

# A lookup is a statement with its parameters, or a function for lookups of several steps.
Step = tuple[MatchKind, "AnySelect | Callable[[FastReader, Run, int], Rows]", dict[str, Any]]

# Scoped variants of the resident statements, by (statement, number of grids): built once each.
_SCOPED: dict[tuple[int, int], AnySelect] = {}


def _run_scoped(reader: FastReader, scope: GridScope, lookup: AnySelect, params: dict[str, Any]) -> Rows:
    """``lookup`` restricted to households under the scope's grids (ranges on the path index of the
    joined household node)."""
    paths = scope.paths or ()
    key = (id(lookup), len(paths))
    scoped = _SCOPED.get(key)
    if scoped is None:
        from sqlalchemy import or_

        ranges = [
            and_(OrgNode.path >= bindparam(f"grid{i}_lo"), OrgNode.path < bindparam(f"grid{i}_hi"))
            for i in range(len(paths))
        ]
        scoped = _SCOPED[key] = lookup.where(or_(*ranges))
    grids = {
        f"grid{i}_{end}": bound[end]
        for i, bound in enumerate(path_ranges(paths))
        for end in ("lo", "hi")
    }
    return reader.rows(scoped, {**params, **grids})


def _plan(query: str, n: int) -> list[Step]:
    """The lookups for ``query``, most certain first. Built as a list, not a generator of closures:
    this runs on every pause in typing and a full ID number's whole search costs ~20 µs."""
    # The query is NFKC-normalised already (full-width digits are ASCII): only x needs upper-casing.
    id_like = query.upper() if query.isascii() else normalise_id_number(query)
    if _DIGITS.match(id_like):
        return _number_plan(id_like, n)
    if _LABEL.match(query):
        return [(MatchKind.ADDRESS, _BY_HOUSEHOLD_LABEL, _range(query, n))]
    if match := _ADDRESS_NUMBERS.match(query):
        label = "-".join(part for part in match.groups() if part)
        return [(MatchKind.ADDRESS, _BY_HOUSEHOLD_LABEL, _range(label, n))]
    if is_pinyin_query(query):
        letters = query.lower()
        return [
            (MatchKind.INITIALS, _BY_KEY_PREFIX, {"kind": "i", **_range(letters, n)}),
            (MatchKind.PINYIN, _BY_KEY_PREFIX, {"kind": "p", **_range(letters, n)}),
        ]
    return [
        (MatchKind.NAME, _BY_NAME, {"q": query, "n": n}),
        (MatchKind.NAME_PREFIX, _BY_NAME_PREFIX, _range(query, n)),
        (MatchKind.NAME_PART, partial(_name_part, query=query), {}),
        (MatchKind.ADDRESS, partial(_address, query=query), {}),
    ]


def _number_plan(digits: str, n: int) -> list[Step]:
    length = len(digits)
    steps: list[Step] = []
    if length in (15, 18):
        steps.append((MatchKind.ID_NUMBER, _BY_ID_NUMBER, {"q": _as_18(digits), "n": n}))
    if digits.endswith("X"):
        if length < 18:
            steps.append((MatchKind.ID_SUFFIX, _BY_ID_SUFFIX, _range(digits[::-1], n)))
        return steps
    if 7 <= length <= 12:
        steps.append((MatchKind.PHONE, _BY_PHONE, {"q": digits, "n": n}))
    if 4 <= length <= 6:
        steps.append((MatchKind.ID_SUFFIX, _BY_ID_SUFFIX, _range(digits[::-1], n)))
        steps.append((MatchKind.PHONE_SUFFIX, _BY_PHONE_SUFFIX, _range(digits[::-1], n)))
    if 6 <= length < 18:
        steps.append((MatchKind.ID_PREFIX, _BY_ID_PREFIX, _range(digits, n)))
    if 3 <= length < 12:
        steps.append((MatchKind.PHONE_PREFIX, _BY_PHONE_PREFIX, _range(digits, n)))
    return steps


def _range(prefix: str, limit: int) -> dict[str, Any]:
    return {"lo": prefix, "hi": prefix_upper_bound(prefix), "n": limit}


def _as_18(digits: str) -> str:
    """A legacy 15-digit number as it is stored (converted to 18); anything else unchanged."""
    if len(digits) == 18:
        return digits
    try:
        return parse_id_number(digits).number
    except InvalidIdNumber:
        return digits


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _name_part(reader: FastReader, fetch: Run, limit: int, *, query: str) -> Rows:
    """Names containing ``query``: 1–2 characters are one gram; longer ones a gram plus a check."""
    gram = query.lower()
    if len(gram) <= 2:
        return fetch(_BY_GRAM, {"q": gram, "n": limit})
    return fetch(_BY_GRAM_AND_NAME, {"q": gram[:2], "pattern": _like_pattern(query), "n": limit})


def _address(reader: FastReader, fetch: Run, limit: int, *, query: str) -> Rows:
    """Residents under the places whose name holds the fragment ("幸福里", "幸福里小区3栋")."""
    run = _CJK_RUN.search(query)
    if run is None or set(run.group()) <= _ADDRESS_WORDS:
        return []
    place = run.group()
    anchors = [
        path
        for path, name in reader.rows(_PLACES_BY_GRAM, {"q": place.lower()[:2], "n": 20})
        if place in name
    ]
    if query != place:
        # More than a place name was typed: narrow to the places below whose address holds it all.
        pattern = _like_pattern(query)
        anchors = [
            path
            for anchor in anchors[:5]
            for (path,) in reader.rows(
                _PLACES_BELOW_BY_ADDRESS, {**_range(anchor, 5), "pattern": pattern}
            )
        ]
    found: Rows = []
    for path in anchors:
        found += fetch(_IN_SUBTREE, _range(path, limit - len(found)))
        if len(found) >= limit:
            break
    return found
