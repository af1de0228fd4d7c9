"""`gridgov register`: the registers (台账) of a period as PDF or .xlsx files.

    gridgov register services --from DATE --to DATE [--by day|window|service|department]
                              [--window N] [--node PATH] [--format pdf|xlsx] -o FILE
    gridgov register overdue  [--at DATE] [--from DATE] [--window N] [--node PATH] … -o FILE
    gridgov register ratings  --from DATE --to DATE [--bad-only] [--window N] [--node PATH] … -o FILE
    gridgov register stats    --from DATE --to DATE [--window N] [--node PATH] … [-o FILE]
    gridgov register cases    --from DATE --to DATE [--node PATH] [--format pdf|xlsx] -o FILE
    gridgov register case-stats --from DATE --to DATE [--node PATH] [--format pdf|xlsx] [-o FILE]

The format follows the file's suffix (.pdf or .xlsx) unless ``--format`` says otherwise; ``stats``
and ``case-stats`` without ``-o`` print their table. ``cases`` (人民调解案件登记台账) and
``case-stats`` count the mediation cases registered in the period where they arose (``--node``);
they name the parties but show nothing said in a case. Dates are written 2026-11-21 (also
2026/11/21, 2026年11月21日). ID numbers are always masked; every file written is in the audit
log (the command line acts as the system). Each register is one subcommand added by a function in
``SUBCOMMANDS``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    parse_date_argument,
    positive_int,
    say,
    write_atomically,
)

if TYPE_CHECKING:
    from typing import TypeAlias

    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.mediation_register_types import CaseStatistics
    from gridgov_desktop.services.service_register_common import Purpose
    from gridgov_desktop.services.service_register_sheets import Sheet
    from gridgov_desktop.services.service_register_types import ServiceStatistics

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

FORMATS = ("pdf", "xlsx")


def register(sub: Commands) -> None:
    registers = sub.add_parser(
        "register",
        parents=[common_options()],
        help="registers (台账) of a period as PDF or .xlsx",
        description="Registers of a period as PDF (A4 landscape) or .xlsx, ID numbers masked.",
    )
    commands = registers.add_subparsers(title="registers", metavar="REGISTER", required=True)
    for add in SUBCOMMANDS:
        add(commands)


def _add_services(commands: Commands) -> None:
    command = commands.add_parser(
        "services",
        parents=[common_options()],
        help="便民服务事项受理登记台账: every request accepted in the period",
    )
    _period(command, required=True)
    command.add_argument(
        "--by",
        choices=("day", "window", "service", "department"),
        default="day",
        help="a band (with counts) per day, window, service or department (default: day)",
    )
    _scope_and_output(command)
    command.set_defaults(handler=_services)


def _add_overdue(commands: Commands) -> None:
    command = commands.add_parser(
        "overdue",
        parents=[common_options()],
        help="逾期事项台账: open past the due date on a day, and completed late",
    )
    command.add_argument("--at", metavar="DATE", help="the day it is drawn up for (default today)")
    command.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help="completed late since this day (default: the first of the --at month)",
    )
    _scope_and_output(command)
    command.set_defaults(handler=_overdue)


def _add_ratings(commands: Commands) -> None:
    command = commands.add_parser(
        "ratings",
        parents=[common_options()],
        help="好差评及整改台账: the ratings of the period, bad ones with their rectification",
    )
    _period(command, required=True)
    command.add_argument("--bad-only", action="store_true", help="only bad reviews (不满意, 非常不满意)")
    _scope_and_output(command)
    command.set_defaults(handler=_ratings)


def _add_stats(commands: Commands) -> None:
    command = commands.add_parser(
        "stats",
        parents=[common_options()],
        help="服务事项统计表: requests per service and month, on time, ratings",
    )
    _period(command, required=True)
    _scope_and_output(command, output_required=False)
    command.set_defaults(handler=_stats)


def _add_cases(commands: Commands) -> None:
    command = commands.add_parser(
        "cases",
        parents=[common_options()],
        help="人民调解案件登记台账: every mediation case registered in the period",
    )
    _period(command, required=True)
    _case_scope_and_output(command)
    command.set_defaults(handler=_cases)


def _add_case_stats(commands: Commands) -> None:
    command = commands.add_parser(
        "case-stats",
        parents=[common_options()],
        help="人民调解案件统计表: cases by type, source, outcome and month; success rate",
    )
    _period(command, required=True)
    _case_scope_and_output(command, output_required=False)
    command.set_defaults(handler=_case_stats)


SUBCOMMANDS: tuple[Callable[[Commands], None], ...] = (
    _add_services,
    _add_overdue,
    _add_ratings,
    _add_stats,
    _add_cases,
    _add_case_stats,
)


def _period(command: argparse.ArgumentParser, *, required: bool) -> None:
    command.add_argument("--from", dest="date_from", metavar="DATE", required=required)
    command.add_argument("--to", dest="date_to", metavar="DATE", required=required)


def _scope_and_output(command: argparse.ArgumentParser, *, output_required: bool = True) -> None:
    command.add_argument("--window", type=positive_int, metavar="N", help="one window only")
    command.add_argument(
        "--node",
        metavar="PATH",
        help='residents of a part of the tree: an id, or names from the top ("幸福社区/第一网格"); '
        "default: everyone",
    )
    command.add_argument(
        "--format", choices=FORMATS, help="pdf or xlsx (default: from the file's suffix)"
    )
    command.add_argument(
        "-o", "--output", required=output_required, metavar="FILE", type=Path, help=".pdf or .xlsx"
    )


def _case_scope_and_output(command: argparse.ArgumentParser, *, output_required: bool = True) -> None:
    command.add_argument(
        "--node",
        metavar="PATH",
        help="cases that arose in a part of the tree: an id, or names from the top "
        '("幸福社区/第一网格"); default: all cases',
    )
    command.add_argument(
        "--format", choices=FORMATS, help="pdf or xlsx (default: from the file's suffix)"
    )
    command.add_argument(
        "-o", "--output", required=output_required, metavar="FILE", type=Path, help=".pdf or .xlsx"
    )


# --- handlers -------------------------------------------------------------------------------------
def _services(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.service_register_types import Grouping
    from gridgov_desktop.services.service_registers import service_register

    date_from, date_to = _date_range(args)
    kind = _format(args)
    db = open_database(args)
    data = service_register(
        db, SYSTEM, date_from, date_to, grouping=Grouping(args.by), window_no=args.window,
        node_id=_node_id(db, args.node), purpose=_purpose(kind),
    )  # fmt: skip
    sheet = _write(args, kind, data)
    _done(args, sheet, f"{data.count:,} 件", f"{data.count:,} requests")
    return EXIT_OK


def _overdue(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.service_registers import overdue_register

    at = parse_date_argument(args, args.at) if args.at else None
    date_from = parse_date_argument(args, args.date_from) if args.date_from else None
    kind = _format(args)
    db = open_database(args)
    data = overdue_register(
        db, SYSTEM, at=at, date_from=date_from, window_no=args.window,
        node_id=_node_id(db, args.node), purpose=_purpose(kind),
    )  # fmt: skip
    sheet = _write(args, kind, data)
    opened, late = len(data.open_rows), len(data.late_rows)
    _done(args, sheet, f"逾期未办结 {opened:,} 件，逾期办结 {late:,} 件",
          f"{opened:,} open past due, {late:,} completed late")  # fmt: skip
    return EXIT_OK


def _ratings(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.service_registers import rating_register

    date_from, date_to = _date_range(args)
    kind = _format(args)
    db = open_database(args)
    data = rating_register(
        db, SYSTEM, date_from, date_to, bad_only=args.bad_only, window_no=args.window,
        node_id=_node_id(db, args.node), purpose=_purpose(kind),
    )  # fmt: skip
    sheet = _write(args, kind, data)
    count, bad = len(data.rows), data.bad
    _done(args, sheet, f"评价 {count:,} 件，差评 {bad:,} 件", f"{count:,} ratings, {bad:,} bad")
    return EXIT_OK


def _stats(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.service_statistics import service_statistics

    date_from, date_to = _date_range(args)
    kind = _format(args) if args.output is not None else None
    db = open_database(args)
    data = service_statistics(
        db, SYSTEM, date_from, date_to, window_no=args.window, node_id=_node_id(db, args.node),
        purpose=_purpose(kind) if kind else "view",
    )  # fmt: skip
    if kind is None:
        print(_stats_table(data))
        return EXIT_OK
    sheet = _write(args, kind, data)
    total = data.total.accepted
    _done(args, sheet, f"受理 {total:,} 件", f"{total:,} requests")
    return EXIT_OK


def _cases(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.mediation_register_sheets import case_register_sheet
    from gridgov_desktop.services.mediation_registers import case_register

    date_from, date_to = _date_range(args)
    kind = _format(args)
    db = open_database(args)
    data = case_register(
        db, SYSTEM, date_from, date_to, node_id=_node_id(db, args.node), purpose=_purpose(kind)
    )
    sheet = case_register_sheet(data)
    _write_sheet(args, kind, sheet)
    _done(args, sheet, f"{data.count:,} 件", f"{data.count:,} cases")
    return EXIT_OK


def _case_stats(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.mediation_registers import case_statistics

    date_from, date_to = _date_range(args)
    kind = _format(args) if args.output is not None else None
    db = open_database(args)
    data = case_statistics(
        db, SYSTEM, date_from, date_to, node_id=_node_id(db, args.node),
        purpose=_purpose(kind) if kind else "view",
    )  # fmt: skip
    if kind is None:
        print(_case_stats_table(data))
        return EXIT_OK
    from gridgov_desktop.services.mediation_register_sheets import case_statistics_sheet

    sheet = case_statistics_sheet(data)
    if kind == "pdf":
        from gridgov_desktop.pdf.mediation_registers import case_statistics_pdf

        write_atomically(args, args.output, case_statistics_pdf(data), ".pdf")
    else:
        _write_sheet(args, kind, sheet)
    total = data.total.cases
    _done(args, sheet, f"案件 {total:,} 件", f"{total:,} cases")
    return EXIT_OK


# --- shared ---------------------------------------------------------------------------------------


def _format(args: argparse.Namespace) -> str:
    """pdf or xlsx: ``--format``, else the output file's suffix."""
    if args.format:
        return str(args.format)
    suffix = str(args.output.suffix).lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise CommandError(
        say(
            args,
            f"无法从文件名判断格式：{args.output}（请用 .pdf 或 .xlsx，或加 --format）",
            f"cannot tell the format from {args.output}: use .pdf or .xlsx, or --format",
        )
    )


def _purpose(kind: str) -> Purpose:
    return "print" if kind == "pdf" else "export"


def _node_id(db: Database, text: str | None) -> int | None:
    from gridgov_desktop.services.org import resolve_node

    return None if text is None else resolve_node(db, text).id


def _write(args: argparse.Namespace, kind: str, data: Any) -> Sheet:
    from gridgov_desktop.services.service_register_sheets import sheet_for

    sheet = sheet_for(data)
    _write_sheet(args, kind, sheet)
    return sheet


def _write_sheet(args: argparse.Namespace, kind: str, sheet: Sheet) -> None:
    if kind == "pdf":
        from gridgov_desktop.pdf.service_registers import sheet_pdf

        write_atomically(args, args.output, sheet_pdf(sheet), ".pdf")
    else:
        from gridgov_desktop.services.service_register_xlsx import write_register_xlsx

        write_register_xlsx(sheet, args.output)


def _done(args: argparse.Namespace, sheet: Sheet, zh: str, en: str) -> None:
    print(
        say(
            args,
            f"已生成{sheet.title}（{sheet.period}）：{zh} → {args.output}",
            f"wrote {sheet.kind.value} register ({sheet.period}): {en} → {args.output}",
        )
    )


def _stats_table(data: ServiceStatistics) -> str:
    """The statistics as plain text, one service a line (no file asked for)."""
    months = [data.month_label(i) for i in range(len(data.months))]
    head = ["服务事项", *months, "合计", "办结", "按期率", "逾期", "评价", "平均分"]
    lines = ["\t".join(head)]
    for row in (*data.rows, data.total):
        rate = "—" if row.on_time_rate is None else f"{row.on_time_rate * 100:.1f}%"
        score = "—" if row.average_score is None else f"{row.average_score:.2f}"
        cells = [row.name, *map(str, row.per_month), str(row.accepted), str(row.completed), rate,
                 str(row.overdue), str(row.rated), score]  # fmt: skip
        lines.append("\t".join(cells))
    return "\n".join(lines)


def _case_stats_table(data: CaseStatistics) -> str:
    """The case statistics as plain text: all cases, then by type, source and month."""
    from gridgov_desktop.services.mediation_register_sheets import (
        TOTAL_LABEL,
        statistics_cells,
        statistics_headers,
    )

    lines = ["\t".join(statistics_headers()), "\t".join(statistics_cells(TOTAL_LABEL, data.total))]
    for band, rows in (("按纠纷类型", data.by_type), ("按案件来源", data.by_source),
                       ("按登记月份", data.by_month)):  # fmt: skip
        lines.append(f"[{band}]")
        lines.extend("\t".join(statistics_cells(row.label, row.counts)) for row in rows)
    return "\n".join(lines)


def _date_range(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    return parse_date_argument(args, args.date_from), parse_date_argument(args, args.date_to)
