"""The roster of a party unit: secretary, deputies, committee members, members; add, set a position,
remove. Each change is one service call on the worker; the list reloads after it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QPushButton, QTreeWidgetItem, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.form_dialog import format_date, read_date
from gridgov_desktop.ui.forms.ui_party_members_dialog import Ui_PartyMembersDialog
from gridgov_desktop.ui.widgets.community_labels import position_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.party import PartyMemberInfo

POSITIONS = ("secretary", "deputy_secretary", "committee_member", "member")


class PartyMembersDialog(QDialog):
    """``changed()`` after the roster changed (the party view shows counts)."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        org_id: int,
        name: str,
        *,
        may_edit: bool,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyMembersDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._org_id = org_id
        self.members: list[PartyMemberInfo] = []
        self.busy = False
        ui = self.ui
        self.setWindowTitle(self.tr("Members of {name}").format(name=name))
        ui.headingLabel.setText(self.windowTitle())
        for combo in (ui.positionCombo, ui.addPositionCombo):
            for position in POSITIONS:
                combo.addItem(position_label(position), position)
        ui.addPositionCombo.setCurrentIndex(len(POSITIONS) - 1)
        ui.membersTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.mainLayout.setStretchFactor(ui.membersTree, 1)  # the roster takes what the form leaves
        ui.memberPicker.configure(db, actor, worker, phone_required=False)
        for label in (ui.joinedMessage, ui.addMessage):
            show_message(label, Level.NONE)
        for button in (ui.setPositionButton, ui.removeButton, ui.addButton, *ui.buttonBox.buttons()):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        ui.addGroup.setVisible(may_edit)
        for widget in (ui.positionLabel, ui.positionCombo, ui.setPositionButton, ui.removeButton):
            widget.setVisible(may_edit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.setPositionButton.clicked.connect(self.set_position)
        ui.removeButton.clicked.connect(self.remove)
        ui.addButton.clicked.connect(self.add)
        ui.membersTree.currentItemChanged.connect(self._current_changed)
        self._keys = EnterMovesOn(
            [*ui.memberPicker.input_fields(), ui.addPositionCombo, ui.joinedEdit], self.add, self
        )
        self.reload()

    def reload(self) -> None:
        db, actor, org_id = self._db, self._actor, self._org_id

        def load() -> list[PartyMemberInfo]:
            from gridgov_desktop.services import party  # SQLAlchemy: off the GUI thread

            return party.party_members(db, actor, org_id)

        self._run(load, self._loaded)

    def _loaded(self, members: list[PartyMemberInfo]) -> None:
        self.members = members
        tree = self.ui.membersTree
        tree.clear()
        for member in members:
            texts = [member.person_name, position_label(member.position), member.phone or ""]
            item = QTreeWidgetItem([*texts, format_date(member.joined_on)])
            item.setData(0, Qt.ItemDataRole.UserRole, member.id)
            tree.addTopLevelItem(item)
        self.ui.countLabel.setText(self.tr("{count} member(s)").format(count=len(members)))
        if (first := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(first)
        self._current_changed()

    def current_member(self) -> PartyMemberInfo | None:
        item = self.ui.membersTree.currentItem()
        member_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((m for m in self.members if m.id == member_id), None)

    def _current_changed(self, *_args: Any) -> None:
        member = self.current_member()
        for widget in (self.ui.setPositionButton, self.ui.removeButton, self.ui.positionCombo):
            widget.setEnabled(member is not None)
        if member is not None:
            self.ui.positionCombo.setCurrentIndex(POSITIONS.index(member.position.value))

    # --- changes -----------------------------------------------------------------------------------
    def add(self) -> None:
        ok, joined = read_date(self.ui.joinedEdit, self.ui.joinedMessage)
        picker = self.ui.memberPicker
        if not picker.validate() or not ok:
            return
        person = picker.value()
        assert person is not None
        db, actor, org_id = self._db, self._actor, self._org_id
        position = self.ui.addPositionCombo.currentData()

        def work() -> PartyMemberInfo:
            from gridgov_desktop.services import party

            return party.add_member(
                db,
                actor,
                org_id,
                resident_id=person.resident_id,
                person_name=None if person.resident_id else person.name,
                phone=person.phone,
                position=party.PartyPosition(position),
                joined_on=joined,
            )

        def done(member: PartyMemberInfo) -> None:
            picker.set_value(None, None, None)
            picker.searchEdit.clear()
            picker.hitList.clear()
            picker.hitList.hide()
            self.ui.joinedEdit.clear()
            self._changed(self.tr("Added {name}.").format(name=member.person_name))

        self._run(work, done)

    def set_position(self) -> None:
        member = self.current_member()
        if member is None:
            return
        db, actor, position = self._db, self._actor, self.ui.positionCombo.currentData()

        def work() -> PartyMemberInfo:
            from gridgov_desktop.services import party

            return party.set_member_position(db, actor, member.id, party.PartyPosition(position))

        self._run(
            work,
            lambda changed: self._changed(
                self.tr("{name} is now {position}.").format(
                    name=changed.person_name, position=position_label(changed.position)
                )
            ),
        )

    def remove(self) -> None:
        member = self.current_member()
        if member is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove member"),
            self.tr("Remove {name} from the unit?").format(name=member.person_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self._db, self._actor

        def work() -> None:
            from gridgov_desktop.services import party

            party.remove_member(db, actor, member.id)

        self._run(
            work, lambda _r: self._changed(self.tr("Removed {name}.").format(name=member.person_name))
        )

    def _changed(self, text: str) -> None:
        show_message(self.ui.addMessage, Level.NOTE, text)
        self.changed.emit()
        self.reload()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True

        def finish(result: Any) -> None:
            self.busy = False
            done(result)

        self._worker.run(work, on_done=finish, on_error=self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.addMessage, Level.ERROR, error_text(error, self._lang))
