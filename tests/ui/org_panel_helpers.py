"""Helpers of the organisation panel tests: open the panel on the small street, find nodes, answer the
message boxes, wait for the worker."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.workers import Worker


@dataclass(frozen=True)
class Places:
    """The small street of ``gui_helpers.build_street``, by name."""

    ids: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


def places(db: Database) -> Places:
    found: dict[str, int] = {}
    stack = org.roots(db)
    while stack:
        node = stack.pop()
        found[node.display_name] = node.id
        if node.has_children:
            stack.extend(org.children(db, node.id))
    return Places(found)


def open_panel(
    qtbot: QtBot, db: Database, actor: Actor, worker: Worker, settings: Settings | None = None
) -> OrgPanel:
    panel = OrgPanel(db, actor, worker, lang="zh_CN", settings=settings)
    qtbot.addWidget(panel)
    panel.resize(520, 760)
    panel.show()
    qtbot.waitExposed(panel)
    idle(qtbot, worker)
    return panel


def idle(qtbot: QtBot, worker: Worker, timeout: int = 5000) -> None:
    """Wait until every task of the worker has been delivered."""
    qtbot.waitUntil(lambda: not worker.busy, timeout=timeout)


def select(qtbot: QtBot, panel: OrgPanel, worker: Worker, node_id: int) -> QModelIndex:
    assert panel.select_node(node_id)
    idle(qtbot, worker)
    return panel.tree_view.currentIndex()


def press(
    qtbot: QtBot,
    widget: object,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, modifier)  # type: ignore[arg-type]


def answer(monkeypatch: pytest.MonkeyPatch, *buttons: QMessageBox.StandardButton) -> list[str]:
    """Patch QMessageBox.question to answer ``buttons`` in turn (the last one from then on); returns the
    questions asked. QMessageBox.warning and .information are recorded in the same list."""
    asked: list[str] = []
    answers = list(buttons)

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0) if len(answers) > 1 else answers[0]

    def note(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", note)
    monkeypatch.setattr(QMessageBox, "information", note)
    return asked
