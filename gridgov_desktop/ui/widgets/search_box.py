"""The search box: type anything a clerk has, see the best residents at once, Enter takes the top one.

Typing restarts a short timer (the debounce); when it fires, the search runs on a worker thread and
its hits fill a list under the box. Every keystroke bumps a generation number, so hits that come back
for an older text are dropped: typing is never blocked, and what shows always matches what is typed.
Up/Down move through the hits, Enter takes the highlighted one (the top one by default), Esc closes
the list, then clears the box. A barcode scanner types an ID number and Enter faster than the
debounce: Enter then searches at once and takes the top hit when it arrives.

A receipt number (``20261121-0007``) or a receipt's scanned QR code is not a resident: the box does
not search residents for it, and Enter hands it on (``receipt_entered``) to open the request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsDropShadowEffect,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from gridgov_desktop.services.receipt_numbers import parse_receipt_text
from gridgov_desktop.ui.i18n import sex_label
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:  # the search module is imported by whoever runs the search, on first use
    from gridgov_desktop.services.search import MatchKind, ResidentHit

SearchFunction = Callable[[str], "list[ResidentHit]"]
MAX_VISIBLE_HITS = 12
# Keys that move the highlight in the list, and by how many rows.
_STEPS = {
    Qt.Key.Key_Down.value: 1,
    Qt.Key.Key_Up.value: -1,
    Qt.Key.Key_PageDown.value: 8,
    Qt.Key.Key_PageUp.value: -8,
}


def looks_like_receipt(text: str, today: dt.date | None = None) -> bool:
    """A receipt's QR payload, or a receipt number of a plausible day. The day matters: twelve
    digits are also the start of an ID number ("210102198005"), whose first eight never read as a
    day of this century (no province code begins with 20)."""
    scanned = parse_receipt_text(text)
    if scanned is None:
        return False
    if scanned.check_code is not None:
        return True
    year = int(scanned.receipt_no[:4])
    return 2000 <= year <= (today or dt.date.today()).year + 1


class HitList(QTreeWidget):
    """The list under the search box. It never takes the keyboard focus: the box drives it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchHits")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.Box)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(16)
        shadow.setOffset(0, 3)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        self.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Age"),
                self.tr("ID number"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Found by"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.hide()

    def show_hits(self, hits: list[ResidentHit]) -> None:
        self.clear()
        if not hits:
            item = QTreeWidgetItem([self.tr("No resident matches")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            return
        for hit in hits:
            row = hit.row
            age = row.age()
            self.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        row.name,
                        sex_label(row.sex),
                        "" if age is None else str(age),
                        row.id_number_masked,
                        row.phone_masked,
                        row.address,
                        self.match_label(hit.match),
                    ]
                )
            )
        first = self.topLevelItem(0)
        if first is not None:
            self.setCurrentItem(first)

    def current_row(self) -> int:
        item = self.currentItem()
        return self.indexOfTopLevelItem(item) if item is not None else 0

    def move_by(self, steps: int) -> None:
        """Move the highlight ``steps`` rows (negative: up), staying inside the list."""
        first = self.topLevelItem(0)
        if first is None or not first.flags() & Qt.ItemFlag.ItemIsEnabled:
            return  # the "no match" line
        row = max(0, min(self.topLevelItemCount() - 1, self.current_row() + steps))
        item = self.topLevelItem(row)
        if item is not None:
            self.setCurrentItem(item)

    def match_label(self, match: MatchKind) -> str:
        labels = {  # keyed by MatchKind values
            "id_number": self.tr("ID number"),
            "id_suffix": self.tr("End of ID number"),
            "id_prefix": self.tr("Start of ID number"),
            "phone": self.tr("Phone"),
            "phone_suffix": self.tr("End of phone"),
            "phone_prefix": self.tr("Start of phone"),
            "name": self.tr("Name"),
            "name_prefix": self.tr("Start of name"),
            "name_part": self.tr("Part of name"),
            "initials": self.tr("Pinyin initials"),
            "pinyin": self.tr("Pinyin"),
            "address": self.tr("Address"),
        }
        return labels.get(match.value, match.value)


class SearchBox(QLineEdit):
    """A QLineEdit placed in ``forms/main_window.ui``; ``configure()`` gives it the search to run."""

    resident_chosen = Signal(object, object)  # the chosen ResidentHit, all hits (list)
    nothing_found = Signal(str)  # Enter on a text that matches nobody
    search_failed = Signal(object)  # the exception (DomainError when the database is unavailable)
    receipt_entered = Signal(str)  # Enter on a receipt number or a scanned receipt QR code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search: SearchFunction | None = None
        self._worker: Worker | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_search)
        self._generation = 0
        self._running_generation = -1
        self._task: Task | None = None
        self._hits: list[ResidentHit] = []
        self._hits_generation = -1
        self._take_top_hit_when_ready = False
        self._list: HitList | None = None
        self.textChanged.connect(self._on_text_changed)
        self.setProperty("handlesReceipts", True)  # ui.scanner leaves a scan here to the box

    def configure(self, search: SearchFunction, worker: Worker, debounce_ms: int = 250) -> None:
        self._search = search
        self._worker = worker
        self._timer.setInterval(max(0, debounce_ms))
        self._list = HitList(self.window())
        self._list.itemClicked.connect(lambda item, _column: self._choose(self._list_row(item)))
        self.window().installEventFilter(self)

    @property
    def hit_list(self) -> HitList | None:
        return self._list

    @property
    def hits(self) -> list[ResidentHit]:
        """The hits for the text as it is now (empty while a search is pending)."""
        return list(self._hits) if self._hits_generation == self._generation else []

    def is_searching(self) -> bool:
        return self._timer.isActive() or self._running_generation == self._generation

    # --- typing ------------------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._generation += 1
        self._take_top_hit_when_ready = False
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if not text.strip() or looks_like_receipt(text):
            self._timer.stop()
            self._hide_list()
            return
        self._timer.start()

    def _run_search(self) -> None:
        self._timer.stop()
        if self._search is None or self._worker is None:
            return
        search, text, generation = self._search, self.text(), self._generation
        self._running_generation = generation
        self._task = self._worker.run(
            lambda: search(text),
            on_done=lambda hits: self._on_hits(generation, hits),
            on_error=lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_hits(self, generation: int, hits: list[ResidentHit]) -> None:
        if generation != self._generation:
            return  # typed on meanwhile: these hits answer an older text
        self._running_generation = -1
        self._hits, self._hits_generation = hits, generation
        if self._take_top_hit_when_ready:
            self._take_top_hit_when_ready = False
            self._choose(0)
            return
        if self._list is not None and self.hasFocus():
            self._list.show_hits(hits)
            self._place_list()

    def _on_error(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._running_generation = -1
            self._take_top_hit_when_ready = False
            self.search_failed.emit(error)

    # --- choosing ----------------------------------------------------------------------------------
    def _enter(self) -> None:
        if not self.text().strip():
            return
        if looks_like_receipt(self.text()):
            self.selectAll()  # the next scan or name replaces this one
            self.receipt_entered.emit(self.text().strip())
            return
        if self._hits_generation == self._generation:
            visible = self._list is not None and self._list.isVisible()
            self._choose(self._list.current_row() if visible and self._list is not None else 0)
            return
        self._take_top_hit_when_ready = True
        if self._running_generation != self._generation:
            self._run_search()

    def _choose(self, row: int) -> None:
        hits = self.hits
        self._hide_list()
        if not hits:
            self.nothing_found.emit(self.text())
            return
        row = max(0, min(row, len(hits) - 1))
        self.selectAll()  # the next scan or name replaces this one
        self.resident_chosen.emit(hits[row], hits)

    def _list_row(self, item: QTreeWidgetItem) -> int:
        return self._list.indexOfTopLevelItem(item) if self._list is not None else 0

    # --- keys and focus ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = _STEPS.get(key)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            event.accept()
            return
        if steps is not None and self._list is not None:
            if self._list.isVisible():
                self._list.move_by(steps)
            elif self.hits:
                self._list.show_hits(self.hits)
                self._place_list()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if self._list is not None and self._list.isVisible():
                self._hide_list()
                event.accept()
                return
            if self.text():
                self.clear()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._hide_list()
        super().focusOutEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._list is not None and self._list.isVisible():
            self._place_list()
        return False

    def _place_list(self) -> None:
        if self._list is None:
            return
        window = self.window()
        top_left = self.mapTo(window, QPoint(0, self.height() + 2))
        width = max(self.width(), min(900, window.width() - top_left.x() - 8))
        rows = max(1, min(MAX_VISIBLE_HITS, self._list.topLevelItemCount()))
        row_height = max(self._list.sizeHintForRow(0), self.fontMetrics().height() + 8)
        height = (
            self._list.header().sizeHint().height() + rows * row_height + 2 * self._list.frameWidth() + 2
        )
        height = min(height, window.height() - top_left.y() - 8)
        self._list.setGeometry(top_left.x(), top_left.y(), width, height)
        self._list.show()
        self._list.raise_()

    def _hide_list(self) -> None:
        if self._list is not None:
            self._list.hide()
