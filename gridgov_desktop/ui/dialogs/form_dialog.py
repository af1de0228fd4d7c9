"""What the organisation panel's small forms share (node, role, party unit, paired unit, item …).

Keyboard: the first field has focus, Enter moves to the next field and saves on the last, Esc cancels
and asks first when something was typed. Checks run inline (a red line under the field); the save is
one service call on a worker thread; an error the service names a field for lands under that field,
any other under the form, and a ``Conflict`` (someone saved meanwhile) closes the form with a clear
message and ``conflict`` so that the owner refreshes what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

translate = QCoreApplication.translate


def read_date(
    edit: QLineEdit, message: QLabel, *, required: bool = False
) -> tuple[bool, dt.date | None]:
    """(ok, date) of a ``2026-11-21`` field, showing what is wrong under it."""
    text = edit.text().strip()
    problem = ""
    value: dt.date | None = None
    if not text:
        problem = translate("ServiceFormDialog", "Required.") if required else ""
    else:
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            problem = translate("ServiceFormDialog", "Type the date as 2026-11-21.")
    show_message(message, Level.ERROR if problem else Level.NONE, problem)
    return not problem, value


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class ServiceFormDialog(QDialog):
    """Subclasses call ``setup_form`` after ``setupUi``, implement ``submit`` and call ``run``."""

    conflict = Signal()

    def __init__(
        self, db: Database, actor: Actor, worker: Worker, *, lang: str | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._busy = False
        self._clean: tuple[Any, ...] = ()
        self._fields: list[QWidget] = []
        self._messages: dict[str, QLabel] = {}
        self._form_message: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None

    def setup_form(
        self,
        fields: Sequence[QWidget],
        buttons: QDialogButtonBox,
        *,
        messages: dict[str, QLabel] | None = None,
        form_message: QLabel | None = None,
    ) -> None:
        """``fields`` in reading order; ``messages`` maps a service's field names to their labels."""
        self._fields, self._buttons = list(fields), buttons
        self._messages = dict(messages or {})
        self._form_message = form_message
        for label in {*self._messages.values(), *([form_message] if form_message else [])}:
            show_message(label, Level.NONE)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self._keys = EnterMovesOn(self._fields, self.submit, self)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.submit)
        self.mark_clean()
        if self._fields:
            self._fields[0].setFocus()

    def mark_clean(self) -> None:
        self._clean = self._snapshot()

    def _snapshot(self) -> tuple[Any, ...]:
        values: list[Any] = []
        for field in self._fields:
            if isinstance(field, QLineEdit):
                values.append(field.text())
            elif isinstance(field, QComboBox):
                values.append(field.currentIndex())
        return tuple(values)

    def is_dirty(self) -> bool:
        return self._snapshot() != self._clean

    @property
    def ready(self) -> bool:
        """Not saving: what tests wait for."""
        return not self._busy

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Save: ``work()`` (one service call) on the worker; ``on_done(result)`` on success."""
        if self._busy:
            return
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self._worker.run(work, on_done=done, on_error=self._failed, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self._buttons is not None:
            self._buttons.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, DomainError):
            raise error
        text = error_text(error, self._lang)
        if isinstance(error, Conflict):
            QMessageBox.warning(self, self.tr("Changed meanwhile"), text)
            self.conflict.emit()
            super().reject()
            return
        label = self._messages.get(str(error.args_map.get("field", "")), self._form_message)
        if label is None:
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        show_message(label, Level.ERROR, text)

    def show_form_error(self, text: str) -> None:
        if self._form_message is not None:
            show_message(self._form_message, Level.ERROR, text)

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
