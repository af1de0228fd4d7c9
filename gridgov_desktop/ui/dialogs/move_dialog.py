"""Move to…: pick a node's new parent in a tree (or by filtering), review before/after, confirm once.

A node moves under a node of its old parent's level (a building to another compound), so the tree
here stops at that level. The review comes from ``tree_edit.move_preview``: where the node is and
will be, its address before and after, and what moves along (households, people, roles). Dragging a
node onto a new parent opens this dialog straight at the review. Several nodes (the contents of a
node the clerk wants to delete) are moved one after another, each in its own transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.forms.ui_move_dialog import Ui_MoveDialog
from gridgov_desktop.ui.i18n import format_count, node_kind_label
from gridgov_desktop.ui.models.org_tree_model import OrgTreeModel
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.tree_edit import MovePreview

FILTER_DELAY_MS = 200
PICK, REVIEW = 0, 1


def parent_kind(kind: NodeKind) -> NodeKind:
    return list(NodeKind)[kind.depth - 1]


def _place(path_names: str) -> str:
    """Names from the street down with › between them: easier to read, and lines wrap there."""
    return " › ".join(path_names.split("/"))


def _filter(db: Database, text: str) -> object:
    from gridgov_desktop.services.tree_filter import filter_tree  # off the GUI thread, on first use

    return filter_tree(db, text)


class MoveDialog(QDialog):
    """``moved(previews, nodes)`` once the move is done: the reviewed previews and the moved nodes."""

    moved = Signal(object, object)
    conflict = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        nodes: Sequence[NodeSummary],
        *,
        lang: str | None = None,
        target: NodeSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        assert nodes and all(n.kind is nodes[0].kind for n in nodes)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self.nodes = list(nodes)
        self.level = parent_kind(nodes[0].kind)
        self.previews: list[MovePreview] = []
        self.target: NodeSummary | None = None
        self._task: Task | None = None
        self._generation = 0
        self._busy = False
        self._pick_height = 0
        self.tree_model = OrgTreeModel(db, self, max_kind=self.level)
        self.tree_model.load_error.connect(self._show_error)
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for button in (*self.ui.buttonBox.buttons(), self.ui.backButton):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._run_filter)
        self.ui.buttonBox.accepted.connect(self.next_step)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.backButton.clicked.connect(lambda: self._show_page(PICK))
        self.ui.filterEdit.textChanged.connect(self._filter_changed)
        self.ui.treeView.setModel(self.tree_model)
        self.ui.treeView.setColumnHidden(1, True)  # counts: not what a new parent is chosen by
        self.ui.treeView.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.treeView.doubleClicked.connect(lambda _index: self.next_step())
        for widget in (self.ui.filterEdit, self.ui.treeView):
            widget.installEventFilter(self)
        self._describe()
        self.tree_model.load()
        self._open_to(nodes[0])
        if target is not None:
            self.target = target
            self._review()
        else:
            self._show_page(PICK)
            self.ui.treeView.setFocus()

    # --- picking -----------------------------------------------------------------------------------
    def _describe(self) -> None:
        first = self.nodes[0]
        level = node_kind_label(self.level)
        if len(self.nodes) == 1:
            title = self.tr("Move {kind} “{name}” to…").format(
                kind=node_kind_label(first.kind), name=first.display_name
            )
        else:
            title = self.tr("Move {count} {kind} nodes to…").format(
                count=len(self.nodes), kind=node_kind_label(first.kind)
            )
        self.setWindowTitle(title)
        self.ui.headingLabel.setText(title)
        self.ui.pickHint.setText(
            self.tr("Choose the new {level}. Type to filter; Enter goes on to the review.").format(
                level=level
            )
        )

    def _open_to(self, node: NodeSummary) -> None:
        """Open the tree down to the node's current parent, which starts highlighted."""
        ids = [int(part) for part in node.path.strip("/").split("/")][:-1]
        index = QModelIndex()
        for node_id in ids:
            found = self.tree_model.child_index(index, node_id)
            if not found.isValid():
                break
            index = found
            self.ui.treeView.expand(index)
        if index.isValid():
            self.ui.treeView.setCurrentIndex(index)
            self.ui.treeView.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.tree_model.load()
            self._open_to(self.nodes[0])

    def _run_filter(self) -> None:
        db, text, generation = self._db, self.ui.filterEdit.text(), self._generation
        self._task = self._worker.run(
            lambda: _filter(db, text),
            on_done=lambda result: self._filtered(generation, result),
            on_error=self._show_error,
            owner=self,
        )

    def _filtered(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        self._task = None
        from gridgov_desktop.services.tree_filter import TreeFilterResult

        assert isinstance(result, TreeFilterResult)
        self.tree_model.show_filter(result)
        for node_id in result.expanded_ids:
            index = self.tree_model.index_of_node(node_id)
            if index.isValid():
                self.ui.treeView.expand(index)
        # A match at the level wanted, else the first node of that level shown (the grid of a
        # compound that was typed: a clerk types the place they know).
        at_level = [n for n in result.nodes.values() if n.kind is self.level]
        at_level.sort(key=lambda n: (n.id not in result.matched_ids, n.path))
        shown = [n for n in at_level if self.tree_model.index_of_node(n.id).isValid()]
        if shown:
            self.ui.treeView.setCurrentIndex(self.tree_model.index_of_node(shown[0].id))
        else:
            self.ui.treeView.setCurrentIndex(QModelIndex())
            self._current_changed(QModelIndex(), QModelIndex())
        if not result.matched_ids:
            show_message(self.ui.pickMessage, Level.NOTE, self.tr("Nothing matches."))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node_at(current)
        problem = ""
        if node is not None and node.kind is not self.level:
            problem = self.tr("Choose a {level}.").format(level=node_kind_label(self.level))
        elif node is not None and all(n.parent_id == node.id for n in self.nodes):
            problem = self.tr("This is where it is now.")
        show_message(self.ui.pickMessage, Level.NOTE if problem else Level.NONE, problem)
        self._ok.setEnabled(node is not None and not problem)

    # --- review and move ---------------------------------------------------------------------------
    def next_step(self) -> None:
        if self._busy:
            return
        if self.ui.stack.currentIndex() == REVIEW:
            self._move()
            return
        node = self.tree_model.node_at(self.ui.treeView.currentIndex())
        if node is None or not self._ok.isEnabled():
            return
        self.target = node
        self._review()

    def _review(self) -> None:
        assert self.target is not None
        db, ids, target_id = self._db, [n.id for n in self.nodes], self.target.id

        def preview() -> list[MovePreview]:
            from gridgov_desktop.services import tree_edit  # SQLAlchemy: off the GUI thread

            return [tree_edit.move_preview(db, i, target_id) for i in ids]

        self._run(preview, self._reviewed)

    def _reviewed(self, previews: list[MovePreview]) -> None:
        self.previews = previews
        first = previews[0]
        households = sum(p.households for p in previews)
        residents = sum(p.residents for p in previews)
        nodes = sum(p.nodes for p in previews)
        what = node_kind_label(first.kind)
        if len(previews) == 1:
            intro = self.tr(
                "{kind} “{name}” moves with everything in it: {nodes} node(s), {households} "
                "household(s), {residents} resident(s)."
            )
        else:
            intro = self.tr(
                "{count} {kind} nodes move with everything in them: {nodes} node(s), "
                "{households} household(s), {residents} resident(s)."
            )
        self.ui.reviewIntro.setText(
            intro.format(
                kind=what,
                name=first.name,
                count=len(previews),
                nodes=format_count(nodes),
                households=format_count(households),
                residents=format_count(residents),
            )
        )
        more = (
            "" if len(previews) == 1 else self.tr(" (and {count} more)").format(count=len(previews) - 1)
        )
        self.ui.beforePlace.setText(_place(first.old_place) + more)
        self.ui.afterPlace.setText(_place(first.new_place) + more)
        self.ui.beforeAddress.setText(first.old_address or "—")
        self.ui.afterAddress.setText(first.new_address or "—")
        along = []
        roles, party = sum(p.roles for p in previews), sum(p.party_orgs for p in previews)
        if roles:
            along.append(self.tr("{count} role(s) held there move along.").format(count=roles))
        if party:
            along.append(
                self.tr(
                    "{count} party unit(s) serving it stay under their party parent: "
                    "check them in the party tab."
                ).format(count=party)
            )
        if first.kind in (NodeKind.BUILDING, NodeKind.UNIT, NodeKind.HOUSEHOLD):
            along.append(self.tr("Room labels follow the new building and unit numbers."))
        self.ui.alongLabel.setText("\n".join(along))
        self.ui.reviewQuestion.setText(self.tr("Move now? The change is written to the audit log."))
        self._show_page(REVIEW)

    def _move(self) -> None:
        db, actor, previews = self._db, self._actor, list(self.previews)

        def move() -> list[NodeSummary]:
            from gridgov_desktop.services import tree_edit

            return [
                tree_edit.move_node(db, actor, p.node_id, p.new_parent_id, p.version) for p in previews
            ]

        self._run(move, self._moved)

    def _moved(self, nodes: list[NodeSummary]) -> None:
        self.moved.emit(self.previews, nodes)
        self.accept()

    # --- plumbing ----------------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.ui.stack.setCurrentIndex(page)
        self.ui.backButton.setVisible(page == REVIEW)
        if page == REVIEW and self.isVisible():  # the review needs no tree's height: no empty half
            self._pick_height = self.height()
            self.resize(self.width(), self.sizeHint().height())
        elif page == PICK and self._pick_height:
            self.resize(self.width(), self._pick_height)
        if page == REVIEW:
            self._ok.setText(self.tr("&Move"))
            self._ok.setEnabled(True)
            self._ok.setDefault(True)
            self._ok.setFocus()
        else:
            self._ok.setText(self.tr("&Next"))
            self._current_changed(self.ui.treeView.currentIndex(), QModelIndex())

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._busy = True
        self.ui.buttonBox.setEnabled(False)

        def done(result: Any) -> None:
            self._busy = False
            self.ui.buttonBox.setEnabled(True)
            on_done(result)

        self._worker.run(work, on_done=done, on_error=self._failed, owner=self)

    @property
    def ready(self) -> bool:
        return not self._busy

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ui.buttonBox.setEnabled(True)
        if isinstance(error, Conflict):
            QMessageBox.warning(self, self.tr("Changed meanwhile"), error_text(error, self._lang))
            self.conflict.emit()
            self.reject()
            return
        self._show_error(error)
        self._show_page(PICK)

    def _show_error(self, error: object) -> None:
        if not isinstance(error, DomainError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        show_message(self.ui.pickMessage, Level.ERROR, error_text(error, self._lang))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.ui.filterEdit and key == Qt.Key.Key_Escape and self.ui.filterEdit.text():
            self.ui.filterEdit.clear()
            return True
        if watched is self.ui.filterEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.ui.treeView.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_step()
            return True
        return False
