"""`gridgov receipt`: the service window from the command line — accept a request and print its
receipt, give a one-time notice, show, reprint and move a request along.

The command line acts as the system account; ``--clerk`` names the person printed on the receipt.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    positive_int,
    say,
    write_atomically,
)

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor
    from gridgov_desktop.services.service_types import RequestDetail, ServiceVersion


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    receipt = sub.add_parser(
        "receipt", parents=[common_options()], help="accept requests, print receipts and notices"
    )
    commands = receipt.add_subparsers(title="receipt commands", metavar="COMMAND", required=True)

    issue = commands.add_parser(
        "issue",
        parents=[common_options()],
        help="accept a request and write its 受理回执 (prints the receipt number)",
    )
    notice = commands.add_parser(
        "notice",
        parents=[common_options()],
        help="write a 一次性告知书 of the mandatory materials still missing",
    )
    for command in (issue, notice):
        command.add_argument(
            "--resident", required=True, metavar="ID", help="the resident's ID number (or record id)"
        )
        command.add_argument("--service", required=True, metavar="CODE", help="catalogue code")
        command.add_argument(
            "--materials",
            metavar="A,B,…",
            help="materials brought: names or checklist numbers (1,2,…), comma-separated; "
            "default for issue: every mandatory one; for notice: none",
        )
        command.add_argument("--window", type=positive_int, default=1, metavar="N", help="window")
        command.add_argument("--clerk", metavar="NAME", help="clerk's name printed on the document")
        _output_options(command)
    issue.set_defaults(handler=_issue)
    notice.set_defaults(handler=_notice)

    show = commands.add_parser("show", parents=[common_options()], help="a request and its history")
    show.add_argument("number", metavar="NUMBER", help="receipt number or scanned QR text")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    reprint = commands.add_parser(
        "print", parents=[common_options()], help="print a receipt again (marked 补打, counted)"
    )
    reprint.add_argument("number", metavar="NUMBER")
    _output_options(reprint)
    reprint.set_defaults(handler=_reprint)

    move = commands.add_parser(
        "advance", parents=[common_options()], help="start, pause, resume, complete, refuse, collect"
    )
    move.add_argument("number", metavar="NUMBER")
    move.add_argument("action", choices=("start", "pause", "resume", "complete", "refuse", "collect"))
    move.add_argument("--note", default="", help="reason (required to refuse or pause)")
    move.add_argument("--collector-name", metavar="NAME", help="who collected (collect)")
    move.add_argument("--collector-id", metavar="ID", help="their ID number (collect)")
    move.add_argument("--clerk", metavar="NAME")
    move.set_defaults(handler=_advance)


def _output_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=Path)
    command.add_argument("--page-size", choices=("A5", "A4"), default="A5", help="default A5")


def _issue(args: argparse.Namespace) -> int:
    from gridgov_desktop.pdf.window_documents import render_receipt
    from gridgov_desktop.services.service_requests import accept_request, print_receipt

    db = open_database(args)
    actor = _actor(args)
    resident_id = _resident_id(db, args.resident)
    service = _service(db, args.service)
    brought = _materials(args, service, default_mandatory=True)
    detail = accept_request(db, actor, resident_id, service.code, brought, window_no=args.window)
    document = print_receipt(db, actor, detail.summary.receipt_no)
    write_atomically(args, args.output, render_receipt(document, page_size=args.page_size))
    print(detail.summary.receipt_no)
    print(
        say(
            args,
            f"承诺办结日期 {detail.promised_on:%Y-%m-%d} → {args.output}",
            f"promised for {detail.promised_on:%Y-%m-%d} → {args.output}",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def _notice(args: argparse.Namespace) -> int:
    from gridgov_desktop.pdf.window_documents import render_notice
    from gridgov_desktop.services.service_requests import issue_notice

    db = open_database(args)
    service = _service(db, args.service)
    brought = _materials(args, service, default_mandatory=False)
    document = issue_notice(
        db, _actor(args), _resident_id(db, args.resident), service.code, brought, window_no=args.window
    )
    write_atomically(args, args.output, render_notice(document, page_size=args.page_size))
    print(document.notice_no)
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.service_requests import find_request

    detail = find_request(open_database(args), _actor(args), args.number)
    if args.json:
        print(json.dumps(detail_json(detail), ensure_ascii=False, indent=1))
        return EXIT_OK
    summary = detail.summary
    lines = [
        f"{summary.receipt_no}  {summary.service_name}  [{summary.status.label_zh}]",
        f"{say(args, '申请人', 'resident')}: {summary.resident_name} {summary.resident_id_masked}",
        f"{say(args, '受理', 'accepted')}: {summary.accepted_at:%Y-%m-%d %H:%M} "
        f"{say(args, '窗口', 'window')} {summary.window_no} {summary.clerk_name}",
        f"{say(args, '承诺办结', 'promised')}: {detail.promised_on:%Y-%m-%d}"
        + (f" → {summary.due_on:%Y-%m-%d}" if summary.due_on != detail.promised_on else ""),
    ]
    lines += [
        f"  {event.at:%Y-%m-%d %H:%M}  {event.action:<9} {event.user_display}  {event.note}".rstrip()
        for event in detail.history
    ]
    print("\n".join(lines))
    return EXIT_OK


def _reprint(args: argparse.Namespace) -> int:
    from gridgov_desktop.pdf.window_documents import render_receipt
    from gridgov_desktop.services.service_requests import print_receipt

    db = open_database(args)
    document = print_receipt(db, _actor(args), args.number)
    write_atomically(args, args.output, render_receipt(document, page_size=args.page_size))
    print(say(args, f"补打第{document.reprint}次", f"reprint {document.reprint}") if document.reprint
          else say(args, "首次打印", "first print"))  # fmt: skip
    return EXIT_OK


def _advance(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.service_requests import RequestAction
    from gridgov_desktop.services.request_flow import Collector, advance
    from gridgov_desktop.services.service_requests import find_request

    db = open_database(args)
    actor = _actor(args)
    current = find_request(db, actor, args.number)
    collector = None
    if args.action == "collect":
        collector = Collector(name=args.collector_name or "", id_number=args.collector_id or "")
    detail = advance(
        db,
        actor,
        current.summary.receipt_no,
        RequestAction(args.action),
        expected_version=current.summary.version,
        note=args.note,
        collector=collector,
    )
    print(f"{detail.summary.receipt_no} {detail.summary.status.label_zh}")
    return EXIT_OK


def detail_json(detail: RequestDetail) -> dict[str, Any]:
    """A request as JSON: masked as any list is; dates as ISO text."""
    summary = detail.summary
    return {
        "receipt_no": summary.receipt_no,
        "status": summary.status.value,
        "status_zh": summary.status.label_zh,
        "service": {"code": summary.service_code, "name": summary.service_name,
                    "version": detail.service.number, "department": summary.department},
        "resident": {"name": summary.resident_name, "id_number": summary.resident_id_masked},
        "window": summary.window_no,
        "clerk": summary.clerk_name,
        "accepted_at": summary.accepted_at.isoformat(),
        "promised_on": detail.promised_on.isoformat(),
        "due_on": summary.due_on.isoformat(),
        "paused_days": detail.paused_days,
        "materials_brought": [m.name for m in detail.materials_brought],
        "print_count": detail.print_count,
        "refused_reason": detail.refused_reason or None,
        "collected_by": detail.collected_by or None,
        "rating": detail.rating.level.value if detail.rating else None,
        "history": [
            {"at": e.at.isoformat(), "action": e.action, "by": e.user_display, "note": e.note,
             "to": e.to_status.value if e.to_status else None}
            for e in detail.history
        ],
        "version": summary.version,
    }  # fmt: skip


def _actor(args: argparse.Namespace) -> Actor:
    from gridgov_desktop.services.actor import SYSTEM

    clerk = getattr(args, "clerk", None)
    return replace(SYSTEM, display_name=clerk.strip()) if clerk and clerk.strip() else SYSTEM


def _resident_id(db: Database, text: str) -> int:
    from gridgov_desktop.domain.errors import NotFound
    from gridgov_desktop.domain.id_number import parse_id_number
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.service_requests import resident_id_by_number

    text = text.strip()
    if text.isdigit() and len(text) < 15:
        return int(text)
    found = resident_id_by_number(db, SYSTEM, parse_id_number(text).number)
    if found is None:
        raise NotFound(entity="resident", key=text)
    return found


def _service(db: Database, code: str) -> ServiceVersion:
    from gridgov_desktop.services.catalogue import get_service

    return get_service(db, code.strip())


def _materials(
    args: argparse.Namespace, service: ServiceVersion, *, default_mandatory: bool
) -> list[int]:
    if args.materials is None:
        return [m.id for m in service.materials if m.mandatory and default_mandatory]
    chosen: list[int] = []
    for part in (p.strip() for p in args.materials.replace("，", ",").split(",")):
        if not part:
            continue
        match = [m for i, m in enumerate(service.materials, 1) if part in (m.name, str(i))]
        if not match:
            names = "、".join(f"{i}.{m.name}" for i, m in enumerate(service.materials, 1))
            raise CommandError(
                say(
                    args,
                    f"没有材料“{part}”。可选：{names}",
                    f"no material “{part}”; choose from {names}",
                )
            )
        chosen.append(match[0].id)
    return chosen
