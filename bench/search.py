"""Search-box latency on a 200,000-resident street, per kind of query, against raw sqlite3.

For every kind of text a clerk types, the bench picks real values from the demo data, runs the
service call (`search_residents`, what the search box and `gridgov search` use) and records median
and p95. The baseline replays exactly the SQL statements the service emitted for that text on a bare
`sqlite3` connection, so the ratio is what the service layer (SQLAlchemy, sessions, dataclasses)
costs on top of the queries themselves. Each statement's query plan is checked for full scans.

    .venv/bin/python bench/search.py [--residents 200000] [--rounds 60]

Targets (issue 2): every kind p95 ≤ 20 ms; index-backed kinds ≤ 2× raw.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from collections.abc import Callable

from common import ensure_demo_db, summary_ms
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode, Resident
from gridgov_desktop.domain.pinyin import name_pinyin
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.search import search_residents

TARGET_P95_MS = 20.0
TARGET_RATIO = 2.0


def sample_queries(db: Database, rounds: int, seed: int = 7) -> dict[str, list[str]]:
    """Texts per kind, drawn from real residents so that every query finds someone."""
    rng = random.Random(seed)
    with db.session() as session:
        max_id = session.scalar(select(Resident.id).order_by(Resident.id.desc()).limit(1)) or 0
        people = []
        while len(people) < rounds:
            row = session.execute(
                select(
                    Resident.name,
                    Resident.id_number,
                    Resident.phone_digits,
                    OrgNode.label,
                    OrgNode.address,
                )
                .join(OrgNode, OrgNode.id == Resident.household_id)
                .where(Resident.id == rng.randint(1, max_id))
            ).first()
            if row and row.id_number and row.phone_digits and len(row.name) >= 2:
                people.append(row)
        compounds = list(session.scalars(select(OrgNode.name).where(OrgNode.kind == "compound")))
    kinds: dict[str, list[str]] = {
        "id_exact": [p.id_number for p in people],
        "id_last4": [p.id_number[-4:] for p in people],
        "id_last6": [p.id_number[-6:] for p in people],
        "phone_exact": [p.phone_digits for p in people],
        "phone_last4": [p.phone_digits[-4:] for p in people],
        "name_exact": [p.name for p in people],
        "name_prefix": [p.name[:2] for p in people],
        "name_1char": [p.name[-1] for p in people],
        "name_2char_inside": [p.name[-2:] for p in people],
        "pinyin_initials": [name_pinyin(p.name).initials[0] for p in people],
        "pinyin_full": [name_pinyin(p.name).full[0][:8] for p in people],
        "household_label": [p.label for p in people],
        "address_compound": [rng.choice(compounds)[:3] for _ in people],
        "address_full": [p.address[:-1] for p in people],
    }
    return kinds


# The kinds answered by one or two index lookups; the address kinds walk a subtree by design.
INDEX_BACKED = {
    "id_exact",
    "id_last4",
    "id_last6",
    "phone_exact",
    "phone_last4",
    "name_exact",
    "name_prefix",
    "name_1char",
    "name_2char_inside",
    "pinyin_initials",
    "pinyin_full",
    "household_label",
}


def capture_statements(db: Database, text: str) -> list[tuple[str, object]]:
    """The statements (and parameters) the service ran for ``text``, as the DBAPI received them."""
    reader = db.fast_reader
    reader.trace = []
    try:
        search_residents(db, SYSTEM, text)
        return list(reader.trace)
    finally:
        reader.trace = None


def best_of(call: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    return best


def time_pairs(
    pairs: list[tuple[Callable[[], object], Callable[[], object]]], repeat: int = 5
) -> tuple[list[float], list[float]]:
    """Times the service call and its raw replay back to back for each query (best of ``repeat``
    each), so that a change in load on the other core affects both sides alike."""
    service, raw = [], []
    for service_call, raw_call in pairs:
        service.append(best_of(service_call, repeat))
        raw.append(best_of(raw_call, repeat))
    return service, raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    path = ensure_demo_db(args.residents)
    db = Database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    kinds = sample_queries(db, args.rounds)

    print(
        f"search bench: {args.residents:,} residents, {args.rounds} queries per kind, "
        f"SQLite {sqlite3.sqlite_version}; service = search_residents(), raw = the same SQL on sqlite3"
    )
    print(f"{'kind':<20}{'service p50':>12}{'p95':>8}{'raw p50':>10}{'p95':>8}{'ratio':>7}  hits  plan")
    failures = []
    for kind, texts in kinds.items():
        for text in texts[:5]:  # warm caches (statement cache, pages)
            search_residents(db, SYSTEM, text)
        replays = [capture_statements(db, t) for t in texts]
        pairs = [
            (
                lambda t=t: search_residents(db, SYSTEM, t),
                lambda stmts=stmts: [raw.execute(sql, params).fetchall() for sql, params in stmts],
            )
            for t, stmts in zip(texts, replays, strict=True)
        ]
        for _, raw_call in pairs[:5]:
            raw_call()
        service, baseline = time_pairs(pairs)
        plans = {
            detail
            for sql, params in replays[0]
            for *_, detail in raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        }
        scans = sorted(p for p in plans if p.startswith("SCAN") and "USING" not in p)
        hits = sum(1 for t in texts if search_residents(db, SYSTEM, t)) / len(texts)
        s50, s95 = summary_ms(service)
        r50, r95 = summary_ms(baseline)
        ratio = s50 / r50 if r50 else float("inf")
        plan = "index" if not scans else "SCAN " + ", ".join(s.split()[1] for s in scans)
        flag = ""
        if s95 > TARGET_P95_MS:
            flag += " p95>20ms"
        if kind in INDEX_BACKED and ratio > TARGET_RATIO:
            flag += " ratio>2"
        if flag:
            failures.append(kind)
        print(
            f"{kind:<20}{s50:>10.2f}ms{s95:>6.2f}ms{r50:>8.2f}ms{r95:>6.2f}ms{ratio:>6.2f}x"
            f"  {hits:>4.0%}  {plan}{flag}"
        )
    print("targets: p95 ≤ 20 ms for every kind; ratio ≤ 2× for index-backed kinds")
    print("result: " + ("all targets met" if not failures else "MISSED: " + ", ".join(failures)))
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
