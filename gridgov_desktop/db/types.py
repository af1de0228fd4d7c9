"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.types import TypeEngine


def search_key_type(length: int) -> TypeEngine[str]:
    """A string compared byte-wise on every backend.

    Prefix searches are written as ranges (``key >= 'abc' AND key < 'abd'``), which a B-tree index
    answers on both backends. On PostgreSQL that is only correct under the "C" collation: a
    locale-aware collation orders '3-2' and '32' differently from their code points.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")
