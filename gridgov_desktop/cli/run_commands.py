"""`gridgov` / `gridgov run`: the application."""

from __future__ import annotations

import argparse

from gridgov_desktop.cli.common import (
    CommandError,
    common_options,
    read_password,
    say,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = sub.add_parser("run", parents=[common_options()], help="start the application (the default)")
    add_run_options(run)
    run.set_defaults(handler=run_app)


def add_run_options(parser: argparse.ArgumentParser) -> None:
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


def run_app(args: argparse.Namespace) -> int:
    from gridgov_desktop.db.engine import resolve_database_url

    password = None
    if args.user:
        password = read_password(args, confirm=False) if args.password_stdin else None
        if password is None:
            raise CommandError(
                say(args, "--user 需要同时使用 --password-stdin。", "--user needs --password-stdin")
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
