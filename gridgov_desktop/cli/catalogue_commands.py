"""`gridgov catalogue`: the service catalogue as the window sees it (list, show), and its seed."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import TYPE_CHECKING, Any

from gridgov_desktop.cli.common import EXIT_OK, common_options, open_database, say

if TYPE_CHECKING:
    from gridgov_desktop.services.service_types import ServiceVersion


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = common_options()
    group = sub.add_parser("catalogue", parents=[common], help="the service catalogue")
    actions = group.add_subparsers(title="catalogue commands", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[common], help="services offered: code, name, time limit, department"
    )
    listing.add_argument("--all", action="store_true", help="include services no longer offered")
    listing.set_defaults(handler=_list)
    show = actions.add_parser(
        "show", parents=[common], help="one service with its materials (current version)"
    )
    show.add_argument("code", metavar="CODE")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(handler=_show)
    seed = actions.add_parser(
        "seed", parents=[common], help="fill an empty catalogue from resources/seed/services.json"
    )
    seed.set_defaults(handler=_seed)


def _list(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.catalogue import list_services

    services = list_services(open_database(args), include_inactive=args.all)
    for service in services:
        columns = [service.code, service.name, _time_limit(args, service), service.department]
        if not service.is_active:
            columns.append(say(args, "已停用", "inactive"))
        print("\t".join(columns))
    print(say(args, f"共 {len(services)} 项", f"{len(services)} services"), file=sys.stderr)
    if not services and not args.all:
        hint = say(args, "目录为空？可用 gridgov catalogue seed 写入初始目录。", "empty? "
                   "`gridgov catalogue seed` fills an empty catalogue.")  # fmt: skip
        print(hint, file=sys.stderr)
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.catalogue import get_service

    service = get_service(open_database(args), args.code)
    if args.json:
        print(json.dumps(_json(service), ensure_ascii=False, indent=1))
        return EXIT_OK
    state = "" if service.is_active else say(args, "（已停用）", " (inactive)")
    print(
        f"{service.name}  [{service.code}]  "
        + say(args, f"第{service.number}版", f"version {service.number}")
        + state
    )
    for zh, en, value in (
        ("办理部门", "Department", service.department),
        ("设定依据", "Legal basis", service.legal_basis),
        ("办理条件", "Conditions", service.conditions),
        ("收费标准", "Fee", service.fee),
        ("承诺时限", "Time limit", _time_limit(args, service)),
        ("是否取件", "Collect", say(args, "需本人或代理人取件", "the resident comes back to collect")
         if service.must_collect else say(args, "无需取件", "nothing to collect")),
    ):  # fmt: skip
        print(f"{say(args, zh + '：', en + ': ')}{value or '—'}")
    print(say(args, "申请材料：", "Materials:"))
    for material in service.materials:
        needed = say(args, "必交", "mandatory") if material.mandatory else say(args, "选交", "optional")
        note = f"  {material.note}" if material.note else ""
        print(f"  {material.position}. {material.description_zh}  {needed}{note}")
    return EXIT_OK


def _seed(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.catalogue import ensure_seed_catalogue

    db = open_database(args)
    with db.session(write=True) as session:
        added = ensure_seed_catalogue(session)
    print(
        say(args, f"已写入 {added} 项服务事项。", f"added {added} services")
        if added
        else say(args, "服务事项目录已有内容，未作改动。", "the catalogue is not empty: nothing added")
    )
    return EXIT_OK


def _time_limit(args: argparse.Namespace, service: ServiceVersion) -> str:
    days = service.time_limit_days
    if days == 0:
        return say(args, "当场办结", "on the spot")
    return say(args, f"{days}个工作日", f"{days} working days")


def _json(service: ServiceVersion) -> dict[str, Any]:
    data = dataclasses.asdict(service)
    data["version"] = data.pop("number")
    for material in data["materials"]:
        material["form"] = str(material["form"])
    return data
