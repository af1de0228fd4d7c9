"""Verifying the audit log's hash chain on SQLite: entries per second, against hashing the same
entries in a bare loop (no database) in the same run — the ratio is what reading the log costs.

    .venv/bin/python bench/audit_verify.py [--entries 200000]

Target (issue 6): a million entries verified in seconds, i.e. ≥ 200,000 entries/s; ratio ≤ 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path

from common import DATA_DIR

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.audit_chain import verify_chain


def build_log(db: Database, entries: int) -> list[dict[str, object]]:
    """``entries`` chained entries written in one transaction; returns their column values."""
    from gridgov_desktop.db.tables import AuditEntry

    start = dt.datetime(2026, 1, 1)
    prev, rows = audit.GENESIS_HASH, []
    for i in range(entries):
        values = audit.entry_values(
            SYSTEM, "update", "resident", i, {"name": "张三明", "phone": "138****5678"},
            {"name": "张三明", "phone": "139****0000"}, prev, start + dt.timedelta(seconds=i),
        )  # fmt: skip
        rows.append(values)
        prev = values["entry_hash"]
    with db.session(write=True) as session:
        session.execute(AuditEntry.__table__.insert(), rows)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=200_000)
    args = parser.parse_args()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=DATA_DIR) as folder:
        db = Database(f"sqlite:///{Path(folder) / 'audit.sqlite3'}")
        migrate.upgrade(db)
        rows = build_log(db, args.entries)
        started = time.perf_counter()
        for values in rows:
            if audit.hash_of(values) != values["entry_hash"]:
                raise SystemExit("bare loop: hash mismatch")
        bare = time.perf_counter() - started
        started = time.perf_counter()
        report = verify_chain(db, SYSTEM)
        seconds = time.perf_counter() - started
        db.dispose()
    assert report.ok and report.count == args.entries, report
    print(f"entries          {args.entries:>12,}")
    print(f"verify_chain     {seconds:>12.2f} s   {args.entries / seconds:>12,.0f} entries/s")
    print(f"bare hash loop   {bare:>12.2f} s   {args.entries / bare:>12,.0f} entries/s")
    print(f"ratio            {seconds / bare:>12.2f}×")


if __name__ == "__main__":
    main()
