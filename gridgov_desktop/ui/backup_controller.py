"""Backups while the app runs: one automatic backup a day, one on close, and "Back up now…".

The work itself is ``db.backup`` (no Qt); this decides when it runs and tells the clerk how it went.
The daily check runs at start and every hour: if the backup folder holds no backup from today, one
is made on the worker thread (SQLite only; a PostgreSQL server is backed up on the server with
``pg_dump`` or "Back up now…"). Backups are encrypted when ``GRIDGOV_BACKUP_PASSPHRASE`` is set.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import BACKUP_FOLDER, BACKUP_KEEP, Settings
from gridgov_desktop.ui.workers import Cancelled, Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.db.backup import BackupResult
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000
# The first check waits until start-up is over: a backup then competes with nothing the clerk waits
# for, and the start path stays free of SQLAlchemy (which the backup's audit entry loads).
FIRST_CHECK_MS = 20_000


class BackupController(QObject):
    """Owns the backup timer and the "Back up now…" action's feedback; lives as long as the window."""

    backed_up = Signal(object)  # BackupResult, automatic or requested
    status_message = Signal(str)  # a quiet line for the status bar

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._db = db
        self._actor = actor
        self._settings = settings
        self._worker = worker
        self._lang = lang
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(DAILY_CHECK_MS)
        self._timer.timeout.connect(self.check_daily)

    @property
    def folder(self) -> Path:
        from gridgov_desktop.db.backup import backup_folder

        return backup_folder(self._db.url, self._settings.get(BACKUP_FOLDER))

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.finished

    def can_back_up(self) -> bool:
        """Whether the logged-in user may ask for a backup (the menu action is shown only then)."""
        return allows(self._actor, Permission.BACK_UP)

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        """Check for today's automatic backup shortly after start, then every hour."""
        if not self._db.is_sqlite:
            return
        QTimer.singleShot(first_check_ms, self, self.check_daily)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check_daily(self) -> None:
        """Make today's automatic backup on the worker thread unless there is one already."""
        from gridgov_desktop.db.backup import has_backup_from

        if self.busy or has_backup_from(self.folder, dt.date.today()):
            return
        self._task = self._worker.run(
            lambda: self._back_up(automatic=True, progress=None),
            on_done=self._automatic_done,
            on_error=self._automatic_failed,
            owner=self,
        )

    def back_up_now(self) -> None:
        """The menu action "Back up now…": a backup on the worker with a progress dialog, then where
        the file went, or what failed, in words."""
        if not self.can_back_up():
            self._warn(describe_error(_permission_denied(), self._lang))
            return
        if self.busy:
            self.status_message.emit(self.tr("A backup is already being made."))
            return
        progress = QProgressDialog(
            self.tr("Backing up the database…"), self.tr("Stop the backup"), 0, 3, self._window
        )
        progress.setWindowTitle(self.tr("Back up"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._progress = progress
        task = self._worker.run_with_progress(
            lambda report: self._back_up(automatic=False, progress=report),
            on_done=self._requested_done,
            on_error=self._requested_failed,
            on_progress=lambda done, total: progress.setValue(done),
            owner=self,
        )
        progress.canceled.connect(task.request_stop)
        self._task = task

    def back_up_on_close(self) -> BackupResult | None:
        """A quick synchronous backup as the window closes (SQLite); never raises. A failure is
        logged, and shown when the window can still show it."""
        if not self._db.is_sqlite:
            return None
        self.stop()
        try:
            if self.busy:
                self._worker.wait()
            result = self._back_up(automatic=True, progress=None)
        except Exception as error:
            log.exception("backup on close failed")
            self._show_close_failure(error)
            return None
        self.backed_up.emit(result)
        return result

    # --- work (runs on the worker thread, or on close) -------------------------------------------
    def _back_up(self, *, automatic: bool, progress: Any) -> BackupResult:
        from gridgov_desktop.db.backup import automatic_passphrase, back_up

        return back_up(
            self._db,
            self._actor,
            folder=self.folder,
            keep=self._settings.get(BACKUP_KEEP),
            passphrase=automatic_passphrase(),
            automatic=automatic,
            progress=progress,
        )

    # --- results (GUI thread) --------------------------------------------------------------------
    def _automatic_done(self, result: BackupResult) -> None:
        self.status_message.emit(self.tr("Daily backup made: {name}").format(name=result.path.name))
        self.backed_up.emit(result)

    def _automatic_failed(self, error: BaseException) -> None:
        log.error("daily backup failed", exc_info=error)
        self.status_message.emit(
            self.tr("The daily backup failed: {reason}").format(reason=self._words(error))
        )

    def _requested_done(self, result: BackupResult) -> None:
        self._close_progress()
        details = self.tr("{size}, checked").format(size=_size(result.size))
        if result.encrypted:
            details = self.tr("{size}, checked, encrypted").format(size=_size(result.size))
        text = self.tr("The database was backed up to:\n{path}\n({details})").format(
            path=str(result.path), details=details
        )
        self.status_message.emit(self.tr("Backed up: {name}").format(name=result.path.name))
        self.backed_up.emit(result)
        QMessageBox.information(self._window, self.tr("Backup made"), text)

    def _requested_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.status_message.emit(self.tr("Backup cancelled."))
            return
        if not isinstance(error, DomainError):
            log.error("backup failed", exc_info=error)
        self._warn(self.tr("The backup failed: {reason}").format(reason=self._words(error)))

    def _show_close_failure(self, error: BaseException) -> None:
        try:
            if self._window.isVisible():
                self._warn(
                    self.tr("The backup on closing failed: {reason}").format(reason=self._words(error))
                )
        except Exception:  # the window is already being torn down: the log has it
            log.exception("could not show the backup failure")

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._window, self.tr("Backup"), text)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _words(self, error: BaseException) -> str:
        if isinstance(error, DomainError):
            return describe_error(error, self._lang)
        return f"{type(error).__name__}: {error}"


def _permission_denied() -> DomainError:
    from gridgov_desktop.domain.errors import PermissionDenied

    return PermissionDenied(action=Permission.BACK_UP.value)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
