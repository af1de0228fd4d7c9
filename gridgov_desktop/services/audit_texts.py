"""Error texts of this part of the app, merged by ``messages`` on the first error described."""

from __future__ import annotations

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "bad_head"): (
        "末条哈希应为记下的64位十六进制数（至少前{minimum}位）。",
        "The noted head must be the 64-character hexadecimal hash (at least its first {minimum}).",
    ),
    ("validation", "period_reversed"): (
        "起始日期晚于截止日期。",
        "The start date is after the end date.",
    ),
    ("validation", "export_format"): (
        "只能导出为 .xlsx 或 .csv 文件：{name}",
        "Export to a .xlsx or .csv file: {name}",
    ),
}
