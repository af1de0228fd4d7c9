"""PostgreSQL backups through the server's own tools: ``pg_dump`` and ``pg_restore``.

The password of the database URL reaches them in ``PGPASSWORD``, never on the command line (where
every user of the machine could read it in the process list). ``GRIDGOV_PG_BIN`` names the folder of
the tools when they are not on the PATH; they should be of the server's major version.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from gridgov_desktop.db import dbapi
from gridgov_desktop.db.backup_texts import BackupError

PG_BIN_ENV = "GRIDGOV_PG_BIN"
_VERSION_ROW = re.compile(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(.+?)\n", re.M)


def tool(name: str) -> str:
    """The path of ``pg_dump``/``pg_restore``, or ``BackupError("pg_tool_missing")``."""
    folder = os.environ.get(PG_BIN_ENV)
    found = shutil.which(name, path=folder) if folder else shutil.which(name)
    if not found:
        raise BackupError("pg_tool_missing", tool=name, path="")
    return found


def connection_for_tools(url: str) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment that carries the password."""
    parts = urlsplit(url)
    user = f"{parts.username}@" if parts.username else ""
    port = f":{parts.port}" if parts.port else ""
    netloc = f"{user}{parts.hostname or ''}{port}"
    uri = urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    return uri, env


def dump(url: str, target: Path) -> None:
    """``pg_dump --format=custom`` of the database at ``url`` into ``target``."""
    uri, env = connection_for_tools(url)
    _run("pg_dump", ["--format=custom", "--no-password", f"--file={target}", f"--dbname={uri}"], env)


def check_dump(path: Path, shown_as: str) -> str:
    """The schema revision inside a gridgov dump; ``BackupError`` if ``pg_restore`` cannot read it
    or it is not a gridgov database."""
    listing = subprocess.run(
        [tool("pg_restore"), "--list", str(path)], capture_output=True, text=True, check=False
    )
    if listing.returncode != 0:
        raise BackupError("not_pg_dump", path=shown_as)
    if not re.search(r"\bTABLE DATA \S+ alembic_version\b", listing.stdout):
        raise BackupError("not_gridgov", path=shown_as)
    data = subprocess.run(
        [tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    found = _VERSION_ROW.search(data.stdout)
    if data.returncode != 0 or not found or found.group(1) == "\\.":
        raise BackupError("not_gridgov", path=shown_as)
    return found.group(1).strip()


def others_connected(url: str) -> bool:
    """Whether any other session is connected to this database (a desk with the app open)."""
    connection = dbapi.connect(url)
    try:
        row = connection.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    finally:
        connection.close()
    return bool(row and row[0])


def restore(url: str, path: Path) -> None:
    """Replace the database's contents by the dump, in one transaction (all or nothing)."""
    uri, env = connection_for_tools(url)
    _run(
        "pg_restore",
        [
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--no-owner",
            "--no-privileges",
            "--no-password",
            f"--dbname={uri}",
            str(path),
        ],
        env,
    )


def _run(name: str, arguments: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(
        [tool(name), *arguments], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        reason = lines[0] if lines else f"exit status {result.returncode}"
        raise BackupError("pg_tool_failed", tool=name, reason=reason, path="")
