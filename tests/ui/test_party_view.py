"""The party tab: a committee set up at the community and a branch at its grid, each linked to its
place; the secretary, the star rating shown as ★★★★☆, the members; deleting asks first."""

from __future__ import annotations

import pytest
from gui_helpers import Street, type_text
from org_panel_helpers import answer, idle, open_panel, places, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import party
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.party_members_dialog import PartyMembersDialog
from gridgov_desktop.ui.dialogs.party_org_dialog import PartyOrgDialog
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.widgets.party_view import PartyView
from gridgov_desktop.ui.widgets.person_picker import TYPED
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def panel(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> OrgPanel:
    panel = open_panel(qtbot, sqlite_db, admin, worker)
    panel.tabs.setCurrentWidget(panel.party_view)
    return panel


def _units(view: PartyView) -> list[list[str]]:
    rows: list[list[str]] = []

    def walk(item: object, depth: int) -> None:
        for i in range(item.childCount()):  # type: ignore[attr-defined]
            child = item.child(i)  # type: ignore[attr-defined]
            rows.append(["  " * depth + child.text(0), child.text(1), child.text(2), child.text(3)])
            walk(child, depth + 1)

    walk(view.units_tree.invisibleRootItem(), 0)
    return rows


def _set_up(qtbot: QtBot, panel: OrgPanel, worker: Worker, name: str = "") -> None:
    view = panel.party_view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PartyOrgDialog)
    if name:
        type_text(dialog.ui.nameEdit, name)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not view.loading)


def test_units_are_set_up_at_their_places_and_rated_with_stars(
    qtbot: QtBot, panel: OrgPanel, sqlite_db: Database, street: Street, worker: Worker
) -> None:
    view = panel.party_view
    select(qtbot, panel, worker, street.street)
    assert (
        view.hint.text() == "请在左侧树中选择一个社区或社区内的节点。"
        and not view.new_button.isEnabled()
    )
    select(qtbot, panel, worker, street.community)
    qtbot.waitUntil(lambda: not view.loading)
    assert view.new_button.text() == "建立社区党委(&S)…"
    _set_up(qtbot, panel, worker)  # the name left empty: named after the community
    assert _units(view) == [["幸福社区党委", "未评定", "暂无", "0"]]
    assert not view.new_button.isEnabled(), "one committee per community"
    select(qtbot, panel, worker, places(sqlite_db)["第一网格"])
    assert view.new_button.text() == "建立网格党支部(&S)…"
    _set_up(qtbot, panel, worker, "第一网格党支部")
    assert [row[0] for row in _units(view)] == ["幸福社区党委", "  第一网格党支部"], (
        "under the committee"
    )
    branch = view.current_unit()
    assert branch is not None and branch.name == "第一网格党支部", "the unit of the selected grid"
    assert "服务对象：第一网格" in view.units_tree.currentItem().toolTip(0)

    qtbot.keyClick(view.units_tree, Qt.Key.Key_Return)  # Enter edits
    dialog = view.dialog
    assert isinstance(dialog, PartyOrgDialog) and dialog.ui.starsCombo.currentText() == "未评定"
    dialog.ui.starsCombo.setCurrentIndex(4)
    assert dialog.ui.ratedOnEdit.text(), "rated today unless another date is typed"
    picker = dialog.ui.secretaryPicker
    picker.set_mode(TYPED)
    type_text(picker.nameEdit, "李书记")
    type_text(picker.phoneEdit, "13500001111")
    dialog.submit()
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not view.loading and view.dialog is None)
    assert _units(view)[1] == ["  第一网格党支部", "★★★★☆", "李书记", "0"]
    (committee,) = party.party_tree(sqlite_db, street.community)
    assert (
        committee.children[0].star_rating == 4 and committee.children[0].secretary_phone == "13500001111"
    )


def test_members_are_added_with_a_position_and_counted(
    qtbot: QtBot,
    panel: OrgPanel,
    sqlite_db: Database,
    street: Street,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = panel.party_view
    select(qtbot, panel, worker, street.community)
    qtbot.waitUntil(lambda: not view.loading)
    _set_up(qtbot, panel, worker)
    qtbot.mouseClick(view.members_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, PartyMembersDialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    picker = dialog.ui.memberPicker
    type_text(picker.searchEdit, "欧阳")
    qtbot.waitUntil(lambda: picker.hitList.count() > 0)
    qtbot.keyClick(picker.searchEdit, Qt.Key.Key_Return)
    dialog.ui.addPositionCombo.setCurrentIndex(0)  # 书记
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.membersTree.topLevelItemCount() == 1)
    row = dialog.ui.membersTree.topLevelItem(0)
    assert [row.text(i) for i in range(3)] == ["欧阳娜娜", "书记", "13700001111"]
    assert dialog.ui.countLabel.text() == "共 1 人"
    qtbot.waitUntil(lambda: not view.loading)
    assert _units(view)[0][3] == "1", "the view counts the members"
    dialog.reject()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    idle(qtbot, worker)
    qtbot.waitUntil(lambda: not view.loading)
    assert asked == ["删除“幸福社区党委”及其成员名单吗？"] and _units(view) == []
