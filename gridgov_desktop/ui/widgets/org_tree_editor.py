"""The edits of the organisation tree, as actions on the panel's tree view.

Each edit is one service call on the worker (the service makes it one audited transaction); the
model is then patched where the edit landed — the parent's children, the counts up the tree — so
that open branches and the selection stay put. While a filter is shown, the filter runs again
instead. A ``Conflict`` (another desk changed the node first) is said in words and the tree reloads.

Shortcuts, active while the tree has the focus (F2 is "new resident" app-wide, so it is not rename):
Insert add below, Ctrl+R rename, Ctrl+M move to…, Ctrl+Up / Ctrl+Down reorder, Delete delete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QTreeView, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.dialogs.move_dialog import MoveDialog
from gridgov_desktop.ui.dialogs.node_dialog import NodeDialog, level_number
from gridgov_desktop.ui.i18n import node_kind_label
from gridgov_desktop.ui.models.org_tree_model import OrgTreeModel
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.tree_edit import Deleted, MovePreview


class TreeEditor(QObject):
    """``changed(node_id)`` after an edit; ``select(node_id, path)`` asks the panel to show a node;
    ``reload()`` after a conflict; ``message(text)`` for the status bar; ``open_household(id)`` when a
    household that still has people is to be emptied in the household dialog."""

    changed = Signal(int)
    select = Signal(int, str)
    reload = Signal()
    message = Signal(str)
    open_household = Signal(int)
    refilter = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        view: QTreeView,
        model: OrgTreeModel,
        *,
        lang: str | None,
    ) -> None:
        super().__init__(view)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._view, self._model = view, model
        self.may_edit = allows(actor, Permission.EDIT_TREE)
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        self._busy = False
        self.add_action = self._action(self.tr("&Add below…"), "Insert", self.add_child)
        self.rename_action = self._action(self.tr("&Rename…"), "Ctrl+R", self.rename)
        self.move_action = self._action(self.tr("&Move to…"), "Ctrl+M", self.move)
        self.up_action = self._action(self.tr("Move &up"), "Ctrl+Up", lambda: self.reorder(-1))
        self.down_action = self._action(self.tr("Move &down"), "Ctrl+Down", lambda: self.reorder(1))
        self.delete_action = self._action(self.tr("&Delete…"), "Delete", self.delete)
        self.actions = [
            self.add_action,
            self.rename_action,
            self.move_action,
            self.up_action,
            self.down_action,
            self.delete_action,
        ]
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        model.move_requested.connect(self.move_to)
        model.reorder_requested.connect(self.reorder_to)
        self.update_actions()

    def _action(self, text: str, keys: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self._view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        self._view.addAction(action)
        return action

    # --- state -------------------------------------------------------------------------------------
    def current(self) -> NodeSummary | None:
        return self._model.node_at(self._view.currentIndex())

    def update_actions(self) -> None:
        node = self.current()
        ok = self.may_edit and node is not None and not self._busy
        child = node.kind.child_kind if node is not None else None
        self.add_action.setEnabled(ok and child is not None)
        what = node_kind_label(child) if child is not None else ""
        self.add_action.setText(
            self.tr("&Add {kind}…").format(kind=what) if what else self.tr("&Add below…")
        )
        self.rename_action.setEnabled(ok)
        self.move_action.setEnabled(
            ok and node is not None and node.kind.depth > NodeKind.COMMUNITY.depth
        )
        row = self._view.currentIndex().row()
        siblings = self._model.rowCount(self._view.currentIndex().parent())
        self.up_action.setEnabled(ok and row > 0)
        self.down_action.setEnabled(ok and 0 <= row < siblings - 1)
        self.delete_action.setEnabled(ok)

    def place(self, node: NodeSummary) -> str:
        """Names from the street down (every shown node's ancestors are in the model)."""
        names = [node.name]
        parent = self._model.node(node.parent_id) if node.parent_id is not None else None
        while parent is not None:
            names.append(parent.name)
            parent = self._model.node(parent.parent_id) if parent.parent_id is not None else None
        return "/".join(reversed(names))

    def _context_menu(self, point: QPoint) -> None:
        self.update_actions()
        menu = QMenu(self._view)
        for action in self.actions:
            menu.addAction(action)
            if action in (self.move_action, self.down_action):
                menu.addSeparator()
        menu.popup(self._view.viewport().mapToGlobal(point))

    # --- add and rename ----------------------------------------------------------------------------
    def add_child(self) -> None:
        node = self.current()
        if node is None or node.kind.child_kind is None or not self.add_action.isEnabled():
            return
        index = self._view.currentIndex()
        if self._model.canFetchMore(index):
            self._model.fetchMore(index)  # its children: the names a new one must not repeat
        stem = ""
        if node.kind is NodeKind.UNIT and node.parent_id is not None:
            building = self._model.node(node.parent_id)
            stem = f"{level_number(building.name)}-{level_number(node.name)}-" if building else ""
        dialog = NodeDialog(
            self._db,
            self._actor,
            self._worker,
            lang=self._lang,
            place=self.place(node),
            parent_node=node,
            siblings=self._model.sibling_names(node.id),
            label_stem=stem,
            parent=self._view.window(),
        )
        dialog.saved.connect(lambda new: self._added(node, new))
        self._open(dialog)

    def _added(self, parent: NodeSummary, node: NodeSummary) -> None:
        self.message.emit(self.tr("Added {name}.").format(name=node.display_name))
        self._after([parent.id], node)

    def rename(self) -> None:
        node = self.current()
        if node is None or not self.rename_action.isEnabled():
            return
        siblings = self._model.sibling_names(node.parent_id)
        dialog = NodeDialog(
            self._db,
            self._actor,
            self._worker,
            lang=self._lang,
            place=self.place(node),
            node=node,
            siblings=siblings,
            parent=self._view.window(),
        )
        dialog.saved.connect(lambda renamed: self._renamed(node, renamed))
        dialog.conflict.connect(self.reload)
        self._open(dialog)

    def _renamed(self, old: NodeSummary, node: NodeSummary) -> None:
        self.message.emit(self.tr("Renamed {old} to {new}.").format(old=old.display_name, new=node.name))
        below = [i for i in self._model.loaded_ids() if self._in(i, node.path)]
        self._after(below, node, touched=[node])

    def _in(self, node_id: int, path: str) -> bool:
        found = self._model.node(node_id)
        return found is not None and found.path.startswith(path)

    # --- move and reorder --------------------------------------------------------------------------
    def move(self) -> None:
        node = self.current()
        if node is not None and self.move_action.isEnabled():
            self.open_move([node])

    def move_to(self, node_id: int, new_parent_id: int) -> None:
        """A drop: review the move of ``node_id`` under ``new_parent_id`` and ask once."""
        node, target = self._model.node(node_id), self._model.node(new_parent_id)
        if self.may_edit and node is not None and target is not None:
            self.open_move([node], target)

    def open_move(self, nodes: list[NodeSummary], target: NodeSummary | None = None) -> MoveDialog:
        dialog = MoveDialog(
            self._db,
            self._actor,
            self._worker,
            nodes,
            lang=self._lang,
            target=target,
            parent=self._view.window(),
        )
        dialog.moved.connect(self._moved)
        dialog.conflict.connect(self.reload)
        self._open(dialog)
        return dialog

    def _moved(self, previews: list[MovePreview], nodes: list[NodeSummary]) -> None:
        first = previews[0]
        self.message.emit(
            self.tr("Moved {name} to {place}.").format(name=first.name, place=first.new_place)
        )
        parents = {p.old_parent_id for p in previews} | {p.new_parent_id for p in previews}
        self._after(sorted(parents), nodes[0])

    def reorder(self, step: int) -> None:
        index = self._view.currentIndex()
        node = self.current()
        action = self.up_action if step < 0 else self.down_action
        if node is not None and action.isEnabled():
            self.reorder_to(node.id, index.row() + step)

    def reorder_to(self, node_id: int, new_index: int) -> None:
        node = self._model.node(node_id)
        if node is None or not self.may_edit:
            return
        db, actor = self._db, self._actor

        def work() -> list[NodeSummary]:
            from gridgov_desktop.services import tree_edit  # SQLAlchemy: off the GUI thread

            return tree_edit.reorder_node(db, actor, node_id, new_index)

        def done(siblings: list[NodeSummary]) -> None:
            if self._model.filtering:
                self.refilter.emit(node_id)
            else:
                self._model.sync_children(node.parent_id, siblings)
                self.select.emit(node_id, node.path)
            self.changed.emit(node_id)

        self._run(work, done)

    # --- delete ------------------------------------------------------------------------------------
    def delete(self) -> None:
        node = self.current()
        if node is None or not self.delete_action.isEnabled():
            return
        answer = QMessageBox.question(
            self._view.window(),
            self.tr("Delete"),
            self.tr("Delete {kind} “{name}”? Empty levels below it are deleted with it.").format(
                kind=node_kind_label(node.kind), name=node.display_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor, node_id, version = self._db, self._actor, node.id, node.version

        def work() -> Deleted:
            from gridgov_desktop.services import tree_edit  # SQLAlchemy: off the GUI thread

            return tree_edit.delete_node(db, actor, node_id, version)

        def done(deleted: Deleted) -> None:
            self.message.emit(self.tr("Deleted {name}.").format(name=node.display_name))
            parent = self._model.node(node.parent_id) if node.parent_id is not None else None
            if self._model.filtering:
                self.refilter.emit(node.parent_id or 0)
                self.changed.emit(node.parent_id or node_id)
            else:
                self._model.remove_node(node_id)
                self._after([], parent)

        self._run(work, done, refused=lambda error: self._refused(node, error))

    def _refused(self, node: NodeSummary, error: DomainError) -> None:
        """Say why the node stays, with the counts, and offer to move what it holds."""
        text = error_text(error, self._lang)
        window = self._view.window()
        title = self.tr("Cannot delete {kind} “{name}”").format(
            kind=node_kind_label(node.kind), name=node.display_name
        )
        if error.args_map.get("detail") != "holds_people":
            QMessageBox.warning(window, title, text)
            return
        if node.kind is NodeKind.HOUSEHOLD:
            question = self.tr("Open the household to move its members out first?")
        else:
            question = self.tr("Move what it holds to another {kind} first?").format(
                kind=node_kind_label(node.kind)
            )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(window, title, f"{text}\n\n{question}", buttons)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if node.kind is NodeKind.HOUSEHOLD:
            self.open_household.emit(node.id)
            return
        try:
            contents = org.children(self._db, node.id)
        except DomainError as failure:
            QMessageBox.warning(window, title, error_text(failure, self._lang))
            return
        if contents:
            self.open_move(contents)

    # --- plumbing ----------------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()  # type: ignore[attr-defined]

    def _after(
        self, parents: Sequence[int], node: NodeSummary | None, touched: Sequence[NodeSummary] = ()
    ) -> None:
        """Patch the model around an edit: the ``touched`` nodes, the children of ``parents`` (when
        loaded) and the counts up the tree from each; then show ``node``."""
        if self._model.filtering:
            self.refilter.emit(node.id if node is not None else 0)
        else:
            try:
                self._model.update_nodes(touched)
                for parent_id in [*parents, *([node.id] if node is not None else [])]:
                    if parent_id in self._model.loaded_ids():
                        self._model.sync_children(parent_id, org.children(self._db, parent_id))
                    chain = [*org.ancestors(self._db, parent_id), org.get_node(self._db, parent_id)]
                    self._model.update_nodes(chain)
            except DomainError as error:
                self.message.emit(error_text(error, self._lang))
            if node is not None:
                self.select.emit(node.id, node.path)
        if node is not None:
            self.changed.emit(node.id)

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        refused: Callable[[DomainError], None] | None = None,
    ) -> None:
        self._busy = True
        self.update_actions()

        def finish(result: Any) -> None:
            self._busy = False
            done(result)
            self.update_actions()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.update_actions()
            if not isinstance(error, DomainError):
                raise error
            if refused is not None and error.code == "node_not_deletable":
                refused(error)
            elif isinstance(error, Conflict):
                QMessageBox.warning(
                    self._view.window(), self.tr("Changed meanwhile"), error_text(error, self._lang)
                )
                self.reload.emit()
            else:
                QMessageBox.warning(
                    self._view.window(), self.tr("Not saved"), error_text(error, self._lang)
                )

        self._worker.run(work, on_done=finish, on_error=failed, owner=self)

    @property
    def busy(self) -> bool:
        return self._busy
