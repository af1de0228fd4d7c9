"""Choosing a service by keyboard: a filter line over the catalogue's list (the intake's left half).

The filter matches the name, the code, the department and the pinyin of the name, initials or full
("jzzm" and "juzhu" find 居住证明开具); the best match becomes the current row. Arrows and Page keys
typed in the filter move through the list, Enter (in the filter or the list) chooses the current row.
Pinyin is read only once an ASCII query is typed: loading pypinyin costs a few tenths of a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QLineEdit, QTreeWidget, QTreeWidgetItem

from gridgov_desktop.domain.pinyin import is_pinyin_query, name_pinyin
from gridgov_desktop.services.service_types import ServiceVersion

_CODE_ROLE = Qt.ItemDataRole.UserRole
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
DEPARTMENT_WIDTH = 130


def search_keys(service: ServiceVersion) -> tuple[str, ...]:
    """What a typed filter is matched against: name, code, department, pinyin of the name."""
    reading = name_pinyin(service.name)
    return (
        service.name.lower(),
        service.code.lower(),
        service.department.lower(),
        *reading.initials,
        *reading.full,
    )


def match_rank(query: str, keys: Iterable[str]) -> int | None:
    """0 when a key starts with ``query``, 1 when one contains it, None when none does."""
    rank: int | None = None
    for key in keys:
        if key.startswith(query):
            return 0
        if query in key:
            rank = 1
    return rank


class ServiceChooser(QObject):
    """``chosen(code)`` when the clerk takes a service (Enter, or a double click)."""

    chosen = Signal(str)

    def __init__(
        self, filter_edit: QLineEdit, tree: QTreeWidget, count_label: QLabel, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._filter, self._tree, self._count = filter_edit, tree, count_label
        self.services: dict[str, ServiceVersion] = {}
        self._keys: dict[str, tuple[str, ...]] = {}
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, DEPARTMENT_WIDTH)
        filter_edit.textChanged.connect(self.apply_filter)
        filter_edit.installEventFilter(self)
        tree.itemActivated.connect(lambda item, _column: self.chosen.emit(item.data(0, _CODE_ROLE)))

    def set_services(self, services: Sequence[ServiceVersion]) -> None:
        self.services = {service.code: service for service in services}
        tree = self._tree
        tree.clear()
        for service in services:
            limit = (
                self.tr("{days} working days").format(days=service.time_limit_days)
                if service.time_limit_days
                else self.tr("On the spot")
            )
            item = QTreeWidgetItem([service.name, service.department, limit])
            item.setData(0, _CODE_ROLE, service.code)
            item.setToolTip(0, f"{service.name}（{service.code}）")
            item.setToolTip(1, service.department)
            tree.addTopLevelItem(item)
        self.apply_filter(self._filter.text())

    def apply_filter(self, text: str) -> None:
        query = text.strip().lower()
        pinyin = is_pinyin_query(query)
        items = self._items()
        best: tuple[int, int] | None = None
        shown = 0
        for row, item in enumerate(items):
            service = self.services[item.data(0, _CODE_ROLE)]
            keys = self._search_keys(service) if pinyin else (
                service.name.lower(), service.code.lower(), service.department.lower()
            )  # fmt: skip
            rank = match_rank(query, keys) if query else 0
            item.setHidden(rank is None)
            if rank is not None:
                shown += 1
                if best is None or rank < best[0]:
                    best = (rank, row)
        if best is not None:
            self._tree.setCurrentItem(items[best[1]])
        total = len(self.services)
        self._count.setText(
            self.tr("{shown} of {total} services").format(shown=shown, total=total)
            if query
            else self.tr("{total} services").format(total=total)
        )

    def current_code(self) -> str | None:
        item = self._tree.currentItem()
        return None if item is None or item.isHidden() else str(item.data(0, _CODE_ROLE))

    def choose_current(self) -> None:
        code = self.current_code()
        if code is not None:
            self.chosen.emit(code)

    def _items(self) -> list[QTreeWidgetItem]:
        tree = self._tree
        items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _search_keys(self, service: ServiceVersion) -> tuple[str, ...]:
        keys = self._keys.get(service.code)
        if keys is None:
            keys = self._keys[service.code] = search_keys(service)
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._filter or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if event.key() in _MOVE_KEYS:
            QApplication.sendEvent(self._tree, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        if event.key() in _ENTER_KEYS:
            self.choose_current()
            return True
        return False
