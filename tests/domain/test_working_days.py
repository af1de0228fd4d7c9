"""Working days: the State Council's 2026 arrangement counted by hand, and the laws that tie
``working_days_after`` to its inverse ``working_days_between``, on the real calendar and on random ones
(checked against a plain day-by-day walk)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridgov_desktop.domain.working_days import (
    DayKind,
    WorkCalendar,
    unusual_days,
    working_days_after,
    working_days_between,
)
from gridgov_desktop.services.calendar_file import read_calendar_file

SEED = Path(__file__).resolve().parents[2] / "resources" / "seed" / "holidays"
D = dt.date


def _seed_calendar() -> WorkCalendar:
    entries = [e for year in (2025, 2026) for e in read_calendar_file(SEED / f"{year}.csv").entries]
    return WorkCalendar.from_days(((e.day, e.kind, e.name) for e in entries), {2025, 2026})


CHINA = _seed_calendar()
MON_FRI = WorkCalendar()


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 9, 30), 1, D(2026, 10, 8)),  # 10/1–10/7 off: Thursday 10/8 is the first
        (D(2026, 9, 30), 2, D(2026, 10, 9)),
        (D(2026, 9, 30), 3, D(2026, 10, 10)),  # Saturday 10/10 works (调休)
        (D(2026, 9, 30), 4, D(2026, 10, 12)),  # Sunday 10/11 rests
        (D(2026, 9, 18), 1, D(2026, 9, 20)),  # Sunday 9/20 works, Saturday 9/19 rests
        (D(2026, 9, 24), 1, D(2026, 9, 28)),  # 中秋节 9/25–9/27
        (D(2026, 9, 21), 15, D(2026, 10, 19)),  # across 中秋节 and 国庆节
        (D(2025, 12, 31), 1, D(2026, 1, 4)),  # 元旦 1/1–1/3, Sunday 1/4 works: across the year
        (D(2026, 1, 2), 1, D(2026, 1, 4)),  # started on a holiday
        (D(2026, 2, 13), 1, D(2026, 2, 14)),  # Saturday 2/14 works before 春节
        (D(2026, 2, 13), 2, D(2026, 2, 24)),  # 春节 2/15–2/23
        (D(2026, 2, 27), 1, D(2026, 2, 28)),  # Saturday 2/28 works after it
        (D(2026, 4, 3), 1, D(2026, 4, 7)),  # 清明节 4/4–4/6
        (D(2026, 4, 30), 1, D(2026, 5, 6)),  # 劳动节 5/1–5/5
        (D(2026, 5, 8), 1, D(2026, 5, 9)),  # Saturday 5/9 works
        (D(2026, 6, 18), 1, D(2026, 6, 22)),  # 端午节 6/19–6/21
        (D(2026, 11, 20), 5, D(2026, 11, 27)),  # an ordinary week
        (D(2026, 11, 21), 0, D(2026, 11, 21)),  # n = 0 is the start day, even a Saturday
    ],
)
def test_2026_as_the_state_council_arranged_it(start: dt.date, n: int, due: dt.date) -> None:
    assert working_days_after(start, n, CHINA) == due
    assert working_days_between(start, due, CHINA) == n


def test_make_up_sundays_and_holidays_are_what_the_notice_says() -> None:
    for day in (D(2026, 1, 4), D(2026, 9, 20), D(2026, 2, 14), D(2026, 2, 28), D(2026, 10, 10)):
        assert day.weekday() >= 5 and CHINA.is_working_day(day)
    for day in (D(2026, 1, 1), D(2026, 2, 16), D(2026, 10, 7), D(2026, 9, 25)):
        assert day.weekday() < 5 and not CHINA.is_working_day(day)
    assert CHINA.kind_of(D(2026, 2, 15)) is DayKind.HOLIDAY  # a Sunday, named as part of 春节
    assert CHINA.names[D(2026, 10, 1)] == "国庆节"
    assert working_days_between(D(2026, 1, 1), D(2026, 12, 31), CHINA) == 248


def test_a_year_not_loaded_counts_monday_to_friday() -> None:
    assert not CHINA.is_loaded(2027) and CHINA.is_loaded(2026)
    assert working_days_after(D(2027, 9, 30), 1, CHINA) == D(2027, 10, 1)  # 2027 unknown: a Friday
    assert working_days_after(D(2027, 1, 1), 1, MON_FRI) == D(2027, 1, 4)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        working_days_after(D(2026, 1, 1), -1, CHINA)


def test_a_day_cannot_be_both_holiday_and_workday() -> None:
    day = D(2026, 3, 7)
    with pytest.raises(ValueError, match="both"):
        WorkCalendar(frozenset({day}), frozenset({day}))


def test_unusual_days_explain_the_count() -> None:
    notes = unusual_days(D(2026, 9, 30), D(2026, 10, 12), CHINA)
    reasons = {note.day: (note.reason, note.name) for note in notes}
    assert reasons[D(2026, 10, 1)] == ("holiday", "国庆节")
    assert reasons[D(2026, 10, 10)] == ("workday", "国庆节")
    assert reasons[D(2026, 10, 11)] == ("weekend", None)
    assert D(2026, 10, 8) not in reasons and len(notes) == 9


# --- laws ------------------------------------------------------------------------------------------
WINDOW = (D(2025, 12, 1), D(2027, 2, 1))
days_near = st.dates(min_value=D(2025, 10, 1), max_value=D(2027, 3, 1))
spans = st.integers(min_value=0, max_value=400)


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    """Random exceptions in a small window: runs of holidays, odd workdays, a weekend full of them."""
    days = st.dates(min_value=WINDOW[0], max_value=WINDOW[1])
    holidays = draw(st.frozensets(days, max_size=60))
    workdays = draw(st.frozensets(days, max_size=20)) - holidays
    return WorkCalendar(holidays, workdays, frozenset({2026}))


any_calendar = st.one_of(st.just(CHINA), st.just(MON_FRI), calendars())


def _walk_after(start: dt.date, n: int, calendar: WorkCalendar) -> dt.date:
    day = start
    while n:
        day += dt.timedelta(days=1)
        n -= calendar.is_working_day(day)
    return day


def _walk_between(start: dt.date, end: dt.date, calendar: WorkCalendar) -> int:
    return sum(
        calendar.is_working_day(start + dt.timedelta(days=i)) for i in range(1, (end - start).days + 1)
    )


@given(any_calendar, days_near, spans)
def test_after_agrees_with_walking_day_by_day(calendar: WorkCalendar, start: dt.date, n: int) -> None:
    assert working_days_after(start, n, calendar) == _walk_after(start, n, calendar)


@given(any_calendar, days_near, days_near)
def test_between_agrees_with_walking_day_by_day(
    calendar: WorkCalendar, start: dt.date, end: dt.date
) -> None:
    assert working_days_between(start, end, calendar) == _walk_between(start, end, calendar)


@given(any_calendar, days_near, spans)
def test_between_undoes_after(calendar: WorkCalendar, start: dt.date, n: int) -> None:
    assert working_days_between(start, working_days_after(start, n, calendar), calendar) == n


@given(any_calendar, days_near, days_near)
def test_after_undoes_between_up_to_the_last_working_day(
    calendar: WorkCalendar, start: dt.date, end: dt.date
) -> None:
    back = working_days_after(start, working_days_between(start, end, calendar), calendar)
    if end <= start:
        assert back == start
        return
    assert back <= end
    assert (back == end) == calendar.is_working_day(end)


@given(any_calendar, days_near, spans.filter(lambda n: n > 0))
def test_the_due_day_is_a_working_day_after_the_start(
    calendar: WorkCalendar, start: dt.date, n: int
) -> None:
    due = working_days_after(start, n, calendar)
    assert due > start and calendar.is_working_day(due)


@given(any_calendar, days_near, days_near, spans)
def test_monotone_in_start_and_in_n(
    calendar: WorkCalendar, first: dt.date, second: dt.date, n: int
) -> None:
    early, late = sorted((first, second))
    assert working_days_after(early, n, calendar) <= working_days_after(late, n, calendar)
    assert working_days_after(early, n, calendar) < working_days_after(early, n + 1, calendar)


def test_fast_enough_for_a_register_of_ten_thousand_requests() -> None:
    import time

    starts = [D(2026, 1, 1) + dt.timedelta(days=i % 365) for i in range(10_000)]
    began = time.perf_counter()
    for i, start in enumerate(starts):
        working_days_between(start, working_days_after(start, 1 + i % 60, CHINA), CHINA)
    assert time.perf_counter() - began < 2.0  # ~0.15 s here: bisection, not a walk over days
