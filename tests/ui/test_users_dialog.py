"""The administrator's Users dialog: the list, and every action on it, through the real services."""

from __future__ import annotations

from typing import Any

import pytest
from gui_helpers import Street
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import AccountLocked, AuthenticationFailed
from gridgov_desktop.services import accounts, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.ui.dialogs.users_dialog import AddUserDialog, GridsDialog, UsersDialog

PASSWORD = "window-1-pass"


@pytest.fixture
def office(sqlite_db: Database, admin: Actor, street: Street) -> None:
    users.add_user(sqlite_db, SYSTEM, "clerk", PASSWORD, UserRole.FRONT_DESK, "李窗口")
    users.add_user(sqlite_db, SYSTEM, "grid1", PASSWORD, UserRole.GRID_WORKER, "赵网格")
    users.add_user(sqlite_db, SYSTEM, "head", PASSWORD, UserRole.HEAD, "孙主任")


def _dialog(qtbot: QtBot, db: Database, admin: Actor) -> UsersDialog:
    dialog = UsersDialog(None, db, admin, lang="zh_CN")
    qtbot.addWidget(dialog)
    dialog.resize(900, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _cell(dialog: UsersDialog, username: str, column: int) -> str:
    table = dialog.ui.usersTable
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == username:
            return table.item(row, column).text()
    raise AssertionError(username)


@pytest.mark.usefixtures("office")
def test_the_list_and_its_actions(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(sqlite_db, "clerk", "wrong")
    dialog = _dialog(qtbot, sqlite_db, admin)
    assert dialog.windowTitle() == "用户管理" and dialog.ui.countLabel.text() == "共 4 个账号"
    assert _cell(dialog, "clerk", 2) == "窗口人员" and "锁定至" in _cell(dialog, "clerk", 3)
    assert _cell(dialog, "admin", 4) != "从未登录" and _cell(dialog, "head", 4) == "从未登录"

    dialog.select_user("admin")  # one's own account: no reset, role or disable
    assert not dialog.ui.resetButton.isEnabled() and not dialog.ui.activeButton.isEnabled()
    assert not dialog.ui.roleButton.isEnabled() and not dialog.ui.gridsButton.isEnabled()

    dialog.select_user("clerk")
    assert dialog.ui.unlockButton.isEnabled() and not dialog.ui.gridsButton.isEnabled()
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "已解除 clerk 的锁定。"
    assert "锁定" not in _cell(dialog, "clerk", 3) and not dialog.ui.unlockButton.isEnabled()
    assert users.authenticate(sqlite_db, "clerk", PASSWORD)

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("temp-pass-2026", True))
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert "临时密码" in dialog.ui.messageLabel.text() and "须修改密码" in _cell(dialog, "clerk", 3)
    assert users.authenticate(sqlite_db, "clerk", "temp-pass-2026").must_change_password

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("123", True))
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "密码至少需要8个字符。"

    assert dialog.ui.activeButton.text() == "停用(&D)"
    qtbot.mouseClick(dialog.ui.activeButton, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "clerk", 3).startswith("已停用") and dialog.ui.activeButton.text() == "启用(&E)"
    qtbot.mouseClick(dialog.ui.activeButton, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "clerk", 3).startswith("启用")

    picked: dict[str, Any] = {}

    def get_item(*args: Any, **_kw: Any) -> tuple[str, bool]:
        picked["items"], picked["current"] = args[3], args[4]
        return "网格员", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    qtbot.mouseClick(dialog.ui.roleButton, Qt.MouseButton.LeftButton)
    assert picked["items"][picked["current"]] == "窗口人员", "the current role is preselected"
    assert _cell(dialog, "clerk", 2) == "网格员" and dialog.ui.gridsButton.isEnabled()
    assert dialog.ui.messageLabel.text() == "clerk 的角色已改为网格员。"


@pytest.mark.usefixtures("office")
def test_grids_are_ticked_in_a_list(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    street: Street,
    chinese: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin)
    dialog.select_user("grid1")
    seen: list[GridsDialog] = []

    def tick_second(grids: GridsDialog) -> int:
        seen.append(grids)
        assert [grids.grid_list.item(i).text() for i in range(grids.grid_list.count())] == [
            "幸福社区 / 第一网格",
            "光明社区 / 第二网格",
        ]
        grids.grid_list.item(1).setCheckState(Qt.CheckState.Checked)
        grids.grab().save("/tmp/grids_dialog.png")
        return 1

    monkeypatch.setattr(GridsDialog, "exec", tick_second)
    qtbot.mouseClick(dialog.ui.gridsButton, Qt.MouseButton.LeftButton)
    assert seen and _cell(dialog, "grid1", 5) == "第二网格"
    assert dialog.ui.messageLabel.text() == "已保存 grid1 负责的网格。"
    info = accounts.find_user(sqlite_db, SYSTEM, "grid1")
    assert accounts.user_grids(sqlite_db, info.id) == list(info.grids) and len(info.grids) == 1
    dialog.grab().save("/tmp/users_dialog.png")


@pytest.mark.usefixtures("office")
def test_a_change_by_another_administrator_meanwhile_is_a_conflict_and_reloads(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, chinese: None
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin)
    dialog.select_user("head")
    info = accounts.find_user(sqlite_db, SYSTEM, "head")
    accounts.set_active(sqlite_db, SYSTEM, info.id, False)  # at another desk
    qtbot.mouseClick(dialog.ui.activeButton, Qt.MouseButton.LeftButton)
    assert "已被其他窗口修改" in dialog.ui.messageLabel.text()
    assert _cell(dialog, "head", 3).startswith("已停用"), "the list shows the other desk's change"
    assert not accounts.find_user(sqlite_db, SYSTEM, "head").is_active


@pytest.mark.usefixtures("office")
def test_adding_an_account_requires_a_new_password_at_first_login(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, chinese: None
) -> None:
    add = AddUserDialog(sqlite_db, admin, lang="zh_CN", parent=None)
    qtbot.addWidget(add)
    add.show()
    qtbot.keyClicks(add.username_edit, "clerk")
    qtbot.keyClicks(add.password_edit, "first-pass-1")
    add._create()
    assert add.error_label.text() == "用户已存在：clerk。" and add.created is None
    add.username_edit.clear()
    qtbot.keyClicks(add.username_edit, "clerk2")
    add.role_combo.setCurrentIndex(add.role_combo.findText("调解员"))
    with qtbot.waitSignal(add.accepted):
        add._create()
    assert add.created is not None and add.created.role is UserRole.MEDIATOR
    assert users.authenticate(sqlite_db, "clerk2", "first-pass-1").must_change_password
