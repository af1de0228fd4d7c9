"""Importing residents from an .xlsx: choose the file, read the dry-run report, choose how, import.

Every pass runs on a worker thread with a progress bar and a cancel button (UX.md: long work). The
first pass is a dry run (``services.resident_import``, nothing written): its report lists each problem
with the row number and column Excel shows. The clerk then chooses "all rows or none" or "skip the
rows with errors"; the import itself is one transaction, so a cancel or a failure leaves the database
as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import LAST_FILE_FOLDER, Settings
from gridgov_desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from gridgov_desktop.ui.i18n import format_count
from gridgov_desktop.ui.workers import Cancelled, Progress, Task, Worker

CHOOSE, PROGRESS, REPORT, DONE = range(4)
MAX_PROBLEMS_SHOWN = 5_000


def describe_file_error(error: DomainError, lang: str) -> str:
    describe = getattr(error, "describe", None)  # ExcelFileError carries its own words
    return str(describe(lang)) if callable(describe) else describe_error(error, lang)


def _run_import(
    db: Database, actor: Actor, path: Path, dry_run: bool, skip_bad_rows: bool, progress: Progress
) -> Any:
    from gridgov_desktop.services.resident_import import ImportCancelled, import_residents

    def report(done: int, total: int) -> None:
        try:
            progress(done, total)
        except Cancelled:
            raise ImportCancelled() from None

    return import_residents(
        db, actor, path, dry_run=dry_run, skip_bad_rows=skip_bad_rows, progress=report
    )


class ImportDialog(QDialog):
    """``imported(rows_written)`` after an import wrote rows (the main window refreshes)."""

    imported = Signal(int)
    template_requested = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        settings: Settings,
        *,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._settings, self._lang = (
            db,
            actor,
            worker,
            settings,
            lang,
        )
        self.path: Path | None = None
        self.report: Any = None
        self._task: Task | None = None
        ui = self.ui
        table = ui.problemsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Problem")]
        )
        table.verticalHeader().hide()
        # One line a problem (the full text is the tooltip): thousands of rows stay cheap to lay out.
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.browseButton.clicked.connect(self.choose_file)
        ui.otherFileButton.clicked.connect(self.choose_file)
        ui.templateButton.clicked.connect(self.template_requested.emit)
        ui.recheckButton.clicked.connect(lambda: self.check(self.path) if self.path else None)
        ui.importButton.clicked.connect(self.start_import)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.allOrNothingRadio.toggled.connect(self._mode_changed)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.pages.setCurrentIndex(CHOOSE)
        ui.chooseMessage.hide()
        ui.browseButton.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None

    # --- choosing and checking ---------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = self._settings.get(LAST_FILE_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the spreadsheet"), folder, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self._settings.set(LAST_FILE_FOLDER, str(Path(path).parent))
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """The dry run: read and check every row, write nothing."""
        self.path, self.report = path, None
        self.ui.chooseMessage.hide()
        self.ui.fileEdit.setText(str(path))
        self._run(
            dry_run=True,
            skip_bad_rows=False,
            label=self.tr("Checking {file}…").format(file=path.name),
            on_done=self._checked,
        )

    def _checked(self, report: Any) -> None:
        self.report = report
        ui = self.ui
        errors, warnings = len(report.errors), len(report.warnings)
        ui.summaryLabel.setText(
            self.tr(
                "{file}: {rows} rows read, {valid} can be imported, {bad} have errors; {warnings} notes."
            ).format(
                file=report.file_name,
                rows=format_count(report.rows_read),
                valid=format_count(report.rows_valid),
                bad=format_count(report.bad_rows),
                warnings=format_count(warnings),
            )
        )
        table = ui.problemsTable
        shown = report.problems[:MAX_PROBLEMS_SHOWN]
        table.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            is_error = problem.severity.value == "error"
            cells = [
                str(problem.row_number),
                problem.column or self.tr("(whole row)"),
                self.tr("Error") if is_error else self.tr("Note"),
                problem.message_zh,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(problem.message_zh)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if is_error:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.setVisible(bool(shown))
        ui.skipBadRowsRadio.setText(
            self.tr("&Skip the {bad} rows with errors and import the other {valid}").format(
                bad=format_count(report.bad_rows), valid=format_count(report.rows_valid)
            )
        )
        ui.skipBadRowsRadio.setEnabled(errors > 0 and report.rows_valid > 0)
        if errors == 0:
            ui.allOrNothingRadio.setChecked(True)
        self._mode_changed()
        ui.pages.setCurrentIndex(REPORT)
        ui.importButton.setFocus()

    def _mode_changed(self) -> None:
        report, ui = self.report, self.ui
        if report is None:
            return
        errors = len(report.errors)
        all_or_nothing = ui.allOrNothingRadio.isChecked()
        blocked = report.rows_valid == 0 or (errors > 0 and all_or_nothing)
        ui.importButton.setEnabled(not blocked)
        if report.rows_valid == 0:
            hint = self.tr("No row can be imported: correct the file in Excel, then check again.")
        elif blocked:
            hint = self.tr(
                "While any row has an error, “all or none” imports nothing: correct the file and "
                "check again, or skip the rows with errors."
            )
        else:
            hint = ""
        ui.modeHint.setText(hint)
        ui.modeHint.setVisible(bool(hint))

    # --- importing ---------------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.path is None or self.report is None or not self.ui.importButton.isEnabled():
            return
        self._run(
            dry_run=False,
            skip_bad_rows=self.ui.skipBadRowsRadio.isChecked(),
            label=self.tr("Importing {file}…").format(file=self.path.name),
            on_done=self._done,
        )

    def _done(self, report: Any) -> None:
        ui = self.ui
        ui.resultLabel.setText(
            self.tr("Imported {rows} residents into {households} new households.").format(
                rows=format_count(report.rows_written),
                households=format_count(report.households_created),
            )
            if report.rows_written
            else self.tr("Nothing was imported.")
        )
        ui.resultDetail.setText(
            self.tr("{skipped} rows with errors were skipped. Took {seconds:.1f} s.").format(
                skipped=format_count(report.rows_read - report.rows_written), seconds=report.seconds
            )
        )
        ui.pages.setCurrentIndex(DONE)
        ui.buttonBox.setFocus()
        if report.rows_written:
            self.imported.emit(report.rows_written)

    # --- the worker --------------------------------------------------------------------------------
    def _run(
        self, *, dry_run: bool, skip_bad_rows: bool, label: str, on_done: Callable[[Any], None]
    ) -> None:
        assert self.path is not None
        db, actor, path = self._db, self._actor, self.path
        ui = self.ui
        ui.progressLabel.setText(label)
        ui.progressBar.setRange(0, 0)  # busy until the first report
        ui.cancelButton.setEnabled(True)
        ui.pages.setCurrentIndex(PROGRESS)
        ui.cancelButton.setFocus()
        ui.buttonBox.setEnabled(False)

        def finished(value: Any) -> None:
            self._task = None
            ui.buttonBox.setEnabled(True)
            on_done(value)

        self._task = self._worker.run_with_progress(
            lambda progress: _run_import(db, actor, path, dry_run, skip_bad_rows, progress),
            on_done=finished,
            on_error=lambda error: self._failed(error, dry_run),
            on_progress=self._progress,
            owner=self,
        )

    def _progress(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.request_stop()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Cancelling…"))

    def _failed(self, error: BaseException, dry_run: bool) -> None:
        from gridgov_desktop.services.resident_import import ImportCancelled

        self._task = None
        ui = self.ui
        ui.buttonBox.setEnabled(True)
        if isinstance(error, ImportCancelled | Cancelled):
            text = self.tr("Cancelled: nothing was imported.")
        elif isinstance(error, DomainError):
            text = describe_file_error(error, self._lang)
            if not dry_run:
                text += "\n" + self.tr("Nothing was imported.")
        else:
            raise error
        if dry_run:
            ui.chooseMessage.setText("✕ " + text)
            ui.chooseMessage.show()
            ui.pages.setCurrentIndex(CHOOSE)
            ui.browseButton.setFocus()
        else:
            ui.modeHint.setText(text)
            ui.modeHint.show()
            ui.pages.setCurrentIndex(REPORT)

    def reject(self) -> None:
        if self._task is not None:
            self.cancel()  # a running import stops and rolls back; the dialog closes when asked again
            return
        super().reject()
