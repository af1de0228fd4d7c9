"""The organisation tree: streets at the top, each node's children fetched when it is expanded.

A district's tree has tens of thousands of nodes; loading it whole would cost seconds. Like DHIS2's
org-unit tree, the model starts with the roots and asks ``services.org.children`` for one level at a
time (``canFetchMore``/``fetchMore``, which QTreeView calls on expand). Each node shows its icon, its
name, its resident count and (optionally) its household count, kept on the node by the services.

While the filter box holds text the same model shows a ``TreeFilterResult`` instead: the matches and
their ancestors, the ancestors' child lists holding only what leads to a match (``partial``), and a
match that has children still opens lazily. One model for both states means that every edit, drag
and shortcut works the same whether the clerk filtered or not.

After an edit the owner patches the model in place (``update_nodes``, ``sync_children``,
``remove_node``) instead of reloading it, so that open branches, the selection and the scroll position
stay as they were. Drops are not applied here: they become ``move_requested``/``reorder_requested``
for the panel, which shows the review and calls the service.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services import org
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.i18n import format_count, node_kind_label
from gridgov_desktop.ui.icons import node_icon
from gridgov_desktop.ui.models.org_tree_dnd import NodeDragDrop

if TYPE_CHECKING:
    from gridgov_desktop.services.tree_filter import TreeFilterResult

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MATCHED_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex
NAME_COLUMN, COUNT_COLUMN, HOUSEHOLD_COLUMN = 0, 1, 2


_BOLD: list[QFont] = []


def _bold() -> QFont:
    """The matches' font: bold, everything else as the view's (made once, after the QApplication)."""
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class _Item:
    """One node as the model holds it; ``children`` is None until fetched."""

    __slots__ = ("children", "node", "parent", "partial", "row")

    def __init__(self, node: NodeSummary | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] | None = None
        self.partial = False  # filtered: only the children that lead to a match


class OrgTreeModel(NodeDragDrop, QAbstractItemModel):
    """Tree of ``NodeSummary`` values; ``load_error`` reports a DomainError (database gone, say).

    ``household_column`` adds a third column with household counts; ``max_kind`` stops the tree at a
    level (the move dialog shows only the levels a node can be moved under); ``editable`` turns on
    dragging, whose drops are emitted as ``move_requested(node_id, new_parent_id)`` or
    ``reorder_requested(node_id, new_index)``.
    """

    load_error = Signal(object)
    move_requested = Signal(int, int)
    reorder_requested = Signal(int, int)

    def __init__(
        self,
        db: Database,
        parent: Any = None,
        *,
        household_column: bool = False,
        max_kind: NodeKind | None = None,
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._root = _Item(None, None, 0)
        self._items: dict[int, _Item] = {}
        self._columns = 3 if household_column else 2
        self._max_depth = max_kind.depth if max_kind is not None else NodeKind.HOUSEHOLD.depth
        self.editable = editable
        self._matched: frozenset[int] = frozenset()
        self.filter_text = ""  # the normalised filter shown, "" for the whole tree

    # --- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load the top level; expanded branches are forgotten and fetched again on expand."""
        try:
            roots = org.roots(self._db)
        except DomainError as error:
            self.load_error.emit(error)
            roots = []
        self.beginResetModel()
        self._items.clear()
        self._matched, self.filter_text = frozenset(), ""
        self._root.children = self._wrap(self._root, roots)
        self.endResetModel()

    def show_filter(self, result: TreeFilterResult) -> None:
        """Show the matches of a filter and their ancestors (``expanded_ids`` are loaded, partially)."""
        self.beginResetModel()
        self._items.clear()
        self._matched, self.filter_text = result.matched_ids, result.text

        def build(item: _Item, parent_id: int | None) -> None:
            item.children = self._wrap(item, result.children.get(parent_id, ()))
            item.partial = parent_id is not None
            for child in item.children:
                assert child.node is not None
                if child.node.id in result.expanded_ids and self._opens(child.node):
                    build(child, child.node.id)

        build(self._root, None)
        self.endResetModel()

    @property
    def filtering(self) -> bool:
        return bool(self.filter_text)

    def is_match(self, node_id: int) -> bool:
        return node_id in self._matched

    def fetched_count(self) -> int:
        """How many nodes the model has loaded so far (tests check that only a level is fetched)."""
        return len(self._items)

    def loaded_ids(self) -> set[int]:
        """Nodes whose children are loaded (expanded once, or shown by a filter)."""
        return {i for i, item in self._items.items() if item.children is not None}

    def canFetchMore(self, parent: AnyIndex) -> bool:
        item = self._item(parent)
        return item.node is not None and self._opens(item.node) and item.children is None

    def fetchMore(self, parent: AnyIndex) -> None:
        item = self._item(parent)
        if item.node is None or item.children is not None:
            return
        try:
            nodes = org.children(self._db, item.node.id)
        except DomainError as error:
            self.load_error.emit(error)
            return
        item.children = []
        if not nodes:
            return
        self.beginInsertRows(self._index_of(item), 0, len(nodes) - 1)
        item.children = self._wrap(item, nodes)
        self.endInsertRows()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        item = self._item(parent)
        if item.node is None:
            return bool(item.children)
        if item.children is None:
            return self._opens(item.node)
        return bool(item.children)

    def _opens(self, node: NodeSummary) -> bool:
        return node.has_children and node.kind.depth < self._max_depth

    def _wrap(self, parent: _Item, nodes: Iterable[NodeSummary]) -> list[_Item]:
        items = [_Item(node, parent, i) for i, node in enumerate(nodes)]
        for item in items:
            assert item.node is not None
            self._items[item.node.id] = item
        return items

    # --- structure ---------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        item = self._item(parent)
        children = item.children or []
        if not (0 <= row < len(children)) or not (0 <= column < self._columns):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        item: _Item = index.internalPointer()
        parent = item.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children or [])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self._columns

    # --- content -----------------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._item(index).node
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return node.display_name
            if column == COUNT_COLUMN:
                return format_count(node.resident_count)
            return "" if node.kind is NodeKind.HOUSEHOLD else format_count(node.household_count)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return node_icon(node.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == NAME_COLUMN and node.id in self._matched:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == NODE_ID_ROLE:
            return node.id
        if role == NODE_KIND_ROLE:
            return node.kind.value
        if role == MATCHED_ROLE:
            return node.id in self._matched
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return self.tr("Name")
        return self.tr("Residents") if section == COUNT_COLUMN else self.tr("Households")

    def child_index(self, parent: AnyIndex, node_id: int) -> QModelIndex:
        """The index of ``parent``'s child with ``node_id``, fetching ``parent``'s children if needed."""
        if self.canFetchMore(parent):
            self.fetchMore(parent)
        for item in self._item(parent).children or []:
            if item.node is not None and item.node.id == node_id:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    def index_of_node(self, node_id: int) -> QModelIndex:
        """The index of a loaded node (invalid if it is not in the model)."""
        item = self._items.get(node_id)
        return QModelIndex() if item is None else self.createIndex(item.row, 0, item)

    def node(self, node_id: int) -> NodeSummary | None:
        item = self._items.get(node_id)
        return None if item is None else item.node

    def node_at(self, index: AnyIndex) -> NodeSummary | None:
        return self._item(index).node if index.isValid() else None

    def sibling_names(self, parent_id: int | None) -> list[str] | None:
        """Names of ``parent_id``'s loaded children (None when not loaded, or only partly)."""
        item = self._root if parent_id is None else self._items.get(parent_id)
        if item is None or item.children is None or item.partial:
            return None
        return [child.node.name for child in item.children if child.node is not None]

    def _tooltip(self, node: NodeSummary) -> str:
        lines = [
            self.tr("{kind}: {name}").format(kind=node_kind_label(node.kind), name=node.display_name)
        ]
        if node.address:
            lines.append(node.address)
        lines.append(
            self.tr("{residents} residents in {households} households").format(
                residents=format_count(node.resident_count),
                households=format_count(node.household_count),
            )
        )
        return "\n".join(lines)

    def _item(self, index: AnyIndex) -> _Item:
        if index.isValid():
            item: _Item = index.internalPointer()
            return item
        return self._root

    def _index_of(self, item: _Item) -> QModelIndex:
        if item is self._root or item.parent is None:
            return QModelIndex()
        return self.createIndex(item.row, 0, item)

    # --- patching after an edit --------------------------------------------------------------------
    def update_nodes(self, nodes: Iterable[NodeSummary]) -> None:
        """New values (a name, counts) for nodes the model holds; others are ignored."""
        for node in nodes:
            item = self._items.get(node.id)
            if item is None:
                continue
            item.node = node
            index = self.createIndex(item.row, 0, item)
            self.dataChanged.emit(index, index.siblingAtColumn(self._columns - 1))

    def sync_children(self, parent_id: int | None, nodes: Sequence[NodeSummary]) -> None:
        """Make ``parent_id``'s loaded children ``nodes`` (in this order): rows that went are removed,
        new ones inserted, moved ones moved; kept rows keep their open branches and selection."""
        parent = self._root if parent_id is None else self._items.get(parent_id)
        if parent is None or parent.children is None:
            return
        parent.partial = False
        parent_index = self._index_of(parent)
        wanted = {node.id: node for node in nodes}
        for row in range(len(parent.children) - 1, -1, -1):
            gone = parent.children[row]
            assert gone.node is not None
            if gone.node.id not in wanted:
                self.beginRemoveRows(parent_index, row, row)
                del parent.children[row]
                self._forget(gone)
                self._renumber(parent)
                self.endRemoveRows()
        self.update_nodes(nodes)
        kept = [child.node.id for child in parent.children if child.node is not None]
        order = [node.id for node in nodes if node.id in set(kept)]
        if kept != order:
            self._reorder(parent, order)
        for row, node in enumerate(nodes):
            present = parent.children[row].node if row < len(parent.children) else None
            if present is not None and present.id == node.id:
                continue
            self.beginInsertRows(parent_index, row, row)
            parent.children.insert(row, _Item(node, parent, row))
            self._items[node.id] = parent.children[row]
            self._renumber(parent)
            self.endInsertRows()

    def remove_node(self, node_id: int) -> None:
        item = self._items.get(node_id)
        if item is None or item.parent is None or item.parent.children is None:
            return
        self.beginRemoveRows(self._index_of(item.parent), item.row, item.row)
        del item.parent.children[item.row]
        self._renumber(item.parent)
        self._forget(item)
        self.endRemoveRows()

    def _reorder(self, parent: _Item, order: list[int]) -> None:
        assert parent.children is not None
        self.layoutAboutToBeChanged.emit()
        by_id = {child.node.id: child for child in parent.children if child.node is not None}
        parent.children = [by_id[i] for i in order]
        self._renumber(parent)
        old = self.persistentIndexList()
        new = []
        for index in old:
            item: _Item = index.internalPointer()
            new.append(self.createIndex(item.row, index.column(), item))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @staticmethod
    def _renumber(parent: _Item) -> None:
        for row, child in enumerate(parent.children or []):
            child.row = row

    def _forget(self, item: _Item) -> None:
        if item.node is not None and self._items.get(item.node.id) is item:
            del self._items[item.node.id]
        for child in item.children or []:
            self._forget(child)
