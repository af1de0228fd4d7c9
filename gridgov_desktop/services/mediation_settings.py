"""The office's settings for mediation, read in the caller's transaction, and the calendar sums of
its clocks.

Settings (``app_setting``): ``mediation.number_format`` (default ``〔{year}〕{committee}调字第{n}号``),
``mediation.committee`` (default: the street's name without 街道), ``mediation.committee_name``
(default ``<street name>人民调解委员会``), ``mediation.deadline_months`` (default 1: the Ministry of
Justice's one month), ``mediation.follow_up_days`` (default 30 days after the outcome).
"""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.tables import AppSetting, OrgNode

NUMBER_FORMAT = "mediation.number_format"
COMMITTEE = "mediation.committee"
COMMITTEE_NAME = "mediation.committee_name"
DEADLINE_MONTHS = "mediation.deadline_months"
FOLLOW_UP_DAYS = "mediation.follow_up_days"

DEFAULT_NUMBER_FORMAT = "〔{year}〕{committee}调字第{n}号"
JUDICIAL_CONFIRMATION_DAYS = 30  # People's Mediation Law art. 33
NUMBER_MAX_LENGTH = 40  # the column's width


def setting(session: Session, key: str) -> str | None:
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return None if value is None else str(value).strip() or None


def street_name(session: Session) -> str:
    name = session.scalar(
        select(OrgNode.name).where(OrgNode.parent_id.is_(None)).order_by(OrgNode.id).limit(1)
    )
    return name or ""


def committee_short(session: Session) -> str:
    """ "东风" for 东风街道: what the case number carries."""
    return setting(session, COMMITTEE) or street_name(session).removesuffix("街道")


def committee_name(session: Session) -> str:
    """ "东风街道人民调解委员会": what documents print at their head."""
    return setting(session, COMMITTEE_NAME) or f"{street_name(session)}人民调解委员会"


def _int_setting(session: Session, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(setting(session, key) or default)
    except ValueError:
        return default
    return value if low <= value <= high else default


def deadline_months(session: Session) -> int:
    return _int_setting(session, DEADLINE_MONTHS, 1, 1, 24)


def follow_up_days(session: Session) -> int:
    return _int_setting(session, FOLLOW_UP_DAYS, 30, 1, 365)


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months: 1/31 + 1 month is the last day of February, 28th or 29th."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def judicial_deadline(effective_on: dt.date) -> dt.date:
    return effective_on + dt.timedelta(days=JUDICIAL_CONFIRMATION_DAYS)


def case_number(session: Session, year: int, sequence: int) -> str:
    """The number as the office formats it; a broken format setting falls back to the default
    rather than leaving a case without a number."""
    committee = committee_short(session)
    pattern = setting(session, NUMBER_FORMAT) or DEFAULT_NUMBER_FORMAT
    try:
        number = pattern.format(year=year, committee=committee, n=sequence)
    except (KeyError, IndexError, ValueError, AttributeError):
        number = ""
    # Without its year or its sequence a number would come round again (numbers are unique).
    has_both = "{n" in pattern and "{year" in pattern
    if not number or not has_both or len(number) > NUMBER_MAX_LENGTH:
        number = DEFAULT_NUMBER_FORMAT.format(year=year, committee=committee, n=sequence)
    return number[:NUMBER_MAX_LENGTH]
