"""The item models: ids first and rows in cached pages; tree levels fetched one at a time."""

from __future__ import annotations

import pytest
from gui_helpers import Street
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import residents
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.ui.models import resident_table_model as table
from gridgov_desktop.ui.models.org_tree_model import COUNT_COLUMN, NODE_KIND_ROLE, OrgTreeModel
from gridgov_desktop.ui.models.resident_table_model import ResidentTableModel


def test_table_fetches_rows_a_page_at_a_time(
    qtbot: QtBot, sqlite_db: Database, street: Street, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[int]] = []
    real = residents.resident_rows

    def counting(db: Database, actor: Actor, ids: list[int]) -> list[residents.ResidentRow]:
        asked.append(list(ids))
        return real(db, actor, ids)

    monkeypatch.setattr(table, "resident_rows", counting)
    model = ResidentTableModel(sqlite_db, SYSTEM, page_size=2)
    ids = residents.resident_ids(sqlite_db, SYSTEM, street.street)
    model.set_ids(ids)
    assert model.rowCount() == 4 and asked == [], "setting ids fetches no row"
    assert model.index(3, table.NAME).data() == "欧阳娜娜"
    assert asked == [ids[2:4]], "only the page holding row 3"
    model.index(2, table.SEX).data()
    assert len(asked) == 1, "the page is cached"
    assert model.index(0, table.ID_NUMBER).data().count("*") == 8, "masked"
    assert model.index(0, table.STATUS).data() == "Living here"
    assert model.headerData(table.PHONE, Qt.Orientation.Horizontal) == "Phone"
    assert len(asked) == 2 and model.cached_page_count() == 2
    model.invalidate()
    assert model.cached_page_count() == 0, "invalidate() drops the cache"
    model.index(3, table.NAME).data()
    assert asked[-1] == ids[2:4]
    model.set_ids([])
    assert model.rowCount() == 0


def test_tree_fetches_children_only_when_asked(sqlite_db: Database, street: Street) -> None:
    model = OrgTreeModel(sqlite_db)
    model.load()
    assert model.fetched_count() == 1
    root = model.index(0, 0)
    assert model.hasChildren(root) and model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount(root) == 2 and not model.canFetchMore(root)
    community = model.index(0, 0, root)
    assert community.data(NODE_KIND_ROLE) == "community"
    assert model.index(0, COUNT_COLUMN, root).data() == "3"
    assert model.fetched_count() == 3
    assert model.child_index(community, street.compound).isValid() is False, "a grid lies between"
    grid = model.index(0, 0, community)
    assert model.child_index(grid, street.compound).data() == "幸福里小区"
    assert "3 residents in 1 households" in str(
        model.child_index(grid, street.compound).data(Qt.ItemDataRole.ToolTipRole)
    )
