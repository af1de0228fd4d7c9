"""One request's dialog: its moves and history, refusals that need a reason, collection with an ID
check, conflicts with another window, reprints, the rating, and opening a receipt by scanned text."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from gui_helpers import Street, type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction, RequestStatus
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, get_service
from gridgov_desktop.services.request_flow import advance
from gridgov_desktop.services.service_requests import (
    accept_request,
    get_request,
    print_receipt,
    resident_id_by_number,
)
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.dialogs.request_dialog import RequestDialog, open_request_by_text
from gridgov_desktop.ui.dialogs.request_step_dialog import RequestStepDialog
from gridgov_desktop.ui.workers import Worker

CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
OTHER_CLERK = replace(CLERK, username="clerk2", display_name="王窗口")
SERVICE = "senior-card"  # 老年人优待证办理: 5 working days


@pytest.fixture
def receipt(sqlite_db: Database, street: Street) -> str:
    with sqlite_db.session(write=True) as session:
        ensure_seed_catalogue(session)
    resident = resident_id_by_number(sqlite_db, SYSTEM, street.ids["张三明"])
    assert resident is not None
    brought = [m.id for m in get_service(sqlite_db, SERVICE).mandatory_materials]
    detail = accept_request(sqlite_db, CLERK, resident, SERVICE, brought, window_no=3)
    return detail.summary.receipt_no


def _open(
    qtbot: QtBot, db: Database, settings: Settings, worker: Worker, receipt: str, **kwargs: object
) -> RequestDialog:
    dialog = RequestDialog(db, CLERK, settings, worker, receipt_no=receipt, lang="zh_CN", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


@pytest.fixture
def dialog(
    qtbot: QtBot, chinese: None, sqlite_db: Database, settings: Settings, worker: Worker, receipt: str
) -> RequestDialog:
    return _open(qtbot, sqlite_db, settings, worker, receipt)


def _visible_actions(dialog: RequestDialog) -> list[RequestAction]:
    return [action for action, button in dialog.action_buttons.items() if button.isVisibleTo(dialog)]


def _history(dialog: RequestDialog) -> list[tuple[str, str]]:
    table = dialog.ui.historyTable

    def cell(row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    return [(cell(row, 1), cell(row, 2)) for row in range(table.rowCount())]


def _step(qtbot: QtBot, dialog: RequestDialog, action: RequestAction) -> RequestStepDialog:
    dialog.action_buttons[action].click()
    step = dialog.step_dialog
    assert step is not None and step.action is action
    qtbot.waitExposed(step)
    return step


def test_the_header_shows_the_request(dialog: RequestDialog, receipt: str) -> None:
    ui = dialog.ui
    assert ui.headingLabel.text() == f"受理回执 {receipt}"
    assert ui.statusLabel.text() == "已受理"
    assert not ui.overdueLabel.isVisibleTo(dialog)
    assert ui.serviceValue.text().startswith("老年人优待证办理 · 区民政局")
    assert ui.residentValue.text().startswith("张三明") and "********" in ui.residentValue.text()
    assert ui.windowValue.text() == "第3号窗口 · 李办事"
    assert ui.printValue.text() == "尚未打印"
    assert "居民身份证" in ui.materialsValue.text()
    assert _history(dialog) == [("已受理", "→ 已受理")]
    assert _visible_actions(dialog) == [
        RequestAction.START, RequestAction.PAUSE, RequestAction.COMPLETE, RequestAction.REFUSE,
    ]  # fmt: skip
    assert "Alt+S" in dialog.action_buttons[RequestAction.START].toolTip()
    assert not ui.ratingGroup.isVisibleTo(dialog)


def test_overdue_is_red_and_said_in_words(
    qtbot: QtBot, chinese: None, sqlite_db: Database, settings: Settings, worker: Worker, receipt: str
) -> None:
    due = get_request(sqlite_db, CLERK, receipt).summary.due_on
    late = _open(qtbot, sqlite_db, settings, worker, receipt, today=due + dt.timedelta(days=1))
    label = late.ui.overdueLabel
    assert label.isVisibleTo(late) and "逾期" in label.text()
    assert label.property("fieldError") is True


def test_moves_follow_the_request_and_the_history_grows(
    qtbot: QtBot, dialog: RequestDialog, sqlite_db: Database, street: Street
) -> None:
    with qtbot.waitSignal(dialog.request_changed):
        dialog.action_buttons[RequestAction.START].click()
    assert dialog.ui.statusLabel.text() == "办理中"
    assert dialog.ui.messageLabel.text() == "已开始办理，现为“办理中”。"

    step = _step(qtbot, dialog, RequestAction.PAUSE)
    type_text(step.ui.noteEdit, "等待申请人补交照片")
    step.submit()
    assert dialog.ui.statusLabel.text() == "已暂停"
    assert _visible_actions(dialog) == [RequestAction.RESUME, RequestAction.REFUSE]
    assert "停止计时" in dialog.ui.dueValue.text()

    dialog.action_buttons[RequestAction.RESUME].click()
    dialog.action_buttons[RequestAction.COMPLETE].click()
    assert dialog.ui.statusLabel.text() == "已办结"
    assert dialog.ui.ratingGroup.isVisibleTo(dialog)

    step = _step(qtbot, dialog, RequestAction.COLLECT)
    assert step.ui.collectorNameEdit.text() == "张三明"
    qtbot.keyClicks(step.ui.collectorIdEdit, street.ids["张三明"][:-1] + "0")
    assert step.ui.collectorIdMessage.text().startswith("✕"), "a wrong check character, as typed"
    step.ui.collectorIdEdit.setText(street.ids["张三明"])
    assert step.ui.collectorIdMessage.text() == ""
    step.submit()
    assert dialog.ui.statusLabel.text() == "已取件"
    assert "张三明" in dialog.ui.outcomeValue.text()
    assert _visible_actions(dialog) == []
    assert [row[0] for row in _history(dialog)] == [
        "已受理", "开始办理", "暂停", "恢复办理", "办结", "取件",
    ]  # fmt: skip
    assert _history(dialog)[1] == ("开始办理", "已受理 → 办理中")
    assert get_request(sqlite_db, CLERK, dialog.receipt_no).summary.status is RequestStatus.COLLECTED


def test_refusing_needs_a_reason_and_one_confirmation(
    qtbot: QtBot, dialog: RequestDialog, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    step = _step(qtbot, dialog, RequestAction.REFUSE)
    step.submit()
    assert step.ui.noteMessage.text() == "✕ 必填。"
    assert asked == [] and step.isVisible()
    assert dialog.ui.statusLabel.text() == "已受理"

    type_text(step.ui.noteEdit, "不符合申领条件：未满60周岁")
    with qtbot.waitSignal(dialog.request_changed):
        step.submit()
    assert len(asked) == 1 and "未满60周岁" in asked[0] and "不可撤销" in asked[0]
    assert dialog.ui.statusLabel.text() == "不予受理/退回"
    assert "未满60周岁" in dialog.ui.outcomeValue.text()
    assert (
        get_request(sqlite_db, CLERK, dialog.receipt_no).refused_reason == "不符合申领条件：未满60周岁"
    )


def test_a_refusal_not_confirmed_changes_nothing(
    qtbot: QtBot, dialog: RequestDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    step = _step(qtbot, dialog, RequestAction.REFUSE)
    type_text(step.ui.noteEdit, "材料不全")
    step.submit()
    assert step.isVisible() and step.ui.noteEdit.text() == "材料不全"
    assert dialog.ui.statusLabel.text() == "已受理"


def test_a_move_made_meanwhile_elsewhere_is_a_conflict_and_reload_shows_it(
    dialog: RequestDialog, sqlite_db: Database, receipt: str
) -> None:
    seen = get_request(sqlite_db, CLERK, receipt).summary.version
    advance(sqlite_db, OTHER_CLERK, receipt, RequestAction.START, expected_version=seen)

    dialog.action_buttons[RequestAction.COMPLETE].click()
    ui = dialog.ui
    assert ui.conflictFrame.isVisibleTo(dialog)
    text = ui.conflictLabel.text()
    assert f"回执 {receipt} 已由 王窗口 于" in text and "现为“办理中”" in text
    assert "请重新加载后再操作" in text
    assert not dialog.action_buttons[RequestAction.COMPLETE].isEnabled()
    assert get_request(sqlite_db, CLERK, receipt).summary.status is RequestStatus.IN_PROGRESS

    ui.reloadButton.click()
    assert not ui.conflictFrame.isVisibleTo(dialog)
    assert ui.statusLabel.text() == "办理中"
    assert _history(dialog)[-1] == ("开始办理", "已受理 → 办理中")
    assert dialog.action_buttons[RequestAction.COMPLETE].isEnabled()


def test_reprints_are_marked(
    qtbot: QtBot, dialog: RequestDialog, receipt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(
        PrintPreviewDialog, "exec", lambda preview: shown.append((preview.windowTitle(), preview.pdf))
    )
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 2
    first, second = (
        "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages) for _t, pdf in shown
    )
    assert receipt in first and "补打" not in first
    assert "补打" in second and "补打1" in shown[1][0]
    assert dialog.ui.printValue.text() == "已打印 2 次（补打 1 次）"


def test_a_bad_rating_shows_its_rectification(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    settings: Settings,
    worker: Worker,
    receipt: str,
) -> None:
    version = get_request(sqlite_db, CLERK, receipt).summary.version
    advance(sqlite_db, CLERK, receipt, RequestAction.COMPLETE, expected_version=version)
    dialog = _open(qtbot, sqlite_db, settings, worker, receipt)
    ui = dialog.ui
    assert ui.ratingGroup.isVisibleTo(dialog)
    dialog.save_rating()
    assert ui.messageLabel.text().startswith("✕ 请选择评价等级")

    radio = dialog.rating_buttons[RatingLevel.VERY_SATISFIED]
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_4)
    assert dialog.chosen_level() is RatingLevel.DISSATISFIED
    type_text(ui.commentEdit, "等候时间太长")
    with qtbot.waitSignal(dialog.request_changed):
        qtbot.keyClick(ui.commentEdit, Qt.Key.Key_Return)
    detail = get_request(sqlite_db, CLERK, receipt)
    assert detail.rating is not None and detail.rating.level is RatingLevel.DISSATISFIED
    assert detail.rectification is not None
    assert "不满意" in ui.ratingValue.text() and "等候时间太长" in ui.ratingValue.text()
    rectification = ui.rectificationValue.text()
    assert "差评整改" in rectification and "待整改" in rectification
    due = detail.rectification.due_on
    assert f"{due.year}年{due.month}月{due.day}日" in rectification
    assert not ui.saveRatingButton.isVisibleTo(dialog), "rated once"
    assert [row[0] for row in _history(dialog)][-1] == "评价"


def test_a_scanned_code_opens_the_request_and_a_forged_one_is_refused(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    settings: Settings,
    worker: Worker,
    receipt: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: warnings.append(text))
    payload = print_receipt(sqlite_db, CLERK, receipt).qr_payload

    changed: list[str] = []
    assert open_request_by_text(
        parent, sqlite_db, CLERK, settings, worker, payload, on_changed=changed.append, lang="zh_CN"
    )
    opened = parent.findChildren(RequestDialog)
    assert len(opened) == 1 and opened[0].receipt_no == receipt and opened[0].isVisible()
    opened[0].action_buttons[RequestAction.START].click()
    assert changed == [receipt]
    assert warnings == []

    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    assert not open_request_by_text(parent, sqlite_db, CLERK, settings, worker, forged, lang="zh_CN")
    assert warnings[-1].startswith("回执二维码校验不符")
    assert not open_request_by_text(parent, sqlite_db, CLERK, settings, worker, "张三", lang="zh_CN")
    assert "不是回执编号" in warnings[-1]
    assert len(parent.findChildren(RequestDialog)) == 1
