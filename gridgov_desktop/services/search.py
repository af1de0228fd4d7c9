"""The search box: whatever a clerk types, the best residents first.

The text is classified (ID number or its last digits, phone or its last four, name, pinyin initials,
full pinyin, household label, address fragment) and each applicable lookup runs as one index-backed
query returning ids, most certain kinds first, until ``limit`` people are found. Rows are fetched once
at the end. Every lookup is an equality or a range on a B-tree index, so it behaves the same on SQLite
and PostgreSQL (no FTS5 trigram, which finds nothing under three characters, nor pg_trgm).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import NodeSearchKey, OrgNode, Resident, ResidentSearchKey
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.id_number import normalise_id_number
from gridgov_desktop.domain.pinyin import is_pinyin_query
from gridgov_desktop.services.residents import ResidentRow, _fetch_rows

DEFAULT_LIMIT = 50
MAX_QUERY_LENGTH = 64


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


@dataclass(frozen=True)
class ResidentHit:
    row: ResidentRow
    match: MatchKind


Lookup = tuple[MatchKind, Callable[[Session, int], list[int]]]

_DIGITS = re.compile(r"^[0-9]+[X]?$")
_LABEL = re.compile(r"^\d{1,4}-\d{1,3}(-\d{1,5})?$")
_ADDRESS_NUMBERS = re.compile(r"^(\d{1,4})\s*(?:栋|号楼|幢|号)\s*(\d{1,3})\s*单元\s*(\d{1,5})?\s*室?$")
_CJK_RUN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]+")
_ADDRESS_WORDS = frozenset("栋号楼幢单元室")


def normalise_query(text: str) -> str:
    """Full-width to half-width, spaces dropped, letters lower-cased (the ID check X upper-cased)."""
    text = unicodedata.normalize("NFKC", text)[: MAX_QUERY_LENGTH * 2]
    # Control and format characters (a scanner's CR, NUL, zero-width spaces) are never meant.
    kept = (c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf"))
    return "".join(kept)[:MAX_QUERY_LENGTH]


def search_residents(db: Database, text: str, limit: int = DEFAULT_LIMIT) -> list[ResidentHit]:
    """Up to ``limit`` residents matching ``text``, the most certain matches first."""
    query = normalise_query(text)
    if not query or limit <= 0:
        return []
    found: dict[int, MatchKind] = {}
    with db.session() as session:
        for kind, lookup in _lookups(query):
            for resident_id in lookup(session, limit):
                found.setdefault(resident_id, kind)
            if len(found) >= limit:
                break
        ids = list(found)[:limit]
        rows = _fetch_rows(session, ids)
    return [ResidentHit(row, found[row.id]) for row in rows]


def _lookups(query: str) -> Iterator[Lookup]:
    id_like = normalise_id_number(query)
    if _DIGITS.match(id_like):
        yield from _number_lookups(id_like)
        return
    if _LABEL.match(query):
        yield MatchKind.ADDRESS, lambda s, n: _household_label(s, query, n)
        return
    if match := _ADDRESS_NUMBERS.match(query):
        label = "-".join(part for part in match.groups() if part)
        yield MatchKind.ADDRESS, lambda s, n: _household_label(s, label, n)
        return
    if is_pinyin_query(query):
        letters = query.lower()
        yield MatchKind.INITIALS, lambda s, n: _keys(s, "i", letters, n)
        yield MatchKind.PINYIN, lambda s, n: _keys(s, "p", letters, n)
        return
    yield MatchKind.NAME, lambda s, n: _ids(s, select(Resident.id).where(Resident.name == query), n)
    yield (
        MatchKind.NAME_PREFIX,
        lambda s, n: _ids(
            s, select(Resident.id).where(starts_with(Resident.name, query)).order_by(Resident.name), n
        ),
    )
    yield MatchKind.NAME_PART, lambda s, n: _name_part(s, query, n)
    yield MatchKind.ADDRESS, lambda s, n: _address(s, query, n)


def _number_lookups(digits: str) -> Iterator[Lookup]:
    length = len(digits)
    if length in (15, 18):
        yield (
            MatchKind.ID_NUMBER,
            lambda s, n: _ids(s, select(Resident.id).where(Resident.id_number == _as_18(digits)), n),
        )
    if digits.endswith("X"):
        reversed_id = digits[::-1]
        if length < 18:
            yield (
                MatchKind.ID_SUFFIX,
                lambda s, n: _ids(s, _prefix(Resident.id_number_rev, reversed_id), n),
            )
        return
    if 7 <= length <= 12:
        yield (
            MatchKind.PHONE,
            lambda s, n: _ids(s, select(Resident.id).where(Resident.phone_digits == digits), n),
        )
    if 4 <= length <= 6:
        yield MatchKind.ID_SUFFIX, lambda s, n: _ids(s, _prefix(Resident.id_number_rev, digits[::-1]), n)
        yield (
            MatchKind.PHONE_SUFFIX,
            lambda s, n: _ids(s, _prefix(Resident.phone_digits_rev, digits[::-1]), n),
        )
    if 6 <= length < 18:
        yield MatchKind.ID_PREFIX, lambda s, n: _ids(s, _prefix(Resident.id_number, digits), n)
    if 3 <= length < 12:
        yield MatchKind.PHONE_PREFIX, lambda s, n: _ids(s, _prefix(Resident.phone_digits, digits), n)


def _as_18(digits: str) -> str:
    if len(digits) == 18:
        return digits
    from gridgov_desktop.domain.errors import InvalidIdNumber
    from gridgov_desktop.domain.id_number import parse_id_number

    try:
        return parse_id_number(digits).number
    except InvalidIdNumber:
        return digits


def _prefix(column: object, prefix: str) -> Select[int]:
    return select(Resident.id).where(starts_with(column, prefix)).order_by(column)  # type: ignore[arg-type]


def _ids(session: Session, query: Select[int], limit: int) -> list[int]:
    return list(session.scalars(query.limit(limit)))


def _keys(session: Session, kind: str, prefix: str, limit: int) -> list[int]:
    query = (
        select(ResidentSearchKey.resident_id)
        .where(ResidentSearchKey.kind == kind, starts_with(ResidentSearchKey.key, prefix))
        .order_by(ResidentSearchKey.key)
    )
    # A name with several readings may match more than once: ask for a few more than needed.
    return list(dict.fromkeys(session.scalars(query.limit(limit * 2))))[:limit]


def _name_part(session: Session, query: str, limit: int) -> list[int]:
    """Names containing ``query`` anywhere: 1–2 characters are a gram; longer ones are a gram plus
    a check on the name."""
    gram = query.lower()
    keyed = select(ResidentSearchKey.resident_id).where(
        ResidentSearchKey.kind == "g", ResidentSearchKey.key == gram[:2]
    )
    if len(gram) > 2:
        keyed = keyed.join(Resident, Resident.id == ResidentSearchKey.resident_id).where(
            Resident.name.contains(query, autoescape=True)
        )
    return _ids(session, keyed, limit)


def _household_label(session: Session, label: str, limit: int) -> list[int]:
    households = select(OrgNode.id).where(
        starts_with(OrgNode.label, label), OrgNode.kind == NodeKind.HOUSEHOLD.value
    )
    query = (
        select(Resident.id).where(Resident.household_id.in_(households)).order_by(Resident.household_id)
    )
    return _ids(session, query, limit)


def _address(session: Session, query: str, limit: int) -> list[int]:
    """Residents under the places whose name holds the fragment ("幸福里", "幸福里小区3栋")."""
    run = _CJK_RUN.search(query)
    if run is None or set(run.group()) <= _ADDRESS_WORDS:
        return []
    anchors = _places_named(session, run.group())
    if query != run.group():
        # More than a place name was typed: narrow to the places below whose address holds it all.
        anchors = [
            path
            for anchor in anchors[:5]
            for path in session.scalars(
                select(OrgNode.path)
                .where(
                    starts_with(OrgNode.path, anchor), OrgNode.address.contains(query, autoescape=True)
                )
                .order_by(OrgNode.depth, OrgNode.path)
                .limit(5)
            )
        ]
    found: list[int] = []
    for path in anchors:
        households = select(OrgNode.id).where(starts_with(OrgNode.path, path))
        query_ids = (
            select(Resident.id)
            .where(Resident.household_id.in_(households))
            .order_by(Resident.household_id)
        )
        found += _ids(session, query_ids, limit - len(found))
        if len(found) >= limit:
            break
    return found


def _places_named(session: Session, name_part: str) -> list[str]:
    """Paths of the places above household level whose own name contains ``name_part``."""
    query = (
        select(OrgNode.path)
        .join(NodeSearchKey, NodeSearchKey.node_id == OrgNode.id)
        .where(NodeSearchKey.key == name_part.lower()[:2], OrgNode.kind != NodeKind.HOUSEHOLD.value)
        .order_by(OrgNode.depth, OrgNode.path)
        .limit(20)
    )
    if len(name_part) > 2:
        query = query.where(OrgNode.name.contains(name_part, autoescape=True))
    return list(session.scalars(query))
