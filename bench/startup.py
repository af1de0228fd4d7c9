"""Start-up time of the app on a 200,000-resident street, against a bare PySide6 window.

Both are measured the same way, alternately, in one run: wall time of a fresh process, from exec to
exit, where the process exits right after its main window's first paint with data.

- app:  ``gridgov run --quit-after-show --user bench --password-stdin --db <demo db>`` (log in, open
  the database, the tree with the street's communities, the street's 200,000 resident ids, the first
  page of rows painted);
- bare: a script that creates a QApplication and a QMainWindow holding a QTableView of 30 rows and
  quits after the table's first paint — what any PySide6 program pays.

    .venv/bin/python bench/startup.py [--residents 200000] [--rounds 15] [--platform offscreen]

Target (issue 2): median(app) / median(bare) ≤ 3. The demo database is built once (bench/common.py)
and reused; the theme cache is warmed by one untimed run first, as after the first start on a machine.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_PASSWORD, BENCH_USER, ROOT, ensure_demo_db

TARGET_RATIO = 3.0

BARE_SCRIPT = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication([])
window = QMainWindow()
model = QStandardItemModel(30, 8)
for row in range(30):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"{row}-{column}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 760)


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


first_paint = FirstPaint()
table.viewport().installEventFilter(first_paint)
window.show()
raise SystemExit(app.exec())
"""


def _gridgov() -> list[str]:
    script = Path(sys.executable).with_name("gridgov")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gridgov_desktop"]


CPU_TIMES: dict[str, list[float]] = {"app": [], "bare": []}


def _time(command: list[str], env: dict[str, str], stdin: str | None = None, *, kind: str = "") -> float:
    """Wall time of one run; its CPU time (user + system, all threads) goes to ``CPU_TIMES[kind]``:
    a steadier figure than wall time when the other core is busy."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed ({result.returncode}):\n{result.stderr}")
    if kind:
        CPU_TIMES[kind].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--residents", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--platform",
        default=os.environ.get("QT_QPA_PLATFORM") or "offscreen",
        help="Qt platform plugin for both programs (default: offscreen, or $QT_QPA_PLATFORM)",
    )
    args = parser.parse_args()

    database = ensure_demo_db(args.residents, args.seed)
    with tempfile.TemporaryDirectory(prefix="gridgov-bench-") as scratch:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=args.platform,
            GRIDGOV_CACHE_DIR=str(Path(scratch) / "cache"),  # a cold theme cache, warmed below
            XDG_CONFIG_HOME=str(Path(scratch) / "config"),  # default settings, saved window size unused
        )
        env.pop("GRIDGOV_DATABASE_URL", None)
        app = [
            *_gridgov(),
            "run",
            "--quit-after-show",
            "--user",
            BENCH_USER,
            "--password-stdin",
            "--db",
            str(database),
        ]
        bare = [sys.executable, "-c", BARE_SCRIPT]
        password = BENCH_PASSWORD + "\n"

        # As an installed copy has: bytecode (this environment may say PYTHONDONTWRITEBYTECODE).
        compileall.compile_dir(str(ROOT / "gridgov_desktop"), quiet=1)
        first = _time(app, env, password)  # builds the theme and SQL caches; warms the OS file cache
        _time(bare, env)
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(args.rounds):
            bare_times.append(_time(bare, env, kind="bare"))
            app_times.append(_time(app, env, password, kind="app"))

    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    ratio = app_ms / bare_ms
    print(
        f"database: {database} ({args.residents:,} residents), platform {args.platform}, "
        f"{args.rounds} rounds"
    )
    print(f"first app start (theme cache cold): {first * 1000:7.0f} ms")
    print(f"bare PySide6 window, median:        {bare_ms:7.0f} ms  (min {min(bare_times) * 1000:.0f})")
    print(f"gridgov run --quit-after-show:      {app_ms:7.0f} ms  (min {min(app_times) * 1000:.0f})")
    app_cpu, bare_cpu = (statistics.median(CPU_TIMES[k]) * 1000 for k in ("app", "bare"))
    print(
        f"CPU time (user+system), median:     app {app_cpu:.0f} ms, bare {bare_cpu:.0f} ms, "
        f"ratio {app_cpu / bare_cpu:.2f}×"
    )
    verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"ratio app / bare: {ratio:.2f}×  (target ≤ {TARGET_RATIO:.0f}×: {verdict})")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
