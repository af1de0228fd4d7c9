"""Enter moves to the next field; on the last field it submits (UX.md: keyboard first)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterMovesOn(QObject):
    """Event filter over ``fields`` (in reading order). Disabled or hidden fields are skipped."""

    def __init__(self, fields: Sequence[QWidget], on_last: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._on_last = on_last
        for field in self._fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in self._fields:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER_KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        position = next(i for i, field in enumerate(self._fields) if field is watched)
        following = self._fields[position + 1 :]
        for field in following:
            if field.isEnabled() and field.isVisibleTo(field.window()):
                field.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(field, QLineEdit):
                    field.selectAll()
                return True
        self._on_last()
        return True
