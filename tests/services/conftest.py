"""Fixtures of the service tests: the small street (see ``street_fixtures``)."""

from __future__ import annotations

import pytest
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.db.engine import Database


@pytest.fixture
def small_street(db: Database) -> SmallStreet:
    return build_small_street(db)


@pytest.fixture(scope="module")
def shared_street(module_db: Database) -> tuple[Database, SmallStreet]:
    """The small street built once per module and backend, for tests that only read."""
    return module_db, build_small_street(module_db)
