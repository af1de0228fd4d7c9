"""The fast read path behind the search box: fresh data, threads, and lost databases."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from sqlalchemy import bindparam, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppSetting
from gridgov_desktop.domain.errors import DatabaseUnavailable

VALUE_OF = select(AppSetting.value).where(AppSetting.key == bindparam("k"))


def _set(db: Database, value: str) -> None:
    with db.session(write=True) as session:
        session.merge(AppSetting(key="office.name", value=value))


def test_sees_every_commit_at_once(db: Database) -> None:
    _set(db, "一")
    assert db.fast_reader.rows(VALUE_OF, {"k": "office.name"}) == [("一",)]
    _set(db, "二")  # another window's commit, through the ordinary write path
    assert db.fast_reader.rows(VALUE_OF, {"k": "office.name"}) == [("二",)]


def test_connections_of_finished_threads_go_back_to_the_pool(sqlite_db: Database) -> None:
    _set(sqlite_db, "x")

    def read() -> None:
        assert sqlite_db.fast_reader.rows(VALUE_OF, {"k": "office.name"}) == [("x",)]

    # More threads than the pool holds (5 + 10 overflow): without giving connections back, the
    # pool would run dry and the search box would hang.
    for _ in range(40):
        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
        gc.collect()
    assert sum(f.alive for f in sqlite_db.fast_reader._finalizers) <= 2


def test_a_database_that_cannot_be_reached_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("x")
    db = Database(f"sqlite:///{tmp_path / 'not-a-folder' / 'x.sqlite3'}")
    with pytest.raises(DatabaseUnavailable):
        db.fast_reader.rows(VALUE_OF, {"k": "office.name"})
    db.dispose()
