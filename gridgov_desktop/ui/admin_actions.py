"""The Administration menu (users, audit log, back up now) and the account actions of the File menu
(change password, lock screen), with the automatic backups and the idle lock behind them.

Each action is shown only to roles allowed to use it; the services check again. Dialogs are imported
when first opened: the start path stays free of SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow

from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.backup_controller import BackupController
from gridgov_desktop.ui.session_lock import SessionLock
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor
    from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow


class AdminActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        lang: str,
    ) -> None:
        super().__init__(window)
        self._window, self._db, self._actor, self._worker, self._lang = window, db, actor, worker, lang
        self.backups = BackupController(window, db, actor, settings, worker, lang=lang)
        self.backups.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.session_lock = SessionLock(window, db, actor, settings, lang=lang, worker=worker)
        allowed = {
            ui.actionUsers: allows(actor, Permission.MANAGE_USERS),
            ui.actionAuditLog: allows(actor, Permission.VIEW_AUDIT_LOG),
            ui.actionBackupNow: self.backups.can_back_up(),
        }
        for action, shown in allowed.items():
            action.setVisible(shown)
        ui.menuAdmin.menuAction().setVisible(any(allowed.values()))
        ui.actionUsers.triggered.connect(self.open_users)
        ui.actionAuditLog.triggered.connect(self.open_audit_log)
        ui.actionBackupNow.triggered.connect(self.backups.back_up_now)
        ui.actionChangePassword.triggered.connect(self.change_password)
        ui.actionLockScreen.triggered.connect(self.session_lock.lock_now)
        ui.actionLockScreen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        window.addAction(ui.actionLockScreen)

    def start(self) -> None:
        """Begin the daily backups and the idle lock (once the window shows)."""
        self.backups.start()
        self.session_lock.install()

    def open_users(self) -> None:
        from gridgov_desktop.ui.dialogs.users_dialog import UsersDialog

        self._open(UsersDialog(self._window, self._db, self._actor, self._worker, lang=self._lang))

    def open_audit_log(self) -> None:
        from gridgov_desktop.ui.dialogs.audit_dialog import AuditDialog

        self._open(AuditDialog(self._window, self._db, self._actor, self._worker, lang=self._lang))

    def change_password(self) -> None:
        from gridgov_desktop.ui.dialogs.password_dialog import PasswordDialog

        self._open(PasswordDialog(self._window, self._db, self._actor, self._worker, lang=self._lang))

    def on_close(self) -> None:
        """The window is closing: stop the timers and take the on-close backup."""
        self.session_lock.uninstall()
        self.backups.stop()
        self.backups.back_up_on_close()

    @staticmethod
    def _open(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
