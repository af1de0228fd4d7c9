"""Property-based tests (hypothesis) of the ID number, date, phone and working-day functions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gridgov_desktop.domain.enums import Sex
from gridgov_desktop.domain.errors import InvalidIdNumber, InvalidPhone
from gridgov_desktop.domain.id_number import (
    make_id_number,
    mask_id_number,
    normalise_id_number,
    parse_id_number,
)
from gridgov_desktop.domain.phone import mask_phone, parse_phone
from gridgov_desktop.domain.text import without_control_characters
from gridgov_desktop.domain.working_days import (
    WorkCalendar,
    working_days_after,
    working_days_between,
)
from gridgov_desktop.services.calendar_file import CalendarRowError, parse_day

TODAY = dt.date(2026, 11, 21)
EXAMPLES = settings(max_examples=200, deadline=None)

areas = st.from_regex(r"[1-6][0-9]{5}", fullmatch=True)
births = st.dates(min_value=dt.date(1880, 1, 1), max_value=TODAY)
sequences = st.integers(min_value=0, max_value=999)


@st.composite
def valid_ids(draw: st.DrawFn) -> tuple[str, dt.date, int]:
    born, sequence = draw(births), draw(sequences)
    return make_id_number(draw(areas), born, sequence), born, sequence


@EXAMPLES
@given(valid_ids())
def test_every_generated_id_validates_and_round_trips(case: tuple[str, dt.date, int]) -> None:
    number, born, sequence = case
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date == born
    assert info.sex is (Sex.MALE if sequence % 2 else Sex.FEMALE)
    assert not info.converted_from_15


@EXAMPLES
@given(valid_ids(), st.integers(min_value=0, max_value=17), st.integers(min_value=1, max_value=10))
def test_any_single_character_change_is_refused(
    case: tuple[str, dt.date, int], position: int, shift: int
) -> None:
    """The check character catches every single-character error (mod 11 over weights coprime to
    11): whatever a changed digit does to the date, the number as a whole is refused."""
    number = case[0]
    alphabet = "0123456789X" if position == 17 else "0123456789"
    changed_char = alphabet[(alphabet.index(number[position]) + shift) % len(alphabet)]
    assume(changed_char != number[position])
    changed = number[:position] + changed_char + number[position + 1 :]
    with pytest.raises(InvalidIdNumber):
        parse_id_number(changed, today=TODAY)


@EXAMPLES
@given(st.text(max_size=40))
def test_id_normalisation_is_idempotent(text: str) -> None:
    once = normalise_id_number(text)
    assert normalise_id_number(once) == once


@EXAMPLES
@given(valid_ids(), st.sampled_from(["full", "lower", "spaced"]))
def test_typing_variants_of_a_valid_id_normalise_to_it(case: tuple[str, dt.date, int], how: str) -> None:
    number = case[0]
    typed = {
        "full": "".join(chr(ord(c) + 0xFEE0) for c in number),
        "lower": number.lower(),
        "spaced": f" {number[:6]} {number[6:14]}\u3000{number[14:]}\t",
    }[how]
    assert parse_id_number(typed, today=TODAY).number == number


@EXAMPLES
@given(valid_ids())
def test_masking_keeps_first_6_and_last_4_and_hides_the_middle(case: tuple[str, dt.date, int]) -> None:
    number = case[0]
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert masked[6:14] == "*" * 8
    assert number[6:14] not in masked[6:]


@EXAMPLES
@given(st.text(max_size=30))
def test_parsing_any_text_either_validates_or_says_why(text: str) -> None:
    try:
        info = parse_id_number(text, today=TODAY)
    except InvalidIdNumber as error:
        assert error.args_map["detail"] in {
            "empty", "length", "characters", "birth_date", "future_birth", "too_old",
            "check_character",
        }  # fmt: skip
    else:
        assert parse_id_number(info.number, today=TODAY).number == info.number


# --- dates ---------------------------------------------------------------------------------------

ordinary_dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@EXAMPLES
@given(ordinary_dates, st.sampled_from(["{:%Y-%m-%d}", "{:%Y/%m/%d}", "{0.year}年{0.month}月{0.day}日"]))
def test_dates_written_each_usual_way_parse_back(day: dt.date, spelling: str) -> None:
    assert parse_day(spelling.format(day)) == day


@EXAMPLES
@given(st.text(max_size=30))
def test_any_text_is_a_date_or_a_worded_refusal(text: str) -> None:
    try:
        day = parse_day(text)
    except CalendarRowError as error:
        assert error.args_map["detail"] in {"bad_date", "no_such_date"}
    else:
        assert isinstance(day, dt.date)


# --- phones --------------------------------------------------------------------------------------

mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
landlines = st.from_regex(r"0(10|2[0-9]|[3-9][0-9]{2})-[2-9][0-9]{6,7}", fullmatch=True)


@EXAMPLES
@given(st.one_of(mobiles, landlines))
def test_a_normal_phone_parses_to_itself(number: str) -> None:
    assert parse_phone(number).number == number


@EXAMPLES
@given(st.text(max_size=30))
def test_phone_normalisation_is_idempotent(text: str) -> None:
    try:
        parsed = parse_phone(text)
    except InvalidPhone:
        return
    assert parse_phone(parsed.number) == parsed


@EXAMPLES
@given(mobiles, st.sampled_from(["+86 ", "0086", "86", ""]), st.sampled_from(["", " ", "-"]))
def test_typing_variants_of_a_mobile(number: str, prefix: str, separator: str) -> None:
    typed = prefix + separator.join([number[:3], number[3:7], number[7:]])
    assert parse_phone(typed).number == number
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in typed)
    assert parse_phone(full_width).number == number


@EXAMPLES
@given(st.one_of(mobiles, landlines))
def test_phone_masking_shows_only_the_last_4_of_the_local_number(number: str) -> None:
    masked = mask_phone(number)
    if "-" not in number:
        assert masked == number[:3] + "****" + number[-4:]
    else:
        area, local = number.split("-")
        assert masked == f"{area}-{'*' * (len(local) - 4)}{local[-4:]}"


@EXAMPLES
@given(st.text(max_size=40))
def test_any_text_masks_without_showing_more_than_4_characters(text: str) -> None:
    masked = mask_phone(text)
    shown = [c for c in masked if c != "*"]
    try:
        parse_phone(text)
    except InvalidPhone:
        assert len(shown) <= 4


# --- text ----------------------------------------------------------------------------------------


@EXAMPLES
@given(st.text(max_size=60))
def test_control_characters_are_dropped_once_and_for_all(text: str) -> None:
    cleaned = without_control_characters(text)
    assert without_control_characters(cleaned) == cleaned
    assert "\x00" not in cleaned and "\x1b" not in cleaned and "\u202e" not in cleaned


# --- working days --------------------------------------------------------------------------------

# 2026 as the State Council published it (DOMAIN.md), plus random exceptional days nearby.
HOLIDAYS_2026 = (
    [dt.date(2026, 1, d) for d in (1, 2, 3)]
    + [dt.date(2026, 2, d) for d in range(15, 24)]
    + [dt.date(2026, 10, d) for d in range(1, 8)]
)
WORKDAYS_2026 = [dt.date(2026, 1, 4), dt.date(2026, 2, 14), dt.date(2026, 2, 28), dt.date(2026, 10, 10)]
nearby = st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2027, 6, 30))


@st.composite
def calendars(draw: st.DrawFn) -> WorkCalendar:
    extra = draw(st.sets(nearby, max_size=30))
    holidays = set(HOLIDAYS_2026) | {d for d in extra if d.weekday() < 5}
    workdays = (set(WORKDAYS_2026) | {d for d in extra if d.weekday() >= 5}) - holidays
    return WorkCalendar(frozenset(holidays), frozenset(workdays), frozenset({2026}))


@EXAMPLES
@given(calendars(), nearby, st.integers(min_value=0, max_value=400))
def test_working_days_after_and_between_are_inverse(
    calendar: WorkCalendar, start: dt.date, n: int
) -> None:
    end = working_days_after(start, n, calendar)
    assert working_days_between(start, end, calendar) == n
    if n:
        assert calendar.is_working_day(end)
        assert working_days_between(start, end - dt.timedelta(days=1), calendar) == n - 1


@EXAMPLES
@given(
    calendars(), nearby, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200)
)
def test_working_days_after_is_monotonic_and_additive(
    calendar: WorkCalendar, start: dt.date, a: int, b: int
) -> None:
    first = working_days_after(start, a, calendar)
    assert first >= start
    later = working_days_after(start, a + b, calendar)
    assert later >= first
    if a:
        assert working_days_after(first, b, calendar) == later


@EXAMPLES
@given(calendars(), nearby, nearby)
def test_working_days_between_counts_the_working_days(
    calendar: WorkCalendar, start: dt.date, end: dt.date
) -> None:
    assume(end - start <= dt.timedelta(days=120))
    counted = sum(
        calendar.is_working_day(start + dt.timedelta(days=i)) for i in range(1, (end - start).days + 1)
    )
    assert working_days_between(start, end, calendar) == counted
