"""`gridgov import residents`, `gridgov export residents`, `gridgov template residents`: spreadsheets.

The import prints its report — one line per problem: row, column, kind, what is wrong — and a summary.
Exit status: 0 when the rows were imported (with ``--skip-bad-rows``: the good ones) or a dry run found
nothing wrong; 1 when a dry run found bad rows, or nothing could be imported. Commands act as the
system user (their audit entries say "system"), like the other set-up commands.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    say,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.resident_import import ImportReport

    Parsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Parsers) -> None:
    importing = _group(sub, "import", "import data from an Excel file (.xlsx)")
    residents = importing.add_parser(
        "residents", parents=[common_options()], help="register residents from a filled-in template"
    )
    residents.add_argument("file", metavar="FILE.xlsx", type=Path)
    residents.add_argument(
        "--dry-run", action="store_true", help="check every row and print the report; write nothing"
    )
    residents.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and skip the bad ones (default: nothing unless every row is good)",
    )
    residents.set_defaults(handler=_import_residents)

    exporting = _group(sub, "export", "export a list to an Excel file (.xlsx)")
    residents = exporting.add_parser(
        "residents", parents=[common_options()], help="the residents of the street or of one node"
    )
    residents.add_argument(
        "--node",
        metavar="PATH",
        help='a node of the tree: its id or "幸福社区/幸福里小区" (default: all)',
    )
    residents.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    residents.add_argument(
        "--reveal", action="store_true", help="full ID numbers and phones (administrators; audited)"
    )
    residents.set_defaults(handler=_export_residents)

    template = _group(sub, "template", "write an empty import template (.xlsx)")
    residents = template.add_parser(
        "residents", parents=[common_options()], help="the resident import template"
    )
    residents.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    residents.set_defaults(handler=_template_residents)


def _group(sub: Parsers, name: str, help_text: str) -> Parsers:
    parser = sub.add_parser(name, parents=[common_options()], help=help_text)
    return parser.add_subparsers(title="what", metavar="WHAT", required=True)


def _import_residents(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.excel_errors import ExcelFileError
    from gridgov_desktop.services.resident_import import import_residents

    db = open_database(args)
    try:
        report = import_residents(
            db,
            SYSTEM,
            args.file,
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
            progress=_progress(args),
        )
    except ExcelFileError as error:
        raise CommandError(error.describe(args.lang or _language())) from error
    finally:
        _end_progress()
        db.dispose()
    _print_report(args, report)
    if report.errors and (args.dry_run or report.rows_written == 0):
        return EXIT_ERROR
    return EXIT_OK


def _print_report(args: argparse.Namespace, report: ImportReport) -> None:
    chinese = say(args, "zh", "en") == "zh"
    for problem in report.problems:
        kind = problem.severity.label_zh if chinese else problem.severity.value
        print(f"{say(args, f'第{problem.row_number}行', f'row {problem.row_number}')}\t"
              f"{problem.column or '-'}\t{kind}\t{problem.message_zh}")  # fmt: skip
    read, valid = report.rows_read, report.rows_valid
    bad = read - valid
    warnings = len(report.warnings)
    if report.dry_run:
        outcome = say(args, "试导入，未写入任何数据", "dry run: nothing written")
    elif report.rows_written:
        outcome = say(
            args,
            f"已导入 {report.rows_written:,} 人，新建 {report.households_created:,} 户",
            f"imported {report.rows_written:,} residents, {report.households_created:,} new households",
        )
    else:
        outcome = say(args, "有错误，未导入任何数据", "errors found: nothing imported")
    print(
        say(
            args,
            f"{report.file_name}：读取 {read:,} 行，无误 {valid:,} 行，有错 {bad:,} 行，"
            f"提醒 {warnings:,} 条；{outcome}（用时 {report.seconds:.1f} 秒）。",
            f"{report.file_name}: {read:,} rows read, {valid:,} good, {bad:,} bad, {warnings:,} "
            f"warnings; {outcome} ({report.seconds:.1f} s).",
        )
    )


def _export_residents(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.excel_errors import ExcelFileError
    from gridgov_desktop.services.org import resolve_node
    from gridgov_desktop.services.resident_export import export_residents

    db = open_database(args)
    try:
        node_id = resolve_node(db, args.node).id if args.node else None
        summary = export_residents(db, SYSTEM, args.output, node_id=node_id, reveal=args.reveal)
    except ExcelFileError as error:
        raise CommandError(error.describe(args.lang or _language())) from error
    finally:
        db.dispose()
    masked = (
        ""
        if summary.revealed
        else say(args, "（身份证号、电话已隐藏）", " (ID numbers and phones masked)")
    )
    print(
        say(
            args,
            f"已导出 {summary.rows:,} 人到 {summary.path}{masked}，用时 {summary.seconds:.1f} 秒。",
            f"exported {summary.rows:,} residents to {summary.path}{masked} in {summary.seconds:.1f} s",
        )
    )
    return EXIT_OK


def _template_residents(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.errors import DomainError
    from gridgov_desktop.services.excel_errors import ExcelFileError
    from gridgov_desktop.services.excel_template import write_import_template

    db: Database | None
    try:
        # With a database, its communities, compounds and categories fill the drop-downs.
        db = open_database(args)
    except (DomainError, CommandError):
        db = None
    try:
        write_import_template(args.output, db=db)
    except ExcelFileError as error:
        raise CommandError(error.describe(args.lang or _language())) from error
    finally:
        if db is not None:
            db.dispose()
    print(say(args, f"已生成导入模板：{args.output}", f"wrote the import template: {args.output}"))
    return EXIT_OK


def _language() -> str:
    from gridgov_desktop.messages import default_language

    return default_language()


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    """Progress on stderr, only when it is a terminal (scripts and logs get the report alone)."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    return show


def _end_progress() -> None:
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr, flush=True)
