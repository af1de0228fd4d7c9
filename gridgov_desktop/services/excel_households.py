"""Where the rows of a spreadsheet live: their households, found or planned, and one head each.

社区 and 小区 must already exist (found by name: a typo must not create a community). Below a compound,
楼栋 / 单元 / 房号 are found by name or number ("3", "3栋" and "3号楼" are the same building) or planned
as new nodes, exactly as ``services.org.create_node`` would make them: path, depth, address, label
"3-2-501", sort order after the last sibling. Nothing is written here; ``resident_import`` writes the
nodes the imported rows need, in its one transaction.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident
from gridgov_desktop.domain.enums import NodeKind, Relation
from gridgov_desktop.services.excel_rows import ParsedRow, Problem

_T = TypeVar("_T")
_IN_CHUNK = 500
_LABEL_LIMIT = 32
_SUFFIXES = {
    NodeKind.BUILDING: re.compile(r"(?:号楼|栋楼|栋|幢|号|楼|座)$"),
    NodeKind.UNIT: re.compile(r"(?:单元|门)$"),
    NodeKind.HOUSEHOLD: re.compile(r"(?:室|号|房)$"),
}
_RELATION_TITLE = "与户主关系"


def number_key(kind: NodeKind, text: str) -> str:
    """What identifies a building, unit or room among its siblings: "3栋", "3号楼", "03" → "3"."""
    key = "".join(unicodedata.normalize("NFKC", text).split())
    key = _SUFFIXES[kind].sub("", key) or key
    return (key.lstrip("0") or key) if key.isdigit() else key


@dataclass(eq=False)
class PlanNode:
    """A node of the tree, existing (``id`` and ``path`` known) or planned (``is_new``)."""

    kind: NodeKind
    name: str
    parent: PlanNode | None
    id: int | None = None
    path: str | None = None
    address: str | None = None
    label: str | None = None
    sort_order: int = 0
    is_new: bool = False
    children: dict[str, list[PlanNode]] = field(default_factory=dict)
    next_sort: int = 1
    loaded: bool = False  # a compound: its buildings, units and households are known
    head_names: list[str] = field(default_factory=list)  # households: current heads
    members: int = 0  # households: current members
    rows: list[ParsedRow] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.label or self.address or self.name

    def add_child(self, key: str, child: PlanNode) -> None:
        self.children.setdefault(key, []).append(child)
        self.next_sort = max(self.next_sort, child.sort_order + 1)


class AddressBook:
    """Communities and compounds by name, and the households of the rows, found or planned."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._communities: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._compounds: dict[int, dict[str, list[PlanNode]]] = defaultdict(lambda: defaultdict(list))
        for node_id, kind, name, path, address, sort_order in session.execute(
            select(
                OrgNode.id, OrgNode.kind, OrgNode.name, OrgNode.path, OrgNode.address, OrgNode.sort_order
            ).where(OrgNode.kind.in_([NodeKind.COMMUNITY.value, NodeKind.COMPOUND.value]))
        ):
            if kind == NodeKind.COMMUNITY.value:
                self._communities[_name_key(name)].append((node_id, name))
                continue
            ids = path.strip("/").split("/")
            node = PlanNode(NodeKind.COMPOUND, name, None, node_id, path, address, None, sort_order)
            self._compounds[int(ids[1])][_name_key(name)].append(node)
        self._community_names = {
            node_id: name for v in self._communities.values() for node_id, name in v
        }
        self._cache: dict[tuple[str, str], PlanNode | str] = {}
        self.households: dict[tuple[int, str, str, str], PlanNode] = {}
        self.new_nodes: list[PlanNode] = []

    # -- 社区 and 小区 -----------------------------------------------------------------------------

    def compound(self, community: str, compound: str) -> PlanNode | str:
        """The compound, or the error message."""
        found = self._cache.get((community, compound))
        if found is None:
            found = self._cache[(community, compound)] = self._find_compound(community, compound)
        return found

    def _find_compound(self, community: str, compound: str) -> PlanNode | str:
        matches = _by_name(self._communities, community, "社区")
        if not matches:
            known = "、".join(sorted(self._community_names.values())[:20]) or "（无）"
            return f"找不到社区「{community}」。系统中的社区有：{known}。"
        if len(matches) > 1:
            return f"有多个名为「{community}」的社区，无法确定是哪一个。"
        community_id, community_name = matches[0]
        nodes = _by_name(self._compounds[community_id], compound, "小区")
        if not nodes:
            known = "、".join(sorted(n.name for v in self._compounds[community_id].values() for n in v))
            known = known[:300] or "（无）"
            return f"{community_name}下找不到小区「{compound}」。该社区的小区有：{known}。"
        if len(nodes) > 1:
            return f"{community_name}下有多个名为「{compound}」的小区，无法确定是哪一个。"
        return nodes[0]

    # -- 楼栋, 单元, 房号 ------------------------------------------------------------------------------

    def household(self, compound: PlanNode, row: ParsedRow) -> PlanNode | tuple[str, str]:
        """The household of ``row`` under ``compound``, or (column title, error message)."""
        assert compound.id is not None
        key = (compound.id, row.building, row.unit, row.room)
        found = self.households.get(key)
        if found is not None:
            return found
        if not compound.loaded:
            self._load(compound)
        building = self._child(compound, NodeKind.BUILDING, row.building)
        if isinstance(building, str):
            return "楼栋", building
        unit = self._child(building, NodeKind.UNIT, row.unit)
        if isinstance(unit, str):
            return "单元", unit
        household = self._child(unit, NodeKind.HOUSEHOLD, row.room)
        if isinstance(household, str):
            return "房号", household
        self.households[key] = household
        return household

    def _child(self, parent: PlanNode, kind: NodeKind, text: str) -> PlanNode | str:
        key = number_key(kind, text)
        candidates = parent.children.get(key, [])
        exact = [node for node in candidates if node.name == text]
        if exact or len(candidates) == 1:
            return (exact or candidates)[0]
        if candidates:
            names = "、".join(node.name for node in candidates)
            return f"{parent.display}有多个{kind.label_zh}与「{text}」对应（{names}），请写出完整名称。"
        name = text
        if text.isdigit():  # "3" (often a number cell): named as the level names its nodes
            name = key + self._suffix(parent, kind)
        label = None
        if kind is NodeKind.HOUSEHOLD:
            assert parent.parent is not None
            label = "-".join(
                (
                    number_key(NodeKind.BUILDING, parent.parent.name),
                    number_key(NodeKind.UNIT, parent.name),
                    key,
                )
            )
            if len(label) > _LABEL_LIMIT:
                return f"房号「{text}」过长。"
        node = PlanNode(
            kind,
            name,
            parent,
            address=(parent.address or "") + name,
            label=label,
            sort_order=parent.next_sort,
            is_new=True,
            loaded=True,
        )
        parent.add_child(key, node)
        self.new_nodes.append(node)
        return node

    @staticmethod
    def _suffix(parent: PlanNode, kind: NodeKind) -> str:
        if kind is NodeKind.UNIT:
            return "单元"
        if kind is NodeKind.HOUSEHOLD:
            return "室"
        # A compound names its buildings one way ("3栋" or "3号楼"): a new one follows suit.
        names = [node.name for nodes in parent.children.values() for node in nodes]
        return "号楼" if names and sum(n.endswith("号楼") for n in names) * 2 > len(names) else "栋"

    def _load(self, compound: PlanNode) -> None:
        """The compound's buildings, units and households: one indexed range query on the path."""
        assert compound.path is not None
        nodes: dict[int, PlanNode] = {compound.id or 0: compound}
        rows = self._session.execute(
            select(
                OrgNode.id,
                OrgNode.parent_id,
                OrgNode.kind,
                OrgNode.name,
                OrgNode.path,
                OrgNode.address,
                OrgNode.label,
                OrgNode.sort_order,
            )
            .where(starts_with(OrgNode.path, compound.path), OrgNode.id != compound.id)
            .order_by(OrgNode.depth, OrgNode.sort_order, OrgNode.id)
        ).all()
        for node_id, parent_id, kind, name, path, address, label, sort_order in rows:
            parent = nodes.get(parent_id or 0)
            if parent is None:
                continue
            node = PlanNode(NodeKind(kind), name, parent, node_id, path, address, label, sort_order)
            node.loaded = True
            nodes[node_id] = node
            parent.add_child(number_key(node.kind, name), node)
        compound.loaded = True

    def load_members(self) -> None:
        """Current heads and member counts of the existing households the rows go to."""
        existing = {node.id: node for node in self.households.values() if node.id is not None}
        ids = list(existing)
        for start in range(0, len(ids), _IN_CHUNK):
            for household_id, relation, name in self._session.execute(
                select(HouseholdMember.household_id, HouseholdMember.relation, Resident.name)
                .join(Resident, Resident.id == HouseholdMember.resident_id)
                .where(
                    HouseholdMember.household_id.in_(ids[start : start + _IN_CHUNK]),
                    HouseholdMember.left_on.is_(None),
                )
            ):
                node = existing[household_id]
                node.members += 1
                if relation == Relation.HEAD:
                    node.head_names.append(name)


def check_heads(households: Iterable[PlanNode], problems: list[Problem]) -> None:
    """Each household must end with exactly one head (户主), its current members included.

    A household that fails drags all its rows: importing a family without its head would leave a
    household nobody heads. Its rows are marked not ok, each with a problem that says why.
    """
    for node in households:
        rows = sorted(node.rows, key=lambda r: r.row_number)
        heads = [r for r in rows if r.relation is Relation.HEAD]
        where = f"该户（{node.display}）"
        if node.head_names and heads:
            for row in heads:
                problems.append(
                    Problem(
                        row.row_number,
                        _RELATION_TITLE,
                        f"{where}已有户主 {node.head_names[0]}，不能再登记户主。",
                    )
                )
            _drag(rows, heads, heads[0], problems)
        elif len(heads) > 1:
            numbers = "、".join(f"第{r.row_number}行" for r in heads)
            for row in heads:
                problems.append(
                    Problem(row.row_number, _RELATION_TITLE, f"{where}有多个户主：{numbers}。")
                )
            _drag(rows, heads, heads[0], problems)
        elif not heads and not node.head_names:
            numbers = "、".join(str(r.row_number) for r in rows)
            problems.append(
                Problem(
                    rows[0].row_number,
                    _RELATION_TITLE,
                    f"{where}没有户主（第{numbers}行）：请把其中一人的“与户主关系”填为“户主”。",
                )
            )
            _drag(rows, rows[:1], rows[0], problems)
        elif heads and not heads[0].ok:
            _drag(rows, heads, heads[0], problems, because="本户户主")
        else:
            continue
        for row in rows:
            row.ok = False


def _drag(
    rows: list[ParsedRow],
    reported: list[ParsedRow],
    cause: ParsedRow,
    problems: list[Problem],
    because: str = "本户",
) -> None:
    for row in rows:
        if row.ok and row not in reported:
            problems.append(
                Problem(row.row_number, "", f"{because}有错误（见第{cause.row_number}行），整户未导入。")
            )


def _name_key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def _by_name(table: dict[str, list[_T]], name: str, suffix: str) -> list[_T]:
    """Entries named ``name`` — or ``name`` + suffix ("幸福" for 幸福社区), or without it."""
    key = _name_key(name)
    found = table.get(key)
    if found:
        return found
    alternative = key[: -len(suffix)] if key.endswith(suffix) else key + suffix
    return table.get(alternative, [])
