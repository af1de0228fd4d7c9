"""The working-day calendar in the database: seeded from the State Council notices, read afresh by
every desk, edited day by day, imported all-or-nothing from CSV (UTF-8, GBK) and .xlsx, exported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.db.tables_service import CalendarDay, CalendarYear
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import PermissionDenied
from gridgov_desktop.domain.working_days import DayKind, working_days_after
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import work_calendar as wc
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.calendar_file import (
    CalendarDayRefused,
    CalendarFileError,
    CalendarImportRefused,
    read_calendar_file,
)
from gridgov_desktop.services.excel_errors import ExcelFileError

D = dt.date
CLERK = Actor(user_id=None, username="clerk", display_name="窗口", role=UserRole.FRONT_DESK)


def _range(first: dt.date, last: dt.date) -> set[dt.date]:
    return {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}


def _audit(db: Database) -> list[tuple[str, str, str | None]]:
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id)
            .where(AuditEntry.entity.in_(("calendar", "calendar_day")))
            .order_by(AuditEntry.id)
        ).all()
    return [(a, e, i) for a, e, i in rows]


# --- the seed files --------------------------------------------------------------------------------
def test_the_2026_seed_is_exactly_the_notice_in_domain_md() -> None:
    seed = read_calendar_file(wc.HOLIDAY_SEED_DIR / "2026.csv")
    off = (
        _range(D(2026, 1, 1), D(2026, 1, 3))
        | _range(D(2026, 2, 15), D(2026, 2, 23))
        | _range(D(2026, 4, 4), D(2026, 4, 6))
        | _range(D(2026, 5, 1), D(2026, 5, 5))
        | _range(D(2026, 6, 19), D(2026, 6, 21))
        | _range(D(2026, 9, 25), D(2026, 9, 27))
        | _range(D(2026, 10, 1), D(2026, 10, 7))
    )
    # Sunday 1/4; Saturdays 2/14 and 2/28; Saturday 5/9; Sunday 9/20 and Saturday 10/10.
    work = {D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9)} | {
        D(2026, 9, 20),
        D(2026, 10, 10),
    }
    assert {e.day for e in seed.entries if e.kind is DayKind.HOLIDAY} == off
    assert {e.day for e in seed.entries if e.kind is DayKind.WORKDAY} == work
    assert seed.years == (2026,) and "2026年部分节假日安排" in (seed.source or "")
    names = {e.day: e.name for e in seed.entries}
    assert (names[D(2026, 2, 17)], names[D(2026, 9, 25)], names[D(2026, 10, 10)]) == (
        "春节",
        "中秋节",
        "国庆节",
    )


def test_the_2025_seed_is_the_notice_of_2024() -> None:
    seed = read_calendar_file(wc.HOLIDAY_SEED_DIR / "2025.csv")
    off = (
        {D(2025, 1, 1)}
        | _range(D(2025, 1, 28), D(2025, 2, 4))
        | _range(D(2025, 4, 4), D(2025, 4, 6))
        | _range(D(2025, 5, 1), D(2025, 5, 5))
        | _range(D(2025, 5, 31), D(2025, 6, 2))
        | _range(D(2025, 10, 1), D(2025, 10, 8))
    )
    work = {D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)}
    assert {e.day for e in seed.entries if e.kind is DayKind.HOLIDAY} == off
    assert {e.day for e in seed.entries if e.kind is DayKind.WORKDAY} == work
    assert "国办发明电〔2024〕12号" in (seed.source or "")


# --- loading ---------------------------------------------------------------------------------------
def test_a_fresh_database_is_seeded_once(db: Database) -> None:
    calendar = wc.load_calendar(db)
    assert {2025, 2026} <= calendar.years
    assert working_days_after(D(2026, 9, 30), 1, calendar) == D(2026, 10, 8)
    assert wc.load_calendar(db) == calendar
    assert _audit(db) == [("seed", "calendar", "2025,2026")]  # the second read wrote nothing
    years = {y.year: y for y in wc.calendar_years(db)}
    assert "国办发明电〔2024〕12号" in years[2025].source


def test_calendar_in_session_reads_the_same(db: Database) -> None:
    calendar = wc.load_calendar(db)
    with db.session() as session:
        assert wc.calendar_in_session(session) == calendar


def test_the_status_warns_when_next_year_is_missing(db: Database) -> None:
    late_2026 = wc.calendar_status(db, D(2026, 11, 21))
    assert late_2026.next_year_missing and not late_2026.this_year_missing
    assert (late_2026.code, late_2026.year) == ("next_year_missing", 2027)
    assert "2027" in wc.status_text(late_2026, "zh_CN") and "2027" in wc.status_text(late_2026, "en")
    fine = wc.calendar_status(db, D(2025, 6, 1))
    assert fine.code is None and wc.status_text(fine) == ""
    lost = wc.calendar_status(db, D(2028, 3, 1))
    assert (lost.code, lost.year) == ("this_year_missing", 2028)


def test_a_seed_never_overwrites_what_an_administrator_set(db: Database) -> None:
    wc.set_day(db, SYSTEM, D(2026, 10, 1), DayKind.HOLIDAY, "国庆")  # before the first load
    wc.set_day(db, SYSTEM, D(2026, 3, 2), DayKind.HOLIDAY, "本地假日")
    calendar = wc.load_calendar(db)
    assert calendar.names[D(2026, 10, 1)] == "国庆" and not calendar.is_working_day(D(2026, 3, 2))
    assert calendar.names[D(2026, 10, 2)] == "国庆节"
    with db.session(write=True) as session:
        assert wc.ensure_seed_calendar(session) == ()


def test_an_edit_at_another_desk_counts_at_once(db: Database) -> None:
    assert wc.load_calendar(db).is_working_day(D(2026, 3, 3))
    other_desk = Database(db.url)
    try:
        wc.set_day(other_desk, SYSTEM, D(2026, 3, 3), "holiday", "停电")
    finally:
        other_desk.dispose()
    assert not wc.load_calendar(db).is_working_day(D(2026, 3, 3))


# --- editing one day -------------------------------------------------------------------------------
def test_set_day_adds_changes_and_removes_audited(db: Database) -> None:
    wc.load_calendar(db)
    added = wc.set_day(db, SYSTEM, D(2027, 2, 6), DayKind.HOLIDAY, " 春节 ")
    assert added == wc.CalendarDayInfo(D(2027, 2, 6), DayKind.HOLIDAY, "春节")
    assert wc.set_day(db, SYSTEM, D(2027, 2, 6), "workday", "春节调休") is not None
    assert wc.calendar_days(db, 2027) == [wc.CalendarDayInfo(D(2027, 2, 6), DayKind.WORKDAY, "春节调休")]
    assert wc.set_day(db, SYSTEM, D(2027, 2, 6), None) is None
    assert wc.set_day(db, SYSTEM, D(2027, 2, 6), None) is None  # already ordinary: nothing to do
    assert wc.calendar_days(db, 2027) == []
    assert not wc.load_calendar(db).is_loaded(2027)  # one day is not the year's notice
    assert _audit(db)[1:] == [
        ("create", "calendar_day", "2027-02-06"),
        ("update", "calendar_day", "2027-02-06"),
        ("delete", "calendar_day", "2027-02-06"),
    ]


def test_set_day_refuses_what_makes_no_sense(db: Database) -> None:
    with pytest.raises(CalendarDayRefused) as refused:
        wc.set_day(db, SYSTEM, D(2027, 1, 6), DayKind.WORKDAY)  # a Wednesday works anyway
    assert "星期三" in describe_error(refused.value, "zh_CN")
    assert "Wednesday" in describe_error(refused.value, "en")
    with pytest.raises(CalendarDayRefused):
        wc.set_day(db, SYSTEM, D(2027, 1, 1), DayKind.HOLIDAY, "元" * 33)
    with pytest.raises(PermissionDenied):
        wc.set_day(db, CLERK, D(2027, 1, 1), DayKind.HOLIDAY, "元旦")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(CalendarDay)) == 0


# --- import ----------------------------------------------------------------------------------------
NOTICE_2027 = "日期,类型,名称\n2027-01-01,放假,元旦\n2027/2/6,上班,春节\n2027年2月8日,放假,春节\n"


def test_import_replaces_the_years_of_the_file_and_marks_them_loaded(
    db: Database, tmp_path: Path
) -> None:
    wc.load_calendar(db)
    wc.set_day(db, SYSTEM, D(2027, 3, 1), DayKind.HOLIDAY, "旧的")
    path = tmp_path / "2027年放假安排.csv"
    path.write_bytes(NOTICE_2027.encode("utf-8-sig"))
    summary = wc.import_calendar(db, SYSTEM, path)
    assert summary == wc.ImportSummary("2027年放假安排.csv", (2027,), 2, 1, 1)
    assert [(d.day, d.kind, d.name) for d in wc.calendar_days(db, 2027)] == [
        (D(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
        (D(2027, 2, 6), DayKind.WORKDAY, "春节"),
        (D(2027, 2, 8), DayKind.HOLIDAY, "春节"),
    ]
    assert len(wc.calendar_days(db, 2026)) == 39  # other years untouched
    assert wc.calendar_status(db, D(2026, 11, 21)).code is None
    years = {y.year: y.source for y in wc.calendar_years(db)}
    assert years[2027] == "2027年放假安排.csv"
    assert ("import", "calendar", "2027") in _audit(db)
    # Importing 2026 again from a file replaces the seed's rows of 2026.
    path.write_text("date,kind,name\n2026-10-01,holiday,国庆节\n", encoding="utf-8")
    again = wc.import_calendar(db, SYSTEM, path)
    assert (again.years, again.replaced) == ((2026,), 39)
    assert [d.day for d in wc.calendar_days(db, 2026)] == [D(2026, 10, 1)]


def test_gbk_csv_from_excel_and_tab_separated_text_import(db: Database, tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(NOTICE_2027.replace("\n", "\r\n").encode("gbk"))
    assert wc.import_calendar(db, SYSTEM, gbk).holidays == 2
    tabs = tmp_path / "unicode.txt"
    tabs.write_text(NOTICE_2027.replace(",", "\t"), encoding="utf-16")
    assert wc.import_calendar(db, SYSTEM, tabs).workdays == 1
    assert wc.load_calendar(db).names[D(2027, 2, 8)] == "春节"


def test_xlsx_imports_with_date_cells(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["日期", "类型", "名称"])
    sheet.append([dt.datetime(2027, 10, 1), "放假", "国庆节"])
    sheet.append(["2027-09-26", "上班", "国庆节"])
    path = tmp_path / "2027.xlsx"
    book.save(path)
    summary = wc.import_calendar(db, SYSTEM, path)
    assert (summary.years, summary.holidays, summary.workdays) == ((2027,), 1, 1)
    assert wc.load_calendar(db).is_working_day(D(2027, 9, 26))


def test_a_file_with_bad_rows_imports_nothing_and_names_every_row(db: Database, tmp_path: Path) -> None:
    calendar = wc.load_calendar(db)
    path = tmp_path / "bad.csv"
    path.write_text(
        "# 来源：测试\n"
        "date,kind,name\n"
        "2027-01-01,holiday,元旦\n"  # fine, but not written
        "2027-13-01,holiday,x\n"  # line 4: no 13th month
        "2027-02-30,holiday,x\n"  # line 5: no Feb 30
        "next monday,holiday,x\n"  # line 6
        "2027-02-06,休假日,x\n"  # line 7: unknown kind
        "2027-01-06,workday,x\n"  # line 8: a Wednesday
        "2027-01-01,holiday,元旦\n"  # line 9: twice
        "2227-01-01,holiday,x\n",  # line 10: a typo for 2027
        encoding="utf-8",
    )
    with pytest.raises(CalendarImportRefused) as refused:
        wc.import_calendar(db, SYSTEM, path)
    problems = refused.value.problems
    assert [(p.args_map["row"], p.args_map["detail"]) for p in problems] == [
        (4, "no_such_date"),
        (5, "no_such_date"),
        (6, "bad_date"),
        (7, "bad_kind"),
        (8, "workday_on_weekday"),
        (9, "duplicate"),
        (10, "year_out_of_range"),
    ]
    assert describe_error(problems[1], "zh_CN") == "第5行：日期“2027-02-30”不存在。"
    assert describe_error(problems[5], "en") == "Row 9: the date 2027-01-01 already appears on row 3."
    assert "7 行有误" in describe_error(refused.value, "zh_CN")
    assert wc.load_calendar(db) == calendar
    assert not any(action == "import" for action, _e, _i in _audit(db))


@pytest.mark.parametrize(
    ("content", "detail"),
    [
        (b"", "empty_file"),
        (b"\x00\x01\x02binary", "not_text"),
        (b"a,b,c\n1,2,3\n", "no_header"),
        (b"date,kind,name\n", "no_rows"),
        (b"# only a comment\n", "no_rows"),
        ("日期,类型\n2027-01-01,放假\n".encode("utf-16-le"), "not_text"),  # UTF-16 without BOM
        (b"\xff\xfe\x00\xd8", "encoding"),  # a UTF-16 BOM, then half a surrogate pair
    ],
)
def test_unreadable_files_are_refused_in_words(
    sqlite_db: Database, tmp_path: Path, content: bytes, detail: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(CalendarFileError) as refused:
        wc.import_calendar(sqlite_db, SYSTEM, path)
    assert refused.value.args_map["detail"] == detail
    assert "file.csv" in describe_error(refused.value, "zh_CN")


def test_missing_and_fake_workbooks_are_refused(sqlite_db: Database, tmp_path: Path) -> None:
    with pytest.raises(CalendarFileError) as missing:
        wc.import_calendar(sqlite_db, SYSTEM, tmp_path / "nowhere.csv")
    assert missing.value.args_map["detail"] == "not_found"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ExcelFileError):
        wc.import_calendar(sqlite_db, SYSTEM, fake)
    renamed = tmp_path / "renamed.xlsx"  # a CSV saved under an Excel name still imports
    renamed.write_text(NOTICE_2027, encoding="utf-8")
    assert wc.import_calendar(sqlite_db, SYSTEM, renamed).years == (2027,)


def test_only_an_administrator_imports(sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "2027.csv"
    path.write_text(NOTICE_2027, encoding="utf-8")
    with pytest.raises(PermissionDenied):
        wc.import_calendar(sqlite_db, CLERK, path)
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count()).select_from(CalendarYear)) == 0


# --- export ----------------------------------------------------------------------------------------
def test_export_reads_back_as_the_same_year(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "2026.csv"
    assert wc.export_calendar(db, 2026, path) == 39
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate,kind,name\r\n2026-01-01,holiday,")
    before = wc.calendar_days(db, 2026)
    wc.import_calendar(db, SYSTEM, path)
    assert wc.calendar_days(db, 2026) == before
    assert wc.export_calendar(db, 2031, tmp_path / "empty.csv") == 0
