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
