"""Plain data of the service window's registers (台账) and statistics, as the services return them
and the documents, the spreadsheets and the GUI show them.

No SQLAlchemy and no Qt here: the registers dialog imports these types at its start.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from gridgov_desktop.domain.service_requests import (
    RatingLevel,
    RectificationStatus,
    RequestStatus,
)

# Words for the codes the register services raise (merged into ``messages``).
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "period_order"): (
        "起始日期（{date_from}）晚于截止日期（{date_to}）。",
        "The start date ({date_from}) is after the end date ({date_to}).",
    ),
    ("validation", "period_too_long"): (
        "期间过长：最多{maximum}天。",
        "The period is too long: at most {maximum} days.",
    ),
}


class ServiceRegisterKind(StrEnum):
    SERVICES = "services"  # 便民服务事项受理登记台账
    OVERDUE = "overdue"  # 逾期事项台账
    RATINGS = "ratings"  # 好差评及整改台账
    STATISTICS = "statistics"  # 服务事项统计表
    WORKLIST = "worklist"  # a worklist as the clerk sees it

    @property
    def title_zh(self) -> str:
        return _TITLES[self]


_TITLES = {
    ServiceRegisterKind.SERVICES: "便民服务事项受理登记台账",
    ServiceRegisterKind.OVERDUE: "逾期事项台账",
    ServiceRegisterKind.RATINGS: "好差评及整改台账",
    ServiceRegisterKind.STATISTICS: "服务事项统计表",
    ServiceRegisterKind.WORKLIST: "事项清单",
}


class Grouping(StrEnum):
    """How the service register is banded: a band per day, window, service or department."""

    DAY = "day"
    WINDOW = "window"
    SERVICE = "service"
    DEPARTMENT = "department"

    @property
    def label_zh(self) -> str:
        return {"day": "按日期", "window": "按窗口", "service": "按事项", "department": "按部门"}[
            self.value
        ]


@dataclass(frozen=True)
class RegisterScope:
    """What a register covers besides its dates: the office that keeps it, the part of the tree the
    residents live in (names from the street down; empty for everything) and one window or all."""

    office: str
    node_id: int | None = None
    node_names: tuple[str, ...] = ()
    window_no: int | None = None

    @property
    def text_zh(self) -> str:
        """ "范围：东风街道 幸福社区　第3号窗口" — empty when the register covers everything."""
        parts = []
        if self.node_names:
            parts.append(" ".join(self.node_names))
        if self.window_no is not None:
            parts.append(f"第{self.window_no}号窗口")
        return f"范围：{'　'.join(parts)}" if parts else ""


class ServiceRow(NamedTuple):
    """One request on the service register. A NamedTuple: a month's register holds thousands."""

    receipt_no: str
    accepted_at: dt.datetime
    window_no: int
    clerk_name: str
    resident_name: str
    resident_id_masked: str
    service_code: str
    service_name: str
    department: str
    status: RequestStatus
    promised_on: dt.date  # as printed on the receipt
    due_on: dt.date  # promised_on moved on by the working days paused
    completed_on: dt.date | None
    overdue: bool  # 逾期: completed after its due date, or still open past it


@dataclass(frozen=True)
class ServiceGroup:
    """A band of the register: its label and its rows, with the band's subtotals."""

    key: str
    label: str  # "2026年11月21日 星期六", "第3号窗口", "居住证明开具", "区民政局"
    rows: tuple[ServiceRow, ...]

    @property
    def completed(self) -> int:
        return sum(1 for row in self.rows if row.completed_on is not None)

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)


@dataclass(frozen=True)
class ServiceRegister:
    """便民服务事项受理登记台账: the requests accepted from ``date_from`` to ``date_to`` (inclusive)."""

    scope: RegisterScope
    date_from: dt.date
    date_to: dt.date
    grouping: Grouping
    as_of: dt.date  # the day "still open past its due date" is judged on
    groups: tuple[ServiceGroup, ...]

    @property
    def count(self) -> int:
        return sum(len(group.rows) for group in self.groups)

    @property
    def completed(self) -> int:
        return sum(group.completed for group in self.groups)

    @property
    def overdue(self) -> int:
        return sum(group.overdue for group in self.groups)

    @property
    def refused(self) -> int:
        return sum(1 for g in self.groups for row in g.rows if row.status is RequestStatus.REFUSED)


class OverdueRow(NamedTuple):
    receipt_no: str
    accepted_on: dt.date
    window_no: int
    clerk_name: str
    resident_name: str
    resident_id_masked: str
    service_name: str
    department: str
    status: RequestStatus  # now
    due_on: dt.date  # the due date, moved on by the days paused up to the register's date
    completed_on: dt.date | None  # None: still open at the register's date
    days_overdue: int  # working days past the due date


@dataclass(frozen=True)
class OverdueRegister:
    """逾期事项台账: what was open past its due date on ``at``, and what was completed late between
    ``date_from`` and ``at``."""

    scope: RegisterScope
    date_from: dt.date
    at: dt.date
    open_rows: tuple[OverdueRow, ...]  # most days overdue first
    late_rows: tuple[OverdueRow, ...]  # in the order they were completed

    @property
    def count(self) -> int:
        return len(self.open_rows) + len(self.late_rows)


class RatingRow(NamedTuple):
    receipt_no: str
    rated_at: dt.datetime
    window_no: int
    clerk_name: str
    resident_name: str
    service_name: str
    level: RatingLevel
    comment: str
    # The rectification of a bad review (None for a good one).
    rectification_status: RectificationStatus | None
    rectification_due: dt.date | None
    measures: str
    rectified_on: dt.date | None
    reply: str
    replied_on: dt.date | None


@dataclass(frozen=True)
class RatingRegister:
    """好差评及整改台账: the ratings given from ``date_from`` to ``date_to``."""

    scope: RegisterScope
    date_from: dt.date
    date_to: dt.date
    as_of: dt.date
    bad_only: bool
    rows: tuple[RatingRow, ...]

    def count_of(self, level: RatingLevel) -> int:
        return sum(1 for row in self.rows if row.level is level)

    @property
    def bad(self) -> int:
        return sum(1 for row in self.rows if row.level.is_bad)

    @property
    def average_score(self) -> float | None:
        return sum(r.level.score for r in self.rows) / len(self.rows) if self.rows else None


@dataclass(frozen=True)
class StatisticsRow:
    """One service's figures over the period (or the totals, ``code`` empty)."""

    code: str
    name: str
    department: str
    per_month: tuple[int, ...]  # accepted, one per month of the period
    accepted: int
    completed: int
    on_time: int  # completed on or before the due date
    overdue: int  # completed late, or open past the due date on the statistics' date
    refused: int
    rated: int
    score_sum: int  # of the ratings (5 非常满意 … 1 非常不满意)
    bad_reviews: int

    @property
    def on_time_rate(self) -> float | None:
        """Completed on time, as a share of those completed (None when none was)."""
        return self.on_time / self.completed if self.completed else None

    @property
    def average_score(self) -> float | None:
        return self.score_sum / self.rated if self.rated else None


@dataclass(frozen=True)
class ServiceStatistics:
    """服务事项统计表: the requests accepted in the period, per service and month."""

    scope: RegisterScope
    date_from: dt.date
    date_to: dt.date
    as_of: dt.date
    months: tuple[tuple[int, int], ...]  # (year, month) of each column
    rows: tuple[StatisticsRow, ...]  # every service of the catalogue, in its order
    total: StatisticsRow

    def month_label(self, index: int) -> str:
        """ "11月", or "2025年12月" when the period spans years."""
        year, month = self.months[index]
        return f"{year}年{month}月" if self.months[0][0] != self.months[-1][0] else f"{month}月"
