"""Resident ID numbers (GB 11643-1999): parsing, check characters, legacy numbers, masking."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from gridgov_desktop.domain.enums import Sex
from gridgov_desktop.domain.errors import InvalidIdNumber
from gridgov_desktop.domain.id_number import (
    id_check_character,
    is_plausible_id_query,
    make_id_number,
    mask_id_number,
    normalise_id_number,
    parse_id_number,
)

# The example number of the standard itself, and python-stdnum's doctest number.
STANDARD_EXAMPLE = "11010519491231002X"
STDNUM_EXAMPLE = "360426199101010071"
TODAY = date(2026, 6, 1)

areas = st.sampled_from(["110105", "330102", "210102", "440305", "650102", "990101"])
sequences = st.integers(min_value=0, max_value=999)
quick = settings(max_examples=40, deadline=None)


def reason(exc: pytest.ExceptionInfo[InvalidIdNumber]) -> str:
    return str(exc.value.args_map["detail"])


# --- check character -----------------------------------------------------------------------------


def test_check_character_of_known_numbers() -> None:
    assert id_check_character(STANDARD_EXAMPLE[:17]) == "X"
    assert id_check_character(STDNUM_EXAMPLE[:17]) == "1"


@quick
@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_agrees_with_stdnum(first17: str) -> None:
    # stdnum's calc_check_digit expects the whole number, check digit included, and drops the last.
    assert id_check_character(first17) == ric.calc_check_digit(first17 + "?")


@pytest.mark.parametrize(
    "bad", ["", "1234", "1101051949123100X", " 1101051949123100", "1_101051949123100"]
)
def test_check_character_wants_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        id_check_character(bad)


# --- normalisation -------------------------------------------------------------------------------


def test_normalise_full_width_spaces_and_lower_case_x() -> None:
    assert normalise_id_number("１１０１０５　１９４９１２３１\t００２ｘ") == STANDARD_EXAMPLE
    assert normalise_id_number(" 110105 19491231 002x\n") == STANDARD_EXAMPLE
    assert normalise_id_number("11010519491231002Ｘ") == STANDARD_EXAMPLE
    # Does not validate.
    assert normalise_id_number("abc") == "abc"


@quick
@given(
    number=st.builds(make_id_number, areas, st.dates(date(1900, 1, 1), TODAY), sequences),
    spaces=st.lists(st.sampled_from([" ", "\u3000", "\t"]), min_size=18, max_size=18),
    full_width=st.lists(st.booleans(), min_size=18, max_size=18),
)
def test_typed_forms_parse_to_the_same_number(
    number: str, spaces: list[str], full_width: list[bool]
) -> None:
    typed = "".join(
        (chr(ord(ch) + 0xFEE0) if wide else ch) + space
        for ch, space, wide in zip(number.lower(), spaces, full_width, strict=True)
    )
    assert parse_id_number(typed, today=TODAY).number == number


# --- parsing -------------------------------------------------------------------------------------


def test_parse_standard_example() -> None:
    info = parse_id_number(STANDARD_EXAMPLE, today=TODAY)
    assert info.number == STANDARD_EXAMPLE
    assert info.area_code == "110105"
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex is Sex.FEMALE
    assert info.converted_from_15 is False
    assert info.notes == ()


@quick
@given(area=areas, birth=st.dates(date(1900, 1, 1), date.today()), sequence=sequences)
def test_make_then_parse_round_trips(area: str, birth: date, sequence: int) -> None:
    number = make_id_number(area, birth, sequence)
    info = parse_id_number(number)
    assert info.number == number
    assert info.birth_date == birth
    assert info.sex is (Sex.MALE if sequence % 2 else Sex.FEMALE)
    assert info.area_code == area
    assert len(number) == 18


@quick
@given(
    number=st.builds(make_id_number, areas, st.dates(date(1900, 1, 1), TODAY), sequences),
    position=st.integers(min_value=0, max_value=17),
    replacement=st.sampled_from("0123456789X"),
)
def test_any_single_character_corruption_is_rejected(
    number: str, position: int, replacement: str
) -> None:
    corrupted = number[:position] + replacement + number[position + 1 :]
    if corrupted == number:
        return
    with pytest.raises(InvalidIdNumber):
        parse_id_number(corrupted, today=TODAY)


def test_check_character_mismatch_names_the_expected_character() -> None:
    with pytest.raises(InvalidIdNumber) as exc:
        parse_id_number("110105194912310021", today=TODAY)
    assert reason(exc) == "check_character"
    assert exc.value.args_map["expected"] == "X"
    assert exc.value.args_map["field"] == "id_number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        (" \u3000\t", "empty"),
        ("11010519491231002", "length"),
        ("11010519491231002X1", "length"),
        ("1101051949123100", "length"),
        ("11010519491231002Y", "characters"),
        ("1101051949123100X2", "characters"),
        ("X10105491231002", "characters"),
        ("11010549123100X", "characters"),
        ("110105１９４９1231002Z", "characters"),
        ("110105199902300011", "birth_date"),  # 30 February
        ("110105190002290011", "birth_date"),  # 1900 was not a leap year
        ("110105199913010011", "birth_date"),
        ("110105000001010011", "birth_date"),
        ("110105990230001", "birth_date"),  # 15 digits, 30 February 1999
        ("110105202606020011", "future_birth"),
        ("110105187912310011", "too_old"),
    ],
)
def test_rejections(text: str, expected: str) -> None:
    with pytest.raises(InvalidIdNumber) as exc:
        parse_id_number(text, today=TODAY)
    assert reason(exc) == expected


def test_birth_today_and_in_1880_are_accepted() -> None:
    assert parse_id_number(make_id_number("110105", TODAY, 1), today=TODAY).birth_date == TODAY
    assert (
        parse_id_number(make_id_number("110105", date(1880, 1, 1), 1), today=TODAY).birth_date.year
        == 1880
    )
    assert parse_id_number(make_id_number("110105", date(2000, 2, 29), 2), today=TODAY).sex is Sex.FEMALE


def test_future_birth_uses_today_by_default() -> None:
    tomorrow = date.fromordinal(date.today().toordinal() + 1)
    with pytest.raises(InvalidIdNumber) as exc:
        parse_id_number(make_id_number("110105", tomorrow, 1))
    assert reason(exc) == "future_birth"


# --- legacy 15-digit numbers ---------------------------------------------------------------------


def test_fifteen_digits_standard_example() -> None:
    info = parse_id_number("110105491231002", today=TODAY)
    assert info.number == STANDARD_EXAMPLE
    assert info.converted_from_15 is True
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex is Sex.FEMALE


@quick
@given(area=areas, birth=st.dates(date(1900, 1, 1), date(1999, 12, 31)), sequence=sequences)
def test_fifteen_to_eighteen(area: str, birth: date, sequence: int) -> None:
    eighteen = make_id_number(area, birth, sequence)
    fifteen = eighteen[:6] + eighteen[8:17]
    info = parse_id_number(fifteen, today=TODAY)
    assert info.number == eighteen
    assert info.converted_from_15 is True
    assert info.birth_date == birth
    assert info.sex is (Sex.MALE if sequence % 2 else Sex.FEMALE)


# --- area codes ----------------------------------------------------------------------------------


def test_unknown_area_code_is_a_note_not_an_error() -> None:
    number = make_id_number("990101", date(1990, 1, 1), 7)
    info = parse_id_number(number, today=TODAY)
    assert info.notes == ("area_code_unknown",)
    assert info.area_code == "990101"
    # An unknown county in a known province too.
    assert parse_id_number(make_id_number("110199", date(1990, 1, 1), 7), today=TODAY).notes == (
        "area_code_unknown",
    )


def test_area_code_newer_than_the_birth_is_accepted() -> None:
    # 330102 (Hangzhou Shangcheng) dates from 1983 in stdnum's table; people born earlier hold it,
    # and stdnum's own validation rejects them.
    number = make_id_number("330102", date(1950, 5, 17), 123)
    assert not ric.is_valid(number)
    info = parse_id_number(number, today=TODAY)
    assert info.notes == ()
    assert info.sex is Sex.MALE


# --- building ------------------------------------------------------------------------------------


def test_make_id_number_pads_and_checks_its_arguments() -> None:
    assert make_id_number("110105", date(1949, 12, 31), 2) == STANDARD_EXAMPLE
    assert make_id_number("110105", date(1949, 12, 31), 0)[14:17] == "000"
    for area, sequence in [
        ("11010", 1),
        ("11010a", 1),
        ("１１０１０５", 1),
        ("110105", -1),
        ("110105", 1000),
    ]:
        with pytest.raises(ValueError):
            make_id_number(area, date(1990, 1, 1), sequence)


def test_make_id_number_is_fast() -> None:
    birth = date(1985, 6, 7)
    start = time.perf_counter()
    for i in range(50_000):
        make_id_number("330102", birth, i % 1000)
    # About 1 million a second on a laptop; generous for loaded CI machines.
    assert time.perf_counter() - start < 1.0


# --- masking and search --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("330102198001011234", "330102********1234"),
        ("11010519491231002X", "110105********002X"),
        ("110105491231002", "110105*****1002"),
        ("1234567890", "******7890"),
        ("123456789", "*********"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("text", "plausible"),
    [
        ("1234", True),
        ("002x", True),
        ("１２３４", True),
        (STANDARD_EXAMPLE, True),
        ("110105 19491231 002X", True),
        ("123", False),
        ("X123", False),
        ("12X4", False),
        ("1101051949123100201", False),
        ("zhang", False),
        ("", False),
    ],
)
def test_is_plausible_id_query(text: str, plausible: bool) -> None:
    assert is_plausible_id_query(text) is plausible
