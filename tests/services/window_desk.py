"""One service window as a separate process, for the concurrency tests.

python window_desk.py issue URL RESIDENT_ID CODE WINDOW COUNT GO_FILE
    waits for GO_FILE, accepts COUNT requests, prints their receipt numbers (one per line)
python window_desk.py move URL RECEIPT ACTION READY_FILE GO_FILE
    reads the request, writes READY_FILE, waits for GO_FILE, then applies ACTION with the
    version it read; prints "ok" or "conflict: <message>"
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for " + str(path))
        time.sleep(0.005)


def _issue(url: str, resident_id: int, code: str, window: int, count: int, go: Path) -> None:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.catalogue import get_service
    from gridgov_desktop.services.service_requests import accept_request

    db = Database(url)
    actor = replace(SYSTEM, display_name=f"窗口{window}")
    brought = [m.id for m in get_service(db, code).mandatory_materials]
    _wait_for(go)
    numbers = [
        accept_request(db, actor, resident_id, code, brought, window_no=window).summary.receipt_no
        for _ in range(count)
    ]
    print("\n".join(numbers))


def _move(url: str, receipt_no: str, action: str, ready: Path, go: Path) -> None:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.domain.errors import Conflict
    from gridgov_desktop.domain.service_requests import RequestAction
    from gridgov_desktop.messages import describe_error
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.request_flow import advance
    from gridgov_desktop.services.service_requests import get_request

    db = Database(url)
    actor = replace(SYSTEM, display_name=f"办事员{action}")
    seen = get_request(db, actor, receipt_no).summary.version
    ready.write_text("ready")
    _wait_for(go)
    try:
        advance(
            db, actor, receipt_no, RequestAction(action), expected_version=seen, note="等待补正户口簿"
        )
    except Conflict as error:
        print("conflict: " + describe_error(error, "zh_CN"))
    else:
        print("ok")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "issue":
        _issue(rest[0], int(rest[1]), rest[2], int(rest[3]), int(rest[4]), Path(rest[5]))
    else:
        _move(rest[0], rest[1], rest[2], Path(rest[3]), Path(rest[4]))
