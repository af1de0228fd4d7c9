"""First run: the administrator account (no default password, ever), then the street or the demo.

Nothing is written until the last page: a wizard abandoned half-way leaves the database as it was,
so the next start offers the wizard again. The work (hashing the password, building the demo street)
runs on a worker thread with a progress bar; cancelling a demo build stops it at its next progress
report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget, QWizard

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from gridgov_desktop.ui.i18n import format_count
from gridgov_desktop.ui.icons import app_icon
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.workers import Cancelled, Progress, Task, Worker

DEMO_RESIDENTS = 2000
DEMO_REQUESTS = 240  # two months of the service window, so the worklists have something to show
ADMIN_PAGE, STREET_PAGE, PROGRESS_PAGE = 0, 1, 2
# The rule services.users applies (checked again there); here for the inline message as one types.


@dataclass(frozen=True)
class SetupPlan:
    username: str
    password: str
    display_name: str
    street_name: str = ""
    address: str = ""
    phone: str = ""
    demo: bool = False


@dataclass(frozen=True)
class SetupResult:
    actor: Actor
    street_name: str
    demo_summary: Any = None


def set_up_office(db: Database, plan: SetupPlan, progress: Progress) -> SetupResult:
    """The wizard's work, on a worker thread: demo street (if chosen), administrator, street."""
    from gridgov_desktop.services import office

    summary = None
    street_name = plan.street_name
    if plan.demo:
        from gridgov_desktop.services.demo import build_demo_street

        summary = build_demo_street(
            db, residents=DEMO_RESIDENTS, progress=progress, requests=DEMO_REQUESTS
        )
        street_name = summary.street_name
    actor = office.create_administrator(db, plan.username, plan.password, plan.display_name)
    if plan.street_name and not plan.demo:
        office.create_street(db, actor, plan.street_name, plan.address, plan.phone)
    return SetupResult(actor, street_name, summary)


class FirstRunWizard(QWizard):
    """``actor`` is the new administrator once the wizard is accepted."""

    def __init__(
        self,
        db: Database,
        worker: Worker,
        *,
        lang: str,
        existing_street: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db = db
        self._worker = worker
        self._lang = lang
        self._existing_street = existing_street
        self._task: Task | None = None
        self._closing = False
        self.actor: Actor | None = None
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        # The wizard's header shows titles in the body font; a bigger, bold title reads as one.
        self.setTitleFormat(Qt.TextFormat.RichText)
        for page in (self.ui.adminPage, self.ui.streetPage, self.ui.progressPage):
            page.setTitle(f'<span style="font-size: large; font-weight: bold">{page.title()}</span>')
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set up"))
        self.ui.streetPage.setCommitPage(True)
        self.ui.newStreetRadio.toggled.connect(self._street_choice_changed)
        self._errors: dict[QLineEdit, QLabel] = {
            self.ui.usernameEdit: self.ui.usernameError,
            self.ui.passwordEdit: self.ui.passwordError,
            self.ui.confirmEdit: self.ui.confirmError,
            self.ui.streetNameEdit: self.ui.streetNameError,
            self.ui.phoneEdit: self.ui.phoneError,
        }
        for edit, label in self._errors.items():
            label.hide()
            edit.textEdited.connect(lambda _text, e=edit: self._recheck(e))
            edit.editingFinished.connect(lambda e=edit: self._check_field(e) if e.text() else None)
        admin_fields = [
            self.ui.usernameEdit,
            self.ui.displayNameEdit,
            self.ui.passwordEdit,
            self.ui.confirmEdit,
        ]
        street_fields = [self.ui.streetNameEdit, self.ui.addressEdit, self.ui.phoneEdit]
        self._keys = [
            EnterMovesOn(admin_fields, self.next, self),
            EnterMovesOn(street_fields, self.next, self),
        ]
        if existing_street:
            for widget in (
                self.ui.newStreetRadio,
                self.ui.newStreetFields,
                self.ui.demoRadio,
                self.ui.demoNote,
            ):
                widget.hide()
            self.ui.existingStreetLabel.setText(
                self.tr("This database already holds the street “{street}”; it will be used.").format(
                    street=existing_street
                )
            )
        else:
            self.ui.existingStreetLabel.hide()
        self.ui.usernameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- validation --------------------------------------------------------------------------------
    def _problem(self, edit: QLineEdit) -> str:
        """What is wrong with ``edit``'s text, in words ("" when fine)."""
        text = edit.text()
        if edit is self.ui.usernameEdit:
            if not text.strip():
                return self.tr("Choose a user name.")
            from gridgov_desktop.services.users import check_username

            try:
                check_username(text)
            except ValidationError as error:
                return describe_error(error, self._lang)
        elif edit is self.ui.passwordEdit:
            from gridgov_desktop.services.passwords import check_password_strength

            try:
                check_password_strength(text)
            except DomainError as error:
                return describe_error(error, self._lang)
        elif edit is self.ui.confirmEdit:
            if text != self.ui.passwordEdit.text():
                return self.tr("The two passwords differ.")
        elif edit is self.ui.streetNameEdit:
            if self.ui.newStreetRadio.isChecked() and not text.strip():
                return self.tr("Enter the street's name, e.g. 新发街道.")
        elif edit is self.ui.phoneEdit and text.strip():
            from gridgov_desktop.domain.phone import parse_phone

            try:
                parse_phone(text)
            except DomainError as error:
                return describe_error(error, self._lang)
        return ""

    def _check_field(self, edit: QLineEdit) -> bool:
        problem = self._problem(edit)
        label = self._errors[edit]
        label.setText(problem)
        label.setVisible(bool(problem))
        return not problem

    def _recheck(self, edit: QLineEdit) -> None:
        """As one types, an error already shown goes away once fixed (new ones wait for Enter/Tab)."""
        if self._errors[edit].isVisible():
            self._check_field(edit)
        if edit is self.ui.passwordEdit and self.ui.confirmError.isVisible():
            self._check_field(self.ui.confirmEdit)

    def _check_all(self, edits: list[QLineEdit]) -> bool:
        first_bad = next((edit for edit in edits if not self._check_field(edit)), None)
        for edit in edits:
            self._check_field(edit)
        if first_bad is not None:
            first_bad.setFocus(Qt.FocusReason.OtherFocusReason)
            first_bad.selectAll()
        return first_bad is None

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == ADMIN_PAGE:
            return self._check_all([self.ui.usernameEdit, self.ui.passwordEdit, self.ui.confirmEdit])
        if page == STREET_PAGE and not self._existing_street and self.ui.newStreetRadio.isChecked():
            return self._check_all([self.ui.streetNameEdit, self.ui.phoneEdit])
        return super().validateCurrentPage()

    def _street_choice_changed(self, new_street: bool) -> None:
        self.ui.newStreetFields.setEnabled(new_street)
        if not new_street:
            self.ui.streetNameError.hide()
            self.ui.phoneError.hide()
        else:
            self.ui.streetNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the work ----------------------------------------------------------------------------------
    def plan(self) -> SetupPlan:
        demo = not self._existing_street and self.ui.demoRadio.isChecked()
        new_street = not self._existing_street and not demo
        return SetupPlan(
            username=self.ui.usernameEdit.text().strip(),
            password=self.ui.passwordEdit.text(),
            display_name=self.ui.displayNameEdit.text().strip(),
            street_name=self.ui.streetNameEdit.text().strip() if new_street else "",
            address=self.ui.addressEdit.text().strip() if new_street else "",
            phone=self.ui.phoneEdit.text().strip() if new_street else "",
            demo=demo,
        )

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id != PROGRESS_PAGE:
            return
        plan = self.plan()
        self.ui.progressError.hide()
        self.ui.progressBar.setRange(0, 0 if not plan.demo else 100)
        self.ui.progressLabel.setText(
            self.tr("Building the demo street…")
            if plan.demo
            else self.tr("Creating the account and the street…")
        )
        self._task = self._worker.run_with_progress(
            lambda progress: set_up_office(self._db, plan, progress),
            on_done=self._set_up,
            on_error=self._failed,
            on_progress=self._progress,
            owner=self,
        )

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progressBar.setRange(0, 100)
            self.ui.progressBar.setValue(int(100 * done / total))
            self.ui.progressLabel.setText(
                self.tr("Building the demo street: {done} of {total} residents…").format(
                    done=format_count(done), total=format_count(total)
                )
            )

    def _set_up(self, result: SetupResult) -> None:
        self._task = None
        self.actor = result.actor
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(100)
        lines = [
            self.tr("The administrator account “{user}” is ready.").format(user=result.actor.username)
        ]
        if result.demo_summary is not None:
            lines.append(
                self.tr(
                    "Demo street “{street}”: {households} households, {residents} residents."
                ).format(
                    street=result.street_name,
                    households=format_count(result.demo_summary.households),
                    residents=format_count(result.demo_summary.residents),
                )
            )
        elif result.street_name:
            lines.append(self.tr("Street “{street}” created.").format(street=result.street_name))
        lines.append(self.tr("Press Finish to open the service hall."))
        self.ui.progressLabel.setText("\n".join(lines))
        self.ui.progressPage.set_complete(True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)  # done: nothing to cancel
        self.button(QWizard.WizardButton.FinishButton).setFocus(Qt.FocusReason.OtherFocusReason)
        if self._closing:
            super().reject()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if self._closing or isinstance(error, Cancelled):
            super().reject()
            return
        if not isinstance(error, DomainError):
            raise error
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(0)
        self.ui.progressLabel.setText("")
        self.ui.progressError.setText(describe_error(error, self._lang))
        self.ui.progressError.show()

    @property
    def busy(self) -> bool:
        return self._task is not None

    # --- leaving -----------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc/Cancel: ask first if something was typed; a running set-up is cancelled, then closed."""
        if self.actor is not None:  # already set up: Esc or closing the window means "go on"
            self.accept()
            return
        if self._task is not None:
            self._closing = True
            self._task.request_stop()
            self.ui.progressLabel.setText(self.tr("Cancelling…"))
            return
        typed = any(edit.text() for edit in self._errors) or self.ui.displayNameEdit.text()
        if typed and self.actor is None and self.currentId() != PROGRESS_PAGE:
            answer = QMessageBox.question(
                self,
                self.tr("Leave set-up"),
                self.tr("Leave the set-up? Nothing has been saved yet."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
