"""Fixtures of the register tests: the small street of ``pdf_helpers``, built once per module."""

from __future__ import annotations

import pytest
from pdf_helpers import Street, build_street  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database


@pytest.fixture(scope="module")
def street(module_db: Database) -> tuple[Database, Street]:
    """The street built once per module and backend, for tests that only read (prints add audit
    entries, which the tests that count them look at by difference)."""
    return module_db, build_street(module_db)
