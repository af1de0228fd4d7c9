"""Dragging a node of the organisation tree onto another: the model's side of drag and drop.

A drop is never applied by the model (``dropMimeData`` returns False, so the view removes nothing):
a drop onto a node of the right level becomes ``move_requested(node_id, new_parent_id)``, a drop
between its siblings ``reorder_requested(node_id, new_index)``; the panel reviews, asks and calls the
service, then patches the model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from gridgov_desktop.domain.enums import NodeKind

if TYPE_CHECKING:
    from gridgov_desktop.services.org import NodeSummary

AnyIndex = QModelIndex | QPersistentModelIndex
NODE_MIME = "application/x-gridgov-node"


_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = {
    kind: _READ_ONLY
    | (Qt.ItemFlag.NoItemFlags if kind is NodeKind.STREET else Qt.ItemFlag.ItemIsDragEnabled)
    | (Qt.ItemFlag.NoItemFlags if kind is NodeKind.HOUSEHOLD else Qt.ItemFlag.ItemIsDropEnabled)
    for kind in NodeKind
}


class NodeDragDrop:
    """Mixin of ``OrgTreeModel``, which provides ``node_at``, ``_item``, ``editable``, the signals."""

    editable: bool
    move_requested: Any
    reorder_requested: Any

    def node_at(self, index: AnyIndex) -> NodeSummary | None:
        raise NotImplementedError

    def _item(self, index: AnyIndex) -> Any:
        raise NotImplementedError

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Called for every row at each layout: looked up, not computed (enum "|" is slow in Python).
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        node = self._item(index).node
        if not self.editable or node is None:
            return _READ_ONLY
        return _EDITABLE[node.kind]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        nodes = [self.node_at(i) for i in indexes if i.column() == 0]
        node = next((n for n in nodes if n is not None), None)
        if node is not None:
            payload = {"id": node.id, "kind": node.kind.value, "parent": node.parent_id}
            data.setData(NODE_MIME, json.dumps(payload).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self._drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Never applied here (returns False, so the view removes nothing): the panel confirms the
        move and calls the service, then patches the model."""
        target = self._drop_target(data, row, parent)
        if target is None:
            return False
        node_id, parent_id, old_parent = target
        if parent_id == old_parent:
            siblings = self._item(parent).children or []
            old_row = next((c.row for c in siblings if c.node is not None and c.node.id == node_id), 0)
            self.reorder_requested.emit(node_id, row - 1 if row > old_row else row)
        else:
            self.move_requested.emit(node_id, parent_id)
        return False

    def _drop_target(
        self, data: QMimeData, row: int, parent: AnyIndex
    ) -> tuple[int, int | None, int | None] | None:
        """(node, new parent, old parent) of an acceptable drop, else None."""
        if not self.editable or not data.hasFormat(NODE_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(NODE_MIME).data()).decode())
            node_id, kind, old_parent = int(payload["id"]), NodeKind(payload["kind"]), payload["parent"]
        except (ValueError, KeyError, TypeError):
            return None
        target = self.node_at(parent)
        if target is None:
            return (node_id, None, old_parent) if kind is NodeKind.STREET and row >= 0 else None
        if target.kind.child_kind is not kind or target.id == node_id:
            return None
        if row < 0 and target.id == old_parent:
            return None  # dropped back onto its own parent: nothing to do
        return node_id, target.id, old_parent
