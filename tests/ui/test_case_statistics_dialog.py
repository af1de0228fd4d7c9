"""The mediation statistics dialog: this year by default, this month / quarter / year in one click,
charts with the counts of the period (types, outcomes, months), the table, the print with its
charts as images, the case register previewed and exported, narrowed to the part of the tree
selected; a role without the registers is told so inline."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from case_fixtures import insert_cases
from gui_helpers import Street
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.case_statistics_dialog import CaseStatisticsDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.workers import Worker

TODAY = dt.date(2026, 3, 20)


@pytest.fixture
def cases(sqlite_db: Database, street: Street) -> Street:
    insert_cases(sqlite_db, id_number=street.ids["张三明"])
    return street


def _dialog(
    qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker, **kwargs: object
) -> CaseStatisticsDialog:
    dialog = CaseStatisticsDialog(db, actor, settings, worker, today=TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.statistics is not None and dialog._task is None, timeout=20_000)
    return dialog


def _reload(qtbot: QtBot, dialog: CaseStatisticsDialog, click: object) -> None:
    dialog.statistics = None
    click()  # type: ignore[operator]
    qtbot.waitUntil(lambda: dialog.statistics is not None and dialog._task is None, timeout=20_000)


def _values(bar_set: object) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]  # type: ignore[attr-defined]


def _pdf_text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_this_year_by_default_and_the_charts_of_the_quarter(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, cases: Street
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    assert dialog.period() == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert dialog.statistics is not None and dialog.statistics.total.cases == 6  # April's too
    months = dialog.chart(2).axes(Qt.Orientation.Horizontal)[0]
    assert months.count() == 12  # type: ignore[attr-defined]
    _reload(qtbot, dialog, dialog.ui.thisQuarterButton.click)
    assert dialog.period() == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))

    (types,) = dialog.chart(0).series()
    assert isinstance(types, QHorizontalBarSeries)
    categories = dialog.chart(0).axes(Qt.Orientation.Vertical)[0].categories()  # type: ignore[attr-defined]
    assert categories[-1] == "邻里" and sorted(categories) == sorted(
        ["邻里", "婚姻家庭", "物业", "合同"]
    )
    assert _values(types.barSets()[0])[-1] == 2 and sum(_values(types.barSets()[0])) == 5

    (outcomes,) = dialog.chart(1).series()
    assert isinstance(outcomes, QPieSeries)
    slices = {piece.label(): piece.value() for piece in outcomes.slices()}
    assert len(slices) == 5 and set(slices.values()) == {1.0}

    (by_month,) = dialog.chart(2).series()
    assert isinstance(by_month, QBarSeries)
    cases_set, agreements = by_month.barSets()
    assert _values(cases_set) == [2, 1, 2] and _values(agreements) == [1, 1, 0]

    table = dialog.ui.statisticsTable
    assert table.item(0, 1).text() == "5" and table.item(0, 7).text() == "50.0%"
    assert table.item(0, 0).font().bold()
    _reload(qtbot, dialog, dialog.ui.thisMonthButton.click)
    assert dialog.period() == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert dialog.statistics is not None and dialog.statistics.total.cases == 2


def test_print_previews_the_statistics_with_the_charts_as_images(
    qtbot: QtBot, sqlite_db: Database, admin: Actor, settings: Settings, worker: Worker, cases: Street
) -> None:
    dialog = _dialog(qtbot, sqlite_db, admin, settings, worker)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.ui.fromEdit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.preview is not None
    pdf: bytes = dialog.preview.pdf  # type: ignore[attr-defined]
    reader = PdfReader(io.BytesIO(pdf))
    assert sum(len(page.images) for page in reader.pages) == 3
    text = _pdf_text(pdf)
    assert "人民调解案件统计表" in text and "按调解结果" in text and "本期登记案件6件" in text
    with sqlite_db.session() as session:
        actions = list(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "case_register"))
        )
    assert actions == ["print"]  # shown on screen: not audited; printed: audited
    dialog.preview.close()


def test_the_register_of_the_part_of_the_tree_previewed_and_exported(
    qtbot: QtBot,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    cases: Street,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(
        qtbot, sqlite_db, admin, settings, worker, node_id=cases.community, node_label="幸福社区"
    )
    assert dialog.ui.scopeCheck.isChecked() and "幸福社区" in dialog.ui.scopeCheck.text()
    assert dialog.statistics is not None and dialog.statistics.total.cases == 4  # 1, 2, 5 and April's 6
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog.ui.fromEdit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    assert dialog.preview is not None
    text = _pdf_text(dialog.preview.pdf)  # type: ignore[attr-defined]
    assert "人民调解案件登记台账" in text and "〔2026〕东风调字第5号" in text
    assert "〔2026〕东风调字第3号" not in text and cases.ids["张三明"] not in text
    dialog.preview.close()

    monkeypatch.setattr(
        "gridgov_desktop.ui.dialogs.case_statistics_dialog.QFileDialog.getSaveFileName",
        lambda *_args: (str(tmp_path / "台账"), ""),
    )
    _reload(qtbot, dialog, lambda: dialog.ui.scopeCheck.setChecked(False))
    assert dialog.statistics is not None and dialog.statistics.total.cases == 6
    dialog.ui.exportButton.click()
    target = tmp_path / "台账.xlsx"
    qtbot.waitUntil(lambda: dialog._task is None and target.exists(), timeout=20_000)
    cells = [row for row in load_workbook(target).active.iter_rows(values_only=True)]
    assert cells[0][0] == "人民调解案件登记台账"
    numbers = [row[1] for row in cells if row[0] and str(row[0]).isdigit()]
    assert len(numbers) == 6 and numbers[0] == "〔2026〕东风调字第1号"


def test_a_role_without_the_registers_is_told_so(
    qtbot: QtBot, sqlite_db: Database, settings: Settings, worker: Worker, cases: Street
) -> None:
    clerk = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
    dialog = CaseStatisticsDialog(sqlite_db, clerk, settings, worker, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: message_level(dialog.ui.messageLabel) is Level.ERROR, timeout=20_000)
    assert dialog.statistics is None and not dialog.ui.printButton.isEnabled()
    assert dialog.ui.showButton.isEnabled()
