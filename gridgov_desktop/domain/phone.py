"""Phone numbers of mainland China: mobiles (``13812345678``) and landlines (``024-87654321``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from gridgov_desktop.domain.errors import InvalidPhone

__all__ = ["PhoneNumber", "mask_phone", "parse_phone", "phone_digits"]

# Full-width ASCII (U+FF01..U+FF5E) -> ASCII and the ideographic space -> space: Chinese input
# methods type （024）８７６５４３２１.
_FULL_WIDTH: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_NORMALISE_TABLE = str.maketrans({**_FULL_WIDTH, 0x3000: 0x20})

# Characters people put between digit groups. 转 ("transfer to") introduces an extension.
_SEPARATORS = frozenset(" \t-()‐‑‒–—转")
_NON_DIGITS = re.compile(r"[^0-9]+")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_LANDLINE = re.compile(r"(0[0-9]{2,3})-([0-9]{7,8})((?:-[0-9]+)?)")
_MAX_EXTENSION = 6


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number in display-normal form: ``13812345678``, ``024-87654321``, ``024-87654321-123``."""

    number: str
    kind: Literal["mobile", "landline"]

    @property
    def digits(self) -> str:
        """Only the digits: the search key."""
        return self.number.replace("-", "")


def _normalise(text: str) -> str:
    return text.translate(_NORMALISE_TABLE).strip()


def phone_digits(text: str) -> str:
    """The digits of whatever was typed (full-width digits count), for searching."""
    return _NON_DIGITS.sub("", _normalise(text))


def parse_phone(text: str) -> PhoneNumber:
    """Read a mobile or landline number as typed.

    Raises ``InvalidPhone`` whose detail is one of ``empty``, ``characters``, ``length``, ``prefix``.
    """
    cleaned = _normalise(text)
    if not cleaned:
        raise InvalidPhone("empty", field="phone")
    international = cleaned.startswith("+")
    body = cleaned[1:] if international else cleaned
    digits: list[str] = []
    # Digit positions where the typist put a separator: used to tell an extension from the number.
    breaks: set[int] = set()
    for ch in body:
        if "0" <= ch <= "9":
            digits.append(ch)
        elif ch in _SEPARATORS:
            breaks.add(len(digits))
        else:
            raise InvalidPhone("characters", field="phone")
    number = "".join(digits)
    if not number:
        raise InvalidPhone("length", field="phone")
    offset = 0
    if international:
        if not number.startswith("86"):
            raise InvalidPhone("prefix", field="phone")
        offset = 2
    elif number.startswith("0086"):
        offset = 4
    elif len(number) == 13 and number.startswith("861"):
        # A bare 86 is only a country code in front of a mobile; elsewhere it is ambiguous.
        offset = 2
    national = number[offset:]
    breaks = {b - offset for b in breaks if b > offset}
    if offset and (national[:1] not in ("", "0", "1") or national.startswith("10")):
        # Abroad, landlines drop the trunk 0: +86 24 87654321, +86 10 62345678 (no mobile starts 10).
        national = "0" + national
        breaks = {b + 1 for b in breaks}
    if not national:
        raise InvalidPhone("length", field="phone")
    if national[0] == "1":
        return _mobile(national)
    if national[0] == "0":
        return _landline(national, breaks)
    raise InvalidPhone("prefix", field="phone")


def _mobile(national: str) -> PhoneNumber:
    if len(national) < 2:
        raise InvalidPhone("length", field="phone")
    if national[1] not in "3456789":
        raise InvalidPhone("prefix", field="phone")
    if len(national) != 11:
        raise InvalidPhone("length", field="phone")
    return PhoneNumber(national, "mobile")


def _landline(national: str, breaks: set[int]) -> PhoneNumber:
    if len(national) < 2:
        raise InvalidPhone("length", field="phone")
    if national[1] == "0":
        # 00 starts an international call, not an area code.
        raise InvalidPhone("prefix", field="phone")
    # Beijing (010) and the 02x cities have 3-digit area codes, everywhere else has 4.
    area_length = 3 if national[1] in "12" else 4
    area, rest = national[:area_length], national[area_length:]
    if len(rest) < 7:
        raise InvalidPhone("length", field="phone")
    if rest[0] in "01":
        # Local numbers never start with 0 or 1.
        raise InvalidPhone("prefix", field="phone")
    if len(rest) <= 8:
        return PhoneNumber(f"{area}-{rest}", "landline")
    # More than 8 digits: only an extension the typist set apart, as in 024-87654321-123, fits.
    for local_length in (8, 7):
        extension = rest[local_length:]
        if area_length + local_length in breaks and 1 <= len(extension) <= _MAX_EXTENSION:
            return PhoneNumber(f"{area}-{rest[:local_length]}-{extension}", "landline")
    raise InvalidPhone("length", field="phone")


def mask_phone(number: str) -> str:
    """Mask a phone number for screens and print: ``138****5678``, ``024-****4321``.

    Other shapes are read with ``parse_phone`` first; if that fails, all but the last 4 characters are
    starred (all of them when there are 4 or fewer, so that nothing short is shown whole).
    """
    if _MOBILE.fullmatch(number):
        return number[:3] + "****" + number[-4:]
    landline = _LANDLINE.fullmatch(number)
    if landline:
        area, local, extension = landline.groups()
        return f"{area}-{'*' * (len(local) - 4)}{local[-4:]}{extension}"
    try:
        parsed = parse_phone(number)
    except InvalidPhone:
        return "*" * len(number) if len(number) <= 4 else "*" * (len(number) - 4) + number[-4:]
    return mask_phone(parsed.number)
