"""Paired units tab: the bodies paired with the selected node's community (共建单位, reported on:
双报到), each with its contact and how its service items (领办) stand. "Service items…" (or Enter)
opens the unit's items with their status and evaluation (双评价). Every change is one service call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.dialogs.form_dialog import format_date
from gridgov_desktop.ui.dialogs.paired_unit_dialog import PairedUnitDialog
from gridgov_desktop.ui.dialogs.service_items_dialog import ServiceItemsDialog
from gridgov_desktop.ui.widgets.community_labels import (
    unit_kind_label,
)
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.widgets.party_view import community_of
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.paired_units import PairedUnitInfo


def _units(db: Database, community_id: int, inactive: bool) -> list[PairedUnitInfo]:
    from gridgov_desktop.services import paired_units  # SQLAlchemy: off the GUI thread, on first use

    return paired_units.list_paired_units(db, community_id, include_inactive=inactive)


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAllColumnsShowFocus(True)
    tree.setHeaderLabels(headers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return tree


class PairedUnitsView(QWidget):
    message = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._may_edit = allows(actor, Permission.EDIT_TREE)
        self.name_of: Callable[[int], str | None] = lambda _node_id: None  # the panel's tree knows
        self.community_id: int | None = None
        self.units: list[PairedUnitInfo] = []
        self._loaded_for: int | None = None
        self._generation = 0
        self.loading = False
        self.dialog: QWidget | None = None
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("countLabel", True)
        self.inactive_check = QCheckBox(self.tr("Show &deactivated"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.inactive_check)
        tree = self.units_tree = _tree(
            [self.tr("Paired unit"), self.tr("Kind"), self.tr("Contact"), self.tr("Items")]
        )
        tree.setObjectName("pairedUnits")
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.items_button = QPushButton(self.tr("Service &items…"))
        self.items_button.setToolTip(self.tr("What the unit took on, its status and evaluation (Enter)"))
        self.new_button = QPushButton(self.tr("&New unit…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate…"))
        buttons = QHBoxLayout()
        for button in (self.items_button, self.new_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.active_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.inactive_check.toggled.connect(lambda _on: self.reload())
        tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        tree.itemActivated.connect(lambda *_args: self.show_items())
        self.items_button.clicked.connect(self.show_items)
        self.new_button.clicked.connect(self.new_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.active_button.clicked.connect(self.toggle_active)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------------
    def set_node(self, node: NodeSummary | None) -> None:
        self.community_id = community_of(node)
        if self.community_id is None:
            self.units_tree.clear()
            self.units, self._loaded_for = [], None
            self.heading.setText(self.tr("Paired units"))
            self._hint(self.tr("Choose a community, or a place in one, in the tree."))
        elif self._loaded_for != self.community_id:
            self.reload()
        self._update_buttons()

    def invalidate(self) -> None:
        self._loaded_for = None

    def reload(self, keep: int | None = None) -> None:
        community_id = self.community_id
        if community_id is None:
            return
        current = self.current_unit()
        keep = keep if keep is not None else (current.id if current is not None else None)
        self._generation += 1
        generation, db, inactive = self._generation, self._db, self.inactive_check.isChecked()
        self.loading = True
        self._worker.run(
            lambda: _units(db, community_id, inactive),
            on_done=lambda units: self._loaded(generation, community_id, units, keep),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(
        self, generation: int, community_id: int, units: list[PairedUnitInfo], keep: int | None
    ) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._loaded_for, self.units = community_id, units
        tree = self.units_tree
        tree.clear()
        for unit in units:
            counts = self.tr("{items}, {open} open, {evaluated} evaluated").format(
                items=unit.items, open=unit.open_items, evaluated=unit.evaluated_items
            )
            counts = counts if unit.items else self.tr("None yet")
            item = QTreeWidgetItem(
                [unit.name, unit_kind_label(unit.kind), unit.contact_name or "", counts]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, unit.id)
            tooltip = [unit.name, unit_kind_label(unit.kind)]
            if unit.contact_name or unit.contact_phone:
                contact = " ".join(part for part in (unit.contact_name, unit.contact_phone) if part)
                tooltip.append(self.tr("Contact: {contact}").format(contact=contact))
                item.setToolTip(2, contact)
            if unit.reported_on:
                tooltip.append(self.tr("Reported on {date}").format(date=format_date(unit.reported_on)))
            if not unit.is_active:
                item.setText(0, self.tr("{name} (deactivated)").format(name=unit.name))
                item.setForeground(0, Qt.GlobalColor.gray)
            item.setToolTip(0, "\n".join(tooltip + ([unit.notes] if unit.notes else [])))
            tree.addTopLevelItem(item)
            if unit.id == keep:
                tree.setCurrentItem(item)
        if tree.currentItem() is None and (first := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(first)
        community = self.name_of(community_id) or ""
        self.heading.setText(
            self.tr("Paired units of {community}: {count}").format(community=community, count=len(units))
        )
        self._hint("" if units else self.tr("No paired unit yet: “New unit…” records one."))
        self._update_buttons()

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not isinstance(error, DomainError):
            raise error
        self._hint(error_text(error, self._lang))

    def current_unit(self) -> PairedUnitInfo | None:
        item = self.units_tree.currentItem()
        unit_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((u for u in self.units if u.id == unit_id), None)

    def _update_buttons(self) -> None:
        unit, edit = self.current_unit(), self._may_edit
        self.new_button.setEnabled(edit and self.community_id is not None and not self.loading)
        self.items_button.setEnabled(unit is not None)
        self.edit_button.setEnabled(edit and unit is not None)
        self.active_button.setEnabled(edit and unit is not None)
        active = unit is None or unit.is_active
        self.active_button.setText(self.tr("Deactivate…") if active else self.tr("Reactivate"))

    # --- changes -----------------------------------------------------------------------------------
    def _community_name(self) -> str:
        return (self.name_of(self.community_id) if self.community_id is not None else None) or ""

    def new_unit(self) -> None:
        if self.community_id is None or not self.new_button.isEnabled():
            return
        dialog = PairedUnitDialog(
            self._db,
            self._actor,
            self._worker,
            self.community_id,
            self._community_name(),
            lang=self._lang,
            parent=self.window(),
        )
        self._open(dialog)

    def edit_unit(self) -> None:
        unit = self.current_unit()
        if unit is None or not self._may_edit:
            return
        dialog = PairedUnitDialog(
            self._db,
            self._actor,
            self._worker,
            unit.community_id,
            self._community_name(),
            unit=unit,
            lang=self._lang,
            parent=self.window(),
        )
        self._open(dialog)

    def _open(self, dialog: PairedUnitDialog) -> None:
        dialog.saved.connect(
            lambda info: self.message.emit(self.tr("Saved {name}.").format(name=info.name))
        )
        dialog.saved.connect(lambda info: self.reload(keep=info.id))
        dialog.conflict.connect(lambda: self.reload())
        self._show(dialog)

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()  # type: ignore[attr-defined]

    def show_items(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = ServiceItemsDialog(
            self._db,
            self._actor,
            self._worker,
            unit,
            may_edit=self._may_edit,
            lang=self._lang,
            parent=self.window(),
        )
        dialog.changed.connect(lambda: self.reload(keep=unit.id))
        self._show(dialog)

    def toggle_active(self) -> None:
        unit = self.current_unit()
        if unit is None or not self._may_edit:
            return
        if unit.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr(
                    "{name} no longer works with the community? Its items and evaluations stay on "
                    "record."
                ).format(name=unit.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor, active = self._db, self._actor, not unit.is_active

        def work() -> PairedUnitInfo:
            from gridgov_desktop.services import paired_units as pu

            return pu.deactivate_paired_unit(db, actor, unit.id, unit.version, active=active)

        def done(_result: Any) -> None:
            text = self.tr("{name} reactivated.") if active else self.tr("{name} deactivated.")
            self.message.emit(text.format(name=unit.name))
            self.reload()

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error, self._lang))
            self.reload()

        self._worker.run(work, on_done=done, on_error=failed, owner=self)
