"""The roles tab: a resident found by search becomes 网格长, someone typed in needs a phone, a taken
one-per-place role is handed over only when the clerk says so, ending a role, the contact sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import Street, type_text
from org_panel_helpers import answer, idle, open_panel, places, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import StaffRole
from gridgov_desktop.services import roles
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.dialogs.role_dialog import RoleDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.widgets.person_picker import TYPED
from gridgov_desktop.ui.workers import Worker

YES = QMessageBox.StandardButton.Yes


@pytest.fixture
def panel(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> OrgPanel:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    select(qtbot, panel, worker, places(sqlite_db)["第一网格"])
    return panel


def _rows(panel: OrgPanel) -> list[list[str]]:
    tree = panel.roles_panel.roles_tree
    return [[tree.topLevelItem(r).text(c) for c in range(3)] for r in range(tree.topLevelItemCount())]


def _open_dialog(qtbot: QtBot, panel: OrgPanel) -> RoleDialog:
    qtbot.mouseClick(panel.roles_panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.roles_panel.dialog
    assert isinstance(dialog, RoleDialog)
    return dialog


def test_a_resident_found_by_search_becomes_grid_head(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, worker: Worker
) -> None:
    assert panel.roles_panel.hint.text() == "此处还没有人任职。"
    dialog = _open_dialog(qtbot, panel)
    roles_offered = [dialog.ui.roleCombo.itemText(i) for i in range(dialog.ui.roleCombo.count())]
    assert roles_offered == ["网格长", "网格员", "志愿者", "综治协管员", "信息员"]
    assert dialog.ui.sinceEdit.text(), "today by default"
    picker = dialog.ui.personPicker
    type_text(picker.searchEdit, "张三明")
    qtbot.waitUntil(lambda: picker.hitList.count() > 0)
    assert picker.hitList.item(0).text().startswith("张三明　男")
    qtbot.keyClick(picker.searchEdit, Qt.Key.Key_Return)  # takes the top hit, moves to the phone
    assert picker.chosenLabel.text() == "已选：张三明"
    qtbot.keyClick(picker.phoneEdit, Qt.Key.Key_Return)  # the last field: saves
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    assert _rows(panel) == [["网格长", "张三明", "13812345678"]], "the registry's phone"
    assert panel.roles_panel.heading.text() == "第一网格的角色：1 人"


def test_someone_typed_in_needs_a_phone(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, worker: Worker
) -> None:
    dialog = _open_dialog(qtbot, panel)
    dialog.ui.roleCombo.setCurrentIndex(1)  # 网格员
    picker = dialog.ui.personPicker
    picker.set_mode(TYPED)
    type_text(picker.nameEdit, "赵网格")
    dialog.submit()
    assert message_level(picker.messageLabel) is Level.ERROR
    assert picker.messageLabel.text() == "✕ 非辖区居民须填写联系电话。"
    type_text(picker.phoneEdit, "1391234")
    dialog.submit()
    assert "位数不对" in picker.messageLabel.text()
    picker.phoneEdit.clear()
    type_text(picker.phoneEdit, "13912345678")
    dialog.submit()
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    assert _rows(panel) == [["网格员", "赵网格", "13912345678"]]


def test_a_taken_grid_head_is_handed_over_only_when_confirmed_and_a_role_can_end(
    qtbot: QtBot,
    panel: OrgPanel,
    sqlite_db: Database,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    grid = places(sqlite_db)["第一网格"]
    roles.assign_role(
        sqlite_db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="老周", phone="13600000000"
    )
    panel.roles_panel.reload()
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _open_dialog(qtbot, panel)
    picker = dialog.ui.personPicker
    picker.set_mode(TYPED)
    type_text(picker.nameEdit, "小李")
    type_text(picker.phoneEdit, "13700000000")
    dialog.submit()
    idle(qtbot, worker)
    assert asked == ["网格长现由老周担任。改由小李接任吗？老周的任职将于今天结束。"]
    holders = [h.person_name for h in roles.list_roles(sqlite_db, SYSTEM, grid)]
    assert holders == ["老周"], "No changes nothing"
    answer(monkeypatch, YES)
    dialog.submit()
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    assert _rows(panel) == [["网格长", "小李", "13700000000"]]
    asked = answer(monkeypatch, YES)
    qtbot.mouseClick(panel.roles_panel.end_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    assert asked == ["小李自今天起不再担任网格长吗？"]
    assert _rows(panel) == [] and roles.list_roles(sqlite_db, SYSTEM, grid) == []


def test_the_contact_sheet_of_the_subtree_is_saved_as_a_pdf(
    qtbot: QtBot,
    panel: OrgPanel,
    sqlite_db: Database,
    street: Street,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    grid = places(sqlite_db)["第一网格"]
    roles.assign_role(
        sqlite_db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="老周", phone="13600000000"
    )
    target = tmp_path / "通讯录"
    offered: list[str] = []

    def save_as(_parent: object, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        offered.append(proposed)
        return str(target), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    select(qtbot, panel, worker, street.community)
    panel.roles_panel.subtree_check.setChecked(True)
    qtbot.waitUntil(lambda: not panel.roles_panel.loading)
    assert _rows(panel) == [["网格长", "老周", "13600000000"]], "include below: the grid's roles"
    with qtbot.waitSignal(panel.status_message, check_params_cb=lambda text: "已保存" in text) as said:
        panel.print_contact_sheet()
    assert Path(offered[0]).name.startswith("通讯录-幸福社区-")
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and str(pdf) in said.args[0]


def test_with_the_window_settings_the_contact_sheet_opens_in_the_print_preview(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    admin: Actor,
    worker: Worker,
    settings: Settings,
) -> None:
    grid = places(sqlite_db)["第一网格"]
    roles.assign_role(
        sqlite_db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="老周", phone="13600000000"
    )
    panel = open_panel(qtbot, sqlite_db, admin, worker, settings)
    select(qtbot, panel, worker, grid)
    qtbot.mouseClick(panel.roles_panel.print_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    preview = panel.roles_panel.contact_sheet.preview
    assert isinstance(preview, PrintPreviewDialog)
    assert preview.ui.titleLabel.text() == "第一网格通讯录"
    assert preview.document.pageCount() >= 1 and preview.pdf.startswith(b"%PDF")
    preview.reject()
