"""Checks every bad-input test shares: refused in words, nothing written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Base
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error

_HAN = re.compile(r"[\u4e00-\u9fff]")


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table (the audit log included): the small test street keeps this cheap."""
    with db.session() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def assert_sentence(text: str, *, chinese: bool = True) -> None:
    """One line, in Chinese unless told otherwise, no traceback, not absurdly long."""
    assert text.strip(), "an empty message"
    assert "\n" not in text.strip(), text
    assert "Traceback" not in text and "Error(" not in text, text
    assert len(text) < 400, f"a message of {len(text)} characters"
    assert "\x00" not in text and "\x1b" not in text, repr(text)
    if chinese:
        assert _HAN.search(text), f"not Chinese: {text}"


@contextmanager
def refused(db: Database, kind: type[DomainError] = DomainError) -> Iterator[list[DomainError]]:
    """The block must raise ``kind``, worded in Chinese and English, and write nothing."""
    before = row_counts(db)
    caught: list[DomainError] = []
    with pytest.raises(kind) as raised:
        yield caught
    caught.append(raised.value)
    assert_sentence(describe_error(raised.value, "zh_CN"))
    assert_sentence(describe_error(raised.value, "en"), chinese=False)
    assert row_counts(db) == before


def refused_call(
    db: Database, call: Callable[[], Any], kind: type[DomainError] = DomainError
) -> DomainError:
    with refused(db, kind) as caught:
        call()
    return caught[0]
