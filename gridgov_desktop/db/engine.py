"""The database: where it is, how to connect, and one transaction per unit of work.

SQLite is the embedded default (one file in the user's data folder); several service windows share a
PostgreSQL server instead when ``GRIDGOV_DATABASE_URL`` or ``--db`` names one.

SQLAlchemy is imported on first use of ``engine``/``session()``, not with this module: start-up runs
on the fast read path (``db.fast_read``) and does not wait ~0.3 s for SQLAlchemy to load.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from gridgov_desktop.db import dbapi
from gridgov_desktop.db.fast_read import FastReader
from gridgov_desktop.domain.errors import Conflict, DatabaseUnavailable

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DATABASE_URL_ENV = "GRIDGOV_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_MS = dbapi.SQLITE_BUSY_TIMEOUT_MS


def default_sqlite_path() -> Path:
    """``gridgov.sqlite3`` in the platform's user data folder (created on first use)."""
    from platformdirs import user_data_path

    return user_data_path("gridgov", appauthor=False, ensure_exists=True) / "gridgov.sqlite3"


def resolve_database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``GRIDGOV_DATABASE_URL``, then the default SQLite file.

    A bare file path is accepted as a SQLite database; ``postgresql://`` URLs use psycopg 3.
    """
    url = explicit or os.environ.get(DATABASE_URL_ENV) or ""
    if not url:
        return f"sqlite:///{default_sqlite_path()}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe_url(url: str) -> str:
    """The database as shown to a user: a file path, or host/database without the password."""
    if dbapi.backend_of(url) == "sqlite":
        return dbapi.sqlite_path(url)
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    return f"{user}{parts.hostname or ''}{port}{parts.path}"


class Database:
    """A database URL plus the ways to use it: ``session()`` (ORM, one transaction) and
    ``fast_reader`` (DBAPI, for the hot paths).

    ``session(write=True)`` writes. On SQLite a writing transaction starts with ``BEGIN IMMEDIATE``:
    it waits for the write lock up front (up to the busy timeout) instead of failing half-way when a
    read lock cannot be upgraded while another window writes.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.backend = dbapi.backend_of(url)
        self._echo = echo
        self._engine: Engine | None = None
        self._sessions: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None
        self._fast_reader: FastReader | None = None
        self._sqlite_file = (
            dbapi.SqliteFile(dbapi.sqlite_path(url)) if self.backend == "sqlite" else None
        )

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = _create_engine(self.url, self._sqlite_file, echo=self._echo)
        return self._engine

    @property
    def fast_reader(self) -> FastReader:
        """Per-thread DBAPI connections for the hot paths (see ``db.fast_read``)."""
        if self._fast_reader is None:
            self._fast_reader = FastReader(self.url, self.backend, sqlite_file=self._sqlite_file)
        return self._fast_reader

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends normally, rolled back otherwise.

        A database that cannot be used (locked beyond the busy timeout, gone, full, unreachable)
        raises ``DatabaseUnavailable`` with a reason code; a versioned row that another desk saved
        meanwhile raises ``Conflict`` — in both cases nothing of the block was written."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            self._sessions = (
                sessionmaker(engine, expire_on_commit=False),
                sessionmaker(engine.execution_options(gridgov_write=True), expire_on_commit=False),
            )
        factory = self._sessions[1 if write else 0]
        with unavailable_as_domain_error(), factory() as session, session.begin():
            yield session

    def dispose(self) -> None:
        if self._fast_reader is not None:
            self._fast_reader.close()
        if self._engine is not None:
            self._engine.dispose()


@contextmanager
def unavailable_as_domain_error() -> Iterator[None]:
    """Turn "cannot reach / locked / gone / full / not a database" driver errors into
    ``DatabaseUnavailable`` (with ``dbapi``'s reason code), and a lost optimistic-locking race
    (a versioned row changed between read and write) into ``Conflict``."""
    from sqlalchemy.exc import DBAPIError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        yield
    except StaleDataError as exc:
        # The service's own version check normally speaks first; this is the race it cannot see
        # (two desks past the check at once on PostgreSQL): the row's version decides.
        raise Conflict("stale", entity="record", key="") from exc
    except DBAPIError as exc:
        driver_error = exc.orig if exc.orig is not None else exc
        reason = dbapi.unavailable_reason(driver_error)
        if reason is None and exc.connection_invalidated:
            reason = dbapi.UNREACHABLE
        if reason is None and isinstance(exc, OperationalError):
            reason = dbapi.TROUBLE
        if reason is None:
            raise
        raise dbapi.unavailable(driver_error, reason) from exc


def _create_engine(url: str, sqlite_file: dbapi.SqliteFile | None, *, echo: bool) -> Engine:
    from sqlalchemy import create_engine

    if sqlite_file is not None:
        engine = create_engine(url, echo=echo, creator=sqlite_file.connect)
        _configure_sqlite(engine, sqlite_file)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args={"connect_timeout": 10})


_INODE = "gridgov_inode"  # in each pooled connection's info: the file it was opened on


def _configure_sqlite(engine: Engine, sqlite_file: dbapi.SqliteFile) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(_dbapi_connection: Any, record: Any) -> None:
        record.info[_INODE] = sqlite_file.inode()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        try:
            # A pooled connection into a deleted or replaced file would write where nobody looks.
            sqlite_file.check(conn.info.get(_INODE))
        except DatabaseUnavailable:
            engine.dispose()  # every pooled connection may be on the lost file: start afresh
            raise
        immediate = conn.get_execution_options().get("gridgov_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
