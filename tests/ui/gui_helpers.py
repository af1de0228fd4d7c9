"""Helpers for the GUI tests: a small street registered through the services, and Chinese typing
(qtbot.keyClicks with non-ASCII text aborts the test process; an input method commit does not)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, Relation
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident

ADMIN_PASSWORD = "Gongzuo2026!"


@dataclass(frozen=True)
class Street:
    street: int
    community: int
    compound: int
    household: int
    ids: dict[str, str]  # name → full ID number


def build_street(db: Database) -> Street:
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    community = org.create_node(db, SYSTEM, street.id, NodeKind.COMMUNITY, "幸福社区")
    community2 = org.create_node(db, SYSTEM, street.id, NodeKind.COMMUNITY, "光明社区")
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第一网格")
    compound = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "幸福里小区")
    building = org.create_node(db, SYSTEM, compound.id, NodeKind.BUILDING, "3栋")
    unit = org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, "2单元")
    h501 = org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "501室", label="3-2-501")
    grid2 = org.create_node(db, SYSTEM, community2.id, NodeKind.GRID, "第二网格")
    compound2 = org.create_node(db, SYSTEM, grid2.id, NodeKind.COMPOUND, "锦绣花园")
    building2 = org.create_node(db, SYSTEM, compound2.id, NodeKind.BUILDING, "1栋")
    unit2 = org.create_node(db, SYSTEM, building2.id, NodeKind.UNIT, "1单元")
    h101 = org.create_node(db, SYSTEM, unit2.id, NodeKind.HOUSEHOLD, "101室", label="1-1-101")
    people = [
        ("张三明", dt.date(1980, 5, 17), 11, "13812345678", h501.id, Relation.HEAD),
        ("曾小红", dt.date(1982, 3, 2), 22, "13912340000", h501.id, Relation.SPOUSE),
        ("张小明", dt.date(2010, 9, 1), 31, None, h501.id, Relation.CHILD),
        ("欧阳娜娜", dt.date(1990, 12, 31), 52, "13700001111", h101.id, Relation.HEAD),
    ]
    ids: dict[str, str] = {}
    for name, born, seq, phone, household, relation in people:
        number = make_id_number("210102", born, seq)
        ids[name] = number
        register_resident(
            db, SYSTEM, NewResident(name=name, id_number=number, phone=phone), household, relation
        )
    return Street(street.id, community.id, compound.id, h501.id, ids)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it (works for Chinese, unlike keyClicks)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused(widget: QWidget) -> bool:
    """Whether ``widget`` has (or, in an inactive window, will have) the keyboard focus."""
    return widget.window().focusWidget() is widget
