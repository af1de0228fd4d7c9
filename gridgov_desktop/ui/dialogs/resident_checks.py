"""What the resident form says about each field as it is typed: errors, warnings and notes.

Plain functions over the typed text, so that the dialog stays about widgets. The words for domain
errors come from ``gridgov_desktop.messages`` (shared with the command line); the form's own words
are Qt translations.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gridgov_desktop.domain.enums import Sex
from gridgov_desktop.domain.errors import InvalidIdNumber, InvalidPhone
from gridgov_desktop.domain.id_number import IdNumberInfo, normalise_id_number, parse_id_number
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.households import HouseholdView
from gridgov_desktop.ui.i18n import sex_label
from gridgov_desktop.ui.widgets.field_message import Level

_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
MAX_NAME = 64


@dataclass(frozen=True)
class Check:
    level: Level
    text: str = ""

    @property
    def blocks_saving(self) -> bool:
        return self.level is Level.ERROR


OK = Check(Level.NONE)


def age_on(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def check_name(text: str) -> Check:
    name = text.strip()
    if not name:
        return OK  # "required" is said on saving, not while the form is still empty
    if len(name) > MAX_NAME:
        return Check(
            Level.ERROR,
            QCoreApplication.translate(
                "ResidentChecks", "A name has at most {count} characters."
            ).format(count=MAX_NAME),
        )
    if any(ch.isdigit() for ch in name):
        return Check(
            Level.WARNING,
            QCoreApplication.translate("ResidentChecks", "The name contains digits: please check it."),
        )
    return OK


def check_id_number(text: str, lang: str, today: dt.date) -> tuple[Check, IdNumberInfo | None]:
    """The ID number as typed so far: a note while it is incomplete, an error as soon as it cannot
    be right (wrong characters, too long, wrong check character, impossible birth date)."""
    number = normalise_id_number(text)
    if not number:
        return OK, None
    body, last = number[:-1], number[-1]
    wrong = not (body.isascii() and (body.isdigit() or not body)) or not (last.isdigit() or last == "X")
    if wrong or (last == "X" and len(number) != 18):
        return Check(Level.ERROR, describe_error(InvalidIdNumber("characters"), lang)), None
    if len(number) > 18:
        return Check(Level.ERROR, describe_error(InvalidIdNumber("length"), lang)), None
    if len(number) not in (15, 18):
        return Check(
            Level.NOTE,
            QCoreApplication.translate("ResidentChecks", "{typed} of 18 characters typed.").format(
                typed=len(number)
            ),
        ), None
    try:
        info = parse_id_number(number, today=today)
    except InvalidIdNumber as error:
        if len(number) == 15:  # not an old number: most likely 15 characters of a new one so far
            return Check(
                Level.NOTE,
                QCoreApplication.translate("ResidentChecks", "{typed} of 18 characters typed.").format(
                    typed=15
                ),
            ), None
        return Check(Level.ERROR, describe_error(error, lang)), None
    if "area_code_unknown" in info.notes:
        return (
            Check(
                Level.WARNING,
                QCoreApplication.translate(
                    "ResidentChecks",
                    "The area code {code} is not in the list of divisions: check it "
                    "(it may be a new district).",
                ).format(code=info.area_code),
            ),
            info,
        )
    if info.converted_from_15:
        return (
            Check(
                Level.NOTE,
                QCoreApplication.translate(
                    "ResidentChecks", "Old 15-digit number: saved as {number}."
                ).format(number=info.number),
            ),
            info,
        )
    return OK, info


def derived_text(info: IdNumberInfo, today: dt.date) -> str:
    """What the number says, shown read-only under it."""
    return QCoreApplication.translate("ResidentChecks", "Born {date} · {sex} · {age} years old").format(
        date=info.birth_date.isoformat(), sex=sex_label(info.sex), age=age_on(info.birth_date, today)
    )


def household_summary(view: HouseholdView) -> str:
    """Who lives in the chosen household, under its address (helps choose the relation)."""
    head = view.head
    if not view.members:
        return QCoreApplication.translate(
            "ResidentChecks", "Nobody lives here yet: this person will be the head."
        )
    if head is None:
        return QCoreApplication.translate("ResidentChecks", "{count} members, no head.").format(
            count=len(view.members)
        )
    return QCoreApplication.translate("ResidentChecks", "Head: {name}; {count} members.").format(
        name=head.name, count=len(view.members)
    )


def parse_typed_date(text: str) -> dt.date | None:
    """``2026-11-21``, ``2026/11/21``, ``2026.11.21``, ``20261121`` or ``2026年11月21日``; None when
    empty. Raises ValueError for anything else (or a day that does not exist)."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    year, month, day = (int(part) for part in match.groups())
    return dt.date(year, month, day)


def check_birth_date(
    text: str, expected: dt.date | None, today: dt.date
) -> tuple[Check, dt.date | None]:
    try:
        born = parse_typed_date(text)
    except ValueError:
        return Check(
            Level.ERROR, QCoreApplication.translate("ResidentChecks", "Type the date as 2026-11-21.")
        ), None
    if born is None:
        return OK, None
    if born > today:
        return Check(
            Level.ERROR,
            QCoreApplication.translate("ResidentChecks", "The date of birth is in the future."),
        ), born
    if born.year < 1880:
        return Check(
            Level.ERROR,
            QCoreApplication.translate("ResidentChecks", "The date of birth is before 1880."),
        ), born
    if expected is not None and born != expected:
        return (
            Check(
                Level.WARNING,
                QCoreApplication.translate(
                    "ResidentChecks",
                    "Differs from the ID number ({date}); the ID number's date is saved.",
                ).format(date=expected.isoformat()),
            ),
            born,
        )
    return OK, born


def check_sex(sex: Sex | None, expected: Sex | None) -> Check:
    """``expected``: the sex the ID number says (None without a number)."""
    if sex is not None and expected is not None and sex is not expected:
        return Check(
            Level.WARNING,
            QCoreApplication.translate(
                "ResidentChecks", "Differs from the ID number ({sex}); the ID number's sex is saved."
            ).format(sex=sex_label(expected)),
        )
    return OK


def check_phone(text: str, lang: str) -> Check:
    if not text.strip():
        return OK
    try:
        parse_phone(text)
    except InvalidPhone as error:
        return Check(Level.ERROR, describe_error(error, lang))
    return OK
