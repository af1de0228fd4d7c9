"""Household changes as a clerk makes them: inputs, the before/after review, applying, conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import Street, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation, ResidentStatus
from gridgov_desktop.services import households, registry
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.households import ChangeKind
from gridgov_desktop.ui.dialogs.household_change import HouseholdChangeDialog
from gridgov_desktop.ui.dialogs.household_dialog import HouseholdDialog
from gridgov_desktop.ui.workers import Worker

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def dialog(
    qtbot: QtBot, chinese: None, sqlite_db: Database, street: Street, admin: Actor, worker: Worker
) -> HouseholdDialog:
    dialog = HouseholdDialog(sqlite_db, admin, worker, street.household, lang="zh_CN", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    return dialog


def _ids(db: Database, street: Street) -> dict[str, int]:
    found = {}
    for name, number in street.ids.items():
        same = registry.find_duplicates(db, SYSTEM, name="", birth_date=None, id_number=number).same_id
        assert same is not None
        found[name] = same.id
    return found


def _start(qtbot: QtBot, dialog: HouseholdDialog, kind: ChangeKind) -> HouseholdChangeDialog:
    change = dialog.start(kind)
    assert change is not None
    qtbot.waitExposed(change)
    return change


def _review(qtbot: QtBot, dialog: HouseholdDialog, change: HouseholdChangeDialog) -> None:
    dialog.review_dialog = None
    change.review()
    qtbot.waitUntil(lambda: dialog.review_dialog is not None, timeout=5000)


def _confirm(qtbot: QtBot, dialog: HouseholdDialog) -> None:
    review = dialog.review_dialog
    assert review is not None
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        review.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.ready)


def _members(dialog: HouseholdDialog) -> list[tuple[str, str]]:
    table = dialog.ui.membersTable
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def test_the_members_are_listed_with_their_relation_to_the_head(dialog: HouseholdDialog) -> None:
    assert dialog.ui.headingLabel.text() == "户 3-2-501"
    assert _members(dialog) == [("张三明", "户主"), ("曾小红", "配偶"), ("张小明", "子女")]
    assert dialog.ui.countLabel.text() == "共 3 人"
    assert dialog.ui.membersTable.item(0, 4).text().count("*") == 8, "ID numbers masked"


def test_the_head_moves_out_a_new_head_is_chosen_and_the_review_shows_both_sides(
    qtbot: QtBot, dialog: HouseholdDialog, sqlite_db: Database, street: Street
) -> None:
    ids = _ids(sqlite_db, street)
    change = _start(qtbot, dialog, ChangeKind.MOVE_OUT)
    change.members.set_checked(ids["张三明"])
    assert not change.members.combo(ids["张三明"]).isEnabled(), "who leaves needs no relation"
    change.ui.reasonEdit.setText("")
    type_text(change.ui.reasonEdit, "到沈阳工作")
    change.review()
    qtbot.waitUntil(lambda: change.ui.messageLabel.isVisible(), timeout=5000)
    assert "户主" in change.ui.messageLabel.text(), "the household would have no head"
    assert dialog.review_dialog is None

    change.members.set_relation(ids["曾小红"], Relation.HEAD)
    _review(qtbot, dialog, change)
    review = dialog.review_dialog
    assert review is not None
    assert review.ui.summaryLabel.text() == "迁出，日期 2026-11-21。"
    assert review.texts("before") == [["张三明 户主 迁出", "曾小红 配偶", "张小明 子女"]]
    assert review.texts("after") == [["曾小红 户主 原为配偶", "张小明 子女"]]
    assert "张三明：2026-11-21 迁出（到沈阳工作）" in review.ui.departuresLabel.text()
    _confirm(qtbot, dialog)
    assert _members(dialog) == [("曾小红", "户主"), ("张小明", "子女")]
    assert "已办理：迁出" in dialog.ui.messageLabel.text()
    assert registry.get_resident(sqlite_db, SYSTEM, ids["张三明"]).status is ResidentStatus.MOVED_OUT


def test_a_split_makes_a_new_household_in_the_same_unit(
    qtbot: QtBot, dialog: HouseholdDialog, sqlite_db: Database, street: Street
) -> None:
    ids = _ids(sqlite_db, street)
    change = _start(qtbot, dialog, ChangeKind.SPLIT)
    change.members.set_checked(ids["张小明"])
    change.members.set_relation(ids["张小明"], Relation.HEAD)
    type_text(change.ui.roomEdit, "502")
    _review(qtbot, dialog, change)
    review = dialog.review_dialog
    assert review is not None
    assert review.texts("before") == [["张三明 户主", "曾小红 配偶", "张小明 子女 迁往 3-2-502"]]
    assert review.texts("after") == [["张三明 户主", "曾小红 配偶"], ["张小明 户主 新迁入"]]
    assert any("3-2-502（新立户）" in label.text() for label in review.findChildren(QLabel))
    _confirm(qtbot, dialog)
    assert [name for name, _ in _members(dialog)] == ["张三明", "曾小红"]
    detail = registry.get_resident(sqlite_db, SYSTEM, ids["张小明"])
    assert detail.household_label == "3-2-502" and detail.relation is Relation.HEAD


def test_someone_moves_in_found_by_search(
    qtbot: QtBot, dialog: HouseholdDialog, sqlite_db: Database, street: Street
) -> None:
    change = _start(qtbot, dialog, ChangeKind.MOVE_IN)
    box = change.ui.personSearch
    type_text(box, "欧阳")
    qtbot.waitUntil(lambda: not box.is_searching() and bool(box.hits), timeout=5000)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "欧阳娜娜" in change.ui.chosenPersonLabel.text()
    change.ui.relationCombo.setCurrentIndex(change.ui.relationCombo.findData(int(Relation.OTHER)))
    _review(qtbot, dialog, change)
    review = dialog.review_dialog
    assert review is not None
    assert review.texts("before")[0] == ["欧阳娜娜 户主 迁往 3-2-501"]
    assert review.texts("after")[1][-1] == "欧阳娜娜 其他 新迁入"
    _confirm(qtbot, dialog)
    assert ("欧阳娜娜", "其他") in _members(dialog)


def test_a_conflict_says_so_and_offers_a_fresh_review(
    qtbot: QtBot,
    dialog: HouseholdDialog,
    sqlite_db: Database,
    street: Street,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = _ids(sqlite_db, street)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    change = _start(qtbot, dialog, ChangeKind.DEATH)
    change.members.set_checked(ids["张小明"])
    assert change.ui.dateLabel.text() == "死亡日期(&D)："
    _review(qtbot, dialog, change)
    first = dialog.review_dialog
    # Another window changes the head meanwhile.
    plan = households.plan_change_head(
        sqlite_db,
        SYSTEM,
        street.household,
        {ids["曾小红"]: Relation.HEAD, ids["张三明"]: Relation.SPOUSE},
        TODAY,
    )
    households.apply_plan(sqlite_db, SYSTEM, plan)
    assert first is not None
    first.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: dialog.review_dialog is not first and dialog.review_dialog is not None, timeout=5000
    )
    assert told and "其他窗口" in told[0]
    fresh = dialog.review_dialog
    assert fresh is not None
    assert fresh.texts("before") == [["曾小红 户主", "张三明 配偶", "张小明 子女 死亡"]]
    _confirm(qtbot, dialog)
    assert registry.get_resident(sqlite_db, SYSTEM, ids["张小明"]).status is ResidentStatus.DECEASED
