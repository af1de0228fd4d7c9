"""`gridgov backup` and `gridgov restore`: the whole database to a file and back.

    gridgov backup [-o FILE] [--keep N] [--encrypt [--passphrase-stdin]]
    gridgov restore FILE [--passphrase-stdin] [--yes]

Without ``-o`` a backup goes to the ``backups`` folder beside the SQLite file (PostgreSQL: in the
user data folder), where the newest N are kept. Backups are encrypted with ``--encrypt``, or always
when ``GRIDGOV_BACKUP_PASSPHRASE`` is set. A restore checks the file, asks, keeps the current
database aside and replaces it. Both run as the system user (the machine's operator) and are audited.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import EXIT_OK, CommandError, common_options, positive_int, say

if TYPE_CHECKING:
    Parsers = argparse._SubParsersAction[argparse.ArgumentParser]

PASSPHRASE_ENV = "GRIDGOV_BACKUP_PASSPHRASE"  # the same name as db.backup_crypto.PASSPHRASE_ENV
DEFAULT_KEEP = 14  # the same as db.backup.DEFAULT_KEEP (that module is not imported at start-up)


def register(sub: Parsers) -> None:
    backing_up = sub.add_parser(
        "backup",
        parents=[common_options()],
        help="back up the database (checked; SQLite online copy, PostgreSQL pg_dump)",
    )
    backing_up.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write here (never rotated)"
    )
    backing_up.add_argument(
        "--keep",
        metavar="N",
        type=positive_int,
        default=DEFAULT_KEEP,
        help=f"backups kept in the backup folder (default {DEFAULT_KEEP})",
    )
    backing_up.add_argument(
        "--encrypt", action="store_true", help=f"encrypt with a passphrase (or ${PASSPHRASE_ENV})"
    )
    backing_up.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    backing_up.set_defaults(handler=_back_up)

    restoring = sub.add_parser(
        "restore",
        parents=[common_options()],
        help="replace the database by a backup (checked first; the current one is kept aside)",
    )
    restoring.add_argument("file", metavar="FILE", type=Path)
    restoring.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    restoring.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restoring.set_defaults(handler=_restore)


def _back_up(args: argparse.Namespace) -> int:
    from gridgov_desktop.cli.common import open_database
    from gridgov_desktop.db import backup
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args, migrate_schema=False)
    passphrase = None
    if args.encrypt or args.passphrase_stdin:
        passphrase = _passphrase(args, confirm=True)
    elif os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    try:
        result = backup.back_up(
            db,
            SYSTEM,
            folder=backup.backup_folder(db.url),
            output=args.output.expanduser().absolute() if args.output else None,
            keep=args.keep,
            passphrase=passphrase,
        )
    finally:
        db.dispose()
    size = _size(result.size)
    locked = say(args, "，已加密", ", encrypted") if result.encrypted else ""
    print(
        say(
            args,
            f"已备份到 {result.path}（{size}，已校验{locked}）",
            f"backed up to {result.path} ({size}, verified{locked})",
        )
    )
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from gridgov_desktop.cli.common import open_database
    from gridgov_desktop.db import backup
    from gridgov_desktop.db.backup_crypto import is_encrypted
    from gridgov_desktop.services.actor import SYSTEM

    source = args.file.expanduser().absolute()
    db = open_database(args, migrate_schema=False)
    try:
        passphrase = None
        if source.is_file() and is_encrypted(source):
            passphrase = _passphrase(args, confirm=False)
        checked = backup.check_backup(db, source, passphrase)
        _confirm(args, source, db.description, checked.revision)
        result = backup.restore(
            db, SYSTEM, source, passphrase=passphrase, folder=backup.backup_folder(db.url)
        )
    finally:
        db.dispose()
    print(
        say(
            args,
            f"已从 {source} 恢复数据库：{db.description}",
            f"restored {db.description} from {source}",
        )
    )
    if result.kept_aside is not None:
        print(
            say(
                args,
                f"恢复前的数据库已另存为 {result.kept_aside}",
                f"the database as it was before is kept as {result.kept_aside}",
            )
        )
    return EXIT_OK


def _confirm(args: argparse.Namespace, source: Path, database: str, revision: str) -> None:
    if args.yes:
        return
    if args.passphrase_stdin or not sys.stdin.isatty():
        raise CommandError(
            say(
                args,
                "无法交互确认（标准输入不是终端）：确认要恢复时请加 --yes。未做任何改动。",
                "cannot ask for confirmation (standard input is not a terminal): add --yes to "
                "restore. Nothing was changed.",
            )
        )
    answer = input(
        say(
            args,
            f"用备份 {source}（数据库版本 {revision}）替换数据库 {database}？"
            "当前数据库会先另存。请先在所有窗口关闭本程序。继续吗？[y/N] ",
            f"Replace the database {database} by the backup {source} (schema {revision})? "
            "The current database is kept aside first. Close the app at every desk first. "
            "Go on? [y/N] ",
        )
    )
    if answer.strip().lower() not in ("y", "yes", "是"):
        raise CommandError(say(args, "已取消，未做任何改动。", "cancelled; nothing was changed"))


def _passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")
        if not passphrase:
            raise CommandError(say(args, "标准输入中没有口令。", "no passphrase on standard input"))
        return passphrase
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CommandError(
            say(
                args,
                f"无法交互输入口令：请使用 --passphrase-stdin 或设置 {PASSPHRASE_ENV}。",
                f"cannot prompt for a passphrase: use --passphrase-stdin or set {PASSPHRASE_ENV}",
            )
        )
    passphrase = getpass.getpass(say(args, "备份口令：", "Backup passphrase: "))
    if not passphrase:
        raise CommandError(say(args, "口令不能为空。", "the passphrase is empty"))
    if confirm and getpass.getpass(say(args, "再次输入口令：", "Repeat the passphrase: ")) != passphrase:
        raise CommandError(say(args, "两次输入的口令不一致。", "the passphrases differ"))
    return passphrase


def _size(size: int) -> str:
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}" if size >= 1024 else f"{size} B"
    return f"{size} B"
