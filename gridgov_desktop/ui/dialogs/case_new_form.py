"""The first page of the case dialog: a new case — date (today), source, dispute type, place (a path
of the organisation tree, "幸福社区/第一网格"), the at-risk flag, the summary, the parties, the lead
mediator and the assistants. ``new_case()`` checks it all inline and returns a ``NewCase`` or None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDir, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.mediation import CaseSource
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import NewCase
from gridgov_desktop.ui.forms.ui_case_dialog import Ui_CaseDialog
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.case_parties import PartiesEditor
from gridgov_desktop.ui.widgets.field_message import Level, show_message

# As the intake dialog's checklist: the theme draws an unchecked row as nothing at all, so the empty
# boxes of the assistants are drawn from the theme's icons (only when those are loaded).
_CHECK_BOX_RULES = """
QListView::indicator:unchecked { image: url(icon:/primary/checkbox_unchecked.svg); }
QListView::indicator:checked { image: url(icon:/primary/checkbox_checked.svg); }
QListView::indicator:disabled { image: none; }
QListView::item:selected, QListView::item:selected:focus {
    background-color: rgba(41, 121, 255, 0.22);
}
"""


class NewCaseForm(QObject):
    def __init__(
        self, ui: Ui_CaseDialog, parties: PartiesEditor, db: Database, actor: Actor, today: dt.date
    ) -> None:
        super().__init__(parties)
        self.ui, self.parties, self._db, self._actor = ui, parties, db, actor
        for message in (ui.dateMessage, ui.placeMessage):
            show_message(message, Level.NONE)
        ui.dateEdit.setText(today.isoformat())
        for source in CaseSource:
            ui.sourceCombo.addItem(words.source_text(source), source.value)
        for label, field in (
            (ui.dateLabel, ui.dateEdit), (ui.sourceLabel, ui.sourceCombo), (ui.typeLabel, ui.typeCombo),
            (ui.placeLabel, ui.placeEdit), (ui.summaryLabel, ui.summaryEdit),
            (ui.leadLabel, ui.leadCombo), (ui.assistantsLabel, ui.assistantsList),
        ):  # fmt: skip
            label.setBuddy(field)
        ui.placeEdit.setToolTip(
            self.tr("The grid or compound where the dispute arose, as a path of the tree; may be empty")
        )
        show_check_boxes(ui.assistantsList)

    def load_choices(self) -> None:
        """Dispute types and mediators (small reads, on the GUI thread when the dialog opens)."""
        from gridgov_desktop.services.mediation_cases import dispute_types, mediators

        ui = self.ui
        for type_id, name in dispute_types(self._db):
            ui.typeCombo.addItem(name, type_id)
        fill_mediators(ui.leadCombo, ui.assistantsList, mediators(self._db))
        mine = ui.leadCombo.findData(self._actor.user_id)
        ui.leadCombo.setCurrentIndex(max(mine, 0))

    def has_typing(self) -> bool:
        return bool(
            self.ui.summaryEdit.toPlainText().strip() or self.parties.rows or self.parties.has_typing()
        )

    def new_case(self) -> NewCase | None:
        from gridgov_desktop.ui.dialogs.form_dialog import read_date

        ui = self.ui
        ok, day = read_date(ui.dateEdit, ui.dateMessage, required=True)
        if not ok or day is None:
            ui.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        node_id = self._node_id()
        if node_id is False:
            return None
        if ui.typeCombo.currentIndex() < 0 or ui.leadCombo.currentIndex() < 0:
            show_message(
                ui.placeMessage, Level.ERROR,
                self.tr("Dispute types or mediators are missing: ask the administrator."),
            )  # fmt: skip
            return None
        if self.parties.has_typing() and not self.parties.add_current():
            return None
        lead = int(ui.leadCombo.currentData())
        assistants = checked_assistants(ui.assistantsList, lead)
        return NewCase(
            registered_on=day,
            source=CaseSource(ui.sourceCombo.currentData()),
            dispute_type_id=int(ui.typeCombo.currentData()),
            summary=ui.summaryEdit.toPlainText().strip(),
            parties=self.parties.drafts(),
            lead_mediator_id=lead,
            assistant_ids=assistants,
            node_id=node_id,
            at_risk=ui.atRiskCheck.isChecked(),
        )

    def _node_id(self) -> int | bool | None:
        return resolve_place(self._db, self.ui.placeEdit, self.ui.placeMessage)


def show_check_boxes(check_list: QListWidget) -> None:
    """Draw a checklist's empty boxes under the theme (see ``_CHECK_BOX_RULES``)."""
    if QDir.searchPaths("icon"):
        check_list.setStyleSheet(_CHECK_BOX_RULES)


def fill_mediators(
    lead_combo: QComboBox, assistants: QListWidget, found: Sequence[tuple[int, str]]
) -> None:
    """The mediators as lead choices and as unticked assistants (user id as item data)."""
    for user_id, name in found:
        lead_combo.addItem(name, user_id)
        item = QListWidgetItem(name, assistants)
        item.setData(Qt.ItemDataRole.UserRole, user_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)


def checked_assistants(assistants: QListWidget, lead: int) -> tuple[int, ...]:
    """The ticked assistants' user ids, without the lead (who cannot assist himself)."""
    found = []
    for row in range(assistants.count()):
        item = assistants.item(row)
        user_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked and user_id != lead:
            found.append(user_id)
    return tuple(found)


def resolve_place(db: Database, edit: QLineEdit, message: QLabel) -> int | bool | None:
    """The place's node id, None when empty, False (with the reason shown) when not found."""
    from gridgov_desktop.services.org import resolve_node

    text = edit.text().strip()
    if not text:
        show_message(message, Level.NONE)
        return None
    try:
        node = resolve_node(db, text)
    except DomainError as error:
        show_message(message, Level.ERROR, describe_error(error))
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False
    show_message(message, Level.NOTE, node.display_name)
    return node.id
