"""Schema migrations (Alembic), applied on start and by ``gridgov db upgrade``.

Checking that the schema is current runs on the fast path (no SQLAlchemy, no Alembic); only a
database that is behind pays for loading them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database, unavailable_as_domain_error
from gridgov_desktop.db.statements import statement

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that a start-up on an up-to-date database
# costs one SELECT instead of importing Alembic and reading every script;
# tests/db/test_migrations.py fails when it falls behind.
HEAD_REVISION = "0005_trust"


@statement("migrate.has_version_table")
def _has_version_table(backend: str) -> Any:
    from sqlalchemy import text

    if backend == "sqlite":
        return text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )
    return text(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_name = 'alembic_version' AND table_schema = current_schema()"
    )


@statement("migrate.version")
def _version(backend: str) -> Any:
    from sqlalchemy import text

    return text("SELECT version_num FROM alembic_version")


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None for an empty database.

    Raises ``DatabaseUnavailable`` when the database cannot be reached or is not a database at all.
    """
    reader = db.fast_reader
    if not reader.rows("migrate.has_version_table", {})[0][0]:
        return None
    row = reader.rows("migrate.version", {})
    return str(row[0][0]) if row else None


def is_up_to_date(db: Database) -> bool:
    return current_revision(db) == HEAD_REVISION


def upgrade(db: Database, revision: str = "head") -> str:
    """Bring the schema to ``revision`` in one transaction; returns the revision reached."""
    if revision == "head" and is_up_to_date(db):
        return HEAD_REVISION
    from alembic import command

    config = _alembic_config()
    with unavailable_as_domain_error(), db.engine.execution_options(gridgov_write=True).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    _seed_new_tables(db)
    reached = current_revision(db)
    return reached or ""


def _seed_new_tables(db: Database) -> None:
    """Give a database that already had its street the seed data of tables added since (the
    service catalogue, the holiday calendar); a new database gets them with its street."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode
    from gridgov_desktop.services.catalogue import ensure_seed_catalogue
    from gridgov_desktop.services.mediation_cases import ensure_dispute_types
    from gridgov_desktop.services.work_calendar import ensure_seed_calendar

    with db.session(write=True) as session:
        if session.scalar(select(OrgNode.id).limit(1)) is not None:
            ensure_seed_catalogue(session)
            ensure_seed_calendar(session)
            ensure_dispute_types(session)


def has_foreign_tables(db: Database) -> bool:
    """True when the database holds tables but is not a gridgov database (wrong --db, say)."""
    from sqlalchemy import inspect

    with unavailable_as_domain_error():
        names = set(inspect(db.engine).get_table_names())
    return bool(names) and "alembic_version" not in names


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
