"""`gridgov case`: mediation cases from a terminal — open a case, write in its journal, show, list,
move it along, extend its deadline and print its documents.

    gridgov case open --type 邻里 --source application --summary-file F
                      --applicant NAME[,ID[,PHONE]] --respondent NAME[,ID[,PHONE]]
                      [--resident-applicant ID_NUMBER] [--resident-respondent ID_NUMBER]
                      --mediator USERNAME [--assistant USERNAME] [--place PATH] [--at-risk]
                      [--date DATE]                                   (prints the case number)
    gridgov case note NUMBER --kind note|phone_call|home_visit|session --text-file F
                      [--place P] [--attendees A] [--agreed-file F] [--corrects ENTRY_ID]
    gridgov case show NUMBER [--json]
    gridgov case list [--status S] [--year Y] [--mine]
    gridgov case move NUMBER start|agree|fail|withdraw|follow_up|close [--on DATE] …
    gridgov case extend NUMBER --until DATE --consent TEXT
    gridgov case print NUMBER --document agreement|oral|record|rights|intake|checklist
                      [--entry ID] -o FILE.pdf

The command line acts as the system account (an administrator) unless ``--as USERNAME`` names a
user to act as: then that user's rights apply, confidentiality included (a front-desk user sees a
case's number, status and dates, nothing said in it). NUMBER is the case number as printed, or
``2026-12`` (year and sequence), or the record id.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.case_output import detail_json, detail_lines, summary_json, summary_line
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
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import Actor
    from gridgov_desktop.services.mediation_types import PartyDraft

SOURCES = ("application", "own_initiative", "grid_report", "police_referral", "court_commission")
KINDS = ("note", "phone_call", "home_visit", "session")
ACTIONS = ("start", "agree", "fail", "withdraw", "follow_up", "close")
STATUSES = ("registered", "in_mediation", "agreed", "failed", "withdrawn", "followed_up", "closed")
DOCUMENTS = ("agreement", "oral", "record", "rights", "intake", "checklist")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    case = sub.add_parser(
        "case",
        parents=[common_options()],
        help="mediation cases: open, journal, show, list, move, extend, print",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = case.add_subparsers(title="case commands", metavar="COMMAND", required=True)
    _open_command(commands)

    note = _command(
        commands, "note", "write a journal entry (never edits: --corrects adds a correction)"
    )
    note.add_argument("number", metavar="NUMBER")
    note.add_argument("--kind", choices=KINDS, default="note", help="kind of entry (default note)")
    note.add_argument("--text-file", required=True, metavar="F", type=Path,
                      help="UTF-8 text of the entry ('-': standard input); for a session: what "
                      "each party said")  # fmt: skip
    note.add_argument("--place", default="", help="where it happened")
    note.add_argument("--attendees", default="", help="sessions: who attended")
    note.add_argument("--agreed-file", metavar="F", type=Path, help="sessions: what was agreed")
    note.add_argument("--at", metavar="DATE", help="the day it happened (default: now)")
    note.add_argument("--corrects", type=positive_int, metavar="ENTRY_ID",
                      help="the entry this one corrects (it stays readable)")  # fmt: skip
    note.set_defaults(handler=_note)

    show = _command(commands, "show", "a case with its journal (its summary only, if confidential)")
    show.add_argument("number", metavar="NUMBER")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=_show)

    listing = _command(commands, "list", "the cases, newest first: number, status, dates")
    listing.add_argument("--status", choices=STATUSES)
    listing.add_argument("--year", type=positive_int, metavar="YEAR")
    listing.add_argument("--mine", action="store_true", help="only cases assigned to --as USERNAME")
    listing.set_defaults(handler=_list)

    move = _command(commands, "move", "move a case along (start, agree, fail, …)")
    move.add_argument("number", metavar="NUMBER")
    move.add_argument("action", choices=ACTIONS)
    move.add_argument("--on", metavar="DATE", help="the day (default today)")
    move.add_argument("--kind", choices=("written", "oral"),
                      help="agree: a written agreement (saved beforehand) or an oral one (--note "
                      "records what was agreed)")  # fmt: skip
    move.add_argument("--referred-to", choices=("court", "arbitration", "department"),
                      help="fail: where the parties were referred")  # fmt: skip
    move.add_argument("--referred-name", default="", metavar="NAME",
                      help="fail: the court or department's name")  # fmt: skip
    move.add_argument("--note", default="", help="a note; oral agreements: their content; "
                      "follow_up: what the visit found")  # fmt: skip
    move.add_argument("--missing-note", default="", metavar="TEXT",
                      help="close: why required case-file items are missing")  # fmt: skip
    move.set_defaults(handler=_move)

    extend = _command(commands, "extend", "extend the deadline with both parties' consent")
    extend.add_argument("number", metavar="NUMBER")
    extend.add_argument("--until", required=True, metavar="DATE")
    extend.add_argument("--consent", required=True, metavar="TEXT", help="how both parties consented")
    extend.set_defaults(handler=_extend)

    printing = _command(commands, "print", "write one of the case's documents as PDF")
    printing.add_argument("number", metavar="NUMBER")
    printing.add_argument("--document", required=True, choices=DOCUMENTS,
                          help="agreement 协议书, oral 口头协议登记表, record 调解笔录, rights "
                          "权利义务告知书, intake 受理登记表, checklist 卷宗目录")  # fmt: skip
    printing.add_argument("--entry", type=positive_int, metavar="ID",
                          help="record: the session entry (default the latest)")  # fmt: skip
    printing.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=Path)
    printing.add_argument("--unmasked", action="store_true",
                          help="full ID numbers of the parties (allowed roles; audited)")  # fmt: skip
    printing.set_defaults(handler=_print)


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str
) -> argparse.ArgumentParser:
    command = commands.add_parser(name, parents=[common_options()], help=text, description=text)
    command.add_argument("--as", dest="as_user", metavar="USERNAME",
                         help="act as this user (default: the system account)")  # fmt: skip
    return command


def _open_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    opening = _command(commands, "open", "register a case (prints its number)")
    opening.add_argument("--type", required=True, metavar="TYPE", help="dispute type (邻里, 物业, …)")
    opening.add_argument("--source", choices=SOURCES, default="application",
                         help="where the case came from (default application)")  # fmt: skip
    opening.add_argument("--summary-file", required=True, metavar="F", type=Path,
                         help="UTF-8 text of the dispute's summary ('-': standard input)")  # fmt: skip
    for role in ("applicant", "respondent", "third-party"):
        words = role.replace("-", " ")
        opening.add_argument(f"--{role}", action="append", default=[], metavar="NAME[,ID[,PHONE]]",
                             help=f"{words} typed in: name, ID number, phone (repeatable)")  # fmt: skip
        opening.add_argument(f"--resident-{role}", action="append", default=[], metavar="ID_NUMBER",
                             help=f"{words} from the registry, by ID number (repeatable)")  # fmt: skip
    opening.add_argument("--mediator", required=True, metavar="USERNAME", help="the lead mediator")
    opening.add_argument("--assistant", action="append", default=[], metavar="USERNAME",
                         help="an assistant mediator (repeatable)")  # fmt: skip
    opening.add_argument("--place", metavar="PATH",
                         help='where it arose: node id or names ("幸福社区/第一网格")')  # fmt: skip
    opening.add_argument(
        "--at-risk", action="store_true", help="at risk of turning criminal (防止民转刑)"
    )
    opening.add_argument("--date", metavar="DATE", help="date of registration (default today)")
    opening.set_defaults(handler=_open)


# --- handlers --------------------------------------------------------------------------------------
def _open(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.mediation import CaseSource
    from gridgov_desktop.services.mediation_cases import dispute_types, open_case, user_actor
    from gridgov_desktop.services.mediation_types import NewCase
    from gridgov_desktop.services.org import resolve_node
    from gridgov_desktop.services.service_requests import local_now

    db = open_database(args)
    types = {name: type_id for type_id, name in dispute_types(db)}
    if args.type.strip() not in types:
        known = "、".join(types)
        raise CommandError(say(args, f"没有纠纷类型“{args.type}”。可选：{known}",
                               f"no dispute type “{args.type}”; choose from {known}"))  # fmt: skip
    lead = user_actor(db, args.mediator).user_id
    assert lead is not None
    new = NewCase(
        registered_on=parse_date_argument(args, args.date) if args.date else local_now().date(),
        source=CaseSource(args.source),
        dispute_type_id=types[args.type.strip()],
        summary=_read_text(args, args.summary_file),
        parties=_parties(args, db),
        lead_mediator_id=lead,
        assistant_ids=tuple(_user_id(db, name) for name in args.assistant),
        node_id=resolve_node(db, args.place).id if args.place else None,
        at_risk=args.at_risk,
    )
    detail = open_case(db, _actor(args, db), new)
    print(detail.summary.number)
    print(say(args, f"调解期限 {detail.summary.deadline_on:%Y-%m-%d}",
              f"deadline {detail.summary.deadline_on:%Y-%m-%d}"), file=sys.stderr)  # fmt: skip
    return EXIT_OK


def _parties(args: argparse.Namespace, db: Database) -> tuple[PartyDraft, ...]:
    from gridgov_desktop.domain.errors import NotFound
    from gridgov_desktop.domain.id_number import parse_id_number
    from gridgov_desktop.domain.mediation import PartyRole
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.mediation_types import PartyDraft
    from gridgov_desktop.services.service_requests import resident_id_by_number

    parties: list[PartyDraft] = []
    for role, typed, registry in (
        (PartyRole.APPLICANT, args.applicant, args.resident_applicant),
        (PartyRole.RESPONDENT, args.respondent, args.resident_respondent),
        (PartyRole.THIRD_PARTY, args.third_party, args.resident_third_party),
    ):
        for number in registry:
            found = resident_id_by_number(db, SYSTEM, parse_id_number(number).number)
            if found is None:
                raise NotFound(entity="resident", key=number)
            parties.append(PartyDraft(role, "", resident_id=found))
        for text in typed:
            parts = [p.strip() for p in text.replace("，", ",").split(",")] + ["", ""]
            parties.append(PartyDraft(role, parts[0], id_number=parts[1], phone=parts[2]))
    return tuple(parties)


def _note(args: argparse.Namespace) -> int:
    import datetime as dt

    from gridgov_desktop.domain.mediation import EntryKind
    from gridgov_desktop.services.mediation_journal import add_entry

    db = open_database(args)
    when = None
    if args.at:
        when = dt.datetime.combine(parse_date_argument(args, args.at), dt.time(9, 0))
    entry = add_entry(
        db,
        _actor(args, db),
        _case_id(db, args),
        EntryKind(args.kind),
        _read_text(args, args.text_file),
        occurred_at=when,
        place=args.place,
        attendees=args.attendees,
        agreed=_read_text(args, args.agreed_file) if args.agreed_file else "",
        corrects_id=args.corrects,
    )
    print(entry.id)
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.errors import PermissionDenied
    from gridgov_desktop.services.mediation_cases import case_summary, get_case

    db = open_database(args)
    actor = _actor(args, db)
    try:
        detail = get_case(db, actor, args.number)
    except PermissionDenied:
        summary = case_summary(db, actor, args.number)
        if args.json:
            print(json.dumps(summary_json(summary), ensure_ascii=False, indent=1))
        else:
            print(summary_line(summary))
            print(say(args, "（案件内容保密：仅承办调解员可查看）",
                      "(the case's contents are confidential: its mediators only)"))  # fmt: skip
        return EXIT_OK
    if args.json:
        print(json.dumps(detail_json(detail), ensure_ascii=False, indent=1))
        return EXIT_OK
    print("\n".join(detail_lines(args, detail)))
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.mediation import CaseStatus
    from gridgov_desktop.services.mediation_cases import list_cases

    db = open_database(args)
    cases = list_cases(
        db,
        _actor(args, db),
        status=CaseStatus(args.status) if args.status else None,
        year=args.year,
        mine_only=args.mine,
    )
    for summary in cases:
        print(summary_line(summary))
    # The count on stderr, as `gridgov search` does: stdout stays one case a line for scripts.
    print(say(args, f"共 {len(cases)} 件", f"{len(cases)} cases"), file=sys.stderr)
    return EXIT_OK


def _move(args: argparse.Namespace) -> int:
    from gridgov_desktop.domain.mediation import AgreementKind, CaseAction, ReferredTo
    from gridgov_desktop.services.mediation_cases import case_summary, move_case

    db = open_database(args)
    actor = _actor(args, db)
    current = case_summary(db, actor, args.number)
    detail = move_case(
        db,
        actor,
        current.id,
        CaseAction(args.action),
        expected_version=current.version,
        on=parse_date_argument(args, args.on) if args.on else None,
        agreement_kind=AgreementKind(args.kind) if args.kind else None,
        referred_to=ReferredTo(args.referred_to) if args.referred_to else None,
        referred_to_name=args.referred_name,
        note=args.note,
        missing_items_note=args.missing_note,
    )
    print(f"{detail.summary.number} {detail.summary.status.label_zh}")
    return EXIT_OK


def _extend(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.mediation_cases import case_summary, extend_deadline

    db = open_database(args)
    actor = _actor(args, db)
    current = case_summary(db, actor, args.number)
    detail = extend_deadline(
        db, actor, current.id, parse_date_argument(args, args.until), args.consent,
        expected_version=current.version,
    )  # fmt: skip
    print(f"{detail.summary.number} {detail.summary.deadline_on:%Y-%m-%d}")
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.mediation_documents_data import case_document

    db = open_database(args)
    data = case_document(
        db, _actor(args, db), args.number, args.document, args.entry, reveal=args.unmasked
    )
    write_atomically(args, args.output, data)
    print(args.output)
    return EXIT_OK


# --- helpers ---------------------------------------------------------------------------------------
def _actor(args: argparse.Namespace, db: Database) -> Actor:
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.mediation_cases import user_actor

    return user_actor(db, args.as_user) if args.as_user else SYSTEM


def _user_id(db: Database, username: str) -> int:
    from gridgov_desktop.services.mediation_cases import user_actor

    user_id = user_actor(db, username).user_id
    assert user_id is not None
    return user_id


def _case_id(db: Database, args: argparse.Namespace) -> int:
    from gridgov_desktop.services.mediation_cases import case_summary

    return case_summary(db, _actor(args, db), args.number).id


def _read_text(args: argparse.Namespace, path: Path) -> str:
    if str(path) == "-":
        return sys.stdin.read()
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            say(args, f"{path} 不是 UTF-8 文本文件", f"{path} is not UTF-8 text")
        ) from None
    except OSError as error:
        raise CommandError(
            say(args, f"无法读取 {path}：{error.strerror}", f"cannot read {path}: {error.strerror}")
        ) from None
