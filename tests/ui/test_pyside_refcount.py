"""The pinned Qt binding keeps Python's reference counts right.

PySide6 6.12.0 dropped a reference to ``None`` on every call of a Qt method that returns nothing;
on Python 3.11, where ``None`` is not immortal, the app aborted after a few thousand such calls
("none_dealloc"). This fails if the binding is ever moved to a build with that fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("x")
        widget.update()
    assert sys.getrefcount(None) >= before - 50
