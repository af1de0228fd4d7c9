"""An open case's details, changed after it was opened: source, dispute type, place, the at-risk flag,
the summary, the lead mediator and the assistants (the case dialog's Ctrl+E).

Ctrl+S saves what changed, naming the version the case dialog read: the header first
(``update_case``), then the mediators (``set_mediators``) only if they changed. Someone else's change
in between is shown with Reload, which reads the case again into the form; other refusals are shown
under the form and keep what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.domain.mediation import CaseSource
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.ui.dialogs.case_new_form import (
    checked_assistants,
    fill_mediators,
    resolve_place,
    show_check_boxes,
)
from gridgov_desktop.ui.forms.ui_case_info_dialog import Ui_CaseInfoDialog
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message


class CaseInfoDialog(QDialog):
    """Accepted once something was saved; ``detail`` is then the case as saved (else the last read)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        detail: CaseDetail,
        *,
        parent: QWidget | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CaseInfoDialog()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._lang = db, actor, lang
        self.detail = detail
        self.saved = False
        for source in CaseSource:
            ui.sourceCombo.addItem(words.source_text(source), source.value)
        for label, field in (
            (ui.sourceLabel, ui.sourceCombo), (ui.typeLabel, ui.typeCombo),
            (ui.placeLabel, ui.placeEdit), (ui.summaryLabel, ui.summaryEdit),
            (ui.leadLabel, ui.leadCombo), (ui.assistantsLabel, ui.assistantsList),
        ):  # fmt: skip
            label.setBuddy(field)
        ui.placeEdit.setToolTip(
            self.tr(
                "The grid or compound where the dispute arose, as a path of the tree; empty clears it"
            )
        )
        show_check_boxes(ui.assistantsList)
        ui.conflictFrame.hide()
        for label in (ui.placeMessage, ui.messageLabel, ui.conflictLabel):
            show_message(label, Level.NONE)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.reloadButton.clicked.connect(self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self._fill(detail)

    def _fill(self, detail: CaseDetail) -> None:
        """The form as the case stands; choices are read again (types and mediators may change)."""
        from gridgov_desktop.services.mediation_cases import dispute_types, mediators

        ui, summary = self.ui, detail.summary
        self.detail = detail
        self.setWindowTitle(self.tr("Case details: {number}").format(number=summary.number))
        ui.headingLabel.setText(self.tr("Case {number}").format(number=summary.number))
        ui.sourceCombo.setCurrentIndex(max(ui.sourceCombo.findData(summary.source.value), 0))
        ui.typeCombo.clear()
        for type_id, name in dispute_types(self._db):
            ui.typeCombo.addItem(name, type_id)
        current_type = ui.typeCombo.findText(summary.dispute_type)
        if current_type < 0:  # a type no longer offered stays as it is unless another is chosen
            ui.typeCombo.insertItem(0, summary.dispute_type, None)
            current_type = 0
        ui.typeCombo.setCurrentIndex(current_type)
        self._place_shown = summary.place
        ui.placeEdit.setText(summary.place)
        show_message(ui.placeMessage, Level.NONE)
        ui.atRiskCheck.setChecked(summary.at_risk)
        ui.summaryEdit.setPlainText(detail.summary_text)
        ui.leadCombo.clear()
        ui.assistantsList.clear()
        found = list(mediators(self._db))
        known = {user_id for user_id, _name in found}
        found += [(m.user_id, m.name) for m in detail.mediators if m.user_id not in known]
        fill_mediators(ui.leadCombo, ui.assistantsList, found)
        self._mediators_shown = self._case_mediators(detail)
        lead, assistants = self._mediators_shown
        ui.leadCombo.setCurrentIndex(max(ui.leadCombo.findData(lead), 0))
        for row in range(ui.assistantsList.count()):
            item = ui.assistantsList.item(row)
            if int(item.data(Qt.ItemDataRole.UserRole)) in assistants:
                item.setCheckState(Qt.CheckState.Checked)
        ui.conflictFrame.hide()
        show_message(ui.messageLabel, Level.NONE)

    @staticmethod
    def _case_mediators(detail: CaseDetail) -> tuple[int, frozenset[int]]:
        lead = next((m.user_id for m in detail.mediators if m.is_lead), 0)
        return lead, frozenset(m.user_id for m in detail.mediators if not m.is_lead)

    def reload(self) -> None:
        """Read the case again after a conflict (what was typed here is replaced)."""
        from gridgov_desktop.services.mediation_cases import get_case

        try:
            detail = get_case(self._db, self._actor, self.detail.summary.id)
        except DomainError as error:
            show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))
            return
        self._fill(detail)

    def save(self) -> None:
        from gridgov_desktop.services.mediation_cases import set_mediators, update_case

        ui, summary = self.ui, self.detail.summary
        if ui.conflictFrame.isVisible():
            return  # the same version would meet the same conflict: Reload first
        changes: dict[str, object] = {}
        place = ui.placeEdit.text().strip()
        if place != self._place_shown.strip():
            node_id = resolve_place(self._db, ui.placeEdit, ui.placeMessage)
            if node_id is False:
                return
            changes["node_id"] = node_id
        text = ui.summaryEdit.toPlainText().strip()
        if text != self.detail.summary_text:
            changes["summary"] = text
        type_id = ui.typeCombo.currentData()
        if type_id is not None and ui.typeCombo.currentText() != summary.dispute_type:
            changes["dispute_type_id"] = int(type_id)
        if ui.atRiskCheck.isChecked() != summary.at_risk:
            changes["at_risk"] = ui.atRiskCheck.isChecked()
        source = CaseSource(ui.sourceCombo.currentData())
        if source is not summary.source:
            changes["source"] = source
        if ui.leadCombo.currentIndex() < 0:
            show_message(
                ui.messageLabel, Level.ERROR,
                self.tr("There are no mediators to choose from: ask the administrator."),
            )  # fmt: skip
            return
        lead = int(ui.leadCombo.currentData())
        assistants = checked_assistants(ui.assistantsList, lead)
        mediators_changed = (lead, frozenset(assistants)) != self._mediators_shown
        if not changes and not mediators_changed:
            self.accept() if self.saved else self.reject()
            return
        version = summary.version
        try:
            if changes:
                self.detail = update_case(
                    self._db, self._actor, summary.id, expected_version=version,
                    **changes,  # type: ignore[arg-type]
                )  # fmt: skip
                self.saved = True
                version = self.detail.summary.version
                self._place_shown = place
            if mediators_changed:
                self.detail = set_mediators(
                    self._db, self._actor, summary.id, lead, assistants, expected_version=version
                )
                self.saved = True
        except Conflict as error:
            show_message(ui.conflictLabel, Level.ERROR, describe_error(error, self._lang))
            ui.conflictFrame.show()
            ui.reloadButton.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except DomainError as error:
            show_message(ui.messageLabel, Level.ERROR, describe_error(error, self._lang))
            return
        self.accept()
