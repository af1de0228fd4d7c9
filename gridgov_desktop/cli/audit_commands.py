"""`gridgov audit verify | list | export`: check the audit log's hash chain, read it, export it.

Run by whoever controls the machine, as ``services.actor.SYSTEM``; the verification and the export are
themselves audited. ``verify`` prints the head (last id and hash): written down, it can be checked
later with ``--expect-head`` — the one thing a hash chain alone cannot show is its newest entries cut
off.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    common_options,
    open_database,
    parse_date_argument,
    positive_int,
    say,
)

if TYPE_CHECKING:
    from gridgov_desktop.services.audit_log import AuditFilter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the command to the parser."""
    common = common_options()
    audit = sub.add_parser("audit", parents=[common], help="the audit log: verify, list, export")
    audit_sub = audit.add_subparsers(title="audit commands", metavar="ACTION", required=True)
    verify = audit_sub.add_parser(
        "verify", parents=[common], help="check the hash chain; name the first broken entry"
    )
    verify.add_argument(
        "--expect-head",
        metavar="HASH",
        help="a head hash printed by an earlier verify (or its first 12+ characters): "
        "fail if it is no longer in the log (newest entries deleted)",
    )
    verify.set_defaults(handler=_verify)
    listing = audit_sub.add_parser("list", parents=[common], help="show entries, newest first")
    _filter_options(listing)
    listing.add_argument("--limit", type=positive_int, default=50, metavar="N",
                         help="show at most N entries (default 50)")  # fmt: skip
    listing.set_defaults(handler=_list)
    export = audit_sub.add_parser("export", parents=[common], help="write entries to .xlsx or .csv")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx or FILE.csv")
    _filter_options(export)
    export.set_defaults(handler=_export)


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="U", help="user name")
    parser.add_argument("--entity", metavar="E", help="kind of record: resident, service_request, …")
    parser.add_argument("--record", metavar="ID", help="the record's id (with --entity)")
    parser.add_argument("--action", metavar="A", help="action code: create, update, login, …")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day (local time)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, included")


def _filter(args: argparse.Namespace) -> AuditFilter:
    from gridgov_desktop.services.audit_log import AuditFilter

    return AuditFilter(
        user=args.user,
        entity=args.entity,
        record=args.record,
        action=args.action,
        since=parse_date_argument(args, args.date_from) if args.date_from else None,
        until=parse_date_argument(args, args.date_to) if args.date_to else None,
    )


def _lang(args: argparse.Namespace) -> str:
    from gridgov_desktop.messages import default_language

    return str(args.lang or default_language())


def _verify(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.audit_chain import describe_report, verify_chain

    db = open_database(args)
    report = verify_chain(db, SYSTEM, expected_head=args.expect_head)
    print(describe_report(report, _lang(args)))
    return EXIT_OK if report.ok else EXIT_ERROR


def _list(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.audit_log import count_entries, find_entries
    from gridgov_desktop.services.audit_words import (
        action_name,
        change_summary,
        local_time,
        record_label,
    )

    where = _filter(args)
    db = open_database(args)
    lang = _lang(args)
    rows = find_entries(db, SYSTEM, where, limit=args.limit)
    total = count_entries(db, SYSTEM, where)
    header = [say(args, "序号", "No."), say(args, "时间", "Time"), say(args, "用户", "User"),
              say(args, "操作", "Action"), say(args, "对象", "Record"),
              say(args, "变更", "Change")]  # fmt: skip
    table = [
        [
            str(row.id),
            local_time(row.at).strftime("%Y-%m-%d %H:%M:%S"),
            row.username or "—",
            action_name(row.action, lang),
            record_label(row.entity, row.entity_id, lang),
            change_summary(row.before, row.after, limit=80),
        ]
        for row in rows
    ]
    for line in _aligned([header, *table]):
        print(line)
    print(
        say(
            args,
            f"共 {total:,} 条，显示最新 {len(rows):,} 条。",
            f"{total:,} entries, the newest {len(rows):,} shown.",
        )
    )
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.audit_log import export_entries

    where = _filter(args)
    path = Path(args.output).expanduser()
    db = open_database(args)
    result = export_entries(db, SYSTEM, where, path, lang=_lang(args))
    print(say(args, f"已导出 {result.rows:,} 条 → {path}", f"exported {result.rows:,} entries → {path}"))
    return EXIT_OK


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned(rows: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell, the last one left ragged."""
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return [
        "  ".join(
            [cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(row[:-1])] + [row[-1]]
        ).rstrip()
        for row in rows
    ]
