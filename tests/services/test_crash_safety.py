"""The writer killed mid-work (SIGKILL, no chance to clean up) loses nothing it reported as saved and
leaves nothing half-written: a real process registers residents and issues receipts in a loop and is
killed at a random moment, round after round, on SQLite (WAL file) and on PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session
from street_fixtures import build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, HouseholdMember, OrgNode, Resident, ResidentSearchKey
from gridgov_desktop.db.tables_service import (
    RequestEventRow,
    RequestMaterial,
    ServiceMaterial,
    ServiceRequest,
)
from gridgov_desktop.services.audit import GENESIS_HASH, entry_hash
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = {"sqlite": 20, "postgresql": 5}
SEQUENCES_PER_ROUND = 1000  # ID numbers of one round never collide with another's


class Writers:
    """The warm parent of the writer processes (``crash_writer.py``)."""

    def __init__(self, db: Database, household: int, code: str, folder: Path) -> None:
        self._folder = folder
        self._parent = subprocess.Popen(
            [sys.executable, str(WRITER), db.url, str(household), code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self._ask("") == "ready", self._parent.communicate()[1]

    def _ask(self, command: str) -> str:
        assert self._parent.stdin is not None and self._parent.stdout is not None
        if command:
            self._parent.stdin.write(command + "\n")
            self._parent.stdin.flush()
        return self._parent.stdout.readline().strip()

    def run_and_kill(self, round_no: int, saved: int, after: float) -> list[str]:
        """One writer: let it write; once it has reported ``saved`` commits, SIGKILL it ``after``
        seconds later (counting commits first keeps the kill amid writes however slow a loaded
        machine is). Returns the lines it reported."""
        go, out = self._folder / f"go-{round_no}", self._folder / f"out-{round_no}"
        pid = int(self._ask(f"start {round_no * SEQUENCES_PER_ROUND} {go} {out}"))
        go.touch()
        try:
            deadline = time.monotonic() + 60
            while _lines(out).count("\n") < saved:
                assert time.monotonic() < deadline, "the writer stopped writing"
                time.sleep(0.002)
            time.sleep(after)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        ended = int(self._ask(f"reap {pid}"))
        assert ended == -signal.SIGKILL, "the writer failed before it was killed (see stderr)"
        return [line for line in _lines(out).splitlines(keepends=True) if line.endswith("\n")]

    def close(self) -> None:
        _out, err = self._parent.communicate(timeout=30)  # stdin closed: the parent ends
        assert self._parent.returncode == 0, err

    def __enter__(self) -> Writers:
        return self

    def __exit__(self, *failure: object) -> None:
        if self._parent.poll() is None:
            self._parent.kill()
            self._parent.communicate(timeout=30)


def _lines(out: Path) -> str:
    return out.read_text() if out.exists() else ""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_writer_killed_at_random_moments_loses_nothing_reported_and_half_writes_nothing(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    db: Database = request.getfixturevalue("sqlite_db" if backend == "sqlite" else "pg_db")
    street = build_small_street(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    code = list_services(db)[0].code
    seed = random.randrange(1 << 30)
    chance = random.Random(seed)
    reported_residents: dict[int, str] = {}
    reported_receipts: set[str] = set()
    with Writers(db, street.household_502, code, tmp_path) as writers:
        for round_no in range(ROUNDS[backend]):
            lines = writers.run_and_kill(round_no, chance.randrange(5), chance.uniform(0.0, 0.05))
            for kind, *values in (line.split() for line in lines):
                if kind == "resident":
                    reported_residents[int(values[0])] = values[1]
                else:
                    reported_receipts.add(values[0])
            # What a killed writer promised is there as soon as the next desk looks.
            where = f"seed {seed}, round {round_no}"
            assert _residents_found(db, reported_residents) == reported_residents, where
            assert _receipts_found(db, reported_receipts) == reported_receipts, where
        writers.close()
    assert reported_receipts  # the kills did land amid real work
    _assert_nothing_half_written(db, street.household_502)
    _assert_audit_chain_intact(db)
    _assert_receipt_numbers_gapless(db)
    if db.is_sqlite:
        with db.session() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert session.execute(text("PRAGMA foreign_key_check")).first() is None


def _residents_found(db: Database, ids: dict[int, str]) -> dict[int, str]:
    with db.session() as session:
        query = select(Resident.id, Resident.id_number).where(Resident.id.in_(ids))
        return {row.id: row.id_number for row in session.execute(query)}


def _receipts_found(db: Database, numbers: set[str]) -> set[str]:
    with db.session() as session:
        query = select(ServiceRequest.receipt_no).where(ServiceRequest.receipt_no.in_(numbers))
        return set(session.scalars(query))


def _assert_nothing_half_written(db: Database, household: int) -> None:
    with db.session() as session:
        residents = session.scalars(select(Resident.id).where(Resident.household_id == household))
        resident_ids = set(residents)
        keyed = set(
            session.scalars(
                select(ResidentSearchKey.resident_id)
                .where(ResidentSearchKey.resident_id.in_(resident_ids))
                .distinct()
            )
        )
        assert keyed == resident_ids  # each person has the keys the search box finds them by
        memberships = Counter(
            session.scalars(
                select(HouseholdMember.resident_id).where(HouseholdMember.household_id == household)
            )
        )
        assert set(memberships) == resident_ids and set(memberships.values()) == {1}
        node = session.get(OrgNode, household)
        assert node is not None and node.resident_count == len(resident_ids)  # counts landed too
        created = set(
            session.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "resident", AuditEntry.action == "create"
                )
            )
        )
        assert {str(r) for r in resident_ids} <= created

        materials_of_version = _counts(
            session,
            select(ServiceMaterial.version_id, func.count()).group_by(ServiceMaterial.version_id),
        )
        requests = session.execute(
            select(ServiceRequest.id, ServiceRequest.receipt_no, ServiceRequest.service_version_id)
        ).all()
        assert requests
        materials = _counts(
            session,
            select(RequestMaterial.request_id, func.count()).group_by(RequestMaterial.request_id),
        )
        accepted = Counter(
            session.scalars(
                select(RequestEventRow.request_id).where(RequestEventRow.action == "accepted")
            )
        )
        audited = set(
            session.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == "service_request", AuditEntry.action == "create"
                )
            )
        )
        for request_id, receipt_no, version_id in requests:
            assert receipt_no
            assert materials.get(request_id) == materials_of_version[version_id], receipt_no
            assert accepted[request_id] == 1, receipt_no
            assert receipt_no in audited


def _counts(session: Session, query: Select[int, int]) -> dict[int, int]:
    return {key: count for key, count in session.execute(query)}


def _assert_audit_chain_intact(db: Database) -> None:
    with db.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    previous = GENESIS_HASH
    for entry in entries:
        assert entry.prev_hash == previous, f"audit entry {entry.id} is not linked"
        assert entry_hash(entry) == entry.entry_hash, f"audit entry {entry.id} was altered"
        previous = entry.entry_hash


def _assert_receipt_numbers_gapless(db: Database) -> None:
    with db.session() as session:
        numbers = session.scalars(select(ServiceRequest.receipt_no))
        by_day: dict[str, list[int]] = defaultdict(list)
        for number in numbers:
            day, sequence = number.split("-")
            by_day[day].append(int(sequence))
    for sequences in by_day.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))
