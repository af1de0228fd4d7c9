"""Sorting a resident list by a column: through the service when it can, else here for short lists.

The list of a node can hold 200,000 ids while only the visible pages are loaded, so sorting belongs in
the database. ``services.residents.resident_ids`` takes ``order_by`` once it supports it (see the
report of the GUI work for the signature asked for); until then, and for search hits (at most the
search limit), lists of up to ``CLIENT_SORT_LIMIT`` people are sorted here, on the worker thread, from
their list rows: names in pinyin order with surnames read as surnames (曾 zeng, not ceng, as a
locale's collation would have it), missing values last.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Sequence
from typing import Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.pinyin import name_pinyin
from gridgov_desktop.services import residents
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.residents import ResidentRow

SORT_KEYS = ("name", "sex", "birth_date", "age", "id_number", "phone", "address", "status")
CLIENT_SORT_LIMIT = 20_000
_CHUNK = 2_000


class ListTooLong(Exception):
    """The list is too long to sort without the database's help."""

    def __init__(self, count: int) -> None:
        super().__init__(count)
        self.count = count


def service_sorts() -> bool:
    """Whether ``resident_ids`` takes ``order_by`` (the database sorts any list)."""
    return "order_by" in inspect.signature(residents.resident_ids).parameters


def ordered_ids(
    db: Database,
    actor: Actor,
    node_id: int | None,
    ids: Sequence[int],
    key: str | None,
    descending: bool,
) -> list[int]:
    """``ids`` (the list of ``node_id``, or search hits when None) in the order of ``key``; for
    ``key`` None, a node's own order (households in tree order). Raises ``ListTooLong``."""
    if node_id is not None and key is None:
        return residents.resident_ids(db, actor, node_id)
    if key is None:
        return list(ids)
    if node_id is not None and service_sorts():
        by_service: Callable[..., list[int]] = residents.resident_ids
        return by_service(db, actor, node_id, order_by=key, descending=descending)
    if len(ids) > CLIENT_SORT_LIMIT:
        raise ListTooLong(len(ids))
    rows: list[ResidentRow] = []
    for start in range(0, len(ids), _CHUNK):
        rows.extend(residents.resident_rows(db, actor, ids[start : start + _CHUNK]))
    return [row.id for row in sort_rows(rows, key, descending)]


def sort_rows(rows: list[ResidentRow], key: str, descending: bool) -> list[ResidentRow]:
    """Rows sorted by ``key``; rows without a value stay last in either direction."""
    value = _value(key)
    present = [row for row in rows if value(row) is not None]
    missing = [row for row in rows if value(row) is None]
    present.sort(key=value, reverse=descending)
    return present + missing


def _value(key: str) -> Callable[[ResidentRow], Any]:
    if key == "name":
        return _name_key
    if key == "age":  # ascending age: the youngest (latest birth date) first
        return lambda row: -row.birth_date.toordinal() if row.birth_date else None
    if key == "birth_date":
        return lambda row: row.birth_date if isinstance(row.birth_date, dt.date) else None
    if key in ("sex", "status"):
        return lambda row: getattr(row, key).value
    if key == "id_number":
        return lambda row: row.id_number_masked or None
    if key == "phone":
        return lambda row: row.phone_masked or None
    return lambda row: row.address or None


def _name_key(row: ResidentRow) -> tuple[str, str] | None:
    if not row.name:
        return None
    readings = name_pinyin(row.name, max_variants=1).full
    return (readings[0] if readings else "", row.name)
