"""What a move of a request needs from the clerk before it is applied: the reason for a refusal
(confirmed once: it cannot be undone), what a pause waits for, or who collects the result (their ID
number checked as it is typed).

The dialog hands the inputs to ``apply`` (the request dialog's service call) and stays open when
the service refuses them, with the reason under the field it names; a ``Conflict`` closes it, and
the request dialog explains.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from gridgov_desktop.domain.errors import Conflict, DomainError, InvalidIdNumber
from gridgov_desktop.domain.id_number import parse_id_number
from gridgov_desktop.domain.service_requests import RequestAction
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.request_flow import Collector
from gridgov_desktop.ui.dialogs.resident_checks import check_id_number
from gridgov_desktop.ui.forms.ui_request_step_dialog import Ui_RequestStepDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn

# ``apply(note, collector)``: None when the move was made, else the service's refusal.
Apply = Callable[[str, Collector | None], DomainError | None]
STEPS = (RequestAction.PAUSE, RequestAction.REFUSE, RequestAction.COLLECT)


class RequestStepDialog(QDialog):
    def __init__(
        self,
        action: RequestAction,
        *,
        receipt_no: str,
        applicant_name: str,
        apply: Apply,
        lang: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if action not in STEPS:
            raise ValueError(f"{action} needs no inputs")
        super().__init__(parent)
        self.ui = ui = Ui_RequestStepDialog()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self.action, self._apply, self._lang = action, apply, lang
        self._receipt_no = receipt_no
        self._today = today or dt.date.today()
        self.conflict: Conflict | None = None
        collecting = action is RequestAction.COLLECT
        for widget in (ui.noteLabel, ui.noteEdit):
            widget.setVisible(not collecting)
        for widget in (
            ui.collectorNameLabel, ui.collectorNameEdit, ui.collectorIdLabel, ui.collectorIdEdit,
        ):  # fmt: skip
            widget.setVisible(collecting)
        for label in self._messages():
            show_message(label, Level.NONE)
        self._texts(action, receipt_no)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Refuse…") if action is RequestAction.REFUSE else self.tr("OK"))
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.noteEdit.textChanged.connect(lambda _t: show_message(ui.noteMessage, Level.NONE))
        ui.collectorNameEdit.textChanged.connect(
            lambda _t: show_message(ui.collectorNameMessage, Level.NONE)
        )
        ui.collectorIdEdit.textChanged.connect(self._check_id)
        fields = [ui.collectorNameEdit, ui.collectorIdEdit] if collecting else [ui.noteEdit]
        self._keys = EnterMovesOn(fields, self.submit, self)
        if collecting:
            ui.collectorNameEdit.setText(applicant_name)
            ui.collectorIdEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            ui.noteEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _texts(self, action: RequestAction, number: str) -> None:
        ui = self.ui
        if action is RequestAction.PAUSE:
            title = self.tr("Pause request {number}").format(number=number)
            explanation = self.tr(
                "The clock stops while the office waits for the resident; resuming moves the "
                "promised date on by the working days spent waiting."
            )
            ui.noteLabel.setText(self.tr("&Waiting for:"))
            ui.noteEdit.setPlaceholderText(self.tr("e.g. the applicant's signature on the form"))
        elif action is RequestAction.REFUSE:
            title = self.tr("Refuse or return request {number}").format(number=number)
            explanation = self.tr(
                "The request ends here and cannot be reopened. The reason is recorded in its "
                "history and told to the resident."
            )
            ui.noteLabel.setText(self.tr("&Reason:"))
            ui.noteEdit.setPlaceholderText(self.tr("e.g. does not meet the conditions: under 60"))
        else:
            title = self.tr("Result collected: {number}").format(number=number)
            explanation = self.tr(
                "Check the collector's ID card. Someone collecting for the applicant gives their "
                "own name and ID number."
            )
        self.setWindowTitle(title)
        ui.headingLabel.setText(title)
        ui.explanationLabel.setText(explanation)

    def _messages(self) -> list[QLabel]:
        ui = self.ui
        return [ui.noteMessage, ui.collectorNameMessage, ui.collectorIdMessage, ui.formMessage]

    def _check_id(self, text: str) -> None:
        check, _info = check_id_number(text, self._lang, self._today)
        show_message(self.ui.collectorIdMessage, check.level, check.text)

    # --- submitting --------------------------------------------------------------------------------
    def note(self) -> str:
        return self.ui.noteEdit.text().strip()

    def collector(self) -> Collector | None:
        if self.action is not RequestAction.COLLECT:
            return None
        return Collector(self.ui.collectorNameEdit.text().strip(), self.ui.collectorIdEdit.text())

    def submit(self) -> None:
        if not self._complete():
            return
        if self.action is RequestAction.REFUSE and not self._confirm_refusal():
            return
        error = self._apply(self.note(), self.collector())
        if error is None:
            self.accept()
        elif isinstance(error, Conflict):
            self.conflict = error
            self.reject()
        else:
            self._show(error)

    def _complete(self) -> bool:
        ui, required = self.ui, self.tr("Required.")
        if self.action is not RequestAction.COLLECT:
            if not self.note():
                show_message(ui.noteMessage, Level.ERROR, required)
                ui.noteEdit.setFocus()
                return False
            return True
        if not ui.collectorNameEdit.text().strip():
            show_message(ui.collectorNameMessage, Level.ERROR, required)
            ui.collectorNameEdit.setFocus()
            return False
        try:
            parse_id_number(ui.collectorIdEdit.text(), today=self._today)
        except InvalidIdNumber as error:
            show_message(ui.collectorIdMessage, Level.ERROR, describe_error(error, self._lang))
            ui.collectorIdEdit.setFocus()
            return False
        return True

    def _confirm_refusal(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Refuse the request?"),
            self.tr(
                "Refuse or return request {number}? This cannot be undone.\nReason: {reason}"
            ).format(number=self._receipt_no, reason=self.note()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, error: DomainError) -> None:
        ui = self.ui
        field = str(error.args_map.get("field", ""))
        label = {
            "note": ui.noteMessage,
            "collector_name": ui.collectorNameMessage,
            "collector_id": ui.collectorIdMessage,
            "id_number": ui.collectorIdMessage,
        }.get(field, ui.formMessage)
        if not label.parentWidget() or not self._visible_field(label):
            label = ui.formMessage
        show_message(label, Level.ERROR, describe_error(error, self._lang))

    def _visible_field(self, label: QLabel) -> bool:
        ui = self.ui
        if label is ui.noteMessage:
            return ui.noteEdit.isVisibleTo(self)
        if label in (ui.collectorNameMessage, ui.collectorIdMessage):
            return ui.collectorIdEdit.isVisibleTo(self)
        return True
