"""Alembic environment: migrations run on the connection handed over by ``db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from gridgov_desktop.db.tables import Base

config = context.config
connection = config.attributes["connection"]

if connection.dialect.name == "postgresql":
    # Two desks starting at once must not both migrate: the second waits, then sees the new head.
    connection.execute(text("SELECT pg_advisory_xact_lock(20261121)"))

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
