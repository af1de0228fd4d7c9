"""Build a 200,000-resident demo street into a fresh SQLite file and print how long it took.

Target: under 60 s on a 2-core machine. Usage::

    python bench/demo_build.py [--residents N] [--seed S] [--db URL] [--keep]

With ``--db postgresql://…`` it builds into that (empty, migrated or new) database instead. The phase
breakdown comes from the ``gridgov_desktop.services.demo`` logger.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gridgov_desktop.db import migrate  # noqa: E402
from gridgov_desktop.db.engine import Database, resolve_database_url  # noqa: E402
from gridgov_desktop.services.demo import build_demo_street  # noqa: E402

TARGET_SECONDS = 60.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", help="database URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file and print its path")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="  %(message)s")
    logging.getLogger("gridgov_desktop.services.demo").setLevel(logging.DEBUG)

    folder = Path(tempfile.mkdtemp(prefix="gridgov-demo-bench-"))
    path = folder / "demo.sqlite3"
    url = resolve_database_url(args.db) if args.db else f"sqlite:///{path}"
    db = Database(url)
    migrate.upgrade(db)
    last_report = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last_report[0] > 5 or done == total:
            print(f"  … {done:,} / {total:,}", file=sys.stderr)
            last_report[0] = now

    summary = build_demo_street(db, residents=args.residents, seed=args.seed, progress=progress)
    db.dispose()  # the last connection checkpoints the WAL into the database file
    rate = summary.residents / summary.seconds
    verdict = "OK" if summary.seconds < TARGET_SECONDS * args.residents / 200_000 else "TOO SLOW"
    print(
        f"{db.description}: {summary.residents:,} residents, {summary.households:,} households, "
        f"{summary.communities} communities, {summary.grids} grids, {summary.compounds} compounds, "
        f"{summary.buildings:,} buildings, {summary.units:,} units, {summary.roles:,} roles"
    )
    print(
        f"built in {summary.seconds:.1f} s = {rate:,.0f} residents/s "
        f"(target for 200,000: < {TARGET_SECONDS:.0f} s) {verdict}"
    )
    if db.is_sqlite:
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(f"database file: {size / 1e6:.0f} MB")
        if args.keep:
            print(f"kept: {path}")
        else:
            for file in folder.iterdir():
                file.unlink()
            os.rmdir(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
