"""Roles tab: who holds 网格总长, 网格长, 网格员, 志愿者, 楼栋长, 单元长, 综治协管员, 信息员 at the
selected node (or, with "include below", anywhere under it), with phones; add, end, remove; print
the contact sheet of the subtree (the roles register PDF).

Lists load on the worker when the tab is shown for a node; each change is one service call.
"""

from __future__ import annotations

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
from gridgov_desktop.domain.enums import NodeKind, StaffRole
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.role_dialog import RoleDialog
from gridgov_desktop.ui.widgets.community_labels import staff_role_label
from gridgov_desktop.ui.widgets.contact_sheet import ContactSheet
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.roles import RoleHolder

ROLE, NAME, PHONE, PLACE, SINCE = range(5)


def _list_roles(
    db: Database, actor: Actor, node: NodeSummary, subtree: bool
) -> tuple[list[RoleHolder], tuple[StaffRole, ...]]:
    """The holders, and the roles the node can hold (``roles.ROLE_LEVELS``)."""
    from gridgov_desktop.services import roles  # SQLAlchemy: off the GUI thread, on first use

    return roles.list_roles(db, actor, node.id, subtree=subtree), roles.roles_allowed_at(node.kind)


class RolesPanel(QWidget):
    """``message(text)`` for the status bar; ``changed()`` after a role was added or ended."""

    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self.contact_sheet = ContactSheet(db, actor, worker, settings=settings, lang=lang, parent=self)
        self.contact_sheet.message.connect(self.message)
        self._may_edit = allows(actor, Permission.EDIT_TREE)
        self.node: NodeSummary | None = None
        self.holders: list[RoleHolder] = []
        self.allowed: tuple[StaffRole, ...] = ()
        self._loaded_for: tuple[int, bool] | None = None
        self._generation = 0
        self.loading = False
        self.dialog: RoleDialog | None = None
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("countLabel", True)
        self.subtree_check = QCheckBox(self.tr("Include &below"))
        self.subtree_check.setToolTip(self.tr("Also list the roles held anywhere below this node"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.subtree_check)
        tree = self.roles_tree = QTreeWidget()
        tree.setObjectName("rolesTree")
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("Place"), self.tr("Since")]
        )
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.end_button = QPushButton(self.tr("&End…"))
        self.end_button.setToolTip(self.tr("The person no longer holds the role (kept in the log)"))
        self.remove_button = QPushButton(self.tr("&Delete…"))
        self.remove_button.setToolTip(self.tr("Take back a role entered by mistake"))
        self.print_button = QPushButton(self.tr("Print &contact sheet…"))
        self.print_button.setToolTip(self.tr("The roles of this node and everything below it, as a PDF"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.end_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.subtree_check.toggled.connect(lambda _on: self.reload())
        tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.add_button.clicked.connect(self.add_role)
        self.end_button.clicked.connect(self.end_role)
        self.remove_button.clicked.connect(self.remove_role)
        self.print_button.clicked.connect(self.print_contact_sheet)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------------
    def set_node(self, node: NodeSummary | None) -> None:
        self.node = node
        if node is None:
            self.roles_tree.clear()
            self.heading.setText("")
        elif self._loaded_for != (node.id, self.subtree_check.isChecked()):
            self.reload()
        self._update_buttons()

    def invalidate(self) -> None:
        self._loaded_for = None

    def reload(self) -> None:
        node = self.node
        if node is None:
            return
        self._generation += 1
        generation, subtree, db = self._generation, self.subtree_check.isChecked(), self._db
        actor = self._actor
        self.loading = True
        self._update_buttons()
        self.heading.setText(self.tr("Roles at {name}").format(name=node.display_name))
        self._worker.run(
            lambda: _list_roles(db, actor, node, subtree),
            on_done=lambda loaded: self._loaded(generation, (node.id, subtree), *loaded),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(
        self,
        generation: int,
        key: tuple[int, bool],
        holders: list[RoleHolder],
        allowed: tuple[StaffRole, ...],
    ) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._loaded_for, self.holders, self.allowed = key, holders, allowed
        tree = self.roles_tree
        tree.clear()
        for holder in holders:
            since = holder.since.isoformat() if holder.since else ""
            texts = [
                staff_role_label(holder.role),
                holder.person_name,
                holder.phone or "",
                holder.place,
                since,
            ]
            item = QTreeWidgetItem(texts)
            item.setData(ROLE, Qt.ItemDataRole.UserRole, holder.id)
            if holder.resident_id is None:
                item.setToolTip(NAME, self.tr("Typed in: not a resident of the registry"))
            tree.addTopLevelItem(item)
        tree.setColumnHidden(PLACE, not key[1])
        if (first := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(first)
        self._update_hint()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not isinstance(error, DomainError):
            raise error
        self._hint(error_text(error, self._lang))

    def _update_hint(self) -> None:
        node = self.node
        if node is None:
            return
        count = len(self.holders)
        self.heading.setText(
            self.tr("Roles at {name}: {count}").format(name=node.display_name, count=count)
        )
        if not self.allowed and not count:
            text = self.tr(
                "No grid roles are held at a {kind}; tick “Include below” to see those below."
            )
            self._hint(text.format(kind=self._kind(node.kind)))
        elif not count:
            self._hint(self.tr("Nobody holds a role here yet."))
        else:
            self._hint("")

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    @staticmethod
    def _kind(kind: NodeKind) -> str:
        from gridgov_desktop.ui.i18n import node_kind_label

        return node_kind_label(kind)

    def _update_buttons(self) -> None:
        node, chosen = self.node, self.current_holder()
        ready = node is not None and not self.loading and bool(self.allowed)
        self.add_button.setEnabled(self._may_edit and ready)
        self.end_button.setEnabled(self._may_edit and chosen is not None)
        self.remove_button.setEnabled(self._may_edit and chosen is not None)
        self.print_button.setEnabled(node is not None)

    def current_holder(self) -> RoleHolder | None:
        item = self.roles_tree.currentItem()
        if item is None:
            return None
        role_id = item.data(ROLE, Qt.ItemDataRole.UserRole)
        return next((h for h in self.holders if h.id == role_id), None)

    # --- changes -----------------------------------------------------------------------------------
    def add_role(self) -> None:
        if self.node is None or not self.add_button.isEnabled():
            return
        dialog = RoleDialog(
            self._db,
            self._actor,
            self._worker,
            self.node,
            self.allowed,
            lang=self._lang,
            parent=self.window(),
        )
        dialog.saved.connect(self._added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()

    def _added(self, holder: RoleHolder) -> None:
        self.message.emit(
            self.tr("{name} is now {role}.").format(
                name=holder.person_name, role=staff_role_label(holder.role)
            )
        )
        self.changed.emit()
        self.reload()

    def end_role(self) -> None:
        self._end(remove=False)

    def remove_role(self) -> None:
        self._end(remove=True)

    def _end(self, *, remove: bool) -> None:
        holder = self.current_holder()
        if holder is None or not self._may_edit:
            return
        role = staff_role_label(holder.role)
        if remove:
            question = self.tr("Delete the entry “{role} {name}” as entered by mistake?")
        else:
            question = self.tr("{name} no longer holds the role {role} from today?")
        answer = QMessageBox.question(
            self,
            self.tr("Roles"),
            question.format(role=role, name=holder.person_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, role_id = self._db, self._actor, holder.id

        def work() -> None:
            from gridgov_desktop.services import roles

            (roles.remove_role if remove else roles.end_role)(db, actor, role_id)

        def done(_result: Any) -> None:
            if remove:
                self.message.emit(
                    self.tr("Deleted {role} {name}.").format(role=role, name=holder.person_name)
                )
            else:
                self.message.emit(
                    self.tr("{name} no longer holds the role {role}.").format(
                        role=role, name=holder.person_name
                    )
                )
            self.changed.emit()
            self.reload()

        self._worker.run(work, on_done=done, on_error=self._change_failed, owner=self)

    def _change_failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        QMessageBox.warning(self, self.tr("Roles"), error_text(error, self._lang))
        self.reload()

    # --- contact sheet -----------------------------------------------------------------------------
    def print_contact_sheet(self) -> None:
        """The contact sheet of the node's subtree: previewed to print (or saved as a PDF)."""
        if self.node is not None:
            self.contact_sheet.print_node(self.node)
