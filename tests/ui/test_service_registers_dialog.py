"""The registers dialog as a clerk uses it: this month by default, today / this month / last month in
one click, the register previewed (its PDF drawn on the worker thread), exported as .xlsx, the
statistics shown as a table, narrowed to the part of the tree selected; wrong dates said inline."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from gui_helpers import Street
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from service_helpers import TODAY, Requests, make_bad_reviews, make_requests
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_register_types import Grouping, ServiceRegisterKind
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.service_registers_dialog import ServiceRegistersDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def requests(sqlite_db: Database, admin: Actor, street: Street) -> Requests:
    return make_requests(sqlite_db, admin, street)


def _dialog(
    qtbot: QtBot,
    db: Database,
    actor: Actor,
    settings: Settings,
    worker: Worker,
    **kwargs: object,
) -> ServiceRegistersDialog:
    dialog = ServiceRegistersDialog(db, actor, settings, worker, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_this_month_by_default_and_the_quick_periods(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    assert dialog.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert dialog.kind() is ServiceRegisterKind.SERVICES and dialog.ui.groupingCombo.isEnabled()
    assert not dialog.ui.statisticsTable.isVisible() and not dialog.ui.progressBar.isVisible()
    dialog.ui.todayButton.click()
    assert dialog.period() == (TODAY, TODAY)
    dialog.ui.lastMonthButton.click()
    assert dialog.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    dialog.ui.thisMonthButton.click()
    assert dialog.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    # Everyone: no part of the tree was selected.
    assert not dialog.ui.scopeCheck.isEnabled() and dialog.choice().node_id is None


def test_a_start_after_the_end_is_said_inline_and_nothing_runs(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    dialog.set_period(dt.date(2026, 11, 30), dt.date(2026, 11, 1))
    assert message_level(dialog.ui.messageLabel) is Level.ERROR
    assert not dialog.ui.previewButton.isEnabled() and not dialog.ui.exportButton.isEnabled()
    dialog.preview_register()
    assert dialog.preview is None
    dialog.ui.thisMonthButton.click()
    assert message_level(dialog.ui.messageLabel) is Level.NONE and dialog.ui.previewButton.isEnabled()


def test_preview_shows_the_register_of_the_period(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    requests: Requests,
    street: Street,
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    dialog.ui.groupingCombo.setCurrentIndex(list(Grouping).index(Grouping.WINDOW))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.ui.registerCombo, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None
    pdf: bytes = dialog.preview.pdf  # type: ignore[attr-defined]
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    # November's requests (the overdue one was accepted in October), banded by window.
    for number in (requests.due_today, requests.awaiting, requests.paused, requests.accepted_today):
        assert number in text
    assert requests.overdue not in text and "第1号窗口" in text and "第2号窗口" in text
    assert not any(number in text for number in street.ids.values())
    assert not dialog.ui.progressBar.isVisible() and dialog.ui.previewButton.isEnabled()
    dialog.preview.close()


def test_export_writes_the_xlsx_chosen_and_audits_it(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    requests: Requests,
    street: Street,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_bad_reviews(sqlite_db, admin, street)
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    dialog.set_kind(ServiceRegisterKind.RATINGS)
    assert dialog.ui.badOnlyCheck.isVisible() and not dialog.ui.groupingCombo.isEnabled()
    dialog.ui.badOnlyCheck.setChecked(True)
    dialog.set_period(dt.date(2026, 9, 1), TODAY)
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "差评台账"), ""

    monkeypatch.setattr(
        "gridgov_desktop.ui.dialogs.service_registers_dialog.QFileDialog.getSaveFileName", save_name
    )
    dialog.ui.exportButton.click()
    target = tmp_path / "差评台账.xlsx"
    qtbot.waitUntil(lambda: dialog._task is None and target.exists(), timeout=20_000)
    assert Path(asked[0]).name == "好差评及整改台账 2026年9月1日至2026年11月18日.xlsx"
    cells = [row for row in load_workbook(target).active.iter_rows(values_only=True)]
    assert cells[0][0] == "好差评及整改台账"
    assert cells[3][0] == "序号"  # title, office, period, then the header (no scope: everyone)
    comments = {row[7] for row in cells[4:] if row[0] and str(row[0]).isdigit()}
    assert comments == {"材料被要求交了三次", "排队太久"}  # bad only
    assert (
        "已导出 2 行" in dialog.ui.messageLabel.text() or "Saved 2 rows" in dialog.ui.messageLabel.text()
    )
    with sqlite_db.session() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "service_register"))
        )
    assert actions == ["export"]


def test_statistics_shown_as_a_table_for_the_part_of_the_tree(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    requests: Requests,
    street: Street,
) -> None:
    dialog = _dialog(
        qtbot, sqlite_db, admin, settings, worker, node_id=street.community, node_label="幸福社区"
    )
    assert dialog.ui.scopeCheck.isChecked() and "幸福社区" in dialog.ui.scopeCheck.text()
    dialog.set_kind(ServiceRegisterKind.STATISTICS)
    assert dialog.ui.statisticsTable.isVisible() and dialog.ui.showButton.isVisible()
    dialog.set_period(dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    dialog.ui.showButton.click()
    qtbot.waitUntil(lambda: dialog.statistics is not None, timeout=20_000)
    table = dialog.ui.statisticsTable
    assert table.columnCount() == 1 + 2 + 7 and table.horizontalHeaderItem(1).text() == "2026-10"
    last = table.rowCount() - 1
    # 幸福社区: 张三明 twice, 曾小红, 张小明 — not 欧阳娜娜 of 光明社区.
    assert table.item(last, 3).text() == "4" and table.item(last, 3).font().bold()
    with sqlite_db.session() as session:  # shown on screen: not a print, not audited
        assert (
            session.scalar(select(AuditEntry.id).where(AuditEntry.entity == "service_register")) is None
        )
    dialog.ui.scopeCheck.setChecked(False)
    assert dialog.choice().node_id is None


def test_the_overdue_register_is_drawn_up_as_of_a_day_that_has_come(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    dialog.set_kind(ServiceRegisterKind.OVERDUE)
    choice = dialog.choice()
    assert (choice.date_from, choice.date_to) == (dt.date(2026, 11, 1), TODAY)
    assert dialog.ui.toLabel.text() in ("as of", "截至")


def test_a_role_without_registers_is_told_so(
    qtbot: QtBot, sqlite_db: Database, settings: Settings, worker: Worker, requests: Requests
) -> None:
    mediator = Actor(user_id=None, username="med", display_name="调解员", role=UserRole.MEDIATOR)
    dialog = _dialog(qtbot, sqlite_db, mediator, settings, worker)
    dialog.preview_register()
    qtbot.waitUntil(lambda: message_level(dialog.ui.messageLabel) is Level.ERROR, timeout=20_000)
    assert dialog.preview is None and dialog.ui.previewButton.isEnabled()


def test_chinese_names_of_the_registers(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, chinese: None
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    names = [dialog.ui.registerCombo.itemText(i) for i in range(dialog.ui.registerCombo.count())]
    assert names[:3] == ["便民服务事项受理登记台账", "逾期事项台账", "好差评及整改台账"]
    assert dialog.ui.windowSpin.specialValueText() == "全部窗口"
