"""`gridgov print` as an administrator scripts it: real processes, PDF files, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pdf_helpers import Street, build_street, page_texts  # type: ignore[import-not-found]

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database


def gridgov(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GRIDGOV_LANG": "zh_CN"}
    env.pop("GRIDGOV_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Street]:
    path = tmp_path_factory.mktemp("cli") / "street.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    street = build_street(db)
    db.dispose()
    return str(path), street


def test_print_residents_of_a_community_by_path(database: tuple[str, Street], tmp_path: Path) -> None:
    path, street = database
    out = tmp_path / "花名册.pdf"
    done = gridgov("print", "residents", "--node", "幸福社区", "-o", str(out), "--db", path)
    assert done.returncode == 0, done.stderr
    assert "居民花名册" in done.stdout and "7 人" in done.stdout
    text = "\n".join(page_texts(out.read_bytes()))
    assert "居民花名册" in text and "东风街道办事处" in text and "第 1 页 共 1 页" in text
    assert "王䶮" in text and "李𠇔" in text
    assert all(number not in text for number in street.ids.values())  # masked: no --reveal here


def test_print_roles_contact_sheet(database: tuple[str, Street], tmp_path: Path) -> None:
    path, _street = database
    out = tmp_path / "roles.pdf"
    done = gridgov("print", "roles", "-o", str(out), "--db", path)
    assert done.returncode == 0, done.stderr
    text = page_texts(out.read_bytes())[0]
    assert "网格工作人员通讯录" in text and "13300001111" in text


def test_an_unknown_node_is_one_line_and_no_file(database: tuple[str, Street], tmp_path: Path) -> None:
    path, _street = database
    out = tmp_path / "x.pdf"
    done = gridgov(
        "print", "residents", "--by", "household", "--node", "没有这个社区", "-o", str(out), "--db", path
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "找不到" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
