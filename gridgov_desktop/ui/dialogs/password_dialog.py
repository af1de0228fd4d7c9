"""Change one's own password: the current one, the new one twice, its strength shown as it is typed.

After a login whose password an administrator reset, the app opens this dialog first (``forced``):
cancelling it quits instead of opening the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.passwords import MIN_PASSWORD_LENGTH, Strength, password_strength
from gridgov_desktop.ui.forms.ui_password_dialog import Ui_PasswordDialog
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.workers import Worker


def _change(db: Database, actor: Actor, old: str, new: str) -> Actor:
    from gridgov_desktop.services.accounts import change_own_password

    return change_own_password(db, actor, old, new)


class PasswordDialog(QDialog):
    """On success ``actor`` holds the signed-in user with ``must_change_password`` cleared."""

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str,
        forced: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._worker, self._lang = db, worker, lang
        self.actor = actor
        self._checking = False
        if forced:
            self.ui.promptLabel.setText(
                self.tr(
                    "An administrator has reset your password. Choose a new one before you go on: "
                    "enter the temporary password, then your new password twice."
                )
            )
            self.ui.oldLabel.setText(self.tr("&Temporary password:"))
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Change password"))
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        if forced:
            cancel.setText(self.tr("Quit"))
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        fields = [self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit]
        self._keys = EnterMovesOn(fields, self._submit, self)
        for field in fields:
            field.textEdited.connect(self._clear_error)
        self.ui.newEdit.textChanged.connect(self._show_strength)
        self.ui.errorLabel.hide()
        self._show_strength("")
        self.ui.oldEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def checking(self) -> bool:
        return self._checking

    def _show_strength(self, password: str) -> None:
        strength = password_strength(password)
        texts = {
            Strength.TOO_SHORT: self.tr("Strength: too short (at least {n} characters)").format(
                n=MIN_PASSWORD_LENGTH
            ),
            Strength.TOO_SIMPLE: self.tr("Strength: too simple (mix letters with digits or symbols)"),
            Strength.ACCEPTABLE: self.tr("Strength: acceptable"),
            Strength.STRONG: self.tr("Strength: strong"),
        }
        self.ui.strengthLabel.setText(texts[strength])
        weak = strength < Strength.ACCEPTABLE and bool(password)
        self.ui.strengthLabel.setProperty("fieldWarning", weak)
        self.ui.strengthLabel.style().unpolish(self.ui.strengthLabel)
        self.ui.strengthLabel.style().polish(self.ui.strengthLabel)

    def _submit(self) -> None:
        if self._checking:
            return
        old, new, repeat = (e.text() for e in (self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit))
        if not old:
            self._show_error(self.tr("Enter your current password."), self.ui.oldEdit)
            return
        if password_strength(new) < Strength.ACCEPTABLE:
            self._show_error(self.ui.strengthLabel.text(), self.ui.newEdit)
            return
        if new != repeat:
            self._show_error(self.tr("The two new passwords differ."), self.ui.repeatEdit)
            return
        self._set_checking(True)
        actor = self.actor
        self._worker.run(
            lambda: _change(self._db, actor, old, new),
            on_done=self._changed,
            on_error=self._failed,
            owner=self,
        )

    def _changed(self, actor: Actor) -> None:
        self._set_checking(False)
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_checking(False)
        if not isinstance(error, DomainError):
            raise error
        field = self.ui.newEdit
        if error.args_map.get("detail") == "wrong_old_password":
            self.ui.oldEdit.clear()
            field = self.ui.oldEdit
        self._show_error(describe_error(error, self._lang), field)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self._ok.setEnabled(not checking)
        for field in (self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit):
            field.setReadOnly(checking)

    def _show_error(self, text: str, field: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.ui.errorLabel.hide()

    def reject(self) -> None:
        if not self._checking:
            super().reject()
