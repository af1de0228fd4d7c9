"""Text as typed or pasted, made safe to store: no control characters, no direction overrides.

A NUL cannot be stored in PostgreSQL text at all; an escape sequence repaints a terminal that prints
it; a right-to-left override (U+202E) makes ``张三.exe`` read as something else on screen and in print.
None of them is part of a name, an address or a note, so they are dropped. Tabs and line breaks are
kept (a note may have lines); zero-width joiners are kept (emoji sequences need them).
"""

from __future__ import annotations

import re

__all__ = ["has_control_characters", "without_control_characters"]

# C0 controls but tab, line feed and carriage return; DEL and the C1 controls; the bidirectional
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def without_control_characters(text: str) -> str:
    """``text`` without the characters that have no place in stored text (see the module note)."""
    return _CONTROL.sub("", text)


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None
