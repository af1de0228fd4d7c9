"""The calendar dialog as an administrator uses it, with the keyboard: a year's days, setting and
clearing a day, importing the next year's notice, exporting; read-only for a clerk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from gui_helpers import focused, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services import work_calendar as wc
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.calendar_dialog import CalendarDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.workers import Worker

TODAY = dt.date(2026, 11, 21)
CLERK = Actor(user_id=None, username="clerk", display_name="窗口", role=UserRole.FRONT_DESK)


def _open(qtbot: QtBot, db: Database, actor: Actor, worker: Worker | None = None) -> CalendarDialog:
    dialog = CalendarDialog(db, actor, worker, lang="zh_CN", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # shortcuts need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.daysTree.topLevelItemCount() > 0)
    return dialog


def _rows(dialog: CalendarDialog) -> list[list[str]]:
    tree = dialog.ui.daysTree
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)]  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    ]


def _select(dialog: CalendarDialog, index: int) -> None:
    row = dialog.ui.daysTree.topLevelItem(index)
    assert row is not None
    dialog.ui.daysTree.setCurrentItem(row)


def test_the_year_shows_its_days_and_warns_that_next_year_is_missing(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, worker: Worker, chinese: None
) -> None:
    dialog = _open(qtbot, sqlite_db, admin, worker)
    rows = _rows(dialog)
    assert len(rows) == 39
    assert rows[0] == ["2026-01-01", "星期四", "放假", "元旦"]
    assert rows[3] == ["2026-01-04", "星期日", "调休上班", "元旦"]
    assert message_level(dialog.ui.warningLabel) is Level.WARNING
    assert "2027" in dialog.ui.warningLabel.text()
    assert "2026年部分节假日安排" in dialog.ui.sourceLabel.text()
    assert "33" in dialog.ui.countLabel.text() and "6" in dialog.ui.countLabel.text()
    dialog.ui.yearSpin.setFocus()
    qtbot.keyClick(dialog.ui.yearSpin, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not dialog.busy and _rows(dialog)[0][0] == "2025-01-01")


def test_a_day_is_set_typed_and_cleared_with_the_keyboard(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, chinese: None
) -> None:
    dialog = _open(qtbot, sqlite_db, admin)
    ui = dialog.ui
    ui.dateEdit.setFocus()
    ui.dateEdit.clear()
    qtbot.keyClicks(ui.dateEdit, "2027-02-06")
    assert ui.dateHintLabel.text() == "星期六"
    qtbot.keyClick(ui.dateEdit, Qt.Key.Key_Return)  # on to the kind
    assert focused(ui.kindCombo)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("workday"))
    qtbot.keyClick(ui.kindCombo, Qt.Key.Key_Return)  # on to the name
    assert focused(ui.nameEdit)
    ui.nameEdit.clear()
    type_text(ui.nameEdit, "春节")
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)  # saves
    assert dialog.ui.yearSpin.value() == 2027
    assert _rows(dialog) == [["2027-02-06", "星期六", "调休上班", "春节"]]
    assert "2027-02-06" in ui.messageLabel.text()
    assert wc.load_calendar(sqlite_db).is_working_day(dt.date(2027, 2, 6))
    # Delete on the list makes the selected day ordinary again.
    ui.daysTree.setFocus()
    _select(dialog, 0)
    qtbot.keyClick(ui.daysTree, Qt.Key.Key_Delete)
    assert _rows(dialog) == []
    assert not wc.load_calendar(sqlite_db).is_working_day(dt.date(2027, 2, 6))


def test_a_day_that_makes_no_sense_is_refused_under_the_date(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, chinese: None
) -> None:
    dialog = _open(qtbot, sqlite_db, admin)
    ui = dialog.ui
    ui.dateEdit.setText("2026-02-30")
    ui.saveDayButton.click()
    assert message_level(ui.dateMessage) is Level.ERROR and focused(ui.dateEdit)
    ui.dateEdit.setText("2026-03-04")  # a Wednesday
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("workday"))
    qtbot.keyClick(ui.kindCombo, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert message_level(ui.dateMessage) is Level.ERROR
    assert "星期三" in ui.dateMessage.text()
    assert len(_rows(dialog)) == 39


def test_selecting_a_day_fills_the_form(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, chinese: None
) -> None:
    dialog = _open(qtbot, sqlite_db, admin)
    ui = dialog.ui
    _select(dialog, 1)
    assert (ui.dateEdit.text(), ui.kindCombo.currentData(), ui.nameEdit.text()) == (
        "2026-01-02",
        "holiday",
        "元旦",
    )


def test_import_and_export_through_the_file_dialogs(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    worker: Worker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    dialog = _open(qtbot, sqlite_db, admin, worker)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    notice = tmp_path / "2027年放假安排.csv"
    notice.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-20,上班,春节\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(notice), ""))
    qtbot.keyClick(dialog.ui.daysTree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.yearSpin.value() == 2027)
    qtbot.waitUntil(lambda: len(_rows(dialog)) == 2)
    assert changes and not dialog.ui.warningLabel.isVisibleTo(dialog)  # 2027 is loaded now
    assert "2027年放假安排.csv" in dialog.ui.sourceLabel.text()
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.ui.exportButton.click()
    qtbot.waitUntil(lambda: not dialog.busy and "2" in dialog.ui.messageLabel.text())
    assert target.with_suffix(".csv").read_text(encoding="utf-8-sig").splitlines()[1:] == [
        "2027-01-01,holiday,元旦",
        "2027-02-20,workday,春节",
    ]


def test_a_bad_file_lists_its_rows_and_changes_nothing(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    dialog = _open(qtbot, sqlite_db, admin)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,kind,name\n" + "".join(f"2027-02-{d},holiday,x\n" for d in range(30, 40)),
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog.ui.importButton.click()
    text = dialog.ui.messageLabel.text()
    assert message_level(dialog.ui.messageLabel) is Level.ERROR
    assert "10 行有误" in text and "第2行" in text and "还有 2 条" in text
    assert dialog.ui.yearSpin.value() == 2026 and len(_rows(dialog)) == 39


def test_a_clerk_sees_the_calendar_but_cannot_change_it(
    qtbot: QtBot, sqlite_db: Database, worker: Worker
) -> None:
    dialog = _open(qtbot, sqlite_db, CLERK, worker)
    assert not dialog.ui.dayBox.isVisibleTo(dialog)
    assert not dialog.ui.importButton.isVisibleTo(dialog)
    assert dialog.ui.exportButton.isVisibleTo(dialog)
    dialog.ui.daysTree.setFocus()
    _select(dialog, 0)
    qtbot.keyClick(dialog.ui.daysTree, Qt.Key.Key_Delete)
    assert len(_rows(dialog)) == 39
