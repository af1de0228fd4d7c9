"""The bad-review ledger: what is listed, overdue in red and words, measures then the reply, another
desk saving first, the time limit for administrators, printing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import Street, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from service_helpers import TODAY, make_bad_reviews

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.service_requests import RectificationStatus
from gridgov_desktop.services import ratings, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.rectification_dialog import RectificationDialog
from gridgov_desktop.ui.models.request_table_model import overdue_color
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.widgets.rectification_table import LEFT, PROBLEM, RECEIPT, STATUS
from gridgov_desktop.ui.workers import Worker

OLD, RECENT = "材料被要求交了三次", "排队太久"


@pytest.fixture
def reviews(sqlite_db: Database, street: Street, admin: Actor) -> dict[str, str]:
    return make_bad_reviews(sqlite_db, admin, street)


def _open(
    qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker
) -> RectificationDialog:
    dialog = RectificationDialog(db, actor, settings, worker, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ui.countLabel.text().startswith("共"), timeout=10_000)
    return dialog


@pytest.fixture
def dialog(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    reviews: dict[str, str],
) -> Iterator[RectificationDialog]:
    yield _open(qtbot, sqlite_db, admin, settings, worker)


def _cell(dialog: RectificationDialog, row: int, column: int) -> str:
    item = dialog.ui.rectificationTable.item(row, column)
    return item.text() if item is not None else ""


def _row(dialog: RectificationDialog, problem: str) -> int:
    table = dialog.ui.rectificationTable
    return next(row for row in range(table.rowCount()) if _cell(dialog, row, PROBLEM) == problem)


def _reload(qtbot: QtBot, dialog: RectificationDialog) -> None:
    qtbot.waitUntil(lambda: dialog.ui.countLabel.text().startswith("共"), timeout=10_000)


def test_bad_reviews_are_listed_with_overdue_ones_red_and_marked(
    dialog: RectificationDialog, reviews: dict[str, str]
) -> None:
    table = dialog.ui.rectificationTable
    assert table.rowCount() == 2, "a good review needs no follow-up"
    assert dialog.ui.countLabel.text() == "共 2 件"
    old = _row(dialog, OLD)
    assert _cell(dialog, old, RECEIPT) == reviews[OLD]
    assert _cell(dialog, old, LEFT).startswith("逾期") and _cell(dialog, old, LEFT).endswith("个工作日")
    assert table.item(old, RECEIPT).foreground().color() == overdue_color()
    assert _cell(dialog, old, STATUS) == "待整改"
    recent = _row(dialog, RECENT)
    assert _cell(dialog, recent, LEFT).startswith("剩余")
    assert table.item(recent, RECEIPT).foreground().color() != overdue_color()
    assert table.horizontalHeaderItem(LEFT).text() == "剩余/逾期"


def test_measures_then_the_reply_close_the_follow_up(
    qtbot: QtBot, dialog: RectificationDialog, sqlite_db: Database, admin: Actor
) -> None:
    ui = dialog.ui
    ui.rectificationTable.selectRow(_row(dialog, OLD))
    assert ui.problemLabel.text() == OLD
    assert not ui.replyButton.isEnabled(), "measures come before the reply"
    type_text(ui.measuresEdit, "已对窗口人员进行一次性告知培训")
    ui.saveMeasuresButton.click()
    qtbot.waitUntil(lambda: ui.messageLabel.text().endswith("整改措施已保存。"), timeout=5000)
    _reload(qtbot, dialog)
    assert _cell(dialog, _row(dialog, OLD), STATUS).startswith("已整改")
    assert ui.replyButton.isEnabled()
    type_text(ui.replyEdit, "已电话回复群众，群众表示认可")
    qtbot.keyClick(ui.replyEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.countLabel.text() == "共 1 件", timeout=5000)
    assert [r.problem for r in dialog.rows] == [RECENT], "answered ones leave the open list"
    closed = next(r for r in ratings.rectifications(sqlite_db, admin) if r.problem == OLD)
    assert closed.status is RectificationStatus.REPLIED
    assert closed.measures == "已对窗口人员进行一次性告知培训" and closed.handled_by == "王主任"
    ui.openOnlyCheck.setChecked(False)
    qtbot.waitUntil(lambda: ui.countLabel.text() == "共 2 件", timeout=5000)
    ui.rectificationTable.selectRow(_row(dialog, OLD))
    assert ui.measuresEdit.isReadOnly() and not ui.saveMeasuresButton.isEnabled()
    assert message_level(ui.messageLabel) is Level.NOTE


def test_a_follow_up_saved_at_another_desk_first_is_not_overwritten_silently(
    qtbot: QtBot,
    dialog: RectificationDialog,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    users.add_user(sqlite_db, SYSTEM, "desk2", "Gongzuo2026!", UserRole.FRONT_DESK, "李窗口")
    other = users.authenticate(sqlite_db, "desk2", "Gongzuo2026!")
    asked: list[str] = []

    def keep_mine(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", keep_mine)
    ui = dialog.ui
    ui.rectificationTable.selectRow(_row(dialog, RECENT))
    seen = dialog.current
    assert seen is not None
    ratings.record_measures(sqlite_db, other, seen.id, "李窗口的整改措施", expected_version=seen.version)
    type_text(ui.measuresEdit, "我的整改措施")
    ui.saveMeasuresButton.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "李窗口" in asked[0]
    _reload(qtbot, dialog)
    assert ui.measuresEdit.toPlainText() == "我的整改措施", "the typing is kept"
    assert "李窗口" in ui.messageLabel.text() and message_level(ui.messageLabel) is Level.WARNING
    ui.saveMeasuresButton.click()  # a deliberate second save, on the version now shown
    qtbot.waitUntil(lambda: ui.messageLabel.text().endswith("整改措施已保存。"), timeout=5000)
    assert dialog.current is not None and dialog.current.measures == "我的整改措施"


def test_the_administrator_sets_the_time_limit(
    qtbot: QtBot, dialog: RectificationDialog, sqlite_db: Database
) -> None:
    ui = dialog.ui
    assert ui.daysSpin.isVisible() and ui.daysSpin.value() == 15
    ui.daysSpin.setValue(20)
    ui.saveDaysButton.click()
    qtbot.waitUntil(lambda: "20" in ui.messageLabel.text(), timeout=5000)
    assert ratings.rectification_days(sqlite_db) == 20


def test_the_front_desk_follows_up_but_does_not_set_the_limit(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    settings: Settings,
    worker: Worker,
    reviews: dict[str, str],
) -> None:
    users.add_user(sqlite_db, SYSTEM, "clerk", "Gongzuo2026!", UserRole.FRONT_DESK, "李办事")
    clerk = users.authenticate(sqlite_db, "clerk", "Gongzuo2026!")
    dialog = _open(qtbot, sqlite_db, clerk, settings, worker)
    assert not dialog.ui.daysSpin.isVisible() and not dialog.ui.saveDaysButton.isVisible()
    dialog.ui.rectificationTable.selectRow(0)
    assert dialog.ui.saveMeasuresButton.isEnabled()


def test_esc_asks_before_dropping_typed_text(
    qtbot: QtBot, dialog: RectificationDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *_a, **_k: asked.append("asked") or QMessageBox.StandardButton.No,
    )
    dialog.ui.rectificationTable.selectRow(0)
    type_text(dialog.ui.measuresEdit, "还没保存")
    qtbot.keyClick(dialog.ui.measuresEdit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()


def test_ctrl_p_previews_the_ledger(qtbot: QtBot, dialog: RectificationDialog) -> None:
    dialog.activateWindow()
    qtbot.keyClick(dialog.ui.rectificationTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    preview = dialog.preview
    assert preview is not None
    assert preview.windowTitle() == "打印预览：好差评及整改台账"
    preview.close()
