"""run_gui end to end, each in its own process (a process gets one QApplication)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import Street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import sys
from gridgov_desktop.app import run_gui
sys.exit(run_gui(sys.argv[1], quit_after_show=True, username=sys.argv[2], password=sys.argv[3],
                 lang=sys.argv[4] if len(sys.argv) > 4 else None))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        GRIDGOV_CACHE_DIR=str(tmp_path / "cache"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),  # QSettings' file
    )
    env.pop("GRIDGOV_DATABASE_URL", None)
    return env


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_quit_after_show_logs_in_paints_the_window_and_exits_0(
    tmp_path: Path, sqlite_db: Database, street: Street, admin: Actor, admin_password: str
) -> None:
    result = _run(tmp_path, sqlite_db.url, "admin", admin_password)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    cached = list((tmp_path / "cache" / "theme").iterdir())
    assert len(cached) == 1 and (cached[0] / "stylesheet.qss").exists(), "the theme was cached"


def test_a_wrong_password_is_one_line_on_stderr_and_status_1(
    tmp_path: Path, sqlite_db: Database, street: Street, admin: Actor
) -> None:
    result = _run(tmp_path, sqlite_db.url, "admin", "not-the-password-1")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("gridgov:")]
    assert lines == ["gridgov: 用户名或密码错误。"], result.stderr
    english = _run(tmp_path, sqlite_db.url, "admin", "not-the-password-1", "en")
    assert "gridgov: Wrong user name or password." in english.stderr.splitlines()


def test_a_foreign_database_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    result = _run(tmp_path, f"sqlite:///{path}", "admin", "whatever-1")
    assert result.returncode == 1
    assert "不是本系统的数据库" in result.stderr and "Traceback" not in result.stderr


def test_a_database_that_cannot_be_opened_is_refused_in_words(tmp_path: Path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    result = _run(tmp_path, f"sqlite:///{path}", "admin", "whatever-1")
    assert result.returncode == 1
    assert "无法打开数据库" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_gridgov_run_command_line(
    tmp_path: Path, sqlite_db: Database, street: Street, admin: Actor, admin_password: str, lang: str
) -> None:
    database = sqlite_db.url.removeprefix("sqlite:///")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gridgov_desktop",
            "run",
            "--quit-after-show",
            "--user",
            "admin",
            "--password-stdin",
            "--db",
            database,
            "--lang",
            lang,
        ],
        cwd=ROOT,
        env=_env(tmp_path),
        input=admin_password + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
