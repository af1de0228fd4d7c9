"""Backups and restores (db.backup): consistent while others write, checked, rotated, refused when the
file is bad (the current database then byte-for-byte untouched), encrypted, audited — and on
PostgreSQL through pg_dump/pg_restore."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from street_fixtures import build_small_street, id_for

from gridgov_desktop.db import backup, backup_crypto, migrate
from gridgov_desktop.db.backup import BackupError
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, Resident
from gridgov_desktop.domain.enums import Relation, UserRole
from gridgov_desktop.domain.errors import PermissionDenied
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident

PASSPHRASE = "正确的口令 correct horse"


def database_file(db: Database) -> Path:
    return Path(db.url.removeprefix("sqlite:///"))


def resident_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Resident)) or 0)


def snapshot(path: Path) -> dict[str, bytes]:
    """The database file and its companions, byte for byte."""
    return {
        suffix: Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-journal")
        if Path(f"{path}{suffix}").exists()
    }


def add_resident(db: Database, household: int, seq: int) -> None:
    register_resident(
        db,
        SYSTEM,
        NewResident(name="新来的", id_number=id_for(dt.date(1999, 9, 9), seq)),
        household,
        Relation.OTHER,
    )


@pytest.fixture
def street_db(sqlite_db: Database) -> Database:
    build_small_street(sqlite_db)
    return sqlite_db


@pytest.fixture
def good_backup(street_db: Database, tmp_path: Path) -> Path:
    return backup.back_up(street_db, SYSTEM, folder=tmp_path / "backups").path


# --- taking backups ----------------------------------------------------------------------------------
def test_a_backup_taken_while_another_connection_writes_is_consistent(
    street_db: Database, tmp_path: Path
) -> None:
    path = database_file(street_db)
    setup = sqlite3.connect(path, isolation_level=None)
    setup.executescript("CREATE TABLE load_a (n INTEGER); CREATE TABLE load_b (n INTEGER);")
    setup.close()
    stop = threading.Event()
    written = [0]

    def write() -> None:  # another desk: each transaction adds one row to both tables
        desk = sqlite3.connect(path, isolation_level=None, timeout=10)
        desk.execute("PRAGMA journal_mode=WAL")
        while not stop.is_set():
            desk.execute("BEGIN IMMEDIATE")
            desk.execute("INSERT INTO load_a VALUES (?)", (written[0],))
            desk.execute("INSERT INTO load_b VALUES (?)", (written[0],))
            desk.execute("COMMIT")
            written[0] += 1
            time.sleep(0.002)  # a desk between saves; without it the loop starves the audit write
        desk.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        results = [
            backup.back_up(street_db, SYSTEM, folder=tmp_path / "backups", keep=10) for _ in range(4)
        ]
    finally:
        stop.set()
        writer.join()
    assert written[0] > 0
    counts = []
    for result in results:
        assert result.verified and not result.encrypted and result.size == result.path.stat().st_size
        copy = sqlite3.connect(f"{result.path.as_uri()}?mode=ro", uri=True)
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        a, b = (copy.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("load_a", "load_b"))
        assert a == b  # never half a transaction
        counts.append(a)
        copy.close()
    assert counts == sorted(counts)
    assert not list((tmp_path / "backups").glob(".gridgov-*"))  # no scratch files left


def test_rotation_keeps_the_newest_n_and_never_touches_other_files(
    street_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    foreign = [folder / "notes.txt", folder / "gridgov-old-copy.sqlite3", folder / "gridgov.sqlite3"]
    for path in foreign:
        path.write_text("not ours")
    own_copy = backup.back_up(street_db, SYSTEM, folder=folder, output=folder / "before-move.sqlite3")
    made = [backup.back_up(street_db, SYSTEM, folder=folder, keep=3).path for _ in range(5)]
    assert backup.backups_in(folder) == made[-3:]
    assert all(path.read_text() == "not ours" for path in foreign)
    assert own_copy.path.exists()
    assert backup.has_backup_from(folder, dt.date.today())
    assert not backup.has_backup_from(folder, dt.date.today() - dt.timedelta(days=1))


def test_backups_are_audited_and_need_the_permission_unless_automatic(
    street_db: Database, tmp_path: Path
) -> None:
    users.add_user(street_db, SYSTEM, "clerk", "Chuangkou2026!", UserRole.FRONT_DESK, "李窗口")
    clerk = users.authenticate(street_db, "clerk", "Chuangkou2026!")
    with pytest.raises(PermissionDenied):
        backup.back_up(street_db, clerk, folder=tmp_path)
    result = backup.back_up(street_db, clerk, folder=tmp_path, automatic=True)
    assert result.path.name.startswith(f"gridgov-{dt.date.today():%Y%m%d}-")
    assert result.path.suffix == ".sqlite3"
    with street_db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity, entry.username) == ("backup", "database", "clerk")
    assert (
        entry.after is not None and result.path.name in entry.after and str(result.size) in entry.after
    )


# --- refusing bad files ------------------------------------------------------------------------------
def _corrupt(good: Path, target: Path) -> None:
    data = bytearray(good.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # damage b-tree pages, keep the header
        data[start + 8 : start + 200] = os.urandom(192)
    target.write_bytes(bytes(data))


def _not_sqlite(good: Path, target: Path) -> None:
    target.write_text("姓名,身份证号\n张三,110101199003070000\n", encoding="utf-8")


def _truncated(good: Path, target: Path) -> None:
    target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])


def _empty(good: Path, target: Path) -> None:
    target.write_bytes(b"")


def _foreign_sqlite(good: Path, target: Path) -> None:
    other = sqlite3.connect(target)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()


def _newer_schema(good: Path, target: Path) -> None:
    shutil.copyfile(good, target)
    newer = sqlite3.connect(target)
    newer.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    newer.commit()
    newer.close()


def _pg_dump_file(good: Path, target: Path) -> None:
    target.write_bytes(b"PGDMP\x01\x0e\x00" + os.urandom(200))


@pytest.mark.parametrize(
    ("make", "detail", "words"),
    [
        (_corrupt, "corrupt", "备份文件已损坏"),
        (_not_sqlite, "not_sqlite", "不是 SQLite 数据库备份"),
        (_truncated, "corrupt", "备份文件已损坏"),
        (_empty, "not_sqlite", "不是 SQLite 数据库备份"),
        (_foreign_sqlite, "not_gridgov", "不是 gridgov 数据库备份"),
        (_newer_schema, "newer_schema", "来自更新版本的程序"),
        (_pg_dump_file, "wrong_backend", "属于另一种数据库"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    street_db: Database, good_backup: Path, tmp_path: Path, make: object, detail: str, words: str
) -> None:
    bad = tmp_path / "bad.sqlite3"
    make(good_backup, bad)  # type: ignore[operator]
    current = database_file(street_db)
    before = snapshot(current)
    listing = sorted(p.name for p in current.parent.iterdir())
    with pytest.raises(BackupError) as refused:
        backup.restore(street_db, SYSTEM, bad)
    assert refused.value.args_map["detail"] == detail
    assert words in describe_error(refused.value, "zh_CN") and str(bad) in describe_error(refused.value)
    assert snapshot(current) == before
    assert sorted(p.name for p in current.parent.iterdir()) == listing  # no aside, no scratch
    assert resident_count(street_db) == 7


def test_restore_refuses_while_another_desk_has_the_database_open(
    street_db: Database, good_backup: Path
) -> None:
    current = database_file(street_db)
    desk = sqlite3.connect(current, isolation_level=None)
    desk.execute("SELECT count(*) FROM resident").fetchone()
    try:
        with pytest.raises(BackupError) as refused:
            backup.restore(street_db, SYSTEM, good_backup)
    finally:
        desk.close()
    assert refused.value.args_map["detail"] == "in_use"
    assert "请先在所有窗口关闭本程序" in describe_error(refused.value, "zh_CN")
    assert not list(current.parent.glob("*.before-restore-*"))
    assert resident_count(street_db) == 7


def test_a_good_restore_keeps_the_old_database_aside_and_brings_the_backup_back(
    street_db: Database, good_backup: Path
) -> None:
    household = _household(street_db)
    add_resident(street_db, household, 91)  # after the backup: in the WAL, not yet in the main file
    assert resident_count(street_db) == 8
    result = backup.restore(street_db, SYSTEM, good_backup)
    current = database_file(street_db)
    assert result.kept_aside is not None and result.kept_aside.parent == current.parent
    assert result.kept_aside.name.startswith("gridgov.sqlite3.before-restore-")
    assert result.revision == migrate.HEAD_REVISION
    assert not Path(f"{current}-wal").exists() or Path(f"{current}-wal").stat().st_size == 0
    assert resident_count(street_db) == 7  # the backup's data, not the old WAL's
    aside = Database(f"sqlite:///{result.kept_aside}")
    try:
        assert resident_count(aside) == 8  # the old database whole, its WAL folded in
    finally:
        aside.dispose()
    with street_db.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.entity) == ("restore", "database")
    assert entry.after is not None and good_backup.name in entry.after
    add_resident(street_db, household, 92)  # the restored database is writable as usual
    assert resident_count(street_db) == 8


def _household(db: Database) -> int:
    with db.session() as session:
        return int(session.execute(text("SELECT id FROM org_node WHERE label = '3-2-501'")).scalar_one())


# --- encryption --------------------------------------------------------------------------------------
def test_encrypted_backups_round_trip_and_refuse_a_wrong_passphrase(
    street_db: Database, tmp_path: Path
) -> None:
    result = backup.back_up(street_db, SYSTEM, folder=tmp_path / "b", passphrase=PASSPHRASE)
    assert result.encrypted and result.path.name.endswith(".sqlite3.enc")
    assert result.path.read_bytes().startswith(backup_crypto.MAGIC)
    assert b"SQLite format 3" not in result.path.read_bytes()
    current = database_file(street_db)
    before = snapshot(current)
    for passphrase, detail in ((None, "needs_passphrase"), ("wrong", "wrong_passphrase")):
        with pytest.raises(BackupError) as refused:
            backup.restore(street_db, SYSTEM, result.path, passphrase=passphrase)
        assert refused.value.args_map["detail"] == detail
    assert snapshot(current) == before
    add_resident(street_db, _household(street_db), 93)
    restored = backup.restore(street_db, SYSTEM, result.path, passphrase=PASSPHRASE)
    assert restored.kept_aside is not None
    assert resident_count(street_db) == 7


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(backup_crypto, "CHUNK_SIZE", 4096)
    monkeypatch.setattr(backup_crypto, "_SCRYPT", (10, 8, 1))  # the header carries the cost: quick here
    return 4096


def test_encryption_works_in_chunks_and_refuses_any_tampering(small_chunks: int, tmp_path: Path) -> None:
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(small_chunks * 5 + 123))
    sealed = tmp_path / "sealed.enc"
    backup_crypto.encrypt_file(plain, sealed, PASSPHRASE)
    out = tmp_path / "out.bin"
    backup_crypto.decrypt_file(sealed, out, PASSPHRASE)
    assert out.read_bytes() == plain.read_bytes()
    out.unlink()

    data = sealed.read_bytes()
    header, chunk = backup_crypto._HEADER.size, backup_crypto._CHUNK_HEAD.size + small_chunks + 16
    first, second = data[header : header + chunk], data[header + chunk : header + 2 * chunk]
    flipped = bytearray(data)
    flipped[header + chunk // 2] ^= 0x01
    tampered = {
        "wrong passphrase": (data, "wrong"),
        "a flipped bit": (bytes(flipped), PASSPHRASE),
        "chunks swapped": (data[:header] + second + first + data[header + 2 * chunk :], PASSPHRASE),
        "cut short": (data[: header + 3 * chunk], PASSPHRASE),
        "last chunk dropped": (data[: len(data) - 200], PASSPHRASE),
        "something appended": (data + b"x", PASSPHRASE),
        "header altered": (data[:20] + bytes([data[20] ^ 1]) + data[21:], PASSPHRASE),
    }
    for case, (content, passphrase) in tampered.items():
        sealed.write_bytes(content)
        with pytest.raises(BackupError, match="wrong_passphrase"):
            backup_crypto.decrypt_file(sealed, out, passphrase)
        assert not out.exists(), case  # never a half-written output
        assert not list(tmp_path.glob(".gridgov-*")), case


def test_an_unknown_format_version_is_refused_in_words(tmp_path: Path) -> None:
    plain, sealed = tmp_path / "p", tmp_path / "s"
    plain.write_bytes(b"abc")
    backup_crypto.encrypt_file(plain, sealed, PASSPHRASE)
    data = bytearray(sealed.read_bytes())
    data[len(backup_crypto.MAGIC)] = 9
    sealed.write_bytes(bytes(data))
    with pytest.raises(BackupError) as refused:
        backup_crypto.decrypt_file(sealed, tmp_path / "o", PASSPHRASE)
    assert "格式版本（9）无法识别" in describe_error(refused.value, "zh_CN")


# --- PostgreSQL --------------------------------------------------------------------------------------
@pytest.fixture
def pg_backup_db(pg_server_url: str, pg_template: str) -> Iterator[Database]:
    """A database of its own (the other tests' databases are not disturbed by a restore)."""
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("pg_dump/pg_restore not installed (they come with the PostgreSQL client)")
    name = f"gridgov_backup_{os.getpid()}"
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    db = Database(pg_server_url.rpartition("/")[0] + "/" + name)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgres
def test_postgresql_backup_and_restore_round_trip(pg_backup_db: Database, tmp_path: Path) -> None:
    db = pg_backup_db
    build_small_street(db)
    folder = tmp_path / "backups"
    result = backup.back_up(db, SYSTEM, folder=folder, passphrase=PASSPHRASE)
    assert result.path.name.endswith(".pgdump.enc") and result.verified
    add_resident(db, _household(db), 94)
    assert resident_count(db) == 8

    for bad, detail in ((_write(tmp_path / "x.pgdump", b"PGDMP nonsense"), "not_pg_dump"),):
        with pytest.raises(BackupError, match=detail):
            backup.restore(db, SYSTEM, bad, passphrase=PASSPHRASE, folder=folder)
    assert resident_count(db) == 8

    other_desk = Database(db.url)
    try:
        assert other_desk.fast_reader.rows("migrate.version", {})  # a desk with the app open
        with pytest.raises(BackupError, match="in_use"):
            backup.restore(db, SYSTEM, result.path, passphrase=PASSPHRASE, folder=folder)
    finally:
        other_desk.dispose()

    restored = backup.restore(db, SYSTEM, result.path, passphrase=PASSPHRASE, folder=folder)
    assert resident_count(db) == 7
    assert restored.kept_aside is not None and restored.kept_aside.parent == folder
    assert backup.check_backup(db, restored.kept_aside).revision == migrate.HEAD_REVISION
    with db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)
        ).all()
    assert actions[0] == "restore"


@pytest.mark.postgres
def test_postgresql_refuses_a_sqlite_backup(pg_backup_db: Database, good_backup: Path) -> None:
    with pytest.raises(BackupError) as refused:
        backup.restore(pg_backup_db, SYSTEM, good_backup, folder=good_backup.parent)
    assert refused.value.args_map["detail"] == "wrong_backend"


def test_a_missing_pg_dump_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GRIDGOV_PG_BIN", str(tmp_path))
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(BackupError) as refused:
        backup.back_up(db, SYSTEM, folder=tmp_path / "b")
    words = describe_error(refused.value, "zh_CN")
    assert "找不到 PostgreSQL 工具 pg_dump" in words and "apt-get install postgresql-client" in words
    assert not list((tmp_path / "b").iterdir())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
