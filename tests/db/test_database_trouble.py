"""The database locked or gone, without Qt: every way it can fail reaches the caller as
``DatabaseUnavailable`` with a reason code the user is told in words, nothing is half-written, and
the same call succeeds once the database is back."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import event, func, select, text

from gridgov_desktop.db import dbapi, migrate
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Resident
from gridgov_desktop.domain.enums import NodeKind, Sex
from gridgov_desktop.domain.errors import DatabaseUnavailable
from gridgov_desktop.messages import TEXT_MODULES, describe_error
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbapi, "SQLITE_BUSY_TIMEOUT_MS", 300)


def _household(db: Database) -> int:
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    node = street.id
    for kind, name in (
        (NodeKind.COMMUNITY, "幸福社区"), (NodeKind.GRID, "第一网格"), (NodeKind.COMPOUND, "幸福里"),
        (NodeKind.BUILDING, "3栋"), (NodeKind.UNIT, "2单元"),
    ):  # fmt: skip
        node = org.create_node(db, SYSTEM, node, kind, name).id
    return org.create_node(db, SYSTEM, node, NodeKind.HOUSEHOLD, "501室", label="3-2-501").id


def _register(db: Database, household: int, name: str = "张三") -> int:
    from gridgov_desktop.domain.enums import Relation

    data = NewResident(name=name, sex=Sex.MALE)
    return register_resident(
        db, SYSTEM, data, household, Relation.HEAD if name == "张三" else Relation.OTHER
    ).id


def _residents(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Resident)) or 0)


def _refused(call: object, reason: str) -> DatabaseUnavailable:
    with pytest.raises(DatabaseUnavailable) as caught:
        call()  # type: ignore[operator]
    error = caught.value
    assert error.args_map["detail"] == reason, error
    words = describe_error(error, "zh_CN")
    assert "Traceback" not in words and reason not in words  # words, not a code
    return error


@pytest.fixture
def street_db(sqlite_db: Database) -> Iterator[tuple[Database, int]]:
    yield sqlite_db, _household(sqlite_db)


def test_every_reason_has_words_in_both_languages() -> None:
    from gridgov_desktop.db import trouble_texts

    assert "gridgov_desktop.db.trouble_texts" in TEXT_MODULES  # messages.py must load them
    reasons = {
        value for name, value in vars(dbapi).items() if name.isupper() and isinstance(value, str)
    } - {"SQLITE_PRAGMAS"}
    reasons = {r for r in reasons if r.isidentifier() and r.islower()}
    assert reasons == {detail for _code, detail in trouble_texts.MESSAGE_TEXTS}
    locked = DatabaseUnavailable(dbapi.LOCKED, driver="database is locked")
    assert describe_error(locked, "zh_CN").startswith("数据库正被其他窗口占用")
    assert "busy in another window" in describe_error(locked, "en")


def test_a_database_locked_by_another_desk_beyond_the_busy_timeout_is_explained_and_the_retry_works(
    street_db: tuple[Database, int], short_busy_timeout: None
) -> None:
    db, household = street_db
    db.dispose()  # new connections, with the short busy timeout
    other_desk = sqlite3.connect(dbapi.sqlite_path(db.url), isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")  # another window holds the write lock
    try:
        _refused(lambda: _register(db, household), dbapi.LOCKED)
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    assert _residents(db) == 0
    _register(db, household)  # the same save, once the other desk is done
    assert _residents(db) == 1


def test_a_short_lock_is_waited_for_not_reported(street_db: tuple[Database, int]) -> None:
    db, household = street_db
    other_desk = sqlite3.connect(
        dbapi.sqlite_path(db.url), isolation_level=None, check_same_thread=False
    )
    other_desk.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: other_desk.execute("COMMIT"))
    release.start()
    try:
        _register(db, household)  # waits for the other desk's write instead of failing
    finally:
        release.join()
        other_desk.close()
    assert _residents(db) == 1


def test_a_deleted_database_file_is_never_written_into_nor_recreated_empty(
    street_db: tuple[Database, int],
) -> None:
    db, household = street_db
    _register(db, household)  # the pool now holds a connection to the file
    path = Path(dbapi.sqlite_path(db.url))
    aside = path.with_name("aside.sqlite3")
    path.rename(aside)  # deleted, moved away by someone: the open connection still sees the inode
    _refused(lambda: _register(db, household, "李四"), dbapi.MISSING)
    _refused(
        lambda: db.fast_reader.rows("migrate.has_version_table", {}) and _fast_write(db), dbapi.MISSING
    )
    assert not path.exists()  # no empty database quietly appeared in its place
    aside.rename(path)  # restored from the recycle bin / the backup
    _register(db, household, "李四")
    assert _residents(db) == 2


def _fast_write(db: Database) -> None:
    with db.fast_reader.transaction():
        pass


def test_a_vanished_folder_is_reported_not_recreated(sqlite_template: Path, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    shutil.copyfile(sqlite_template, folder / "gridgov.sqlite3")
    db = Database(f"sqlite:///{folder / 'gridgov.sqlite3'}")
    try:
        household = _household(db)
        shutil.rmtree(folder)  # the network drive is gone
        _refused(lambda: _register(db, household), dbapi.MISSING)
        db.dispose()  # a fresh pool, a fresh fast path: still no empty database in its place
        _refused(lambda: _register(db, household), dbapi.MISSING)
        _refused(lambda: db.fast_reader.rows("migrate.has_version_table", {}), dbapi.MISSING)
        assert not folder.exists()
    finally:
        db.dispose()


def test_a_full_disk_refuses_the_save_whole_and_the_save_works_once_there_is_room(
    street_db: tuple[Database, int],
) -> None:
    db, household = street_db
    with db.session() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())

    def no_room(connection: sqlite3.Connection, _record: object) -> None:
        connection.execute(f"PRAGMA max_page_count={pages}")  # the disk holds not one page more

    db.engine.dispose()
    event.listen(db.engine, "connect", no_room)
    for number in range(30):  # until the file has to grow
        try:
            _register(db, household, f"居民{number}")
        except DatabaseUnavailable as error:
            assert error.args_map["detail"] == dbapi.DISK_FULL
            break
    else:
        pytest.fail("the database never filled up")
    saved = _residents(db)
    event.remove(db.engine, "connect", no_room)
    db.engine.dispose()
    with db.session() as session:  # nothing half-written: every person has keys and a membership
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        orphans = session.execute(
            text(
                "SELECT count(*) FROM resident r WHERE NOT EXISTS "
                "(SELECT 1 FROM household_member m WHERE m.resident_id = r.id) OR NOT EXISTS "
                "(SELECT 1 FROM resident_search_key k WHERE k.resident_id = r.id)"
            )
        ).scalar_one()
        assert orphans == 0
    _register(db, household, "后来的人")
    assert _residents(db) == saved + 1


def test_a_file_that_is_not_a_database_is_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "gridgov.sqlite3"
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    db = Database(f"sqlite:///{path}")
    try:
        _refused(lambda: migrate.current_revision(db), dbapi.DAMAGED)
        _refused(lambda: _residents(db), dbapi.DAMAGED)
    finally:
        db.dispose()


def test_a_postgresql_server_that_is_down_is_called_unreachable() -> None:
    db = Database("postgresql+psycopg://gridgov@127.0.0.1:9/gridgov?connect_timeout=2")
    try:
        _refused(lambda: _residents(db), dbapi.UNREACHABLE)
        _refused(lambda: migrate.current_revision(db), dbapi.UNREACHABLE)
    finally:
        db.dispose()


def test_a_postgresql_connection_dropped_by_the_server_is_replaced_on_the_next_call(
    pg_db: Database,
) -> None:
    household = _household(pg_db)
    pg_db.fast_reader.rows("migrate.has_version_table", {})
    with pg_db.engine.connect() as admin:  # the server restarts: every other session is cut
        admin.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        admin.commit()
    _register(pg_db, household)  # the pool notices the dead connections and reconnects
    with pytest.raises(DatabaseUnavailable) as caught:  # the fast path's dropped connection ...
        pg_db.fast_reader.rows("migrate.has_version_table", {})
    assert caught.value.args_map["detail"] == dbapi.UNREACHABLE
    assert pg_db.fast_reader.rows("migrate.has_version_table", {})  # ... is replaced on the retry


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (psycopg.errors.DiskFull("could not extend file"), dbapi.DISK_FULL),
        (psycopg.errors.AdminShutdown("terminating connection"), dbapi.UNREACHABLE),
        (psycopg.errors.CannotConnectNow("the database system is starting up"), dbapi.UNREACHABLE),
        (psycopg.errors.InvalidPassword("password authentication failed"), dbapi.REFUSED),
        (psycopg.errors.InvalidCatalogName('database "x" does not exist'), dbapi.REFUSED),
        (psycopg.errors.UndefinedTable('relation "resident" does not exist'), dbapi.NOT_GRIDGOV),
        (psycopg.OperationalError("connection refused"), dbapi.UNREACHABLE),
        (psycopg.errors.DeadlockDetected("deadlock detected"), dbapi.LOCKED),
        (psycopg.errors.UniqueViolation("duplicate key"), None),  # the statement's fault
        (OSError(2, "No such file or directory"), dbapi.MISSING),
    ],
)
def test_driver_errors_map_to_reasons(error: BaseException, reason: str | None) -> None:
    assert dbapi.unavailable_reason(error) == reason


def test_sqlite_result_codes_map_to_reasons(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "x.sqlite3")
    with pytest.raises(sqlite3.OperationalError) as caught:
        connection.execute("SELECT * FROM resident")
    assert dbapi.unavailable_reason(caught.value) == dbapi.NOT_GRIDGOV
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA query_only=ON")
    with pytest.raises(sqlite3.OperationalError) as caught:
        connection.execute("INSERT INTO t VALUES (1)")
    assert dbapi.unavailable_reason(caught.value) == dbapi.READ_ONLY
    connection.close()
