"""`gridgov print`: the registers as PDF files, masked as any printed list is.

The command line acts as the system (``services.actor.SYSTEM``) and never prints unmasked ID
numbers or phones: revealing them is a decision an administrator takes, logged in, in the GUI.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.cli.common import (
    EXIT_OK,
    common_options,
    open_database,
    say,
    write_atomically,
)

if TYPE_CHECKING:
    from gridgov_desktop.db.engine import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = sub.add_parser("print", parents=[common_options()], help="print a register to a PDF file")
    registers = printing.add_subparsers(title="registers", metavar="REGISTER", required=True)
    residents = registers.add_parser(
        "residents",
        parents=[common_options()],
        help="居民花名册 (by building) or 户籍登记表 (by household), IDs and phones masked",
    )
    residents.add_argument(
        "--by",
        choices=("building", "household"),
        default="building",
        help="building: 居民花名册; household: 户籍登记表 (default: building)",
    )
    roles = registers.add_parser(
        "roles", parents=[common_options()], help="网格工作人员通讯录: who holds which role, with phone"
    )
    for command in (residents, roles):
        command.add_argument(
            "--node",
            metavar="PATH",
            help='the part of the tree: an id, or names from the top ("幸福社区/第一网格"); '
            "default: everything",
        )
        command.add_argument("-o", "--output", required=True, metavar="FILE.pdf", type=Path)
    residents.set_defaults(handler=_print_residents)
    roles.set_defaults(handler=_print_roles)


def _print_residents(args: argparse.Namespace) -> int:
    from gridgov_desktop.pdf.resident_registers import register_pdf
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.registers import RegisterKind, resident_register

    db = open_database(args)
    node_id = _node_id(db, args.node)
    by_household = args.by == "household"
    kind = RegisterKind.HOUSEHOLDS if by_household else RegisterKind.RESIDENTS_BY_BUILDING
    data = resident_register(db, SYSTEM, node_id, kind=kind)
    write_atomically(args, args.output, register_pdf(data))
    title = "户籍登记表" if by_household else "居民花名册"
    print(
        say(
            args,
            f"已生成{title}：{data.household_count:,} 户 {data.resident_count:,} 人 → {args.output}",
            f"wrote {args.by} register: {data.household_count:,} households, "
            f"{data.resident_count:,} residents → {args.output}",
        )
    )
    return EXIT_OK


def _print_roles(args: argparse.Namespace) -> int:
    from gridgov_desktop.pdf.resident_registers import register_pdf
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.registers import roles_register

    db = open_database(args)
    data = roles_register(db, SYSTEM, _node_id(db, args.node))
    write_atomically(args, args.output, register_pdf(data))
    count = len(data.entries)
    print(
        say(
            args,
            f"已生成网格工作人员通讯录：{count:,} 人 → {args.output}",
            f"wrote the roles contact sheet: {count:,} people → {args.output}",
        )
    )
    return EXIT_OK


def _node_id(db: Database, text: str | None) -> int | None:
    from gridgov_desktop.services.org import resolve_node

    return None if text is None else resolve_node(db, text).id
