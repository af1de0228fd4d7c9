"""Named statements: compiled once, cached between runs, never stale, and enough to start the app
without SQLAlchemy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gridgov_desktop.db import statements
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.statements import StatementCache
from gridgov_desktop.services import org  # noqa: F401 - defines the "org.*" statements used below


@statements.statement("test.settings_in")
def _settings_in(backend: str) -> object:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import AppSetting

    return select(AppSetting.value).where(AppSetting.key.in_(bindparam("keys", expanding=True)))


def test_in_lists_expand_on_both_backends(db: Database) -> None:
    with db.session(write=True) as session:
        from gridgov_desktop.db.tables import AppSetting

        session.add_all(AppSetting(key=f"k{i}", value=str(i)) for i in range(5))
    rows = db.fast_reader.rows("test.settings_in", {"keys": ["k1", "k3", "nope"]})
    assert sorted(value for (value,) in rows) == ["1", "3"]
    assert db.fast_reader.rows("test.settings_in", {"keys": []}) == []


def test_the_cache_file_is_reused_and_named_by_the_code_it_came_from(
    tmp_path: Path, sqlite_db: Database
) -> None:
    cache = StatementCache("sqlite", directory=tmp_path)
    compiled = cache.get("org.roots")
    files = list(tmp_path.glob("sql-sqlite-*.json"))
    assert len(files) == 1 and "org.roots" in json.loads(files[0].read_text(encoding="utf-8"))
    assert StatementCache("sqlite", directory=tmp_path).get("org.roots") == compiled
    # A file for another fingerprint (older code) is never read, and is cleared away on save.
    stale = tmp_path / "sql-sqlite-0000.json"
    stale.write_text(
        json.dumps({"org.roots": {"sql": "SELECT 1", "names": [], "defaults": {}, "expanding": []}})
    )
    fresh = StatementCache("sqlite", directory=tmp_path)
    assert fresh.get("org.roots").sql == compiled.sql
    fresh.get("org.children")
    assert not stale.exists()


def test_a_broken_cache_file_is_recompiled(tmp_path: Path) -> None:
    first = StatementCache("sqlite", directory=tmp_path)
    first.get("org.roots")
    (path,) = tmp_path.glob("sql-sqlite-*.json")
    path.write_text("{not json")
    assert "org_node" in StatementCache("sqlite", directory=tmp_path).get("org.roots").sql


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_warm_start_loads_no_sqlalchemy(tmp_path: Path, sqlite_db: Database, backend: str) -> None:
    """What start-up does — schema check, login, office, tree, ids, first rows — without importing
    SQLAlchemy once the statement cache is warm (it costs ~0.3 s: bench/startup.py)."""
    from gridgov_desktop.services import office

    office.create_administrator(sqlite_db, "admin", "s3cret-pass")
    office.create_street(
        sqlite_db, office.users.authenticate(sqlite_db, "admin", "s3cret-pass"), "东风街道"
    )
    code = (
        "import sys\n"
        "from gridgov_desktop.db import migrate\n"
        "from gridgov_desktop.db.engine import Database\n"
        "from gridgov_desktop.services import office, org, residents, users\n"
        f"db = Database({sqlite_db.url!r})\n"
        "assert migrate.is_up_to_date(db)\n"
        "actor = users.authenticate(db, 'admin', 's3cret-pass')\n"
        "office.office_info(db); street = org.roots(db)[0]; org.children(db, street.id)\n"
        "residents.resident_rows(db, actor, residents.resident_ids(db, actor, street.id)[:50])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('sqlalchemy')}))\n"
    )
    env = {**os.environ, "GRIDGOV_CACHE_DIR": str(tmp_path)}
    warm_up = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert warm_up.returncode == 0, warm_up.stderr
    warm = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert warm.returncode == 0, warm.stderr
    assert warm.stdout.strip() == "[]"
