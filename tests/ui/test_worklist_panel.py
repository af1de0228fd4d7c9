"""The worklists as a clerk uses them: counts on the lists, overdue in red and in words, sorting,
Enter to open a request, this window or the whole hall, F5 and printing."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from gui_helpers import Street
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from service_helpers import TODAY, Requests, make_requests

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import WINDOW_NUMBER, WORKLIST_SCOPE, Settings
from gridgov_desktop.ui.models.request_table_model import (
    ACCEPTED_AT,
    DUE_ON,
    RECEIPT_NO,
    REMAINING,
    RESIDENT,
    STATUS,
    overdue_color,
)
from gridgov_desktop.ui.widgets.worklist_panel import (
    ACCEPTED_TODAY,
    AWAITING,
    DUE_TODAY,
    OPEN,
    OVERDUE,
    PAUSED,
    WorklistPanel,
)
from gridgov_desktop.ui.workers import Worker


class FakeRequestDialog(QDialog):
    """Stands in for the request dialog: records what it was asked to open."""

    opened: ClassVar[list[str]] = []
    request_changed = Signal(str)

    def __init__(self, *_args: Any, receipt_no: str, parent: QWidget | None = None, **_kw: Any):
        super().__init__(parent)
        self.receipt_no = receipt_no
        FakeRequestDialog.opened.append(receipt_no)


@pytest.fixture
def fake_request_dialog(monkeypatch: pytest.MonkeyPatch) -> type[FakeRequestDialog]:
    module = types.ModuleType("gridgov_desktop.ui.dialogs.request_dialog")
    module.RequestDialog = FakeRequestDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    FakeRequestDialog.opened = []
    return FakeRequestDialog


@pytest.fixture
def requests(sqlite_db: Database, street: Street, admin: Actor) -> Requests:
    return make_requests(sqlite_db, admin, street)


@pytest.fixture
def panel(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    requests: Requests,
) -> Iterator[WorklistPanel]:
    settings.set(WORKLIST_SCOPE, "hall")
    panel = WorklistPanel(sqlite_db, admin, settings, worker, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(1300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    _wait(qtbot, panel)
    yield panel


def _wait(qtbot: QtBot, panel: WorklistPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=10_000)


def _show(qtbot: QtBot, panel: WorklistPanel, kind: str) -> None:
    panel.show_list(kind)
    _wait(qtbot, panel)


def _click_header(qtbot: QtBot, panel: WorklistPanel, column: int) -> None:
    header = panel.ui.requestTable.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column(panel: WorklistPanel, column: int) -> list[str]:
    proxy = panel.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_each_list_shows_its_count_and_the_total(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests
) -> None:
    ui = panel.ui
    assert ui.dueTodayButton.isChecked()
    assert ui.dueTodayButton.text() == "今日到期 (1)"
    assert ui.overdueButton.text() == "⚠ 已逾期 (1)", "overdue is marked in words, not only colour"
    assert ui.awaitingButton.text() == "待取件 (1)"
    assert ui.pausedButton.text() == "已暂停 (1)"
    assert ui.openButton.text() == "全部在办 (4)"
    assert ui.acceptedTodayButton.text() == "今日受理 (1)"
    assert _column(panel, RECEIPT_NO) == [requests.due_today]
    assert ui.countLabel.text() == "共 1 件"
    assert ui.titleLabel.text() == "今日到期 · 全厅"
    for kind, receipt in (
        (OVERDUE, requests.overdue),
        (AWAITING, requests.awaiting),
        (PAUSED, requests.paused),
        (ACCEPTED_TODAY, requests.accepted_today),
    ):
        _show(qtbot, panel, kind)
        assert _column(panel, RECEIPT_NO) == [receipt], kind
    _show(qtbot, panel, OPEN)
    assert ui.countLabel.text() == "共 4 件"
    assert panel.model.headerData(REMAINING, Qt.Orientation.Horizontal) == "剩余/逾期"


def test_overdue_rows_are_red_and_say_so(qtbot: QtBot, panel: WorklistPanel, requests: Requests) -> None:
    _show(qtbot, panel, OPEN)
    proxy = panel.proxy
    rows = {proxy.index(row, RECEIPT_NO).data(): row for row in range(proxy.rowCount())}
    overdue = rows[requests.overdue]
    text = proxy.index(overdue, REMAINING).data()
    assert text.startswith("逾期") and text.endswith("个工作日")
    assert int(text[2:-4]) >= 10, "a month late: two weeks of working days and more"
    for column in (RECEIPT_NO, RESIDENT, REMAINING):
        assert proxy.index(overdue, column).data(Qt.ItemDataRole.ForegroundRole) == overdue_color()
    assert proxy.index(overdue, STATUS).data() == "办理中"
    due_today = rows[requests.due_today]
    assert proxy.index(due_today, REMAINING).data() == "今日到期"
    assert proxy.index(due_today, RECEIPT_NO).data(Qt.ItemDataRole.ForegroundRole) is None
    assert proxy.index(rows[requests.paused], REMAINING).data() == "暂停计时"
    left = proxy.index(rows[requests.accepted_today], REMAINING).data()
    assert left.startswith("剩余") and left.endswith("个工作日")


def test_clicking_headers_sorts_dates_and_names_properly(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests
) -> None:
    _show(qtbot, panel, OPEN)
    assert _column(panel, RECEIPT_NO)[0] == requests.overdue, "most urgent first"
    _click_header(qtbot, panel, ACCEPTED_AT)
    accepted = _column(panel, ACCEPTED_AT)
    assert accepted == sorted(accepted)
    _click_header(qtbot, panel, ACCEPTED_AT)
    assert _column(panel, ACCEPTED_AT) == sorted(accepted, reverse=True)
    _click_header(qtbot, panel, DUE_ON)
    due = _column(panel, DUE_ON)
    assert due == sorted(due)
    _click_header(qtbot, panel, RESIDENT)
    names = _column(panel, RESIDENT)
    # By pinyin: Zeng Xiaohong, Zhang Sanming, Zhang Sanming, Zhang Xiaoming (not by code point).
    assert names == ["曾小红", "张三明", "张三明", "张小明"]
    _click_header(qtbot, panel, REMAINING)
    assert _column(panel, RECEIPT_NO)[0] == requests.overdue
    assert _column(panel, RECEIPT_NO)[-1] == requests.paused, "a stopped clock sorts last"
    assert [row.receipt_no for row in panel.shown_requests()] == _column(panel, RECEIPT_NO)


def test_enter_and_a_double_click_open_the_request(
    qtbot: QtBot,
    panel: WorklistPanel,
    requests: Requests,
    fake_request_dialog: type[FakeRequestDialog],
) -> None:
    _show(qtbot, panel, OPEN)
    table = panel.ui.requestTable
    row = _column(panel, RECEIPT_NO).index(requests.paused)
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert fake_request_dialog.opened == [requests.paused]
    dialog = panel.dialogs.request_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    row = _column(panel, RECEIPT_NO).index(requests.overdue)
    rect = table.visualRect(panel.proxy.index(row, RESIDENT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert fake_request_dialog.opened == [requests.paused, requests.overdue]


def test_a_changed_request_reloads_the_lists(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests, sqlite_db: Database, admin: Actor
) -> None:
    from gridgov_desktop.domain.service_requests import RequestAction
    from gridgov_desktop.services.request_flow import advance
    from gridgov_desktop.services.service_requests import get_request

    _show(qtbot, panel, OPEN)
    summary = get_request(sqlite_db, admin, requests.due_today).summary
    advance(
        sqlite_db, admin, summary.receipt_no, RequestAction.COMPLETE, expected_version=summary.version
    )
    panel.dialogs.request_changed.emit(summary.receipt_no)
    _wait(qtbot, panel)
    assert panel.ui.countLabel.text() == "共 3 件"
    assert panel.ui.awaitingButton.text() == "待取件 (2)"
    assert panel.ui.dueTodayButton.text() == "今日到期 (0)"


def test_f5_reloads_what_other_windows_did(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests, sqlite_db: Database, admin: Actor
) -> None:
    from service_helpers import at

    from gridgov_desktop.services.service_requests import accept_request

    _show(qtbot, panel, ACCEPTED_TODAY)
    assert panel.ui.countLabel.text() == "共 1 件"
    service = panel.model.request_at(0)
    assert service is not None
    from gridgov_desktop.services.catalogue import get_service

    version = get_service(sqlite_db, service.service_code)
    accept_request(
        sqlite_db, admin, requests.resident_ids["欧阳娜娜"], version.code,
        [m.id for m in version.mandatory_materials], window_no=5, now=at(TODAY, 10),
    )  # fmt: skip
    panel.ui.requestTable.setFocus()
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.ui.countLabel.text() == "共 2 件", timeout=10_000)
    assert panel.ui.acceptedTodayButton.text() == "今日受理 (2)"


def test_this_window_or_the_whole_hall_is_remembered(
    qtbot: QtBot,
    panel: WorklistPanel,
    requests: Requests,
    settings: Settings,
    sqlite_db: Database,
    admin: Actor,
    worker: Worker,
) -> None:
    combo = panel.ui.scopeCombo
    assert combo.currentText() == "全厅"
    assert combo.itemText(0) == "本窗口（第1号）"
    _show(qtbot, panel, OPEN)
    assert panel.ui.countLabel.text() == "共 4 件"
    panel.set_scope("window")
    _wait(qtbot, panel)
    assert sorted(_column(panel, RECEIPT_NO)) == sorted([requests.due_today, requests.overdue])
    assert panel.ui.titleLabel.text() == "全部在办 · 第1号窗口"
    assert panel.ui.pausedButton.text() == "已暂停 (0)"
    assert settings.get(WORKLIST_SCOPE) == "window"

    settings.set(WINDOW_NUMBER, 2)
    panel.window_number_changed()
    _wait(qtbot, panel)
    assert combo.itemText(0) == "本窗口（第2号）"
    assert sorted(_column(panel, RECEIPT_NO)) == sorted([requests.paused, requests.accepted_today])

    again = WorklistPanel(sqlite_db, admin, settings, worker, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.ui.scopeCombo.currentData() == "window", "the choice survives a restart"


def test_alt_digits_switch_lists(qtbot: QtBot, panel: WorklistPanel, requests: Requests) -> None:
    panel.activateWindow()
    panel.ui.requestTable.setFocus()
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    _wait(qtbot, panel)
    assert panel.kind == OVERDUE and panel.ui.overdueButton.isChecked()
    assert _column(panel, RECEIPT_NO) == [requests.overdue]
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    _wait(qtbot, panel)
    assert panel.kind == DUE_TODAY


def test_ctrl_p_previews_the_list_in_its_order(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests
) -> None:
    from pypdf import PdfReader

    _show(qtbot, panel, OPEN)
    _click_header(qtbot, panel, ACCEPTED_AT)
    order = _column(panel, RECEIPT_NO)
    panel.activateWindow()
    panel.ui.requestTable.setFocus()
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    preview = panel.preview
    assert preview is not None
    assert preview.windowTitle() == "打印预览：全部在办"
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)  # type: ignore[attr-defined]
    assert "全部在办事项" in text and "全厅" in text
    positions = [text.index(receipt) for receipt in order]
    assert positions == sorted(positions), "printed in the order shown"
    preview.close()


def test_overdue_rows_are_painted_red_even_under_the_themes_item_colour(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests
) -> None:
    """qt-material's ``QTableView::item { color }`` would otherwise win over the model's colour."""
    _show(qtbot, panel, OPEN)
    table = panel.ui.requestTable
    table.setStyleSheet("QTableView::item { color: #555555; padding: 4px; }")
    table.clearSelection()
    table.setCurrentIndex(panel.proxy.index(-1, -1))
    image = table.viewport().grab().toImage()

    def reddish_pixels(row: int) -> int:
        rect = table.visualRect(panel.proxy.index(row, RESIDENT))
        count = 0
        for x in range(rect.left(), rect.right()):
            for y in range(rect.top(), rect.bottom()):
                color = image.pixelColor(x, y)
                count += color.red() > 150 and color.green() < 110 and color.blue() < 110
        return count

    rows = _column(panel, RECEIPT_NO)
    assert reddish_pixels(rows.index(requests.overdue)) > 10
    assert reddish_pixels(rows.index(requests.due_today)) == 0


def test_a_timer_reloads_the_lists_every_few_minutes(
    qtbot: QtBot, panel: WorklistPanel, requests: Requests
) -> None:
    """So that "due today" stays true across midnight and across the other windows' work."""
    assert panel._timer.isActive() and panel._timer.interval() <= 5 * 60 * 1000
    loads: list[int] = []
    panel.loaded.connect(lambda: loads.append(1))
    panel._timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    panel.hide()
    panel._timer.timeout.emit()  # hidden: marked stale, loaded when shown again
    assert not panel.is_loading()
    panel.show()
    qtbot.waitUntil(lambda: len(loads) == 2, timeout=5000)
