"""The demo street's two months at the window: built through the real services, the same for the same
seed on either backend, with every status, late requests and bad reviews at every stage."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables_service import Rectification, ServiceRating, ServiceRequest
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.service_requests import RequestStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.demo import build_demo_street
from gridgov_desktop.services.demo_requests import build_demo_requests
from gridgov_desktop.services.service_registers import overdue_register, service_register
from gridgov_desktop.services.service_statistics import service_statistics
from gridgov_desktop.services.worklists import Worklist, worklist_counts

TODAY = dt.date(2026, 11, 20)


def _history(db: Database) -> list[tuple[object, ...]]:
    with db.session() as session:
        query = select(
            ServiceRequest.receipt_no, ServiceRequest.status, ServiceRequest.window_no,
            ServiceRequest.accepted_at, ServiceRequest.due_on, ServiceRequest.completed_on,
        ).order_by(ServiceRequest.receipt_no)  # fmt: skip
        return [tuple(row) for row in session.execute(query)]


def test_the_same_seed_gives_the_same_requests_on_both_backends(
    sqlite_db: Database, pg_db: Database
) -> None:
    for db in (sqlite_db, pg_db):
        build_demo_street(db, residents=200, seed=7, today=TODAY)
        summary = build_demo_requests(db, today=TODAY, count=40, seed=7)
        assert summary.requests == 40
    assert _history(sqlite_db) == _history(pg_db)


def test_two_months_with_every_status_late_requests_and_bad_reviews(sqlite_db: Database) -> None:
    db = sqlite_db
    build_demo_street(db, residents=600, seed=2026, today=TODAY)
    summary = build_demo_requests(db, today=TODAY)
    assert 200 <= summary.requests <= 400 and summary.seconds < 30
    assert set(summary.by_status) == {status.value for status in RequestStatus}
    assert sum(summary.by_status.values()) == summary.requests
    assert summary.overdue > 0 and summary.bad_reviews > 0 and summary.ratings > summary.requests / 3
    history = _history(db)
    days = {accepted.date() for _n, _s, _w, accepted, _d, _c in history}  # type: ignore[union-attr]
    assert min(days) >= TODAY - dt.timedelta(days=61) and max(days) <= TODAY and len(days) > 30
    assert {window for _n, _s, window, *_rest in history} == {1, 2, 3, 4}
    with db.session() as session:
        stages = set(session.scalars(select(Rectification.status)))
        rated = session.scalar(select(ServiceRating.id).limit(1))
    assert stages == {"open", "rectified", "replied"} and rated is not None
    counts = worklist_counts(db, SYSTEM, today=TODAY)
    assert counts[Worklist.OVERDUE] == summary.overdue and counts[Worklist.PAUSED] > 0
    assert counts[Worklist.AWAITING_COLLECTION] > 0
    # The registers see all of it.
    start = TODAY - dt.timedelta(days=70)
    register = service_register(db, SYSTEM, start, TODAY, today=TODAY, purpose="view")
    assert register.count == summary.requests
    assert service_statistics(db, SYSTEM, start, TODAY, today=TODAY).total.accepted == summary.requests
    assert len(overdue_register(db, SYSTEM, at=TODAY).open_rows) >= summary.overdue


def test_it_refuses_a_database_with_requests_or_without_residents(sqlite_db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        build_demo_requests(sqlite_db, today=TODAY, count=5)
    assert "请先生成演示街道" in describe_error(raised.value, "zh_CN")
    build_demo_street(sqlite_db, residents=50, seed=1, today=TODAY)
    build_demo_requests(sqlite_db, today=TODAY, count=5)
    with pytest.raises(ValidationError) as raised:
        build_demo_requests(sqlite_db, today=TODAY, count=5)
    assert "已有受理事项" in describe_error(raised.value, "zh_CN")
