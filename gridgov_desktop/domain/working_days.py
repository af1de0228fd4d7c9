"""Working days (工作日): deadlines counted without weekends and statutory holidays, with the
make-up working days (调休上班) that China moves onto weekends around its holidays.

A limit of N working days ends on the Nth working day *after* the start date; the start day itself is
not counted (Civil Code art. 201), so ``working_days_after(start, 0)`` is ``start``.

The calendar is data (an administrator loads each year from the State Council's notice): a
``WorkCalendar`` holds the exceptional days — holidays, and working weekends — and the years that
were loaded. A day without an exception works Monday to Friday; so does every day of a year that was
never loaded, which is why the app warns when next year is missing.

Counting is arithmetic, not a walk over days: the working days up to a day are its weekdays (a closed
form) minus the weekday holidays before it plus the working weekends before it (two bisections over
sorted tuples built once per calendar). ``working_days_after`` then bisects over those counts: about
ten steps whatever N is.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

_SATURDAY = 5
_MAX_ORDINAL = dt.date.max.toordinal()


class DayKind(StrEnum):
    """What an exceptional day is: rest on a day that would work, or work on a day that would rest."""

    HOLIDAY = "holiday"  # 放假
    WORKDAY = "workday"  # 上班 (调休)


@dataclass(frozen=True)
class WorkCalendar:
    """The exceptional days and the loaded years. Holidays that fall on a weekend may be listed (they
    name the days of a break); they change nothing. A day cannot be both a holiday and a workday."""

    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()
    years: frozenset[int] = frozenset()
    names: Mapping[dt.date, str] = field(default_factory=dict, compare=False, repr=False)
    # Ordinals of the days that change the Mon–Fri count, sorted once: see _count.
    _rest_weekdays: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _work_weekends: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        holidays, workdays = frozenset(self.holidays), frozenset(self.workdays)
        clash = holidays & workdays
        if clash:
            raise ValueError(f"both a holiday and a workday: {min(clash).isoformat()}")
        object.__setattr__(self, "holidays", holidays)
        object.__setattr__(self, "workdays", workdays)
        object.__setattr__(self, "years", frozenset(self.years))
        rest = sorted(d.toordinal() for d in holidays if d.weekday() < _SATURDAY)
        work = sorted(d.toordinal() for d in workdays if d.weekday() >= _SATURDAY)
        object.__setattr__(self, "_rest_weekdays", tuple(rest))
        object.__setattr__(self, "_work_weekends", tuple(work))

    @classmethod
    def from_days(
        cls, days: Iterable[tuple[dt.date, str, str | None]], years: Iterable[int] = ()
    ) -> WorkCalendar:
        """A calendar from ``(day, kind, name)`` rows, ``kind`` being ``"holiday"`` or ``"workday"``."""
        holidays: set[dt.date] = set()
        workdays: set[dt.date] = set()
        names: dict[dt.date, str] = {}
        for day, kind, name in days:
            (holidays if DayKind(kind) is DayKind.HOLIDAY else workdays).add(day)
            if name:
                names[day] = name
        return cls(frozenset(holidays), frozenset(workdays), frozenset(years), names)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < _SATURDAY and day not in self.holidays

    def is_loaded(self, year: int) -> bool:
        """Whether ``year``'s holidays were loaded (else it counts Monday to Friday only)."""
        return year in self.years

    def kind_of(self, day: dt.date) -> DayKind | None:
        """The day's exception, if it has one."""
        if day in self.holidays:
            return DayKind.HOLIDAY
        if day in self.workdays:
            return DayKind.WORKDAY
        return None

    def _count(self, ordinal: int) -> int:
        """Working days among the ordinals 1 … ``ordinal`` (ordinal 1, 0001-01-01, is a Monday)."""
        weeks, rest = divmod(ordinal, 7)
        weekdays = 5 * weeks + (rest if rest < 5 else 5)
        return (
            weekdays
            - bisect_right(self._rest_weekdays, ordinal)
            + bisect_right(self._work_weekends, ordinal)
        )


def working_days_after(start: dt.date, n: int, calendar: WorkCalendar) -> dt.date:
    """The ``n``-th working day after ``start`` (``start`` itself not counted); ``start`` when n is 0.

    Raises ``ValueError`` for a negative ``n`` or a result beyond the year 9999.
    """
    if n < 0:
        raise ValueError(f"a number of working days cannot be negative: {n}")
    if n == 0:
        return start
    first = start.toordinal() + 1
    target = calendar._count(first - 1) + n
    # An upper bound: n weekdays span at most n·7/5 + 2 days; each weekday holiday adds one more.
    last = first + n * 7 // 5 + 7
    while last <= _MAX_ORDINAL and calendar._count(last) < target:
        last += (target - calendar._count(last)) * 7 // 5 + 7
    last = min(last, _MAX_ORDINAL)
    found = first + bisect_left(range(first, last + 1), target, key=calendar._count)
    if found > last:
        raise ValueError(f"{n} working days after {start.isoformat()} is beyond the calendar")
    return dt.date.fromordinal(found)


def working_days_between(start: dt.date, end: dt.date, calendar: WorkCalendar) -> int:
    """The working days in (``start``, ``end``]: how many a request has used by ``end``; 0 when
    ``end`` is not after ``start``. The inverse of ``working_days_after``."""
    if end <= start:
        return 0
    return calendar._count(end.toordinal()) - calendar._count(start.toordinal())


@dataclass(frozen=True)
class DayNote:
    """Why a day in a span is not an ordinary Monday–Friday working day."""

    day: dt.date
    reason: str  # "weekend" (rested), "holiday" (rested), "workday" (a weekend that works)
    name: str | None = None


def unusual_days(start: dt.date, end: dt.date, calendar: WorkCalendar) -> list[DayNote]:
    """The days in (``start``, ``end``] that are not ordinary working days, in order: the weekends and
    holidays skipped, and the make-up working days counted (``gridgov calendar add-days --verbose``)."""
    notes: list[DayNote] = []
    day = start + dt.timedelta(days=1)
    one_day = dt.timedelta(days=1)
    while day <= end:
        kind = calendar.kind_of(day)
        name = calendar.names.get(day)
        if kind is DayKind.WORKDAY:
            if day.weekday() >= _SATURDAY:
                notes.append(DayNote(day, "workday", name))
        elif kind is DayKind.HOLIDAY:
            notes.append(DayNote(day, "holiday", name))
        elif day.weekday() >= _SATURDAY:
            notes.append(DayNote(day, "weekend"))
        day += one_day
    return notes
