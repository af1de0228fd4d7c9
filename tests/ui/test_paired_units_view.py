"""The paired-units tab: a hospital reports to the community (双报到), takes on a service item (领办),
completes it and is evaluated (双评价); a deactivated unit leaves the list but keeps its record."""

from __future__ import annotations

import pytest
from gui_helpers import Street, type_text
from org_panel_helpers import answer, idle, open_panel, places, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import paired_units
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.evaluation_dialog import EvaluationDialog
from gridgov_desktop.ui.dialogs.paired_unit_dialog import PairedUnitDialog
from gridgov_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog
from gridgov_desktop.ui.dialogs.service_items_dialog import ServiceItemsDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def panel(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> OrgPanel:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    panel.tabs.setCurrentWidget(panel.paired_view)
    select(qtbot, panel, worker, places(sqlite_db)["第一网格"])  # a place in the community will do
    qtbot.waitUntil(lambda: not panel.paired_view.loading)
    return panel


def _rows(tree: object) -> list[list[str]]:
    count = tree.topLevelItemCount()  # type: ignore[attr-defined]
    columns = tree.columnCount()  # type: ignore[attr-defined]
    return [[tree.topLevelItem(r).text(c) for c in range(columns)] for r in range(count)]  # type: ignore[attr-defined]


def test_a_paired_unit_with_an_item_taken_on_completed_and_evaluated(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    view = panel.paired_view
    assert view.heading.text() == "幸福社区共建单位：0 个"
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PairedUnitDialog)
    assert dialog.ui.communityLabel.text() == "共建社区：幸福社区"
    type_text(dialog.ui.nameEdit, "市第三人民医院")
    dialog.ui.kindCombo.setCurrentIndex(3)
    type_text(dialog.ui.contactEdit, "刘主任")
    type_text(dialog.ui.phoneEdit, "138400")
    dialog.submit()
    assert message_level(dialog.ui.phoneMessage) is Level.ERROR, "checked before saving"
    dialog.ui.phoneEdit.clear()
    type_text(dialog.ui.phoneEdit, "13840001234")
    type_text(dialog.ui.reportedEdit, "2026-03-05")
    qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return)  # Enter on the last field saves
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not view.loading and view.dialog is None)
    assert _rows(view.units_tree) == [["市第三人民医院", "医院", "刘主任", "未领办"]]

    qtbot.keyClick(view.units_tree, Qt.Key.Key_Return)  # Enter: the unit's service items
    items = view.dialog
    assert isinstance(items, ServiceItemsDialog)
    qtbot.waitUntil(lambda: not items.busy)
    qtbot.mouseClick(items.ui.newButton, Qt.MouseButton.LeftButton)
    item_form = items.dialog
    assert isinstance(item_form, ServiceItemDialog)
    type_text(item_form.ui.titleEdit, "每月义诊进社区")
    item_form.ui.claimedEdit.setText("2026-03-10")
    item_form.submit()
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not items.busy and items.ui.itemsTree.topLevelItemCount() == 1)
    assert _rows(items.ui.itemsTree) == [["每月义诊进社区", "2026-03-10", "已认领", "", "—"]]
    assert not items.ui.evaluateButton.isEnabled(), "only done items are evaluated"
    offered = [action.text() for action in items.status_menu.actions()]
    assert offered == ["办理中", "已完成", "已终止"]
    items.status_menu.actions()[1].trigger()  # 已完成
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not items.busy and items.ui.evaluateButton.isEnabled())
    qtbot.mouseClick(items.ui.evaluateButton, Qt.MouseButton.LeftButton)
    evaluation = items.dialog
    assert isinstance(evaluation, EvaluationDialog)
    assert evaluation.ui.evaluationCombo.currentText() == "优秀"
    type_text(evaluation.ui.noteEdit, "居民反映很好")
    qtbot.keyClick(evaluation.ui.noteEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not items.busy and items.dialog is None)
    row = _rows(items.ui.itemsTree)[0]
    assert row[2] == "已完成" and row[4] == "优秀"
    assert "居民反映很好" in items.ui.detailLabel.text()
    assert items.status_menu.isEmpty(), "an evaluated item is not reopened"
    items.reject()
    qtbot.waitUntil(lambda: not view.loading)
    assert _rows(view.units_tree)[0][3] == "1 项，在办 0，已评 1"
    (unit,) = paired_units.list_paired_units(sqlite_db, street.community)
    (item,) = paired_units.service_items(sqlite_db, unit.id)
    assert (
        item.evaluation is paired_units.Evaluation.EXCELLENT and item.evaluation_note == "居民反映很好"
    )


def test_a_deactivated_unit_leaves_the_list_and_comes_back_on_request(
    qtbot: QtBot,
    panel: OrgPanel,
    sqlite_db: Database,
    street: Street,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gridgov_desktop.services.actor import SYSTEM

    data = paired_units.PairedUnitData("和平区实验小学", paired_units.PairedUnitKind.SCHOOL)
    paired_units.create_paired_unit(sqlite_db, SYSTEM, street.community, data)
    view = panel.paired_view
    view.reload()
    qtbot.waitUntil(lambda: not view.loading and view.units_tree.topLevelItemCount() == 1)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not view.loading)
    assert "不再与本社区共建吗" in asked[0] and view.units_tree.topLevelItemCount() == 0
    view.inactive_check.setChecked(True)
    qtbot.waitUntil(lambda: not view.loading and view.units_tree.topLevelItemCount() == 1)
    assert view.units_tree.topLevelItem(0).text(0) == "和平区实验小学（已停用）"
    assert view.active_button.text() == "恢复"
