"""Service windows as processes that the crash-safety test kills with SIGKILL.

python crash_writer.py URL HOUSEHOLD_ID SERVICE_CODE
    A warm parent: it imports the app once, then reads commands on stdin, one per line:
    ``start FIRST_SEQUENCE GO_FILE OUT_FILE`` forks a writer and prints its pid; ``reap PID`` waits
    for that writer to end and prints how it ended. (Forking a warm, single-threaded parent that
    holds no database connection makes a round cost milliseconds instead of a second of imports.)

A writer opens the database itself, warms up, waits for GO_FILE, then loops for ever: registers a
resident into HOUSEHOLD_ID (an ID number made from FIRST_SEQUENCE onwards) and accepts a request of
SERVICE_CODE for that person. After each commit *returns* it appends one line to OUT_FILE (written
straight through to the file): "resident <id> <id number>", "receipt <number>". A line in OUT_FILE is
therefore a promise that the record is in the database.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from dataclasses import replace
from pathlib import Path


def _warm_up() -> None:
    """Everything a write needs that does not touch the database, done once before forking."""
    from sqlalchemy.orm import configure_mappers

    import gridgov_desktop.db.tables_service  # noqa: F401
    from gridgov_desktop.services import (  # noqa: F401
        catalogue,
        org,
        residents,
        search_keys,
        service_requests,
        tags,
        work_calendar,
    )

    configure_mappers()


def _write_until_killed(url: str, household_id: int, code: str, first: int, go: Path, out: Path) -> None:
    from gridgov_desktop.db.engine import Database
    from gridgov_desktop.domain.enums import Relation
    from gridgov_desktop.domain.id_number import make_id_number
    from gridgov_desktop.services.actor import SYSTEM
    from gridgov_desktop.services.catalogue import get_service
    from gridgov_desktop.services.residents import NewResident, register_resident
    from gridgov_desktop.services.service_requests import accept_request
    from gridgov_desktop.services.work_calendar import load_calendar

    db = Database(url)
    actor = replace(SYSTEM, display_name="崩溃测试窗口")
    brought = [m.id for m in get_service(db, code).mandatory_materials]
    load_calendar(db)
    born = dt.date(1990, 1, 1)
    report = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    while not go.exists():
        time.sleep(0.001)
    sequence = first
    while True:
        id_number = make_id_number("210102", born + dt.timedelta(days=sequence // 900), sequence % 900)
        row = register_resident(
            db, actor, NewResident(name=f"测试{sequence}", id_number=id_number), household_id,
            Relation.OTHER,
        )  # fmt: skip
        os.write(report, f"resident {row.id} {id_number}\n".encode())
        detail = accept_request(db, actor, row.id, code, brought, window_no=1)
        os.write(report, f"receipt {detail.summary.receipt_no}\n".encode())
        sequence += 1


def _serve(url: str, household_id: int, code: str) -> None:
    _warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        if command == "start":
            pid = os.fork()
            if pid == 0:
                try:
                    _write_until_killed(
                        url, household_id, code, int(args[0]), Path(args[1]), Path(args[2])
                    )
                finally:
                    os._exit(1)  # only reached when writing failed: the traceback is on stderr
            print(pid, flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    _serve(sys.argv[1], int(sys.argv[2]), sys.argv[3])
