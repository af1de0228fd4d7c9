"""One request (one receipt): its details, history, the moves it may make, reprints and the rating.

Only the moves its state allows are offered (``allowed_actions``). A refusal asks for the reason and
confirms once; a pause asks what is awaited; a collection asks who collects, with their ID number
checked as it is typed (``request_step_dialog``). Every move names the version this dialog read: if
another window moved the request meanwhile the service refuses (``Conflict``) and the dialog says who
did what and when, with a Reload button; nothing is applied over their change and nothing typed here
is dropped. Calls are single small transactions and run on the GUI thread.

Keys: Alt+underlined letter for each move, Ctrl+P reprints the receipt, F5 reloads, keys 1–5 (Alt+1–5
from anywhere) choose the rating and Ctrl+S saves it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction, RequestStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import ratings, service_requests
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_types import RequestDetail
from gridgov_desktop.settings import RECEIPT_PAGE_SIZE, Settings
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.dialogs.request_step_dialog import STEPS, RequestStepDialog
from gridgov_desktop.ui.forms.ui_request_dialog import Ui_RequestDialog
from gridgov_desktop.ui.widgets import request_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Worker

_RATEABLE = (RequestStatus.COMPLETED, RequestStatus.COLLECTED)
T = TypeVar("T")


def _time(at: dt.datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M}"


class RequestDialog(QDialog):
    """``request_changed(receipt_no)`` after every move or rating saved here."""

    request_changed = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        receipt_no: str,
        lang: str | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_RequestDialog()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._lang = lang or words.screen_language()
        self._today = today
        self.receipt_no = receipt_no
        self.detail: RequestDetail | None = None
        self.step_dialog: RequestStepDialog | None = None
        self._may_serve = allows(actor, Permission.SERVE_AT_WINDOW)
        self.action_buttons: dict[RequestAction, QPushButton] = {
            RequestAction.START: ui.startButton,
            RequestAction.RESUME: ui.resumeButton,
            RequestAction.PAUSE: ui.pauseButton,
            RequestAction.COMPLETE: ui.completeButton,
            RequestAction.REFUSE: ui.refuseButton,
            RequestAction.COLLECT: ui.collectButton,
        }
        self.rating_buttons: dict[RatingLevel, QRadioButton] = {}
        self._set_up()
        self.reload()
        # Not on a move: a stray Space must not start or complete anything.
        ui.historyTable.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- set-up ------------------------------------------------------------------------------------
    def _set_up(self) -> None:
        ui = self.ui
        for action, button in self.action_buttons.items():
            keys = QKeySequence.mnemonic(button.text()).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{words.action_text(action)} ({keys})")
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
        ui.reprintButton.setToolTip(self.tr("Reprint the receipt, marked as a reprint (Ctrl+P)"))
        ui.reprintButton.clicked.connect(self.reprint)
        ui.reloadButton.setToolTip(self.tr("Read the request again (F5)"))
        ui.reloadButton.clicked.connect(self.reload)
        ui.closeButton.clicked.connect(self.reject)
        ui.saveRatingButton.setToolTip(self.tr("Save the rating (Ctrl+S)"))
        ui.saveRatingButton.clicked.connect(self.save_rating)
        self._rating_group = QButtonGroup(self)
        layout = ui.ratingLevelsLayout
        for number, level in enumerate(RatingLevel, 1):
            radio = QRadioButton(f"&{number} {words.rating_text(level)}", ui.ratingLevels)
            self._rating_group.addButton(radio, number)
            layout.addWidget(radio)
            self.rating_buttons[level] = radio
            # Plain digits choose while a level has focus (the comment field keeps its digits).
            shortcut = QShortcut(QKeySequence(str(number)), ui.ratingLevels, radio.click)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addStretch(1)
        ui.commentEdit.returnPressed.connect(self.save_rating)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.reprint)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_rating)
        header = ui.historyTable.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.historyTable.verticalHeader().hide()
        for value in (
            ui.serviceValue, ui.residentValue, ui.windowValue, ui.acceptedValue, ui.promisedValue,
            ui.dueValue, ui.materialsValue, ui.printValue, ui.outcomeValue,
        ):  # fmt: skip
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        ui.conflictFrame.hide()
        for label in (ui.messageLabel, ui.overdueLabel, ui.ratingValue, ui.rectificationValue):
            show_message(label, Level.NONE)

    # --- reading -----------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the request again (F5, and the Reload button after a conflict)."""
        try:
            detail = service_requests.get_request(self._db, self._actor, self.receipt_no)
        except DomainError as error:
            self._show_error(error)
            return False
        self.ui.conflictFrame.hide()
        show_message(self.ui.messageLabel, Level.NONE)
        self._fill(detail)
        return True

    def _fill(self, detail: RequestDetail) -> None:
        ui, summary, lang = self.ui, detail.summary, self._lang
        self.detail = detail
        self.receipt_no = summary.receipt_no
        title = self.tr("Receipt {number}").format(number=summary.receipt_no)
        self.setWindowTitle(f"{title}　{summary.resident_name}")
        ui.headingLabel.setText(title)
        ui.statusLabel.setText(words.status_text(summary.status))
        today = self._today or dt.date.today()
        if summary.is_overdue(today):
            show_message(ui.overdueLabel, Level.ERROR, self.tr("Overdue: due {date}").format(
                date=words.long_date(summary.due_on, lang)
            ))  # fmt: skip
        else:
            show_message(ui.overdueLabel, Level.NONE)
        service = detail.service
        ui.serviceValue.setText(f"{service.name} · {service.department}")
        ui.residentValue.setText(f"{summary.resident_name}　{summary.resident_id_masked}".strip())
        ui.windowValue.setText(
            self.tr("Window {number} · {clerk}").format(
                number=summary.window_no, clerk=summary.clerk_name
            )
        )
        ui.acceptedValue.setText(_time(summary.accepted_at))
        ui.promisedValue.setText(words.long_date(detail.promised_on, lang))
        ui.dueValue.setText(self._due_text(detail))
        ui.materialsValue.setText("、".join(m.description_zh for m in detail.materials_brought) or "—")
        ui.printValue.setText(self._print_text(detail.print_count))
        ui.outcomeValue.setText(self._outcome_text(detail))
        self._fill_history(detail)
        allowed = set(detail.allowed_actions) if self._may_serve else set()
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
            button.setEnabled(True)
        ui.reprintButton.setVisible(self._may_serve)
        self._fill_rating(detail)

    def _due_text(self, detail: RequestDetail) -> str:
        summary, lang = detail.summary, self._lang
        text = words.long_date(summary.due_on, lang)
        if detail.paused_days:
            text = self.tr("Paused {days} working days, moved to {date}").format(
                days=detail.paused_days, date=text
            )
        if summary.status is RequestStatus.PAUSED:
            text += self.tr(" (clock stopped while paused)")
        return text

    def _print_text(self, count: int) -> str:
        if count == 0:
            return self.tr("Not printed yet")
        if count == 1:
            return self.tr("Printed once")
        return self.tr("Printed {count} times ({reprints} reprints)").format(
            count=count, reprints=count - 1
        )

    def _outcome_text(self, detail: RequestDetail) -> str:
        summary = detail.summary
        if summary.status is RequestStatus.REFUSED:
            return self.tr("Refused: {reason}").format(reason=detail.refused_reason)
        if summary.status is RequestStatus.COLLECTED and detail.collected_at is not None:
            return self.tr("Collected by {name} at {time}").format(
                name=detail.collected_by, time=_time(detail.collected_at)
            )
        if summary.completed_at is not None:
            return self.tr("Completed at {time}").format(time=_time(summary.completed_at))
        return "—"

    def _fill_history(self, detail: RequestDetail) -> None:
        table = self.ui.historyTable
        table.setRowCount(len(detail.history))
        for row, event in enumerate(detail.history):
            before = words.status_text(event.from_status) if event.from_status else ""
            after = words.status_text(event.to_status) if event.to_status else ""
            moved = f"{before} → {after}".strip() if after else ""
            cells = [_time(event.at), words.event_text(event.action), moved, event.user_display,
                     event.note]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        if detail.history:
            table.scrollToBottom()

    def _fill_rating(self, detail: RequestDetail) -> None:
        ui, rating = self.ui, detail.rating
        rateable = detail.summary.status in _RATEABLE and rating is None and self._may_serve
        ui.ratingGroup.setVisible(rateable or rating is not None)
        for widget in (ui.ratingLevels, ui.commentLabel, ui.commentEdit, ui.saveRatingButton):
            widget.setVisible(rateable)
        if rating is None:
            show_message(ui.ratingValue, Level.NONE)
        else:
            text = self.tr("{level}, {time}, recorded by {by}").format(
                level=words.rating_text(rating.level), time=_time(rating.rated_at), by=rating.recorded_by
            )
            if rating.comment:
                text += self.tr(": “{comment}”").format(comment=rating.comment)
            show_message(ui.ratingValue, Level.WARNING if rating.level.is_bad else Level.NOTE, text)
        fix = detail.rectification
        if fix is None:
            show_message(ui.rectificationValue, Level.NONE)
            return
        text = self.tr("Bad review: rectification record opened {opened}, due {due} — {status}.").format(
            opened=fix.opened_on.isoformat(),
            due=words.long_date(fix.due_on, self._lang),
            status=words.rectification_text(fix.status),
        )
        show_message(ui.rectificationValue, Level.NOTE, text)

    # --- moves -------------------------------------------------------------------------------------
    def act(self, action: RequestAction) -> None:
        """Apply ``action``, first asking what it needs (reason, what is awaited, collector)."""
        button = self.action_buttons[action]
        if self.detail is None or not button.isVisible() or not button.isEnabled():
            return
        if action not in STEPS:
            error = self._advance(action, "", None)
            if error is not None and not isinstance(error, Conflict):
                self._show_error(error)
            return
        dialog = RequestStepDialog(
            action,
            receipt_no=self.receipt_no,
            applicant_name=self.detail.summary.resident_name,
            apply=lambda note, collector: self._advance(action, note, collector),
            lang=self._lang,
            parent=self,
        )
        dialog.finished.connect(dialog.deleteLater)
        self.step_dialog = dialog
        dialog.open()

    def _advance(
        self, action: RequestAction, note: str, collector: Collector | None
    ) -> DomainError | None:
        assert self.detail is not None
        try:
            detail = advance(
                self._db, self._actor, self.receipt_no, action,
                expected_version=self.detail.summary.version, note=note, collector=collector,
            )  # fmt: skip
        except Conflict as error:
            self._show_conflict(error)
            return error
        except DomainError as error:
            return error
        self._fill(detail)
        show_message(
            self.ui.messageLabel,
            Level.NOTE,
            self.tr("Done: {action}. Now “{status}”.").format(
                action=words.action_text(action), status=words.status_text(detail.summary.status)
            ),
        )
        self.request_changed.emit(self.receipt_no)
        return None

    def _show_conflict(self, error: Conflict) -> None:
        ui = self.ui
        show_message(ui.conflictLabel, Level.ERROR, describe_error(error, self._lang))
        ui.conflictFrame.show()
        for button in self.action_buttons.values():
            button.setEnabled(False)  # any move would meet the same conflict until reloaded
        ui.reloadButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reprint and rating ------------------------------------------------------------------------
    def reprint(self) -> None:
        """Print the receipt again (Ctrl+P): the PDF says 补打 and the print is audited."""
        if not self._may_serve:
            return
        from gridgov_desktop.pdf.receipt import render_receipt

        document = self._call(
            lambda: service_requests.print_receipt(self._db, self._actor, self.receipt_no)
        )
        if document is None:
            return
        self.ui.printValue.setText(self._print_text(document.reprint + 1))
        pdf = render_receipt(document, page_size=self._settings.get(RECEIPT_PAGE_SIZE))
        title = self.tr("Receipt {number}").format(number=self.receipt_no)
        if document.reprint:
            title = self.tr("Receipt {number} (reprint {count})").format(
                number=self.receipt_no, count=document.reprint
            )
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=f"受理回执-{self.receipt_no}.pdf", settings=self._settings,
            parent=self,
        )  # fmt: skip
        preview.exec()
        preview.deleteLater()

    def chosen_level(self) -> RatingLevel | None:
        return next((level for level, radio in self.rating_buttons.items() if radio.isChecked()), None)

    def save_rating(self) -> None:
        ui = self.ui
        if not ui.saveRatingButton.isVisible():
            return
        level = self.chosen_level()
        if level is None:
            show_message(ui.messageLabel, Level.ERROR, self.tr("Choose one of the five levels (1–5)."))
            return
        comment = ui.commentEdit.text()
        detail = self._call(
            lambda: ratings.rate_request(self._db, self._actor, self.receipt_no, level, comment)
        )
        if detail is None:
            return
        ui.commentEdit.clear()
        self._rating_group.setExclusive(False)
        for radio in self.rating_buttons.values():
            radio.setChecked(False)
        self._rating_group.setExclusive(True)
        self._fill(detail)
        show_message(ui.messageLabel, Level.NOTE, self.tr("Rating saved."))
        self.request_changed.emit(self.receipt_no)

    def _call(self, call: Callable[[], T]) -> T | None:
        try:
            return call()
        except DomainError as error:
            self._show_error(error)
            return None

    def _show_error(self, error: DomainError) -> None:
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    def reject(self) -> None:
        unsaved = self.ui.saveRatingButton.isVisible() and (
            self.chosen_level() is not None or self.ui.commentEdit.text().strip()
        )
        if unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Discard the rating?"),
                self.tr("The rating has not been saved. Close without saving it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


def open_request_by_text(
    parent: QWidget | None,
    db: Database,
    actor: Actor,
    settings: Settings,
    worker: Worker,
    text: str,
    *,
    on_changed: Callable[[str], None] | None = None,
    lang: str | None = None,
) -> bool:
    """Open the request a typed receipt number or a scanned QR code names; False (after a warning
    box saying why) for a forged code, a mistyped number or a receipt that does not exist.

    With a parent the dialog is shown beside it (deleted on close); without one it runs modally.
    """
    lang = lang or words.screen_language()
    try:
        detail = service_requests.find_request(db, actor, text)
    except DomainError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RequestDialog", "Open a receipt"),
            describe_error(error, lang),
        )
        return False
    dialog = RequestDialog(
        db, actor, settings, worker, receipt_no=detail.summary.receipt_no, lang=lang, parent=parent
    )
    if on_changed is not None:
        dialog.request_changed.connect(on_changed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        dialog.exec()
    else:
        dialog.show()
    return True
