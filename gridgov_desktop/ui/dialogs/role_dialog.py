"""Give a role at a node to a resident (found by search) or to someone typed in with a phone.

A role held by one person per place (网格长, 楼栋长 …) that is taken already is not silently
replaced: the clerk is asked whether the new person takes over, which ends the old holder's role in
the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import StaffRole
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, read_date
from gridgov_desktop.ui.forms.ui_role_dialog import Ui_RoleDialog
from gridgov_desktop.ui.i18n import node_kind_label
from gridgov_desktop.ui.widgets.community_labels import staff_role_label
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.roles import RoleHolder


class RoleDialog(ServiceFormDialog):
    """``saved(RoleHolder)`` once the role is given."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        node: NodeSummary,
        allowed: Sequence[StaffRole],
        *,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_RoleDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._node = node
        self.ui.placeLabel.setText(
            self.tr("At {kind} {name}").format(kind=node_kind_label(node.kind), name=node.display_name)
        )
        for role in allowed:
            self.ui.roleCombo.addItem(staff_role_label(role), role.value)
        self.ui.sinceEdit.setText(dt.date.today().isoformat())
        picker = self.ui.personPicker
        picker.configure(db, actor, worker, phone_required=True)
        self.setup_form(
            [self.ui.roleCombo, self.ui.sinceEdit, *picker.input_fields()],
            self.ui.buttonBox,
            messages={"since": self.ui.sinceMessage},
            form_message=self.ui.formMessage,
        )
        picker.changed.connect(lambda: self.ui.formMessage.setVisible(False))
        self.ui.roleCombo.setFocus()

    def role(self) -> StaffRole:
        return StaffRole(self.ui.roleCombo.currentData())

    def submit(self, *, replace: bool = False) -> None:
        ok, since = read_date(self.ui.sinceEdit, self.ui.sinceMessage)
        picker = self.ui.personPicker
        if not picker.validate() or not ok:
            return
        person = picker.value()
        assert person is not None
        db, actor, node_id, role = self._db, self._actor, self._node.id, self.role()

        def work() -> RoleHolder:
            from gridgov_desktop.services import roles  # SQLAlchemy: off the GUI thread

            return roles.assign_role(
                db,
                actor,
                node_id,
                role,
                resident_id=person.resident_id,
                person_name=None if person.resident_id else person.name,
                phone=person.phone,
                since=since,
                replace=replace,
            )

        self.run(work, self._done)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError) and error.args_map.get("detail") == "role_taken":
            self._set_busy(False)
            person = self.ui.personPicker.value()
            answer = QMessageBox.question(
                self,
                self.tr("Role already held"),
                self.tr(
                    "{role} is held by {holder}. Does {name} take over? {holder}'s role ends today."
                ).format(
                    role=staff_role_label(self.role()),
                    holder=error.args_map.get("holder", ""),
                    name=person.name if person else "",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.submit(replace=True)
            return
        super()._failed(error)

    def _done(self, holder: RoleHolder) -> None:
        self.saved.emit(holder)
        self.accept()
