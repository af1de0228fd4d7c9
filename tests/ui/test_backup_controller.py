"""The app's backups: one automatic backup a day, one on close, and "Back up now…" with words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gridgov_desktop.db import backup
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.settings import BACKUP_FOLDER, BACKUP_KEEP, Settings
from gridgov_desktop.ui.backup_controller import BackupController
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def show(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


@pytest.fixture
def folder(settings: Settings, tmp_path: Path) -> Path:
    path = tmp_path / "our backups"
    settings.set(BACKUP_FOLDER, str(path))
    settings.set(BACKUP_KEEP, 3)
    return path


def controller_for(
    qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker
) -> tuple[QWidget, BackupController]:
    window = QWidget()
    qtbot.addWidget(window)
    return window, BackupController(window, db, actor, settings, worker, lang="zh_CN")


def test_the_daily_backup_is_made_once_a_day(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, folder: Path
) -> None:
    _window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    messages: list[str] = []
    controller.status_message.connect(messages.append)
    with qtbot.waitSignal(controller.backed_up, timeout=20_000) as made:
        controller.start(first_check_ms=0)
    result = made.args[0]
    assert result.path.parent == folder and result.verified
    assert messages == [f"已完成每日自动备份：{result.path.name}"]
    controller.check_daily()  # the hourly check: today's backup exists, nothing more
    assert not controller.busy and backup.backups_in(folder) == [result.path]
    controller.stop()


def test_the_daily_check_backs_up_when_the_last_backup_is_from_yesterday(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, folder: Path
) -> None:
    folder.mkdir()
    yesterday = folder / f"gridgov-{dt.date.today() - dt.timedelta(days=1):%Y%m%d}-180000.sqlite3"
    yesterday.write_bytes(b"an old backup")
    _window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    with qtbot.waitSignal(controller.backed_up, timeout=20_000):
        controller.check_daily()
    assert len(backup.backups_in(folder)) == 2


def test_back_up_on_close_is_synchronous_and_rotates(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, folder: Path
) -> None:
    _window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    made = [controller.back_up_on_close() for _ in range(4)]
    assert all(result is not None for result in made)
    assert backup.backups_in(folder) == [r.path for r in made[-3:] if r is not None]


def test_a_failed_backup_on_close_is_logged_and_shown_never_raised(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    settings.set(BACKUP_FOLDER, str(blocker))
    window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    window.show()
    assert controller.back_up_on_close() is None
    assert "backup on close failed" in caplog.text
    assert boxes and boxes[0][0] == "warning" and boxes[0][1].startswith("关闭时备份失败：")


def test_back_up_now_says_where_the_file_went(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    folder: Path,
    boxes: list[tuple[str, str]],
) -> None:
    window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    window.show()
    assert controller.can_back_up()
    with qtbot.waitSignal(controller.backed_up, timeout=20_000) as made:
        controller.back_up_now()
    qtbot.waitUntil(lambda: bool(boxes))
    path = made.args[0].path
    assert boxes == [("information", f"数据库已备份到：\n{path}\n（{_kb(path)}，已校验）")]
    assert not controller.busy


def test_back_up_now_is_for_administrators_only(
    qtbot: QtBot, sqlite_db: Database, settings: Settings, worker: Worker, boxes: list[tuple[str, str]]
) -> None:
    users.add_user(sqlite_db, SYSTEM, "clerk", "Chuangkou2026!", UserRole.FRONT_DESK, "李窗口")
    clerk = users.authenticate(sqlite_db, "clerk", "Chuangkou2026!")
    _window, controller = controller_for(qtbot, sqlite_db, clerk, settings, worker)
    assert not controller.can_back_up()
    controller.back_up_now()
    assert len(boxes) == 1 and boxes[0][0] == "warning"
    assert not controller.busy


def test_a_failed_backup_now_says_what_failed(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    tmp_path: Path,
    boxes: list[tuple[str, str]],
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    settings.set(BACKUP_FOLDER, str(blocker / "sub"))
    window, controller = controller_for(qtbot, sqlite_db, admin, settings, worker)
    window.show()
    controller.back_up_now()
    qtbot.waitUntil(lambda: bool(boxes), timeout=20_000)
    kind, text = boxes[0]
    assert (
        kind == "warning" and text.startswith("备份失败：无法读取或写入文件：") and str(blocker) in text
    )


@pytest.fixture(autouse=True)
def _chinese(chinese: None) -> None:
    """The product default: every message checked here is the Chinese one."""


def _kb(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"
