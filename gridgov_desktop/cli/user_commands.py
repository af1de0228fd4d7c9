"""`gridgov user …`: accounts — create, list, reset or change a password, disable, role, grids, unlock.

These run as the system (whoever controls the machine), except ``passwd``, which changes a user's own
password and therefore asks for the old one.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import (
    EXIT_OK,
    CommandError,
    common_options,
    open_database,
    read_password,
    say,
)
from gridgov_desktop.domain.enums import UserRole

if TYPE_CHECKING:
    from gridgov_desktop.services.users import UserInfo

_ROLE_NAMES = {
    UserRole.ADMIN: ("管理员", "administrator"),
    UserRole.FRONT_DESK: ("窗口人员", "front desk"),
    UserRole.MEDIATOR: ("调解员", "mediator"),
    UserRole.GRID_WORKER: ("网格员", "grid worker"),
    UserRole.HEAD: ("主任（只读）", "office head (read-only)"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = common_options()
    user = sub.add_parser("user", parents=[common], help="user accounts")
    user_sub = user.add_subparsers(title="user commands", metavar="ACTION", required=True)
    roles = [r.value for r in UserRole]

    add = user_sub.add_parser("add", parents=[common], help="create an account")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument("--display-name", default="", help="name shown in the app (default: NAME)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_user_add)

    listing = user_sub.add_parser("list", parents=[common], help="every account and its state")
    listing.set_defaults(handler=_user_list)

    reset = user_sub.add_parser(
        "reset-password",
        parents=[common],
        help="give an account a temporary password, to be changed at its next login",
    )
    reset.add_argument("name", metavar="NAME")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    reset.set_defaults(handler=_user_reset_password)

    passwd = user_sub.add_parser(
        "passwd", parents=[common], help="change your own password (asks the old one)"
    )
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument(
        "--password-stdin",
        action="store_true",
        help="read two lines from stdin: the old password, then the new one",
    )
    passwd.set_defaults(handler=_user_passwd)

    for action, helptext, active in (
        ("disable", "disable an account", False),
        ("enable", "enable it again", True),
    ):
        toggle = user_sub.add_parser(action, parents=[common], help=helptext)
        toggle.add_argument("name", metavar="NAME")
        toggle.set_defaults(handler=_user_set_active, active=active)

    role = user_sub.add_parser("role", parents=[common], help="give an account another role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", metavar="ROLE", choices=roles)
    role.set_defaults(handler=_user_role)

    grids = user_sub.add_parser(
        "grids",
        parents=[common],
        help="show, or with --grid set, the grids a grid worker looks after",
    )
    grids.add_argument("name", metavar="NAME")
    grids.add_argument(
        "--grid",
        action="append",
        metavar="PATH_OR_ID",
        help="a grid (node id or names joined by /); repeat for several; --grid '' clears them",
    )
    grids.set_defaults(handler=_user_grids)

    unlock = user_sub.add_parser("unlock", parents=[common], help="end a lockout after failed logins")
    unlock.add_argument("name", metavar="NAME")
    unlock.set_defaults(handler=_user_unlock)


def role_name(args: argparse.Namespace, role: UserRole) -> str:
    zh, en = _ROLE_NAMES[role]
    return say(args, zh, en)


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


def _user_list(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    for user in accounts.list_users(db, SYSTEM):
        print("\t".join(_describe(args, user)))
    return EXIT_OK


def _describe(args: argparse.Namespace, user: UserInfo) -> list[str]:
    state = [say(args, "启用", "active") if user.is_active else say(args, "已停用", "disabled")]
    if user.is_locked() and user.locked_until is not None:
        until = user.locked_until.isoformat(sep=" ", timespec="minutes")
        state.append(say(args, f"锁定至 {until}（UTC）", f"locked until {until} (UTC)"))
    if user.must_change_password:
        state.append(say(args, "须修改密码", "must change password"))
    last = (
        user.last_login_at.isoformat(sep=" ", timespec="minutes")
        if user.last_login_at
        else say(args, "从未登录", "never logged in")
    )
    columns = [user.username, user.display_name, role_name(args, user.role), "，".join(state)]
    columns.append(say(args, f"最近登录 {last}", f"last login {last}"))
    if user.grid_names:
        columns.append(say(args, "网格：", "grids: ") + "、".join(user.grid_names))
    return columns


def _user_reset_password(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    password = read_password(args, confirm=True)
    accounts.reset_password(db, SYSTEM, user.id, password)
    print(
        say(
            args,
            f"已为 {user.username} 设置临时密码；下次登录时须修改密码。",
            f"temporary password set for {user.username}: it must be changed at the next login",
        )
    )
    return EXIT_OK


def _user_passwd(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    old, new = _old_and_new_password(args)
    accounts.change_own_password(db, user.actor, old, new)
    print(say(args, f"{user.username} 的密码已修改。", f"password of {user.username} changed"))
    return EXIT_OK


def _old_and_new_password(args: argparse.Namespace) -> tuple[str, str]:
    if args.password_stdin:
        old = sys.stdin.readline().rstrip("\r\n")
        new = sys.stdin.readline().rstrip("\r\n")
        if not old or not new:
            raise CommandError(
                say(
                    args,
                    "标准输入中应有两行：原密码和新密码。",
                    "standard input must hold two lines: the old password and the new one",
                )
            )
        return old, new
    old = read_password(args, confirm=False, prompt=("原密码：", "Old password: "))
    return old, read_password(args, confirm=True, prompt=("新密码：", "New password: "))


def _user_set_active(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    accounts.set_active(db, SYSTEM, user.id, args.active)
    if args.active:
        print(say(args, f"已启用 {user.username}。", f"enabled {user.username}"))
    else:
        print(say(args, f"已停用 {user.username}。", f"disabled {user.username}"))
    return EXIT_OK


def _user_role(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    role = UserRole(args.role)
    accounts.set_role(db, SYSTEM, user.id, role)
    name = role_name(args, role)
    print(say(args, f"{user.username} 的角色已改为{name}。", f"{user.username} is now {name}"))
    return EXIT_OK


def _user_grids(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts, org
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    if args.grid is not None:
        node_ids = [org.resolve_node(db, text).id for text in args.grid if text.strip()]
        user = accounts.set_user_grids(db, SYSTEM, user.id, node_ids)
    if user.grid_names:
        print(say(args, f"{user.username} 负责的网格：", f"grids of {user.username}: "), end="")
        print("、".join(user.grid_names))
    else:
        print(say(args, f"{user.username} 未分配网格。", f"{user.username} has no grids"))
    return EXIT_OK


def _user_unlock(args: argparse.Namespace) -> int:
    from gridgov_desktop.services import accounts
    from gridgov_desktop.services.actor import SYSTEM

    db = open_database(args)
    user = accounts.find_user(db, SYSTEM, args.name)
    accounts.unlock_account(db, SYSTEM, user.id)
    print(say(args, f"已解除 {user.username} 的锁定。", f"{user.username} unlocked"))
    return EXIT_OK
