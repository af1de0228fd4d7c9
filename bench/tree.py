"""The organisation tree at a district's scale: expanding a node and filtering, against raw sqlite3.

A district of 20 streets (~200 communities, ~1,000 compounds, ~70,000 households, 200,000 residents)
is built once with the demo builder (``streets=20``) and cached in bench/data. Then:

- expand: ``org.children`` (what the tree calls when a node is opened) for random nodes of every level
  with children — the district's root list, streets, communities, grids, compounds, buildings, units;
- filter: ``tree_filter.filter_tree`` for the texts a clerk types — one character, two characters, a
  compound's name, a household label.

Each call is timed best-of-5; median and p95 over the sampled nodes or texts. The baseline replays the
SQL statements the service sent for that call on a bare ``sqlite3`` connection, so the ratio is what
the service layer (fast read path or session, rows, dataclasses) costs on top of the queries.
Every statement's query plan is checked for full scans.

    .venv/bin/python bench/tree.py [--rounds 40]

Targets (issue 3): expand ≤ 16 ms and filter ≤ 50 ms, at p95.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import DATA_DIR, summary_ms
from sqlalchemy import event, func, select

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.demo import build_demo_street
from gridgov_desktop.services.residents import count_living
from gridgov_desktop.services.tree_filter import filter_tree

EXPAND_TARGET_MS = 16.0
FILTER_TARGET_MS = 50.0
LEVELS = ("street", "community", "grid", "compound", "building", "unit")


def ensure_district_db(residents: int = 200_000, streets: int = 20, seed: int = 2026) -> Path:
    """The district's SQLite file, built once and reused while it is current."""
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"district-{residents // 1000}k-{streets}s-s{seed}.sqlite3"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        try:
            if migrate.is_up_to_date(db) and count_living(db, SYSTEM) == residents:
                return path
        finally:
            db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"building {path.name} ({streets} streets, {residents:,} residents)…", file=sys.stderr)
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    summary = build_demo_street(db, residents=residents, seed=seed, streets=streets)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    db.dispose()
    print(f"built in {summary.seconds:.1f} s", file=sys.stderr)
    return path


class StatementRecorder:
    """The SELECT statements (and parameters) a service call sends to the database: through the
    engine (sessions) or on the fast read path (``db.fast_reader``, which org.children uses)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.statements: list[tuple[str, Any]] | None = None
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if self.statements is not None and statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))

    def capture(self, call: Callable[[], object]) -> list[tuple[str, Any]]:
        reader = self._db.fast_reader
        self.statements, reader.trace = [], []
        try:
            call()
            return self.statements + list(reader.trace)
        finally:
            self.statements, reader.trace = None, None


def best_of(call: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def sample_cases(
    db: Database, rounds: int, seed: int = 11
) -> dict[str, list[tuple[str, Callable[[], object]]]]:
    """(label, call) per kind of case, drawn from the district's own nodes."""
    rng = random.Random(seed)
    cases: dict[str, list[tuple[str, Callable[[], object]]]] = {
        "expand roots": [("roots", lambda: org.roots(db))]
    }
    with db.session() as session:
        for level in LEVELS:
            ids = list(session.scalars(select(OrgNode.id).where(OrgNode.kind == level)))
            chosen = rng.sample(ids, min(rounds, len(ids)))
            cases[f"expand {level}"] = [(str(i), lambda i=i: org.children(db, i)) for i in chosen]
        compounds = list(session.scalars(select(OrgNode.name).where(OrgNode.kind == "compound")))
        labels = list(
            session.scalars(
                select(OrgNode.label)
                .where(OrgNode.kind == "household")
                .order_by(func.random())
                .limit(rounds)
            )
        )
        names = list(
            session.scalars(select(OrgNode.name).where(OrgNode.kind.in_(("community", "compound"))))
        )
    one = [rng.choice(rng.choice(names)) for _ in range(rounds // 2)] + [str(d) for d in range(1, 10)]
    two = [name[i : i + 2] for name in rng.sample(names, rounds) for i in [rng.randrange(len(name) - 1)]]
    texts = {
        "filter 1 char": one[:rounds],
        "filter 2 chars": two,
        "filter compound": rng.sample(compounds, min(rounds, len(compounds))),
        "filter label": [label for label in labels if label],
    }
    for kind, values in texts.items():
        cases[kind] = [(text, lambda text=text: filter_tree(db, text)) for text in values]
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    path = ensure_district_db()
    db = Database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    recorder = StatementRecorder(db)
    with db.session() as session:
        kinds = dict(session.execute(select(OrgNode.kind, func.count()).group_by(OrgNode.kind)).all())
    counts = ", ".join(f"{kinds[kind]:,} {kind.replace('y', 'ie')}s" for kind in (*LEVELS, "household"))
    print(
        f"tree bench: {counts}, {count_living(db, SYSTEM):,} residents; SQLite {sqlite3.sqlite_version}"
    )
    print("service = org.children / filter_tree; raw = the same SQL on sqlite3; best of 5 per case")
    print(
        f"{'case':<18}{'n':>4}{'service p50':>13}{'p95':>9}{'raw p50':>10}{'p95':>9}{'ratio':>7}  plan"
    )
    failures = []
    for kind, cases in sample_cases(db, args.rounds).items():
        for _, call in cases[:3]:
            call()  # warm the statement cache and the pages
        replays = [recorder.capture(call) for _, call in cases]
        service = [best_of(call) for _, call in cases]
        baseline = [
            best_of(lambda stmts=stmts: [raw.execute(sql, params).fetchall() for sql, params in stmts])
            for stmts in replays
        ]
        plans = {
            detail
            for stmts in replays[:5]
            for sql, params in stmts
            for *_, detail in raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        }
        scans = sorted(p for p in plans if p.startswith("SCAN") and "USING" not in p)
        s50, s95 = summary_ms(service)
        r50, r95 = summary_ms(baseline)
        target = EXPAND_TARGET_MS if kind.startswith("expand") else FILTER_TARGET_MS
        flag = f" p95>{target:.0f}ms" if s95 > target else ""
        if flag:
            failures.append(kind)
        plan = "index" if not scans else "SCAN " + ", ".join(s.split()[1] for s in scans)
        ratio = s50 / r50 if r50 else float("inf")
        print(
            f"{kind:<18}{len(cases):>4}{s50:>11.2f}ms{s95:>7.2f}ms{r50:>8.2f}ms{r95:>7.2f}ms"
            f"{ratio:>6.1f}x  {plan}{flag}"
        )
    print(f"targets: expand p95 ≤ {EXPAND_TARGET_MS:.0f} ms, filter p95 ≤ {FILTER_TARGET_MS:.0f} ms")
    print("result: " + ("all targets met" if not failures else "MISSED: " + ", ".join(failures)))
    raw.close()
    db.dispose()
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
