"""The case dialog: a case opened from the keyboard with a registry party and a typed-in one, the
journal (a correction keeps the original), promises, the moves from start to closed (with the file
checklist's refusal, then a reason), confidentiality for the front desk, and a conflict with Reload."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from case_helpers import TODAY, make_user, open_sample_case, seed_types
from gui_helpers import Street, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.domain.mediation import AgreementKind, CaseAction, CaseStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs import case_moves
from gridgov_desktop.ui.dialogs.case_dialog import JOURNAL_TAB, CaseDialog
from gridgov_desktop.ui.dialogs.case_open import open_case
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.widgets.person_picker import TYPED
from gridgov_desktop.ui.workers import Worker


@pytest.fixture(autouse=True)
def _closing_never_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with typed text asks first: the tests' teardown answers Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def mediator(sqlite_db: Database, street: Street) -> Actor:
    seed_types(sqlite_db)
    return make_user(sqlite_db, "zhou", UserRole.MEDIATOR, "周调解")


def _dialog(qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker,
            case_id: int | None = None) -> CaseDialog:  # fmt: skip
    dialog = CaseDialog(db, actor, settings, worker, case_id=case_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_a_case_is_opened_from_the_keyboard(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker,
) -> None:  # fmt: skip
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker)
    ui = dialog.ui
    assert ui.dateEdit.text() == TODAY.isoformat()
    assert ui.leadCombo.currentText() == "周调解"
    type_text(ui.summaryEdit, "楼上漏水")
    parties = dialog.new_parties
    type_text(parties.picker.searchEdit, "张三明")
    qtbot.waitUntil(lambda: parties.picker.hitList.count() > 0)
    qtbot.keyClick(parties.picker.searchEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(parties.addButton, Qt.MouseButton.LeftButton)
    assert [row.draft.name for row in parties.rows] == ["张三明"]
    assert parties.rows[0].draft.resident_id is not None
    parties.picker.set_mode(TYPED)
    type_text(parties.picker.nameEdit, "王五")
    good = make_id_number("210102", dt.date(1975, 4, 3), 15)
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    qtbot.keyClicks(parties.idEdit, wrong)  # a wrong check character
    assert message_level(parties.idMessage) is Level.ERROR
    parties.idEdit.clear()
    qtbot.keyClicks(parties.idEdit, good)
    assert message_level(parties.idMessage) is Level.NONE
    assert parties.sexCombo.currentData() == "M"
    qtbot.keyClicks(parties.picker.phoneEdit, "13900001111")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # adds him, then opens
    assert dialog.detail is not None, ui.messageLabel.text()
    assert ui.headingLabel.text() == "〔2026〕东风调字第1号"
    assert [p.name for p in dialog.detail.parties] == ["张三明", "王五"]
    assert dialog.detail.parties[1].id_number_masked.endswith(good[-4:])
    assert ui.tabs.currentIndex() == JOURNAL_TAB


def test_a_correction_is_a_new_entry_and_the_original_stays(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    journal = dialog.journal
    type_text(journal.textEdit, "上门走访，申请人称漏水三个月")
    qtbot.keyClick(journal.textEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(journal.entries) == 1, journal.messageLabel.text()
    original = journal.entries[0]
    journal.select_entry(original.id)
    qtbot.mouseClick(journal.correctButton, Qt.MouseButton.LeftButton)
    assert journal.textEdit.toPlainText() == "上门走访，申请人称漏水三个月"
    journal.textEdit.clear()
    type_text(journal.textEdit, "上门走访，申请人称漏水两个月")
    qtbot.keyClick(journal.textEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(journal.entries) == 2
    first = next(entry for entry in journal.entries if entry.id == original.id)
    second = next(entry for entry in journal.entries if entry.id != original.id)
    assert first.text == "上门走访，申请人称漏水三个月"  # kept as written
    assert first.corrected_by == (second.id,) and second.corrects_id == first.id
    row = [entry.id for entry in journal.entries].index(first.id)
    assert f"#{second.id}" in journal.table.item(row, 4).text()
    journal.select_entry(first.id)
    assert "上门走访，申请人称漏水三个月" in journal.detail.toPlainText()


def test_a_promise_is_added_and_done(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    view = dialog.commitments
    type_text(view.toEdit, "张三明")
    type_text(view.whatEdit, "答复物业公司的意见")
    qtbot.keyClicks(view.dueEdit, "2026-11-28")
    qtbot.keyClick(view.dueEdit, Qt.Key.Key_Return)
    assert len(view.commitments) == 1, dialog.ui.messageLabel.text()
    assert "7" in view.table.item(0, 2).text()  # 7 days left, in words
    view.table.selectRow(0)
    qtbot.mouseClick(view.doneButton, Qt.MouseButton.LeftButton)
    assert view.commitments[0].done_on == TODAY


def test_a_case_moves_from_start_to_closed(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    buttons = dialog.action_buttons
    assert buttons[CaseAction.START].isVisible() and not buttons[CaseAction.AGREE].isVisible()
    assert buttons[CaseAction.START].text().startswith("&1")  # Alt+1
    qtbot.keyClick(buttons[CaseAction.START], Qt.Key.Key_Space)
    assert dialog.detail is not None and dialog.detail.summary.status is CaseStatus.IN_MEDIATION
    oral = (AgreementKind.ORAL, "王五三日内维修防水层并赔偿500元")
    monkeypatch.setattr(case_moves, "ask_agreement", lambda *_a: oral)
    dialog.act(CaseAction.AGREE)
    assert dialog.detail.summary.status is CaseStatus.AGREED, dialog.ui.messageLabel.text()
    assert dialog.detail.agreement is not None and "500元" in dialog.detail.agreement.terms
    answer = case_moves.FollowUpAnswer(True, "已按约定维修")
    monkeypatch.setattr(case_moves, "ask_follow_up", lambda *_a: answer)
    dialog.act(CaseAction.FOLLOW_UP)
    assert dialog.detail.summary.status is CaseStatus.FOLLOWED_UP, dialog.ui.messageLabel.text()
    missing = dialog.checklist.missing()
    assert missing  # the application, rights notice, identity … were never ticked
    asked: list[list[str]] = []

    def no_reason(_parent: Any, _number: str, items: list[str]) -> str:
        asked.append(items)
        return ""

    monkeypatch.setattr(case_moves, "ask_close", no_reason)
    dialog.act(CaseAction.CLOSE)
    assert asked and len(asked[0]) == len(missing)
    assert dialog.detail.summary.status is CaseStatus.FOLLOWED_UP  # refused: items missing
    assert message_level(dialog.ui.messageLabel) is Level.ERROR
    monkeypatch.setattr(case_moves, "ask_close", lambda *_a: "申请书原件由当事人保管")
    dialog.act(CaseAction.CLOSE)
    assert dialog.detail.summary.status is CaseStatus.CLOSED, dialog.ui.messageLabel.text()
    assert not any(button.isVisible() for button in buttons.values())
    assert not dialog.journal.form.isVisible()


def test_the_front_desk_sees_the_summary_only(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    desk = make_user(sqlite_db, "qiantai", UserRole.FRONT_DESK, "李前台")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert open_case(None, sqlite_db, desk, settings, worker, case.summary.id) is None
    assert case.summary.number in shown[0]
    assert "漏水" not in shown[0] and "王五" not in shown[0]
    other = make_user(sqlite_db, "wu", UserRole.MEDIATOR, "吴调解")  # a mediator not on the case
    assert open_case(None, sqlite_db, other, settings, worker, case.summary.id) is None
    assert len(shown) == 2 and "漏水" not in shown[1]


def test_a_conflict_is_shown_with_reload(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, admin: Actor,
) -> None:  # fmt: skip
    from gridgov_desktop.services.mediation_flow import move_case

    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    move_case(sqlite_db, admin, case.summary.id, CaseAction.START,
              expected_version=case.summary.version, on=TODAY)  # fmt: skip
    dialog.act(CaseAction.START)
    ui = dialog.ui
    assert ui.conflictFrame.isVisible()
    assert "王主任" in ui.conflictLabel.text()
    assert not dialog.action_buttons[CaseAction.START].isEnabled()
    qtbot.mouseClick(ui.reloadButton, Qt.MouseButton.LeftButton)
    assert not ui.conflictFrame.isVisible()
    assert dialog.detail is not None and dialog.detail.summary.status is CaseStatus.IN_MEDIATION


def test_escape_asks_before_dropping_typed_text(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    type_text(dialog.journal.textEdit, "电话联系被申请人")
    asked: list[str] = []

    def keep(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", keep)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
