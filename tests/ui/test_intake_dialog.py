"""The intake at the window as a clerk drives it with the keyboard: the filter finds the service,
the checklist is ticked, Ctrl+Enter accepts and previews the receipt, Ctrl+G gives a notice."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pytest
from gui_helpers import Street, focused
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import DatabaseUnavailable
from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.services import service_requests
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue
from gridgov_desktop.services.service_requests import get_request, resident_id_by_number
from gridgov_desktop.settings import WINDOW_NUMBER, Settings
from gridgov_desktop.ui.dialogs.intake_dialog import IntakeDialog
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.widgets.service_chooser import match_rank, search_keys
from gridgov_desktop.ui.workers import Worker

CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
MEDIATOR = Actor(user_id=None, username="med", display_name="调解员", role=UserRole.MEDIATOR)
# 居住证明开具: three required materials, then one optional.
RESIDENCE = "residence-cert"


@dataclass
class Previews:
    shown: list[tuple[str, bytes]]

    def text(self, index: int = -1) -> str:
        reader = PdfReader(io.BytesIO(self.shown[index][1]))
        return "".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    """The preview's exec records what it would show instead of waiting for the clerk."""
    captured = Previews([])

    def exec_(preview: PrintPreviewDialog) -> int:
        captured.shown.append((preview.windowTitle(), preview.pdf))
        return 0

    monkeypatch.setattr(PrintPreviewDialog, "exec", exec_)
    return captured


@pytest.fixture
def resident(sqlite_db: Database, street: Street) -> int:
    with sqlite_db.session(write=True) as session:
        ensure_seed_catalogue(session)
    found = resident_id_by_number(sqlite_db, SYSTEM, street.ids["张三明"])
    assert found is not None
    return found


def _open(
    qtbot: QtBot, db: Database, settings: Settings, worker: Worker, resident: int, actor: Actor = CLERK
) -> IntakeDialog:
    settings.set(WINDOW_NUMBER, 3)
    dialog = IntakeDialog(db, actor, settings, worker, resident_id=resident, lang="zh_CN")
    # Closed without the "discard the ticks?" question a test would have to answer.
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


@pytest.fixture
def dialog(
    qtbot: QtBot, chinese: None, sqlite_db: Database, settings: Settings, worker: Worker, resident: int
) -> IntakeDialog:
    return _open(qtbot, sqlite_db, settings, worker, resident)


def _choose(qtbot: QtBot, dialog: IntakeDialog, typed: str) -> None:
    qtbot.keyClicks(dialog.ui.filterEdit, typed)
    qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)


def _ticks(dialog: IntakeDialog) -> list[bool]:
    materials = dialog.ui.materialsList
    return [
        materials.item(row).checkState() == Qt.CheckState.Checked for row in range(materials.count())
    ]


def test_pinyin_initials_name_and_code_find_a_service(dialog: IntakeDialog) -> None:
    residence = dialog.chooser.services[RESIDENCE]
    assert match_rank("jzzm", search_keys(residence)) == 0
    assert match_rank("zm", search_keys(residence)) == 1
    assert match_rank("证明", search_keys(residence)) == 1
    assert match_rank("residence", search_keys(residence)) == 0
    assert match_rank("dbsq", search_keys(residence)) is None


def test_the_window_and_resident_are_shown_and_the_filter_has_focus(dialog: IntakeDialog) -> None:
    assert dialog.ui.windowLabel.text() == "第3号窗口"
    assert "张三明" in dialog.ui.residentLabel.text()
    assert "********" in dialog.ui.residentLabel.text()
    assert focused(dialog.ui.filterEdit)
    assert not dialog.ui.acceptButton.isEnabled() and not dialog.ui.noticeButton.isEnabled()


def test_typing_initials_then_enter_chooses_the_service(qtbot: QtBot, dialog: IntakeDialog) -> None:
    _choose(qtbot, dialog, "jzzm")
    assert dialog.form is not None and dialog.form.service.code == RESIDENCE
    assert dialog.ui.serviceTitleLabel.text() == "居住证明开具"
    assert dialog.ui.promisedLabel.text().startswith("承诺办结日期：")
    assert dialog.ui.promisedLabel.text().endswith("（1个工作日）")
    assert focused(dialog.ui.materialsList)
    items = [dialog.ui.materialsList.item(r).text() for r in range(dialog.ui.materialsList.count())]
    assert items[0].startswith("【必需】") and "申请人居民身份证" in items[0]
    assert items[-1].startswith("【可选】")
    assert "设定依据" in dialog.ui.conditionsText.toPlainText()


def _current_service(dialog: IntakeDialog) -> str:
    item = dialog.ui.serviceTree.currentItem()
    return item.text(0) if item is not None else ""


def test_arrows_in_the_filter_move_through_the_list(qtbot: QtBot, dialog: IntakeDialog) -> None:
    first = _current_service(dialog)
    qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Down)
    assert _current_service(dialog) not in ("", first)
    qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)
    assert dialog.form is not None
    assert dialog.form.service.name == _current_service(dialog)


def test_accepting_waits_for_every_required_material(qtbot: QtBot, dialog: IntakeDialog) -> None:
    _choose(qtbot, dialog, "jzzm")
    materials = dialog.ui.materialsList
    assert _ticks(dialog) == [False, False, False, False]
    assert not dialog.ui.acceptButton.isEnabled() and dialog.ui.noticeButton.isEnabled()
    assert "尚缺 3 项必需材料" in dialog.ui.missingLabel.text()

    qtbot.keyClick(materials, Qt.Key.Key_Space)
    qtbot.keyClick(materials, Qt.Key.Key_Down)
    qtbot.keyClick(materials, Qt.Key.Key_Space)
    assert _ticks(dialog) == [True, True, False, False]
    qtbot.keyClick(materials, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.messageLabel.text() == "", "Ctrl+Enter does nothing while one is missing"
    assert not dialog.ui.acceptButton.isEnabled()

    qtbot.keyClick(materials, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert _ticks(dialog) == [True, True, True, True]
    assert dialog.ui.acceptButton.isEnabled() and not dialog.ui.noticeButton.isEnabled()


def test_door_to_receipt_with_the_keyboard(
    qtbot: QtBot, dialog: IntakeDialog, sqlite_db: Database, previews: Previews
) -> None:
    """type the initials, Enter, Ctrl+A, Ctrl+Enter: the request exists and its receipt is previewed."""
    _choose(qtbot, dialog, "jzzm")
    qtbot.keyClick(dialog.ui.materialsList, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.request_accepted) as accepted:
        qtbot.keyClick(dialog.ui.materialsList, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    number = accepted.args[0]
    detail = get_request(sqlite_db, CLERK, number)
    assert detail.summary.status is RequestStatus.ACCEPTED
    assert detail.summary.window_no == 3 and detail.print_count == 1
    assert len(detail.materials_brought) == 4
    assert len(previews.shown) == 1 and number in previews.shown[0][0]
    assert number in previews.text()
    assert dialog.ui.messageLabel.text() == f"已受理，回执号 {number}"
    # The form is done: accepting again needs the service chosen again.
    assert not dialog.ui.acceptButton.isEnabled()
    assert focused(dialog.ui.filterEdit)


def test_a_notice_lists_what_is_missing_and_the_next_visit_starts_from_it(
    qtbot: QtBot,
    dialog: IntakeDialog,
    sqlite_db: Database,
    settings: Settings,
    worker: Worker,
    resident: int,
    previews: Previews,
) -> None:
    _choose(qtbot, dialog, "jzzm")
    qtbot.keyClick(dialog.ui.materialsList, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.notice_issued) as issued:
        qtbot.keyClick(dialog.ui.materialsList, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    number = issued.args[0]
    assert number.startswith("G")
    assert number in previews.text() and "一次性告知书" in previews.text()
    assert dialog.ui.messageLabel.text() == f"已出具一次性告知书 {number}"
    assert not dialog.ui.noticeButton.isEnabled(), "the same notice is not given twice"
    dialog.close()

    again = _open(qtbot, sqlite_db, settings, worker, resident)
    _choose(qtbot, again, "jzzm")
    assert again.ui.noticeLabel.text() == f"上次告知书 {number} 已收材料已勾选"
    assert _ticks(again) == [True, False, False, False]


def test_a_refusal_is_said_inline_and_the_ticks_stay(
    qtbot: QtBot, dialog: IntakeDialog, monkeypatch: pytest.MonkeyPatch, previews: Previews
) -> None:
    _choose(qtbot, dialog, "jzzm")
    dialog.tick_all()

    def unavailable(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnavailable("locked")

    monkeypatch.setattr(service_requests, "accept_request", unavailable)
    dialog.ui.acceptButton.click()
    assert dialog.ui.messageLabel.text().startswith("✕ 数据库正被其他窗口占用")
    assert _ticks(dialog) == [True, True, True, True]
    assert dialog.ui.acceptButton.isEnabled() and previews.shown == []


def test_a_role_that_does_not_serve_is_told_so(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    settings: Settings,
    worker: Worker,
    resident: int,
) -> None:
    dialog = _open(qtbot, sqlite_db, settings, worker, resident, actor=MEDIATOR)
    _choose(qtbot, dialog, "jzzm")
    assert dialog.form is None
    assert dialog.ui.messageLabel.text() == "✕ 您没有权限执行此操作。"


def test_escape_asks_before_dropping_ticks(
    qtbot: QtBot, dialog: IntakeDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(qtbot, dialog, "jzzm")
    dialog.tick_all()
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(dialog.ui.materialsList, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
