"""SQLite backups on the file level: the online copy, its check, and putting a copy in place.

The copy uses SQLite's online backup API (``sqlite3.Connection.backup``) in one step: it reads one
consistent snapshot of the live database while other desks go on writing (WAL mode lets them), and
the copy is switched to a rollback journal so that it is one self-contained file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from gridgov_desktop.db import dbapi
from gridgov_desktop.db.backup_texts import BackupError

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a restore waits for other connections to let go before it says "close the app first".
RESTORE_LOCK_TIMEOUT_S = 2.0
_COMPANIONS = ("-wal", "-shm", "-journal")


def copy_online(source: Path, target: Path) -> None:
    """A consistent copy of the live database ``source`` in the new file ``target``."""
    if not source.is_file():
        raise BackupError("no_database", path=str(source))
    try:
        live = sqlite3.connect(source, timeout=dbapi.SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            live.execute(f"PRAGMA busy_timeout={dbapi.SQLITE_BUSY_TIMEOUT_MS}")
            copy = sqlite3.connect(target, isolation_level=None)
            try:
                # pages=-1: one step under one read lock, so concurrent writers never restart it.
                live.backup(copy, pages=-1)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            live.close()
    except sqlite3.Error as error:  # locked past the timeout, disk full, a damaged database
        raise BackupError("copy_failed", path=str(source), reason=str(error)) from None


def check_database_file(path: Path, shown_as: str) -> str:
    """The schema revision of the gridgov database in ``path``; ``BackupError`` if it is not a
    healthy one. Opens the file read-only: the check itself changes nothing."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise BackupError("unreadable", path=shown_as, reason=error.strerror or str(error)) from None
    if header != SQLITE_HEADER:
        raise BackupError("not_sqlite", path=shown_as)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError("corrupt", path=shown_as, reason=str(error)) from None
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            raise BackupError("corrupt", path=shown_as, reason="; ".join(map(str, result[:3])))
        has_version = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        rows = (
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if has_version
            else []
        )
    except (
        sqlite3.DatabaseError
    ) as error:  # "file is not a database", "database disk image is malformed"
        raise BackupError("corrupt", path=shown_as, reason=str(error)) from None
    finally:
        connection.close()
    if not rows:
        raise BackupError("not_gridgov", path=shown_as)
    return str(rows[0][0])


@contextlib.contextmanager
def sole_access(database: Path) -> Iterator[None]:
    """Hold the database for ourselves, or raise ``BackupError("in_use")``.

    Leaving WAL mode needs every other connection closed (each open one holds a shared lock on the
    WAL index), so it is the test that no desk has the database open; it also folds the WAL into
    the main file, which is then complete on its own. An exclusive transaction keeps newcomers out
    until the block ends.
    """
    connection = sqlite3.connect(database, timeout=RESTORE_LOCK_TIMEOUT_S, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA journal_mode=DELETE").fetchall()
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError:
            raise BackupError("in_use", path=str(database)) from None
        except sqlite3.DatabaseError as error:  # the current file is damaged: nothing to lock
            if "locked" in str(error) or "busy" in str(error):
                raise BackupError("in_use", path=str(database)) from None
        yield
    finally:
        connection.close()


def put_in_place(candidate: Path, database: Path) -> None:
    """Replace ``database`` by ``candidate`` (a file in the same folder), atomically.

    The old database's -wal, -shm and -journal files go first, so that no leftover of the old
    database is ever applied to the new one.
    """
    for suffix in _COMPANIONS:
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(candidate, database)


def keep_aside(database: Path, aside: Path) -> None:
    """Copy the current database file (complete: its WAL was folded in) to ``aside``."""
    shutil.copy2(database, aside)
