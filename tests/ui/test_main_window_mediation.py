"""The mediation tab and menu in the main window: Ctrl+3 for those who see cases, hidden otherwise."""

from __future__ import annotations

import pytest
from case_helpers import make_user, open_sample_case, seed_types
from gui_helpers import Street
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.main_window import MainWindow
from gridgov_desktop.ui.mediation_desk import MEDIATION_TAB
from gridgov_desktop.ui.workers import Worker


def _open(qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker) -> MainWindow:
    window = MainWindow(db, actor, settings, worker, lang="zh_CN")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("role", [UserRole.MEDIATOR, UserRole.FRONT_DESK, UserRole.GRID_WORKER])
def test_the_tab_follows_the_role(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, settings: Settings,
    worker: Worker, role: UserRole,
) -> None:  # fmt: skip
    seed_types(sqlite_db)
    mediator = make_user(sqlite_db, "zhou", UserRole.MEDIATOR, "周调解")
    open_sample_case(sqlite_db, mediator, street, mediator)
    actor = mediator if role is UserRole.MEDIATOR else make_user(sqlite_db, "u1", role, "某人")
    window = _open(qtbot, sqlite_db, actor, settings, worker)
    ui = window.ui
    sees = role is not UserRole.GRID_WORKER
    assert ui.viewTabs.isTabVisible(MEDIATION_TAB) is sees
    assert ui.menuMediation.menuAction().isVisible() is sees
    assert ui.actionNewCase.isVisible() is (role is UserRole.MEDIATOR)
    assert window.mediation.panel is None  # built on first show
    ui.actionMediationTab.trigger()
    if not sees:
        assert window.mediation.panel is None
        return
    panel = window.mediation.panel
    assert panel is not None and ui.viewTabs.currentIndex() == MEDIATION_TAB
    qtbot.waitUntil(lambda: panel.load is not None, timeout=10_000)
    with qtbot.waitSignal(panel.loaded):
        window.refresh_shown()  # F5 reaches the tab shown
