"""The resident form's checks as the clerk types: every field inline, and duplicates in the registry.

A moment after the name, ID number or birth date change (``DUPLICATE_CHECK_DELAY_MS``), the registry is
asked on a worker thread for people with the same ID number (an error: the dialog offers to open that
person) or the same name and birth date (a warning). Answers for an older text are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Sex
from gridgov_desktop.domain.errors import DomainError, Duplicate, ValidationError
from gridgov_desktop.domain.id_number import IdNumberInfo
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import registry
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.registry import DuplicateCheck
from gridgov_desktop.services.residents import ResidentRow
from gridgov_desktop.ui.dialogs import resident_checks as checks
from gridgov_desktop.ui.dialogs import resident_form as form
from gridgov_desktop.ui.dialogs.resident_form import FormValues
from gridgov_desktop.ui.forms.ui_resident_dialog import Ui_ResidentDialog
from gridgov_desktop.ui.i18n import status_label
from gridgov_desktop.ui.widgets.field_message import Level, message_level, show_message
from gridgov_desktop.ui.workers import Task, Worker

DUPLICATE_CHECK_DELAY_MS = 300


class LiveChecks(QObject):
    """Checks of one resident form. ``suspended`` while the dialog fills the fields itself;
    ``sex_typed``/``birth_typed`` once the clerk chose them (else the ID number's values fill them)."""

    def __init__(
        self,
        ui: Ui_ResidentDialog,
        db: Database,
        actor: Actor,
        worker: Worker,
        values: Callable[[], FormValues],
        *,
        lang: str,
        today: dt.date,
        exclude_id: int | None,
    ) -> None:
        super().__init__(ui.buttonBox)
        self.ui, self._db, self._worker, self._values = ui, db, worker, values
        self._actor = actor
        self._lang, self._today, self._exclude_id = lang, today, exclude_id
        self.info: IdNumberInfo | None = None
        # What a registered (masked) ID number says: typed values that differ are warned about too.
        self.stored: tuple[Sex, dt.date | None] | None = None
        self.duplicates: DuplicateCheck | None = None
        self.suspended = False
        self.sex_typed = self.birth_typed = False
        self._duplicate_task: Task | None = None
        self._duplicate_generation = 0
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicates)

    @property
    def checking_duplicates(self) -> bool:
        return self._duplicate_timer.isActive() or self._duplicate_task is not None

    def existing(self) -> ResidentRow | None:
        """The registered person the duplicate message names (same ID first)."""
        found = self.duplicates
        if found is None:
            return None
        return found.same_id or (found.same_name_and_birth[0] if found.same_name_and_birth else None)

    def revalidate(self) -> None:
        if self.suspended:
            return
        ui = self.ui
        name_check = checks.check_name(ui.nameEdit.text())
        show_message(ui.nameMessage, name_check.level, name_check.text)
        if ui.idNumberEdit.masked:
            id_check, info = checks.OK, None
        else:
            id_check, info = checks.check_id_number(ui.idNumberEdit.text(), self._lang, self._today)
        changed, self.info = info != self.info, info
        show_message(ui.idNumberMessage, id_check.level, id_check.text)
        ui.derivedLabel.setText(checks.derived_text(info, self._today) if info else "")
        ui.derivedLabel.setVisible(info is not None)
        if info is not None and changed:  # a new valid number fills what the clerk has not chosen
            self.suspended = True
            if not self.sex_typed:
                form.set_sex(ui.sexCombo, info.sex)
            if not self.birth_typed:
                ui.birthDateEdit.setText(info.birth_date.isoformat())
            self.suspended = False
        if info is not None:
            expected: tuple[Sex | None, dt.date | None] = (info.sex, info.birth_date)
        elif ui.idNumberEdit.masked and self.stored is not None:
            expected = self.stored
        else:
            expected = (None, None)
        birth_check, _born = checks.check_birth_date(ui.birthDateEdit.text(), expected[1], self._today)
        show_message(ui.birthDateMessage, birth_check.level, birth_check.text)
        sex_check = checks.check_sex(form.selected_sex(ui.sexCombo), expected[0])
        show_message(ui.sexMessage, sex_check.level, sex_check.text)
        phone_check = (
            checks.OK if ui.phoneEdit.masked else checks.check_phone(ui.phoneEdit.text(), self._lang)
        )
        show_message(ui.phoneMessage, phone_check.level, phone_check.text)
        if message_level(ui.formMessage) is Level.ERROR:
            show_message(ui.formMessage, Level.NONE)

    def schedule_duplicate_check(self) -> None:
        if not self.suspended:
            self._duplicate_generation += 1
            self._duplicate_timer.start()

    def _check_duplicates(self) -> None:
        values = self._values()
        born = form.birth_date_or_none(values.birth_date)
        number = self.info.number if self.info is not None else None
        if not values.name and number is None:
            self._show_duplicates(DuplicateCheck(None, ()))
            return
        db, actor, exclude = self._db, self._actor, self._exclude_id
        generation = self._duplicate_generation
        if self._duplicate_task is not None:
            self._duplicate_task.cancel()
        self._duplicate_task = self._worker.run(
            lambda: registry.find_duplicates(
                db, actor, name=values.name, birth_date=born, id_number=number, exclude_id=exclude
            ),
            on_done=lambda found: self._duplicates_found(generation, found),
            on_error=lambda _error: None,  # a failed check is not a duplicate: saving says more
            owner=self,
        )

    def _duplicates_found(self, generation: int, found: DuplicateCheck) -> None:
        if generation == self._duplicate_generation:
            self._duplicate_task = None
            self._show_duplicates(found)

    def _show_duplicates(self, found: DuplicateCheck) -> None:
        self.duplicates = found
        ui = self.ui
        if found.same_id is not None:
            row = found.same_id
            show_message(
                ui.duplicateMessage,
                Level.ERROR,
                self.tr("This ID number is already registered: {name} ({address}).").format(
                    name=row.name, address=row.address or status_label(row.status)
                ),
            )
        elif found.same_name_and_birth:
            row = found.same_name_and_birth[0]
            show_message(
                ui.duplicateMessage,
                Level.WARNING,
                self.tr(
                    "{name}, born {date}, is already registered ({address}): the same person?"
                ).format(
                    name=row.name,
                    date=row.birth_date.isoformat() if row.birth_date else "",
                    address=row.address or status_label(row.status),
                ),
            )
        else:
            show_message(ui.duplicateMessage, Level.NONE)
        shown = found.same_id or (found.same_name_and_birth[0] if found.same_name_and_birth else None)
        ui.openExistingButton.setVisible(shown is not None)

    def problems(self, values: FormValues, *, new: bool) -> list[tuple[QWidget, QLabel, str]]:
        """What stops saving: (field to focus, label to show it in, text)."""
        ui = self.ui
        found: list[tuple[QWidget, QLabel, str]] = []
        if not values.name:
            found.append((ui.nameEdit, ui.nameMessage, self.tr("Enter the name.")))
        has_id = bool(values.id_number) or ui.idNumberEdit.masked
        if not has_id and values.sex is None:
            found.append((ui.sexCombo, ui.sexMessage, self.tr("Without an ID number, choose the sex.")))
        if not has_id and not values.birth_date:
            text = self.tr("Without an ID number (a newborn, say), enter the date of birth.")
            found.append((ui.birthDateEdit, ui.birthDateMessage, text))
        if new and values.household_id is None:
            text = self.tr("Choose the household this person lives in.")
            found.append((ui.chooseHouseholdButton, ui.householdMessage, text))
        if new and values.relation is None:
            found.append(
                (ui.relationCombo, ui.relationMessage, self.tr("Choose the relation to the head."))
            )
        field_labels = (
            (ui.nameEdit, ui.nameMessage), (ui.idNumberEdit, ui.idNumberMessage),
            (ui.idNumberEdit, ui.duplicateMessage), (ui.sexCombo, ui.sexMessage),
            (ui.birthDateEdit, ui.birthDateMessage), (ui.phoneEdit, ui.phoneMessage),
        )  # fmt: skip
        for field, label in field_labels:
            if message_level(label) is Level.ERROR and all(label is not f[1] for f in found):
                found.append((field, label, label.text()[2:]))
        return found

    def show_save_error(self, error: DomainError) -> None:
        """A refusal from the service, next to the field it names (and under the form)."""
        ui = self.ui
        text = describe_error(error, self._lang)
        targets: dict[str, tuple[QWidget, QLabel]] = {
            "name": (ui.nameEdit, ui.nameMessage),
            "id_number": (ui.idNumberEdit, ui.idNumberMessage),
            "phone": (ui.phoneEdit, ui.phoneMessage),
            "sex": (ui.sexCombo, ui.sexMessage),
        }
        field = str(error.args_map.get("field", ""))
        if isinstance(error, Duplicate):
            field, text = "id_number", self.tr("This ID number is already registered.")
            self.schedule_duplicate_check()
        if isinstance(error, ValidationError | Duplicate) and field in targets:
            widget, label = targets[field]
            show_message(label, Level.ERROR, text)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        show_message(ui.formMessage, Level.ERROR, text)
