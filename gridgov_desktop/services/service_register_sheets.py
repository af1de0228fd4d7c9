"""The service window's registers laid out as tables of text: title, period, scope, columns, rows with
their bands, notes. The PDF (``pdf.service_registers``) and the .xlsx (``service_register_xlsx``)
both print these, so that the two files of one register say the same thing in the same words.

Column widths are millimetres on landscape A4 at 9 pt (小五), wide enough for what each column holds:
an 18-character masked ID number, a receipt number, a date; long names wrap. Plain data in, plain
data out: no database, no ReportLab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from gridgov_desktop.domain.service_requests import RatingLevel, RectificationStatus
from gridgov_desktop.services.service_register_types import (
    OverdueRegister,
    OverdueRow,
    RatingRegister,
    ServiceRegister,
    ServiceRegisterKind,
    ServiceRow,
    ServiceStatistics,
    StatisticsRow,
)
from gridgov_desktop.services.service_types import RequestSummary

Align = Literal["left", "center", "right"]
FONT_SIZE = 9.0  # 小五: thirteen columns across a landscape page
MASKED_NOTE = "公民身份号码已作遮蔽处理（《个人信息保护法》第二十八条）。"
WORKING_DAYS_NOTE = "时限及逾期天数按工作日计算（不含法定节假日，含调休上班日）。"
NONE = "—"


@dataclass(frozen=True)
class SheetColumn:
    header: str  # "\n" breaks a header where wanted
    width_mm: float
    align: Align = "left"
    number: bool = False  # a count: a number cell in the spreadsheet


@dataclass(frozen=True)
class Band:
    """A band across the table that opens a group (a day, a window, a service …)."""

    text: str


SheetRow = Sequence[str] | Band


@dataclass(frozen=True)
class Sheet:
    kind: ServiceRegisterKind
    title: str
    office: str
    period: str  # "2026年11月1日至2026年11月30日", "截至2026年11月21日"
    scope: str  # "范围：东风街道 幸福社区　第3号窗口", or ""
    columns: tuple[SheetColumn, ...]
    rows: Sequence[SheetRow]
    notes: tuple[str, ...]

    @property
    def file_stem(self) -> str:
        """A file name without suffix: the title and the period."""
        return f"{self.title} {self.period}".replace("/", "-")


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    if date_from == date_to:
        return chinese_date(date_from)
    return f"{chinese_date(date_from)}至{chinese_date(date_to)}"


def _c(header: str, width: float, align: Align = "center", number: bool = False) -> SheetColumn:
    return SheetColumn(header, width, align, number)


_REQUEST_COLUMNS = (
    _c("序号", 10.5), _c("回执编号", 23.5), _c("受理时间", 20.5), _c("窗口", 9),
    _c("经办人", 14), _c("申请人", 15.5, "left"), _c("公民身份号码", 31), _c("服务事项", 37, "left"),
    _c("办理部门", 32, "left"), _c("状态", 13), _c("办结时限", 18.5), _c("办结日期", 18.5),
    _c("逾期", 9),
)  # fmt: skip
_OVERDUE_COLUMNS = (
    _c("序号", 10.5), _c("回执编号", 23.5), _c("受理日期", 18.5), _c("窗口", 9), _c("经办人", 14),
    _c("申请人", 15.5, "left"), _c("公民身份号码", 31), _c("服务事项", 35, "left"),
    _c("办理部门", 30, "left"), _c("状态", 13), _c("办结时限", 18.5), _c("办结日期", 18.5),
    _c("逾期\n工作日", 12, number=True),
)  # fmt: skip
_RATING_COLUMNS = (
    _c("序号", 9), _c("回执编号", 23.5), _c("评价日期", 18.5), _c("经办人", 14),
    _c("申请人", 15.5, "left"), _c("服务事项", 28, "left"), _c("评价等级", 18.5),
    _c("评价内容", 30, "left"), _c("整改期限", 18.5), _c("整改措施", 32.5, "left"),
    _c("回复群众", 30, "left"), _c("整改\n状态", 14),
)  # fmt: skip
# Landscape A4 leaves 252 mm between the margins: a wider table would be scaled down to fit, and the
# ID column needs its 31 mm (tests/services/test_service_registers.py checks the sums).


def sheet_for(
    register: ServiceRegister | OverdueRegister | RatingRegister | ServiceStatistics,
) -> Sheet:
    """The sheet of any register the services return."""
    if isinstance(register, ServiceRegister):
        return services_sheet(register)
    if isinstance(register, OverdueRegister):
        return overdue_sheet(register)
    if isinstance(register, RatingRegister):
        return ratings_sheet(register)
    return statistics_sheet(register)


def services_sheet(register: ServiceRegister) -> Sheet:
    """便民服务事项受理登记台账: a band per day (window, service, department) with its counts."""
    one_year = register.date_from.year == register.date_to.year
    when = "%m-%d %H:%M" if one_year else "%Y-%m-%d %H:%M"
    rows: list[SheetRow] = []
    number = 0
    for group in register.groups:
        counts = f"共 {len(group.rows)} 件　已办结 {group.completed} 件　逾期 {group.overdue} 件"
        rows.append(Band(f"{group.label}　{counts}"))
        for row in group.rows:
            number += 1
            rows.append(_request_cells(number, row, when))
    summary = (
        f"本期共受理 {register.count} 件：已办结 {register.completed} 件，不予受理或退回 "
        f"{register.refused} 件，逾期 {register.overdue} 件（在办事项的逾期截至"
        f"{chinese_date(register.as_of)}）。"
    )
    return Sheet(
        ServiceRegisterKind.SERVICES,
        ServiceRegisterKind.SERVICES.title_zh,
        register.scope.office,
        period_text(register.date_from, register.date_to),
        register.scope.text_zh,
        _REQUEST_COLUMNS,
        rows,
        (summary, WORKING_DAYS_NOTE + MASKED_NOTE),
    )


def overdue_sheet(register: OverdueRegister) -> Sheet:
    """逾期事项台账: what was open past its due date, then what was completed late."""
    at = chinese_date(register.at)
    rows: list[SheetRow] = []
    number = 0
    parts = (
        (f"截至{at}逾期未办结　共 {len(register.open_rows)} 件", register.open_rows),
        (f"{period_text(register.date_from, register.at)}逾期办结　共 {len(register.late_rows)} 件",
         register.late_rows),
    )  # fmt: skip
    for band, part in parts:
        if not part:
            continue
        rows.append(Band(band))
        for row in part:
            number += 1
            rows.append(_overdue_cells(number, row))
    summary = (
        f"截至{at}逾期未办结 {len(register.open_rows)} 件；"
        f"{period_text(register.date_from, register.at)}逾期办结 {len(register.late_rows)} 件。"
        "暂停（等待群众补正）期间不计时。"
    )
    return Sheet(
        ServiceRegisterKind.OVERDUE,
        ServiceRegisterKind.OVERDUE.title_zh,
        register.scope.office,
        f"截至{at}",
        register.scope.text_zh,
        _OVERDUE_COLUMNS,
        rows,
        (summary, WORKING_DAYS_NOTE + MASKED_NOTE),
    )


def _overdue_cells(number: int, row: OverdueRow) -> tuple[str, ...]:
    return (
        str(number), row.receipt_no, row.accepted_on.isoformat(), str(row.window_no),
        row.clerk_name, row.resident_name, row.resident_id_masked, row.service_name,
        row.department, row.status.label_zh, row.due_on.isoformat(), _date(row.completed_on),
        str(row.days_overdue),
    )  # fmt: skip


def _request_cells(number: int, row: ServiceRow, when: str) -> tuple[str, ...]:
    return (
        str(number), row.receipt_no, row.accepted_at.strftime(when), str(row.window_no),
        row.clerk_name, row.resident_name, row.resident_id_masked, row.service_name,
        row.department, row.status.label_zh, row.due_on.isoformat(), _date(row.completed_on),
        "逾期" if row.overdue else "",
    )  # fmt: skip


def ratings_sheet(register: RatingRegister) -> Sheet:
    """好差评及整改台账: each rating, and for a bad one what was done and answered."""
    rows: list[SheetRow] = []
    for number, row in enumerate(register.rows, start=1):
        status = ""
        if row.rectification_status is not None:
            status = row.rectification_status.label_zh
            open_ = row.rectification_status is not RectificationStatus.REPLIED
            if open_ and row.rectification_due and register.as_of > row.rectification_due:
                status += "（逾期）"
        measures = row.measures + (f"（{row.rectified_on.isoformat()}）" if row.rectified_on else "")
        reply = row.reply + (f"（{row.replied_on.isoformat()}）" if row.replied_on else "")
        rows.append((
            str(number), row.receipt_no, row.rated_at.date().isoformat(), row.clerk_name,
            row.resident_name, row.service_name, row.level.label_zh, row.comment,
            _date(row.rectification_due), measures, reply, status,
        ))  # fmt: skip
    counts = "，".join(f"{level.label_zh} {register.count_of(level)}" for level in RatingLevel)
    total = len(register.rows)
    satisfied = total - register.bad
    replied = sum(1 for row in register.rows if row.replied_on is not None)
    average = register.average_score
    summary = (
        f"共 {total} 件评价：{counts}。满意率 {_percent(satisfied, total)}，平均评分 "
        f"{_score(average)}（5分制）。差评 {register.bad} 件，已回复群众 {replied} 件。"
    )
    if register.bad_only:
        summary = f"仅列差评（不满意、非常不满意）{total} 件，已回复群众 {replied} 件。"
    return Sheet(
        ServiceRegisterKind.RATINGS,
        ServiceRegisterKind.RATINGS.title_zh,
        register.scope.office,
        period_text(register.date_from, register.date_to),
        register.scope.text_zh,
        _RATING_COLUMNS,
        rows,
        (summary,),
    )


def statistics_sheet(statistics: ServiceStatistics) -> Sheet:
    """服务事项统计表: a row per service, a column per month, then the period's figures."""
    months = len(statistics.months)
    service_width = 50 if months <= 8 else 36
    columns = (
        _c("序号", 9),
        _c("服务事项", service_width, "left"),
        *(_c(statistics.month_label(i), 12, "right", True) for i in range(months)),
        _c("合计", 13, "right", True),
        _c("办结", 13, "right", True),
        _c("按期\n办结率", 16, "right"),
        _c("逾期", 12, "right", True),
        _c("退回", 12, "right", True),
        _c("评价数", 13, "right", True),
        _c("平均分", 13, "right"),
    )
    rows: list[SheetRow] = [
        _statistics_cells(str(number), row) for number, row in enumerate(statistics.rows, start=1)
    ]
    rows.append(_statistics_cells("", statistics.total))
    total = statistics.total
    notes = (
        f"本期共受理 {total.accepted} 件，办结 {total.completed} 件，按期办结率 "
        f"{_rate(total.on_time_rate)}；逾期 {total.overdue} 件（含逾期办结，及截至"
        f"{chinese_date(statistics.as_of)}逾期未办结）。",
        "按期办结率＝按期办结数÷办结数；“退回”为不予受理或退回；评价为本期受理事项所得评价，"
        "平均分按5分制（非常满意5分……非常不满意1分）。",
        WORKING_DAYS_NOTE,
    )
    return Sheet(
        ServiceRegisterKind.STATISTICS,
        ServiceRegisterKind.STATISTICS.title_zh,
        statistics.scope.office,
        period_text(statistics.date_from, statistics.date_to),
        statistics.scope.text_zh,
        columns,
        rows,
        notes,
    )


def _statistics_cells(number: str, row: StatisticsRow) -> tuple[str, ...]:
    return (
        number, row.name, *(str(count) for count in row.per_month), str(row.accepted),
        str(row.completed), _rate(row.on_time_rate), str(row.overdue), str(row.refused),
        str(row.rated), _score(row.average_score),
    )  # fmt: skip


def worklist_sheet(
    rows: Sequence[RequestSummary], title: str, scope: str, office: str, today: dt.date
) -> Sheet:
    """A worklist as the clerk sees it (its rows in its order), titled by its name and scope."""
    cells: list[SheetRow] = [_worklist_cells(number, row, today) for number, row in enumerate(rows, 1)]
    overdue = sum(1 for row in rows if row.is_overdue(today))
    columns = (*_REQUEST_COLUMNS[:2], _c("受理日期", 18.5), *_REQUEST_COLUMNS[3:])
    return Sheet(
        ServiceRegisterKind.WORKLIST,
        title,
        office,
        f"截至{chinese_date(today)}",
        f"范围：{scope}" if scope else "",
        columns,
        cells,
        (f"共 {len(rows)} 件，其中逾期 {overdue} 件。", WORKING_DAYS_NOTE + MASKED_NOTE),
    )


def _worklist_cells(number: int, row: RequestSummary, today: dt.date) -> tuple[str, ...]:
    completed = row.completed_at.date() if row.completed_at else None
    return (
        str(number), row.receipt_no, row.accepted_at.date().isoformat(), str(row.window_no),
        row.clerk_name, row.resident_name, row.resident_id_masked, row.service_name,
        row.department, row.status.label_zh, row.due_on.isoformat(), _date(completed),
        "逾期" if row.is_overdue(today) else "",
    )  # fmt: skip


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def _rate(rate: float | None) -> str:
    return NONE if rate is None else f"{rate * 100:.1f}%"


def _percent(part: int, whole: int) -> str:
    return _rate(part / whole if whole else None)


def _score(score: float | None) -> str:
    return NONE if score is None else f"{score:.2f}"
