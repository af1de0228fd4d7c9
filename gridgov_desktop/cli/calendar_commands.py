"""`gridgov calendar`: the working-day calendar (holidays and make-up working days).

    gridgov calendar import FILE               load the years a CSV/.xlsx lists (replacing them)
    gridgov calendar add-days N [--from DATE]  the date N working days after DATE (default today)
    gridgov calendar show YEAR                 the year's holidays and make-up working days
    gridgov calendar export YEAR -o FILE.csv   the year as a file that `import` reads back

Dates are typed as 2026-10-01 (2026/10/1 and 2026年10月1日 work too). Commands act as the system
user, like the other set-up commands; an import is audited as such.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import (
    EXIT_FOUND_NOTHING,
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    parse_date_argument,
    say,
)

if TYPE_CHECKING:
    Parsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Parsers) -> None:
    calendar = sub.add_parser(
        "calendar", parents=[common_options()], help="the working-day calendar (holidays, 调休)"
    )
    commands = calendar.add_subparsers(title="what", metavar="WHAT", required=True)

    importing = commands.add_parser(
        "import",
        parents=[common_options()],
        help="load the years a CSV or .xlsx file lists (columns 日期,类型,名称 or date,kind,name)",
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.set_defaults(handler=_import)

    adding = commands.add_parser(
        "add-days",
        parents=[common_options()],
        help="the date N working days after a date (the start day not counted)",
    )
    adding.add_argument("days", metavar="N")
    adding.add_argument("--from", dest="start", metavar="DATE", help="the start date (default today)")
    adding.add_argument(
        "-v", "--verbose", action="store_true", help="also list the days skipped or counted, and why"
    )
    adding.set_defaults(handler=_add_days)

    showing = commands.add_parser(
        "show", parents=[common_options()], help="a year's holidays and make-up working days"
    )
    showing.add_argument("year", metavar="YEAR")
    showing.set_defaults(handler=_show)

    exporting = commands.add_parser(
        "export", parents=[common_options()], help="write a year's days to a CSV file"
    )
    exporting.add_argument("year", metavar="YEAR")
    exporting.add_argument("-o", "--output", metavar="FILE.csv", type=Path, required=True)
    exporting.set_defaults(handler=_export)


def _import(args: argparse.Namespace) -> int:
    from gridgov_desktop.messages import describe_error
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.calendar_file import CalendarImportRefused
    from gridgov_desktop.services.work_calendar import import_calendar

    db = open_database(args)
    try:
        summary = import_calendar(db, SYSTEM, args.file)
    except CalendarImportRefused as refused:
        for problem in refused.problems:
            print(describe_error(problem, args.lang), file=sys.stderr)
        raise
    finally:
        db.dispose()
    years = "、".join(map(str, summary.years))
    print(
        say(
            args,
            f"已导入 {summary.file_name}：{years}年，放假 {summary.holidays} 天，调休上班 "
            f"{summary.workdays} 天（替换原有 {summary.replaced} 条）。",
            f"imported {summary.file_name}: {', '.join(map(str, summary.years))}, {summary.holidays} "
            f"holidays, {summary.workdays} make-up working days ({summary.replaced} rows replaced).",
        )
    )
    return EXIT_OK


def _add_days(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.working_days import unusual_days, working_days_after
    from gridgov_desktop.services.work_calendar import load_calendar

    try:
        days = int(args.days)
    except ValueError:
        days = -1
    if days < 0:
        raise CommandError(
            say(
                args,
                f"工作日数应为 0 或正整数：{args.days}",
                f"the number of working days is 0 or more: {args.days}",
            )
        )
    start = parse_date_argument(args, args.start) if args.start is not None else dt.date.today()
    db = open_database(args)
    try:
        calendar = load_calendar(db)
    finally:
        db.dispose()
    try:
        due = working_days_after(start, days, calendar)
    except ValueError:
        raise CommandError(say(args, "日期超出范围。", "the date is out of range")) from None
    print(due.isoformat())
    if args.verbose:
        reasons = {
            "weekend": say(args, "周末休息", "weekend"),
            "holiday": say(args, "放假", "holiday"),
            "workday": say(args, "调休上班（计入）", "make-up working day (counted)"),
        }
        for note in unusual_days(start, due, calendar):
            name = f"\t{note.name}" if note.name else ""
            print(f"  {note.day.isoformat()}\t{_weekday(args, note.day)}\t{reasons[note.reason]}{name}")
    for year in range(start.year, due.year + 1):
        if not calendar.is_loaded(year):
            print(
                say(
                    args,
                    f"注意：{year}年的节假日安排尚未导入，该年按周一至周五计算。",
                    f"note: the {year} holidays are not loaded; that year counts Monday to Friday.",
                ),
                file=sys.stderr,
            )
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.work_calendar import calendar_days, calendar_years

    year = _year(args, args.year)
    db = open_database(args)
    try:
        loaded = {info.year: info for info in calendar_years(db)}
        days = calendar_days(db, year)
    finally:
        db.dispose()
    info = loaded.get(year)
    if info is not None:
        when = info.loaded_at.strftime("%Y-%m-%d")
        print(
            say(
                args, f"{year}年：{info.source}（{when} 导入）", f"{year}: {info.source} (loaded {when})"
            )
        )
    else:
        print(
            say(
                args,
                f"{year}年的节假日安排尚未导入：按周一至周五计算。",
                f"{year} is not loaded: it counts Monday to Friday.",
            )
        )
    for day in days:
        kind = say(args, "放假", "holiday") if day.kind == "holiday" else say(args, "上班", "workday")
        print(f"{day.day.isoformat()}\t{_weekday(args, day.day)}\t{kind}\t{day.name or ''}")
    return EXIT_OK if info is not None or days else EXIT_FOUND_NOTHING


def _export(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.work_calendar import export_calendar

    year = _year(args, args.year)
    db = open_database(args)
    try:
        count = export_calendar(db, year, args.output)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CommandError(
            say(args, f"无法写入 {args.output}：{reason}", f"cannot write {args.output}: {reason}")
        ) from None
    finally:
        db.dispose()
    print(
        say(
            args,
            f"已导出 {year}年 {count} 天：{args.output}",
            f"exported {count} days of {year}: {args.output}",
        )
    )
    return EXIT_OK


def _year(args: argparse.Namespace, text: str) -> int:
    if text.isdigit() and 1 <= int(text) <= 9999:
        return int(text)
    raise CommandError(say(args, f"年份无法识别：{text}", f"not a year: {text}"))


def _weekday(args: argparse.Namespace, day: dt.date) -> str:
    from gridgov_desktop.services.calendar_file import WEEKDAYS_EN, WEEKDAYS_ZH

    return say(args, WEEKDAYS_ZH[day.weekday()], WEEKDAYS_EN[day.weekday()][:3])
