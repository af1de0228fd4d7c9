"""The organisation panel as a clerk uses it: the filter keeps matches with their ancestors, the tree
is reordered, moved by a drop and refuses to delete a node with people, with the counts in words."""

from __future__ import annotations

import subprocess
import sys

from gui_helpers import Street, type_text
from org_panel_helpers import answer, idle, open_panel, places, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.move_dialog import REVIEW, MoveDialog
from gridgov_desktop.ui.models.org_tree_model import MATCHED_ROLE, NODE_ID_ROLE, OrgTreeModel
from gridgov_desktop.ui.workers import Worker

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _shown(model: OrgTreeModel) -> list[str]:
    """Every row the model holds, depth-first, indented by level."""
    rows: list[str] = []

    def walk(parent: object, depth: int) -> None:
        for row in range(model.rowCount(parent)):  # type: ignore[arg-type]
            index = model.index(row, 0, parent)  # type: ignore[arg-type]
            rows.append("  " * depth + index.data())
            walk(index, depth + 1)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex(), 0)
    return rows


def test_the_filter_keeps_the_matches_and_their_ancestors_expanded_to_them(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> None:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    type_text(panel.filter_edit, "锦绣")
    qtbot.waitUntil(lambda: not panel.filtering and panel.tree_model.filtering)
    assert _shown(panel.tree_model) == ["东风街道", "  光明社区", "    第二网格", "      锦绣花园"]
    match = panel.tree_view.currentIndex()
    assert match.data() == "锦绣花园" and match.data(MATCHED_ROLE) is True
    assert panel.tree_view.isExpanded(match.parent()), "opened down to the match"
    assert match.parent().data(MATCHED_ROLE) is False, "an ancestor, shown but not a match"
    assert "匹配 1 个" in panel.filter_status.text()
    panel.tree_view.expand(match)  # a matched compound still opens lazily
    assert panel.tree_model.rowCount(match) == 1 and panel.tree_model.index(0, 0, match).data() == "1栋"
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Escape)
    assert panel.filter_edit.text() == "" and not panel.tree_model.filtering
    assert panel.current_node() is not None and panel.current_node().name == "锦绣花园", "kept"
    type_text(panel.filter_edit, "3-2-5")
    qtbot.waitUntil(lambda: not panel.filtering and panel.tree_model.filtering)
    assert panel.current_node() is not None and panel.current_node().label == "3-2-501"
    panel.filter_edit.clear()
    type_text(panel.filter_edit, "没有这个地方")
    qtbot.waitUntil(lambda: not panel.filtering and "没有与" in panel.filter_status.text())
    assert panel.tree_model.rowCount() == 0


def test_selecting_a_node_says_so_and_loads_the_visible_tab(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> None:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    with qtbot.waitSignal(panel.node_selected) as selected:
        select(qtbot, panel, worker, street.compound)
    assert selected.args == [street.compound]
    assert panel.roles_panel.heading.text() == "幸福里小区的角色：0 人"
    assert "小区一级不设网格角色" in panel.roles_panel.hint.text()
    assert panel.tree_model.headerData(2, Qt.Orientation.Horizontal) == "户数"
    index = panel.tree_view.currentIndex()
    assert (index.siblingAtColumn(1).data(), index.siblingAtColumn(2).data()) == ("3", "1")


def test_ctrl_down_and_ctrl_up_reorder_siblings_in_one_call_each(
    qtbot: QtBot, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> None:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    panel.tree_view.expand(select(qtbot, panel, worker, street.community))
    panel.tree_view.setFocus()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert [n.name for n in org.children(sqlite_db, street.street)] == ["光明社区", "幸福社区"]
    root = panel.tree_model.index(0, 0)
    assert [panel.tree_model.index(r, 0, root).data() for r in range(2)] == ["光明社区", "幸福社区"]
    assert panel.current_node() is not None and panel.current_node().id == street.community, "kept"
    assert panel.tree_view.isExpanded(panel.tree_view.currentIndex()), "its open branch stays open"
    assert not panel.editor.down_action.isEnabled() and panel.editor.up_action.isEnabled()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, worker)
    assert [n.name for n in org.children(sqlite_db, street.street)] == ["幸福社区", "光明社区"]


def test_a_drop_on_a_new_parent_reviews_the_move_then_moves(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> None:
    place = places(sqlite_db)
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    model = panel.tree_model
    select(qtbot, panel, worker, place["第二网格"])
    target = panel.tree_view.currentIndex()
    dragged = select(qtbot, panel, worker, street.compound)
    data = model.mimeData([dragged])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, dragged.parent().parent())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target) is False, (
        "the view removes nothing"
    )
    dialog = panel.editor.dialog
    assert isinstance(dialog, MoveDialog)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == REVIEW and dialog.ready)
    assert "小区“幸福里小区”将连同其下全部内容一起移动" in dialog.ui.reviewIntro.text()
    assert "1 户、3 人" in dialog.ui.reviewIntro.text()
    assert dialog.ui.beforePlace.text() == "东风街道 › 幸福社区 › 第一网格 › 幸福里小区"
    assert dialog.ui.afterPlace.text() == "东风街道 › 光明社区 › 第二网格 › 幸福里小区"
    assert org.get_node(sqlite_db, street.compound).parent_id != place["第二网格"], "nothing yet"
    with qtbot.waitSignal(panel.status_message) as said:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        idle(qtbot, worker)
    assert org.get_node(sqlite_db, street.compound).parent_id == place["第二网格"]
    assert "已将“幸福里小区”移到" in said.args[0]
    moved = panel.tree_view.currentIndex()
    assert moved.data(NODE_ID_ROLE) == street.compound and moved.parent().data() == "第二网格"
    counts = {
        model.node(i).name: model.node(i).resident_count for i in (street.community, place["光明社区"])
    }
    assert counts == {"幸福社区": 0, "光明社区": 4}, "counts up both branches follow"


def test_a_node_that_holds_people_is_not_deleted_and_its_contents_can_be_moved(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    admin: Actor,
    worker: Worker,
    monkeypatch: object,
) -> None:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    asked = answer(monkeypatch, YES, YES)  # type: ignore[arg-type]
    select(qtbot, panel, worker, street.compound)
    panel.tree_view.setFocus()
    qtbot.keyClick(panel.tree_view, Qt.Key.Key_Delete)
    idle(qtbot, worker)
    assert asked[0].startswith("删除小区“幸福里小区”吗？")
    assert "不能删除：其下还有1户、3人。" in asked[1]
    assert "是否先把它的下级移到另一个小区？" in asked[1]
    assert org.get_node(sqlite_db, street.compound).name == "幸福里小区", "still there"
    dialog = panel.editor.dialog
    assert isinstance(dialog, MoveDialog) and [n.name for n in dialog.nodes] == ["3栋"]
    assert dialog.windowTitle() == "移动楼栋“3栋”到…"
    type_text(dialog.ui.filterEdit, "锦绣")
    qtbot.waitUntil(lambda: dialog.tree_model.filtering)
    qtbot.keyClick(dialog.ui.treeView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.stack.currentIndex() == REVIEW and dialog.ready)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    idle(qtbot, worker)
    assert org.get_node(sqlite_db, street.compound).resident_count == 0, "emptied"
    select(qtbot, panel, worker, street.compound)
    answer(monkeypatch, YES)  # type: ignore[arg-type]
    panel.editor.delete_action.trigger()
    idle(qtbot, worker)
    assert panel.tree_model.node(street.compound) is None, "now it goes"


def test_an_empty_node_is_deleted_after_asking(
    qtbot: QtBot, sqlite_db: Database, street: Street, admin: Actor, worker: Worker, monkeypatch: object
) -> None:
    from gridgov_desktop.domain.enums import NodeKind
    from gridgov_desktop.services.actor import SYSTEM

    empty = org.create_node(sqlite_db, SYSTEM, street.compound, NodeKind.BUILDING, "9栋")
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    asked = answer(monkeypatch, NO)  # type: ignore[arg-type]
    select(qtbot, panel, worker, empty.id)
    panel.editor.delete_action.trigger()
    assert len(asked) == 1 and org.get_node(sqlite_db, empty.id).name == "9栋", "No keeps it"
    answer(monkeypatch, YES)  # type: ignore[arg-type]
    panel.editor.delete_action.trigger()
    idle(qtbot, worker)
    assert [n.name for n in org.children(sqlite_db, street.compound)] == ["3栋"]
    assert panel.current_node() is not None and panel.current_node().id == street.compound
    assert panel.tree_model.node(empty.id) is None


def test_a_clerk_without_the_right_sees_the_tree_but_cannot_edit_it(
    qtbot: QtBot, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    from gridgov_desktop.domain.enums import UserRole

    clerk = Actor(user_id=None, username="desk", display_name="前台", role=UserRole.FRONT_DESK)
    panel = open_panel(qtbot, sqlite_db, clerk, worker)
    index = select(qtbot, panel, worker, street.compound)
    assert not any(action.isEnabled() for action in panel.editor.actions)
    assert not panel.tree_model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled


def test_the_panel_loads_no_sqlalchemy_when_imported() -> None:
    """The window starts without SQLAlchemy (bench/startup.py): the panel keeps it that way."""
    code = (
        "import sys\n"
        "import gridgov_desktop.ui.widgets.org_panel\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
