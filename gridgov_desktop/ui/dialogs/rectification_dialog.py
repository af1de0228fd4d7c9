"""差评整改台账: every bad review (不满意 / 非常不满意) with its deadline, the measures taken and the
reply to the resident — the follow-up the 好差评 rules require within a set number of working days.

The list is loaded on a worker thread; the measures and the reply are saved there too, each naming
the version the clerk saw. If someone else saved the same follow-up meanwhile (``Conflict``), the
clerk is told who and chooses: reload what they saved, or keep the typed text (the list is reloaded
either way, so a second save deliberately replaces theirs). Overdue follow-ups are red and say
"逾期N个工作日" (the deadline is counted in working days). An administrator sets the time limit
here; Ctrl+P prints the 好差评及整改台账 of the bad reviews.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.domain.service_requests import RectificationStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.services.service_types import RectificationInfo
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.forms.ui_rectification_dialog import Ui_RectificationDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.rectification_table import (
    Loaded,
    RectificationTable,
    ledger_pdf,
    load_rectifications,
)
from gridgov_desktop.ui.workers import Worker


class RectificationDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RectificationDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._today = today
        self.rows: list[RectificationInfo] = []
        self.current: RectificationInfo | None = None
        self.preview: QWidget | None = None
        self._busy = False
        self._generation = 0
        self.may_edit = allows(actor, Permission.FOLLOW_UP_RATINGS)
        self.may_set_days = allows(actor, Permission.MANAGE_CATALOGUE)
        self._setup()
        self.reload()

    def _setup(self) -> None:
        ui = self.ui
        table = ui.rectificationTable
        self.table = RectificationTable(table)
        table.itemSelectionChanged.connect(self._selection_changed)
        ui.openOnlyCheck.toggled.connect(lambda _on: self.reload())
        ui.measuresEdit.textChanged.connect(self._update_buttons)
        ui.saveMeasuresButton.clicked.connect(self.save_measures)
        ui.replyButton.clicked.connect(self.save_reply)
        ui.saveDaysButton.clicked.connect(self.save_days)
        ui.printButton.clicked.connect(self.print_ledger)
        ui.closeButton.clicked.connect(self.reject)
        for widget in (ui.daysLabel, ui.daysSpin, ui.saveDaysButton):
            widget.setVisible(self.may_set_days)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_ledger)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save_focused)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        show_message(ui.messageLabel, Level.NONE)
        self._show_current(None)
        table.setFocus()

    # --- loading -----------------------------------------------------------------------------------
    def reload(self, *, keep_text: bool = False, then_say: tuple[Level, str] | None = None) -> None:
        """Load the list again; ``keep_text`` keeps what is typed for the same follow-up, and
        ``then_say`` is shown under it once loaded."""
        self._generation += 1
        generation, db, actor = self._generation, self._db, self._actor
        open_only, today = self.ui.openOnlyCheck.isChecked(), self._today()
        self.ui.countLabel.setText(self.tr("Loading…"))
        self._worker.run(
            lambda: load_rectifications(db, actor, open_only, today),
            on_done=lambda result: self._loaded(generation, result, keep_text, then_say),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(
        self,
        generation: int,
        result: Loaded,
        keep_text: bool,
        then_say: tuple[Level, str] | None,
    ) -> None:
        if generation != self._generation:
            return
        rows, days, left = result
        keep = self.current.id if self.current is not None else None
        typed = (self.ui.measuresEdit.toPlainText(), self.ui.replyEdit.toPlainText())
        self.rows = rows
        self.ui.daysSpin.setValue(days)
        self.table.fill(rows, left, self._today())
        self.ui.countLabel.setText(self.tr("Total: %n follow-up(s)", "", len(rows)))
        row = self.table.row_of(keep) if keep is not None else None
        row = row if row is not None or not rows else 0
        if row is not None:
            self.ui.rectificationTable.selectRow(row)
        self._selection_changed()  # the fresh record, even when the same row stays selected
        if keep_text and self.current is not None and self.current.id == keep:
            self.ui.measuresEdit.setPlainText(typed[0])
            self.ui.replyEdit.setPlainText(typed[1])
        if then_say is not None:
            show_message(self.ui.messageLabel, *then_say)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DomainError):
            raise error
        self.ui.countLabel.clear()
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error))

    # --- the selected follow-up --------------------------------------------------------------------
    def _selection_changed(self) -> None:
        table = self.ui.rectificationTable
        rows = table.selectionModel().selectedRows()
        chosen = self.table.id_at(rows[0].row()) if rows else None
        current = self.current
        changing = current is not None and chosen != current.id
        if changing and current is not None and self.unsaved() and not self._may_discard():
            back = self.table.row_of(current.id)
            if back is not None:
                table.blockSignals(True)
                table.selectRow(back)
                table.blockSignals(False)
                return
        self._show_current(next((info for info in self.rows if info.id == chosen), None))

    def _show_current(self, info: RectificationInfo | None) -> None:
        ui = self.ui
        self.current = info
        ui.problemLabel.setText((info.problem or "—") if info else "")
        ui.measuresEdit.setPlainText(info.measures if info else "")
        ui.replyEdit.setPlainText(info.reply if info else "")
        replied = info is not None and info.status is RectificationStatus.REPLIED
        ui.measuresEdit.setReadOnly(not self._editable())
        ui.replyEdit.setReadOnly(not self._editable())
        ui.detailGroup.setEnabled(info is not None)
        self._update_buttons()
        if info is not None and replied:
            show_message(
                ui.messageLabel,
                Level.NOTE,
                self.tr("Closed: the resident was answered on {date}.").format(
                    date=info.replied_on.isoformat() if info.replied_on else ""
                ),
            )
        else:
            show_message(ui.messageLabel, Level.NONE)

    def _editable(self) -> bool:
        info = self.current
        return info is not None and self.may_edit and info.status is not RectificationStatus.REPLIED

    def _update_buttons(self) -> None:
        """The reply needs measures: saved before, or typed now (saved with it)."""
        ready = self._editable() and not self._busy
        self.ui.saveMeasuresButton.setEnabled(ready)
        has_measures = bool(self.ui.measuresEdit.toPlainText().strip())
        self.ui.replyButton.setEnabled(ready and has_measures)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def unsaved(self) -> bool:
        info = self.current
        if info is None or not self.may_edit:
            return False
        return (
            self.ui.measuresEdit.toPlainText().strip() != info.measures.strip()
            or self.ui.replyEdit.toPlainText().strip() != info.reply.strip()
        )

    # --- saving ------------------------------------------------------------------------------------
    def _save_focused(self) -> None:
        """Ctrl+S: the reply when it has the focus (or is all that changed), else the measures."""
        info = self.current
        reply_changed = info is not None and self.ui.replyEdit.toPlainText().strip() != info.reply
        if self.ui.replyEdit.hasFocus() or (reply_changed and not self.ui.measuresEdit.hasFocus()):
            self.save_reply()
        else:
            self.save_measures()

    def save_measures(self) -> None:
        self._save("measures", self.ui.measuresEdit)

    def save_reply(self) -> None:
        self._save("reply", self.ui.replyEdit)

    def _save(self, what: str, edit: QPlainTextEdit) -> None:
        info = self.current
        if info is None or self._busy or not self.may_edit:
            return
        text = edit.toPlainText()
        if not text.strip():
            show_message(self.ui.messageLabel, Level.ERROR, self.tr("Write something first."))
            edit.setFocus()
            return
        db, actor, version, today = self._db, self._actor, info.version, self._today()
        measures = self.ui.measuresEdit.toPlainText()
        measures_first = what == "reply" and measures.strip() != info.measures.strip()

        def work() -> RectificationInfo:
            from gridgov_desktop.services import ratings

            if what == "measures":
                return ratings.record_measures(
                    db, actor, info.id, text, expected_version=version, today=today
                )
            seen = version
            if measures_first:  # typed together: the measures are saved with the reply
                seen = ratings.record_measures(
                    db, actor, info.id, measures, expected_version=version, today=today
                ).version
            return ratings.reply_to_resident(
                db, actor, info.id, text, expected_version=seen, today=today
            )

        self._set_busy(True)
        self._worker.run(
            work,
            on_done=lambda saved: self._saved(what, saved),
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, what: str, saved: RectificationInfo) -> None:
        self._busy = False
        self.rows = [saved if info.id == saved.id else info for info in self.rows]
        self._show_current(saved)
        done = (
            self.tr("Measures saved.")
            if what == "measures"
            else self.tr("Reply saved: follow-up closed.")
        )
        show_message(self.ui.messageLabel, Level.NOTE, done)
        self.reload(then_say=(Level.NOTE, done))
        if what == "measures":
            self.ui.replyEdit.setFocus()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Conflict):
            self._conflict()
            return
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error))

    def _conflict(self) -> None:
        """Someone saved this follow-up first: say who, reload, and let the clerk keep the typing."""
        db, actor, wanted = self._db, self._actor, self.current.id if self.current else None

        def latest() -> RectificationInfo | None:
            from gridgov_desktop.services.ratings import rectifications

            return next((r for r in rectifications(db, actor) if r.id == wanted), None)

        self._worker.run(latest, on_done=self._ask_reload, on_error=self._failed, owner=self)

    def _ask_reload(self, latest: RectificationInfo | None) -> None:
        who = latest.handled_by if latest is not None and latest.handled_by else self.tr("someone")
        answer = QMessageBox.question(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "{who} saved this follow-up after you opened it.\n\n"
                "Show what they saved? Choose No to keep your text and save it again."
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        keep = answer != QMessageBox.StandardButton.Yes
        said = (
            self.tr("Not saved: {who} changed this follow-up.").format(who=who)
            if keep
            else self.tr("The latest follow-up is shown.")
        )
        self.reload(keep_text=keep, then_say=(Level.WARNING if keep else Level.NOTE, said))

    # --- the time limit ----------------------------------------------------------------------------
    def save_days(self) -> None:
        if not self.may_set_days:
            return
        db, actor, days = self._db, self._actor, self.ui.daysSpin.value()

        def work() -> int:
            from gridgov_desktop.services.ratings import set_rectification_days

            set_rectification_days(db, actor, days)
            return days

        self._worker.run(
            work,
            on_done=lambda saved: show_message(
                self.ui.messageLabel,
                Level.NOTE,
                self.tr("New bad reviews must be followed up within {days} working days.").format(
                    days=saved
                ),
            ),
            on_error=self._failed,
            owner=self,
        )

    # --- printing ----------------------------------------------------------------------------------
    def print_ledger(self) -> None:
        db, actor, shown, today = self._db, self._actor, list(self.rows), self._today()
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Preparing the ledger…"))
        self._worker.run(
            lambda: ledger_pdf(db, actor, shown, today),
            on_done=self._preview,
            on_error=self._failed,
            owner=self,
        )

    def _preview(self, pdf: bytes) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        show_message(self.ui.messageLabel, Level.NONE)
        title = self.tr("Ratings and rectifications")
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=f"{title}.pdf", settings=self._settings, parent=self
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    # --- closing -----------------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("The measures or the reply were not saved. Discard them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self.unsaved() and not self._may_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.unsaved() and self.isVisible():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
