"""Importing residents from an .xlsx: every row checked before anything is written, then one
transaction.

The flow: the file is opened safely and read (``excel_reader``) with no transaction open; each row is
checked on its own (``excel_rows``); then, in one session — a write transaction (``BEGIN IMMEDIATE`` on
SQLite) unless it is a dry run — the checks that need the database run (categories, ID numbers already
registered, 社区 / 小区 by name, households and their heads: ``excel_checks``, ``excel_households``)
and, if the mode allows, the rows are written in bulk (``excel_bulk``) with one audit entry for the
whole import. The cyclic garbage collector pauses meanwhile (``excel_bulk.gc_paused``).

Modes: a dry run writes nothing and reports; all-or-nothing writes only a file without errors; skip
bad rows writes the good rows (a household whose head is bad is skipped whole). A cancel (the progress
callback raising ``ImportCancelled``) or any failure rolls the transaction back: the database is
exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.excel_bulk import gc_paused, write_rows
from gridgov_desktop.services.excel_cells import Row
from gridgov_desktop.services.excel_checks import check_duplicates_in_file, check_with_database
from gridgov_desktop.services.excel_columns import COLUMNS, HEADER_FIELDS, REQUIRED_FIELDS, header_key
from gridgov_desktop.services.excel_errors import ExcelFileError
from gridgov_desktop.services.excel_reader import ExcelWorkbook
from gridgov_desktop.services.excel_rows import ParsedRow, Problem, RowChecker, Severity
from gridgov_desktop.services.excel_values import cell_text
from gridgov_desktop.services.permissions import Permission, require

__all__ = [
    "ExcelFileError",
    "ImportCancelled",
    "ImportReport",
    "Problem",
    "Severity",
    "import_residents",
]

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
PREFERRED_SHEET = "居民信息"
_HEADER_SEARCH_ROWS = 10
_IN_CHUNK = 500
_COLUMN_ORDER = {column.title: i for i, column in enumerate(COLUMNS)}


class ImportCancelled(Exception):
    """Raised by a progress callback to stop an import. Nothing is written; the caller sees it again."""


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did. ``problems`` holds errors and warnings, in sheet order."""

    file_name: str
    sheet: str
    dry_run: bool
    skip_bad_rows: bool
    rows_read: int
    rows_valid: int
    rows_written: int
    households_created: int
    problems: tuple[Problem, ...]
    seconds: float

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def bad_rows(self) -> int:
        return self.rows_read - self.rows_valid


def import_residents(
    db: Database,
    actor: Actor,
    path: Path | str,
    *,
    dry_run: bool,
    skip_bad_rows: bool,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportReport:
    """Check every row of the resident sheet of ``path`` and, unless ``dry_run``, register them.

    Raises ``ExcelFileError`` for a file that cannot be used at all (its ``str()`` is the Chinese
    sentence), ``ImportCancelled`` if ``progress`` raised it, ``PermissionDenied`` if ``actor`` may not
    register residents. ``today`` is the reference date for birth dates (default: the real today).
    """
    with gc_paused():
        return _import(db, actor, Path(path), dry_run, skip_bad_rows, progress, today)


def _import(
    db: Database,
    actor: Actor,
    path: Path,
    dry_run: bool,
    skip_bad_rows: bool,
    progress: Progress | None,
    today: dt.date | None,
) -> ImportReport:
    started = time.perf_counter()
    # A dry run too: its "already registered" findings tell who is in the registry.
    require(actor, Permission.EDIT_RESIDENTS)
    today = today or dt.date.today()
    tracker = _Tracker(progress, passes=2 if dry_run else 3)
    problems: list[Problem] = []
    with ExcelWorkbook(path) as book:
        sheet, header_number, columns = _find_header(book, problems)
        tracker.estimate(book.estimated_rows(sheet) or 0)
        raw = [row for row in book.read_rows(sheet, tick=tracker.reading) if row[0] > header_number]
    tracker.lap("read")

    def report(rows_read: int, valid: int = 0, written: int = 0, households: int = 0) -> ImportReport:
        ordered = sorted(problems, key=lambda p: (p.row_number, _COLUMN_ORDER.get(p.column, -1)))
        return ImportReport(
            path.name, sheet, dry_run, skip_bad_rows, rows_read, valid, written, households,
            tuple(ordered), time.perf_counter() - started,
        )  # fmt: skip

    missing = [f for f in REQUIRED_FIELDS if f not in columns]
    if missing:
        titles = "、".join(c.title for c in COLUMNS if c.field in missing)
        problems.append(Problem(header_number, "", f"缺少必填列：{titles}。请对照导入模板补上这些列。"))
        return report(0)
    rows = _check_rows(raw, columns, today, problems, tracker)
    if not rows:
        raise ExcelFileError("no_data", name=path.name)
    check_duplicates_in_file(rows, problems)
    tracker.lap("check rows")
    try:
        with db.session(write=not dry_run) as session:
            households, new_nodes = check_with_database(session, rows, problems)
            tracker.checked(len(rows))
            tracker.lap("check with database")
            valid = [row for row in rows if row.ok]
            errors = any(p.severity is Severity.ERROR for p in problems)
            if dry_run or not valid or (errors and not skip_bad_rows):
                tracker.finish()
                return report(len(rows), len(valid))
            created = write_rows(session, valid, households, new_nodes, today, tracker.writing)
            tracker.lap("write")
            audit.record(
                session,
                actor,
                "import",
                "resident",
                None,
                after={
                    "file": path.name,
                    "sheet": sheet,
                    "mode": "skip_bad_rows" if skip_bad_rows else "all_or_nothing",
                    "rows_read": len(rows),
                    "rows_written": len(valid),
                    "rows_skipped": len(rows) - len(valid),
                    "households_created": created.households,
                    "nodes_created": created.nodes,
                },
            )
    except IntegrityError as error:
        # Checked a moment ago in this transaction; only another desk writing the same ID number at
        # the same instant (PostgreSQL, READ COMMITTED) gets here.
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        raise ExcelFileError("conflict", name=path.name, reason=reason) from error
    tracker.lap("commit")
    tracker.finish()
    return report(len(rows), len(valid), len(valid), created.households)


def _find_header(book: ExcelWorkbook, problems: list[Problem]) -> tuple[str, int, dict[str, int]]:
    """The resident sheet, its (last) header row and field → column index.

    Prefers the sheet 居民信息, then the first sheet with a header that has 姓名 and at least two
    other known columns, within the first rows (a title line may come first). A header of two rows —
    "现住址" over 楼栋 / 单元 / 房号, as many offices draw it — is read as one.
    """
    titles = sorted(book.sheet_titles, key=lambda title: title != PREFERRED_SHEET)
    any_data = False
    for title in titles:
        rows = book.read_rows(title, limit=_HEADER_SEARCH_ROWS)
        any_data = any_data or bool(rows)
        for at, (number, cells) in enumerate(rows):
            fields, unknown, duplicate = _header_fields(cells)
            if "name" not in fields or len(fields) < 3:
                continue
            if at + 1 < len(rows) and rows[at + 1][0] == number + 1:
                below, below_unknown, _ = _header_fields(rows[at + 1][1])
                extra = {f: i for f, i in below.items() if f not in fields}
                if len(extra) >= 2 and not below_unknown and len(extra) == len(below):
                    fields.update(extra)
                    unknown = [t for t in unknown if t not in _GROUP_TITLES]
                    number += 1
            if unknown:
                problems.append(
                    Problem(number, "", f"未识别的列已忽略：{'、'.join(unknown)}。", Severity.WARNING)
                )
            if duplicate:
                message = f"重复的列只读第一列，已忽略：{'、'.join(duplicate)}。"
                problems.append(Problem(number, "", message, Severity.WARNING))
            return title, number, fields
    raise ExcelFileError("no_header" if any_data else "no_data", name=book.name)


# Titles of a header's upper row that group the columns below them.
_GROUP_TITLES = frozenset(("现住址", "住址", "地址", "居住地址", "现居住地址"))


def _header_fields(cells: dict[int, Any]) -> tuple[dict[str, int], list[str], list[str]]:
    """A row read as a header: field → column index, unknown titles, repeated titles."""
    fields: dict[str, int] = {}
    unknown: list[str] = []
    duplicate: list[str] = []
    for index in sorted(cells):
        text = cell_text(cells[index])
        if text is None:
            continue
        found = HEADER_FIELDS.get(header_key(text))
        if found is None:
            unknown.append(text)
        elif found in fields:
            duplicate.append(text)
        else:
            fields[found] = index
    return fields, unknown, duplicate


def _check_rows(
    raw: list[Row], columns: dict[str, int], today: dt.date, problems: list[Problem], tracker: _Tracker
) -> list[ParsedRow]:
    checker = RowChecker(columns, today, problems)
    rows: list[ParsedRow] = []
    tracker.estimate(len(raw))
    for i, (number, cells) in enumerate(raw, 1):
        if checker.is_example(cells):
            problems.append(Problem(number, "", "模板中的示例行，已跳过。", Severity.WARNING))
            continue
        rows.append(checker.check(number, cells))
        if i % 1000 == 0:
            tracker.checking(i)
    return rows


class _Tracker:
    """Progress as rows × passes (reading, checking, writing), never going backwards."""

    def __init__(self, callback: Progress | None, passes: int) -> None:
        self._last = time.perf_counter()
        self._callback = callback
        self._passes = passes
        self._rows = 0
        self._done = 0

    def lap(self, phase: str) -> None:
        """Time per phase at DEBUG (``bench/excel_import.py`` shows it)."""
        now = time.perf_counter()
        log.debug("import: %-20s %6.2f s", phase, now - self._last)
        self._last = now

    def estimate(self, rows: int) -> None:
        self._rows = max(rows, 1)

    def _report(self, done: int) -> None:
        if self._callback is None:
            return
        self._done = max(self._done, done)
        total = self._passes * max(self._rows, 1)
        self._callback(min(self._done, total), max(total, self._done))

    def reading(self, rows: int) -> None:
        self._rows = max(self._rows, rows)
        self._report(rows)

    def checking(self, rows: int) -> None:
        self._report(self._rows + rows)

    def checked(self, rows: int) -> None:
        self._rows = max(rows, 1)
        self._report(2 * self._rows)

    def writing(self, rows: int) -> None:
        self._report(2 * self._rows + rows)

    def finish(self) -> None:
        self._report(self._passes * self._rows)
