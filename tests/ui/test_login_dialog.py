"""The login dialog: a wrong password is refused in words next to the field; the right one signs in."""

from __future__ import annotations

from gui_helpers import focused
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.login_dialog import LoginDialog
from gridgov_desktop.ui.workers import Worker


def _dialog(
    qtbot: QtBot, db: Database, worker: Worker, lang: str = "zh_CN", username: str = ""
) -> LoginDialog:
    dialog = LoginDialog(db, worker, lang=lang, office_name="东风街道办事处", username=username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_password_is_refused_in_chinese_then_the_right_one_signs_in(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor, admin_password: str, chinese: None
) -> None:
    dialog = _dialog(qtbot, sqlite_db, worker)
    assert focused(dialog.ui.usernameEdit)
    qtbot.keyClicks(dialog.ui.usernameEdit, "admin")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)
    assert focused(dialog.ui.passwordEdit), "Enter moves to the next field"
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password-1")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking and dialog.ui.errorLabel.isVisible())
    assert dialog.ui.errorLabel.text() == "用户名或密码错误。"
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.passwordEdit.text() == "" and focused(dialog.ui.passwordEdit)

    qtbot.keyClicks(dialog.ui.passwordEdit, admin_password)
    assert not dialog.ui.errorLabel.isVisible(), "typing again clears the error"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.username == "admin" and dialog.actor.role is UserRole.ADMIN


def test_empty_fields_are_named_inline_and_the_last_user_is_remembered(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor, chinese: None
) -> None:
    dialog = _dialog(qtbot, sqlite_db, worker, username="admin")
    assert dialog.ui.usernameEdit.text() == "admin"
    assert focused(dialog.ui.passwordEdit), "a remembered user name puts the cursor in the password"
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.isVisible()
    assert "密码" in dialog.ui.errorLabel.text()
    assert dialog.windowTitle() == "登录"


def test_escape_cancels(qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor) -> None:
    dialog = _dialog(qtbot, sqlite_db, worker, lang="en")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Escape)
    assert dialog.actor is None


def _reset_clerk(db: Database) -> None:
    from gridgov_desktop.services import accounts, users
    from gridgov_desktop.services.actor import SYSTEM

    users.add_user(db, SYSTEM, "clerk", "window-1-pass", UserRole.FRONT_DESK, "李窗口")
    accounts.reset_password(db, SYSTEM, accounts.find_user(db, SYSTEM, "clerk").id, "temp-pass-2026")


def test_a_reset_account_signs_in_with_a_new_password_due(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor, chinese: None
) -> None:
    from gridgov_desktop.ui.dialogs.password_dialog import PasswordDialog

    _reset_clerk(sqlite_db)
    login = _dialog(qtbot, sqlite_db, worker, username="clerk")
    qtbot.keyClicks(login.ui.passwordEdit, "temp-pass-2026")
    with qtbot.waitSignal(login.accepted):
        qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    assert login.actor is not None and login.actor.must_change_password

    dialog = PasswordDialog(None, sqlite_db, login.actor, worker, lang="zh_CN", forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "修改密码" and focused(dialog.ui.oldEdit)
    assert "管理员已重置您的密码" in dialog.ui.promptLabel.text()
    qtbot.keyClicks(dialog.ui.oldEdit, "temp-pass-2026")
    qtbot.keyClick(dialog.ui.oldEdit, Qt.Key.Key_Return)
    assert focused(dialog.ui.newEdit)
    qtbot.keyClicks(dialog.ui.newEdit, "abc")
    assert dialog.ui.strengthLabel.text() == "强度：太短（至少8个字符）"
    qtbot.keyClicks(dialog.ui.newEdit, "defgh")
    assert dialog.ui.strengthLabel.text().startswith("强度：太简单")
    qtbot.keyClicks(dialog.ui.newEdit, "-1")
    assert dialog.ui.strengthLabel.text() == "强度：合格"
    qtbot.keyClicks(dialog.ui.newEdit, "XY")
    assert dialog.ui.strengthLabel.text() == "强度：强"
    qtbot.keyClick(dialog.ui.newEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.repeatEdit, "abcdefgh-1")
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "两次输入的新密码不一致。" and focused(dialog.ui.repeatEdit)
    dialog.grab().save("/tmp/password_dialog.png")
    qtbot.keyClicks(dialog.ui.repeatEdit, "XY")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    assert not dialog.actor.must_change_password and dialog.actor.username == "clerk"
    from gridgov_desktop.services import users

    assert not users.authenticate(sqlite_db, "clerk", "abcdefgh-1XY").must_change_password


def test_a_wrong_current_password_is_refused_inline(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor, chinese: None
) -> None:
    from gridgov_desktop.ui.dialogs.password_dialog import PasswordDialog

    dialog = PasswordDialog(None, sqlite_db, admin, worker, lang="zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in (
        (dialog.ui.oldEdit, "not-my-password1"),
        (dialog.ui.newEdit, "new-pass-2026"),
        (dialog.ui.repeatEdit, "new-pass-2026"),
    ):
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking and dialog.ui.errorLabel.isVisible())
    assert dialog.ui.errorLabel.text() == "原密码不正确。" and dialog.isVisible()
    assert dialog.ui.oldEdit.text() == "" and focused(dialog.ui.oldEdit)


def test_must_change_comes_before_the_app_and_cancel_quits(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, admin: Actor, chinese: None
) -> None:
    import dataclasses

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from gridgov_desktop.app import _new_password_first
    from gridgov_desktop.ui.dialogs.password_dialog import PasswordDialog

    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        quit_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        seen.append(quit_button.text())
        quit_button.click()

    QTimer.singleShot(100, cancel)
    due = dataclasses.replace(admin, must_change_password=True)
    assert _new_password_first(sqlite_db, worker, due, "zh_CN") is None
    assert seen == ["退出"]
