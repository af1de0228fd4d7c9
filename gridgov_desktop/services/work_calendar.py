"""The working-day calendar in the database: load it for deadlines, seed it, edit, import and export it.

``calendar_day`` holds the exceptional days (holidays, and make-up working days on weekends; holidays
on a weekend may be stored too: they name the days of a break) and ``calendar_year`` the years that
were loaded, with their source. Deadlines use ``load_calendar(db)`` and ``domain.working_days``.

Seed: the CSV files in ``resources/seed/holidays/`` (one per year, written by
``scripts/make-holiday-seed`` from the State Council notices). Each seed year that the database has
not loaded yet is loaded the first time the calendar is read (or by ``ensure_seed_calendar`` when the
street is created), so an upgrade that ships next year's file brings it in by itself; a year that an
administrator imported is never overwritten by a seed, and rows set by hand win over seed rows.

Reading is the fast path (``db.fast_reader``, two small queries, no ORM): ``load_calendar`` runs on
every intake and always sees the latest edit of any desk. SQLAlchemy is imported inside the functions
that write, for the same reason as in ``services.registry``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.working_days import DayKind, WorkCalendar
from gridgov_desktop.paths import SEED_DIR
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.calendar_file import (
    MESSAGE_TEXTS,
    CalendarDayRefused,
    CalendarFile,
    CalendarRowError,
    check_day,
    read_calendar_file,
    write_calendar_csv,
)
from gridgov_desktop.services.permissions import Permission, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.engine import Database

HOLIDAY_SEED_DIR = SEED_DIR / "holidays"


@dataclass(frozen=True)
class CalendarDayInfo:
    day: dt.date
    kind: DayKind
    name: str | None


@dataclass(frozen=True)
class CalendarYearInfo:
    year: int
    source: str
    loaded_at: dt.datetime  # UTC


@dataclass(frozen=True)
class CalendarStatus:
    """Whether deadlines can be trusted: this year's and next year's holidays loaded or not."""

    today: dt.date
    loaded_years: tuple[int, ...]
    this_year_missing: bool
    next_year_missing: bool

    @property
    def code(self) -> str | None:
        """``"this_year_missing"``, ``"next_year_missing"`` or None (all well): a key of the
        ``calendar_status`` texts."""
        if self.this_year_missing:
            return "this_year_missing"
        return "next_year_missing" if self.next_year_missing else None

    @property
    def year(self) -> int:
        """The year the warning is about."""
        return self.today.year if self.this_year_missing else self.today.year + 1


@dataclass(frozen=True)
class ImportSummary:
    file_name: str
    years: tuple[int, ...]
    holidays: int
    workdays: int
    replaced: int  # rows of those years that were there before


def status_text(status: CalendarStatus, lang: str | None = None) -> str:
    """The warning in the user's language, or "" when there is nothing to warn about."""
    from gridgov_desktop.messages import default_language

    if status.code is None:
        return ""
    index = 1 if (lang or default_language()) == "en" else 0
    return MESSAGE_TEXTS[("calendar_status", status.code)][index].format(year=status.year)


# --- seed ------------------------------------------------------------------------------------------
@functools.cache
def _seed_files() -> dict[int, CalendarFile]:
    files: dict[int, CalendarFile] = {}
    for path in sorted(HOLIDAY_SEED_DIR.glob("*.csv")):
        found = read_calendar_file(path)
        for year in found.years:
            files[year] = found
    return files


def seed_years() -> tuple[int, ...]:
    """The years the shipped seed files cover."""
    return tuple(sorted(_seed_files()))


def ensure_seed_calendar(session: Session) -> tuple[int, ...]:
    """Load each seed year the database has not loaded, in the caller's transaction; returns the
    years loaded. Idempotent, and safe when two desks do it at once (conflicting rows are skipped)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import CalendarYear

    loaded = set(session.scalars(select(CalendarYear.year)))
    missing = [year for year in seed_years() if year not in loaded]
    if not missing:
        return ()
    seeds = _seed_files()
    for year in missing:
        seed = seeds[year]
        rows = [e for e in seed.entries if e.day.year == year]
        _insert_ignoring_existing(
            session, "calendar_day", [{"day": e.day, "kind": e.kind.value, "name": e.name} for e in rows]
        )
        source = seed.source or seed.name
        _insert_ignoring_existing(
            session, "calendar_year", [{"year": year, "source": source[:200], "loaded_at": _now()}]
        )
    audit.record(session, SYSTEM, "seed", "calendar", ",".join(map(str, missing)))
    return tuple(missing)


def _insert_ignoring_existing(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    from gridgov_desktop.db.tables import Base

    target = Base.metadata.tables[table]
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(target).on_conflict_do_nothing(), rows)
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(target).on_conflict_do_nothing(), rows)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- reading ---------------------------------------------------------------------------------------
def load_calendar(db: Database) -> WorkCalendar:
    """The whole calendar (about 40 rows a year), read afresh: an edit at another desk counts at once.
    Seeds the shipped years first if the database lacks any of them."""
    reader = db.fast_reader
    years = {int(year) for (year,) in reader.rows("calendar.years", {})}
    if not set(seed_years()) <= years:
        with db.session(write=True) as session:
            ensure_seed_calendar(session)
        years = {int(year) for (year,) in reader.rows("calendar.years", {})}
    return _calendar(reader.rows("calendar.days", {}), years)


def calendar_in_session(session: Session) -> WorkCalendar:
    """The calendar read in the caller's transaction (a service computing a deadline while it writes;
    it does not seed: call ``load_calendar`` or ``ensure_seed_calendar`` for that)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import CalendarDay, CalendarYear

    rows = session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name))
    return _calendar(rows, set(session.scalars(select(CalendarYear.year))))


def _calendar(rows: Iterable[Sequence[Any]], years: set[int]) -> WorkCalendar:
    return WorkCalendar.from_days(((_date(day), kind, name) for day, kind, name in rows), years)


def calendar_status(db: Database, today: dt.date | None = None) -> CalendarStatus:
    """Whether this year and next year are loaded (the status bar warns when one is not)."""
    today = today or dt.date.today()
    years = tuple(sorted(load_calendar(db).years))
    return CalendarStatus(today, years, today.year not in years, today.year + 1 not in years)


def calendar_years(db: Database) -> list[CalendarYearInfo]:
    """The loaded years with where they came from and when."""
    load_calendar(db)  # seeds a fresh database
    return [
        CalendarYearInfo(int(year), source, _datetime(loaded_at))
        for year, source, loaded_at in db.fast_reader.rows("calendar.year_rows", {})
    ]


def calendar_days(db: Database, year: int) -> list[CalendarDayInfo]:
    """The exceptional days of ``year``, in date order."""
    load_calendar(db)
    rows = db.fast_reader.rows(
        "calendar.days_between", {"first": dt.date(year, 1, 1), "last": dt.date(year, 12, 31)}
    )
    return [CalendarDayInfo(_date(day), DayKind(kind), name) for day, kind, name in rows]


def _date(value: Any) -> dt.date:
    # SQLite through DBAPI hands dates back as text.
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _datetime(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


# --- changes ---------------------------------------------------------------------------------------
def set_day(
    db: Database, actor: Actor, day: dt.date, kind: DayKind | str | None, name: str | None = None
) -> CalendarDayInfo | None:
    """Make ``day`` a holiday or a make-up working day, or (``kind`` None) an ordinary day again.

    The same rules as an imported row (``calendar_file.check_day``); raises ``CalendarDayRefused``.
    The year is not marked loaded: one day is not the year's notice.
    """
    from gridgov_desktop.db.tables_service import CalendarDay

    require(actor, Permission.MANAGE_CALENDAR)
    wanted = DayKind(kind) if kind is not None else None
    label = (name or "").strip() or None
    if wanted is not None:
        try:
            check_day(day, wanted, label)
        except CalendarRowError as error:
            args = dict(error.args_map)
            raise CalendarDayRefused(args.pop("detail"), **args) from None
    with db.session(write=True) as session:
        row = session.get(CalendarDay, day)
        before = {"kind": row.kind, "name": row.name} if row is not None else None
        if wanted is None:
            if row is None:
                return None
            session.delete(row)
            audit.record(session, actor, "delete", "calendar_day", day.isoformat(), before=before)
            return None
        if row is None:
            session.add(CalendarDay(day=day, kind=wanted.value, name=label))
        else:
            row.kind, row.name = wanted.value, label
        after = {"kind": wanted.value, "name": label}
        action = "create" if row is None else "update"
        audit.record(session, actor, action, "calendar_day", day.isoformat(), before=before, after=after)
    return CalendarDayInfo(day, wanted, label)


def import_calendar(db: Database, actor: Actor, path: Path) -> ImportSummary:
    """Replace every year the file lists with the file's rows and mark those years loaded (source:
    the file's name). All or nothing: a bad row (``CalendarImportRefused`` lists them all) or an
    unreadable file (``CalendarFileError``, ``ExcelFileError``) writes nothing."""
    from sqlalchemy import delete, func, insert, select

    from gridgov_desktop.db.tables_service import CalendarDay, CalendarYear

    require(actor, Permission.MANAGE_CALENDAR)
    found = read_calendar_file(path)
    source, now = found.name[:200], _now()
    with db.session(write=True) as session:
        replaced = 0
        for year in found.years:
            in_year = CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            replaced += session.scalar(select(func.count()).where(in_year)) or 0
            session.execute(delete(CalendarDay).where(in_year))
            loaded = session.get(CalendarYear, year)
            if loaded is None:
                session.add(CalendarYear(year=year, source=source, loaded_at=now))
            else:
                loaded.source, loaded.loaded_at = source, now
        session.execute(
            insert(CalendarDay),
            [{"day": e.day, "kind": e.kind.value, "name": e.name} for e in found.entries],
        )
        holidays = sum(e.kind is DayKind.HOLIDAY for e in found.entries)
        summary = ImportSummary(
            found.name, found.years, holidays, len(found.entries) - holidays, replaced
        )
        audit.record(
            session,
            actor,
            "import",
            "calendar",
            ",".join(map(str, found.years)),
            before={"rows": replaced},
            after={"file": found.name, "holidays": holidays, "workdays": summary.workdays},
        )
    return summary


def export_calendar(db: Database, year: int, path: Path) -> int:
    """Write ``year``'s exceptional days to a CSV file that ``import_calendar`` reads back; returns
    the number of days written."""
    return write_calendar_csv(((d.day, d.kind.value, d.name) for d in calendar_days(db, year)), path)


# --- statements ------------------------------------------------------------------------------------
@statement("calendar.years")
def _years(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import CalendarYear

    return select(CalendarYear.year)


@statement("calendar.year_rows")
def _year_rows(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import CalendarYear

    return select(CalendarYear.year, CalendarYear.source, CalendarYear.loaded_at).order_by(
        CalendarYear.year
    )


@statement("calendar.days")
def _days(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import CalendarDay

    return select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)


@statement("calendar.days_between")
def _days_between(backend: str) -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables_service import CalendarDay

    return (
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
        .where(CalendarDay.day.between(bindparam("first"), bindparam("last")))
        .order_by(CalendarDay.day)
    )
