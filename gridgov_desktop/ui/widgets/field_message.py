"""Inline messages next to a field (UX.md: validate as the clerk types, never a modal for a typo).

An error (cannot save) is red and starts with ✕; a warning (unusual but possible) is amber and starts
with ⚠; a note is plain. Colour is never the only signal. The colours come from the theme's
``fieldError`` / ``fieldWarning`` label rules (``ui/theme.py``).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QLabel


class Level(StrEnum):
    NONE = "none"
    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"


_MARKS = {Level.ERROR: "✕ ", Level.WARNING: "⚠ "}


def show_message(label: QLabel, level: Level, text: str = "") -> None:
    """Show ``text`` under a field in the look of ``level``; hide the label when there is no text."""
    label.setProperty("fieldError", level is Level.ERROR)
    label.setProperty("fieldWarning", level is Level.WARNING)
    label.setProperty("level", level.value)
    style = label.style()
    style.unpolish(label)
    style.polish(label)
    label.setText(_MARKS.get(level, "") + text if text else "")
    label.setVisible(bool(text) and level is not Level.NONE)


def message_level(label: QLabel) -> Level:
    """The level a label shows (tests and the save check read it)."""
    if not label.text():
        return Level.NONE
    return Level(str(label.property("level") or Level.NONE.value))
