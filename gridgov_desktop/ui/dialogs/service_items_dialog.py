"""The service items a paired unit took on (领办): status, completion and the community's evaluation
(双评价). "Status" offers only the changes the rules allow (``NEXT_STATUS``); a completed item is
evaluated with "Evaluate…". Every change is one service call, then the list reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QMessageBox, QTreeWidgetItem, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.evaluation_dialog import EvaluationDialog
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, format_date
from gridgov_desktop.ui.dialogs.service_item_dialog import ServiceItemDialog
from gridgov_desktop.ui.forms.ui_service_items_dialog import Ui_ServiceItemsDialog
from gridgov_desktop.ui.widgets.community_labels import evaluation_label, item_status_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.paired_units import PairedUnitInfo, ServiceItemInfo

# The status changes a clerk may make (services.paired_units.NEXT_STATUS, by value).
NEXT_STATUS = {
    "claimed": ("in_progress", "done", "dropped"),
    "in_progress": ("done", "claimed", "dropped"),
    "done": ("in_progress",),
    "dropped": ("claimed",),
}
TITLE, CLAIMED, STATUS, COMPLETED, EVALUATION = range(5)


class ServiceItemsDialog(QDialog):
    """``changed()`` after any change (the paired-units list shows counts)."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        unit: PairedUnitInfo,
        *,
        may_edit: bool,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServiceItemsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self.unit, self._may_edit = unit, may_edit
        self.items: list[ServiceItemInfo] = []
        self.busy = False
        self.dialog: ServiceFormDialog | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Service items of {unit}").format(unit=unit.name))
        ui.headingLabel.setText(self.windowTitle())
        self.status_menu = QMenu(ui.statusButton)
        ui.statusButton.setMenu(self.status_menu)
        header = ui.itemsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        show_message(ui.messageLabel, Level.NONE)
        ui.buttonBox.rejected.connect(self.reject)
        ui.newButton.clicked.connect(self.new_item)
        ui.editButton.clicked.connect(self.edit_item)
        ui.evaluateButton.clicked.connect(self.evaluate)
        ui.removeButton.clicked.connect(self.remove_item)
        ui.itemsTree.currentItemChanged.connect(lambda *_args: self._current_changed())
        ui.itemsTree.itemActivated.connect(lambda *_args: self.edit_item())
        ui.newButton.setVisible(may_edit and unit.is_active)
        for button in (ui.editButton, ui.statusButton, ui.evaluateButton, ui.removeButton):
            button.setVisible(may_edit)
        ui.unitLabel.setText(
            self.tr("Reported to the community on {date}.").format(
                date=format_date(unit.reported_on) or "—"
            )
        )
        self.reload()

    # --- list --------------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        db, unit_id = self._db, self.unit.id
        current = self.current_item()
        keep = keep if keep is not None else (current.id if current is not None else None)

        def load() -> list[ServiceItemInfo]:
            from gridgov_desktop.services import paired_units  # SQLAlchemy: off the GUI thread

            return paired_units.service_items(db, unit_id)

        self._run(load, lambda items: self._loaded(items, keep))

    def _loaded(self, items: list[ServiceItemInfo], keep: int | None) -> None:
        self.items = items
        tree = self.ui.itemsTree
        tree.clear()
        for info in items:
            evaluation = evaluation_label(info.evaluation) if info.evaluation else "—"
            texts = [info.title, format_date(info.claimed_on), item_status_label(info.status)]
            row = QTreeWidgetItem([*texts, format_date(info.completed_on), evaluation])
            row.setData(TITLE, Qt.ItemDataRole.UserRole, info.id)
            row.setToolTip(TITLE, info.description or info.title)
            tree.addTopLevelItem(row)
            if info.id == keep:
                tree.setCurrentItem(row)
        if tree.currentItem() is None and (first := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(first)
        if not items:
            self.ui.detailLabel.setText(self.tr("No service item yet: “New item…” records one."))
        self._current_changed()

    def current_item(self) -> ServiceItemInfo | None:
        row = self.ui.itemsTree.currentItem()
        item_id = row.data(TITLE, Qt.ItemDataRole.UserRole) if row is not None else None
        return next((i for i in self.items if i.id == item_id), None)

    def _current_changed(self) -> None:
        item, ui = self.current_item(), self.ui
        self.status_menu.clear()
        if item is not None and not (item.status.value == "done" and item.evaluation):
            for status in NEXT_STATUS[item.status.value]:
                action = QAction(item_status_label(status), self.status_menu)
                action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
                self.status_menu.addAction(action)
        ui.statusButton.setEnabled(not self.status_menu.isEmpty())
        ui.editButton.setEnabled(item is not None)
        ui.removeButton.setEnabled(item is not None)
        ui.evaluateButton.setEnabled(item is not None and item.status.value == "done")
        if item is not None:
            lines = [item.description or ""]
            if item.evaluation:
                note = f"：{item.evaluation_note}" if item.evaluation_note else ""
                lines.append(
                    self.tr("Evaluated {date}: {evaluation}").format(
                        date=format_date(item.evaluated_on), evaluation=evaluation_label(item.evaluation)
                    )
                    + note
                )
            ui.detailLabel.setText("\n".join(line for line in lines if line))

    # --- changes -----------------------------------------------------------------------------------
    def new_item(self) -> None:
        self._open(
            ServiceItemDialog(
                self._db,
                self._actor,
                self._worker,
                self.unit.id,
                self.unit.name,
                lang=self._lang,
                parent=self,
            )
        )

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None and self._may_edit:
            self._open(
                ServiceItemDialog(
                    self._db,
                    self._actor,
                    self._worker,
                    self.unit.id,
                    self.unit.name,
                    item=item,
                    lang=self._lang,
                    parent=self,
                )
            )

    def evaluate(self) -> None:
        item = self.current_item()
        if item is not None and self.ui.evaluateButton.isEnabled():
            self._open(
                EvaluationDialog(self._db, self._actor, self._worker, item, lang=self._lang, parent=self)
            )

    def _open(self, dialog: ServiceFormDialog) -> None:
        dialog.saved.connect(lambda info: self._changed(self.tr("Saved."), info.id))  # type: ignore[attr-defined]
        dialog.conflict.connect(lambda: self.reload())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()

    def set_status(self, status: str) -> None:
        item = self.current_item()
        if item is None:
            return
        db, actor = self._db, self._actor

        def work() -> ServiceItemInfo:
            from gridgov_desktop.services import paired_units as pu

            return pu.set_item_status(db, actor, item.id, pu.ItemStatus(status), item.version)

        text = self.tr("{title}: {status}.").format(title=item.title, status=item_status_label(status))
        self._run(work, lambda info: self._changed(text, info.id))

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove item"),
            self.tr("Remove “{title}” as entered by mistake? (An item given up is “Dropped”.)").format(
                title=item.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self._db, self._actor

        def work() -> None:
            from gridgov_desktop.services import paired_units as pu

            pu.remove_service_item(db, actor, item.id)

        self._run(work, lambda _r: self._changed(self.tr("Removed {title}.").format(title=item.title)))

    def _changed(self, text: str, keep: int | None = None) -> None:
        show_message(self.ui.messageLabel, Level.NOTE, text)
        self.changed.emit()
        self.reload(keep)

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
        show_message(self.ui.messageLabel, Level.ERROR, error_text(error, self._lang))
        self.reload()
