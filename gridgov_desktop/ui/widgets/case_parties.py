"""The parties of a case: a table, and a small form that adds one — a resident picked from the
registry (``PersonPicker``: the service copies name, sex, ID, phone and address from the record) or
someone typed in (name, sex, ID number checked as it is typed, phone, address) — each as applicant,
respondent or third party, with an agent if any.

Parties already saved come back masked (``Party``); they are kept as they are: a saved party is
sent back by its ``resident_id`` or, typed-in, without re-sending the masked numbers (the service keeps
what it holds when an unchanged party returns with an empty ID — see ``PartyDraft``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.id_number import parse_id_number
from gridgov_desktop.domain.mediation import PartyRole
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import Party, PartyDraft
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.person_picker import RESIDENT, TYPED, PersonPicker
from gridgov_desktop.ui.workers import Worker

_SEXES = ("", "M", "F")


@dataclass(frozen=True)
class PartyRow:
    """One row: what is sent (``draft``) and what is shown (masked numbers of saved parties)."""

    draft: PartyDraft
    id_shown: str
    phone_shown: str


def row_of_party(party: Party) -> PartyRow:
    draft = PartyDraft(
        role=party.role, name=party.name, resident_id=party.resident_id, sex=party.sex,
        address=party.address, agent_name=party.agent_name, agent_relation=party.agent_relation,
        party_id=party.id,
    )  # fmt: skip
    return PartyRow(draft, party.id_number_masked, party.phone_masked)


class PartiesEditor(QWidget):
    """``changed()`` when a party is added or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PartyRow] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Sex"), self.tr("ID number"),
             self.tr("Phone"), self.tr("Address"), self.tr("Agent")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table, 1)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.roleCombo = QComboBox(self.form)
        for role in PartyRole:
            self.roleCombo.addItem(words.role_text(role), role.value)
        form.addRow(self.tr("Ro&le:"), self.roleCombo)
        self.picker = PersonPicker(self.form)
        self.picker.phone_required = False
        form.addRow(self.picker)
        self.sexCombo = QComboBox(self.form)
        for sex, text in zip(_SEXES, ("", self.tr("Male"), self.tr("Female")), strict=True):
            self.sexCombo.addItem(text, sex)
        self.idEdit = QLineEdit(self.form)
        self.idEdit.setMaxLength(18)
        self.idMessage = QLabel(self.form)
        self.addressEdit = QLineEdit(self.form)
        self.agentEdit = QLineEdit(self.form)
        self.agentEdit.setPlaceholderText(self.tr("Name, relation (e.g. 李四, 儿子)"))
        self.agentPhoneEdit = QLineEdit(self.form)
        self.agentPhoneEdit.setMaxLength(20)
        self.typedRows: list[QWidget] = []
        for text, field in (
            (self.tr("Se&x:"), self.sexCombo),
            (self.tr("I&D number:"), self.idEdit),
            ("", self.idMessage),
            (self.tr("Addr&ess:"), self.addressEdit),
        ):
            form.addRow(text, field)
            self.typedRows.append(field)
        form.addRow(self.tr("A&gent:"), self.agentEdit)
        form.addRow(self.tr("Agent's pho&ne:"), self.agentPhoneEdit)
        self.messageLabel = QLabel(self.form)
        self.messageLabel.setWordWrap(True)
        form.addRow(self.messageLabel)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(self.tr("A&dd party"), self.form)
        self.addButton.setAutoDefault(False)
        self.removeButton = QPushButton(self.tr("Remo&ve the selected party"), self.form)
        self.removeButton.setAutoDefault(False)
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.removeButton)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(self.form)
        for label in (self.idMessage, self.messageLabel):
            show_message(label, Level.NONE)
        self.addButton.clicked.connect(self.add_current)
        self.removeButton.clicked.connect(self.remove_selected)
        self.idEdit.textEdited.connect(self._id_typed)
        self.picker.changed.connect(self._mode_changed)
        self._mode_changed()

    def configure(self, db: Database, actor: Actor, worker: Worker) -> None:
        self.picker.configure(db, actor, worker, phone_required=False)

    def set_editable(self, editable: bool) -> None:
        self.form.setVisible(editable)

    # --- rows --------------------------------------------------------------------------------------
    def set_parties(self, parties: Sequence[Party]) -> None:
        self.rows = [row_of_party(party) for party in parties]
        self._show_rows()

    def drafts(self) -> tuple[PartyDraft, ...]:
        return tuple(row.draft for row in self.rows)

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.rows))
        for row, party in enumerate(self.rows):
            draft = party.draft
            agent = "，".join(p for p in (draft.agent_name, draft.agent_relation) if p)
            source = self.tr(" (registry)") if draft.resident_id is not None else ""
            sex = {"M": self.tr("Male"), "F": self.tr("Female")}.get(draft.sex, "")
            cells = [words.role_text(draft.role), draft.name + source, sex, party.id_shown,
                     party.phone_shown, draft.address, agent]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            del self.rows[row]
            self._show_rows()
            self.changed.emit()

    # --- the form ----------------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        typed = self.picker.mode == TYPED
        form = self.form.layout()
        assert isinstance(form, QFormLayout)
        for field in self.typedRows:
            form.setRowVisible(
                field, typed and (field is not self.idMessage or bool(self.idMessage.text()))
            )

    def _id_typed(self, text: str) -> None:
        text = text.strip()
        if len(text) < 18:
            show_message(self.idMessage, Level.NONE)
        else:
            self._check_id(text)
        self._mode_changed()

    def _check_id(self, text: str) -> bool:
        try:
            info = parse_id_number(text)
        except DomainError as error:
            show_message(self.idMessage, Level.ERROR, describe_error(error))
            return False
        show_message(self.idMessage, Level.NONE)
        self.sexCombo.setCurrentIndex(self.sexCombo.findData(info.sex.value))
        return True

    def has_typing(self) -> bool:
        """Whether the form holds something not yet added (the dialog asks before discarding)."""
        picker = self.picker
        return bool(
            picker.searchEdit.text().strip() or picker.nameEdit.text().strip()
            or self.idEdit.text().strip() or self.agentEdit.text().strip()
        )  # fmt: skip

    def add_current(self) -> bool:
        """Add the party the form holds; False (and why, under the form) when it cannot."""
        picker = self.picker
        if not picker.validate():
            return False
        choice = picker.value()
        if choice is None:
            return False
        id_number = self.idEdit.text().strip().upper() if picker.mode == TYPED else ""
        if id_number and not self._check_id(id_number):
            self._mode_changed()
            return False
        agent_phone = self.agentPhoneEdit.text().strip()
        if agent_phone:
            try:
                parse_phone(agent_phone)
            except DomainError as error:
                show_message(self.messageLabel, Level.ERROR, describe_error(error))
                return False
        agent_name, _, relation = self.agentEdit.text().replace(",", "，").partition("，")
        typed = picker.mode == TYPED
        draft = PartyDraft(
            role=PartyRole(self.roleCombo.currentData()),
            name=choice.name,
            resident_id=choice.resident_id if picker.mode == RESIDENT else None,
            sex=str(self.sexCombo.currentData()) if typed else "",
            id_number=id_number,
            phone=choice.phone or "",
            address=self.addressEdit.text().strip() if typed else "",
            agent_name=agent_name.strip(),
            agent_phone=agent_phone,
            agent_relation=relation.strip(),
        )
        shown_id = id_number[:6] + "********" + id_number[-4:] if id_number else ""
        self.rows.append(PartyRow(draft, shown_id, choice.phone or ""))
        self._show_rows()
        self._clear_form()
        show_message(self.messageLabel, Level.NOTE, self.tr("Added {name}.").format(name=draft.name))
        self.changed.emit()
        return True

    def _clear_form(self) -> None:
        self.picker.set_value(None, None, None)
        self.picker.searchEdit.clear()
        self.picker.hitList.clear()
        self.picker.hitList.hide()
        for edit in (self.idEdit, self.addressEdit, self.agentEdit, self.agentPhoneEdit):
            edit.clear()
        self.sexCombo.setCurrentIndex(0)
        show_message(self.idMessage, Level.NONE)
        # The next party is usually the other side.
        self.roleCombo.setCurrentIndex(min(self.roleCombo.currentIndex() + 1, 1))
        self.picker.setFocus(Qt.FocusReason.OtherFocusReason)
