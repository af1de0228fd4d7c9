"""Plain DBAPI connections (sqlite3, psycopg) opened from a database URL without SQLAlchemy.

The fast read path (``db.fast_read``) uses them so that start-up and the search box never wait for
SQLAlchemy to import (~0.3 s). They are configured exactly as the engine's connections are
(``db.engine``): the same SQLite pragmas; autocommit, so that an idle desk holds no transaction open.
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from gridgov_desktop.domain.errors import DatabaseUnavailable

# How long a desk waits for another desk's write to finish before telling the clerk the database
# is busy (a save takes milliseconds; ten seconds means a desk is stuck or a backup is running).
SQLITE_BUSY_TIMEOUT_MS = 10_000
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    # FULL: a transaction whose commit returned survives a power cut, also in WAL mode.
    "PRAGMA synchronous=FULL",
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
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


class SqliteFile:
    """The database file a ``Database`` works on, guarded against vanishing under the app.

    Once the file has existed, a new connection must not silently create an empty database in its
    place (the file deleted, its folder gone, a network drive unmounted), and an open connection
    must not keep writing into a file that was deleted or replaced (its data would go with the old
    inode): ``connect`` then refuses, and ``check`` tells a connection's inode from the path's.
    Shared by the engine and the fast path of one ``Database``.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._seen = path == ":memory:" or os.path.exists(path)
        self._lock = threading.Lock()

    def connect(self) -> Any:
        """A configured connection; once the file has existed, only to that file."""
        import sqlite3

        timeout = SQLITE_BUSY_TIMEOUT_MS / 1000
        if self.path == ":memory:":
            connection = sqlite3.connect(
                self.path, timeout=timeout, check_same_thread=False, isolation_level=None
            )
            configure_sqlite(connection)
            return connection
        with self._lock:
            if self._seen:  # mode=rw: a missing file is an error, not a new empty database
                uri = "file:" + urllib.parse.quote(self.path) + "?mode=rw"
                connection = sqlite3.connect(
                    uri, timeout=timeout, check_same_thread=False, isolation_level=None, uri=True
                )
            else:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(
                    self.path, timeout=timeout, check_same_thread=False, isolation_level=None
                )
            try:
                configure_sqlite(connection)
            except BaseException:
                connection.close()
                raise
            self._seen = True
            return connection

    def inode(self) -> int | None:
        """The inode the path names now (None in memory or when the file is gone)."""
        if self.path == ":memory:":
            return None
        try:
            return os.stat(self.path).st_ino
        except OSError:
            return None

    def check(self, inode: int | None) -> None:
        """Raise ``DatabaseUnavailable("missing")`` unless the path still names ``inode``'s file."""
        if inode is not None and self.inode() != inode:
            raise DatabaseUnavailable(MISSING, driver=f"{self.path} is gone or was replaced")


def connect(url: str) -> Any:
    """A new autocommit DBAPI connection to ``url``."""
    backend = backend_of(url)
    if backend == "sqlite":
        return SqliteFile(sqlite_path(url)).connect()
    if backend == "postgresql":
        import psycopg

        return psycopg.connect("postgresql:" + url.split(":", 1)[1], autocommit=True, connect_timeout=10)
    raise ValueError(f"unsupported database: {backend}")


# Why the database is unavailable: the ``detail`` of ``DatabaseUnavailable``, which the user is told
# in words (``db.trouble_texts``); the driver's own message goes along as ``driver`` for the log.
LOCKED = "locked"  # another desk holds the SQLite write lock beyond the busy timeout
MISSING = "missing"  # the file (or its folder) is gone or was replaced
UNREACHABLE = "unreachable"  # the server is down, refuses, or dropped the connection
DISK_FULL = "disk_full"
READ_ONLY = "read_only"  # the file or its folder cannot be written
DAMAGED = "damaged"  # not a database, or a damaged one
NOT_GRIDGOV = "not_gridgov"  # a database without the app's tables (an empty or foreign file)
REFUSED = "refused"  # the server refused the login or does not have the database
TROUBLE = "trouble"  # any other failure of the database itself

_SQLITE_REASONS = {
    5: LOCKED,  # SQLITE_BUSY
    6: LOCKED,  # SQLITE_LOCKED
    8: READ_ONLY,  # SQLITE_READONLY
    10: MISSING,  # SQLITE_IOERR: the file went away under an open connection, or a disk error
    11: DAMAGED,  # SQLITE_CORRUPT
    13: DISK_FULL,  # SQLITE_FULL
    14: MISSING,  # SQLITE_CANTOPEN
    26: DAMAGED,  # SQLITE_NOTADB
}


def unavailable_reason(error: BaseException) -> str | None:
    """The reason code when ``error`` (a sqlite3 or psycopg error) means the database cannot be
    used right now; None for an error of the statement itself (a constraint, a bug)."""
    if isinstance(error, OSError):
        return MISSING
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        primary = int(code) & 0xFF
        if primary == 1 and "no such table" in str(error):  # SQLITE_ERROR
            return NOT_GRIDGOV
        return _SQLITE_REASONS.get(primary)
    sqlstate = getattr(error, "sqlstate", None)
    module = type(error).__module__
    if module.startswith("psycopg"):
        if sqlstate is None:  # no answer from the server at all
            return (
                UNREACHABLE if type(error).__name__ in ("OperationalError", "InterfaceError") else None
            )
        return _postgresql_reason(sqlstate)
    if module == "sqlite3" and type(error).__name__ == "DatabaseError":
        return DAMAGED
    return None


def _postgresql_reason(sqlstate: str) -> str | None:
    if sqlstate.startswith("08") or sqlstate in ("57P01", "57P02", "57P03"):
        return UNREACHABLE  # connection exceptions, shutdown, "cannot connect now"
    if sqlstate.startswith(("53", "58")):
        return DISK_FULL if sqlstate == "53100" else TROUBLE
    if sqlstate.startswith("28") or sqlstate == "3D000":
        return REFUSED
    if sqlstate == "42P01":
        return NOT_GRIDGOV
    # lock_not_available, query_canceled (a timeout); a deadlock or serialization failure between
    # two desks: the server rolled the whole transaction back, so trying again is safe.
    if sqlstate in ("55P03", "57014", "40P01", "40001"):
        return LOCKED
    return None


def unavailable(error: BaseException, reason: str | None = None) -> DatabaseUnavailable:
    """``DatabaseUnavailable`` for a driver error: the reason, and the driver's first line."""
    text = str(error).strip()
    driver = text.splitlines()[0] if text else type(error).__name__
    return DatabaseUnavailable(reason or unavailable_reason(error) or TROUBLE, driver=driver)


def driver_error(backend: str) -> type[Exception]:
    """The base class of the driver's errors."""
    if backend == "sqlite":
        import sqlite3

        return sqlite3.Error
    import psycopg

    return psycopg.Error
