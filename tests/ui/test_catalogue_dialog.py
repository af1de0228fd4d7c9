"""The catalogue editor as an administrator uses it, by keyboard: a new version on save, materials
added in the table, a new service, deactivation, Esc and a conflict; read-only for the front desk."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.services import catalogue
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.catalogue_drafts import draft_of
from gridgov_desktop.ui.dialogs.catalogue_dialog import CatalogueDialog
from gridgov_desktop.ui.widgets.catalogue_materials import FORM, MANDATORY, NAME
from gridgov_desktop.ui.widgets.field_message import Level, message_level

ADMIN = Actor(user_id=None, username="wang", display_name="王主任", role=UserRole.ADMIN)
CLERK = Actor(user_id=None, username="li", display_name="李窗口", role=UserRole.FRONT_DESK)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def seeded(sqlite_db: Database) -> Database:
    with sqlite_db.session(write=True) as session:
        catalogue.ensure_seed_catalogue(session)
    return sqlite_db


def _open(qtbot: QtBot, db: Database, actor: Actor) -> CatalogueDialog:
    dialog = CatalogueDialog(db, actor, lang="zh_CN")
    # Closed at teardown with its edits dropped: a failed test must not wait on a real question box.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_loaded", d.form_draft()))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _pick(dialog: CatalogueDialog, code: str) -> None:
    services = dialog.ui.serviceList
    for row in range(services.count()):
        item = services.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == code:
            services.setCurrentItem(item)
            return
    raise AssertionError(f"{code} not listed")


def _name(table: QTableWidget, row: int) -> str:
    item = table.item(row, NAME)
    return item.text() if item is not None else ""


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, title: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_editing_a_time_limit_saves_a_new_version(qtbot: QtBot, seeded: Database, chinese: None) -> None:
    dialog = _open(qtbot, seeded, ADMIN)
    _pick(dialog, "dibao")
    ui = dialog.ui
    assert ui.nameEdit.text() == "最低生活保障申请" and ui.codeEdit.isReadOnly()
    assert ui.timeLimitSpin.text() == "30 个工作日" and ui.versionLabel.text() == "第1版，在用。"
    ui.timeLimitSpin.setFocus()
    ui.timeLimitSpin.selectAll()
    qtbot.keyClicks(ui.timeLimitSpin, "25")
    assert dialog.is_dirty() and ui.statusLabel.text() == "有未保存的修改。"
    qtbot.keyClick(ui.timeLimitSpin, Qt.Key.Key_S, CTRL)
    assert ui.statusLabel.text() == "已保存为第2版。" and not dialog.is_dirty()
    current = catalogue.get_service(seeded, "dibao")
    assert (current.number, current.time_limit_days) == (2, 25)
    history = ui.historyTree
    assert history.topLevelItemCount() == 2
    newest = history.topLevelItem(0)
    assert newest is not None and [newest.text(c) for c in (0, 2, 3)] == [
        "第2版",
        "王主任",
        "25个工作日",
    ]
    first = catalogue.version_history(seeded, "dibao")[-1].service
    assert catalogue.get_version(seeded, first.version_id).time_limit_days == 30


def test_a_material_is_added_and_checked_in_the_table(
    qtbot: QtBot, seeded: Database, chinese: None
) -> None:
    dialog = _open(qtbot, seeded, ADMIN)
    _pick(dialog, "senior-card")
    table = dialog.ui.materialsTable
    rows = table.rowCount()
    table.setFocus()
    table.setCurrentCell(rows - 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert table.rowCount() == rows + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "户口簿")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: _name(table, rows) == "户口簿")
    forms = table.cellWidget(rows, FORM)
    assert isinstance(forms, QComboBox) and forms.currentText() == "原件及复印件"
    forms.setCurrentIndex(list(MaterialForm).index(MaterialForm.COPY))
    mandatory = table.item(rows, MANDATORY)
    assert mandatory is not None
    mandatory.setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.saveButton.click()
    saved = catalogue.get_service(seeded, "senior-card")
    added = saved.materials[-1]
    assert saved.number == 2 and (added.name, added.form, added.mandatory) == (
        "户口簿",
        MaterialForm.COPY,
        False,
    )
    # A name already listed is refused under the table, and nothing is saved.
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "居民身份证")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _name(table, table.currentRow()) == "居民身份证")
    assert message_level(dialog.ui.materialsMessage) is Level.ERROR
    assert "居民身份证" in dialog.ui.materialsMessage.text()
    dialog.save()
    assert catalogue.get_service(seeded, "senior-card").number == 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert message_level(dialog.ui.materialsMessage) is Level.NONE


def test_a_new_service_is_created_and_can_be_deactivated(
    qtbot: QtBot, seeded: Database, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, seeded, ADMIN)
    ui = dialog.ui
    qtbot.keyClick(ui.serviceList, Qt.Key.Key_N, CTRL)
    assert dialog.current is None and not ui.codeEdit.isReadOnly() and ui.codeEdit.hasFocus()
    assert ui.materialsTable.rowCount() == 1 and ui.feeEdit.text() == "不收费"
    qtbot.keyClicks(ui.codeEdit, "veteran-card")
    type_text(ui.nameEdit, "退役军人优待证申领")
    assert message_level(ui.departmentMessage) is Level.ERROR, "the department is still empty"
    type_text(ui.departmentEdit, "区退役军人事务局")
    assert message_level(ui.departmentMessage) is Level.NONE
    qtbot.keyClick(ui.departmentEdit, Qt.Key.Key_S, CTRL)
    assert ui.statusLabel.text() == "已保存为第1版。" and ui.codeEdit.isReadOnly()
    assert catalogue.get_service(seeded, "veteran-card").department == "区退役军人事务局"
    current = ui.serviceList.currentItem()
    assert current is not None and current.text() == "退役军人优待证申领"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    ui.activeButton.click()
    assert asked == ["停用"] and not catalogue.get_service(seeded, "veteran-card").is_active
    current = ui.serviceList.currentItem()
    assert current is not None and current.text() == "退役军人优待证申领（已停用）"
    assert ui.activeButton.text() == "恢复使用" and ui.versionLabel.text() == "第1版，已停用。"


def test_esc_and_switching_ask_before_dropping_edits(
    qtbot: QtBot, seeded: Database, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, seeded, ADMIN)
    _pick(dialog, "birth-reg")
    type_text(dialog.ui.feeEdit, "（含工本费）")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _pick(dialog, "dibao")
    assert asked and dialog.current is not None and dialog.current.service.code == "birth-reg"
    current = dialog.ui.serviceList.currentItem()
    assert current is not None and current.data(Qt.ItemDataRole.UserRole) == "birth-reg"
    qtbot.keyClick(dialog.ui.feeEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(asked) == 2
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.ui.feeEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert catalogue.get_service(seeded, "birth-reg").number == 1


def test_a_conflict_says_so_and_reloads(
    qtbot: QtBot, seeded: Database, chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, seeded, ADMIN)
    _pick(dialog, "birth-reg")
    entry = catalogue.catalogue_entry(seeded, "birth-reg")
    other = dataclasses.replace(draft_of(entry.service), time_limit_days=3)
    catalogue.save_service(seeded, ADMIN, other, expected_version=entry.lock_version)  # another desk
    type_text(dialog.ui.feeEdit, "（含工本费）")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.save()
    assert asked == ["已被他人修改"]
    assert dialog.ui.timeLimitSpin.value() == 3 and dialog.ui.feeEdit.text() == "不收费"
    assert dialog.ui.statusLabel.text() == "已重新载入，当前为最新版本。"
    assert catalogue.get_service(seeded, "birth-reg").number == 2


def test_the_front_desk_sees_the_catalogue_read_only(
    qtbot: QtBot, seeded: Database, chinese: None
) -> None:
    dialog = _open(qtbot, seeded, CLERK)
    _pick(dialog, "dibao")
    ui = dialog.ui
    assert ui.nameEdit.text() == "最低生活保障申请"
    assert ui.nameEdit.isReadOnly() and ui.legalBasisEdit.isReadOnly() and ui.timeLimitSpin.isReadOnly()
    assert not ui.mustCollectCheck.isEnabled()
    for button in (ui.saveButton, ui.newButton, ui.activeButton, ui.addMaterialButton, ui.upButton):
        assert not button.isVisibleTo(dialog)
    assert ui.materialsTable.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    form = ui.materialsTable.item(0, FORM)
    assert ui.materialsTable.cellWidget(0, FORM) is None and form is not None
    assert form.text() == "申请表", "plain text, not a greyed-out control"
    assert "只读" in ui.statusLabel.text()
    qtbot.keyClick(ui.serviceList, Qt.Key.Key_S, CTRL)
    dialog.save()
    assert catalogue.get_service(seeded, "dibao").number == 1
    type_text(ui.filterEdit, "残疾")
    assert ui.serviceList.count() == 2 and ui.countLabel.text() == "显示 2 项，共 17 项"
