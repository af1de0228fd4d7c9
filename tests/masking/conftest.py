"""The masking tests' hall (``masking_data``), built once per module on SQLite: they are about
what is printed, not about the database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from masking_data import Hall, build_hall, full_numbers  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database


@pytest.fixture(scope="module")
def hall(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hall]:
    path = tmp_path_factory.mktemp("masking") / "gridgov.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    yield build_hall(db)
    db.dispose()


@pytest.fixture(scope="module")
def secrets(hall: Hall) -> dict[str, str]:
    found = full_numbers(hall.desk.db)
    # The data really has what is looked for: 7 residents' IDs, typed-in parties, agents' phones.
    assert sum(1 for what in found.values() if what.endswith("ID number")) >= 9
    assert any("agent" in what for what in found.values())
    return found
