"""Wizard pages whose completeness is decided by the wizard (promoted in ``forms/*.ui``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizardPage


class ProgressPage(QWizardPage):
    """A page that is complete (Finish enabled) only once its work has succeeded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._complete = False

    def isComplete(self) -> bool:
        return self._complete

    def set_complete(self, complete: bool) -> None:
        if complete != self._complete:
            self._complete = complete
            self.completeChanged.emit()
