"""A desk editing one resident as a separate process, for the optimistic-locking tests.

python edit_desk.py URL RESIDENT_ID FIELD VALUE READY_FILE GO_FILE
    reads the resident (its version), writes READY_FILE, waits for GO_FILE, then saves FIELD=VALUE
    with the version it read; prints "ok" or "conflict: <message in Chinese>"
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path


def _edit(url: str, resident_id: int, field: str, value: str, ready: Path, go: Path) -> None:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.domain.errors import Conflict
    from gridgov_desktop.messages import describe_error
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.registry import get_resident, update_resident

    db = Database(url)
    actor = replace(SYSTEM, display_name=f"窗口{value}")
    seen = get_resident(db, actor, resident_id).version
    ready.write_text("ready")
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    try:
        update_resident(db, actor, resident_id, {field: value}, expected_version=seen)
    except Conflict as error:
        print("conflict: " + describe_error(error, "zh_CN"))
    else:
        print("ok")


if __name__ == "__main__":
    url, resident, field, value, ready, go = sys.argv[1:7]
    _edit(url, int(resident), field, value, Path(ready), Path(go))
