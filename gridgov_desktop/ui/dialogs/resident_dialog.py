"""The resident registration form (居民信息登记表): register a person, or open and edit one.

Everything is checked as it is typed, inline (``resident_checks``): the ID number's check character,
then the birth date, sex and age it encodes; a typed sex or birth date that disagrees is a warning.
A moment after the name, ID number or birth date change, the registry is asked for duplicates on a
worker thread: the same ID number is an error with a button that opens the existing person, the same
name and birth date a warning. Edits send only the changed fields with the version that was read; if
another window saved first (``Conflict``) the clerk chooses between reloading and keeping what was
typed. Keyboard: Enter moves on (and saves on the last field), Ctrl+S saves, Esc cancels (asking
first when something was typed).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation, ResidentStatus
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import households, registry, residents
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.households import HouseholdView
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.services.registry import ResidentDetail, TagInfo
from gridgov_desktop.ui.dialogs import resident_form as form
from gridgov_desktop.ui.dialogs.household_picker import HouseholdChoice, HouseholdPickerDialog
from gridgov_desktop.ui.dialogs.resident_checks import household_summary
from gridgov_desktop.ui.dialogs.resident_validation import LiveChecks
from gridgov_desktop.ui.forms.ui_resident_dialog import Ui_ResidentDialog
from gridgov_desktop.ui.i18n import status_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.widgets.resident_labels import select_relation
from gridgov_desktop.ui.workers import Worker

DUPLICATE_CHECK_DELAY_MS = 300


class ResidentDialog(QDialog):
    """New when ``resident_id`` is None (in ``household`` if given), else the person's record.

    ``saved(resident_id)`` after a save; ``open_resident(resident_id)`` when the clerk asks for the
    already registered person; ``household_changes(household_id)`` for the household dialog."""

    saved = Signal(int)
    open_resident = Signal(int)
    household_changes = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str,
        resident_id: int | None = None,
        household: HouseholdChoice | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResidentDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._resident_id = resident_id
        self._today = today or dt.date.today()
        self._detail: ResidentDetail | None = None
        self._household: HouseholdChoice | None = household
        self._revealed: dict[str, str] = {}
        self._clean: form.FormValues | None = None
        self._busy = True  # loading, then saving
        self._may_edit = allows(actor, Permission.EDIT_RESIDENTS)
        form.fill_choices(self.ui)
        self._save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        for button in self.ui.buttonBox.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.checks = LiveChecks(
            self.ui, db, actor, worker, self.values, lang=lang, today=self._today, exclude_id=resident_id
        )
        self._connect()
        self._keys = EnterMovesOn(self._fields_in_order(), self.save, self)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        for label in self._message_labels():
            show_message(label, Level.NONE)
        self.ui.openExistingButton.hide()
        self.ui.statusLabel.hide()
        self.ui.derivedLabel.hide()
        self._set_mode()
        self._load()

    @property
    def ready(self) -> bool:
        """Loaded and not saving: what tests wait for."""
        return not self._busy

    # --- set-up ------------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for edit in (ui.nameEdit, ui.idNumberEdit, ui.birthDateEdit, ui.phoneEdit):
            edit.textChanged.connect(self.checks.revalidate)
        for edit in (ui.nameEdit, ui.idNumberEdit, ui.birthDateEdit):
            edit.textChanged.connect(self.checks.schedule_duplicate_check)
        ui.birthDateEdit.textEdited.connect(lambda _text: setattr(self.checks, "birth_typed", True))
        ui.sexCombo.activated.connect(lambda _index: setattr(self.checks, "sex_typed", True))
        ui.sexCombo.currentIndexChanged.connect(self.checks.revalidate)
        ui.relationCombo.currentIndexChanged.connect(
            lambda _i: show_message(ui.relationMessage, Level.NONE)
        )
        ui.revealIdButton.clicked.connect(lambda: self._reveal("id_number"))
        ui.revealPhoneButton.clicked.connect(lambda: self._reveal("phone"))
        ui.openExistingButton.clicked.connect(self._open_existing)
        ui.chooseHouseholdButton.clicked.connect(self.choose_household)
        ui.householdChangesButton.clicked.connect(self._household_changes)

    def _fields_in_order(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.nameEdit, ui.idNumberEdit, ui.sexCombo, ui.birthDateEdit, ui.ethnicityCombo,
            ui.phoneEdit, ui.domicileEdit, ui.chooseHouseholdButton, ui.relationCombo,
            ui.politicalCombo, ui.maritalCombo, ui.educationCombo, ui.religionCombo,
            ui.militaryCombo, ui.employerEdit, ui.tagList, ui.notesEdit,
        ]  # fmt: skip

    def _message_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.nameMessage, ui.idNumberMessage, ui.duplicateMessage, ui.sexMessage,
            ui.birthDateMessage, ui.phoneMessage, ui.householdMessage, ui.relationMessage,
            ui.formMessage,
        ]  # fmt: skip

    def _set_mode(self) -> None:
        ui, editing = self.ui, self._resident_id is not None
        title = self.tr("Resident record") if editing else self.tr("Register a resident")
        self.setWindowTitle(title)
        ui.headingLabel.setText(self.tr("Loading…") if editing else title)
        # Only a household change moves someone who is registered: the household dialog does that.
        ui.chooseHouseholdButton.setVisible(not editing)
        ui.householdChangesButton.setVisible(editing and self._may_edit)
        ui.relationCombo.setEnabled(not editing)
        ui.revealIdButton.hide()
        ui.revealPhoneButton.hide()
        self._save_button.setEnabled(False)

    # --- loading -----------------------------------------------------------------------------------
    def _load(self) -> None:
        db, actor, resident_id = self._db, self._actor, self._resident_id
        household_id = self._household.id if self._household else None

        def load() -> tuple[list[TagInfo], ResidentDetail | None, HouseholdView | None]:
            tags = registry.list_tags(db, actor)
            detail = registry.get_resident(db, actor, resident_id) if resident_id else None
            where = detail.household_id if detail else household_id
            return tags, detail, households.household(db, actor, where) if where else None

        self._worker.run(load, on_done=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, loaded: tuple[list[TagInfo], ResidentDetail | None, HouseholdView | None]) -> None:
        tags, detail, view = loaded
        self.checks.suspended = True
        try:
            form.fill_tags(self.ui.tagList, tags, detail.tags if detail else ())
            if detail is not None:
                self._fill(detail)
            else:
                form.set_combo_text(self.ui.ethnicityCombo, form.DEFAULT_ETHNICITY)
            self._show_household(view)
        finally:
            self.checks.suspended = False
        self._busy = False
        self._save_button.setEnabled(self._may_edit)
        self.checks.revalidate()
        self._clean = self.values()
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.nameEdit.selectAll()

    def _fill(self, detail: ResidentDetail) -> None:
        ui = self.ui
        self._detail, self._revealed = detail, {}
        ui.headingLabel.setText(self.tr("Resident: {name}").format(name=detail.name))
        form.fill_detail(ui, detail)
        self.checks.sex_typed = self.checks.birth_typed = False
        self.checks.stored = (detail.sex, detail.birth_date) if detail.has_id_number else None
        if detail.household_id is not None:
            self._household = HouseholdChoice(
                detail.household_id, detail.household_label or "", detail.address
            )
        else:
            self._household = None
        ui.revealIdButton.setVisible(
            bool(detail.id_number_masked) and allows(self._actor, Permission.REVEAL_ID_NUMBER)
        )
        ui.revealPhoneButton.setVisible(
            bool(detail.phone_masked) and allows(self._actor, Permission.REVEAL_PHONE)
        )
        if detail.status is not ResidentStatus.LIVING:
            when = detail.status_date.isoformat() if detail.status_date else ""
            ui.statusLabel.setText(
                self.tr("Status: {status} {date}").format(status=status_label(detail.status), date=when)
            )
        ui.statusLabel.setVisible(detail.status is not ResidentStatus.LIVING)
        ui.householdChangesButton.setEnabled(detail.household_id is not None)

    def _show_household(self, view: HouseholdView | None) -> None:
        ui = self.ui
        ui.householdEdit.setText(self._household.display if self._household else "")
        ui.householdEdit.setToolTip(ui.householdEdit.text())
        show_message(ui.householdMessage, Level.NONE)
        if view is None:
            ui.householdInfo.setText("")
            ui.householdInfo.hide()
            return
        ui.householdInfo.setText(household_summary(view))
        ui.householdInfo.show()
        if self._resident_id is None and not view.members:
            select_relation(ui.relationCombo, Relation.HEAD)
        elif self._resident_id is None and ui.relationCombo.currentData() == int(Relation.HEAD):
            select_relation(ui.relationCombo, None)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.formMessage, Level.ERROR, describe_error(error, self._lang))
        loaded = self._detail is not None or self._resident_id is None
        self._save_button.setEnabled(self._may_edit and loaded)

    # --- as the clerk types --------------------------------------------------------------------------
    def values(self) -> form.FormValues:
        return form.read_values(self.ui, self._household.id if self._household else None)

    def _open_existing(self) -> None:
        row = self.checks.existing()
        if row is not None:
            self._busy = True  # closing without asking: the clerk chose the registered person
            self.open_resident.emit(row.id)
            self.done(QDialog.DialogCode.Rejected)

    # --- household -----------------------------------------------------------------------------------
    def choose_household(self) -> HouseholdPickerDialog:
        picker = HouseholdPickerDialog(self._db, self._worker, lang=self._lang, parent=self)
        picker.household_chosen.connect(self.set_household)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.open()
        return picker

    def set_household(self, choice: HouseholdChoice) -> None:
        self._household = choice
        db, actor = self._db, self._actor
        self.ui.householdEdit.setText(choice.display)
        self._worker.run(
            lambda: households.household(db, actor, choice.id),
            on_done=self._show_household,
            on_error=self._failed,
            owner=self,
        )
        self.ui.relationCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _household_changes(self) -> None:
        if self._detail is not None and self._detail.household_id is not None:
            self.household_changes.emit(self._detail.household_id)

    # --- reveal ------------------------------------------------------------------------------------
    def _reveal(self, what: str) -> None:
        if self._resident_id is None:
            return
        db, actor, resident_id = self._db, self._actor, self._resident_id
        self._worker.run(
            lambda: registry.reveal(db, actor, resident_id, what),  # type: ignore[arg-type]
            on_done=lambda value: self._revealed_value(what, value),
            on_error=self._failed,
            owner=self,
        )

    def _revealed_value(self, what: str, value: str) -> None:
        self._revealed[what] = value
        edit = self.ui.idNumberEdit if what == "id_number" else self.ui.phoneEdit
        button = self.ui.revealIdButton if what == "id_number" else self.ui.revealPhoneButton
        edit.reveal(value)
        button.hide()
        if self._clean is not None:  # revealing is not typing: Esc need not ask
            self._clean = self.values()

    # --- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._busy or not self._may_edit or (self._resident_id and self._detail is None):
            return  # (a record that could not be loaded is never saved as a new person)
        problems = self.checks.problems(self.values(), new=self._resident_id is None)
        if problems:
            for _field, label, text in problems:
                show_message(label, Level.ERROR, text)
            show_message(self.ui.formMessage, Level.ERROR, self.tr("Correct what is marked red first."))
            problems[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        values = self.values()
        db, actor = self._db, self._actor
        if self._detail is None:
            data = form.new_resident(values)
            household_id, relation = values.household_id, values.relation
            assert household_id is not None and relation is not None

            def work() -> int:
                return residents.register_resident(db, actor, data, household_id, relation).id
        else:
            changes = form.changes_for_update(self._detail, values, self._revealed)
            if not changes:
                self._busy = True
                self.accept()
                return
            resident_id, version = self._detail.id, self._detail.version

            def work() -> int:
                return registry.update_resident(
                    db, actor, resident_id, changes, expected_version=version
                ).id

        self._set_busy(True)
        self._worker.run(work, on_done=self._saved, on_error=self._save_failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._save_button.setEnabled(not busy and self._may_edit)
        self._save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

    def _saved(self, resident_id: int) -> None:
        self.saved.emit(resident_id)
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Conflict):
            self._conflict()
            return
        if not isinstance(error, DomainError):
            raise error
        self.checks.show_save_error(error)

    def _conflict(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Changed in another window"),
            self.tr(
                "Someone saved this resident in another window after you opened it.\n\n"
                "Reload the latest record? What you typed here is then replaced. "
                "Choose No to keep your typing and compare first."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()
        else:
            show_message(
                self.ui.formMessage,
                Level.WARNING,
                self.tr("Not saved: the record changed in another window. Reload it to save."),
            )

    def reload(self) -> None:
        self._busy = True
        self._save_button.setEnabled(False)
        self._load()
        show_message(self.ui.formMessage, Level.NOTE, self.tr("The latest record is shown."))

    # --- closing -----------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self._clean is not None and self.values() != self._clean

    def reject(self) -> None:
        if not self._busy and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard what was typed?"),
                self.tr("Close the form without saving what you typed?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
