"""Importing residents as a clerk does: choose the file, read the report, choose how, import, cancel."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import Street
from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import resident_import, residents
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.excel_columns import COLUMNS
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs import import_dialog
from gridgov_desktop.ui.dialogs.import_dialog import ImportDialog
from gridgov_desktop.ui.workers import Worker

GOOD_1 = make_id_number("210102", dt.date(1975, 4, 2), 13)
GOOD_2 = make_id_number("210102", dt.date(1977, 8, 9), 24)
BAD = GOOD_2[:-1] + ("1" if GOOD_2[-1] != "1" else "2")


def _workbook(path: Path, rows: list[dict[str, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "居民信息"
    sheet.append([column.title for column in COLUMNS])
    for row in rows:
        sheet.append([row.get(column.title, "") for column in COLUMNS])
    book.save(path)
    return path


def _row(name: str, number: str, relation: str, room: str = "601") -> dict[str, str]:
    return {
        "姓名": name,
        "公民身份号码": number,
        "社区": "幸福社区",
        "小区": "幸福里小区",
        "楼栋": "3",
        "单元": "2",
        "房号": room,
        "与户主关系": relation,
    }


@pytest.fixture
def dialog(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    admin: Actor,
    worker: Worker,
    settings: Settings,
) -> ImportDialog:
    dialog = ImportDialog(sqlite_db, admin, worker, settings, lang="zh_CN")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def _wait(qtbot: QtBot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.pages.currentIndex() == page, timeout=10_000)


def _problems(dialog: ImportDialog) -> list[tuple[str, ...]]:
    table = dialog.ui.problemsTable
    return [tuple(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())]


def test_the_dry_run_reports_each_problem_then_good_rows_are_imported(
    qtbot: QtBot,
    dialog: ImportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_db: Database,
    street: Street,
) -> None:
    path = _workbook(
        tmp_path / "居民.xlsx",
        [_row("赵大山", GOOD_1, "户主"), _row("钱小花", GOOD_2, "配偶"), _row("孙错号", BAD, "子女")],
    )
    before = len(residents.resident_ids(sqlite_db, SYSTEM, street.street))
    _choose(monkeypatch, path)
    dialog.ui.browseButton.click()
    _wait(qtbot, dialog, import_dialog.REPORT)
    summary = dialog.ui.summaryLabel.text()
    assert "共读取 3 行" in summary and "可导入 2 行" in summary and "有错误 1 行" in summary
    row, column, kind, problem = _problems(dialog)[0]
    assert (row, column, kind) == ("4", "公民身份号码", "错误") and "校验" in problem
    assert not dialog.ui.importButton.isEnabled(), "all-or-nothing imports nothing while a row is bad"
    assert "全不导入" in dialog.ui.modeHint.text()
    assert len(residents.resident_ids(sqlite_db, SYSTEM, street.street)) == before, (
        "a dry run writes nothing"
    )

    dialog.ui.skipBadRowsRadio.setChecked(True)
    assert dialog.ui.skipBadRowsRadio.text() == "跳过有错误的 1 行，导入其余 2 行(&S)"
    assert dialog.ui.importButton.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        dialog.ui.importButton.click()
    assert imported.args == [2]
    _wait(qtbot, dialog, import_dialog.DONE)
    assert dialog.ui.resultLabel.text() == "已导入 2 人，新建 1 户。"
    assert len(residents.resident_ids(sqlite_db, SYSTEM, street.street)) == before + 2


def test_a_file_that_is_not_a_workbook_is_refused_in_words(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_text("姓名,公民身份号码\n张三,1\n", encoding="utf-8")
    _choose(monkeypatch, path)
    dialog.ui.browseButton.click()
    _wait(qtbot, dialog, import_dialog.CHOOSE)
    assert dialog.ui.chooseMessage.isVisible()
    assert "名单.xlsx" in dialog.ui.chooseMessage.text() and "另存为" in dialog.ui.chooseMessage.text()


def test_a_long_check_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def slow(*_args: object, progress: Callable[[int, int], None], **_kwargs: object) -> object:
        for done in range(2000):
            progress(done, 2000)
            time.sleep(0.005)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(resident_import, "import_residents", slow)
    path = _workbook(tmp_path / "大表.xlsx", [_row("赵大山", GOOD_1, "户主")])
    _choose(monkeypatch, path)
    dialog.ui.browseButton.click()
    qtbot.waitUntil(lambda: dialog.ui.progressBar.value() > 0, timeout=5000)
    assert dialog.ui.pages.currentIndex() == import_dialog.PROGRESS
    assert dialog.ui.progressBar.maximum() == 2000
    dialog.ui.cancelButton.click()
    _wait(qtbot, dialog, import_dialog.CHOOSE)
    assert "已取消，未导入任何数据" in dialog.ui.chooseMessage.text()
