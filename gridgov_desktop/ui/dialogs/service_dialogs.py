"""Opening the service window's dialogs — a request, a new intake, the rectification ledger, the
registers, the catalogue and the calendar — one of each at a time, and saying what changed.

Dialogs are window-modal and opened with ``open()`` (never ``exec()``), as ``resident_actions``
does. A request opened by what was typed or scanned is looked up on a worker thread first
(``find_request`` checks a QR code's check value): a number that names no request is said in the
status bar, a code whose check value does not match in a box (it may be forged).

The dialog modules are imported when first opened: they load services that import SQLAlchemy, and
the window starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError, NotFound, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.workers import Worker


class ServiceDialogs(QObject):
    """``request_changed(receipt_no)`` after a request was accepted or moved; ``status(text)`` for the
    status bar; ``failed(error)`` for a database that cannot be reached."""

    request_changed = Signal(str)
    status = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        window: QWidget,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        lang: str | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._db, self._actor = window, db, actor
        self._settings, self._worker, self._lang = settings, worker, lang
        self.request_dialog: QDialog | None = None
        self.intake_dialog: QDialog | None = None
        self.rectification_dialog: QDialog | None = None
        self.registers_dialog: QDialog | None = None
        self.catalogue_dialog: QDialog | None = None
        self.calendar_dialog: QDialog | None = None
        self._receipt_no = ""

    def _parent(self) -> QWidget:
        """Over whatever dialog is up (a scan while the intake form is open), else the window."""
        modal = QApplication.activeModalWidget()
        return modal if modal is not None and modal is not self._window else self._window

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- requests ----------------------------------------------------------------------------------
    def open_request(self, receipt_no: str) -> QDialog | None:
        """The request dialog of ``receipt_no``; the one already open is closed first (it asks if
        something was typed, and stays when the clerk says so)."""
        current = self.request_dialog
        if showing(current) and current is not None:
            if self._receipt_no == receipt_no:
                current.raise_()
                current.activateWindow()
                return current
            current.reject()
            if current.isVisible():
                return None
        from gridgov_desktop.ui.dialogs.request_dialog import RequestDialog

        dialog = RequestDialog(
            self._db,
            self._actor,
            self._settings,
            self._worker,
            receipt_no=receipt_no,
            lang=self._lang,
            parent=self._parent(),
        )
        dialog.request_changed.connect(self.request_changed.emit)
        self.request_dialog, self._receipt_no = dialog, receipt_no
        return self._show(dialog)

    def open_request_text(self, text: str) -> None:
        """What was typed or scanned (a number or a QR payload): find the request, then open it."""
        db, actor, text = self._db, self._actor, text.strip()
        if not text:
            return

        def find() -> str:
            from gridgov_desktop.services.service_requests import find_request

            return find_request(db, actor, text).summary.receipt_no

        self._worker.run(
            find,
            on_done=self._found,
            on_error=self._lookup_failed,
            owner=self,
        )

    def _found(self, receipt_no: str) -> None:
        self.open_request(receipt_no)

    def _lookup_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        text = describe_error(error, self._lang)
        if isinstance(error, NotFound) or (
            isinstance(error, ValidationError) and error.args_map["detail"] == "not_a_receipt_number"
        ):
            self.status.emit(text)
            QApplication.beep()
        elif isinstance(error, ValidationError):  # a check value that does not match: forged?
            QMessageBox.warning(self._window, self.tr("Receipt not recognised"), text)
        else:
            self.failed.emit(error)

    def new_request(self, resident_id: int) -> QDialog | None:
        """The intake form (choose the service, tick the materials) for ``resident_id``."""
        current = self.intake_dialog
        if showing(current) and current is not None:
            current.reject()
            if current.isVisible():
                return current
        from gridgov_desktop.ui.dialogs.intake_dialog import IntakeDialog

        dialog = IntakeDialog(
            self._db,
            self._actor,
            self._settings,
            self._worker,
            resident_id=resident_id,
            lang=self._lang,
            parent=self._window,
        )
        dialog.request_accepted.connect(self.request_changed.emit)
        self.intake_dialog = dialog
        return self._show(dialog)

    # --- ledgers, registers, administration --------------------------------------------------------
    def rectifications(self) -> QDialog:
        from gridgov_desktop.ui.dialogs.rectification_dialog import RectificationDialog

        return self._single(
            "rectification_dialog",
            lambda: RectificationDialog(
                self._db, self._actor, self._settings, self._worker, parent=self._window
            ),
        )

    def registers(self, node_id: int | None = None, node_label: str = "") -> QDialog:
        from gridgov_desktop.ui.dialogs.service_registers_dialog import ServiceRegistersDialog

        return self._single(
            "registers_dialog",
            lambda: ServiceRegistersDialog(
                self._db,
                self._actor,
                self._settings,
                self._worker,
                parent=self._window,
                node_id=node_id,
                node_label=node_label,
            ),
            replace=True,  # the scope is the node selected now
        )

    def catalogue(self) -> QDialog:
        from gridgov_desktop.ui.dialogs.catalogue_dialog import CatalogueDialog

        return self._single(
            "catalogue_dialog",
            lambda: CatalogueDialog(self._db, self._actor, parent=self._window, lang=self._lang),
        )

    def calendar(self) -> QDialog:
        from gridgov_desktop.ui.dialogs.calendar_dialog import CalendarDialog

        return self._single(
            "calendar_dialog",
            lambda: CalendarDialog(
                self._db, self._actor, self._worker, parent=self._window, lang=self._lang
            ),
        )

    def _single(self, attribute: str, make: Callable[[], Any], *, replace: bool = False) -> QDialog:
        current: QDialog | None = getattr(self, attribute)
        if showing(current) and current is not None:
            if not replace:
                current.raise_()
                current.activateWindow()
                return current
            current.close()
        dialog: QDialog = make()
        setattr(self, attribute, dialog)
        return self._show(dialog)


def showing(dialog: QWidget | None) -> bool:
    """Open on screen (a closed dialog deletes itself: its wrapper may outlive it)."""
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()
