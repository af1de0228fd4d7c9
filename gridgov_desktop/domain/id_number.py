"""Resident ID numbers (公民身份号码, GB 11643-1999).

An 18-character number is a 6-digit area code, the birth date ``YYYYMMDD``, a 3-digit sequence (odd for
men, even for women) and a check character. Legacy 15-digit numbers (``YYMMDD``, no check character)
are converted to 18 characters on parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from gridgov_desktop.domain.enums import Sex
from gridgov_desktop.domain.errors import InvalidIdNumber

__all__ = [
    "IdNumberInfo",
    "id_check_character",
    "is_plausible_id_query",
    "make_id_number",
    "mask_id_number",
    "normalise_id_number",
    "parse_id_number",
]

# Remainder of the weighted sum (mod 11) -> check character.
_CHECK_CHARACTERS = "10X98765432"
_EARLIEST_BIRTH = date(1880, 1, 1)

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII, as typed by Chinese input methods; lower-case x is
# how many people type the check character.
_FULL_WIDTH: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_NORMALISE_TABLE = str.maketrans({**_FULL_WIDTH, ord("x"): ord("X"), ord("ｘ"): ord("X")})

_ID_QUERY = re.compile(r"[0-9]{3,17}[0-9X]")

# make_id_number runs hundreds of thousands of times for demo data; f-string formatting was most of
# its cost, so two- and three-digit parts come from tables.
_TWO_DIGITS = tuple(f"{i:02d}" for i in range(100))
_SEQUENCE_TEXT = tuple(f"{i:03d}" for i in range(1000))


@dataclass(frozen=True)
class IdNumberInfo:
    """What a valid ID number says about its holder."""

    number: str
    area_code: str
    birth_date: date
    sex: Sex
    converted_from_15: bool
    notes: tuple[str, ...] = ()


def normalise_id_number(text: str) -> str:
    """Drop whitespace, turn full-width characters into ASCII and ``x`` into ``X``. Does not validate."""
    return "".join(text.split()).translate(_NORMALISE_TABLE)


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit alone accepts "²" and other non-ASCII digits.
    return text.isascii() and text.isdigit()


def id_check_character(first17: str) -> str:
    """Return the check character for the first 17 digits of an ID number.

    The standard weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 are 2**(17-i) mod 11, and 13 ≡ 2 (mod 11),
    so reading the digits in base 13 gives half the weighted sum mod 11 in one C-level call.
    """
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError(f"expected 17 ASCII digits, got {first17!r}")
    return _CHECK_CHARACTERS[2 * int(first17, 13) % 11]


@lru_cache(maxsize=8192)
def _area_code_known(area_code: str) -> bool:
    """Whether python-stdnum's table of administrative divisions knows ``area_code``."""
    # Imported here: loading the table takes tens of milliseconds, only pay for it when parsing.
    from stdnum import numdb

    parts = numdb.get("cn/loc").info(area_code)
    # The table is keyed province (2 digits) -> county (4 digits); an unknown county leaves the
    # second part without properties. Counties that were renamed or abolished stay known.
    return any("county" in props for _part, props in parts)


def parse_id_number(text: str, *, today: date | None = None) -> IdNumberInfo:
    """Validate an ID number as typed and say what it encodes.

    Raises ``InvalidIdNumber`` whose detail is one of ``empty``, ``length``, ``characters``,
    ``birth_date``, ``future_birth``, ``too_old``, ``check_character`` (with ``expected=``).
    """
    number = normalise_id_number(text)
    if not number:
        raise InvalidIdNumber("empty", field="id_number")
    if len(number) not in (15, 18):
        raise InvalidIdNumber("length", field="id_number")
    converted = len(number) == 15
    if converted:
        if not _is_ascii_digits(number):
            raise InvalidIdNumber("characters", field="id_number")
        # Legacy numbers were issued from 1984 to people born in the 1900s.
        first17 = number[:6] + "19" + number[6:]
    else:
        first17 = number[:17]
        last = number[17]
        if not _is_ascii_digits(first17) or not (last == "X" or _is_ascii_digits(last)):
            raise InvalidIdNumber("characters", field="id_number")
    try:
        birth = date(int(first17[6:10]), int(first17[10:12]), int(first17[12:14]))
    except ValueError:
        raise InvalidIdNumber("birth_date", field="id_number") from None
    if birth > (today or date.today()):
        raise InvalidIdNumber("future_birth", field="id_number")
    if birth < _EARLIEST_BIRTH:
        raise InvalidIdNumber("too_old", field="id_number")
    check = id_check_character(first17)
    if converted:
        number = first17 + check
    elif number[17] != check:
        raise InvalidIdNumber("check_character", field="id_number", expected=check)
    area_code = number[:6]
    # An area code missing from stdnum's table is usually a new or merged district, not an error:
    # stdnum's own validate() also rejects codes created after the birth year, which real people hold.
    notes = () if _area_code_known(area_code) else ("area_code_unknown",)
    return IdNumberInfo(
        number=number,
        area_code=area_code,
        birth_date=birth,
        sex=Sex.MALE if int(number[16]) % 2 else Sex.FEMALE,
        converted_from_15=converted,
        notes=notes,
    )


def make_id_number(area_code: str, birth_date: date, sequence: int) -> str:
    """Build a valid 18-character ID number; an odd ``sequence`` (0..999) makes a man.

    Meant for demo data and tests: it does not check that the area exists or the date is plausible.
    """
    if len(area_code) != 6 or not _is_ascii_digits(area_code):
        raise ValueError(f"area code must be 6 ASCII digits, got {area_code!r}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must be 0..999, got {sequence}")
    year = birth_date.year
    first17 = (
        area_code
        + (str(year) if year >= 1000 else f"{year:04d}")
        + _TWO_DIGITS[birth_date.month]
        + _TWO_DIGITS[birth_date.day]
        + _SEQUENCE_TEXT[sequence]
    )
    return first17 + _CHECK_CHARACTERS[2 * int(first17, 13) % 11]


def mask_id_number(number: str) -> str:
    """Mask an ID number for screens and print: ``330102********1234`` (first 6 and last 4 shown).

    Strings of 10 to 14 characters show only the last 4, shorter ones are all stars: too little would
    be hidden otherwise.
    """
    n = len(number)
    if n >= 15:
        return number[:6] + "*" * (n - 10) + number[-4:]
    if n >= 10:
        return "*" * (n - 4) + number[-4:]
    return "*" * n


def is_plausible_id_query(text: str) -> bool:
    """Whether a search text looks like (part of) an ID number: 4 to 18 digits, maybe ending in X."""
    return _ID_QUERY.fullmatch(normalise_id_number(text)) is not None
