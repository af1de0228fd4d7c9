"""Holiday calendar files: reading what an administrator imports, writing what is exported.

A file lists the exceptional days of one or more years, one a row: ``date,kind,name`` (or the Chinese
headers ``日期,类型,名称``). ``kind`` is ``holiday``/``放假`` or ``workday``/``上班``. Accepted: CSV in
UTF-8 (with or without BOM), GBK/GB18030 as Excel saves it on a Chinese Windows, UTF-16 ("Unicode
text"), separated by commas, tabs or semicolons; and ``.xlsx`` (first visible sheet). What a file *is*
is read from its bytes, not its name: a CSV renamed ``.xlsx`` still imports. Lines starting with ``#``
are comments; the first one of a seed file names its source notice (``# 来源：…``).

Every row is checked before anything is written, and every problem is reported with its row number
(the line or sheet row the administrator sees). The rules:
- a date must exist (2026-02-30 is refused) and lie in 2000–2100;
- a date may appear once;
- a ``workday`` must fall on a Saturday or Sunday: a weekday works anyway, so a "make-up day" on a
  Wednesday is a mistyped date, and is refused rather than silently meaning nothing;
- a ``holiday`` may fall on a weekend: it names a day of a break (春节 2/15–2/23 spans two weekends)
  and changes no count.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.working_days import DayKind

MAX_FILE_BYTES = 5_000_000
MAX_ROWS = 5_000  # a dozen years of every single day; a real year has ~40 rows
MAX_NAME = 32  # calendar_day.name
FIRST_YEAR, LAST_YEAR = 2000, 2100
WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_HEADERS = {
    "date": ("date", "day", "日期"),
    "kind": ("kind", "type", "类型", "类别", "放假/上班"),
    "name": ("name", "holiday", "名称", "节日", "说明", "备注"),
}
_KINDS = {
    DayKind.HOLIDAY: ("holiday", "放假", "休", "休息", "假", "休假"),
    DayKind.WORKDAY: ("workday", "上班", "班", "补班", "调休上班", "工作日"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words}
_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$"  # 2026-10-01, 2026年10月1日
    r"|^(\d{4})(\d{2})(\d{2})$"  # 20261001
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class CalendarFileError(ValidationError):
    """The file as a whole cannot be read as a calendar (``detail`` says why; ``name`` is the file)."""

    code = "calendar_file"
    template = "{name}: {detail}"


class CalendarRowError(ValidationError):
    """One row is wrong (``detail`` says how; ``row`` is its number in the file)."""

    code = "calendar_row"
    template = "row {row}: {detail} {value}"


class CalendarImportRefused(ValidationError):
    """Rows were wrong: nothing was imported. ``problems`` lists each one."""

    code = "calendar_file"
    template = "{name}: {count} bad rows, nothing imported"

    def __init__(self, name: str, problems: Sequence[CalendarRowError]) -> None:
        super().__init__("rows_refused", name=name, count=len(problems))
        self.problems: tuple[CalendarRowError, ...] = tuple(problems)


class CalendarDayRefused(ValidationError):
    """A single day set by hand breaks a rule of the files (same details as ``CalendarRowError``)."""

    code = "calendar_day"
    template = "{value}: {detail}"


_CHECK_DATE_ZH = "请写成 2026-10-01 的形式"
_CHECK_DATE_EN = "write it as 2026-10-01"

# (code, detail) → (Chinese, English), merged into messages.py's table.
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("calendar_file", "not_found"): ("找不到文件：{name}。", "File not found: {name}."),
    ("calendar_file", "unreadable"): (
        "无法读取文件 {name}：{reason}。",
        "Cannot read {name}: {reason}.",
    ),
    ("calendar_file", "empty_file"): ("文件是空的：{name}。", "The file is empty: {name}."),
    ("calendar_file", "too_large"): (
        "{name} 太大，不像节假日安排表（上限 5 MB）。",
        "{name} is too large to be a holiday calendar (5 MB at most).",
    ),
    ("calendar_file", "not_text"): (
        "{name} 既不是 CSV 文本文件，也不是 Excel 工作簿（.xlsx）。",
        "{name} is neither a CSV text file nor an Excel workbook (.xlsx).",
    ),
    ("calendar_file", "encoding"): (
        "{name} 的文字编码无法识别。请在 Excel 或 WPS 中另存为“CSV UTF-8”后再导入。",
        "The text encoding of {name} is not recognised. Save it as “CSV UTF-8” and import that.",
    ),
    ("calendar_file", "no_header"): (
        "{name} 中找不到表头：第一行应为“日期,类型,名称”（或 date,kind,name）。",
        "{name} has no header: the first row should be “date,kind,name” (or 日期,类型,名称).",
    ),
    ("calendar_file", "no_rows"): ("{name} 中没有任何日期。", "{name} lists no dates."),
    ("calendar_file", "too_many_rows"): (
        "{name} 超过 {limit} 行，不像节假日安排表。",
        "{name} has more than {limit} rows: not a holiday calendar.",
    ),
    ("calendar_file", "rows_refused"): (
        "{name} 中有 {count} 行有误，未导入任何数据。请改正后重新导入。",
        "{name} has {count} bad rows; nothing was imported. Correct them and import again.",
    ),
    ("calendar_row", "bad_date"): (
        "第{row}行：日期“{value}”无法识别，" + _CHECK_DATE_ZH + "。",
        "Row {row}: the date “{value}” is not recognised; " + _CHECK_DATE_EN + ".",
    ),
    ("calendar_row", "no_such_date"): (
        "第{row}行：日期“{value}”不存在。",
        "Row {row}: the date “{value}” does not exist.",
    ),
    ("calendar_row", "year_out_of_range"): (
        "第{row}行：日期“{value}”的年份应在2000至2100年之间。",
        "Row {row}: the year of “{value}” should be between 2000 and 2100.",
    ),
    ("calendar_row", "bad_kind"): (
        "第{row}行：类型“{value}”无法识别，应为“放假”或“上班”。",
        "Row {row}: the kind “{value}” is not recognised; it is “holiday” or “workday”.",
    ),
    ("calendar_row", "duplicate"): (
        "第{row}行：日期 {value} 在第{first}行已出现过。",
        "Row {row}: the date {value} already appears on row {first}.",
    ),
    ("calendar_row", "workday_on_weekday"): (
        "第{row}行：{value}是{weekday}，本来就上班；调休上班日应在周六或周日，请核对日期。",
        "Row {row}: {value} is a {weekday_en} and works anyway; a make-up working day falls on a "
        "Saturday or Sunday. Check the date.",
    ),
    ("calendar_row", "name_too_long"): (
        "第{row}行：名称过长，最多{maximum}个字。",
        "Row {row}: the name is too long: {maximum} characters at most.",
    ),
    ("calendar_day", "workday_on_weekday"): (
        "{value}是{weekday}，本来就上班；调休上班日应在周六或周日。",
        "{value} is a {weekday_en} and works anyway; a make-up working day falls on a Saturday or "
        "Sunday.",
    ),
    ("calendar_day", "year_out_of_range"): (
        "日期 {value} 的年份应在2000至2100年之间。",
        "The year of {value} should be between 2000 and 2100.",
    ),
    ("calendar_day", "name_too_long"): (
        "名称过长，最多{maximum}个字。",
        "The name is too long: {maximum} characters at most.",
    ),
    ("calendar_status", "next_year_missing"): (
        "尚未导入{year}年的节假日安排：跨入{year}年的办理时限暂按周一至周五计算。请管理员导入国务院办公厅的放假通知。",
        "The {year} holidays are not loaded: deadlines reaching into {year} count Monday to Friday "
        "only. An administrator should import the State Council's notice.",
    ),
    ("calendar_status", "this_year_missing"): (
        "尚未导入{year}年的节假日安排：办理时限暂按周一至周五计算，法定节假日未扣除。请管理员尽快导入。",
        "The {year} holidays are not loaded: deadlines count Monday to Friday and ignore statutory "
        "holidays. An administrator should import them now.",
    ),
}


@dataclass(frozen=True)
class CalendarEntry:
    """One exceptional day read from a file (``row``: its number there)."""

    day: dt.date
    kind: DayKind
    name: str | None
    row: int


@dataclass(frozen=True)
class CalendarFile:
    """A file read and checked: its entries, in file order, and the source its comment names."""

    name: str
    entries: tuple[CalendarEntry, ...]
    source: str | None

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({entry.day.year for entry in self.entries}))


def read_calendar_file(path: Path) -> CalendarFile:
    """Read and check ``path``. Raises ``CalendarFileError`` (or ``ExcelFileError`` for a damaged
    workbook) when the file cannot be read, ``CalendarImportRefused`` listing every bad row."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise CalendarFileError("not_found", name=str(path)) from None
    except OSError as error:
        raise CalendarFileError("unreadable", name=name, reason=error.strerror or str(error)) from None
    if size == 0:
        raise CalendarFileError("empty_file", name=name)
    if size > MAX_FILE_BYTES:
        raise CalendarFileError("too_large", name=name)
    if head.startswith((b"PK", _OLE2_MAGIC)):
        rows, source = _xlsx_rows(path), None
    else:
        rows, source = _text_rows(path.read_bytes(), name)
    return _checked(name, rows, source)


def _text_rows(data: bytes, name: str) -> tuple[list[tuple[int, list[Any]]], str | None]:
    text = _decode(data, name)
    lines = text.splitlines()
    source: str | None = None
    numbered: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            comment = stripped.lstrip("#").strip()
            for prefix in ("来源：", "来源:", "source:", "Source:"):
                if source is None and comment.startswith(prefix):
                    source = comment[len(prefix) :].strip() or None
            continue
        if stripped.strip(",;\t"):
            numbered.append((number, line))
    if not numbered:
        raise CalendarFileError("no_rows", name=name)
    header = numbered[0][1]
    delimiter = max(",\t;", key=header.count) if any(c in header for c in ",\t;") else ","
    rows = [(number, next(csv.reader([line], delimiter=delimiter))) for number, line in numbered]
    return [(number, [cell.strip() for cell in cells]) for number, cells in rows], source


def _decode(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        if b"\x00" in data:
            raise CalendarFileError("not_text", name=name)
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CalendarFileError("encoding", name=name)


def _xlsx_rows(path: Path) -> list[tuple[int, list[Any]]]:
    from gridgov_desktop.services.excel_reader import ExcelWorkbook  # openpyxl: only when needed

    with ExcelWorkbook(path) as book:
        titles = book.sheet_titles
        if not titles:
            raise CalendarFileError("no_rows", name=path.name)
        read = book.read_rows(titles[0], limit=MAX_ROWS + 2)
    rows: list[tuple[int, list[Any]]] = []
    for number, cells in read:
        width = max(cells) + 1 if cells else 0
        values = [cells.get(i) for i in range(width)]
        first = values[0] if values else None
        if isinstance(first, str) and first.strip().startswith("#"):
            continue
        rows.append((number, [v.strip() if isinstance(v, str) else v for v in values]))
    if not rows:
        raise CalendarFileError("no_rows", name=path.name)
    return rows


def _checked(name: str, rows: list[tuple[int, list[Any]]], source: str | None) -> CalendarFile:
    (_, header), body = rows[0], rows[1:]
    columns = _columns(header)
    if columns is None:
        raise CalendarFileError("no_header", name=name)
    if not body:
        raise CalendarFileError("no_rows", name=name)
    if len(body) > MAX_ROWS:
        raise CalendarFileError("too_many_rows", name=name, limit=MAX_ROWS)
    entries: list[CalendarEntry] = []
    problems: list[CalendarRowError] = []
    first_row: dict[dt.date, int] = {}
    date_at, kind_at, name_at = columns
    for number, cells in body:
        cell = _cell(cells, date_at)
        try:
            day = parse_day(cell)
            kind = parse_kind(_cell(cells, kind_at))
            label = _text(_cell(cells, name_at)) if name_at is not None else None
            check_day(day, kind, label)
        except CalendarRowError as error:
            args = {**error.args_map, "row": number}
            problems.append(CalendarRowError(args.pop("detail"), **args))
            continue
        if day in first_row:
            problems.append(
                CalendarRowError("duplicate", row=number, value=day.isoformat(), first=first_row[day])
            )
            continue
        first_row[day] = number
        entries.append(CalendarEntry(day, kind, label or None, number))
    if problems:
        raise CalendarImportRefused(name, problems)
    return CalendarFile(name, tuple(entries), source)


def _columns(header: Sequence[Any]) -> tuple[int, int, int | None] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        word = _text(cell).lower().lstrip("\ufeff")
        for column, words in _HEADERS.items():
            if word in words and column not in found:
                found[column] = index
    if "date" not in found or "kind" not in found:
        return None
    return found["date"], found["kind"], found.get("name")


def _cell(cells: Sequence[Any], index: int | None) -> Any:
    return cells[index] if index is not None and index < len(cells) else None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def parse_day(value: Any) -> dt.date:
    """A date from a cell: a spreadsheet date, ``2026-10-01``, ``2026/10/1``, ``2026年10月1日`` or
    ``20261001``. Raises ``CalendarRowError`` (``bad_date``, ``no_such_date``)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    match = _DATE.match(text)
    if match is None:
        raise CalendarRowError("bad_date", value=text)
    parts = [int(p) for p in match.groups() if p is not None]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise CalendarRowError("no_such_date", value=text) from None


def parse_kind(value: Any) -> DayKind:
    """``holiday``/``放假`` or ``workday``/``上班`` (and a few synonyms). Raises ``CalendarRowError``."""
    text = _text(value)
    kind = _KIND_OF.get(text.lower())
    if kind is None:
        raise CalendarRowError("bad_kind", value=text)
    return kind


def check_day(day: dt.date, kind: DayKind, name: str | None) -> None:
    """The rules a day obeys wherever it comes from. Raises ``CalendarRowError``."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CalendarRowError("year_out_of_range", value=day.isoformat())
    if kind is DayKind.WORKDAY and day.weekday() < 5:
        raise CalendarRowError(
            "workday_on_weekday",
            value=day.isoformat(),
            weekday=WEEKDAYS_ZH[day.weekday()],
            weekday_en=WEEKDAYS_EN[day.weekday()],
        )
    if name is not None and len(name) > MAX_NAME:
        raise CalendarRowError("name_too_long", value=name, maximum=MAX_NAME)


def write_calendar_csv(rows: Iterable[tuple[dt.date, str, str | None]], path: Path) -> int:
    """Write ``date,kind,name`` rows as UTF-8 with a BOM (so Excel shows the Chinese names), the
    format ``read_calendar_file`` reads back. Returns the number of rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("date", "kind", "name"))
    count = 0
    for day, kind, name in rows:
        writer.writerow((day.isoformat(), kind, name or ""))
        count += 1
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    return count
