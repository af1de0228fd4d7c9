"""Memory of the whole app with a 200,000-resident street listed, against a bare PySide6 window.

Two figures, both peak resident set size (RSS) of a fresh process:

- start: ``gridgov run --quit-after-show`` on the street (all 200,000 ids listed, first page painted);
- scroll: the same list scrolled from top to bottom page by page in a real QTableView, every page
  fetched as a clerk scrolling through the whole street would (the model caches a bounded number
  of pages, so memory must level off instead of growing with the list).

    .venv/bin/python bench/memory.py [--residents 200000]

Target (issue 3): ≤ 250 MB for the whole app.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from common import BENCH_PASSWORD, BENCH_USER, ROOT, ensure_demo_db

TARGET_MB = 250

SCROLL_SCRIPT = r"""
import resource, sys
from PySide6.QtWidgets import QApplication, QTableView
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import org, residents
from gridgov_desktop.ui.models.resident_table_model import ResidentTableModel

app = QApplication([])
db = Database(sys.argv[1])
street = org.roots(db)[0]
model = ResidentTableModel(db)
model.set_ids(residents.resident_ids(db, SYSTEM, street.id))
view = QTableView()
view.setModel(model)
view.resize(1280, 760)
view.show()
app.processEvents()
bar = view.verticalScrollBar()
steps = 0
while bar.value() < bar.maximum():
    bar.setValue(bar.value() + bar.pageStep())
    view.viewport().repaint()
    app.processEvents()
    steps += 1
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(model.rowCount(), steps, peak_kb)
"""


def _peak_mb(command: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, str]:
    """Peak RSS of one child process, in MB (ru_maxrss of the children: kB on Linux)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])}… failed ({result.returncode}):\n{result.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far: run the biggest last, or compare.
    return max(peak, before) / 1024, result.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--residents", type=int, default=200_000)
    args = parser.parse_args()
    database = ensure_demo_db(args.residents)
    with tempfile.TemporaryDirectory(prefix="gridgov-mem-") as scratch:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GRIDGOV_CACHE_DIR": str(Path(scratch) / "cache"),
            "XDG_CONFIG_HOME": str(Path(scratch) / "config"),
        }
        env.pop("GRIDGOV_DATABASE_URL", None)
        bare, _ = _peak_mb(
            [
                sys.executable,
                "-c",
                "from PySide6.QtWidgets import QApplication, QMainWindow\n"
                "a = QApplication([]); w = QMainWindow(); w.show(); a.processEvents()",
            ],
            env,
        )
        gridgov = [str(Path(sys.executable).with_name("gridgov")), "run", "--quit-after-show", "--user",
                   BENCH_USER, "--password-stdin", "--db", str(database)]  # fmt: skip
        start, _ = _peak_mb(gridgov, env, BENCH_PASSWORD + "\n")
        _, out = _peak_mb([sys.executable, "-c", SCROLL_SCRIPT, f"sqlite:///{database}"], env)
    rows, steps, peak_kb = out.split()
    scroll = int(peak_kb) / 1024  # the child's own peak: ru_maxrss of children is a running maximum
    print(f"database: {database.name} ({args.residents:,} residents)")
    print(f"bare PySide6 window, peak RSS:                      {bare:6.0f} MB")
    print(f"gridgov run --quit-after-show (street listed):      {start:6.0f} MB")
    print(f"list of {int(rows):,} scrolled end to end ({steps} pages):  {scroll:6.0f} MB")
    worst = max(start, scroll)
    verdict = "ok" if worst <= TARGET_MB else "OVER TARGET"
    print(f"target ≤ {TARGET_MB} MB for the whole app: {verdict}")
    return 0 if worst <= TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
