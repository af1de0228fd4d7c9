"""The organisation tree: streets at the top, each node's children fetched when it is expanded.

A district's tree has tens of thousands of nodes; loading it whole would cost seconds. Like DHIS2's
org-unit tree, the model starts with the roots and asks ``services.org.children`` for one level at a
time (``canFetchMore``/``fetchMore``, which QTreeView calls on expand). Each node shows its icon, its
name and its resident count in a second column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services import org
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.i18n import format_count, node_kind_label
from gridgov_desktop.ui.icons import node_icon

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
NAME_COLUMN, COUNT_COLUMN = 0, 1


class _Item:
    """One node as the model holds it; ``children`` is None until fetched."""

    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: NodeSummary | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] | None = None


class OrgTreeModel(QAbstractItemModel):
    """Tree of ``NodeSummary`` values; ``load_error`` reports a DomainError (database gone, say)."""

    load_error = Signal(object)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._root = _Item(None, None, 0)

    # --- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load the top level; expanded branches are forgotten and fetched again on expand."""
        try:
            roots = org.roots(self._db)
        except DomainError as error:
            self.load_error.emit(error)
            roots = []
        self.beginResetModel()
        self._root.children = [_Item(node, self._root, i) for i, node in enumerate(roots)]
        self.endResetModel()

    def fetched_count(self) -> int:
        """How many nodes the model has loaded so far (tests check that only a level is fetched)."""

        def count(item: _Item) -> int:
            return sum(1 + count(child) for child in item.children or [])

        return count(self._root)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        item = self._item(parent)
        return item.node is not None and item.node.has_children and item.children is None

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
        item.children = [_Item(node, item, i) for i, node in enumerate(nodes)]
        self.endInsertRows()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        item = self._item(parent)
        if item.node is None:
            return bool(item.children)
        if item.children is None:
            return item.node.has_children
        return bool(item.children)

    # --- structure ---------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        item = self._item(parent)
        children = item.children or []
        if not (0 <= row < len(children)) or not (0 <= column < 2):
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
        return 2

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
            return format_count(node.resident_count)
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return node_icon(node.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == NODE_ID_ROLE:
            return node.id
        if role == NODE_KIND_ROLE:
            return node.kind.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Name") if section == NAME_COLUMN else self.tr("Residents")

    def child_index(self, parent: AnyIndex, node_id: int) -> QModelIndex:
        """The index of ``parent``'s child with ``node_id``, fetching ``parent``'s children if needed."""
        if self.canFetchMore(parent):
            self.fetchMore(parent)
        for item in self._item(parent).children or []:
            if item.node is not None and item.node.id == node_id:
                return self.createIndex(item.row, 0, item)
        return QModelIndex()

    def node_at(self, index: AnyIndex) -> NodeSummary | None:
        return self._item(index).node if index.isValid() else None

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
