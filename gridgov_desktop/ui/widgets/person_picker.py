"""Choose the person for a role, a party post or a roster: a resident found in the registry, someone
typed in by name and phone (staff living elsewhere), or — where allowed — nobody.

Searching works as the main search box does: typing restarts a short timer, the search runs on a
worker thread and stale answers are dropped. Up/Down move through the hits, Enter takes the
highlighted one and moves on to the phone. A resident's phone comes from the registry unless one is
typed; a typed-in person needs a phone when ``phone_required``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.i18n import sex_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.search import ResidentHit

SEARCH_DELAY_MS = 250
HIT_LIMIT = 20
RESIDENT, TYPED, NOBODY = 0, 1, 2


@dataclass(frozen=True)
class PersonChoice:
    """A resident (``resident_id``) or someone typed in (``name``); ``phone`` None: the registry's."""

    resident_id: int | None
    name: str
    phone: str | None


def _search(db: Database, actor: Actor, text: str) -> list[ResidentHit]:
    from gridgov_desktop.services.search import search_residents  # on first use, off the GUI thread

    return search_residents(db, actor, text, limit=HIT_LIMIT)


class PersonPicker(QWidget):
    """``changed()`` whenever the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._actor: Actor | None = None
        self._worker: Worker | None = None
        self._task: Task | None = None
        self._generation = 0
        self._chosen: PersonChoice | None = None
        self.phone_required = True
        self._allow_nobody = False
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self._build()

    def _build(self) -> None:
        self.residentRadio = QRadioButton(self.tr("From the re&gistry"))
        self.typedRadio = QRadioButton(self.tr("T&yped in (not a resident)"))
        self.nobodyRadio = QRadioButton(self.tr("No&body"))
        self._modes = QButtonGroup(self)
        modes = QHBoxLayout()
        for mode, radio in enumerate((self.residentRadio, self.typedRadio, self.nobodyRadio)):
            self._modes.addButton(radio, mode)
            modes.addWidget(radio)
        modes.addStretch(1)
        self.nobodyRadio.hide()
        self.searchEdit = QLineEdit()
        self.searchEdit.setPlaceholderText(self.tr("Name, pinyin initials, ID or phone digits"))
        self.searchEdit.setClearButtonEnabled(True)
        self.hitList = QListWidget()
        self.hitList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hitList.setUniformItemSizes(True)
        self.hitList.setMinimumHeight(180)  # about five hits: the dialog grows when they show
        self.hitList.hide()  # shown with the first hits
        self.chosenLabel = QLabel()
        self.chosenLabel.setProperty("countLabel", True)
        self.nameEdit = QLineEdit()
        self.nameEdit.setMaxLength(64)
        self.phoneEdit = QLineEdit()
        self.phoneEdit.setMaxLength(20)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.nameLabel = QLabel(self.tr("Na&me:"))
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel = QLabel(self.tr("P&hone:"))
        self.phoneLabel.setBuddy(self.phoneEdit)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.nameLabel, self.nameEdit)
        form.addRow(self.phoneLabel, self.phoneEdit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(modes)
        for widget in (self.searchEdit, self.hitList, self.chosenLabel):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        self.setFocusProxy(self.searchEdit)
        self.residentRadio.setChecked(True)
        self._modes.idToggled.connect(self._mode_toggled)
        self.searchEdit.textEdited.connect(self._search_edited)
        self.searchEdit.installEventFilter(self)
        self.hitList.itemClicked.connect(self._take)
        self.hitList.itemDoubleClicked.connect(self._take)
        for edit in (self.nameEdit, self.phoneEdit):
            edit.textEdited.connect(lambda _text: self._typed())
        self._mode_changed()

    def configure(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        allow_nobody: bool = False,
        phone_required: bool = True,
    ) -> None:
        self._db, self._actor, self._worker = db, actor, worker
        self.phone_required, self._allow_nobody = phone_required, allow_nobody
        self.nobodyRadio.setVisible(allow_nobody)
        self._mode_changed()

    # --- state -------------------------------------------------------------------------------------
    @property
    def mode(self) -> int:
        return self._modes.checkedId()

    def set_mode(self, mode: int) -> None:
        self._modes.button(mode).setChecked(True)

    def value(self) -> PersonChoice | None:
        """The choice: a resident, someone typed in, or None (nobody, or nothing chosen yet)."""
        phone = self.phoneEdit.text().strip() or None
        if self.mode == RESIDENT:
            chosen = self._chosen
            return None if chosen is None else PersonChoice(chosen.resident_id, chosen.name, phone)
        if self.mode == TYPED:
            return PersonChoice(None, " ".join(self.nameEdit.text().split()), phone)
        return None

    def set_value(self, resident_id: int | None, name: str | None, phone: str | None) -> None:
        """Show a person already chosen (editing a secretary); all None clears the choice."""
        self._chosen = None
        self.chosenLabel.setText("")
        self.nameEdit.clear()
        if resident_id is not None:
            self.set_mode(RESIDENT)
            self._chosen = PersonChoice(resident_id, name or "", None)
            self.chosenLabel.setText(self.tr("Chosen: {name}").format(name=name or ""))
        elif name:
            self.set_mode(TYPED)
            self.nameEdit.setText(name)
        else:
            self.set_mode(NOBODY if self._allow_nobody else RESIDENT)
        self.phoneEdit.setText(phone or "")
        self._mode_changed()

    def input_fields(self) -> list[QWidget]:
        """The picker's fields in reading order, for a form's Enter-moves-on. The picker itself
        stands for its search box (its focus proxy), where Enter takes the highlighted hit."""
        return [self, self.nameEdit, self.phoneEdit]

    def validate(self) -> bool:
        """Show what is missing or wrong under the picker; True when the choice can be saved."""
        text = ""
        phone = self.phoneEdit.text().strip()
        if self.mode == RESIDENT and self._chosen is None:
            text = self.tr("Search for the person and choose them from the list.")
        elif self.mode == TYPED and not self.nameEdit.text().strip():
            text = self.tr("Type the person's name.")
        elif self.mode == TYPED and self.phone_required and not phone:
            text = self.tr("A phone is required for someone who is not in the registry.")
        elif self.mode != NOBODY and phone:
            try:
                parse_phone(phone)
            except DomainError as error:
                text = describe_error(error)
        show_message(self.messageLabel, Level.ERROR if text else Level.NONE, text)
        return not text

    @property
    def searching(self) -> bool:
        return self._timer.isActive() or self._task is not None

    # --- behaviour ---------------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        mode = self.mode
        self.searchEdit.setVisible(mode == RESIDENT)
        self.chosenLabel.setVisible(mode == RESIDENT and bool(self.chosenLabel.text()))
        self.hitList.setVisible(mode == RESIDENT and self.hitList.count() > 0)
        self.nameLabel.setVisible(mode == TYPED)
        self.nameEdit.setVisible(mode == TYPED)
        self.phoneLabel.setVisible(mode != NOBODY)
        self.phoneEdit.setVisible(mode != NOBODY)
        self.phoneEdit.setPlaceholderText(
            self.tr("Leave empty to use the registry's phone")
            if mode == RESIDENT
            else (self.tr("Required") if self.phone_required else "")
        )
        proxies = {RESIDENT: self.searchEdit, TYPED: self.nameEdit, NOBODY: self.nobodyRadio}
        self.setFocusProxy(proxies.get(mode, self.searchEdit))
        show_message(self.messageLabel, Level.NONE)
        self.changed.emit()

    def _mode_toggled(self, _mode: int, checked: bool) -> None:
        if checked:
            self._mode_changed()

    def _typed(self) -> None:
        show_message(self.messageLabel, Level.NONE)
        self.changed.emit()

    def _search_edited(self, text: str) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.hitList.clear()
            self.hitList.hide()

    def _run_search(self) -> None:
        if self._db is None or self._actor is None or self._worker is None:
            return
        db, actor, text, generation = self._db, self._actor, self.searchEdit.text(), self._generation
        self._task = self._worker.run(
            lambda: _search(db, actor, text),
            on_done=lambda hits: self._show_hits(generation, hits),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _show_hits(self, generation: int, hits: list[ResidentHit]) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.hitList.clear()
        today = dt.date.today()
        for hit in hits:
            row = hit.row
            age = row.age(today)
            parts = [row.name, sex_label(row.sex), self.tr("{age} yrs").format(age=age) if age else ""]
            parts += [row.id_number_masked or "", row.address or ""]
            item = QListWidgetItem("　".join(part for part in parts if part))
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.hitList.addItem(item)
        self.hitList.setVisible(bool(hits))
        if hits:
            self.hitList.setCurrentRow(0)
        else:
            show_message(self.messageLabel, Level.NOTE, self.tr("Nobody in the registry matches."))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        if not isinstance(error, DomainError):
            raise error
        show_message(self.messageLabel, Level.ERROR, describe_error(error))

    def _take(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        resident_id, name = item.data(Qt.ItemDataRole.UserRole)
        self._chosen = PersonChoice(int(resident_id), str(name), None)
        self.chosenLabel.setText(self.tr("Chosen: {name}").format(name=name))
        self.chosenLabel.show()
        show_message(self.messageLabel, Level.NONE)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.searchEdit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, count = event.key(), self.hitList.count()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and count:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.hitList.setCurrentRow(max(0, min(count - 1, self.hitList.currentRow() + step)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if count:
                self._take(self.hitList.currentItem())
                self.phoneEdit.setFocus(Qt.FocusReason.TabFocusReason)
            elif self.searchEdit.text().strip():
                self._timer.stop()
                self._run_search()  # typed faster than the timer: search now
            return True
        return False
