"""The organisation panel: filter box, tree of the street, and tabs for the selected node's roles, its
community's party organisation and paired units.

The tree loads one level per expand (``OrgTreeModel``). Typing in the filter box runs
``tree_filter.filter_tree`` on a worker thread after a short pause; the model then shows the matches
with their ancestors, expanded down to them (DHIS2's org-unit tree). Esc clears the filter and the
tree opens again at the node that was selected. Edits live in ``TreeEditor`` (shortcuts there); the
tabs load what they show when they become visible, for the node selected then.

Embedding (the main window): construct with the session's database, actor and worker, put it where
the tree was, and connect ``node_selected``/``current_changed`` to the resident list,
``status_message`` to the status bar, ``load_error`` to the error report; F5 calls ``refresh()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.i18n import format_count
from gridgov_desktop.ui.models.org_tree_model import (
    COUNT_COLUMN,
    HOUSEHOLD_COLUMN,
    NAME_COLUMN,
    OrgTreeModel,
)
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.widgets.org_tree_editor import TreeEditor
from gridgov_desktop.ui.widgets.paired_units_view import PairedUnitsView
from gridgov_desktop.ui.widgets.party_view import PartyView
from gridgov_desktop.ui.widgets.roles_panel import RolesPanel
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.tree_filter import TreeFilterResult

FILTER_DELAY_MS = 200
DETAILS_AFTER_SHOW_MS = 300


def _filter(db: Database, text: str) -> TreeFilterResult:
    from gridgov_desktop.services.tree_filter import filter_tree  # SQLAlchemy: off the GUI thread

    return filter_tree(db, text)


class OrgPanel(QWidget):
    """Signals: ``node_selected(node_id)`` and ``current_changed(NodeSummary | None)`` when the
    selection moves; ``tree_changed(node_id)`` after an edit of the tree (a resident list showing
    that subtree may need reloading); ``status_message(text)`` for the status bar; ``load_error``
    (a DomainError: database gone) for the window's error report; ``open_household_requested(id)``
    when the clerk wants to move the people out of a household before deleting it."""

    node_selected = Signal(int)
    current_changed = Signal(object)
    tree_changed = Signal(int)
    status_message = Signal(str)
    load_error = Signal(object)
    open_household_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._settings = settings
        self._task: Task | None = None
        self._generation = 0
        self._reselect: int | None = None  # after a filter: the node to show
        self._last_path = ""
        self._sized = False
        self._details_pending = False
        self.tree_model = OrgTreeModel(db, self, household_column=True)
        self._build()
        self.editor = TreeEditor(db, actor, worker, self.tree_view, self.tree_model, lang=lang)
        self.tree_model.editable = self.editor.may_edit
        self.tree_view.setDragEnabled(self.editor.may_edit)
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._run_filter)
        self._connect()
        self.tree_model.load()
        self._select_first_root()

    # --- set-up ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_label = QLabel(self.tr("Fil&ter:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("orgFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(64)
        self.filter_edit.setPlaceholderText(self.tr("Place name or room (3-2-501)"))
        self.filter_edit.setToolTip(self.tr("Keeps the matches and the levels above them; Esc clears"))
        self.filter_label.setBuddy(self.filter_edit)
        self.filter_status = QLabel()
        self.filter_status.setWordWrap(True)
        self.filter_status.hide()
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_edit, 1)
        view = self.tree_view = QTreeView()
        view.setObjectName("orgTree")
        view.setModel(self.tree_model)
        view.setUniformRowHeights(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setAutoExpandDelay(700)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT_COLUMN, HOUSEHOLD_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.roles_panel = RolesPanel(
            self._db, self._actor, self._worker, lang=self._lang, settings=self._settings
        )
        self.party_view = PartyView(self._db, self._actor, self._worker, lang=self._lang)
        self.paired_view = PairedUnitsView(self._db, self._actor, self._worker, lang=self._lang)
        for tab in (self.party_view, self.paired_view):
            tab.name_of = self._name_of
        self.tabs = QTabWidget()
        self.tabs.setObjectName("orgTabs")
        self.tabs.addTab(self.roles_panel, self.tr("R&oles"))
        self.tabs.addTab(self.party_view, self.tr("&Party"))
        self.tabs.addTab(self.paired_view, self.tr("Paired &units"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(row)
        top_layout.addWidget(self.filter_status)
        top_layout.addWidget(view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(view)

    def _connect(self) -> None:
        self.tree_view.selectionModel().currentChanged.connect(self._current_changed)
        self.tree_model.load_error.connect(self.load_error)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        editor = self.editor
        editor.message.connect(self.status_message)
        editor.select.connect(lambda node_id, path: self.select_path(path))
        editor.reload.connect(self.refresh)
        editor.refilter.connect(self._refilter)
        editor.changed.connect(self.tree_changed)
        editor.open_household.connect(self.open_household_requested)
        for view in (self.roles_panel, self.party_view, self.paired_view):
            view.message.connect(self.status_message)
        self.roles_panel.changed.connect(lambda: self.tree_changed.emit(self._current_id()))

    def _name_of(self, node_id: int) -> str | None:
        node = self.tree_model.node(node_id)
        return node.name if node is not None else None

    def size_columns(self) -> None:
        """Count columns wide enough for "200,000" in the current font (call after a theme change)."""
        self.tree_view.ensurePolished()
        digit = self.tree_view.fontMetrics().horizontalAdvance("0")
        header = self.tree_view.header()
        for column in (COUNT_COLUMN, HOUSEHOLD_COLUMN):
            header.resizeSection(column, max(digit * 8, header.sectionSizeHint(column)) + 8)

    def showEvent(self, event: QEvent) -> None:
        if self._details_pending:
            # Shortly after the window first shows: its list paints first (start-up, bench/startup.py).
            self._details_pending = False
            QTimer.singleShot(DETAILS_AFTER_SHOW_MS, self._show_tab)
        self.size_columns()
        if not self._sized:  # the tree gets the larger part until the clerk drags the handle
            self._sized = True
            height = max(self.height(), 400)
            self.splitter.setSizes([height * 11 // 20, height * 9 // 20])
        super().showEvent(event)  # type: ignore[arg-type]

    def save_state(self) -> bytes:
        """The split between the tree and the tabs, for the window's settings."""
        return bytes(self.splitter.saveState().data())

    def restore_state(self, state: bytes) -> None:
        if state and self.splitter.restoreState(state):
            self._sized = True

    # --- selection ---------------------------------------------------------------------------------
    def current_node(self) -> NodeSummary | None:
        return self.tree_model.node_at(self.tree_view.currentIndex())

    def _current_id(self) -> int:
        node = self.current_node()
        return node.id if node is not None else 0

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node_at(current)
        self.editor.update_actions()
        if node is not None:
            self._last_path = node.path
        if self.isVisible():
            self._show_tab()
        else:  # selected while the window is being built: the details wait for it to show
            self._details_pending = True
        self.current_changed.emit(node)
        if node is not None:
            self.node_selected.emit(node.id)

    def _show_tab(self) -> None:
        view = self.tabs.currentWidget()
        node = self.current_node()
        if view is not None and hasattr(view, "set_node"):
            view.set_node(node)

    def select_path(self, path: str) -> bool:
        """Open the tree down to the node at ``path`` and select it; False if it is not shown."""
        index = QModelIndex()
        ids = [int(part) for part in path.strip("/").split("/") if part]
        for depth, node_id in enumerate(ids):
            found = self.tree_model.child_index(index, node_id)
            if not found.isValid():
                break
            index = found
            if depth < len(ids) - 1:
                self.tree_view.expand(index)
        if not index.isValid():
            return False
        self.tree_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree_view.scrollTo(index)
        return True

    def select_node(self, node_id: int) -> bool:
        """Select a node by id, reading its path from the services when it is not loaded."""
        node = self.tree_model.node(node_id)
        if node is None:
            from gridgov_desktop.services import org

            try:
                node = org.get_node(self._db, node_id)
            except DomainError as error:
                self.status_message.emit(error_text(error, self._lang))
                return False
        return self.select_path(node.path)

    def _select_first_root(self) -> None:
        root = self.tree_model.index(0, 0)
        if root.isValid():
            self.tree_view.expand(root)
            self.tree_view.setCurrentIndex(root)

    def refresh(self) -> None:
        """F5: reload the tree (or the filter), keeping the selected node's branch open."""
        path = self._last_path
        if self.tree_model.filtering:
            self._refilter(self._current_id())
        else:
            self.tree_model.load()
            if not (path and self.select_path(path)):
                self._select_first_root()
        for view in (self.roles_panel, self.party_view, self.paired_view):
            view.invalidate()
        self._show_tab()

    # --- filter ------------------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @property
    def filtering(self) -> bool:
        """A filter is waiting or running (tests wait on this)."""
        return self._timer.isActive() or self._task is not None

    def _filter_changed(self, text: str) -> None:
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if text.strip():
            self._timer.start()
            return
        self._timer.stop()
        self.filter_status.hide()
        if self.tree_model.filtering:
            path = self._last_path
            self.tree_model.load()
            if not (path and self.select_path(path)):
                self._select_first_root()

    def _refilter(self, node_id: int) -> None:
        self._reselect = node_id or None
        if self.filter_edit.text().strip():
            self._generation += 1
            self._run_filter()
        else:
            self.refresh()

    def _run_filter(self) -> None:
        db, text, generation = self._db, self.filter_edit.text(), self._generation
        self._task = self._worker.run(
            lambda: _filter(db, text),
            on_done=lambda result: self._filtered(generation, result),
            on_error=self._filter_failed,
            owner=self,
        )

    def _filter_failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, DomainError):
            raise error
        self.load_error.emit(error)

    def _filtered(self, generation: int, result: TreeFilterResult) -> None:
        if generation != self._generation:
            return
        self._task = None
        wanted = self._reselect
        self._reselect = None
        self.tree_model.show_filter(result)
        view = self.tree_view
        for node_id in result.expanded_ids:  # cheap: the view lays out once, after the reset
            index = self.tree_model.index_of_node(node_id)
            if index.isValid():
                view.expand(index)
        first = next((n for n in self._in_tree_order(result) if n.id in result.matched_ids), None)
        target = wanted if wanted is not None and self.tree_model.node(wanted) else None
        target = target or (first.id if first is not None else None)
        if target is not None:
            view.setCurrentIndex(self.tree_model.index_of_node(target))
            view.scrollTo(view.currentIndex())
        matches = len(result.matched_ids)
        if not matches:
            text = self.tr("Nothing matches “{text}”.").format(text=result.text)
        elif result.truncated:
            text = self.tr("More than {count} matches: the first {count} are shown. Type more.").format(
                count=format_count(matches)
            )
        else:
            text = self.tr("{count} match(es), shown with the levels above them.").format(
                count=format_count(matches)
            )
        self.filter_status.setText(text)
        self.filter_status.show()

    @staticmethod
    def _in_tree_order(result: TreeFilterResult) -> list[NodeSummary]:
        ordered: list[NodeSummary] = []
        stack = list(reversed(result.children.get(None, ())))
        while stack:
            node = stack.pop()
            ordered.append(node)
            stack.extend(reversed(result.children.get(node.id, ())))
        return ordered

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.tree_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    # --- printing ----------------------------------------------------------------------------------
    def print_contact_sheet(self) -> None:
        """The roles contact sheet of the selected node's subtree (for the window's Ctrl+P)."""
        self.roles_panel.print_contact_sheet()
