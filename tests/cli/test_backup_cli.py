"""`gridgov backup` / `gridgov restore` as an administrator uses them: real processes, exit codes,
one-line messages in Chinese (English on request), nothing changed when a restore is refused."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from street_fixtures import build_small_street

from gridgov_desktop.db.engine import Database


def gridgov(
    *args: str,
    db: Path,
    lang: str = "zh_CN",
    stdin: str | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "GRIDGOV_LANG": lang, **(env or {})}
    environment.pop("GRIDGOV_DATABASE_URL", None)
    if not env or "GRIDGOV_BACKUP_PASSPHRASE" not in env:
        environment.pop("GRIDGOV_BACKUP_PASSPHRASE", None)
    return subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", "--db", str(db), *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.fixture(scope="module")
def street_file(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("street") / "gridgov.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    db = Database(f"sqlite:///{path}")
    build_small_street(db)
    db.dispose()
    return path


@pytest.fixture
def db_file(street_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "gridgov.sqlite3"
    path.write_bytes(street_file.read_bytes())
    return path


def residents(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM resident").fetchone()[0])
    finally:
        connection.close()


def test_backup_into_the_folder_rotates_and_says_where(db_file: Path) -> None:
    outputs = [gridgov("backup", "--keep", "2", db=db_file) for _ in range(3)]
    assert all(o.returncode == 0 and o.stderr == "" for o in outputs), outputs[-1].stderr
    assert outputs[0].stdout.startswith(f"已备份到 {db_file.parent / 'backups'}/gridgov-")
    assert "已校验" in outputs[0].stdout
    assert len(list((db_file.parent / "backups").glob("gridgov-*.sqlite3"))) == 2
    english = gridgov("backup", "--keep", "2", db=db_file, lang="en")
    assert english.stdout.startswith("backed up to ") and "verified" in english.stdout


def test_backup_to_a_file_encrypted_and_restore_it(db_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "copy.bak"
    target.parent.mkdir()
    made = gridgov(
        "backup", "-o", str(target), "--encrypt", "--passphrase-stdin", db=db_file, stdin="口令123\n"
    )
    assert made.returncode == 0, made.stderr
    assert "已加密" in made.stdout and target.read_bytes().startswith(b"GGBACKUP")

    wrong = gridgov("restore", str(target), "--passphrase-stdin", "--yes", db=db_file, stdin="错\n")
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("gridgov: 口令错误") and wrong.stderr.count("\n") == 1

    with sqlite3.connect(db_file) as connection:
        connection.execute("DELETE FROM resident_tag")
        connection.execute("DELETE FROM resident_search_key")
        connection.execute("DELETE FROM household_member")
        connection.execute("DELETE FROM resident")
    connection.close()
    assert residents(db_file) == 0
    restored = gridgov(
        "restore", str(target), "--passphrase-stdin", "--yes", db=db_file, stdin="口令123\n"
    )
    assert restored.returncode == 0, restored.stderr
    assert f"已从 {target} 恢复数据库" in restored.stdout
    assert "恢复前的数据库已另存为" in restored.stdout
    assert residents(db_file) == 7
    assert len(list(db_file.parent.glob("gridgov.sqlite3.before-restore-*"))) == 1


def test_automatic_encryption_from_the_environment(db_file: Path) -> None:
    made = gridgov("backup", db=db_file, env={"GRIDGOV_BACKUP_PASSPHRASE": "环境口令"})
    assert made.returncode == 0, made.stderr
    (written,) = (db_file.parent / "backups").glob("gridgov-*.sqlite3.enc")
    refused = gridgov("restore", str(written), "--yes", db=db_file)
    assert refused.returncode == 1
    assert "无法交互输入口令" in refused.stderr and "GRIDGOV_BACKUP_PASSPHRASE" in refused.stderr
    restored = gridgov(
        "restore", str(written), "--yes", db=db_file, env={"GRIDGOV_BACKUP_PASSPHRASE": "环境口令"}
    )
    assert restored.returncode == 0, restored.stderr


@pytest.mark.parametrize(
    ("content", "zh", "en"),
    [
        (
            b"not a database at all",
            "该文件不是 SQLite 数据库备份，已拒绝恢复",
            "Not an SQLite database backup",
        ),
        (b"SQLite format 3\x00" + b"\x00" * 50, "备份文件已损坏", "The backup is damaged"),
    ],
)
def test_restore_refuses_a_bad_file_in_one_line(
    db_file: Path, tmp_path: Path, content: bytes, zh: str, en: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    before = db_file.read_bytes()
    for lang, words in (("zh_CN", zh), ("en", en)):
        result = gridgov("restore", str(bad), "--yes", db=db_file, lang=lang)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.startswith(f"gridgov: {words}") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert db_file.read_bytes() == before
    assert not list(db_file.parent.glob("*.before-restore-*"))


def test_restore_asks_and_refuses_without_a_terminal(db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert gridgov("backup", "-o", str(copy), db=db_file).returncode == 0
    before = db_file.read_bytes()
    result = gridgov("restore", str(copy), db=db_file)
    assert result.returncode == 1
    assert "无法交互确认（标准输入不是终端）：确认要恢复时请加 --yes。未做任何改动。" in result.stderr
    assert db_file.read_bytes() == before
    missing = gridgov("restore", str(tmp_path / "nowhere.sqlite3"), "--yes", db=db_file)
    assert missing.returncode == 1 and "找不到备份文件" in missing.stderr


def test_restore_refuses_while_the_app_is_open(db_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert gridgov("backup", "-o", str(copy), db=db_file).returncode == 0
    desk = sqlite3.connect(db_file, isolation_level=None)
    desk.execute("PRAGMA journal_mode=WAL").fetchall()
    try:
        result = gridgov("restore", str(copy), "--yes", db=db_file)
    finally:
        desk.close()
    assert result.returncode == 1
    assert "数据库正被其他连接使用" in result.stderr and "请先在所有窗口关闭本程序" in result.stderr


def test_bad_arguments_exit_2(db_file: Path) -> None:
    assert gridgov("backup", "--keep", "0", db=db_file).returncode == 2
    assert gridgov("restore", db=db_file).returncode == 2
