"""Plain data of the mediation registers: the case register (人民调解案件登记台账) and the statistics
of a period, as ``services.mediation_registers`` returns them and the documents, the spreadsheet and
the statistics dialog show them.

Nothing said in a case is here: the register and the statistics are for the head of the office as
well as the mediators, so a row has the number, dates, source, type, place, the parties' names,
the mediators and the outcome — no ID numbers, no summary, no journal. No SQLAlchemy and no Qt:
the statistics dialog imports these types at its start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from gridgov_desktop.domain.mediation import CaseSource, CaseStatus
from gridgov_desktop.services.service_register_types import RegisterScope


class CaseRegisterKind(StrEnum):
    """The mediation registers, as sheets name them (``Sheet.kind`` needs ``value`` and
    ``title_zh``)."""

    CASES = "cases"  # 人民调解案件登记台账
    CASE_STATISTICS = "case_statistics"  # 人民调解案件统计表

    @property
    def title_zh(self) -> str:
        return "人民调解案件登记台账" if self is CaseRegisterKind.CASES else "人民调解案件统计表"


class CaseOutcome(StrEnum):
    """How a case ended, whatever happened after (follow-up, closing): what statistics count."""

    WRITTEN = "written"  # 达成书面协议
    ORAL = "oral"  # 达成口头协议
    FAILED = "failed"  # 调解不成
    WITHDRAWN = "withdrawn"  # 撤回
    PENDING = "pending"  # 在办（已登记或调解中）

    @property
    def label_zh(self) -> str:
        return _OUTCOME_ZH[self]

    @property
    def is_agreement(self) -> bool:
        return self in (CaseOutcome.WRITTEN, CaseOutcome.ORAL)


_OUTCOME_ZH = {
    CaseOutcome.WRITTEN: "书面协议",
    CaseOutcome.ORAL: "口头协议",
    CaseOutcome.FAILED: "调解不成",
    CaseOutcome.WITHDRAWN: "撤回",
    CaseOutcome.PENDING: "在办",
}


class CaseRegisterRow(NamedTuple):
    number: str  # 〔2026〕东风调字第12号
    registered_on: dt.date
    source: CaseSource
    dispute_type: str
    place: str  # "幸福社区 第一网格", "" when none was given
    parties: str  # names only, by role: "申请人：张三明；被申请人：李四"
    mediators: str  # the lead first: "周调解、吴协助"
    status: CaseStatus
    outcome: CaseOutcome
    result: str  # 状态/结果 as printed: "协议（书面）", "调解不成（移交人民法院）", "调解中"
    outcome_on: dt.date | None
    closed_on: dt.date | None
    at_risk: bool  # 防止民转刑


@dataclass(frozen=True)
class CaseRegister:
    scope: RegisterScope
    date_from: dt.date
    date_to: dt.date
    rows: tuple[CaseRegisterRow, ...]

    @property
    def count(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class OutcomeCounts:
    """The cases of one line of the statistics (a type, a source, a month, or all) by outcome."""

    cases: int = 0
    written: int = 0
    oral: int = 0
    failed: int = 0
    withdrawn: int = 0
    pending: int = 0
    at_risk: int = 0  # flagged 防止民转刑
    at_risk_agreed: int = 0  # of those, settled by an agreement: prevented from turning criminal

    @property
    def agreed(self) -> int:
        return self.written + self.oral

    @property
    def decided(self) -> int:
        """Cases with an outcome: agreement, failure or withdrawal."""
        return self.cases - self.pending

    @property
    def success_rate(self) -> float | None:
        """调解成功率: agreements ÷ cases with an outcome (None when none has one yet)."""
        return self.agreed / self.decided if self.decided else None

    def count_of(self, outcome: CaseOutcome) -> int:
        return {
            CaseOutcome.WRITTEN: self.written,
            CaseOutcome.ORAL: self.oral,
            CaseOutcome.FAILED: self.failed,
            CaseOutcome.WITHDRAWN: self.withdrawn,
            CaseOutcome.PENDING: self.pending,
        }[outcome]


@dataclass(frozen=True)
class StatisticsLine:
    key: str  # a dispute type's name, a source's code, a month "2026-03"
    label: str  # as printed: "婚姻家庭", "当事人申请", "2026年3月"
    counts: OutcomeCounts


@dataclass(frozen=True)
class CaseStatistics:
    """Counts of the cases registered in the period, over the part of the tree in ``scope``: the
    same cases as the register of that period and scope (so the totals agree)."""

    scope: RegisterScope
    date_from: dt.date
    date_to: dt.date
    by_type: tuple[StatisticsLine, ...]  # every active type in the list's order, and any other used
    by_source: tuple[StatisticsLine, ...]  # every source
    by_month: tuple[StatisticsLine, ...]  # every month of the period, empty ones too
    total: OutcomeCounts

    @property
    def by_outcome(self) -> tuple[tuple[CaseOutcome, int], ...]:
        return tuple((outcome, self.total.count_of(outcome)) for outcome in CaseOutcome)


def counts_of(rows: Iterable[CaseRegisterRow]) -> OutcomeCounts:
    """The register's ``rows`` counted by outcome (the statistics and the register's summary)."""
    outcomes = dict.fromkeys(CaseOutcome, 0)
    cases = at_risk = at_risk_agreed = 0
    for row in rows:
        cases += 1
        outcomes[row.outcome] += 1
        if row.at_risk:
            at_risk += 1
            at_risk_agreed += row.outcome.is_agreement
    return OutcomeCounts(
        cases,
        outcomes[CaseOutcome.WRITTEN],
        outcomes[CaseOutcome.ORAL],
        outcomes[CaseOutcome.FAILED],
        outcomes[CaseOutcome.WITHDRAWN],
        outcomes[CaseOutcome.PENDING],
        at_risk,
        at_risk_agreed,
    )
