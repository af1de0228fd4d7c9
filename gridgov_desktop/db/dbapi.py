"""Plain DBAPI connections (sqlite3, psycopg) opened from a database URL without SQLAlchemy.

The fast read path (``db.fast_read``) uses them so that start-up and the search box never wait for
SQLAlchemy to import (~0.3 s). They are configured exactly as the engine's connections are
(``db.engine``): the same SQLite pragmas; autocommit, so that an idle desk holds no transaction open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    # FULL: a transaction whose commit returned survives a power cut, also in WAL mode.
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
)


def backend_of(url: str) -> str:
    """ "sqlite" or "postgresql" (the dialect part of ``sqlite:///…``, ``postgresql+psycopg://…``)."""
    return url.split(":", 1)[0].split("+", 1)[0]


def sqlite_path(url: str) -> str:
    """The file of a ``sqlite:///path`` URL (``:memory:`` for an in-memory database)."""
    rest = url.split(":", 1)[1].removeprefix("///").removeprefix("//")
    return rest.split("?", 1)[0] or ":memory:"


def configure_sqlite(connection: Any) -> None:
    """Pragmas every SQLite connection of the app gets; transactions are begun explicitly."""
    connection.isolation_level = None
    cursor = connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def connect(url: str) -> Any:
    """A new autocommit DBAPI connection to ``url``."""
    backend = backend_of(url)
    if backend == "sqlite":
        import sqlite3

        path = sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
        )
        configure_sqlite(connection)
        return connection
    if backend == "postgresql":
        import psycopg

        return psycopg.connect("postgresql:" + url.split(":", 1)[1], autocommit=True, connect_timeout=10)
    raise ValueError(f"unsupported database: {backend}")


def driver_error(backend: str) -> type[Exception]:
    """The base class of the driver's errors."""
    if backend == "sqlite":
        import sqlite3

        return sqlite3.Error
    import psycopg

    return psycopg.Error
