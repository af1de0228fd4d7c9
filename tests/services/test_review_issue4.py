"""Review of issue 4: what two desks doing the same thing at the same moment must not break.

On PostgreSQL (READ COMMITTED) a desk's check-then-write can interleave with another desk's
uncommitted write; each test holds such a write open on a raw connection, lets the service call
run into it, then commits it. SQLite takes writers one at a time (BEGIN IMMEDIATE), so these
interleavings cannot happen there.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import pytest
from sqlalchemy import Connection, text
from street_fixtures import build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import Conflict, Duplicate
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction, RequestStatus
from gridgov_desktop.services import ratings
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.audit import _PG_AUDIT_LOCK
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_requests import accept_request, resident_id_by_number
from gridgov_desktop.services.service_types import RequestDetail

CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
OTHER = replace(CLERK, username="clerk2", display_name="王窗口")
NOW = dt.datetime(2026, 9, 29, 9, 30)
HOLD_S = 0.8  # how long the other desk keeps its write open after the call ran into it


class OtherDesk(threading.Thread):
    """Runs ``work`` in a transaction, holds it open ``HOLD_S`` seconds after ``then`` (if any),
    and commits; ``error`` keeps what it raised."""

    def __init__(
        self,
        db: Database,
        work: Callable[[Connection], None],
        then: Callable[[Connection], None] | None = None,
    ) -> None:
        super().__init__(daemon=True)
        self.db, self.work, self.then = db, work, then
        self.started_work = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.db.engine.begin() as conn:
                self.work(conn)
                self.started_work.set()
                time.sleep(HOLD_S)
                if self.then is not None:
                    self.then(conn)
        except BaseException as error:  # reported by the test
            self.error = error
            self.started_work.set()


def _completed_request(db: Database) -> RequestDetail:
    street = build_small_street(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    service = list_services(db)[0]
    resident = resident_id_by_number(db, SYSTEM, street.ids["张三明"])
    assert resident is not None
    brought = [m.id for m in service.mandatory_materials]
    detail = accept_request(db, CLERK, resident, service.code, brought, window_no=1, now=NOW)
    return advance(
        db, CLERK, detail.summary.receipt_no, RequestAction.COMPLETE, expected_version=1, now=NOW
    )


def test_a_rectification_saved_meanwhile_by_another_desk_is_a_conflict(pg_db: Database) -> None:
    detail = _completed_request(pg_db)
    rated = ratings.rate_request(pg_db, CLERK, detail.summary.receipt_no, RatingLevel.DISSATISFIED)
    rectification = rated.rectification
    assert rectification is not None

    def save_measures(conn: Connection) -> None:
        conn.execute(
            text(
                "UPDATE rectification SET version = version + 1, measures = '另一窗口', "
                "status = 'rectified' WHERE id = :id"
            ),
            {"id": rectification.id},
        )

    other = OtherDesk(pg_db, save_measures)
    other.start()
    other.started_work.wait()
    with pytest.raises(Conflict):
        ratings.record_measures(
            pg_db, OTHER, rectification.id, "调整排班", expected_version=rectification.version
        )
    other.join()
    assert other.error is None


def test_two_desks_rating_one_request_at_once_give_a_duplicate(pg_db: Database) -> None:
    detail = _completed_request(pg_db)

    def rate(conn: Connection) -> None:
        conn.execute(
            text(
                "INSERT INTO service_rating (request_id, level, comment, rated_at, rated_on, "
                "recorded_by) VALUES (:id, 'satisfied', '', :at, :on, '王窗口')"
            ),
            {"id": detail.summary.id, "at": NOW, "on": NOW.date()},
        )

    other = OtherDesk(pg_db, rate)
    other.start()
    other.started_work.wait()
    with pytest.raises(Duplicate):
        ratings.rate_request(pg_db, CLERK, detail.summary.receipt_no, RatingLevel.VERY_SATISFIED)
    other.join()
    assert other.error is None


def test_a_reprint_while_another_desk_moves_the_request_does_not_deadlock(pg_db: Database) -> None:
    """A reprint locks the request's row, then takes the audit log's turn; a move must lock the
    same two in the same order, or each waits for the other."""
    detail = _completed_request(pg_db)

    def reprint(conn: Connection) -> None:
        conn.execute(
            text("UPDATE service_request SET print_count = print_count + 1 WHERE id = :id"),
            {"id": detail.summary.id},
        )

    def audit_turn(conn: Connection) -> None:
        conn.execute(text(f"SELECT pg_advisory_xact_lock({_PG_AUDIT_LOCK})"))

    other = OtherDesk(pg_db, reprint, then=audit_turn)
    other.start()
    other.started_work.wait()
    moved = advance(
        pg_db,
        OTHER,
        detail.summary.receipt_no,
        RequestAction.COLLECT,
        expected_version=detail.summary.version,
        collector=_collector(),
    )
    other.join()
    assert other.error is None
    assert moved.summary.status is RequestStatus.COLLECTED


def test_two_desks_seeding_the_catalogue_at_once(pg_db: Database) -> None:
    """After an upgrade every desk seeds the new tables when it starts: the second finds the
    first's catalogue instead of failing on its codes."""
    build_small_street(pg_db)

    def seed(conn: Connection) -> None:
        from sqlalchemy.orm import Session

        ensure_seed_catalogue(Session(bind=conn))

    other = OtherDesk(pg_db, seed)
    other.start()
    other.started_work.wait()
    with pg_db.session(write=True) as session:
        added = ensure_seed_catalogue(session)
    other.join()
    assert other.error is None
    assert added == 0
    assert len(list_services(pg_db)) >= 12


def _collector() -> Collector:
    return Collector(name="代领人", id_number="11010519491231002X")
