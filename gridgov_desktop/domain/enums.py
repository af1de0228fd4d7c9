"""Enumerations of the domain. Values are the stable strings stored in the database."""

from __future__ import annotations

from enum import IntEnum, StrEnum


class NodeKind(StrEnum):
    """Levels of the organisation tree, top-down."""

    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"
    COMPOUND = "compound"
    BUILDING = "building"
    UNIT = "unit"
    HOUSEHOLD = "household"

    @property
    def depth(self) -> int:
        return _NODE_DEPTH[self]

    @property
    def child_kind(self) -> NodeKind | None:
        return _NODE_CHILD.get(self)

    @property
    def label_zh(self) -> str:
        return _NODE_KIND_ZH[self]


_NODE_DEPTH = {kind: depth for depth, kind in enumerate(NodeKind)}
_NODE_CHILD = dict(zip(list(NodeKind), list(NodeKind)[1:], strict=False))

_NODE_KIND_ZH = {
    NodeKind.STREET: "街道",
    NodeKind.COMMUNITY: "社区",
    NodeKind.GRID: "网格",
    NodeKind.COMPOUND: "小区",
    NodeKind.BUILDING: "楼栋",
    NodeKind.UNIT: "单元",
    NodeKind.HOUSEHOLD: "户",
}


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"

    @property
    def label_zh(self) -> str:
        return "男" if self is Sex.MALE else "女"


class ResidentStatus(StrEnum):
    """People are never deleted; they change status, with a date."""

    LIVING = "living"
    MOVED_OUT = "moved_out"
    DECEASED = "deceased"

    @property
    def label_zh(self) -> str:
        return {"living": "在住", "moved_out": "迁出", "deceased": "死亡"}[self.value]


class Relation(IntEnum):
    """Relation to the household head: the census codes (DOMAIN.md)."""

    HEAD = 0
    SPOUSE = 1
    CHILD = 2
    PARENT = 3
    PARENT_IN_LAW = 4
    GRANDPARENT = 5
    CHILD_SPOUSE = 6
    GRANDCHILD = 7
    SIBLING = 8
    OTHER = 9

    @property
    def label_zh(self) -> str:
        return _RELATION_ZH[self]


_RELATION_ZH = {
    Relation.HEAD: "户主",
    Relation.SPOUSE: "配偶",
    Relation.CHILD: "子女",
    Relation.PARENT: "父母",
    Relation.PARENT_IN_LAW: "岳父母或公婆",
    Relation.GRANDPARENT: "祖父母",
    Relation.CHILD_SPOUSE: "媳婿",
    Relation.GRANDCHILD: "孙子女",
    Relation.SIBLING: "兄弟姐妹",
    Relation.OTHER: "其他",
}


class HouseholdType(StrEnum):
    FAMILY = "family"  # 家庭户
    COLLECTIVE = "collective"  # 集体户


class UserRole(StrEnum):
    """What a user account may do (issue 6 checks these in every service call)."""

    ADMIN = "admin"
    FRONT_DESK = "front_desk"
    MEDIATOR = "mediator"
    GRID_WORKER = "grid_worker"
    HEAD = "head"


class StaffRole(StrEnum):
    """Roles people hold at nodes of the tree (grid management, DOMAIN.md)."""

    GRID_CHIEF = "grid_chief"  # 网格总长
    GRID_HEAD = "grid_head"  # 网格长
    GRID_WORKER = "grid_worker"  # 网格员
    VOLUNTEER = "volunteer"  # 志愿者
    BUILDING_HEAD = "building_head"  # 楼栋长
    UNIT_HEAD = "unit_head"  # 单元长
    ORDER_ASSISTANT = "order_assistant"  # 综治协管员
    INFO_COLLECTOR = "info_collector"  # 信息员

    @property
    def label_zh(self) -> str:
        return _STAFF_ROLE_ZH[self]


_STAFF_ROLE_ZH = {
    StaffRole.GRID_CHIEF: "网格总长",
    StaffRole.GRID_HEAD: "网格长",
    StaffRole.GRID_WORKER: "网格员",
    StaffRole.VOLUNTEER: "志愿者",
    StaffRole.BUILDING_HEAD: "楼栋长",
    StaffRole.UNIT_HEAD: "单元长",
    StaffRole.ORDER_ASSISTANT: "综治协管员",
    StaffRole.INFO_COLLECTOR: "信息员",
}
