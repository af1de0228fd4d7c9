"""A receipt's QR code scanned anywhere in the app opens its request.

A barcode scanner is a keyboard: it types ``GGR-20261121-0007-K3F9Q2`` and Enter, a few
milliseconds per key, into whatever has the focus — the resident table, a form field, nothing in
particular. ``ScannerListener`` watches the key presses of the whole application (an event filter
on the QApplication) and keeps the characters typed in one burst (each at most ``max_gap`` seconds
after the one before). An Enter that ends a burst holding a QR payload is swallowed: the characters
the scanner typed into a text field are taken out again, and ``scanned(payload)`` is emitted.

A person types more slowly than ~30 ms a key, so their typing never forms a burst: it is left alone,
Enter included. A widget that handles receipts itself (the search box) says so with the dynamic
property ``handlesReceipts`` and is left alone too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from gridgov_desktop.services.receipt_numbers import parse_receipt_text

HANDLES_RECEIPTS = "handlesReceipts"
MAX_GAP_S = 0.03
MIN_PAYLOAD = len("GGR-20261121-1-AAAAAA")
_ENTER = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)
_COMMAND = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def qr_payload_of(text: str) -> str | None:
    """``text`` if it is a receipt's QR payload (number and check value), else None."""
    if len(text) < MIN_PAYLOAD:
        return None
    scanned = parse_receipt_text(text)
    return text if scanned is not None and scanned.check_code is not None else None


class ScannerListener(QObject):
    """Install with ``app.installEventFilter(listener)``; ``clock`` is injectable for tests."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_gap: float = MAX_GAP_S,
    ) -> None:
        super().__init__(parent)
        self.clock, self._max_gap = clock, max_gap  # tests replace the clock
        self._burst = ""
        self._last_at: float | None = None
        # The key event last seen, to skip it when Qt hands the same event up to the parents.
        self._seen: tuple[QWidget, int, str, int] | None = None

    def reset(self) -> None:
        self._burst, self._last_at = "", None

    # --- the filter --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if watched.property(HANDLES_RECEIPTS):
            self.reset()
            return False
        key = event.key()
        if kind == QEvent.Type.ShortcutOverride:
            # Keep a shortcut bound to Enter from taking the scanner's Enter before we see it.
            if key in _ENTER and self._payload(self.clock()) is not None:
                event.accept()
                return True
            return False
        if self._propagated(watched, event):
            return False
        now = self.clock()
        if key in _ENTER:
            payload = self._payload(now)
            self.reset()
            if payload is None:
                return False
            _take_out(watched, payload)
            QTimer.singleShot(0, self, lambda: self.scanned.emit(payload))
            return True
        text = event.text()
        if not text or not text.isprintable() or event.modifiers() & _COMMAND:
            if text or key not in _MODIFIER_KEYS:
                self.reset()
            return False  # Shift, pressed by the scanner for capitals, does not break a burst
        fast = self._last_at is not None and now - self._last_at <= self._max_gap
        self._burst = self._burst + text if fast else text
        self._last_at = now
        return False

    def _payload(self, now: float) -> str | None:
        if self._last_at is None or now - self._last_at > self._max_gap:
            return None
        return qr_payload_of(self._burst)

    def _propagated(self, watched: QWidget, event: QKeyEvent) -> bool:
        """Whether this is the event just seen, handed on to a parent because nobody took it."""
        signature = (watched, event.key(), event.text(), event.timestamp())
        seen, self._seen = self._seen, signature
        if seen is None or seen[1:] != signature[1:]:
            return False
        try:
            return watched is not seen[0] and watched.isAncestorOf(seen[0])
        except RuntimeError:  # the widget seen before is gone
            return False


_MODIFIER_KEYS = frozenset(
    key.value
    for key in (
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_AltGr,
    )
)


def _take_out(widget: QWidget, payload: str) -> None:
    """Remove what the scanner typed into a text field, just before the cursor."""
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        text, position = widget.text(), widget.cursorPosition()
        if text[:position].endswith(payload):
            start = position - len(payload)
            widget.setText(text[:start] + text[position:])
            widget.setCursorPosition(start)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        cursor = widget.textCursor()
        position = cursor.position()
        cursor.setPosition(max(0, position - len(payload)))
        cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == payload:
            cursor.removeSelectedText()
