"""The audit log viewer: entries load off the GUI thread and page in as the table scrolls, Enter
applies the filters, the detail pane shows everything, verify and export work, Esc closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Street, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.ui.dialogs import audit_dialog
from gridgov_desktop.ui.dialogs.audit_dialog import AuditDialog
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def dialog(
    qtbot: QtBot, sqlite_db: Database, street: Street, admin: Actor, worker: Worker, chinese: None
) -> AuditDialog:
    with sqlite_db.session(write=True) as session:
        audit.record(session, admin, "update", "resident", 1,
                     before={"name": "张三明", "phone": "138****5678"},
                     after={"name": "张三明", "phone": "139****0000"})  # fmt: skip
    window = AuditDialog(None, sqlite_db, admin, worker, lang="zh_CN")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    return window


def test_entries_show_in_words_with_details(dialog: AuditDialog, admin: Actor) -> None:
    model = dialog.model
    assert model.data(model.index(0, 2)) == "admin"
    assert model.data(model.index(0, 3)) == "修改"
    assert model.data(model.index(0, 4)) == "居民 #1"
    assert model.data(model.index(0, 5)) == "phone: 138****5678 → 139****0000"
    assert "条符合条件" in dialog.ui.countLabel.text()
    detail = dialog.ui.detailText.toPlainText()
    assert "变更前" in detail and '"name": "张三明"' in detail
    assert dialog.ui.fromEdit.date() < dialog.ui.toEdit.date()
    dialog.grab().save("/tmp/audit_dialog.png")


def test_enter_applies_the_filters(qtbot: QtBot, dialog: AuditDialog) -> None:
    total = dialog.model.rowCount()
    dialog.ui.actionCombo.setCurrentIndex(dialog.ui.actionCombo.findData("update"))
    dialog.ui.recordEdit.setFocus()
    qtbot.keyClick(dialog.ui.recordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    type_text(dialog.ui.userCombo.lineEdit(), "nobody")
    qtbot.keyClick(dialog.ui.userCombo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "共 0 条" in dialog.ui.countLabel.text())
    dialog.ui.userCombo.setCurrentIndex(0)
    dialog.ui.actionCombo.setCurrentIndex(0)
    qtbot.keyClick(dialog.ui.applyButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == total)


def test_the_table_pages_in_as_it_scrolls(
    qtbot: QtBot, dialog: AuditDialog, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_dialog, "PAGE", 5)
    dialog.apply_filters()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 5)

    def more_paged_in() -> bool:
        # The view itself asks for more while its viewport is not full: a page may already be on its
        # way, and fetchMore does nothing until it has landed.
        dialog.model.fetchMore()
        return dialog.model.rowCount() >= 10

    qtbot.waitUntil(more_paged_in)
    ids = [dialog.model.entry(i).id for i in range(10)]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 10


def test_verify_reports_the_chain(
    qtbot: QtBot, dialog: AuditDialog, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, words: shown.append(words))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, words: shown.append(words))
    qtbot.mouseClick(dialog.ui.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("审计日志完整")
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'mallory' WHERE id = 3"))
    dialog.verify()
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "第 #3 条处断开" in shown[1] and dialog.report is not None and not dialog.report.ok
    assert "断开" in dialog.ui.messageLabel.text()


def test_export_writes_the_file(
    qtbot: QtBot, dialog: AuditDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "审计日志.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.ui.exportButton.isEnabled())
    assert "修改" in target.read_text(encoding="utf-8-sig")
    assert "已将" in dialog.ui.messageLabel.text()


def test_escape_closes(qtbot: QtBot, dialog: AuditDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_non_administrator_is_told_in_words(
    qtbot: QtBot, sqlite_db: Database, street: Street, worker: Worker, chinese: None
) -> None:
    clerk = Actor(user_id=None, username="wang", display_name="王", role=SYSTEM.role.FRONT_DESK)
    window = AuditDialog(None, sqlite_db, clerk, worker, lang="zh_CN")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "没有权限" in window.ui.messageLabel.text())
