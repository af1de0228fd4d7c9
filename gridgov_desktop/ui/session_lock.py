"""The session lock: after ``SESSION_IDLE_MINUTES`` without a key or a click (or at once, Ctrl+L),
every open window is covered and the signed-in user's password is asked again.

Personal data must not stay on screen for whoever walks up to the desk: each visible top-level
window (the main window, open forms and dialogs) gets an opaque cover over its contents and a
neutral title. Windows are covered rather than hidden because hiding a dialog ends its ``exec()``
— the form would be closed and what the clerk typed lost. Unlocking takes the covers off: every
window comes back exactly as it was, focus included.

Unlocking re-authenticates through ``users.authenticate``: audited, and failures count toward the
account's lockout like any login. Only the same user can unlock; anyone else quits and logs in.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import SESSION_IDLE_MINUTES, Settings
from gridgov_desktop.ui.workers import Worker

# What a person does: keys, clicks, wheel, touch, moving the mouse. A scanner types keys, so a
# scanned burst counts too.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


def _authenticate(db: Database, username: str, password: str) -> Actor:
    from gridgov_desktop.services.users import authenticate

    return authenticate(db, username, password)


class _Cover(QWidget):
    """An opaque sheet over a window's contents while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("sessionLockCover")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        label = QLabel(QCoreApplication.translate("SessionLock", "Locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()


class LockDialog(QDialog):
    """Asks the signed-in user's password; Esc and the close button do not unlock."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self, db: Database, worker: Worker, actor: Actor, *, lang: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._db, self._worker, self._actor, self._lang = db, worker, actor, lang
        self._checking = False
        self.setObjectName("LockDialog")
        self.setWindowTitle(self.tr("Screen locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("The screen is locked"), self)
        title.setProperty("heading", True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        prompt = QLabel(
            self.tr(
                "Signed in as {name} ({username}). Enter your password to go on where you left off."
            ).format(name=actor.display_name or actor.username, username=actor.username),
            self,
        )
        prompt.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("fieldError", True)
        self.error_label.hide()
        note = QLabel(self.tr("Someone else? Quit, and sign in again with your own account."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.quit_button.clicked.connect(self.quit_requested)
        self.password_edit.returnPressed.connect(self._unlock)
        self.password_edit.textEdited.connect(self.error_label.hide)
        for widget in (title, prompt, self.password_edit, self.error_label, note):
            layout.addWidget(widget)
        layout.addWidget(buttons)

    @property
    def checking(self) -> bool:
        return self._checking

    def _unlock(self) -> None:
        password = self.password_edit.text()
        if self._checking:
            return
        if not password:
            self._show_error(self.tr("Enter your password."))
            return
        self._set_checking(True)
        username = self._actor.username
        self._worker.run(
            lambda: _authenticate(self._db, username, password),
            on_done=self._checked,
            on_error=self._failed,
            owner=self,
        )

    def _checked(self, actor: Actor) -> None:
        self._set_checking(False)
        if actor.user_id != self._actor.user_id:  # the account was renamed to someone else's name
            self._show_error(describe_error(_wrong_password(), self._lang))
            return
        self.password_edit.clear()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_checking(False)
        if not isinstance(error, DomainError):
            raise error
        self._show_error(describe_error(error, self._lang))

    def _show_error(self, text: str) -> None:
        self.password_edit.clear()
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.unlock_button.setEnabled(not checking)
        self.password_edit.setReadOnly(checking)

    def reject(self) -> None:
        """Esc does not unlock."""


def _wrong_password() -> DomainError:
    from gridgov_desktop.domain.errors import AuthenticationFailed

    return AuthenticationFailed()


class SessionLock(QObject):
    """Watches the whole application's input; locks after the idle interval or on ``lock_now``."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        main_window: QWidget,
        db: Database,
        actor: Actor,
        settings: Settings,
        *,
        lang: str,
        worker: Worker | None = None,
    ) -> None:
        super().__init__(main_window)
        self._main_window, self._db, self._actor, self._lang = main_window, db, actor, lang
        self._settings = settings
        self._worker = worker or Worker(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_now)
        self._idle_ms = 0
        self._dialog: LockDialog | None = None
        self._covers: dict[QWidget, tuple[_Cover, str]] = {}
        self._focus: QWidget | None = None
        self._active_window: QWidget | None = None
        self.reload_settings()

    # --- set-up -----------------------------------------------------------------------------------
    def install(self) -> None:
        """Start watching input (an event filter on the QApplication) and the idle clock."""
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._restart_clock()

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def reload_settings(self) -> None:
        """Read ``SESSION_IDLE_MINUTES`` again (after the settings changed)."""
        self.idle_interval_ms = self._settings.get(SESSION_IDLE_MINUTES) * 60_000

    @property
    def idle_interval_ms(self) -> int:
        """Milliseconds without input before the screen locks; 0: never (tests set a few ms)."""
        return self._idle_ms

    @idle_interval_ms.setter
    def idle_interval_ms(self, value: int) -> None:
        self._idle_ms = max(0, value)
        self._restart_clock()

    @property
    def is_locked(self) -> bool:
        return self._dialog is not None

    @property
    def lock_dialog(self) -> LockDialog | None:
        return self._dialog

    def note_activity(self) -> None:
        """Someone is at the desk (the event filter calls this; so may a scanner's signal)."""
        if not self.is_locked:
            self._restart_clock()

    def _restart_clock(self) -> None:
        if self._idle_ms > 0 and not self.is_locked:
            self._timer.start(self._idle_ms)
        else:
            self._timer.stop()

    # --- input --------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self.note_activity()
        elif kind == QEvent.Type.Resize and self._covers and watched in self._covers:
            assert isinstance(watched, QWidget)
            self._covers[watched][0].setGeometry(watched.rect())
        return False

    # --- locking ------------------------------------------------------------------------------------
    def lock_now(self) -> None:
        """Cover every window and ask for the password (Ctrl+L, or the idle clock)."""
        if self.is_locked:
            return
        self._timer.stop()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        popup = app.activePopupWidget()
        while popup is not None:  # an open menu or drop-down list would stay above the covers
            popup.close()
            popup = app.activePopupWidget()
        self._focus = app.focusWidget()
        self._active_window = app.activeWindow()
        title = QCoreApplication.translate("SessionLock", "Screen locked")
        for window in app.topLevelWidgets():
            if window.isVisible():
                self._covers[window] = (_Cover(window), window.windowTitle())
                window.setWindowTitle(title)
        self._dialog = LockDialog(
            self._db, self._worker, self._actor, lang=self._lang, parent=self._main_window
        )
        self._dialog.unlocked.connect(self._unlock)
        self._dialog.quit_requested.connect(self._quit)
        self._dialog.show()
        self._dialog.activateWindow()
        self._dialog.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.locked.emit()

    def _unlock(self) -> None:
        for window, (cover, title) in self._covers.items():
            with contextlib.suppress(RuntimeError):  # a window closed meanwhile (by a timer, say)
                cover.hide()
                cover.deleteLater()
                window.setWindowTitle(title)
        self._covers.clear()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        with contextlib.suppress(RuntimeError):
            if self._active_window is not None:
                self._active_window.activateWindow()
            if self._focus is not None:
                self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus = self._active_window = None
        self._restart_clock()
        self.unlocked.emit()

    def _quit(self) -> None:
        """Leave every event loop (open dialogs' too): the app ends; the next user logs in."""
        QCoreApplication.exit(0)
