"""Backups and restores of the whole database, for the command line and the app (no Qt here).

A backup is written to a hidden temporary file in its folder, checked, and only then given its name
(``gridgov-20261121-183005.sqlite3``, ``….pgdump`` on PostgreSQL, ``.enc`` appended when encrypted);
a failure leaves no file that looks like a backup. Backups in the backup folder are rotated (the
newest ``keep`` stay); a file written elsewhere with ``-o`` is never touched, nor is any file not
named like ours.

A restore checks the file first and changes nothing when it fails the check; otherwise it keeps the
current database aside, replaces it, brings the restored schema up to date and audits the restore
in the restored database. Both are audited (action ``backup``/``restore``, entity ``database``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db import backup_pg, backup_sqlite, dbapi
from gridgov_desktop.db.backup_crypto import (
    ENCRYPTED_SUFFIX,
    PASSPHRASE_ENV,
    decrypt_file,
    encrypt_file,
    is_encrypted,
)
from gridgov_desktop.db.backup_texts import BackupError

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor

__all__ = [
    "PASSPHRASE_ENV",
    "BackupCheck",
    "BackupError",
    "BackupResult",
    "RestoreResult",
    "automatic_passphrase",
    "back_up",
    "backup_folder",
    "backups_in",
    "check_backup",
    "has_backup_from",
    "restore",
    "rotate",
]

DEFAULT_KEEP = 14
BACKUPS_FOLDER_NAME = "backups"
_NAME = re.compile(r"^gridgov-(\d{8})-(\d{6})(?:-(\d+))?\.(sqlite3|pgdump)(\.enc)?$")
_PG_DUMP_HEADER = b"PGDMP"
_STEPS = 3

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created: dt.datetime
    encrypted: bool
    verified: bool


@dataclass(frozen=True)
class BackupCheck:
    """A backup file that passed the check: it can be restored into this database."""

    path: Path
    revision: str
    encrypted: bool
    size: int


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path | None  # the previous database (None when there was none)
    revision: str


def automatic_passphrase() -> str | None:
    """The passphrase automatic backups are encrypted with (``GRIDGOV_BACKUP_PASSPHRASE``), if any."""
    return os.environ.get(PASSPHRASE_ENV) or None


def backup_folder(url: str, configured: str = "") -> Path:
    """The folder of the rotated backups: the setting, else ``backups`` beside the SQLite file (or
    in the user data folder for PostgreSQL)."""
    if configured.strip():
        return Path(configured.strip()).expanduser()
    if dbapi.backend_of(url) == "sqlite":
        return Path(dbapi.sqlite_path(url)).parent / BACKUPS_FOLDER_NAME
    from platformdirs import user_data_path

    return user_data_path("gridgov", appauthor=False) / BACKUPS_FOLDER_NAME


def backups_in(folder: Path) -> list[Path]:
    """Our backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    found = [(m, path) for path in folder.iterdir() if (m := _NAME.match(path.name)) and path.is_file()]
    found.sort(key=lambda item: (item[0].group(1), item[0].group(2), int(item[0].group(3) or 1)))
    return [path for _, path in found]


def has_backup_from(folder: Path, day: dt.date) -> bool:
    """Whether ``folder`` holds one of our backups made on ``day`` (the daily automatic backup)."""
    return any(path.name.startswith(f"gridgov-{day:%Y%m%d}-") for path in backups_in(folder))


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` of our backups in ``folder``; returns what went."""
    doomed = backups_in(folder)[: -max(keep, 1)]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def back_up(
    db: Database,
    actor: Actor,
    *,
    folder: Path,
    output: Path | None = None,
    keep: int = DEFAULT_KEEP,
    passphrase: str | None = None,
    automatic: bool = False,
    progress: Progress | None = None,
) -> BackupResult:
    """Back up ``db`` into ``folder`` (rotated to ``keep``) or to ``output``; checked, then audited.

    ``automatic`` backups run for whoever is logged in; others need ``Permission.BACK_UP``.
    """
    from gridgov_desktop.services.permissions import Permission, require

    if not automatic:
        require(actor, Permission.BACK_UP)
    report = progress or (lambda done, total: None)
    target_dir = output.parent if output is not None else folder
    created = dt.datetime.now().replace(microsecond=0)
    kind = "sqlite3" if db.is_sqlite else "pgdump"
    with _file_errors(), _scratch(_made(target_dir)) as scratch:
        report(0, _STEPS)
        plain = scratch("." + kind)
        if db.is_sqlite:
            source = Path(dbapi.sqlite_path(db.url))
            if str(source) == ":memory:":
                raise BackupError("memory_database", path="")
            backup_sqlite.copy_online(source, plain)
        else:
            backup_pg.dump(db.url, plain)
        report(1, _STEPS)
        try:
            _check(db, plain, str(plain))
        except BackupError as error:
            reason = error.args_map.get("reason") or error.args_map["detail"]
            raise BackupError("check_failed", path=db.description, reason=reason) from None
        report(2, _STEPS)
        written = plain
        if passphrase:
            written = scratch(".enc")
            encrypt_file(plain, written, passphrase)
        if output is not None:
            os.replace(written, output)
            final = output
        else:
            suffix = f".{kind}" + (ENCRYPTED_SUFFIX if passphrase else "")
            final = _place_new(written, folder, f"gridgov-{created:%Y%m%d-%H%M%S}", suffix)
            rotate(folder, keep)
        size = final.stat().st_size
    report(_STEPS, _STEPS)
    _audit(db, actor, "backup", {"file": final.name, "size": size})
    return BackupResult(final, size, created, bool(passphrase), True)


def check_backup(db: Database, path: Path, passphrase: str | None = None) -> BackupCheck:
    """Whether ``path`` can be restored into ``db``: ``BackupError`` (saying why) if not."""
    with _file_errors(), _candidate(db, path, passphrase) as (_candidate_file, revision):
        return BackupCheck(path, revision, is_encrypted(path), path.stat().st_size)


def restore(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    passphrase: str | None = None,
    folder: Path | None = None,
) -> RestoreResult:
    """Replace ``db``'s contents by the backup ``path``, keeping the current database aside.

    Refused, with nothing changed, when the file fails the check or another connection uses the
    database. ``folder`` (the backup folder) receives the aside dump on PostgreSQL.
    """
    from gridgov_desktop.services.permissions import Permission, require

    require(actor, Permission.BACK_UP)
    stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S}"
    with _file_errors(), _candidate(db, path, passphrase) as (candidate, revision):
        db.dispose()  # our own connections must not count as "another desk"
        if db.is_sqlite:
            aside = _replace_sqlite(Path(dbapi.sqlite_path(db.url)), candidate, stamp)
        else:
            if backup_pg.others_connected(db.url):
                raise BackupError("in_use", path=db.description)
            aside_dir = _made(folder or backup_folder(db.url))
            aside = aside_dir / f"before-restore-{stamp}.pgdump"
            backup_pg.dump(db.url, aside)
            backup_pg.restore(db.url, candidate)
    _upgrade_and_audit(db.url, actor, {"file": path.name, "size": path.stat().st_size})
    return RestoreResult(path, aside, revision)


def _replace_sqlite(database: Path, candidate: Path, stamp: str) -> Path | None:
    if not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True)
        backup_sqlite.put_in_place(candidate, database)
        return None
    aside = database.with_name(f"{database.name}.before-restore-{stamp}")
    shutil.copymode(database, candidate)  # the restored file is as readable as the one it replaces
    with backup_sqlite.sole_access(database):
        backup_sqlite.keep_aside(database, aside)
        if os.name == "posix":  # replace while still holding the lock; Windows cannot replace an
            backup_sqlite.put_in_place(candidate, database)  # open file, so it does it just after
    if candidate.exists():
        backup_sqlite.put_in_place(candidate, database)
    return aside


@contextmanager
def _candidate(db: Database, path: Path, passphrase: str | None) -> Iterator[tuple[Path, str]]:
    """The backup decrypted (if need be) into a scratch file beside the database, checked; the
    scratch file is removed afterwards unless it was moved into place."""
    if not path.is_file():
        raise BackupError("not_found", path=str(path))
    encrypted = is_encrypted(path)
    if encrypted and not passphrase:
        raise BackupError("needs_passphrase", path=str(path))
    sqlite = db.is_sqlite
    scratch_dir = Path(dbapi.sqlite_path(db.url)).parent if sqlite else backup_folder(db.url)
    with _scratch(_made(scratch_dir)) as scratch:
        candidate = scratch(".restore")
        if encrypted:
            assert passphrase is not None
            decrypt_file(path, candidate, passphrase)
        else:
            shutil.copyfile(path, candidate)
        yield candidate, _check(db, candidate, str(path))


def _check(db: Database, candidate: Path, shown_as: str) -> str:
    """The schema revision of a backup of ``db``'s kind, refusing one newer than this program."""
    with candidate.open("rb") as file:
        start = file.read(16)
    if db.is_sqlite and start.startswith(_PG_DUMP_HEADER):
        raise BackupError("wrong_backend", path=shown_as, kind="PostgreSQL")
    if not db.is_sqlite and start == backup_sqlite.SQLITE_HEADER:
        raise BackupError("wrong_backend", path=shown_as, kind="SQLite")
    if db.is_sqlite:
        revision = backup_sqlite.check_database_file(candidate, shown_as)
    else:
        revision = backup_pg.check_dump(candidate, shown_as)
    if _is_newer(revision):
        raise BackupError("newer_schema", path=shown_as, revision=revision)
    return revision


def _is_newer(revision: str) -> bool:
    from gridgov_desktop.db.migrate import HEAD_REVISION

    head = int(HEAD_REVISION.split("_", 1)[0])
    number = revision.split("_", 1)[0]
    if not number.isdigit():
        return True
    return int(number) > head or (int(number) == head and revision != HEAD_REVISION)


def _place_new(file: Path, folder: Path, stem: str, suffix: str) -> Path:
    """Give ``file`` the name ``stem[-n]suffix`` in ``folder`` that sorts after every backup of the
    same second (a freed lower number would sort first and be rotated away at once); never
    overwrites a file."""
    taken = [
        int(match.group(3) or 1)
        for path in backups_in(folder)
        if (match := _NAME.match(path.name)) and path.name.startswith(stem)
    ]
    for attempt in range(max(taken, default=0) + 1, 10_000):
        target = folder / (stem + (f"-{attempt}" if attempt > 1 else "") + suffix)
        try:
            os.link(file, target)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists():
                continue
            os.replace(file, target)
            return target
        file.unlink()
        return target
    raise BackupError("unreadable", path=str(folder), reason="no free file name")


@contextmanager
def _scratch(folder: Path) -> Iterator[Callable[[str], Path]]:
    """Hands out hidden temporary files in ``folder``; removes whichever are left at the end."""
    made: list[Path] = []

    def new(suffix: str) -> Path:
        handle, name = tempfile.mkstemp(prefix=".gridgov-", suffix=suffix, dir=folder)
        os.close(handle)
        made.append(Path(name))
        return made[-1]

    try:
        yield new
    finally:
        for path in made:
            for companion in ("", "-journal", "-wal", "-shm"):
                Path(f"{path}{companion}").unlink(missing_ok=True)


def _made(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def _file_errors() -> Iterator[None]:
    """A file system failure (disk full, no permission) as a ``BackupError`` in words."""
    try:
        yield
    except OSError as error:
        where = error.filename or ""
        raise BackupError("unreadable", path=str(where), reason=error.strerror or str(error)) from None


def _upgrade_and_audit(url: str, actor: Actor, after: dict[str, Any]) -> None:
    """Bring the restored database to this program's schema and record the restore in it."""
    from gridgov_desktop.db import migrate
    from gridgov_desktop.db.engine import Database

    restored = Database(url)
    try:
        migrate.upgrade(restored)
        _audit(restored, actor, "restore", after)
    finally:
        restored.dispose()


def _audit(db: Database, actor: Actor, action: str, after: dict[str, Any]) -> None:
    from gridgov_desktop.services import audit

    with db.session(write=True) as session:
        audit.record(session, actor, action, "database", after=after)
