"""Sign-in: user name, password, and a reason in words when it fails (never a modal box)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.workers import Worker


def _authenticate(db: Database, username: str, password: str) -> Actor:
    from gridgov_desktop.services.users import authenticate  # argon2: imported when first needed

    return authenticate(db, username, password)


class LoginDialog(QDialog):
    """Checks the password on a worker thread (argon2 takes a moment; a locked database longer)."""

    def __init__(
        self,
        db: Database,
        worker: Worker,
        *,
        lang: str,
        office_name: str = "",
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db = db
        self._worker = worker
        self._lang = lang
        self.actor: Actor | None = None
        self._checking = False
        if office_name:
            self.ui.officeLabel.setText(office_name)
        self.ui.databaseLabel.setText(self.tr("Database: {database}").format(database=db.description))
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Sign in"))
        self.ui.buttonBox.accepted.connect(self._sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._keys = EnterMovesOn([self.ui.usernameEdit, self.ui.passwordEdit], self._sign_in, self)
        self.ui.usernameEdit.textEdited.connect(self._clear_error)
        self.ui.passwordEdit.textEdited.connect(self._clear_error)
        self.ui.errorLabel.hide()
        self.ui.usernameEdit.setText(username)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    @property
    def checking(self) -> bool:
        return self._checking

    def _sign_in(self) -> None:
        if self._checking:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self._show_error(self.tr("Enter your user name."), self.ui.usernameEdit)
            return
        if not password:
            self._show_error(self.tr("Enter your password."), self.ui.passwordEdit)
            return
        self._set_checking(True)
        self._worker.run(
            lambda: _authenticate(self._db, username, password),
            on_done=self._signed_in,
            on_error=self._failed,
            owner=self,
        )

    def _signed_in(self, actor: Actor) -> None:
        self._set_checking(False)
        self.actor = actor
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_checking(False)
        if not isinstance(error, DomainError):
            raise error
        self.ui.passwordEdit.clear()
        self._show_error(describe_error(error, self._lang), self.ui.passwordEdit)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self._ok.setEnabled(not checking)
        self._ok.setText(self.tr("Checking…") if checking else self.tr("Sign in"))
        self.ui.usernameEdit.setReadOnly(checking)
        self.ui.passwordEdit.setReadOnly(checking)

    def _show_error(self, text: str, field: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_error(self) -> None:
        self.ui.errorLabel.hide()

    def reject(self) -> None:
        if not self._checking:
            super().reject()
