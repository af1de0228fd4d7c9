"""`gridgov demo`: a fictional street to try the app on."""

from __future__ import annotations

import argparse
import sys

from gridgov_desktop.cli.common import (
    EXIT_OK,
    common_options,
    open_database,
    positive_int,
    say,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", parents=[common_options()], help="build a fictional demo street")
    demo.add_argument("--residents", type=positive_int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=2026, metavar="S")
    demo.add_argument(
        "--requests",
        type=int,
        default=0,
        metavar="N",
        help="also add N service requests of the last two months (e.g. 240; default none)",
    )
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from gridgov_desktop.services.demo import build_demo_street

    db = open_database(args)
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    summary = build_demo_street(
        db, residents=args.residents, seed=args.seed, progress=progress, requests=args.requests
    )
    if interactive:
        print(file=sys.stderr)
    print(
        say(
            args,
            f"已生成演示街道「{summary.street_name}」：{summary.communities} 个社区，"
            f"{summary.grids} 个网格，{summary.compounds} 个小区，{summary.households:,} 户，"
            f"{summary.residents:,} 人（用时 {summary.seconds:.1f} 秒）。",
            f"built demo street {summary.street_name}: {summary.communities} communities, "
            f"{summary.grids} grids, {summary.compounds} compounds, {summary.households:,} households, "
            f"{summary.residents:,} residents in {summary.seconds:.1f} s",
        )
    )
    return EXIT_OK
