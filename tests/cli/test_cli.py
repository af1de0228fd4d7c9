"""The `gridgov` command line as admins and scripts use it: real processes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, Relation
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident


def gridgov(
    *args: str, stdin: str = "", db: str | None = None, lang: str = "zh_CN"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GRIDGOV_LANG": lang}
    env.pop("GRIDGOV_DATABASE_URL", None)
    if db is not None:
        env["GRIDGOV_DATABASE_URL"] = db
    return subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    return str(tmp_path / "cli.sqlite3")


def test_db_upgrade_creates_and_reports(db_file: str) -> None:
    first = gridgov("db", "upgrade", "--db", db_file)
    assert first.returncode == 0, first.stderr
    assert migrate.HEAD_REVISION in first.stdout
    again = gridgov("db", "upgrade", "--db", db_file)
    assert again.returncode == 0 and "已是最新" in again.stdout
    assert gridgov("db", "current", db=db_file).stdout.startswith(migrate.HEAD_REVISION)


def test_user_add_reads_the_password_from_stdin(db_file: str) -> None:
    ok = gridgov(
        "user",
        "add",
        "clerk1",
        "--role",
        "front_desk",
        "--password-stdin",
        "--db",
        db_file,
        stdin="window-1-pass\n",
    )
    assert ok.returncode == 0, ok.stderr
    again = gridgov(
        "user",
        "add",
        "clerk1",
        "--role",
        "front_desk",
        "--password-stdin",
        "--db",
        db_file,
        stdin="window-1-pass\n",
    )
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "已存在" in again.stderr and "Traceback" not in again.stderr
    weak = gridgov(
        "user",
        "add",
        "clerk2",
        "--role",
        "front_desk",
        "--password-stdin",
        "--db",
        db_file,
        stdin="123\n",
        lang="en",
    )
    assert weak.returncode == 1 and "at least 8" in weak.stderr


def test_bad_arguments_and_unreachable_databases_are_one_line(tmp_path: Path) -> None:
    bad_role = gridgov(
        "user", "add", "x", "--role", "king", "--password-stdin", "--db", str(tmp_path / "a.db")
    )
    assert bad_role.returncode == 2 and "Traceback" not in bad_role.stderr
    unreachable = gridgov("search", "张", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert unreachable.returncode == 1
    assert "无法连接数据库服务器" in unreachable.stderr and "Traceback" not in unreachable.stderr
    not_a_dir = gridgov("search", "张", "--db", "/proc/version/x.sqlite3")
    assert not_a_dir.returncode == 1 and "Traceback" not in not_a_dir.stderr


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    result = gridgov("db", "upgrade", "--db", str(path))
    assert result.returncode == 1 and "不是 gridgov 数据库" in result.stderr


def test_search_prints_masked_results_and_json(db_file: str) -> None:
    assert gridgov("db", "upgrade", "--db", db_file).returncode == 0
    db = Database(f"sqlite:///{db_file}")
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    node = street
    for kind, name in [
        (NodeKind.COMMUNITY, "幸福社区"),
        (NodeKind.GRID, "一网格"),
        (NodeKind.COMPOUND, "幸福里"),
        (NodeKind.BUILDING, "3栋"),
        (NodeKind.UNIT, "2单元"),
        (NodeKind.HOUSEHOLD, "501室"),
    ]:
        node = org.create_node(db, SYSTEM, node.id, kind, name)
    import datetime as dt

    number = make_id_number("210102", dt.date(1980, 5, 17), 11)
    register_resident(
        db,
        SYSTEM,
        NewResident(name="张三明", id_number=number, phone="13812345678"),
        node.id,
        Relation.HEAD,
    )
    db.dispose()
    table = gridgov("search", "zsm", "--db", db_file)
    assert table.returncode == 0, table.stderr
    assert "张三明" in table.stdout and number not in table.stdout and "138****5678" in table.stdout
    data = json.loads(gridgov("search", number[-4:], "--json", "--db", db_file).stdout)
    assert data[0]["name"] == "张三明" and data[0]["id_number_masked"].startswith("210102********")
    assert data[0]["match"] == "id_suffix"
    assert gridgov("search", "没有这个人", "--db", db_file).returncode == 3
