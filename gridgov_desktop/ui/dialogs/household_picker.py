"""Choose a household from the organisation tree, or by typing its room (3-2-501) or a place name.

Unfiltered, the tree is the lazy ``OrgTreeModel`` (one level per expand). Typing filters as you type
(debounced, on a worker thread, through ``services.tree_filter``): the matches are shown in place with
their ancestors, expanded down to them, and a compound or building that matched can still be opened.
Enter in the filter takes the highlighted household; Down moves into the tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import org
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.forms.ui_household_picker import Ui_HouseholdPickerDialog
from gridgov_desktop.ui.icons import node_icon
from gridgov_desktop.ui.models.org_tree_model import OrgTreeModel
from gridgov_desktop.ui.workers import Task, Worker

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 10
_PLACEHOLDER = "…"
FILTER_DELAY_MS = 200


@dataclass(frozen=True)
class HouseholdChoice:
    id: int
    label: str
    address: str

    @property
    def display(self) -> str:
        return f"{self.label}　{self.address}" if self.address else self.label


def household_choice(node: NodeSummary) -> HouseholdChoice:
    return HouseholdChoice(node.id, node.display_name, node.address or "")


def _filter(db: Database, text: str) -> object:
    from gridgov_desktop.services.tree_filter import filter_tree  # off the GUI thread, on first use

    return filter_tree(db, text)


class HouseholdPickerDialog(QDialog):
    """``household_chosen(HouseholdChoice)`` when the clerk takes a household."""

    household_chosen = Signal(object)

    def __init__(
        self, db: Database, worker: Worker, *, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HouseholdPickerDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._worker, self._lang = db, worker, lang
        self.chosen: HouseholdChoice | None = None
        self._task: Task | None = None
        self._generation = 0
        self._take_when_ready = False
        self.tree_model = OrgTreeModel(db, self)
        self.filter_model = QStandardItemModel(self)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._run_filter)
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Choose"))
        self.ui.buttonBox.accepted.connect(self._take_current)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.filterEdit.textChanged.connect(self._filter_changed)
        self.ui.filterEdit.installEventFilter(self)
        self.ui.treeView.doubleClicked.connect(lambda _index: self._take_current())
        self.ui.treeView.installEventFilter(self)
        self.ui.treeView.expanded.connect(self._expanded)
        self.tree_model.load_error.connect(self._show_error)
        self._show_tree()
        self.ui.filterEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def filtering(self) -> bool:
        return self._timer.isActive() or self._task is not None

    # --- the two views -----------------------------------------------------------------------------
    def _show_tree(self) -> None:
        self.tree_model.load()
        self._set_model(self.tree_model)
        root = self.tree_model.index(0, 0)
        if root.isValid():
            self.ui.treeView.expand(root)
            self.ui.treeView.setCurrentIndex(root)
        self.ui.hintLabel.setText(self.tr("Open the tree down to the room, or type to filter."))

    def _set_model(self, model: OrgTreeModel | QStandardItemModel) -> None:
        if self.ui.treeView.model() is not model:
            self.ui.treeView.setModel(model)
            if model is self.tree_model:
                self.ui.treeView.setColumnHidden(1, True)
            self.ui.treeView.selectionModel().currentChanged.connect(self._current_changed)
        self._current_changed(self.ui.treeView.currentIndex())

    def _filter_changed(self, text: str) -> None:
        self._generation += 1
        self._take_when_ready = False
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if not text.strip():
            self._timer.stop()
            self._show_tree()
            return
        self._timer.start()

    def _run_filter(self) -> None:
        text, generation, db = self.ui.filterEdit.text(), self._generation, self._db
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
        self.filter_model.clear()
        first_household: QModelIndex | None = None
        first_match: QModelIndex | None = None

        def add(parent: QStandardItem, parent_id: int | None) -> None:
            nonlocal first_household, first_match
            for node in result.children.get(parent_id, ()):
                item = self._item(node)
                parent.appendRow(item)
                if node.id in result.matched_ids:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    if first_match is None:
                        first_match = item.index()
                    if node.kind is NodeKind.HOUSEHOLD and first_household is None:
                        first_household = item.index()
                if node.id in result.expanded_ids:
                    add(item, node.id)
                elif node.has_children:
                    item.appendRow(QStandardItem(_PLACEHOLDER))

        add(self.filter_model.invisibleRootItem(), None)
        self._set_model(self.filter_model)
        self._expand(self.filter_model.invisibleRootItem(), result.expanded_ids)
        current = first_household or first_match
        if current is not None:
            self.ui.treeView.setCurrentIndex(current)
            self.ui.treeView.scrollTo(current)
        if not result.matched_ids:
            self.ui.hintLabel.setText(self.tr("Nothing matches “{text}”.").format(text=result.text))
        elif result.truncated:
            self.ui.hintLabel.setText(self.tr("Many matches: only the first are shown. Type more."))
        else:
            self.ui.hintLabel.setText(
                self.tr("{count} matches. Enter takes the highlighted household.").format(
                    count=len(result.matched_ids)
                )
            )
        if self._take_when_ready:
            self._take_when_ready = False
            self._take_current()

    def _expand(self, parent: QStandardItem, expanded: frozenset[int]) -> None:
        for row in range(parent.rowCount()):
            child = parent.child(row)
            node = child.data(SUMMARY_ROLE) if child is not None else None
            if isinstance(node, NodeSummary) and node.id in expanded:
                self.ui.treeView.expand(child.index())
                self._expand(child, expanded)

    def _item(self, node: NodeSummary) -> QStandardItem:
        item = QStandardItem(node_icon(node.kind), node.display_name)
        item.setEditable(False)
        item.setData(node, SUMMARY_ROLE)
        if node.address and node.kind is NodeKind.HOUSEHOLD:
            item.setToolTip(node.address)
        return item

    def _expanded(self, index: QModelIndex) -> None:
        """A matched compound or building opened in the filtered view: fetch its children now."""
        if self.ui.treeView.model() is not self.filter_model:
            return
        item = self.filter_model.itemFromIndex(index)
        if item is None or item.rowCount() != 1 or item.child(0).data(SUMMARY_ROLE) is not None:
            return
        node = item.data(SUMMARY_ROLE)
        try:
            children = org.children(self._db, node.id)
        except DomainError as error:
            self._show_error(error)
            return
        item.removeRows(0, 1)
        for child in children:
            row = self._item(child)
            if child.has_children:
                row.appendRow(QStandardItem(_PLACEHOLDER))
            item.appendRow(row)

    # --- choosing ----------------------------------------------------------------------------------
    def node_at(self, index: QModelIndex) -> NodeSummary | None:
        if not index.isValid():
            return None
        if index.model() is self.tree_model:
            return self.tree_model.node_at(index)
        node = index.data(SUMMARY_ROLE)
        return node if isinstance(node, NodeSummary) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        node = self.node_at(current)
        self._ok.setEnabled(node is not None and node.kind is NodeKind.HOUSEHOLD)

    def _take_current(self) -> None:
        node = self.node_at(self.ui.treeView.currentIndex())
        if node is None or node.kind is not NodeKind.HOUSEHOLD:
            self.ui.hintLabel.setText(self.tr("Choose a household (a room), not a building or unit."))
            return
        self.chosen = household_choice(node)
        self.household_chosen.emit(self.chosen)
        self.accept()

    def _show_error(self, error: object) -> None:
        if not isinstance(error, DomainError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.ui.hintLabel.setText(describe_error(error, self._lang))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.ui.filterEdit and self.filtering:
                self._take_when_ready = True  # typed fast: take the top household when it shows
                return True
            self._take_current()
            return True
        if watched is self.ui.filterEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.ui.treeView.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
