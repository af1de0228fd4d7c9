"""Test harness: every test gets a fresh, migrated database.

The ``db`` fixture runs a test twice, on SQLite and on PostgreSQL (the server that ``scripts/test``
starts and names in ``GRIDGOV_TEST_PG_URL``). Without that variable the PostgreSQL half is skipped
locally, and fails under CI, where skipping would hide a broken half.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything can import Qt: GUI tests run offscreen, one QApplication per session (pytest-qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GRIDGOV_DATABASE_URL", None)

from sqlalchemy import create_engine, text  # noqa: E402

from gridgov_desktop.db import migrate  # noqa: E402
from gridgov_desktop.db.engine import Database, resolve_database_url  # noqa: E402

PG_URL_ENV = "GRIDGOV_TEST_PG_URL"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_URL_ENV} is not set: run the suite through scripts/test")
        pytest.skip(f"PostgreSQL half skipped: {PG_URL_ENV} not set (scripts/test sets it)")
    url = resolve_database_url(url)
    template = f"gridgov_template_{os.getpid()}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{template}"'))
        conn.execute(text(f'CREATE DATABASE "{template}"'))
    template_db = Database(_with_database(url, template))
    migrate.upgrade(template_db)
    template_db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
    admin.dispose()


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def new_sqlite_db(template: Path, directory: Path) -> Database:
    path = directory / "gridgov.sqlite3"
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    db = new_sqlite_db(sqlite_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_admin_url: str) -> Iterator[Database]:
    name = f"gridgov_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "gridgov_template_{os.getpid()}"'))
    db = Database(_with_database(pg_admin_url, name))
    yield db
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh migrated database, once per backend."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database
