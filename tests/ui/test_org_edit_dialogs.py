"""Adding, renaming and moving nodes through their dialogs, by keyboard: inline checks, the room label
suggested from the building and unit, the move dialog's pick and review, Esc, and a conflict."""

from __future__ import annotations

import pytest
from gui_helpers import Street, type_text
from org_panel_helpers import answer, idle, open_panel, places, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import org, tree_edit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.ui.dialogs.move_dialog import PICK, REVIEW, MoveDialog
from gridgov_desktop.ui.dialogs.node_dialog import NodeDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def panel(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> OrgPanel:
    return open_panel(qtbot, sqlite_db, admin, worker)


def _node_dialog(panel: OrgPanel) -> NodeDialog:
    dialog = panel.editor.dialog
    assert isinstance(dialog, NodeDialog)
    return dialog


def test_insert_adds_a_building_under_the_compound(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    select(qtbot, panel, worker, street.compound)
    assert panel.editor.add_action.text() == "新增楼栋(&A)…"
    panel.tree_view.setFocus()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_Insert)
    dialog = _node_dialog(panel)
    assert (
        dialog.windowTitle() == "新增楼栋"
        and "东风街道/幸福社区/第一网格/幸福里小区" in dialog.ui.placeLabel.text()
    )
    assert not dialog.ui.labelEdit.isVisibleTo(dialog), "only households have a room label"
    type_text(dialog.ui.nameEdit, "3栋")
    assert message_level(dialog.ui.nameMessage) is Level.ERROR, "a sibling has that name"
    dialog.ui.nameEdit.clear()
    type_text(dialog.ui.nameEdit, "5栋")
    assert message_level(dialog.ui.nameMessage) is Level.NONE
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # the last field: saves
    idle(qtbot, worker)
    assert [n.name for n in org.children(sqlite_db, street.compound)] == ["3栋", "5栋"]
    current = panel.current_node()
    assert current is not None and current.name == "5栋" and current.address == "幸福里小区5栋"


def test_a_new_household_gets_its_room_label_from_building_unit_and_room(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    unit = places(sqlite_db)["2单元"]
    select(qtbot, panel, worker, unit)
    panel.editor.add_action.trigger()
    dialog = _node_dialog(panel)
    assert dialog.windowTitle() == "新增户"
    type_text(dialog.ui.nameEdit, "502室")
    assert dialog.ui.labelEdit.text() == "3-2-502"
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    assert dialog.ui.labelEdit.hasFocus() or dialog.focusWidget() is dialog.ui.labelEdit, (
        "Enter moves on"
    )
    qtbot.keyClick(dialog.ui.labelEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    added = [n for n in org.children(sqlite_db, unit) if n.name == "502室"]
    assert added and added[0].label == "3-2-502"
    assert panel.tree_model.node(unit).household_count == 2, "the unit's count follows"


def test_ctrl_r_renames_and_the_addresses_below_follow(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    select(qtbot, panel, worker, street.household)  # loads the branch down to the room
    select(qtbot, panel, worker, street.compound)
    panel.tree_view.setFocus()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _node_dialog(panel)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.windowTitle() == "重命名小区" and dialog.ui.nameEdit.text() == "幸福里小区"
    dialog.ui.nameEdit.selectAll()
    type_text(dialog.ui.nameEdit, "幸福里花园")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    assert org.get_node(sqlite_db, street.household).address == "幸福里花园3栋2单元501室"
    assert panel.tree_model.index_of_node(street.compound).data() == "幸福里花园"
    assert panel.tree_model.node(street.household).address == "幸福里花园3栋2单元501室", (
        "loaded rows too"
    )


def test_esc_asks_before_dropping_what_was_typed(
    qtbot: QtBot, panel: OrgPanel, street: Street, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    select(qtbot, panel, worker, street.compound)
    panel.editor.add_action.trigger()
    dialog = _node_dialog(panel)
    type_text(dialog.ui.nameEdit, "7栋")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["不保存已填写的内容，直接关闭吗？"] and dialog.isVisible()
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.editor.dialog is None)


def test_ctrl_m_picks_the_new_parent_in_a_tree_reviews_and_moves(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    building = places(sqlite_db)["3栋"]
    select(qtbot, panel, worker, building)
    panel.tree_view.setFocus()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.editor.dialog
    assert isinstance(dialog, MoveDialog) and dialog.ui.stack.currentIndex() == PICK
    current = dialog.tree_model.node_at(dialog.ui.treeView.currentIndex())
    assert current is not None and current.id == street.compound, "starts at where it is"
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.ui.pickMessage.text() == "它现在就在这里。"
    type_text(dialog.ui.filterEdit, "锦绣")
    qtbot.waitUntil(lambda: dialog.tree_model.filtering)
    chosen = dialog.tree_model.node_at(dialog.ui.treeView.currentIndex())
    assert chosen is not None and chosen.name == "锦绣花园"
    qtbot.keyClick(dialog.ui.treeView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == REVIEW and dialog.ready)
    assert (
        dialog.ui.beforeAddress.text() == "幸福里小区3栋"
        and dialog.ui.afterAddress.text() == "锦绣花园3栋"
    )
    assert "门牌号" in dialog.ui.alongLabel.text()
    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.stack.currentIndex() == PICK, "back to the choice"
    qtbot.keyClick(dialog.ui.treeView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == REVIEW and dialog.ready)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    idle(qtbot, worker)
    moved = org.get_node(sqlite_db, building)
    assert (
        moved.address == "锦绣花园3栋"
        and org.get_node(sqlite_db, moved.parent_id or 0).name == "锦绣花园"
    )
    qtbot.waitUntil(lambda: panel.editor.dialog is None)


def test_a_rename_that_lost_a_race_says_so_and_reloads(
    qtbot: QtBot,
    panel: OrgPanel,
    sqlite_db: Database,
    street: Street,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select(qtbot, panel, worker, street.compound)
    panel.editor.rename_action.trigger()
    dialog = _node_dialog(panel)
    qtbot.waitUntil(lambda: dialog.ready)
    version = tree_edit.move_preview(
        sqlite_db, street.compound, org.get_node(sqlite_db, street.compound).parent_id or 0
    ).version
    tree_edit.rename_node(sqlite_db, SYSTEM, street.compound, "别处改的名", version)  # another desk
    said = answer(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog.ui.nameEdit.selectAll()
    type_text(dialog.ui.nameEdit, "我改的名")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    assert len(said) == 1 and said[0].startswith("该节点已由 ") and "请重新加载后再修改" in said[0]
    qtbot.waitUntil(lambda: panel.editor.dialog is None)
    assert panel.tree_model.index_of_node(street.compound).data() == "别处改的名", "reloaded"


def test_an_edit_while_filtering_runs_the_filter_again(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, worker: Worker
) -> None:
    compound = places(sqlite_db)["锦绣花园"]
    type_text(panel.filter_edit, "锦绣")
    qtbot.waitUntil(lambda: not panel.filtering and panel.tree_model.filtering)
    panel.editor.rename_action.trigger()
    dialog = _node_dialog(panel)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.ui.nameEdit.selectAll()
    type_text(dialog.ui.nameEdit, "锦绣家园")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not panel.filtering)
    assert panel.tree_model.filtering and panel.filter_edit.text() == "锦绣"
    current = panel.current_node()
    assert current is not None and current.id == compound and current.name == "锦绣家园"


def test_typing_a_place_below_the_level_picks_the_new_parent_above_it(
    qtbot: QtBot, panel: OrgPanel, street: Street, worker: Worker
) -> None:
    select(qtbot, panel, worker, street.compound)
    dialog = panel.editor.open_move([panel.current_node()])  # type: ignore[list-item]
    type_text(dialog.ui.filterEdit, "锦绣")  # a compound: the clerk means the grid it is in
    qtbot.waitUntil(lambda: dialog.tree_model.filtering)
    chosen = dialog.tree_model.node_at(dialog.ui.treeView.currentIndex())
    assert chosen is not None and chosen.name == "第二网格"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
