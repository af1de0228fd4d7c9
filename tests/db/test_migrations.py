"""Migrations: the ORM and the migration scripts agree, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Base


def test_head_revision_constant_is_the_newest_script() -> None:
    config = migrate._alembic_config()
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD_REVISION


def test_tables_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_is_idempotent(db: Database) -> None:
    assert migrate.upgrade(db) == migrate.HEAD_REVISION
    assert migrate.is_up_to_date(db)


def test_empty_database_is_migrated_from_scratch(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert migrate.current_revision(db) is None
    assert migrate.upgrade(db) == migrate.HEAD_REVISION
    db.dispose()


def test_sqlite_connection_settings(sqlite_db: Database) -> None:
    with sqlite_db.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_database_is_recognised(tmp_path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    assert migrate.has_foreign_tables(db)
    db.dispose()


def test_prefix_searches_use_an_index_on_sqlite(sqlite_db: Database) -> None:
    """SQLite plans LIKE 'x%' as a scan; our ranges must be index searches."""
    from sqlalchemy import select

    from gridgov_desktop.db.queries import starts_with
    from gridgov_desktop.db.tables import Resident, ResidentSearchKey

    queries = [
        select(Resident.id).where(starts_with(Resident.id_number_rev, "4321")),
        select(Resident.id).where(starts_with(Resident.phone_digits_rev, "8765")),
        select(Resident.id).where(starts_with(Resident.name, "张")),
        select(ResidentSearchKey.resident_id).where(
            ResidentSearchKey.kind == "i", starts_with(ResidentSearchKey.key, "zsm")
        ),
    ]
    with sqlite_db.engine.connect() as conn:
        for query in queries:
            compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
            plan = " ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert ("USING" in plan and "INDEX" in plan) or "PRIMARY KEY" in plan, plan
            assert not plan.startswith("SCAN"), plan
