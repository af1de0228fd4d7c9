"""The case's details changed after it was opened (Ctrl+E in the case dialog): type and at-risk flag,
the lead mediator, someone else's change met with its message and Reload, and no such action for the
front desk."""

from __future__ import annotations

from typing import Any

import pytest
from case_helpers import TODAY, make_user, open_sample_case, seed_types
from gui_helpers import Street
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.case_dialog import CaseDialog
from gridgov_desktop.ui.dialogs.case_info_dialog import CaseInfoDialog
from gridgov_desktop.ui.workers import Worker


@pytest.fixture(autouse=True)
def _closing_never_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def mediator(sqlite_db: Database, street: Street) -> Actor:
    seed_types(sqlite_db)
    return make_user(sqlite_db, "zhou", UserRole.MEDIATOR, "周调解")


def _dialog(qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker,
            case_id: int) -> CaseDialog:  # fmt: skip
    dialog = CaseDialog(db, actor, settings, worker, case_id=case_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def _edit_with(monkeypatch: pytest.MonkeyPatch, fill: Any) -> list[CaseInfoDialog]:
    """The info dialog's exec() runs ``fill`` on it instead of waiting for a person."""
    opened: list[CaseInfoDialog] = []

    def run(dialog: CaseInfoDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        return int(dialog.result())

    monkeypatch.setattr(CaseInfoDialog, "exec", run)
    return opened


def test_type_and_at_risk_are_changed_with_ctrl_e(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker, case.summary.id)
    assert dialog.ui.editInfoButton.isVisible() and dialog.ui.editInfoButton.isEnabled()

    def fill(info: CaseInfoDialog) -> None:
        ui = info.ui
        assert ui.typeCombo.currentText() == "邻里" and not ui.atRiskCheck.isChecked()
        assert ui.summaryEdit.toPlainText() == case.summary_text
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findText("婚姻家庭"))
        ui.atRiskCheck.setChecked(True)
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    opened = _edit_with(monkeypatch, fill)
    changed: list[int] = []
    dialog.case_changed.connect(changed.append)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0].saved
    assert dialog.detail is not None
    assert dialog.detail.summary.dispute_type == "婚姻家庭" and dialog.detail.summary.at_risk
    assert dialog.detail.summary.place == case.summary.place  # the place was left as it was
    assert dialog.ui.riskLabel.isVisible()
    assert changed == [case.summary.id]


def test_the_lead_mediator_is_changed(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor,
) -> None:  # fmt: skip
    other = make_user(sqlite_db, "wu", UserRole.MEDIATOR, "吴调解")
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    info = CaseInfoDialog(sqlite_db, mediator, case)
    qtbot.addWidget(info)
    ui = info.ui
    assert ui.leadCombo.currentText() == "周调解"
    ui.leadCombo.setCurrentIndex(ui.leadCombo.findText("吴调解"))
    for row in range(ui.assistantsList.count()):
        item = ui.assistantsList.item(row)
        if item.text() == "周调解":
            item.setCheckState(Qt.CheckState.Checked)
    info.save()
    assert info.saved and info.result() == CaseInfoDialog.DialogCode.Accepted
    mediators = {(m.user_id, m.is_lead) for m in info.detail.mediators}
    assert mediators == {(other.user_id, True), (mediator.user_id, False)}
    assert info.detail.summary_text == case.summary_text  # the header was not written


def test_a_conflict_shows_who_and_offers_reload(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, admin: Actor,
) -> None:  # fmt: skip
    from gridgov_desktop.services.mediation_cases import update_case

    case = open_sample_case(sqlite_db, mediator, street, mediator)
    info = CaseInfoDialog(sqlite_db, mediator, case)
    qtbot.addWidget(info)
    info.show()
    update_case(sqlite_db, admin, case.summary.id, expected_version=case.summary.version,
                at_risk=True)  # fmt: skip
    info.ui.atRiskCheck.setChecked(True)
    info.ui.typeCombo.setCurrentIndex(info.ui.typeCombo.findText("婚姻家庭"))
    info.save()
    assert not info.saved and info.ui.conflictFrame.isVisible()
    assert "王主任" in info.ui.conflictLabel.text()
    qtbot.mouseClick(info.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert not info.ui.conflictFrame.isVisible()
    assert info.ui.atRiskCheck.isChecked() and info.ui.typeCombo.currentText() == "邻里"
    info.ui.typeCombo.setCurrentIndex(info.ui.typeCombo.findText("婚姻家庭"))
    info.save()
    assert info.saved and info.detail.summary.dispute_type == "婚姻家庭"


def test_a_bad_place_is_refused_inline(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    info = CaseInfoDialog(sqlite_db, mediator, case)
    qtbot.addWidget(info)
    info.ui.placeEdit.setText("没有这个小区")
    info.save()
    assert not info.saved and info.ui.placeMessage.text()


def test_the_front_desk_never_sees_the_action(
    qtbot: QtBot, sqlite_db: Database, street: Street, mediator: Actor, settings: Settings,
    worker: Worker, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    case = open_sample_case(sqlite_db, mediator, street, mediator)
    desk = make_user(sqlite_db, "qiantai", UserRole.FRONT_DESK, "李前台")
    opened = _edit_with(monkeypatch, lambda _info: None)
    dialog = _dialog(qtbot, sqlite_db, desk, settings, worker, case.summary.id)
    assert not dialog.ui.editInfoButton.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not opened
