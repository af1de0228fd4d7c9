"""A household's members in a table: tick who is concerned, and choose each one's relation after the
change (the census codes). Used by the household change dialog for move out, change of head, split
and death."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from gridgov_desktop.domain.enums import Relation
from gridgov_desktop.services.households import Member
from gridgov_desktop.ui.widgets.resident_labels import (
    fill_relations,
    relation_label,
    select_relation,
    selected_relation,
)

NAME, NOW, AFTER = 0, 1, 2


class MemberRelations(QObject):
    """Drives ``table``. ``changed`` when a tick or a relation changes."""

    changed = Signal()

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self._members: tuple[Member, ...] = ()
        self._checkable = False
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Relation now"), self.tr("Relation after the change")]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.itemChanged.connect(lambda _item: self.changed.emit())

    def set_members(self, members: tuple[Member, ...], *, checkable: bool, editable: bool) -> None:
        self._members, self._checkable = members, checkable
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(members))
        for row, member in enumerate(members):
            item = QTableWidgetItem(member.name)
            item.setData(Qt.ItemDataRole.UserRole, member.resident_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if checkable:
                item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(flags)
            table.setItem(row, NAME, item)
            now = QTableWidgetItem(relation_label(member.relation))
            now.setFlags(flags)
            table.setItem(row, NOW, now)
            combo = QComboBox()
            fill_relations(combo, blank=False)
            select_relation(combo, member.relation)
            combo.setEnabled(editable)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            table.setCellWidget(row, AFTER, combo)
        table.blockSignals(False)
        # The tick box sits beside the name: room for both (ResizeToContents forgets the box).
        metrics = table.fontMetrics()
        widest = max((metrics.horizontalAdvance(m.name) for m in members), default=0)
        table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(NAME, widest + (64 if checkable else 32))

    def member_ids(self) -> list[int]:
        return [m.resident_id for m in self._members]

    def checked_ids(self) -> list[int]:
        found = []
        for row, member in enumerate(self._members):
            item = self.table.item(row, NAME)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(member.resident_id)
        return found

    def set_checked(self, resident_id: int, checked: bool = True) -> None:
        row = self.member_ids().index(resident_id)
        item = self.table.item(row, NAME)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def combo(self, resident_id: int) -> QComboBox:
        widget = self.table.cellWidget(self.member_ids().index(resident_id), AFTER)
        assert isinstance(widget, QComboBox)
        return widget

    def relation(self, resident_id: int) -> Relation:
        chosen = selected_relation(self.combo(resident_id))
        assert chosen is not None
        return chosen

    def set_relation(self, resident_id: int, relation: Relation) -> None:
        select_relation(self.combo(resident_id), relation)

    def relations(self, ids: list[int], *, changed_only: bool = False) -> dict[int, Relation]:
        now = {m.resident_id: m.relation for m in self._members}
        return {
            rid: self.relation(rid)
            for rid in ids
            if not changed_only or self.relation(rid) is not now[rid]
        }

    def enable_relations(self, ids: set[int]) -> None:
        for rid in self.member_ids():
            self.combo(rid).setEnabled(rid in ids)
