"""The service window's registers: choose one (受理登记台账, 逾期事项台账, 好差评及整改台账, 服务事项
统计表), its period (this month by default; today, this month, last month in one click), its bands,
one window or all, and the residents of the part of the tree selected in the main window or everyone;
then preview it before printing (Ctrl+P) or export it as .xlsx. The statistics can also be shown
here as a table.

Everything is read and drawn on the worker thread — a month of a busy hall is thousands of rows —
with a progress bar and a cancel button while the PDF is laid out. The services and the PDF code are
imported inside the functions that run there: opening the main window loads no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_register_types import (
    Grouping,
    ServiceRegisterKind,
    ServiceStatistics,
)
from gridgov_desktop.settings import LAST_FILE_FOLDER, Settings
from gridgov_desktop.ui.forms.ui_service_registers_dialog import Ui_ServiceRegistersDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Cancelled, Progress, Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.service_register_common import Purpose

KINDS = (
    ServiceRegisterKind.SERVICES,
    ServiceRegisterKind.OVERDUE,
    ServiceRegisterKind.RATINGS,
    ServiceRegisterKind.STATISTICS,
)


@dataclass(frozen=True)
class Choice:
    """What the clerk chose: a register, its period (for the overdue register: completed late from
    ``date_from``, drawn up as of ``date_to``), bands, window, part of the tree."""

    kind: ServiceRegisterKind
    date_from: dt.date
    date_to: dt.date
    grouping: Grouping = Grouping.DAY
    window_no: int | None = None
    node_id: int | None = None
    bad_only: bool = False
    today: dt.date | None = None

    @property
    def file_stem(self) -> str:
        from gridgov_desktop.services.service_register_sheets import period_text

        if self.kind is ServiceRegisterKind.OVERDUE:
            return f"{self.kind.title_zh} 截至{self.date_to.isoformat()}"
        return f"{self.kind.title_zh} {period_text(self.date_from, self.date_to)}"


# --- the work done on the worker thread ---------------------------------------------------------------
def register_data(db: Database, actor: Actor, choice: Choice, purpose: Purpose) -> Any:
    """The register ``choice`` names, read (and the print or export audited) by its service."""
    from gridgov_desktop.services import service_registers as registers
    from gridgov_desktop.services.service_statistics import service_statistics

    kind, window, node = choice.kind, choice.window_no, choice.node_id
    start, end, today = choice.date_from, choice.date_to, choice.today
    if kind is ServiceRegisterKind.SERVICES:
        return registers.service_register(
            db, actor, start, end, grouping=choice.grouping, window_no=window, node_id=node,
            today=today, purpose=purpose,
        )  # fmt: skip
    if kind is ServiceRegisterKind.OVERDUE:
        return registers.overdue_register(
            db, actor, at=end, date_from=start, window_no=window, node_id=node, purpose=purpose
        )
    if kind is ServiceRegisterKind.RATINGS:
        return registers.rating_register(
            db, actor, start, end, bad_only=choice.bad_only, window_no=window, node_id=node,
            today=today, purpose=purpose,
        )  # fmt: skip
    return service_statistics(
        db, actor, start, end, window_no=window, node_id=node, today=today, purpose=purpose
    )


def register_pdf(
    db: Database, actor: Actor, choice: Choice, progress: Progress | None = None
) -> tuple[bytes, str]:
    """The register as PDF and its title (the print is audited)."""
    from gridgov_desktop.pdf.service_registers import sheet_pdf
    from gridgov_desktop.services.service_register_sheets import sheet_for

    sheet = sheet_for(register_data(db, actor, choice, "print"))
    return sheet_pdf(sheet, progress), sheet.title


def export_xlsx(db: Database, actor: Actor, choice: Choice, path: Path) -> int:
    """Write the register to ``path`` (the export is audited); returns its rows."""
    from gridgov_desktop.services.service_register_sheets import sheet_for
    from gridgov_desktop.services.service_register_xlsx import write_register_xlsx

    return write_register_xlsx(sheet_for(register_data(db, actor, choice, "export")), path)


def month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of ``day``'s month."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ServiceRegistersDialog(QDialog):
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
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServiceRegistersDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._node_id, self._today = node_id, today
        self._task: Task | None = None
        self.preview: QWidget | None = None
        self.statistics: ServiceStatistics | None = None
        self._setup(node_label)

    def _setup(self, node_label: str) -> None:
        ui = self.ui
        names = {
            ServiceRegisterKind.SERVICES: self.tr("Service register (requests accepted)"),
            ServiceRegisterKind.OVERDUE: self.tr("Overdue register"),
            ServiceRegisterKind.RATINGS: self.tr("Ratings and rectifications"),
            ServiceRegisterKind.STATISTICS: self.tr("Statistics per service and month"),
        }
        for kind in KINDS:
            ui.registerCombo.addItem(names[kind], kind.value)
        bands = {
            Grouping.DAY: self.tr("A band per day"),
            Grouping.WINDOW: self.tr("A band per window"),
            Grouping.SERVICE: self.tr("A band per service"),
            Grouping.DEPARTMENT: self.tr("A band per department"),
        }
        for grouping in Grouping:
            ui.groupingCombo.addItem(bands[grouping], grouping.value)
        if self._node_id is not None:
            ui.scopeCheck.setText(self.tr("Only residents of {place}").format(place=node_label))
            ui.scopeCheck.setChecked(True)
        else:
            ui.scopeCheck.setText(self.tr("Everyone (select a part of the tree to narrow it)"))
            ui.scopeCheck.setEnabled(False)
        self.set_period(*month_of(self.today()))
        ui.todayButton.clicked.connect(lambda: self.set_period(self.today(), self.today()))
        ui.thisMonthButton.clicked.connect(lambda: self.set_period(*month_of(self.today())))
        ui.lastMonthButton.clicked.connect(
            lambda: self.set_period(*month_of(self.today().replace(day=1) - dt.timedelta(days=1)))
        )
        ui.registerCombo.currentIndexChanged.connect(self._kind_changed)
        ui.fromEdit.dateChanged.connect(self._check_period)
        ui.toEdit.dateChanged.connect(self._check_period)
        ui.previewButton.clicked.connect(self.preview_register)
        ui.exportButton.clicked.connect(self.export_register)
        ui.showButton.clicked.connect(self.show_statistics)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.reject)
        ui.previewButton.setDefault(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.preview_register)
        header = ui.statisticsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._set_busy(False)
        show_message(ui.messageLabel, Level.NONE)
        self._kind_changed()
        ui.registerCombo.setFocus()

    # --- the choice --------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def kind(self) -> ServiceRegisterKind:
        return ServiceRegisterKind(self.ui.registerCombo.currentData())

    def set_kind(self, kind: ServiceRegisterKind) -> None:
        self.ui.registerCombo.setCurrentIndex(KINDS.index(kind))

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.ui.fromEdit.setDate(_qdate(date_from))
        self.ui.toEdit.setDate(_qdate(date_to))

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()  # type: ignore[return-value]

    def choice(self) -> Choice:
        ui = self.ui
        date_from, date_to = self.period()
        kind = self.kind()
        if kind is ServiceRegisterKind.OVERDUE:
            date_to = min(date_to, self.today())  # drawn up as of a day that has come
        window = ui.windowSpin.value()
        return Choice(
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            grouping=Grouping(ui.groupingCombo.currentData()),
            window_no=window or None,
            node_id=self._node_id if ui.scopeCheck.isChecked() else None,
            bad_only=ui.badOnlyCheck.isChecked(),
            today=self._today,
        )

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.kind()
        ui.groupingCombo.setEnabled(kind is ServiceRegisterKind.SERVICES)
        ui.badOnlyCheck.setVisible(kind is ServiceRegisterKind.RATINGS)
        statistics = kind is ServiceRegisterKind.STATISTICS
        ui.statisticsTable.setVisible(statistics)
        ui.showButton.setVisible(statistics)
        # The table takes the room when it is shown; otherwise the buttons stay at the bottom.
        grow = QSizePolicy.Policy.Minimum if statistics else QSizePolicy.Policy.Expanding
        ui.middleSpacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, grow)
        ui.mainLayout.invalidate()
        if kind is ServiceRegisterKind.OVERDUE:
            ui.periodLabel.setText(self.tr("Completed late &from:"))
            ui.toLabel.setText(self.tr("as of"))
        else:
            ui.periodLabel.setText(self.tr("&Period:"))
            ui.toLabel.setText(self.tr("to"))
        self._check_period()

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
        for button in (self.ui.previewButton, self.ui.exportButton, self.ui.showButton):
            button.setEnabled(ok and not busy)
        return ok

    # --- actions -----------------------------------------------------------------------------------
    def preview_register(self) -> None:
        if self._task is not None or not self._check_period():
            return
        db, actor, choice = self._db, self._actor, self.choice()
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Preparing the register…"))
        self._set_busy(True)
        self._task = self._worker.run_with_progress(
            lambda progress: register_pdf(db, actor, choice, progress),
            on_done=lambda result: self._show_preview(result, choice),
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
        )

    def export_register(self) -> None:
        if self._task is not None or not self._check_period():
            return
        choice = self.choice()
        folder = Path(self._settings.get(LAST_FILE_FOLDER) or str(Path.home()))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the register"),
            str(folder / f"{choice.file_stem}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self._settings.set(LAST_FILE_FOLDER, str(path.parent))
        db, actor = self._db, self._actor
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Exporting…"))
        self._set_busy(True, progress=False)
        self._task = self._worker.run(
            lambda: export_xlsx(db, actor, choice, path),
            on_done=lambda rows: self._done(
                self.tr("Saved {rows} rows to {file}.").format(rows=rows, file=path)
            ),
            on_error=self._failed,
            owner=self,
        )

    def show_statistics(self) -> None:
        if self._task is not None or not self._check_period():
            return
        db, actor, choice = self._db, self._actor, self.choice()
        self._set_busy(True, progress=False)
        self._task = self._worker.run(
            lambda: register_data(db, actor, choice, "view"),
            on_done=self._fill_statistics,
            on_error=self._failed,
            owner=self,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.request_stop()

    # --- results -----------------------------------------------------------------------------------
    def _show_preview(self, result: tuple[bytes, str], choice: Choice) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog  # QtPdf: on first use

        self._done("")
        pdf, title = result
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=f"{choice.file_stem}.pdf", settings=self._settings, parent=self
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    def _fill_statistics(self, statistics: ServiceStatistics) -> None:
        self._done("")
        self.statistics = statistics
        table = self.ui.statisticsTable
        months = [f"{year}-{month:02d}" for year, month in statistics.months]
        headers = [self.tr("Service"), *months, self.tr("Total"), self.tr("Completed"),
                   self.tr("On time"), self.tr("Overdue"), self.tr("Refused"), self.tr("Rated"),
                   self.tr("Average rating")]  # fmt: skip
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        rows = [*statistics.rows, statistics.total]
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            rate = "—" if row.on_time_rate is None else f"{row.on_time_rate * 100:.1f}%"
            score = "—" if row.average_score is None else f"{row.average_score:.2f}"
            name = row.name if row.code else self.tr("Total")
            cells = [name, *map(str, row.per_month), str(row.accepted), str(row.completed), rate,
                     str(row.overdue), str(row.refused), str(row.rated), score]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not row.code:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)
        show_message(
            self.ui.messageLabel,
            Level.NOTE,
            self.tr("{count} requests accepted in the period.").format(count=statistics.total.accepted),
        )

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

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
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error))

    def _set_busy(self, busy: bool, *, progress: bool = True) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy and progress)
        ui.cancelButton.setVisible(busy and progress)
        ui.progressBar.setMaximum(0)  # busy until the first page is laid out
        ui.progressBar.setValue(0)
        for widget in (ui.registerCombo, ui.fromEdit, ui.toEdit):
            widget.setEnabled(not busy)
        self._check_period()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        super().reject()
