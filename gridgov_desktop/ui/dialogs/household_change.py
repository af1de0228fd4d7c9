"""What a household change needs from the clerk — who, which relations, which room, which date — and
its plan from ``services.households`` (on a worker thread). One dialog for the five changes; the plan
then goes to the review (``household_review``). The planning call is kept (``replan``) so that a
change refused because another window changed the household can be reviewed again from fresh data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import households, org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.households import ChangeKind, HouseholdPlan, HouseholdView
from gridgov_desktop.services.residents import ResidentRow
from gridgov_desktop.ui.dialogs.resident_checks import parse_typed_date
from gridgov_desktop.ui.forms.ui_household_change_dialog import Ui_HouseholdChangeDialog
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.widgets.member_relations import MemberRelations
from gridgov_desktop.ui.widgets.resident_labels import fill_relations, selected_relation
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.search import ResidentHit

Planner = Callable[[], HouseholdPlan]


def _search(db: Database, actor: Actor, limit: int) -> Callable[[str], list[ResidentHit]]:
    def search(text: str) -> list[ResidentHit]:
        from gridgov_desktop.services.search import search_residents  # on first use, off the GUI thread

        return search_residents(db, actor, text, limit=limit)

    return search


class HouseholdChangeDialog(QDialog):
    """``planned(HouseholdPlan)`` once the service accepted the inputs; ``replan`` redoes it."""

    planned = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        view: HouseholdView,
        kind: ChangeKind,
        *,
        lang: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HouseholdChangeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._worker, self._view, self.kind, self._lang = db, worker, view, kind, lang
        self._actor = actor
        self._person: ResidentRow | None = None
        self._planning = False
        self.replan: Planner | None = None
        ui = self.ui
        self.members = MemberRelations(ui.membersTable)
        fill_relations(ui.relationCombo)
        ui.dateEdit.setText((today or dt.date.today()).isoformat())
        self._review = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._review.setText(self.tr("Review…"))
        ui.buttonBox.accepted.connect(self.review)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.hide()
        self._configure()
        self.members.changed.connect(self._members_changed)
        self._keys = EnterMovesOn(
            [ui.relationCombo, ui.roomEdit, ui.dateEdit, ui.reasonEdit], self.review, self
        )

    def _configure(self) -> None:
        ui, kind, view = self.ui, self.kind, self._view
        titles = {
            ChangeKind.MOVE_IN: self.tr("Move in to {household}"),
            ChangeKind.MOVE_OUT: self.tr("Move out of {household}"),
            ChangeKind.CHANGE_HEAD: self.tr("Change the head of {household}"),
            ChangeKind.SPLIT: self.tr("Split {household}"),
            ChangeKind.DEATH: self.tr("Record a death in {household}"),
        }
        explanations = {
            ChangeKind.MOVE_IN: self.tr(
                "Find the person who joins this household — from another household, or back after "
                "moving away — and give their relation to the head."
            ),
            ChangeKind.MOVE_OUT: self.tr(
                "Tick who moves away. If the head leaves, choose the new head among those who stay "
                "and restate their relations."
            ),
            ChangeKind.CHANGE_HEAD: self.tr(
                "Choose the new head and restate each member's relation to the new head."
            ),
            ChangeKind.SPLIT: self.tr(
                "Tick who forms the new household, give its room in the same unit and each one's "
                "relation in the new household (one of them the head)."
            ),
            ChangeKind.DEATH: self.tr(
                "Tick the person who died and give the date of death. If it was the head, choose "
                "the new head among the others."
            ),
        }
        title = titles[kind].format(household=view.label)
        self.setWindowTitle(title)
        ui.headingLabel.setText(title)
        ui.explanationLabel.setText(explanations[kind])
        moving_in = kind is ChangeKind.MOVE_IN
        for widget in (ui.personLabel, ui.personSearch, ui.chosenPersonLabel, ui.relationLabel):
            widget.setVisible(moving_in)
        ui.relationCombo.setVisible(moving_in)
        ui.roomLabel.setVisible(kind is ChangeKind.SPLIT)
        ui.roomEdit.setVisible(kind is ChangeKind.SPLIT)
        ui.reasonLabel.setVisible(kind is ChangeKind.MOVE_OUT)
        ui.reasonEdit.setVisible(kind is ChangeKind.MOVE_OUT)
        ui.dateLabel.setText(
            self.tr("Date of &death:") if kind is ChangeKind.DEATH else self.tr("&Date:")
        )
        ui.membersHint.setText(
            self.tr("Members now:")
            if moving_in
            else self.tr("Members of {household}:").format(household=view.label)
        )
        checkable = kind in (ChangeKind.MOVE_OUT, ChangeKind.SPLIT, ChangeKind.DEATH)
        editable = kind in (ChangeKind.CHANGE_HEAD, ChangeKind.SPLIT)
        self.members.set_members(view.members, checkable=checkable, editable=editable)
        if moving_in:
            ui.personSearch.configure(_search(self._db, self._actor, 20), self._worker, 200)
            ui.personSearch.resident_chosen.connect(self._person_chosen)
            ui.chosenPersonLabel.setText(self.tr("Nobody chosen yet."))
            ui.personSearch.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            ui.membersTable.setFocus(Qt.FocusReason.OtherFocusReason)
            if view.members:
                ui.membersTable.setCurrentCell(0, 0)
        self._members_changed()

    def _members_changed(self) -> None:
        kind, checked = self.kind, set(self.members.checked_ids())
        if kind in (ChangeKind.MOVE_OUT, ChangeKind.DEATH):
            # Those who stay may need new relations (when the head leaves): only theirs are editable.
            self.members.enable_relations(set(self.members.member_ids()) - checked)
        self.ui.messageLabel.hide()

    def _person_chosen(self, hit: object, _hits: object) -> None:
        row = getattr(hit, "row", None)
        if isinstance(row, ResidentRow):
            self.choose_person(row)

    def choose_person(self, row: ResidentRow) -> None:
        """The person who moves in (a search hit, or a person chosen elsewhere)."""
        self._person = row
        where = row.address or self.tr("no household")
        self.ui.chosenPersonLabel.setText(
            self.tr("{name}, {id_number}, lives at: {address}").format(
                name=row.name, id_number=row.id_number_masked or "-", address=where
            )
        )
        self.ui.relationCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- planning ----------------------------------------------------------------------------------
    def planner(self) -> Planner | str:
        """The planning call for what was entered, or what is missing (in words)."""
        ui, kind, db, view, actor = self.ui, self.kind, self._db, self._view, self._actor
        try:
            on = parse_typed_date(ui.dateEdit.text())
        except ValueError:
            on = None
        if on is None:
            return self.tr("Type the date as 2026-11-21.")
        checked = self.members.checked_ids()
        members = self.members
        if kind is ChangeKind.MOVE_IN:
            person, relation = self._person, selected_relation(ui.relationCombo)
            if person is None:
                return self.tr("Find and choose the person who moves in.")
            if relation is None:
                return self.tr("Choose the relation to the head.")
            return lambda: households.plan_move_in(db, actor, person.id, view.household_id, relation, on)
        if kind is ChangeKind.CHANGE_HEAD:
            relations = members.relations(members.member_ids())
            return lambda: households.plan_change_head(db, actor, view.household_id, relations, on)
        if not checked:
            return self.tr("Tick at least one member.")
        stayers = [rid for rid in members.member_ids() if rid not in checked]
        new_relations = members.relations(stayers, changed_only=True)
        if kind is ChangeKind.MOVE_OUT:
            reason = ui.reasonEdit.text()
            return lambda: households.plan_move_out(
                db, actor, checked, on, reason=reason, new_head_relations=new_relations
            )
        if kind is ChangeKind.DEATH:
            if len(checked) != 1:
                return self.tr("Tick only the person who died.")
            return lambda: households.plan_death(
                db, actor, checked[0], on, new_head_relations=new_relations
            )
        room = ui.roomEdit.text().strip()
        if not room:
            return self.tr("Give the room of the new household.")
        in_new: dict[int, Relation] = members.relations(checked)

        def split() -> HouseholdPlan:
            unit_id = org.get_node(db, view.household_id).parent_id
            assert unit_id is not None
            return households.plan_split(
                db,
                actor,
                view.household_id,
                in_new,
                on,
                unit_id=unit_id,
                room=room,
                relations_in_old=new_relations,
            )

        return split

    def review(self) -> None:
        if self._planning:
            return
        planner = self.planner()
        if isinstance(planner, str):
            self._show_message(planner)
            return
        self._planning = True
        self._review.setEnabled(False)
        self._worker.run(
            planner,
            on_done=lambda plan: self._planned(planner, plan),
            on_error=self._failed,
            owner=self,
        )

    def _planned(self, planner: Planner, plan: HouseholdPlan) -> None:
        self._planning = False
        self._review.setEnabled(True)
        self.replan = planner
        self.planned.emit(plan)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._planning = False
        self._review.setEnabled(True)
        if not isinstance(error, DomainError):
            raise error
        self._show_message(describe_error(error, self._lang))

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText("✕ " + text)
        self.ui.messageLabel.show()
