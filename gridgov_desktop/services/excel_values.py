"""Cell values as a clerk meant them: text, dates in the usual spellings, personal names."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from openpyxl.utils.datetime import from_excel

from gridgov_desktop.domain.text import without_control_characters

NAME_LIMIT = 64  # resident.name
_INTERPUNCTS = str.maketrans(dict.fromkeys("•・･‧∙⋅·．", "·"))
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)


def cell_text(value: Any) -> str | None:
    """A cell as text: numbers without a spurious ".0", dates as 2026-11-21, blanks as None; control
    characters (Excel keeps them as ``_x001B_``) dropped."""
    if value is None:
        return None
    if isinstance(value, str):
        return without_control_characters(value).strip() or None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_date(value: Any) -> dt.date | None:
    """A date as offices write it: a date cell, 2026-11-21, 2026/11/21, 2026.11.21, 2026年11月21日,
    20261121, or an Excel serial number. None when it is none of these (or not a real day)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            if 10_000 <= value <= 80_000:  # a date cell formatted as a number: 1927–2119
                serial = from_excel(value)
                return serial.date() if isinstance(serial, dt.datetime) else None
            value = str(value)
        if not isinstance(value, str):
            return None
        text = unicodedata.normalize("NFKC", value).strip()
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        found = _DATE.fullmatch(text)
        if found is None:
            return None
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except (ValueError, OverflowError):
        return None


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0x20000 <= code <= 0x3FFFF or 0xF900 <= code <= 0xFAFF


def check_name(text: str) -> tuple[str, str | None, bool]:
    """(name as stored, error or None, has private-use characters).

    Chinese names lose the spaces old lists padded two-character names with ("张  三"); the dots of
    minority names (阿卜杜拉·买买提) become the interpunct U+00B7 the ID card uses. Characters are not
    normalised otherwise: NFC would turn a compatibility ideograph someone's name is written with into
    its unified twin.
    """
    cjk = any(_is_cjk(char) for char in text)
    name = text.translate(_INTERPUNCTS)
    # Chinese names: no spaces at all; others (foreign-born citizens) keep single spaces.
    name = "".join(name.replace(".", "·").split()) if cjk else " ".join(name.split())
    name = name.replace(" ·", "·").replace("· ", "·")
    if len(name) > NAME_LIMIT:
        return name, f"姓名过长（最多{NAME_LIMIT}个字）。", False
    bad = []
    private_use = False
    for char in name:
        category = unicodedata.category(char)
        if category[0] in "LM" or char in "· ":
            continue
        if category == "Co":
            private_use = True
            continue
        bad.append(char)
    if bad:
        return name, f"姓名含有数字或符号「{''.join(dict.fromkeys(bad))}」。", False
    if name.startswith("·") or name.endswith("·"):
        return name, "姓名的间隔号“·”不能在开头或结尾。", False
    return name, None, private_use
