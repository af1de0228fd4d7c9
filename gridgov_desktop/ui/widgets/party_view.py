"""Party tab: the party organisation of the selected node's community — 社区党委 → 网格党支部 →
楼栋党小组 → 党员中心户 — each with the place it serves, secretary, members and star rating (★★★☆☆).

"Set up" creates the unit for the node selected in the tree (a grid gets a branch …); the unit serving
the selected node is highlighted. Enter or a double click edits a unit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.dialogs.party_members_dialog import PartyMembersDialog
from gridgov_desktop.ui.dialogs.party_org_dialog import KIND_AT, PartyOrgDialog
from gridgov_desktop.ui.icons import node_icon
from gridgov_desktop.ui.widgets.community_labels import party_kind_label, stars
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.party import PartyOrgInfo

UNIT, STARS, SECRETARY, MEMBERS = range(4)
_PLACE_KIND = {
    "committee": "community",
    "branch": "grid",
    "group": "building",
    "member_household": "household",
}


def community_of(node: NodeSummary | None) -> int | None:
    """The community a node lies in (its own id for a community), from its path."""
    if node is None:
        return None
    ids = [int(part) for part in node.path.strip("/").split("/") if part]
    return ids[1] if len(ids) > 1 else None


def _party_tree(db: Database, community_id: int) -> list[PartyOrgInfo]:
    from gridgov_desktop.services import party  # SQLAlchemy: off the GUI thread, on first use

    return party.party_tree(db, community_id)


class PartyView(QWidget):
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
        self.node: NodeSummary | None = None
        self.community_id: int | None = None
        self.name_of: Callable[[int], str | None] = lambda _node_id: None  # the panel's tree knows
        self.units: dict[int, PartyOrgInfo] = {}
        self._loaded_for: int | None = None
        self._generation = 0
        self.loading = False
        self.dialog: QWidget | None = None
        self._build()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("countLabel", True)
        tree = self.units_tree = QTreeWidget()
        tree.setObjectName("partyTree")
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        tree.setHeaderLabels(
            [self.tr("Party unit"), self.tr("Stars"), self.tr("Secretary"), self.tr("Members")]
        )
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.new_button = QPushButton(self.tr("&Set up…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.members_button = QPushButton(self.tr("&Members…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.members_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(tree, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        tree.currentItemChanged.connect(lambda *_args: self._update_buttons())
        tree.itemActivated.connect(lambda *_args: self.edit_unit())
        self.new_button.clicked.connect(self.new_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.members_button.clicked.connect(self.show_members)
        self.delete_button.clicked.connect(self.delete_unit)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------------
    def set_node(self, node: NodeSummary | None) -> None:
        self.node = node
        self.community_id = community_of(node)
        if self.community_id is None:
            self.units_tree.clear()
            self.units = {}
            self._loaded_for = None
            self.heading.setText(self.tr("Party organisation"))
            self._hint(self.tr("Choose a community, or a place in one, in the tree."))
        elif self._loaded_for != self.community_id:
            self.reload()
        else:
            self._highlight()
        self._update_buttons()

    def invalidate(self) -> None:
        self._loaded_for = None

    def reload(self) -> None:
        community_id = self.community_id
        if community_id is None:
            return
        self._generation += 1
        generation, db = self._generation, self._db
        self.loading = True
        self._worker.run(
            lambda: _party_tree(db, community_id),
            on_done=lambda units: self._loaded(generation, community_id, units),
            on_error=self._failed,
            owner=self,
        )

    def _loaded(self, generation: int, community_id: int, roots: list[PartyOrgInfo]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._loaded_for = community_id
        self.units = {}
        tree = self.units_tree
        tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, info: PartyOrgInfo) -> None:
            self.units[info.id] = info
            secretary = info.secretary_name or self.tr("None yet")
            item = QTreeWidgetItem([info.name, stars(info.star_rating), secretary, str(info.members)])
            item.setData(UNIT, Qt.ItemDataRole.UserRole, info.id)
            item.setIcon(UNIT, node_icon(NodeKind(_PLACE_KIND[info.kind.value])))
            item.setTextAlignment(MEMBERS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(UNIT, self._tooltip(info))
            item.setToolTip(STARS, self._rating_text(info))
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in info.children:
                add(item, child)

        for root in roots:
            add(tree, root)
        tree.expandAll()
        count = len(self.units)
        community = self.name_of(community_id) or ""
        self.heading.setText(
            self.tr("Party organisation of {community}: {count} unit(s)").format(
                community=community, count=count
            )
        )
        self._hint("" if count else self.tr("No party unit yet: select the community and set one up."))
        self._highlight()
        self._update_buttons()

    def _hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _tooltip(self, info: PartyOrgInfo) -> str:
        lines = [party_kind_label(info.kind), self.tr("Serves: {place}").format(place=info.place)]
        if info.secretary_name:
            phone = f"  {info.secretary_phone}" if info.secretary_phone else ""
            lines.append(self.tr("Secretary: {name}").format(name=info.secretary_name) + phone)
        lines.append(self._rating_text(info))
        return "\n".join(lines)

    def _rating_text(self, info: PartyOrgInfo) -> str:
        if not info.star_rating:
            return self.tr("Not rated yet")
        on = info.rated_on.isoformat() if info.rated_on else ""
        return self.tr("{count} star(s), rated {date}").format(count=info.star_rating, date=on)

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        if not isinstance(error, DomainError):
            raise error
        self._hint(error_text(error, self._lang))

    def _highlight(self) -> None:
        """Select the unit serving the node selected in the tree, if there is one."""
        node = self.node
        if node is None:
            return
        for info in self.units.values():
            if info.node_id == node.id:
                self.select_unit(info.id)
                return

    def select_unit(self, unit_id: int) -> None:
        tree = self.units_tree
        items = tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive, UNIT)
        for item in items:
            if item.data(UNIT, Qt.ItemDataRole.UserRole) == unit_id:
                tree.setCurrentItem(item)
                return

    def current_unit(self) -> PartyOrgInfo | None:
        item = self.units_tree.currentItem()
        return self.units.get(item.data(UNIT, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _new_kind(self) -> str | None:
        node = self.node
        if node is None or node.kind.value not in KIND_AT:
            return None
        if any(info.node_id == node.id for info in self.units.values()):
            return None  # one unit of a kind per place: this place has its unit
        return KIND_AT[node.kind.value]

    def _update_buttons(self) -> None:
        unit, kind = self.current_unit(), self._new_kind()
        ready = not self.loading and self.community_id is not None
        self.new_button.setEnabled(self._may_edit and ready and kind is not None)
        if kind is not None and self.node is not None:
            self.new_button.setText(self.tr("&Set up {kind}…").format(kind=party_kind_label(kind)))
        else:
            self.new_button.setText(self.tr("&Set up…"))
        self.new_button.setToolTip(
            self.tr("Select a community, grid, building or household without a unit in the tree")
        )
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self._may_edit and unit is not None)
        self.members_button.setEnabled(unit is not None)

    # --- changes -----------------------------------------------------------------------------------
    def new_unit(self) -> None:
        if self.node is None or not self.new_button.isEnabled():
            return
        self._open(
            PartyOrgDialog(
                self._db,
                self._actor,
                self._worker,
                lang=self._lang,
                node=self.node,
                parent=self.window(),
            )
        )

    def edit_unit(self) -> None:
        unit = self.current_unit()
        if unit is None or not self._may_edit:
            return
        self._open(
            PartyOrgDialog(
                self._db, self._actor, self._worker, lang=self._lang, unit=unit, parent=self.window()
            )
        )

    def _open(self, dialog: PartyOrgDialog) -> None:
        dialog.saved.connect(self._saved)
        dialog.conflict.connect(self.reload)
        self._show(dialog)

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()  # type: ignore[attr-defined]

    def _saved(self, info: PartyOrgInfo) -> None:
        self.message.emit(self.tr("Saved {name}.").format(name=info.name))
        self.reload()

    def show_members(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        dialog = PartyMembersDialog(
            self._db,
            self._actor,
            self._worker,
            unit.id,
            unit.name,
            may_edit=self._may_edit,
            lang=self._lang,
            parent=self.window(),
        )
        dialog.changed.connect(self.reload)
        self._show(dialog)

    def delete_unit(self) -> None:
        unit = self.current_unit()
        if unit is None or not self._may_edit:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete party unit"),
            self.tr("Delete {name} and its member list?").format(name=unit.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self._db, self._actor

        def work() -> None:
            from gridgov_desktop.services import party

            party.delete_party_org(db, actor, unit.id)

        def done(_result: Any) -> None:
            self.message.emit(self.tr("Deleted {name}.").format(name=unit.name))
            self.reload()

        def failed(error: BaseException) -> None:
            if not isinstance(error, DomainError):
                raise error
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(error, self._lang))

        self._worker.run(work, on_done=done, on_error=failed, owner=self)
