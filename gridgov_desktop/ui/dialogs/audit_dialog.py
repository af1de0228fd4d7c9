"""The audit log viewer for administrators: filter by user, action, record and period (the last 30
days by default), read each entry's before → after, verify the hash chain, export what is shown.

Every read runs on the worker thread, a page at a time as the table scrolls: the log grows to
millions of entries. Enter applies the filters, Esc closes. Verifying a long log reports progress
and can be cancelled; its report names the first broken entry, or the head to note down.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.audit_chain import ChainReport, describe_report
from gridgov_desktop.services.audit_log import AuditFilter, AuditRow
from gridgov_desktop.services.audit_words import (
    ACTION_NAMES,
    ENTITY_NAMES,
    action_name,
    entity_name,
    local_time,
    pretty_json,
    record_label,
)
from gridgov_desktop.ui.forms.ui_audit_dialog import Ui_AuditDialog
from gridgov_desktop.ui.models.audit_table_model import (
    ACTION,
    ENTRY_ROLE,
    NUMBER,
    RECORD,
    TIME,
    USER,
    AuditTableModel,
)
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Cancelled, Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor

PAGE = 200
DEFAULT_DAYS = 30


def _load_page(
    db: Database, actor: Actor, where: AuditFilter, before_id: int | None
) -> tuple[list[AuditRow], bool, int | None]:
    """A page of entries, whether more follow, and (for a first page) how many match in all."""
    from gridgov_desktop.services.audit_log import count_entries, find_entries

    rows = find_entries(db, actor, where, limit=PAGE + 1, before_id=before_id)
    total = count_entries(db, actor, where) if before_id is None else None
    return rows[:PAGE], len(rows) > PAGE, total


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str = "zh_CN",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._today = today or dt.date.today()
        self._page_task: Task | None = None
        self._task: Task | None = None  # verify or export
        self._generation = 0  # a page loaded for an older filter is dropped
        self.report: ChainReport | None = None
        self._where = AuditFilter()
        self.model = AuditTableModel(lang, self)
        self._setup()
        self.apply_filters()

    def _setup(self) -> None:
        ui = self.ui
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        for column, mode in (
            (NUMBER, QHeaderView.ResizeMode.ResizeToContents),
            (TIME, QHeaderView.ResizeMode.ResizeToContents),
            (USER, QHeaderView.ResizeMode.Interactive),
            (ACTION, QHeaderView.ResizeMode.Interactive),
            (RECORD, QHeaderView.ResizeMode.Interactive),
        ):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(True)
        ui.table.setColumnWidth(USER, 110)
        ui.table.setColumnWidth(ACTION, 130)
        ui.table.setColumnWidth(RECORD, 170)
        ui.table.verticalHeader().setVisible(False)
        ui.splitter.setSizes([460, 160])
        ui.filterLayout.setColumnStretch(1, 1)
        ui.filterLayout.setColumnStretch(3, 1)
        ui.userCombo.addItem(self.tr("Everyone"), "")
        self._user_edit = ui.userCombo.lineEdit()
        assert self._user_edit is not None  # the combo is editable (the form says so)
        self._user_edit.setPlaceholderText(self.tr("user name"))
        ui.actionCombo.addItem(self.tr("Any action"), "")
        for code in sorted(ACTION_NAMES, key=lambda c: action_name(c, self._lang)):
            ui.actionCombo.addItem(action_name(code, self._lang), code)
        ui.entityCombo.addItem(self.tr("Any record"), "")
        for code in sorted(ENTITY_NAMES, key=lambda c: entity_name(c, self._lang)):
            ui.entityCombo.addItem(entity_name(code, self._lang), code)
        ui.fromEdit.setDate(_qdate(self._today - dt.timedelta(days=DEFAULT_DAYS)))
        ui.toEdit.setDate(_qdate(self._today))
        ui.applyButton.setDefault(True)
        ui.applyButton.clicked.connect(self.apply_filters)
        ui.recordEdit.returnPressed.connect(self.apply_filters)
        self._user_edit.returnPressed.connect(self.apply_filters)
        ui.verifyButton.clicked.connect(self.verify)
        ui.exportButton.clicked.connect(self.export)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.reject)
        ui.closeButton.setAutoDefault(False)
        self.model.more_wanted.connect(self._load_more)
        ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._set_busy(False)
        show_message(ui.messageLabel, Level.NONE)
        self._load_users()
        ui.userCombo.setFocus()

    def _load_users(self) -> None:
        from gridgov_desktop.services.audit_log import audit_users

        db, actor = self._db, self._actor
        self._worker.run(
            lambda: audit_users(db, actor), on_done=self._fill_users, on_error=self._failed, owner=self
        )

    def _fill_users(self, users: list[tuple[str, str]]) -> None:
        combo = self.ui.userCombo
        typed = combo.currentText() if combo.currentIndex() != 0 else ""
        for username, display in users:
            combo.addItem(username if display == username else f"{username}（{display}）", username)
        if typed:
            combo.setEditText(typed)

    # --- the filter --------------------------------------------------------------------------------
    def audit_filter(self) -> AuditFilter:
        ui = self.ui
        combo = ui.userCombo
        user = (
            combo.currentData() if combo.currentText() == combo.itemText(combo.currentIndex()) else None
        )
        if user is None:  # typed by hand: "wang" or "wang（王窗口）"
            user = combo.currentText().split("（", 1)[0].strip()
        return AuditFilter(
            user=user or None,
            entity=ui.entityCombo.currentData() or None,
            record=ui.recordEdit.text().strip() or None,
            action=ui.actionCombo.currentData() or None,
            since=ui.fromEdit.date().toPython(),  # type: ignore[arg-type]
            until=ui.toEdit.date().toPython(),  # type: ignore[arg-type]
        )

    def apply_filters(self) -> None:
        where = self.audit_filter()
        if where.since and where.until and where.since > where.until:
            show_message(
                self.ui.messageLabel, Level.ERROR, self.tr("The start date is after the end date.")
            )
            return
        if self._page_task is not None:
            self._page_task.cancel()
        self._generation += 1
        generation = self._generation
        self._where = where
        self.model.reset([], False)
        self.ui.detailText.clear()
        self.ui.countLabel.setText(self.tr("Loading…"))
        if self.ui.messageLabel.property("level") == Level.ERROR.value:
            show_message(self.ui.messageLabel, Level.NONE)
        db, actor = self._db, self._actor
        self._page_task = self._worker.run(
            lambda: _load_page(db, actor, where, None),
            on_done=lambda page: self._first_page(page, generation),
            on_error=self._page_failed,
            owner=self,
        )

    def _first_page(self, page: tuple[list[AuditRow], bool, int | None], generation: int) -> None:
        if generation != self._generation:
            return
        self._page_task = None
        rows, more, total = page
        self.model.reset(rows, more)
        self.ui.countLabel.setText(
            self.tr("{count} entries match the filters.").format(count=f"{total or 0:,}")
        )
        if rows:
            self.ui.table.selectRow(0)

    def _load_more(self, last_id: int) -> None:
        db, actor, where, generation = self._db, self._actor, self._where, self._generation
        self._page_task = self._worker.run(
            lambda: _load_page(db, actor, where, last_id),
            on_done=lambda page: self._next_page(page, generation),
            on_error=self._page_failed,
            owner=self,
        )

    def _next_page(self, page: tuple[list[AuditRow], bool, int | None], generation: int) -> None:
        if generation != self._generation:
            return
        self._page_task = None
        rows, more, _total = page
        self.model.append(rows, more)

    def _page_failed(self, error: BaseException) -> None:
        self._page_task = None
        self.model.load_failed()
        self.ui.countLabel.setText("")
        self._failed(error)

    # --- the detail pane ---------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            self.ui.detailText.clear()
            return
        entry: AuditRow = self.model.data(rows[0], ENTRY_ROLE)
        lines = [
            f"#{entry.id}  {local_time(entry.at):%Y-%m-%d %H:%M:%S}  {entry.username or '—'}  "
            f"{action_name(entry.action, self._lang)} ({entry.action})  "
            f"{record_label(entry.entity, entry.entity_id, self._lang)}",
        ]
        if entry.before:
            lines += ["", self.tr("Before:"), pretty_json(entry.before)]
        if entry.after:
            lines += ["", self.tr("After:"), pretty_json(entry.after)]
        self.ui.detailText.setPlainText("\n".join(lines))

    # --- verify and export -------------------------------------------------------------------------
    def verify(self) -> None:
        from gridgov_desktop.services.audit_chain import verify_chain

        if self._task is not None:
            return
        db, actor = self._db, self._actor
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Verifying the audit log…"))
        self._set_busy(True)
        self._task = self._worker.run_with_progress(
            lambda progress: verify_chain(db, actor, progress=progress),
            on_done=self._verified,
            on_error=self._task_failed,
            on_progress=self._progressed,
            owner=self,
        )

    def _verified(self, report: ChainReport) -> None:
        self._task = None
        self._set_busy(False)
        self.report = report
        words = describe_report(report, self._lang)
        show_message(self.ui.messageLabel, Level.NOTE if report.ok else Level.ERROR, words)
        if report.ok:
            QMessageBox.information(self, self.tr("Audit log verified"), words)
        else:
            QMessageBox.warning(self, self.tr("The audit log is broken"), words)

    def export(self) -> None:
        from gridgov_desktop.services.audit_log import export_entries

        if self._task is not None:
            return
        where = self.audit_filter()
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / f"{self.tr('Audit log')} {self._today.isoformat()}.xlsx"),
            self.tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith((".xlsx", ".csv")) else name + ".xlsx")
        db, actor, lang = self._db, self._actor, self._lang
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Exporting…"))
        self._set_busy(True, progress=False)
        self._task = self._worker.run(
            lambda: export_entries(db, actor, where, path, lang=lang),
            on_done=lambda result: self._exported(result.rows, path),
            on_error=self._task_failed,
            owner=self,
        )

    def _exported(self, rows: int, path: Path) -> None:
        self._task = None
        self._set_busy(False)
        show_message(
            self.ui.messageLabel,
            Level.NOTE,
            self.tr("Saved {rows} entries to {file}.").format(rows=rows, file=path),
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.request_stop()

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _task_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, Cancelled):
            show_message(self.ui.messageLabel, Level.NOTE, self.tr("Cancelled."))
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    def _set_busy(self, busy: bool, *, progress: bool = True) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy and progress)
        ui.cancelButton.setVisible(busy and progress)
        ui.progressBar.setMaximum(0)
        ui.progressBar.setValue(0)
        ui.verifyButton.setEnabled(not busy)
        ui.exportButton.setEnabled(not busy)

    # --- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        """Enter anywhere in the filters shows the entries; Esc closes (QDialog's own)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ui.table.hasFocus():
            self.apply_filters()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        for task in (self._task, self._page_task):
            if task is not None:
                task.cancel()
        self._task = self._page_task = None
        super().reject()
