"""The service window at the service level: intake, one-time notices, receipts and their numbers,
QR checks, the moves of a request with its clock, worklists, ratings and rectifications."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    InvalidIdNumber,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction, RequestStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import ratings
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services
from gridgov_desktop.services.receipt_numbers import parse_receipt_text
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_requests import (
    accept_request,
    find_request,
    get_request,
    intake_form,
    issue_notice,
    print_receipt,
    resident_id_by_number,
)
from gridgov_desktop.services.service_types import RequestDetail, ServiceVersion
from gridgov_desktop.services.worklists import Worklist, worklist, worklist_counts

CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
OTHER_CLERK = replace(CLERK, username="clerk2", display_name="王窗口")
MEDIATOR = Actor(user_id=None, username="med", display_name="调解员", role=UserRole.MEDIATOR)
HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
# Tuesday before National Day 2026: 9/30 works, 10/1–10/7 are off, Saturday 10/10 is a make-up day.
BEFORE_HOLIDAY = dt.datetime(2026, 9, 29, 9, 30)
PROMISED_FROM_0929 = {
    1: dt.date(2026, 9, 30),
    2: dt.date(2026, 10, 8),
    3: dt.date(2026, 10, 9),
    4: dt.date(2026, 10, 10),
    5: dt.date(2026, 10, 12),
    10: dt.date(2026, 10, 19),
}


Window = tuple[Database, SmallStreet, int, ServiceVersion]


@pytest.fixture
def window(db: Database) -> Window:
    street = build_small_street(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    # A service with an optional material besides the mandatory ones, for the checklist tests.
    service = next(
        s
        for s in list_services(db)
        if len(s.mandatory_materials) >= 2 and len(s.mandatory_materials) < len(s.materials)
    )
    resident = resident_id_by_number(db, SYSTEM, street.ids["张三明"])
    assert resident is not None
    return db, street, resident, service


def _all_mandatory(service: ServiceVersion) -> list[int]:
    return [m.id for m in service.mandatory_materials]


def _accept(window_: Window, now: dt.datetime | None = None) -> RequestDetail:
    db, _, resident, service = window_
    return accept_request(
        db, CLERK, resident, service.code, _all_mandatory(service), window_no=3, now=now
    )


def test_accepting_numbers_the_day_from_one_and_promises_in_working_days(window: Window) -> None:
    service = window[3]
    first = _accept(window, now=BEFORE_HOLIDAY)
    second = _accept(window, now=BEFORE_HOLIDAY + dt.timedelta(minutes=5))
    next_day = _accept(window, now=BEFORE_HOLIDAY + dt.timedelta(days=1))

    assert first.summary.receipt_no == "20260929-0001"
    assert second.summary.receipt_no == "20260929-0002"
    assert next_day.summary.receipt_no == "20260930-0001"
    assert first.summary.status is RequestStatus.ACCEPTED
    assert first.summary.window_no == 3 and first.summary.clerk_name == "李办事"
    assert (
        first.summary.resident_id_masked.startswith("210102") and "*" in first.summary.resident_id_masked
    )
    if service.time_limit_days in PROMISED_FROM_0929:
        assert first.promised_on == PROMISED_FROM_0929[service.time_limit_days]
    assert first.promised_on > dt.date(2026, 10, 7) or service.time_limit_days <= 1
    assert [event.action for event in first.history] == ["accepted"]
    assert {m.id for m in first.materials_brought} == set(_all_mandatory(service))


def test_a_missing_mandatory_material_is_refused_and_nothing_is_written(window: Window) -> None:
    db, _, resident, service = window
    with pytest.raises(ValidationError) as refused:
        accept_request(
            db, CLERK, resident, service.code, _all_mandatory(service)[1:], window_no=1,
            now=BEFORE_HOLIDAY,
        )  # fmt: skip
    assert service.mandatory_materials[0].name in describe_error(refused.value, "zh_CN")
    # The number was not used up: the next accepted request of the day is still 0001.
    assert _accept(window, now=BEFORE_HOLIDAY).summary.receipt_no == "20260929-0001"


def test_a_one_time_notice_lists_everything_missing_and_the_next_visit_starts_from_it(
    window: Window,
) -> None:
    db, _, resident, service = window
    brought = [service.mandatory_materials[0].id]
    notice = issue_notice(db, CLERK, resident, service.code, brought, window_no=2, now=BEFORE_HOLIDAY)

    assert notice.notice_no == "G20260929-0001"
    assert {m.id for m in notice.missing} == {m.id for m in service.materials} - set(brought)
    assert [m.id for m in notice.brought] == brought
    form = intake_form(db, CLERK, resident, service.code, today=BEFORE_HOLIDAY.date())
    assert form.last_notice_no == "G20260929-0001"
    assert form.previously_brought == frozenset(brought)

    _accept(window, now=BEFORE_HOLIDAY + dt.timedelta(days=1))
    again = intake_form(db, CLERK, resident, service.code, today=BEFORE_HOLIDAY.date())
    assert again.last_notice_no == "" and again.previously_brought == frozenset()


def test_a_notice_with_nothing_missing_is_refused(window: Window) -> None:
    db, _, resident, service = window
    with pytest.raises(ValidationError, match="nothing_missing"):
        issue_notice(db, CLERK, resident, service.code, _all_mandatory(service), window_no=1)


def test_the_first_print_is_the_original_and_later_ones_are_counted_reprints(window: Window) -> None:
    db = window[0]
    detail = _accept(window, now=BEFORE_HOLIDAY)
    number = detail.summary.receipt_no
    first = print_receipt(db, CLERK, number)
    again = print_receipt(db, CLERK, number)

    assert (first.reprint, again.reprint) == (0, 1)
    assert first.qr_payload.startswith(f"GGR-{number}-")
    after = get_request(db, CLERK, number)
    assert after.print_count == 2
    assert after.summary.version == detail.summary.version  # a print is not an edit
    with db.session() as session:
        from sqlalchemy import select

        from gridgov_desktop.db.tables import AuditEntry

        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == number).order_by(AuditEntry.id)
        )
        assert list(actions) == ["create", "print", "reprint"]


def test_scanned_codes_and_typed_numbers_open_the_request_and_forgeries_are_recognised(
    window: Window,
) -> None:
    db = window[0]
    number = _accept(window, now=BEFORE_HOLIDAY).summary.receipt_no
    payload = print_receipt(db, CLERK, number).qr_payload

    for typed in (
        payload,
        payload.lower(),
        number,
        "202609290001",
        "20260929-1",
        "２０２６０９２９－０００１",
    ):
        assert find_request(db, CLERK, typed).summary.receipt_no == number
    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    with pytest.raises(ValidationError) as invalid:
        find_request(db, CLERK, forged)
    assert "伪造" in describe_error(invalid.value, "zh_CN")
    with pytest.raises(ValidationError):
        find_request(db, CLERK, "张三")
    assert parse_receipt_text("20261331-0001") is None  # no such day


def test_a_pause_stops_the_clock_and_resuming_moves_the_promise_on(window: Window) -> None:
    db = window[0]
    detail = _accept(window, now=dt.datetime(2026, 11, 2, 9, 0))  # a Monday
    number = detail.summary.receipt_no
    started = advance(db, CLERK, number, RequestAction.START, expected_version=detail.summary.version,
                      now=dt.datetime(2026, 11, 2, 10, 0))  # fmt: skip
    with pytest.raises(ValidationError):  # a pause needs to say what is awaited
        advance(db, CLERK, number, RequestAction.PAUSE, expected_version=started.summary.version)
    paused = advance(db, CLERK, number, RequestAction.PAUSE, expected_version=started.summary.version,
                     note="等待补交户口簿", now=dt.datetime(2026, 11, 3, 9, 0))  # fmt: skip
    assert paused.summary.status is RequestStatus.PAUSED
    # Paused Tuesday 11/3 to Tuesday 11/10: five working days on hold.
    resumed = advance(db, CLERK, number, RequestAction.RESUME, expected_version=paused.summary.version,
                      now=dt.datetime(2026, 11, 10, 9, 0))  # fmt: skip

    assert resumed.summary.status is RequestStatus.IN_PROGRESS  # back where it was
    assert resumed.paused_days == 5
    assert resumed.promised_on == detail.promised_on  # the receipt's promise is history
    assert resumed.summary.due_on - detail.promised_on == dt.timedelta(days=7)
    assert [e.action for e in resumed.history] == ["accepted", "start", "pause", "resume"]
    assert "顺延" in resumed.history[-1].note


def test_refusing_needs_a_reason_and_ends_the_request(window: Window) -> None:
    db = window[0]
    detail = _accept(window)
    number, version = detail.summary.receipt_no, detail.summary.version
    with pytest.raises(ValidationError):
        advance(db, CLERK, number, RequestAction.REFUSE, expected_version=version, note="  ")
    refused = advance(db, CLERK, number, RequestAction.REFUSE, expected_version=version,
                      note="不符合低保条件")  # fmt: skip
    assert refused.summary.status is RequestStatus.REFUSED
    assert refused.refused_reason == "不符合低保条件"
    assert refused.allowed_actions == ()
    with pytest.raises(ValidationError, match="move_not_allowed"):
        advance(db, CLERK, number, RequestAction.START, expected_version=refused.summary.version)


def test_collection_checks_the_collectors_id(window: Window) -> None:
    db, street, _, _ = window
    detail = _accept(window)
    number = detail.summary.receipt_no
    done = advance(db, CLERK, number, RequestAction.COMPLETE, expected_version=detail.summary.version)
    with pytest.raises(InvalidIdNumber):
        advance(db, CLERK, number, RequestAction.COLLECT, expected_version=done.summary.version,
                collector=Collector("李四", "123"))  # fmt: skip
    with pytest.raises(ValidationError, match="collector_id"):  # the applicant with another's ID
        advance(db, CLERK, number, RequestAction.COLLECT, expected_version=done.summary.version,
                collector=Collector("张三明", street.ids["曾小红"]))  # fmt: skip
    collected = advance(db, CLERK, number, RequestAction.COLLECT,
                        expected_version=done.summary.version,
                        collector=Collector("曾小红", street.ids["曾小红"].lower()))  # fmt: skip
    assert collected.summary.status is RequestStatus.COLLECTED
    assert collected.collected_by == "曾小红"
    assert collected.history[-1].note == "取件人：曾小红"


def test_a_stale_move_is_refused_with_who_changed_it_and_when(window: Window) -> None:
    db = window[0]
    detail = _accept(window)
    number, seen = detail.summary.receipt_no, detail.summary.version
    advance(db, OTHER_CLERK, number, RequestAction.START, expected_version=seen,
            now=dt.datetime(2026, 11, 21, 14, 5))  # fmt: skip
    with pytest.raises(Conflict) as stale:
        advance(db, CLERK, number, RequestAction.COMPLETE, expected_version=seen)
    words = describe_error(stale.value, "zh_CN")
    assert "王窗口" in words and "14:05" in words and "办理中" in words and "重新加载" in words
    assert get_request(db, CLERK, number).summary.status is RequestStatus.IN_PROGRESS


def test_worklists_show_due_overdue_paused_and_waiting_for_collection(window: Window) -> None:
    db = window[0]
    day = dt.datetime(2026, 11, 2, 9, 0)
    due, late, paused, done = (_accept(window, now=day + dt.timedelta(minutes=i)) for i in range(4))
    advance(db, CLERK, paused.summary.receipt_no, RequestAction.PAUSE, expected_version=1, note="等补件")
    advance(db, CLERK, done.summary.receipt_no, RequestAction.COMPLETE, expected_version=1)
    today = due.summary.due_on

    due_today = worklist(db, CLERK, Worklist.DUE_TODAY, today=today)
    overdue = worklist(db, HEAD, Worklist.OVERDUE, today=today + dt.timedelta(days=1))
    assert [r.receipt_no for r in due_today] == [due.summary.receipt_no, late.summary.receipt_no]
    assert [r.receipt_no for r in overdue] == [due.summary.receipt_no, late.summary.receipt_no]
    assert overdue[0].is_overdue(today + dt.timedelta(days=1))
    assert [r.receipt_no for r in worklist(db, CLERK, Worklist.PAUSED)] == [paused.summary.receipt_no]
    waiting = worklist(db, CLERK, Worklist.AWAITING_COLLECTION)
    assert [r.receipt_no for r in waiting] == (
        [done.summary.receipt_no] if done.service.must_collect else []
    )
    counts = worklist_counts(db, CLERK, today=today, window_no=3)
    assert counts[Worklist.DUE_TODAY] == 2 and counts[Worklist.PAUSED] == 1
    assert worklist_counts(db, CLERK, today=today, window_no=4)[Worklist.DUE_TODAY] == 0


def test_a_bad_review_opens_a_rectification_due_in_working_days(window: Window) -> None:
    db = window[0]
    detail = _accept(window, now=BEFORE_HOLIDAY)
    number = detail.summary.receipt_no
    with pytest.raises(ValidationError):  # not completed yet
        ratings.rate_request(db, CLERK, number, RatingLevel.SATISFIED)
    advance(db, CLERK, number, RequestAction.COMPLETE, expected_version=detail.summary.version)
    rated = ratings.rate_request(db, CLERK, number, RatingLevel.DISSATISFIED, "等了很久",
                                 now=BEFORE_HOLIDAY)  # fmt: skip
    with pytest.raises(Duplicate):
        ratings.rate_request(db, CLERK, number, RatingLevel.SATISFIED)

    assert rated.rating is not None and rated.rating.level is RatingLevel.DISSATISFIED
    rectification = rated.rectification
    assert rectification is not None
    # 15 working days from 9/29, skipping 10/1–10/7 and working Saturday 10/10.
    assert rectification.due_on == dt.date(2026, 10, 26)
    assert rectification.problem == "等了很久"
    with pytest.raises(ValidationError):  # measures first
        ratings.reply_to_resident(db, CLERK, rectification.id, "已致电致歉",
                                  expected_version=rectification.version)  # fmt: skip
    measured = ratings.record_measures(db, CLERK, rectification.id, "调整窗口排班",
                                       expected_version=rectification.version)  # fmt: skip
    with pytest.raises(Conflict):
        ratings.record_measures(db, CLERK, rectification.id, "x", expected_version=rectification.version)
    replied = ratings.reply_to_resident(db, CLERK, rectification.id, "已致电致歉并说明改进",
                                        expected_version=measured.version)  # fmt: skip
    assert replied.status.value == "replied"
    assert ratings.rectifications(db, HEAD, open_only=True) == []
    assert len(ratings.rectifications(db, HEAD)) == 1


def test_a_good_review_opens_no_rectification(window: Window) -> None:
    db = window[0]
    detail = _accept(window)
    advance(db, CLERK, detail.summary.receipt_no, RequestAction.COMPLETE, expected_version=1)
    rated = ratings.rate_request(db, CLERK, detail.summary.receipt_no, RatingLevel.VERY_SATISFIED)
    assert rated.rectification is None


def test_roles_outside_the_window_cannot_take_requests(window: Window) -> None:
    db, _, resident, service = window
    number = _accept(window).summary.receipt_no
    for actor in (MEDIATOR, HEAD):
        with pytest.raises(PermissionDenied):
            accept_request(db, actor, resident, service.code, _all_mandatory(service), window_no=1)
        with pytest.raises(PermissionDenied):
            advance(db, actor, number, RequestAction.START, expected_version=1)
    with pytest.raises(PermissionDenied):
        get_request(db, MEDIATOR, number)
    assert get_request(db, HEAD, number).summary.receipt_no == number
    assert get_request(db, SYSTEM, number).summary.receipt_no == number


def test_editing_the_catalogue_leaves_past_requests_and_their_receipts_as_they_were(
    window: Window,
) -> None:
    from gridgov_desktop.services.catalogue import catalogue_entry, save_service
    from gridgov_desktop.services.catalogue_drafts import draft_of

    db, _, resident, service = window
    before = _accept(window, now=BEFORE_HOLIDAY)
    entry = catalogue_entry(db, service.code)
    changed = replace(
        draft_of(service), name=service.name + "（新版）", time_limit_days=service.time_limit_days + 5
    )
    save_service(db, SYSTEM, changed, expected_version=entry.lock_version)

    old = get_request(db, CLERK, before.summary.receipt_no)
    reprinted = print_receipt(db, CLERK, before.summary.receipt_no)
    assert old.service.number == 1 and old.service.name == service.name
    assert reprinted.service.name == service.name and reprinted.promised_on == before.promised_on
    form = intake_form(db, CLERK, resident, service.code, today=BEFORE_HOLIDAY.date())
    assert form.service.number == 2 and form.service.name.endswith("（新版）")
    assert {m.id for m in form.service.materials}.isdisjoint({m.id for m in service.materials})
