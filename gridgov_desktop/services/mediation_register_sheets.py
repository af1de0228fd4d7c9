"""The mediation registers laid out as tables of text (``service_register_sheets.Sheet``): the PDF
(``pdf.mediation_registers``), the .xlsx (``service_register_xlsx``) and the command line's text
table all print these, in the same words.

Column widths are millimetres: the register on landscape A4 (252 mm between the margins), the
statistics on portrait A4 (156 mm). Plain data in, plain data out: no database, no ReportLab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from gridgov_desktop.services.mediation_register_types import (
    CaseRegister,
    CaseRegisterKind,
    CaseRegisterRow,
    CaseStatistics,
    OutcomeCounts,
    counts_of,
)
from gridgov_desktop.services.service_register_sheets import (
    NONE,
    Band,
    Sheet,
    SheetColumn,
    SheetRow,
    period_text,
)

if TYPE_CHECKING:
    from gridgov_desktop.services.service_register_types import ServiceRegisterKind

CONFIDENTIAL_NOTE = "本台账不载当事人身份证件号码、纠纷内容及调解记录（人民调解依法保密）。"
SUCCESS_NOTE = "调解成功率＝达成协议数（书面及口头）÷已有结果的案件数（达成协议、调解不成、撤回）。"
AT_RISK_MARK = "是"
TOTAL_LABEL = "全部案件"

_REGISTER_COLUMNS = (
    SheetColumn("序号", 9, "center"),
    SheetColumn("案号", 38, "center"),
    SheetColumn("登记日期", 18.5, "center"),
    SheetColumn("来源", 20, "center"),
    SheetColumn("纠纷类型", 17, "center"),
    SheetColumn("发生地点", 26, "left"),
    SheetColumn("当事人", 38, "left"),
    SheetColumn("调解员", 18, "center"),
    SheetColumn("状态/结果", 32, "left"),
    SheetColumn("结案日期", 18.5, "center"),
    SheetColumn("防止\n民转刑", 12, "center"),
)
_STATISTICS_COLUMNS = (
    SheetColumn("项目", 34, "left"),
    SheetColumn("受理\n件数", 12, "right", True),
    SheetColumn("书面\n协议", 12, "right", True),
    SheetColumn("口头\n协议", 12, "right", True),
    SheetColumn("调解\n不成", 12, "right", True),
    SheetColumn("撤回", 12, "right", True),
    SheetColumn("在办", 12, "right", True),
    SheetColumn("调解\n成功率", 16, "right"),
    SheetColumn("防止民转\n刑纠纷", 16, "right", True),
    SheetColumn("其中达\n成协议", 14, "right", True),
)


def _kind(kind: CaseRegisterKind) -> ServiceRegisterKind:
    # ``Sheet`` is typed for the service registers; it only reads ``value`` and ``title_zh``.
    return cast("ServiceRegisterKind", kind)


def case_register_sheet(register: CaseRegister) -> Sheet:
    """人民调解案件登记台账: a row per case in the order of registration, then the period's counts."""
    rows: list[SheetRow] = [_register_cells(n, row) for n, row in enumerate(register.rows, start=1)]
    counts = counts_of(register.rows)
    kind = CaseRegisterKind.CASES
    return Sheet(
        _kind(kind),
        kind.title_zh,
        register.scope.office,
        period_text(register.date_from, register.date_to),
        register.scope.text_zh,
        _REGISTER_COLUMNS,
        rows,
        (summary_text(counts), SUCCESS_NOTE, CONFIDENTIAL_NOTE),
    )


def case_statistics_sheet(statistics: CaseStatistics) -> Sheet:
    """人民调解案件统计表: all cases, then a band each by dispute type, by source, by month."""
    rows: list[SheetRow] = [Band("合计"), statistics_cells(TOTAL_LABEL, statistics.total)]
    for band, lines in (
        ("按纠纷类型", statistics.by_type),
        ("按案件来源", statistics.by_source),
        ("按登记月份", statistics.by_month),
    ):
        rows.append(Band(band))
        rows.extend(statistics_cells(line.label, line.counts) for line in lines)
    kind = CaseRegisterKind.CASE_STATISTICS
    return Sheet(
        _kind(kind),
        kind.title_zh,
        statistics.scope.office,
        period_text(statistics.date_from, statistics.date_to),
        statistics.scope.text_zh,
        _STATISTICS_COLUMNS,
        rows,
        (summary_text(statistics.total), SUCCESS_NOTE),
    )


def _register_cells(number: int, row: CaseRegisterRow) -> tuple[str, ...]:
    return (
        str(number), row.number, row.registered_on.isoformat(), row.source.label_zh,
        row.dispute_type, row.place, row.parties, row.mediators, row.result,
        row.closed_on.isoformat() if row.closed_on else "", AT_RISK_MARK if row.at_risk else "",
    )  # fmt: skip


def statistics_cells(label: str, counts: OutcomeCounts) -> tuple[str, ...]:
    return (
        label, str(counts.cases), str(counts.written), str(counts.oral), str(counts.failed),
        str(counts.withdrawn), str(counts.pending), rate_text(counts.success_rate),
        str(counts.at_risk), str(counts.at_risk_agreed),
    )  # fmt: skip


def statistics_headers() -> tuple[str, ...]:
    return tuple(column.header.replace("\n", "") for column in _STATISTICS_COLUMNS)


def summary_text(counts: OutcomeCounts) -> str:
    return (
        f"本期登记案件 {counts.cases} 件：达成协议 {counts.agreed} 件（书面 {counts.written} 件，"
        f"口头 {counts.oral} 件），调解不成 {counts.failed} 件，撤回 {counts.withdrawn} 件，在办 "
        f"{counts.pending} 件；调解成功率 {rate_text(counts.success_rate)}。防止民转刑纠纷 "
        f"{counts.at_risk} 件，其中达成协议 {counts.at_risk_agreed} 件。"
    )


def rate_text(rate: float | None) -> str:
    return NONE if rate is None else f"{rate * 100:.1f}%"
