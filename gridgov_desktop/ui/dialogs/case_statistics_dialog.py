"""The mediation statistics: the cases of a period (this year by default; this month, quarter or year
in one click) where they arose — the part of the tree selected in the main window, or everywhere —
counted by dispute type, outcome and month as charts and by type, source and month as a table;
printed with the charts (Ctrl+P), and the case register of the same period previewed (Ctrl+R) or
exported as .xlsx.

The counts are read on the worker thread; the charts are drawn on the GUI thread (Qt paints only
there) and handed to the PDF as PNG images. Services and PDF code are imported inside the functions
that run on the worker: opening the main window loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_register_types import CaseOutcome, CaseStatistics
from gridgov_desktop.settings import LAST_FILE_FOLDER, Settings
from gridgov_desktop.ui.dialogs.case_charts import (
    PRINT_WORDS,
    ChartWords,
    chart_png,
    month_chart,
    outcome_chart,
    type_chart,
)
from gridgov_desktop.ui.forms.ui_case_statistics_dialog import Ui_CaseStatisticsDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Cancelled, Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.pdf.mediation_registers import ChartImage


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = dt.date(first.year + (first.month == 10), (first.month + 3 - 1) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def year_of(day: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


class CaseStatisticsDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        node_id: int | None = None,
        node_label: str = "",
        lang: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseStatisticsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._node_id, self._lang, self._today = node_id, lang, today
        self._task: Task | None = None
        self.statistics: CaseStatistics | None = None
        self.preview: QWidget | None = None
        self.views = [QChartView(self) for _ in range(3)]
        self._setup(node_label)
        self.show_statistics()

    def _setup(self, node_label: str) -> None:
        ui = self.ui
        for index, view in enumerate(self.views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(320, 240)
            # Types and outcomes side by side, the months across underneath.
            ui.chartsLayout.addWidget(view, index // 2, index % 2, 1, 1 if index < 2 else 2)
        if self._node_id is not None:
            ui.scopeCheck.setText(self.tr("Only cases that arose in {place}").format(place=node_label))
            ui.scopeCheck.setChecked(True)
        else:
            ui.scopeCheck.setText(self.tr("All cases (select a part of the tree to narrow it)"))
            ui.scopeCheck.setEnabled(False)
        self.set_period(*year_of(self.today()))
        ui.thisMonthButton.clicked.connect(lambda: self._quick(month_of))
        ui.thisQuarterButton.clicked.connect(lambda: self._quick(quarter_of))
        ui.thisYearButton.clicked.connect(lambda: self._quick(year_of))
        ui.fromEdit.dateChanged.connect(self._check_period)
        ui.toEdit.dateChanged.connect(self._check_period)
        ui.scopeCheck.toggled.connect(lambda _on: self.show_statistics())
        ui.showButton.clicked.connect(self.show_statistics)
        ui.printButton.clicked.connect(self.print_statistics)
        ui.registerButton.clicked.connect(self.preview_register)
        ui.exportButton.clicked.connect(self.export_register)
        ui.closeButton.clicked.connect(self.reject)
        ui.showButton.setDefault(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_statistics)
        QShortcut(QKeySequence("Ctrl+R"), self, self.preview_register)
        ui.statisticsTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        show_message(ui.messageLabel, Level.NONE)
        ui.fromEdit.setFocus()

    # --- the choice --------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.ui.fromEdit.setDate(_qdate(date_from))
        self.ui.toEdit.setDate(_qdate(date_to))

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()  # type: ignore[return-value]

    def node_id(self) -> int | None:
        return self._node_id if self.ui.scopeCheck.isChecked() else None

    def words(self) -> ChartWords:
        outcomes = {
            CaseOutcome.WRITTEN: self.tr("Written agreement"),
            CaseOutcome.ORAL: self.tr("Oral agreement"),
            CaseOutcome.FAILED: self.tr("Failed"),
            CaseOutcome.WITHDRAWN: self.tr("Withdrawn"),
            CaseOutcome.PENDING: self.tr("In progress"),
        }
        return ChartWords(
            self.tr("Cases by dispute type"), self.tr("Cases by outcome"), self.tr("Cases by month"),
            self.tr("Cases"), self.tr("Agreements"), outcomes,
        )  # fmt: skip

    def _quick(self, period: Callable[[dt.date], tuple[dt.date, dt.date]]) -> None:
        self.set_period(*period(self.today()))
        self.show_statistics()

    def _check_period(self) -> bool:
        date_from, date_to = self.period()
        ok = date_from <= date_to
        if not ok:
            show_message(
                self.ui.messageLabel, Level.ERROR, self.tr("The start date is after the end date.")
            )
        elif self.ui.messageLabel.property("level") == Level.ERROR.value:
            show_message(self.ui.messageLabel, Level.NONE)
        busy = self._task is not None
        for button in (self.ui.showButton, self.ui.registerButton, self.ui.exportButton):
            button.setEnabled(ok and not busy)
        self.ui.printButton.setEnabled(ok and not busy and self.statistics is not None)
        return ok

    # --- actions -----------------------------------------------------------------------------------
    def show_statistics(self) -> None:
        if not self._start():
            return
        db, actor, (date_from, date_to), node = self._db, self._actor, self.period(), self.node_id()

        def read() -> CaseStatistics:
            from gridgov_desktop.services.mediation_registers import case_statistics

            return case_statistics(db, actor, date_from, date_to, node_id=node)

        self._task = self._worker.run(read, on_done=self._fill, on_error=self._failed, owner=self)

    def print_statistics(self) -> None:
        """Read the figures again (the print is audited), draw the charts of what was read, and
        lay the PDF out on the worker."""
        if self.statistics is None or not self._start():
            return
        db, actor, (date_from, date_to), node = self._db, self._actor, self.period(), self.node_id()

        def read() -> CaseStatistics:
            from gridgov_desktop.services.mediation_registers import case_statistics

            return case_statistics(db, actor, date_from, date_to, node_id=node, purpose="print")

        self._task = self._worker.run(read, on_done=self._print_read, on_error=self._failed, owner=self)

    def _print_read(self, statistics: CaseStatistics) -> None:
        self._fill(statistics)
        charts = self.chart_images(statistics)

        def lay_out() -> bytes:
            from gridgov_desktop.pdf.mediation_registers import case_statistics_pdf

            return case_statistics_pdf(statistics, charts)

        self._start()
        stem = self._file_stem("人民调解案件统计表")
        self._task = self._worker.run(
            lay_out,
            on_done=lambda pdf: self._show_preview(pdf, "人民调解案件统计表", stem),
            on_error=self._failed,
            owner=self,
        )

    @staticmethod
    def chart_images(statistics: CaseStatistics) -> list[ChartImage]:
        """The three charts drawn in Chinese at print resolution (on the GUI thread)."""
        from gridgov_desktop.pdf.mediation_registers import ChartImage

        words = PRINT_WORDS
        return [
            ChartImage(words.by_type, chart_png(type_chart(statistics, words))),
            ChartImage(words.by_outcome, chart_png(outcome_chart(statistics, words))),
            ChartImage(words.by_month, chart_png(month_chart(statistics, words))),
        ]

    def preview_register(self) -> None:
        if not self._start():
            return
        db, actor, (date_from, date_to), node = self._db, self._actor, self.period(), self.node_id()

        def lay_out() -> bytes:
            from gridgov_desktop.pdf.mediation_registers import case_register_pdf
            from gridgov_desktop.services.mediation_registers import case_register

            return case_register_pdf(case_register(db, actor, date_from, date_to, node_id=node))

        title = "人民调解案件登记台账"
        self._task = self._worker.run(
            lay_out,
            on_done=lambda pdf: self._show_preview(pdf, title, self._file_stem(title)),
            on_error=self._failed,
            owner=self,
        )

    def export_register(self) -> None:
        if self._task is not None or not self._check_period():
            return
        folder = Path(self._settings.get(LAST_FILE_FOLDER) or str(Path.home()))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the case register"),
            str(folder / f"{self._file_stem('人民调解案件登记台账')}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name or not self._start():
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self._settings.set(LAST_FILE_FOLDER, str(path.parent))
        db, actor, (date_from, date_to), node = self._db, self._actor, self.period(), self.node_id()

        def write() -> int:
            from gridgov_desktop.services.mediation_register_sheets import case_register_sheet
            from gridgov_desktop.services.mediation_registers import case_register
            from gridgov_desktop.services.service_register_xlsx import write_register_xlsx

            register = case_register(db, actor, date_from, date_to, node_id=node, purpose="export")
            write_register_xlsx(case_register_sheet(register), path)
            return register.count

        self._task = self._worker.run(
            write,
            on_done=lambda rows: self._done(
                self.tr("Saved {rows} cases to {file}.").format(rows=rows, file=path)
            ),
            on_error=self._failed,
            owner=self,
        )

    # --- results -----------------------------------------------------------------------------------
    def _fill(self, statistics: CaseStatistics) -> None:
        self._done("")
        self.statistics = statistics
        words = self.words()
        charts = (type_chart, outcome_chart, month_chart)
        for view, build in zip(self.views, charts, strict=True):
            old = view.chart()
            view.setChart(build(statistics, words))
            old.deleteLater()  # setChart leaves the old one to us
        self._fill_table(statistics)
        self._check_period()
        from gridgov_desktop.services.mediation_register_sheets import rate_text

        total = statistics.total
        self.ui.summaryLabel.setText(
            self.tr(
                "{cases} cases: {agreed} settled by agreement, {failed} failed, {withdrawn} "
                "withdrawn, {pending} in progress; success rate {rate}. At risk of turning "
                "criminal: {risk}, of them settled: {prevented}."
            ).format(
                cases=total.cases, agreed=total.agreed, failed=total.failed,
                withdrawn=total.withdrawn, pending=total.pending,
                rate=rate_text(total.success_rate), risk=total.at_risk,
                prevented=total.at_risk_agreed,
            )
        )  # fmt: skip

    def _fill_table(self, statistics: CaseStatistics) -> None:
        from gridgov_desktop.services.mediation_register_sheets import statistics_cells

        headers = [self.tr("Line"), self.tr("Cases"), self.tr("Written"), self.tr("Oral"),
                   self.tr("Failed"), self.tr("Withdrawn"), self.tr("In progress"),
                   self.tr("Success rate"), self.tr("At risk"), self.tr("At risk, settled")]  # fmt: skip
        sections = (
            (self.tr("By dispute type"), statistics.by_type),
            (self.tr("By source"), statistics.by_source),
            (self.tr("By month"), statistics.by_month),
        )
        rows: list[tuple[tuple[str, ...], bool]] = [
            (statistics_cells(self.tr("All cases"), statistics.total), True)
        ]
        for band, lines in sections:
            rows.append(((band,), True))
            rows.extend((statistics_cells(line.label, line.counts), False) for line in lines)
        table = self.ui.statisticsTable
        table.clear()
        table.clearSpans()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for index, (cells, bold) in enumerate(rows):
            if len(cells) == 1:
                table.setSpan(index, 0, 1, len(headers))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)

    def chart(self, index: int) -> QChart:
        """The chart shown: 0 by type, 1 by outcome, 2 by month."""
        return self.views[index].chart()

    def _show_preview(self, pdf: bytes, title: str, stem: str) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog  # QtPdf: on first use

        self._done("")
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=f"{stem}.pdf", settings=self._settings, parent=self
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    def _file_stem(self, title: str) -> str:
        date_from, date_to = self.period()
        return f"{title} {date_from.isoformat()}至{date_to.isoformat()}"

    def _start(self) -> bool:
        """Whether work may start now (nothing running, a valid period); marks the dialog busy."""
        if self._task is not None or not self._check_period():
            return False
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Working…"))
        self._set_busy(True)
        return True

    def _done(self, text: str) -> None:
        self._task = None
        self._set_busy(False)
        show_message(self.ui.messageLabel, Level.NOTE if text else Level.NONE, text)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            show_message(self.ui.messageLabel, Level.NOTE, self.tr("Cancelled."))
            return
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.fromEdit, ui.toEdit, ui.thisMonthButton, ui.thisQuarterButton,
                       ui.thisYearButton, ui.scopeCheck):  # fmt: skip
            widget.setEnabled(not busy and (widget is not ui.scopeCheck or self._node_id is not None))
        if busy:
            for button in (ui.showButton, ui.registerButton, ui.exportButton, ui.printButton):
                button.setEnabled(False)
        else:
            self._check_period()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()
