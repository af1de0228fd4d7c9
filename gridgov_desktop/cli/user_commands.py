"""`gridgov user add`: accounts."""

from __future__ import annotations

import argparse

from gridgov_desktop.cli.common import (
    EXIT_OK,
    common_options,
    open_database,
    read_password,
    say,
)
from gridgov_desktop.domain.enums import UserRole


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = common_options()
    user = sub.add_parser("user", parents=[common], help="user accounts")
    user_sub = user.add_subparsers(title="user commands", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", parents=[common], help="create an account")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=[r.value for r in UserRole])
    add.add_argument("--display-name", default="", help="name shown in the app (default: NAME)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_user_add)


def _user_add(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import users
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    password = read_password(args, confirm=True)
    user = users.add_user(db, SYSTEM, args.name, password, UserRole(args.role), args.display_name)
    print(
        say(
            args,
            f"已创建用户 {user.username}（{user.role.value}）。",
            f"created user {user.username} ({user.role.value})",
        )
    )
    return EXIT_OK
