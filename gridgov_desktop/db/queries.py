"""Query building blocks shared by the services, written to use indexes on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range a B-tree index answers.

    SQLite plans ``LIKE 'x%'`` as a full scan unless the column is NOCASE or case_sensitive_like is
    on, and SQLAlchemy's ``startswith()`` is a LIKE; a range is index-backed on both backends
    (search-key columns are byte-ordered, see ``db.types``).
    """
    from sqlalchemy import and_

    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def child_path(parent_path: str, node_id: int) -> str:
    return f"{parent_path}{node_id}/"
