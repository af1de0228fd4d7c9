"""The `gridgov` command line: the GUI launcher and the scripting interface for admins and tests.

Every command takes ``--db URL`` (else ``GRIDGOV_DATABASE_URL``, else the default SQLite file).
Errors are one line on stderr and a non-zero exit status, never a traceback: unexpected errors are
written in full to a log file whose path the line names.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop import __version__
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.search import ResidentHit

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FOUND_NOTHING = 3


class CommandError(Exception):
    """A failure already put in words for the user."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    command: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run)
    lang = args.lang
    try:
        return command(args)
    except DomainError as error:
        _fail(describe_error(error, lang))
    except CommandError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail("已取消。" if lang != "en" else "Cancelled.")
        return 130
    except Exception as error:
        log = _write_crash_log()
        _fail(
            f"内部错误：{type(error).__name__}: {error}（详情见 {log}）"
            if lang != "en"
            else f"Internal error: {type(error).__name__}: {error} (details in {log})"
        )
    return EXIT_ERROR


def _fail(message: str) -> None:
    print(f"gridgov: {message}", file=sys.stderr)


def _write_crash_log() -> Path:
    from platformdirs import user_log_path

    path = user_log_path("gridgov", appauthor=False, ensure_exists=True) / "cli-errors.log"
    with path.open("a", encoding="utf-8") as log:
        log.write(traceback.format_exc() + "\n")
    return path


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL or SQLite file (default: $GRIDGOV_DATABASE_URL, else the "
        "SQLite file in the user data folder)",
    )
    common.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=argparse.SUPPRESS,
        help="language of the interface and messages (default zh_CN)",
    )

    parser = argparse.ArgumentParser(
        prog="gridgov", parents=[common], description="gridgov: the street office's service hall."
    )
    parser.add_argument("--version", action="version", version=f"gridgov {__version__}")
    parser.set_defaults(db=None, lang=None)
    _add_run_options(parser)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    run = sub.add_parser("run", parents=[common], help="start the application (the default)")
    _add_run_options(run)
    run.set_defaults(handler=_run)

    db = sub.add_parser("db", parents=[common], help="database schema")
    db_sub = db.add_subparsers(title="db commands", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", parents=[common], help="apply pending migrations")
    upgrade.set_defaults(handler=_db_upgrade)
    current = db_sub.add_parser("current", parents=[common], help="show the schema revision")
    current.set_defaults(handler=_db_current)

    demo = sub.add_parser("demo", parents=[common], help="build a fictional demo street")
    demo.add_argument("--residents", type=_positive_int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.set_defaults(handler=_demo)

    user = sub.add_parser("user", parents=[common], help="user accounts")
    user_sub = user.add_subparsers(title="user commands", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", parents=[common], help="create an account")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    add.add_argument("--display-name", default="", help="name shown in the app (default: NAME)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_user_add)

    search = sub.add_parser("search", parents=[common], help="what the search box would show (masked)")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.set_defaults(handler=_search)
    return parser


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--theme", choices=("light", "dark"), default=None)
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="exit with status 0 once the main window shows its first data",
    )
    parser.add_argument("--user", metavar="NAME", default=None, help="log in as NAME without the dialog")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read --user's password from stdin"
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def _open(args: argparse.Namespace, *, migrate_schema: bool = True) -> Database:
    from gridgov_desktop.db import migrate
    from gridgov_desktop.db.engine import Database, resolve_database_url

    db = Database(resolve_database_url(args.db))
    if migrate_schema:
        if not migrate.is_up_to_date(db) and migrate.has_foreign_tables(db):
            raise CommandError(
                _t(args, "该数据库不是 gridgov 数据库：", "not a gridgov database: ") + db.description
            )
        migrate.upgrade(db)
    return db


def _t(args: argparse.Namespace, zh: str, en: str) -> str:
    from gridgov_desktop.messages import default_language

    return en if (args.lang or default_language()) == "en" else zh


def _read_password(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError(_t(args, "标准输入中没有密码。", "no password on standard input"))
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            _t(
                args,
                "无法交互输入密码：请使用 --password-stdin。",
                "cannot prompt for a password: use --password-stdin",
            )
        )
    password = getpass.getpass(_t(args, "密码：", "Password: "))
    if confirm and getpass.getpass(_t(args, "再次输入密码：", "Repeat password: ")) != password:
        raise CommandError(_t(args, "两次输入的密码不一致。", "the passwords differ"))
    return password


def _run(args: argparse.Namespace) -> int:
    from gridgov_desktop.db.engine import resolve_database_url

    password = None
    if args.user:
        password = _read_password(args, confirm=False) if args.password_stdin else None
        if password is None:
            raise CommandError(
                _t(args, "--user 需要同时使用 --password-stdin。", "--user needs --password-stdin")
            )
    from gridgov_desktop.app import run_gui

    status: int = run_gui(
        resolve_database_url(args.db),
        lang=args.lang,
        theme=args.theme,
        quit_after_show=args.quit_after_show,
        username=args.user,
        password=password,
    )
    return status


def _db_upgrade(args: argparse.Namespace) -> int:
    from gridgov_desktop.db import migrate

    db = _open(args, migrate_schema=False)
    if not migrate.is_up_to_date(db) and migrate.has_foreign_tables(db):
        raise CommandError(
            _t(args, "该数据库不是 gridgov 数据库：", "not a gridgov database: ") + db.description
        )
    before = migrate.current_revision(db)
    reached = migrate.upgrade(db)
    if before == reached:
        print(
            _t(
                args,
                f"数据库已是最新（{reached}）：{db.description}",
                f"database already up to date ({reached}): {db.description}",
            )
        )
    else:
        print(
            _t(
                args,
                f"数据库已升级 {before or '（空）'} → {reached}：{db.description}",
                f"database upgraded {before or '(empty)'} → {reached}: {db.description}",
            )
        )
    return EXIT_OK


def _db_current(args: argparse.Namespace) -> int:
    from gridgov_desktop.db import migrate

    db = _open(args, migrate_schema=False)
    revision = migrate.current_revision(db)
    state = "" if revision == migrate.HEAD_REVISION else _t(args, "（需要升级）", " (upgrade pending)")
    print(f"{revision or '-'}{state}  {db.description}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.demo import build_demo_street

    db = _open(args)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    summary = build_demo_street(db, residents=args.residents, seed=args.seed, progress=progress)
    if interactive:
        print(file=sys.stderr)
    print(
        _t(
            args,
            f"已生成演示街道「{summary.street_name}」：{summary.communities} 个社区，{summary.grids} 个网格，"
            f"{summary.compounds} 个小区，{summary.households:,} 户，{summary.residents:,} 人"
            f"（用时 {summary.seconds:.1f} 秒）。",
            f"built demo street {summary.street_name}: {summary.communities} communities, {summary.grids} grids, "
            f"{summary.compounds} compounds, {summary.households:,} households, {summary.residents:,} residents "
            f"in {summary.seconds:.1f} s",
        )
    )
    return EXIT_OK


def _user_add(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import users
    from gridgov_desktop.services.actor import SYSTEM

    db = _open(args)
    password = _read_password(args, confirm=True)
    user = users.add_user(db, SYSTEM, args.name, password, UserRole(args.role), args.display_name)
    print(
        _t(
            args,
            f"已创建用户 {user.username}（{user.role.value}）。",
            f"created user {user.username} ({user.role.value})",
        )
    )
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.search import search_residents

    db = _open(args)
    hits = search_residents(db, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([_hit_json(hit) for hit in hits], ensure_ascii=False, indent=1, default=str))
    else:
        for hit in hits:
            row = hit.row
            born = row.birth_date.isoformat() if row.birth_date else "-"
            print(
                "\t".join(
                    [
                        row.name,
                        row.sex.label_zh,
                        born,
                        row.id_number_masked or "-",
                        row.phone_masked or "-",
                        row.address or "-",
                        hit.match.value,
                    ]
                )
            )
        print(_t(args, f"共 {len(hits)} 人", f"{len(hits)} found"), file=sys.stderr)
    return EXIT_OK if hits else EXIT_FOUND_NOTHING


def _hit_json(hit: ResidentHit) -> dict[str, object]:
    data = asdict(hit.row)
    data["sex"] = hit.row.sex.value
    data["status"] = hit.row.status.value
    data["match"] = hit.match.value
    return data
