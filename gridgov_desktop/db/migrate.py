"""Schema migrations (Alembic), applied on start and by ``gridgov db upgrade``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from gridgov_desktop.db.engine import Database, unavailable_as_domain_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. Kept here so that a start-up on an up-to-date database
# costs one SELECT instead of importing Alembic and reading every script;
# tests/db/test_migrations.py fails when it falls behind.
HEAD_REVISION = "0002_party_paired_units"


def current_revision(db: Database) -> str | None:
    """The revision the database is at, or None for an empty database.

    Raises ``DatabaseUnavailable`` when the database cannot be reached or is not a database at all.
    """
    with unavailable_as_domain_error(), db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


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
    reached = current_revision(db)
    return reached or ""


def has_foreign_tables(db: Database) -> bool:
    """True when the database holds tables but is not a gridgov database (wrong --db, say)."""
    with unavailable_as_domain_error():
        names = set(inspect(db.engine).get_table_names())
    return bool(names) and "alembic_version" not in names


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
