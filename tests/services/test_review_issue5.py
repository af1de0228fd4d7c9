"""Review of issue 5 (people's mediation): clocks, numbering and two desks at once.

The PostgreSQL races follow tests/services/test_review_issue4.py: the other desk's write is held
open on a raw connection while the service call runs into it, then committed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from collections.abc import Callable

import pytest
from mediation_desk import Desk, build_desk, new_case
from sqlalchemy import Connection, text

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppSetting
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import Conflict, PermissionDenied, ValidationError
from gridgov_desktop.domain.mediation import AgreementKind, CaseAction, FileItem, PartyRole
from gridgov_desktop.services.mediation_cases import (
    add_dispute_type,
    case_summary,
    get_case,
    list_cases,
    move_case,
    save_agreement,
    set_mediators,
    set_parties,
)
from gridgov_desktop.services.mediation_journal import (
    record_follow_up,
    schedule_follow_up,
    set_file_item,
)
from gridgov_desktop.services.mediation_settings import NUMBER_FORMAT
from gridgov_desktop.services.mediation_types import AgreementDraft, CaseDetail, PartyDraft
from gridgov_desktop.services.mediation_worklist import mediator_worklist

HOLD_S = 0.8


class OtherDesk(threading.Thread):
    """Runs ``work`` in a transaction, holds it open ``HOLD_S`` seconds, and commits."""

    def __init__(self, db: Database, work: Callable[[Connection], None]) -> None:
        super().__init__(daemon=True)
        self.db, self.work = db, work
        self.started_work = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with self.db.engine.begin() as conn:
                self.work(conn)
                self.started_work.set()
                time.sleep(HOLD_S)
        except BaseException as error:  # reported by the test
            self.error = error
            self.started_work.set()


def _closed_agreed_case(desk: Desk) -> CaseDetail:
    case = new_case(desk)
    ref = case.summary.id
    case = move_case(desk.db, desk.lead, ref, CaseAction.START, expected_version=case.summary.version)
    case = save_agreement(desk.db, desk.lead, ref, AgreementDraft(AgreementKind.WRITTEN, terms="赔偿"),
                          expected_version=case.summary.version)  # fmt: skip
    case = move_case(desk.db, desk.lead, ref, CaseAction.AGREE, expected_version=case.summary.version,
                     on=dt.date(2026, 11, 10), agreement_kind=AgreementKind.WRITTEN)  # fmt: skip
    record_follow_up(desk.db, desk.lead, case.follow_ups[0].id, True, "已履行", dt.date(2026, 12, 10))
    case = move_case(desk.db, desk.lead, ref, CaseAction.FOLLOW_UP,
                     expected_version=case.summary.version, on=dt.date(2026, 12, 10))  # fmt: skip
    return move_case(desk.db, desk.lead, ref, CaseAction.CLOSE, expected_version=case.summary.version,
                     on=dt.date(2026, 12, 11), missing_items_note="材料另存")  # fmt: skip


def test_a_visit_scheduled_after_closing_is_on_the_worklist(db: Database) -> None:
    """Issue 5: follow-up visits (回访) scheduled after closing are visible on the worklist."""
    desk = build_desk(db)
    closed = _closed_agreed_case(desk)
    visit = schedule_follow_up(desk.db, desk.lead, closed.summary.id, dt.date(2027, 3, 1))
    work = mediator_worklist(desk.db, desk.lead, today=dt.date(2027, 2, 27))
    assert [(s.id, f.id) for s, f in work.follow_ups] == [(closed.summary.id, visit.id)]


def test_a_number_format_without_the_year_still_gives_unique_numbers(db: Database) -> None:
    desk = build_desk(db)
    with db.session(write=True) as session:
        session.add(AppSetting(key=NUMBER_FORMAT, value="{committee}调字第{n}号"))
    first = new_case(desk, registered_on=dt.date(2025, 12, 30))
    second = new_case(desk, registered_on=dt.date(2026, 1, 5))  # sequence 1 again
    assert first.summary.number != second.summary.number
    assert "2026" in second.summary.number


# --- two desks at once on PostgreSQL ----------------------------------------------------------------
def test_two_desks_recording_one_visit_at_once_do_not_overwrite(pg_db: Database) -> None:
    desk = build_desk(pg_db)
    case = new_case(desk)
    ref = case.summary.id
    case = move_case(pg_db, desk.lead, ref, CaseAction.WITHDRAW, expected_version=case.summary.version,
                     on=dt.date(2026, 11, 10))  # fmt: skip
    visit = schedule_follow_up(pg_db, desk.lead, ref, dt.date(2026, 12, 10))

    def record(conn: Connection) -> None:
        conn.execute(
            text("UPDATE case_follow_up SET done_on = :on, note = '吴协助的回访', by_name = '吴协助' "
                 "WHERE id = :id AND done_on IS NULL"),
            {"on": dt.date(2026, 12, 9), "id": visit.id},
        )  # fmt: skip

    other = OtherDesk(pg_db, record)
    other.start()
    other.started_work.wait()
    with pytest.raises(ValidationError, match="already_done"):
        record_follow_up(pg_db, desk.lead, visit.id, None, "周调解的回访", dt.date(2026, 12, 10))
    other.join()
    assert other.error is None
    kept = get_case(pg_db, desk.lead, ref).follow_ups[0]
    assert kept.note == "吴协助的回访"


def test_two_desks_ticking_one_file_item_at_once(pg_db: Database) -> None:
    desk = build_desk(pg_db)
    case = new_case(desk)

    def tick(conn: Connection) -> None:
        conn.execute(
            text("INSERT INTO case_file_item (case_id, item, present, note) "
                 "VALUES (:id, 'evidence', true, '照片')"),
            {"id": case.summary.id},
        )  # fmt: skip

    other = OtherDesk(pg_db, tick)
    other.start()
    other.started_work.wait()
    lines = set_file_item(pg_db, desk.lead, case.summary.id, FileItem.EVIDENCE, True, "录音")
    other.join()
    assert other.error is None
    evidence = next(li for li in lines if li.item is FileItem.EVIDENCE)
    assert evidence.present and evidence.note == "录音"  # the later tick wins, no raw error


def test_two_admins_adding_one_dispute_type_at_once(pg_db: Database) -> None:
    desk = build_desk(pg_db)

    def add(conn: Connection) -> None:
        conn.execute(
            text("INSERT INTO dispute_type (name, sort_order, is_active) VALUES ('校园', 999, true)")
        )

    other = OtherDesk(pg_db, add)
    other.start()
    other.started_work.wait()
    with pytest.raises(ValidationError, match="dispute_type_exists"):
        add_dispute_type(pg_db, desk.admin, "校园")
    other.join()
    assert other.error is None


def test_two_desks_changing_the_mediators_at_once_is_a_conflict(pg_db: Database) -> None:
    desk = build_desk(pg_db)
    case = new_case(desk)
    ref = case.summary.id
    lead, assistant = desk.lead.user_id, desk.assistant.user_id
    assert lead is not None and assistant is not None

    def reassign(conn: Connection) -> None:
        conn.execute(text("UPDATE mediation_case SET version = version + 1, updated_by = '吴协助' "
                          "WHERE id = :id"), {"id": ref})  # fmt: skip
        conn.execute(text("DELETE FROM case_mediator WHERE case_id = :id"), {"id": ref})
        conn.execute(
            text("INSERT INTO case_mediator (case_id, user_id, is_lead) VALUES (:id, :u, true)"),
            {"id": ref, "u": lead},
        )

    other = OtherDesk(pg_db, reassign)
    other.start()
    other.started_work.wait()
    with pytest.raises(Conflict):
        set_mediators(pg_db, desk.lead, ref, lead, [assistant], expected_version=case.summary.version)
    other.join()
    assert other.error is None


def test_two_desks_changing_the_parties_at_once_is_a_conflict(pg_db: Database) -> None:
    desk = build_desk(pg_db)
    case = new_case(desk)
    ref = case.summary.id

    def edit(conn: Connection) -> None:
        conn.execute(text("UPDATE mediation_case SET version = version + 1, updated_by = '吴协助' "
                          "WHERE id = :id"), {"id": ref})  # fmt: skip
        conn.execute(text("UPDATE case_party SET address = '别处' WHERE case_id = :id"), {"id": ref})

    other = OtherDesk(pg_db, edit)
    other.start()
    other.started_work.wait()
    drafts = [PartyDraft(PartyRole.APPLICANT, "赵六"), PartyDraft(PartyRole.RESPONDENT, "钱七")]
    with pytest.raises(Conflict):
        set_parties(pg_db, desk.lead, ref, drafts, expected_version=case.summary.version)
    other.join()
    assert other.error is None


def test_a_mediator_moved_to_the_front_desk_no_longer_reads_their_cases(db: Database) -> None:
    """Contents are for the case's *mediators*: an account whose role changed keeps its row in
    case_mediator, but not the right to read what was said."""
    desk = build_desk(db)
    case = new_case(desk)
    moved = dataclasses.replace(desk.assistant, role=UserRole.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        get_case(db, moved, case.summary.id)
    assert [c.party_names for c in list_cases(db, moved)] == [""]
    assert case_summary(db, moved, case.summary.id).party_names == ""
