"""`gridgov search`: what the search box would show."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gridgov_desktop.services.search import ResidentHit

from gridgov_desktop.cli.common import (
    EXIT_FOUND_NOTHING,
    EXIT_OK,
    common_options,
    open_database,
    positive_int,
    say,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser(
        "search", parents=[common_options()], help="what the search box would show (masked)"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=positive_int, default=50, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON instead of a table")
    search.set_defaults(handler=_search)


def _search(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.search import search_residents

    db = open_database(args)
    from gridgov_desktop.services.actor import SYSTEM

    hits = search_residents(db, SYSTEM, args.text, limit=args.limit)
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
        print(say(args, f"共 {len(hits)} 人", f"{len(hits)} found"), file=sys.stderr)
    return EXIT_OK if hits else EXIT_FOUND_NOTHING


def _hit_json(hit: ResidentHit) -> dict[str, object]:
    data: dict[str, object] = hit.row._asdict()
    data["sex"] = hit.row.sex.value
    data["status"] = hit.row.status.value
    data["match"] = hit.match.value
    return data
