"""A household: its members with their relation to the head, and the changes a clerk makes to it —
move in, move out, change of head, split, death.

Each change goes the same way: the change dialog asks what is needed and gets a plan from the
service; the review shows every household involved before and after and asks once; the plan is then
applied in one transaction on a worker thread. If another window changed a household meanwhile
(``Conflict``), the clerk is told and the plan is made again from fresh data for a new review.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import households
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.households import ChangeKind, HouseholdPlan, HouseholdView
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.dialogs.household_change import HouseholdChangeDialog, Planner
from gridgov_desktop.ui.dialogs.household_review import HouseholdReviewDialog, change_label
from gridgov_desktop.ui.forms.ui_household_dialog import Ui_HouseholdDialog
from gridgov_desktop.ui.i18n import sex_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.resident_labels import relation_label
from gridgov_desktop.ui.workers import Worker


class HouseholdDialog(QDialog):
    """``changed`` after a change was made; ``open_resident(id)`` for a member's record."""

    changed = Signal()
    open_resident = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        household_id: int,
        *,
        lang: str,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._household_id = household_id
        self._today = today
        self.view: HouseholdView | None = None
        self.change_dialog: HouseholdChangeDialog | None = None
        self.review_dialog: HouseholdReviewDialog | None = None
        self._busy = True
        ui = self.ui
        table = ui.membersTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Relation to head"),
                self.tr("Sex"),
                self.tr("Date of birth"),
                self.tr("ID number"),
            ]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda _index: self._open_member())
        table.installEventFilter(self)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.openResidentButton.clicked.connect(self._open_member)
        actions = {
            ui.moveInButton: ChangeKind.MOVE_IN,
            ui.moveOutButton: ChangeKind.MOVE_OUT,
            ui.changeHeadButton: ChangeKind.CHANGE_HEAD,
            ui.splitButton: ChangeKind.SPLIT,
            ui.deathButton: ChangeKind.DEATH,
        }
        may_edit = allows(actor, Permission.EDIT_RESIDENTS)
        for button, kind in actions.items():
            button.clicked.connect(lambda _checked=False, k=kind: self.start(k))
            button.setEnabled(False)
            button.setVisible(may_edit)
        self._actions = actions
        show_message(ui.messageLabel, Level.NONE)
        self.load()

    @property
    def ready(self) -> bool:
        return not self._busy

    # --- the household -----------------------------------------------------------------------------
    def load(self) -> None:
        self._busy = True
        db, actor, household_id = self._db, self._actor, self._household_id
        self._worker.run(
            lambda: households.household(db, actor, household_id),
            on_done=self._show,
            on_error=self._failed,
            owner=self,
        )

    def _show(self, view: HouseholdView) -> None:
        self._busy = False
        self.view = view
        ui = self.ui
        title = self.tr("Household {label}").format(label=view.label)
        self.setWindowTitle(title)
        ui.headingLabel.setText(title)
        ui.addressLabel.setText(view.address)
        ui.countLabel.setText(self.tr("{count} members").format(count=len(view.members)))
        table = ui.membersTable
        table.setRowCount(len(view.members))
        for row, member in enumerate(view.members):
            cells = [
                member.name,
                relation_label(member.relation),
                sex_label(member.sex),
                member.birth_date.isoformat() if member.birth_date else "",
                member.id_number_masked,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.resident_id)
                table.setItem(row, column, item)
        if view.members:
            table.selectRow(0)
        has_members = bool(view.members)
        for button, kind in self._actions.items():
            button.setEnabled(kind is ChangeKind.MOVE_IN or has_members)
        ui.openResidentButton.setEnabled(has_members)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, DomainError):
            raise error
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    def _open_member(self) -> None:
        item = self.ui.membersTable.item(self.ui.membersTable.currentRow(), 0)
        if item is not None:
            self.open_resident.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    # --- a change: inputs, review, apply -------------------------------------------------------------
    def start(self, kind: ChangeKind) -> HouseholdChangeDialog | None:
        if self.view is None or self._busy:
            return None
        dialog = HouseholdChangeDialog(
            self._db,
            self._actor,
            self._worker,
            self.view,
            kind,
            lang=self._lang,
            today=self._today,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.planned.connect(lambda plan: self._review(plan, dialog.replan))
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def _review(self, plan: HouseholdPlan, replan: Planner | None) -> None:
        review = HouseholdReviewDialog(plan, self)
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.accepted.connect(lambda: self._apply(plan, replan))
        self.review_dialog = review
        review.open()

    def _apply(self, plan: HouseholdPlan, replan: Planner | None) -> None:
        self._busy = True
        db, actor = self._db, self._actor
        self._worker.run(
            lambda: households.apply_plan(db, actor, plan),
            on_done=lambda _views: self._applied(plan),
            on_error=lambda error: self._apply_failed(error, replan),
            owner=self,
        )

    def _applied(self, plan: HouseholdPlan) -> None:
        show_message(
            self.ui.messageLabel,
            Level.NOTE,
            self.tr("Done: {change} on {date}.").format(
                change=change_label(plan.kind), date=plan.on.isoformat()
            ),
        )
        self.changed.emit()
        self.load()

    def _apply_failed(self, error: BaseException, replan: Planner | None) -> None:
        self._busy = False
        if isinstance(error, Conflict) and replan is not None:
            QMessageBox.information(
                self,
                self.tr("Changed in another window"),
                self.tr(
                    "Another window changed this household meanwhile, so nothing was done.\n"
                    "The change is shown again as it would be now: check it once more."
                ),
            )
            self.load()
            self._worker.run(
                replan,
                on_done=lambda plan: self._review(plan, replan),
                on_error=self._failed,
                owner=self,
            )
            return
        self._failed(error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.membersTable and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_member()
                return True
        return False
