"""A line edit that shows a masked number (``330102********1234``) until it is revealed or retyped.

While masked it is read-only and says so in its tooltip; typing a character (or Backspace/Delete)
starts a fresh entry — the keyboard way to correct a number without seeing the old one. ``reveal``
puts in the full number (the caller has asked the audited service for it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class MaskedLineEdit(QLineEdit):
    unmasked = Signal()  # the field now holds a real value (revealed or being retyped)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._masked = False

    @property
    def masked(self) -> bool:
        return self._masked

    def set_masked(self, text: str) -> None:
        """Show ``text`` (already masked by the service); an empty text means there is no number."""
        self._masked = bool(text)
        self.setReadOnly(self._masked)
        self.setText(text)
        self.setToolTip(
            self.tr("Masked. Click “Show” to see the number, or type a new one to replace it.")
            if self._masked
            else ""
        )

    def reveal(self, full: str) -> None:
        self._unmask()
        self.setText(full)

    def _unmask(self) -> None:
        if self._masked:
            self._masked = False
            self.setReadOnly(False)
            self.setToolTip("")
            self.clear()
            self.unmasked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._masked and (
            (event.text() and event.text().isprintable())
            or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
        ):
            self._unmask()
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                event.accept()
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self._masked and event.commitString():
            self._unmask()
        super().inputMethodEvent(event)
