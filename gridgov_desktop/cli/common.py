"""What every command shares: opening the database, words in the user's language, passwords."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FOUND_NOTHING = 3


class CommandError(Exception):
    """A failure already put in words for the user."""


def common_options() -> argparse.ArgumentParser:
    """``--db`` and ``--lang``, accepted before or after the command name."""
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
    return common


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text}")
    return value


def open_database(args: argparse.Namespace, *, migrate_schema: bool = True) -> Database:
    from gridgov_desktop.db import migrate
    from gridgov_desktop.db.engine import Database, resolve_database_url

    db = Database(resolve_database_url(args.db))
    if migrate_schema:
        if not migrate.is_up_to_date(db) and migrate.has_foreign_tables(db):
            raise CommandError(
                say(args, "该数据库不是 gridgov 数据库：", "not a gridgov database: ") + db.description
            )
        migrate.upgrade(db)
    return db


def say(args: argparse.Namespace, zh: str, en: str) -> str:
    from gridgov_desktop.messages import default_language

    return en if (args.lang or default_language()) == "en" else zh


def read_password(
    args: argparse.Namespace, *, confirm: bool, prompt: tuple[str, str] = ("密码：", "Password: ")
) -> str:
    """One line of stdin with ``--password-stdin``, else asked at the terminal (``prompt`` in
    Chinese and English), twice when ``confirm``."""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError(say(args, "标准输入中没有密码。", "no password on standard input"))
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            say(
                args,
                "无法交互输入密码：请使用 --password-stdin。",
                "cannot prompt for a password: use --password-stdin",
            )
        )
    zh, en = prompt
    password = getpass.getpass(say(args, zh, en))
    if (
        confirm
        and getpass.getpass(say(args, f"再次输入{zh}", f"Repeat {en[0].lower()}{en[1:]}")) != password
    ):
        raise CommandError(say(args, "两次输入的密码不一致。", "the passwords differ"))
    return password


def write_atomically(args: argparse.Namespace, path: Path, data: bytes, suffix: str = ".pdf") -> None:
    """Write through a temporary file in the same folder: a failure never leaves half a PDF where
    a previous good one was."""
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".gridgov-", suffix=suffix, dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise CommandError(
            say(args, f"无法写入 {path}：{error.strerror}", f"cannot write {path}: {error.strerror}")
        ) from None


def parse_date_argument(args: argparse.Namespace, text: str) -> dt.date:
    """A date typed on the command line (2026-11-21, 2026/11/21, 2026年11月21日), or a one-line error."""
    from gridgov_desktop.services.calendar_file import CalendarRowError, parse_day

    try:
        return parse_day(text)
    except CalendarRowError as error:
        text = shown(text)
        if not text.strip():
            raise CommandError(say(args, "未填写日期。", "no date given")) from None
        if error.args_map["detail"] == "no_such_date":
            raise CommandError(say(args, f"日期不存在：{text}", f"no such date: {text}")) from None
        raise CommandError(
            say(
                args,
                f"日期无法识别：{text}（请写成 2026-11-21）",
                f"not a date: {text} (write 2026-11-21)",
            )
        ) from None


def shown(text: str, limit: int = 40) -> str:
    """What a user typed, fit to repeat in a one-line message: control characters as ``?`` (an
    escape sequence must not repaint the terminal), cut after ``limit`` characters."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in text[: limit + 1])
    return printable if len(printable) <= limit else printable[:limit] + "…"
