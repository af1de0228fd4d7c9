"""Shared by the benches: a reusable demo database and timing summaries."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "bench" / "data"
sys.path.insert(0, str(ROOT))

from gridgov_desktop.db import migrate  # noqa: E402
from gridgov_desktop.db.engine import Database  # noqa: E402
from gridgov_desktop.services.actor import SYSTEM  # noqa: E402

BENCH_USER = "bench"
BENCH_PASSWORD = "bench-pass-1"


def ensure_demo_db(residents: int = 200_000, seed: int = 2026) -> Path:
    """A migrated SQLite demo street of ``residents`` people with an admin ``bench`` user, built once
    and reused (bench/data is not committed)."""
    from gridgov_desktop.services import office
    from gridgov_desktop.services.demo import build_demo_street
    from gridgov_desktop.services.residents import count_living

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / f"demo-{residents // 1000}k-s{seed}.sqlite3"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        try:
            if (
                migrate.is_up_to_date(db)
                and count_living(db, SYSTEM) == residents
                and not office.needs_first_run(db)
            ):
                return path
        finally:
            db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    print(f"building {path.name} ({residents:,} residents)…", file=sys.stderr, flush=True)
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    summary = build_demo_street(db, residents=residents, seed=seed)
    office.create_administrator(db, BENCH_USER, BENCH_PASSWORD, "基准测试")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    db.dispose()
    print(f"built in {summary.seconds:.1f} s", file=sys.stderr)
    return path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(seconds: list[float]) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    ms = [s * 1000 for s in seconds]
    return statistics.median(ms), percentile(ms, 0.95)


def timed(fn, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start
