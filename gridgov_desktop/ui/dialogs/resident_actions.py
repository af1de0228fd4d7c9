"""Opening the resident and household dialogs from the main window, one of each at a time.

Dialogs are window-modal and opened with ``open()`` (never ``exec()``): the event loop keeps running,
so worker results still arrive and tests can drive the dialog. F4 in a resident's form closes it and
asks for a service request of that person (``request_service``): find, Enter, F4 at the window.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services import org, registry
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.dialogs.household_dialog import HouseholdDialog
from gridgov_desktop.ui.dialogs.household_picker import HouseholdChoice, household_choice
from gridgov_desktop.ui.dialogs.resident_dialog import ResidentDialog
from gridgov_desktop.ui.workers import Worker


class ResidentActions(QObject):
    """``saved(resident_id, new)`` after the resident form saved; ``residents_changed`` after a
    household change; ``failed(error)`` for errors to report; ``status(text)`` for the status bar;
    ``request_service(resident_id)`` for F4 in a resident's form."""

    saved = Signal(int, bool, str)  # resident id, new, path of their household node
    residents_changed = Signal()
    failed = Signal(object)
    status = Signal(str)
    request_service = Signal(int)

    def __init__(
        self, window: QWidget, db: Database, actor: Actor, worker: Worker, *, lang: str
    ) -> None:
        super().__init__(window)
        self._window, self._db, self._actor, self._worker, self._lang = window, db, actor, worker, lang
        self.resident_dialog: ResidentDialog | None = None
        self.household_dialog: HouseholdDialog | None = None

    def _parent(self) -> QWidget:
        """Open over the household dialog when it is up (a member opened from it)."""
        household = self.household_dialog
        return household if _showing(household) and household is not None else self._window

    def _saved(self, resident_id: int, *, new: bool) -> None:
        if not new:
            self.saved.emit(resident_id, False, "")
            return
        db, actor = self._db, self._actor

        def household_path() -> str:  # the tree then opens down to the new person's household
            household_id = registry.get_resident(db, actor, resident_id).household_id
            return org.get_node(db, household_id).path if household_id is not None else ""

        self._worker.run(
            household_path,
            on_done=lambda path: self.saved.emit(resident_id, True, path),
            on_error=self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        self.failed.emit(error)

    def open_resident(self, resident_id: int) -> ResidentDialog:
        return self._resident(resident_id=resident_id)

    def new_resident(self, node: NodeSummary | None = None) -> ResidentDialog:
        """A new resident, in ``node`` when it is a household."""
        household = household_choice(node) if node and node.kind is NodeKind.HOUSEHOLD else None
        return self._resident(household=household)

    def _resident(
        self, *, resident_id: int | None = None, household: HouseholdChoice | None = None
    ) -> ResidentDialog:
        current = self.resident_dialog
        if _showing(current) and current is not None:
            current.reject()  # one form at a time (asks first if something was typed)
            if current.isVisible():
                return current
        dialog = ResidentDialog(
            self._db,
            self._actor,
            self._worker,
            lang=self._lang,
            resident_id=resident_id,
            household=household,
            parent=self._parent(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved_id: self._saved(saved_id, new=resident_id is None))
        dialog.open_resident.connect(self.open_resident)
        dialog.household_changes.connect(self.open_household)
        if resident_id is not None:
            service = QShortcut(QKeySequence("F4"), dialog)
            service.activated.connect(lambda: self._request_service(dialog, resident_id))
        self.resident_dialog = dialog
        dialog.open()
        return dialog

    def _request_service(self, dialog: ResidentDialog, resident_id: int) -> None:
        dialog.reject()  # asks first if something was typed
        if not dialog.isVisible():
            self.request_service.emit(resident_id)

    def open_household(self, household_id: int) -> HouseholdDialog:
        # Beside, not inside, an open resident form: opening a member from it replaces that form.
        dialog = HouseholdDialog(
            self._db, self._actor, self._worker, household_id, lang=self._lang, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.residents_changed.emit)
        dialog.open_resident.connect(self.open_resident)
        self.household_dialog = dialog
        dialog.open()
        return dialog

    def open_household_for(self, node: NodeSummary | None, resident_id: int | None) -> None:
        """``node`` when it is a household, else the household of ``resident_id``."""
        if node is not None and node.kind is NodeKind.HOUSEHOLD:
            self.open_household(node.id)
        elif resident_id is not None:
            self.open_household_of(resident_id)
        else:
            self.status.emit(self.tr("Select a household or a resident first."))

    def open_household_of(self, resident_id: int) -> None:
        """The household dialog of a resident (highlighted in the list)."""
        db, actor = self._db, self._actor

        def found(household_id: int | None) -> None:
            if household_id is None:
                self.status.emit(self.tr("This resident lives in no household of the street."))
            else:
                self.open_household(household_id)

        self._worker.run(
            lambda: registry.get_resident(db, actor, resident_id).household_id,
            on_done=found,
            on_error=self._failed,
            owner=self,
        )


def _showing(dialog: QWidget | None) -> bool:
    """Open on screen (a closed dialog deletes itself: its wrapper may outlive it)."""
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()
