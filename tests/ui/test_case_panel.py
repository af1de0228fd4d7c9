"""The mediation tab: the mediator's to-do (overdue in red and in words), all cases with a state
filter, Enter opens, and the front desk sees the list only (no to-do, no names, no new case)."""

from __future__ import annotations

import datetime as dt

import pytest
from case_helpers import TODAY, make_user, open_sample_case, seed_types
from gui_helpers import Street
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.mediation import CaseStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.widgets.case_panel import LATE, CasePanel
from gridgov_desktop.ui.widgets.case_panel_data import ALL_CASES, MY_TODO
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def mediator(sqlite_db: Database, street: Street) -> Actor:
    seed_types(sqlite_db)
    return make_user(sqlite_db, "zhou", UserRole.MEDIATOR, "周调解")


def _panel(qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker) -> CasePanel:
    panel = CasePanel(db, actor, settings, worker, today=lambda: TODAY)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show()
    return panel


def test_the_mediator_sees_overdue_cases_in_red_and_in_words(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker,
) -> None:  # fmt: skip
    late = open_sample_case(sqlite_db, mediator, street, mediator, on=dt.date(2026, 10, 1))
    open_sample_case(sqlite_db, mediator, street, mediator, on=TODAY)
    panel = _panel(qtbot, sqlite_db, mediator, settings, worker)
    assert panel.kind == MY_TODO
    table = panel.table
    rows = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert late.summary.number in rows
    row = rows.index(late.summary.number)
    assert table.item(row, 0).text().startswith("⚠")
    assert "20" in table.item(row, 4).text()  # 逾期20天
    assert table.item(row, 0).foreground().color() == LATE
    assert "(" in panel.todoButton.text()
    with qtbot.waitSignal(panel.loaded):
        panel.show_list(ALL_CASES)
    assert panel.table.rowCount() == 2
    assert panel.table.columnCount() == 8  # names and types for mediators
    with qtbot.waitSignal(panel.loaded):
        panel.set_status_filter(CaseStatus.CLOSED)
    assert panel.table.rowCount() == 0
    with qtbot.waitSignal(panel.loaded):
        panel.set_status_filter(None)
    opened: list[int] = []
    panel.open_requested.connect(opened.append)
    panel.select_case(late.summary.id)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [late.summary.id]


def test_the_front_desk_sees_the_list_only(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    desk = make_user(sqlite_db, "qiantai", UserRole.FRONT_DESK, "李前台")
    panel = _panel(qtbot, sqlite_db, desk, settings, worker)
    assert panel.kind == ALL_CASES
    assert not panel.todoButton.isVisible() and not panel.newButton.isVisible()
    assert panel.table.columnCount() == 5
    texts = [panel.table.item(0, column).text() for column in range(5)]
    assert texts[0] == case.summary.number
    assert not any("王五" in text or "漏水" in text for text in texts)
