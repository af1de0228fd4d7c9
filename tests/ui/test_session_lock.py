"""The session lock: idle minutes (a few ms here) cover every window, the same user's password
unlocks, and an open form comes back with what was typed in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import focused, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppUser, AuditEntry
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import SESSION_IDLE_MINUTES, Settings
from gridgov_desktop.ui.session_lock import SessionLock
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def main_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("张三明 — 居民")
    window.setCentralWidget(QLineEdit("330102198005171234"))
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def lock(
    main_window: QMainWindow,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
) -> Iterator[SessionLock]:
    settings.set(SESSION_IDLE_MINUTES, 1)
    session_lock = SessionLock(main_window, sqlite_db, admin, settings, lang="zh_CN", worker=worker)
    assert session_lock.idle_interval_ms == 60_000, "minutes from the settings"
    session_lock.install()
    yield session_lock
    session_lock.uninstall()


def _unlock(qtbot: QtBot, lock: SessionLock, password: str) -> None:
    dialog = lock.lock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.checking)


def test_idle_time_locks_and_the_password_unlocks_an_open_form_as_it_was(
    qtbot: QtBot,
    lock: SessionLock,
    main_window: QMainWindow,
    sqlite_db: Database,
    admin_password: str,
    chinese: None,
) -> None:
    form = QDialog(main_window)
    form.setWindowTitle("居民信息 欧阳娜娜")
    name = QLineEdit(form)
    QVBoxLayout(form).addWidget(name)
    form.open()
    qtbot.waitExposed(form)
    type_text(name, "欧阳娜娜")
    with qtbot.waitSignal(lock.locked, timeout=2000):
        lock.idle_interval_ms = 50
    dialog = lock.lock_dialog
    assert dialog is not None and dialog.isVisible() and form.isVisible()
    assert dialog.windowTitle() == "屏幕已锁定"
    for window in (main_window, form):
        cover = window.findChild(QWidget, "sessionLockCover")
        assert cover is not None and cover.isVisible() and cover.geometry() == window.rect()
        assert window.windowTitle() == "屏幕已锁定", "no name in a title bar either"
        assert not window.grab().toImage().isNull()
    main_window.resize(700, 500)
    qtbot.waitUntil(
        lambda: (
            main_window.findChild(QWidget, "sessionLockCover").geometry()  # type: ignore[arg-type, union-attr]
            == main_window.rect()
        )
    )
    dialog.grab().save("/tmp/session_lock_dialog.png")

    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Escape)
    assert lock.is_locked, "Esc does not unlock"
    _unlock(qtbot, lock, "wrong-password-1")
    assert lock.is_locked and dialog.error_label.text() == "用户名或密码错误。"
    with sqlite_db.session() as session:
        assert session.scalar(select(AppUser.failed_logins).where(AppUser.username == "admin")) == 1
        failed = session.scalars(
            select(AuditEntry.action).where(AuditEntry.action == "login_failed")
        ).all()
    assert len(failed) == 1, "a wrong password at the lock is a failed login, audited and counted"

    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, admin_password)
    assert not lock.is_locked and form.isVisible() and name.text() == "欧阳娜娜"
    assert form.windowTitle() == "居民信息 欧阳娜娜" and main_window.windowTitle() == "张三明 — 居民"
    qtbot.waitUntil(lambda: main_window.findChild(QWidget, "sessionLockCover") is None)  # type: ignore[arg-type]
    assert focused(name), "the focus is back where it was"
    form.close()


def test_activity_postpones_the_lock_and_ctrl_l_locks_at_once(
    qtbot: QtBot, lock: SessionLock, main_window: QMainWindow, admin_password: str
) -> None:
    lock.idle_interval_ms = 300
    field = main_window.centralWidget()
    for _ in range(6):  # a key every 100 ms: never 300 ms idle
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert not lock.is_locked
    # A scanner's burst: keys a few ms apart, ending in Enter.
    for char in "GGR-20261121-0007-K3F9Q2":
        qtbot.keyClick(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not lock.is_locked
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)

    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, admin_password)
    lock.idle_interval_ms = 0  # never
    qtbot.wait(50)
    assert not lock.is_locked
    lock.lock_now()  # what the Ctrl+L action calls
    assert lock.is_locked
    lock.lock_now()  # twice is once
    with qtbot.waitSignal(lock.unlocked):
        _unlock(qtbot, lock, admin_password)


def test_a_locked_account_cannot_unlock_and_quit_is_offered(
    qtbot: QtBot, lock: SessionLock, sqlite_db: Database, admin_password: str, chinese: None
) -> None:
    lock.lock_now()
    for _ in range(users.MAX_FAILED_LOGINS):
        _unlock(qtbot, lock, "wrong-password-1")
    dialog = lock.lock_dialog
    assert dialog is not None and "已锁定至" in dialog.error_label.text()
    _unlock(qtbot, lock, admin_password)
    assert lock.is_locked and "已锁定至" in dialog.error_label.text()
    assert dialog.quit_button.text() == "退出"
