"""Fixtures of the Excel tests (helpers: ``excel_helpers``)."""

from __future__ import annotations

import pytest
from excel_helpers import Street, build_street  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database


@pytest.fixture
def street(db: Database) -> Street:
    return build_street(db)
