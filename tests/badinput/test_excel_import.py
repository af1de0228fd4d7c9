"""Broken and hostile spreadsheets through the import service and ``gridgov import residents``.

A file that cannot be used is refused in one Chinese sentence, quickly and without inflating it;
a file with bad rows imports nothing (all or nothing) and names each bad row and column.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from badinput_helpers import assert_sentence, row_counts  # type: ignore[import-not-found]
from corpus import (  # type: ignore[import-not-found]
    CONTROL_TEXT,
    HOSTILE_TEXT,
    ID_CASES,
    PHONE_CASES,
    TEN_THOUSAND,
    TODAY,
    rebuilt,
    workbook_bytes,
    zip_bomb,
)
from excel_helpers import TITLES, build_street, person, write_sheet  # type: ignore[import-not-found]

from gridgov_desktop import cli
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.excel_errors import ExcelFileError
from gridgov_desktop.services.resident_import import import_residents


def excel_escaped(text: str) -> str:
    """How Excel writes a control character into a cell (XML cannot carry it): ``_x001B_``."""
    return "".join(f"_x{ord(ch):04X}_" if ord(ch) < 0x20 and ch not in "\t\n\r" else ch for ch in text)


def _header_only() -> bytes:
    return workbook_bytes([TITLES])


def _truncated() -> bytes:
    data = workbook_bytes([TITLES, list(person().values())])
    return data[: len(data) // 2]


def _dimension_claims_a_million_rows() -> bytes:
    data = workbook_bytes([TITLES])
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:{chr(64 + len(TITLES))}1048576"/><sheetData>'
        + "".join(f'<row r="{n}"/>' for n in range(2, 1_048_577, 997))
        + "</sheetData></worksheet>"
    )
    return rebuilt(data, {"xl/worksheets/sheet1.xml": sheet.encode()})


def _no_sheets() -> bytes:
    data = workbook_bytes([TITLES])
    workbook = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheets/></workbook>"
    )
    return rebuilt(data, {"xl/workbook.xml": workbook.encode()}, drop=("xl/worksheets/sheet1.xml",))


# name → (bytes of the file, the ExcelFileError detail expected, or None for "refused, any detail")
UNUSABLE_FILES: dict[str, tuple[Callable[[], bytes], str | None]] = {
    "empty_file": (lambda: b"", "empty_file"),
    "random_bytes": (lambda: bytes((i * 131 + 7) % 256 for i in range(5000)), "not_xlsx"),
    "truncated_zip": (_truncated, "corrupt"),
    "csv_renamed": (lambda: "姓名,公民身份号码\n张三,210102198005170118\n".encode("gbk"), "text_file"),
    "csv_utf8_renamed": (lambda: "\ufeff姓名,电话\n李四,13900001111\n".encode(), "text_file"),
    "html_renamed": (lambda: b"<html><table><tr><td>x</td></tr></table></html>", "text_file"),
    "no_sheets": (_no_sheets, None),
    "header_only": (_header_only, None),
}


def _refused(db: Database, path: Path, detail: str | None) -> ExcelFileError:
    before = row_counts(db)
    started = time.perf_counter()
    with pytest.raises(ExcelFileError) as raised:
        import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=True, today=TODAY)
    assert time.perf_counter() - started < 5
    error = raised.value
    if detail is not None:
        assert error.args_map["detail"] == detail
    assert_sentence(str(error))
    assert_sentence(error.describe("en"), chinese=False)
    assert row_counts(db) == before
    return error


@pytest.mark.parametrize("name", sorted(UNUSABLE_FILES))
def test_unusable_files_are_refused_in_words(sqlite_db: Database, tmp_path: Path, name: str) -> None:
    build_street(sqlite_db, people=False)
    make, detail = UNUSABLE_FILES[name]
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(make())
    _refused(sqlite_db, path, detail)


def test_a_zip_bomb_is_refused_without_inflating_it(sqlite_db: Database, tmp_path: Path) -> None:
    """3 GB of sheet XML in 3 MB: refused from the zip's directory, in well under a second, and the
    process does not grow by anything like the inflated size."""
    bomb = zip_bomb(tmp_path / "炸弹.xlsx")
    assert bomb.stat().st_size < 8_000_000
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    error = _refused(sqlite_db, bomb, "too_large")
    assert "炸弹.xlsx" in str(error)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    assert grown_kb < 100_000


def test_a_sheet_claiming_a_million_rows_is_read_quickly(sqlite_db: Database, tmp_path: Path) -> None:
    """The <dimension> says A1:…1048576 and empty <row/> elements run to the bottom: the import
    reports that there is nothing to import, fast."""
    build_street(sqlite_db, people=False)
    path = tmp_path / "million.xlsx"
    path.write_bytes(_dimension_claims_a_million_rows())
    before = row_counts(sqlite_db)
    started = time.perf_counter()
    try:
        report = import_residents(
            sqlite_db, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY
        )
    except ExcelFileError as error:
        assert_sentence(str(error))
    else:
        assert report.rows_written == 0
    assert time.perf_counter() - started < 5
    assert row_counts(sqlite_db) == before


def _import(db: Database, path: Path, *, skip_bad_rows: bool = False):  # type: ignore[no-untyped-def]
    return import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=skip_bad_rows, today=TODAY)


def test_one_bad_row_imports_nothing_and_is_named(db: Database, tmp_path: Path) -> None:
    """Every bad value of the corpus in one file with good rows: nothing is written, and each bad
    row is reported with its row number (as Excel shows it) and column, in Chinese."""
    build_street(db, people=False)
    rows = [person(name="好人", id_number=ID_CASES[-1].text, room="100")]
    bad_ids = [case for case in ID_CASES if case.detail and case.text.strip()]
    for n, case in enumerate(bad_ids):
        rows.append(person(name=f"坏号{n}", id_number=case.text, room=str(200 + n)))
    bad_phones = [case for case in PHONE_CASES if case.number is None and case.text]
    for n, case in enumerate(bad_phones):
        phone = excel_escaped(case.text)
        rows.append(person(name=f"坏电话{n}", id_number="", phone=phone, room=str(300 + n)))
    rows.append(person(name=TEN_THOUSAND, id_number="", room="400"))
    path = write_sheet(tmp_path / "混合.xlsx", rows)
    before = row_counts(db)
    report = _import(db, path)
    assert report.rows_written == 0
    assert row_counts(db) == before
    bad_rows = {problem.row_number for problem in report.errors}
    # Header on row 1, the good person on row 2: every following row is bad.
    assert bad_rows == set(range(3, 3 + len(rows) - 1))
    for problem in report.errors:
        assert_sentence(problem.message_zh)
        assert problem.column, problem
    columns = {problem.column for problem in report.errors}
    assert {"公民身份号码", "联系电话"} <= columns or len(columns) >= 2


def test_hostile_text_in_cells_is_stored_as_typed(db: Database, tmp_path: Path) -> None:
    build_street(db, people=False)
    names = "甲乙丙丁戊己庚辛壬癸"
    rows = [
        person(
            name="王" + names[n], id_number="", sex="女", room=str(500 + n), domicile=text, notes=text
        )
        for n, text in enumerate(HOSTILE_TEXT.values())
    ]
    rows.append(person(name="李𠀀𪚥", id_number="", sex="男", room="599"))
    path = write_sheet(tmp_path / "怪字.xlsx", rows)
    report = _import(db, path)
    assert report.errors == (), report.errors
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Resident

    with db.session() as session:
        stored = dict(session.execute(select(Resident.name, Resident.notes)).all())
    assert stored.pop("李𠀀𪚥") is None
    assert set(stored.values()) == set(HOSTILE_TEXT.values())


@pytest.mark.parametrize("key", sorted(CONTROL_TEXT))
def test_control_characters_in_cells_are_refused_or_dropped(
    db: Database, tmp_path: Path, key: str
) -> None:
    build_street(db, people=False)
    path = write_sheet(
        tmp_path / "控制符.xlsx",
        [
            person(
                name="张" + "甲乙丙"[sorted(CONTROL_TEXT).index(key)],
                notes=excel_escaped(CONTROL_TEXT[key]),
            )
        ],
    )
    before = row_counts(db)
    try:
        report = _import(db, path)
    except ExcelFileError as error:
        assert_sentence(str(error))
        assert row_counts(db) == before
        return
    if report.errors:
        assert row_counts(db) == before
        return
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Resident

    with db.session() as session:
        notes = session.scalar(select(Resident.notes))
    assert notes is None or (notes.isprintable() and "\u202e" not in notes), repr(notes)


def test_formulas_dates_as_text_and_merged_cells(db: Database, tmp_path: Path) -> None:
    """A formula gives its cached value (none, when openpyxl wrote it: reported, not crashed), a
    birth date typed as text is read, merged cells do not shift columns."""
    import openpyxl

    build_street(db, people=False)
    path = write_sheet(
        tmp_path / "公式.xlsx",
        [
            person(name="公式", id_number="=1+1", room="601"),
            person(name="文本日期", id_number="", room="602", birth_date="1990-01-02", sex="女"),
        ],
    )
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.merge_cells(start_row=3, start_column=1, end_row=3, end_column=2)
    book.save(path)
    before = row_counts(db)
    report = _import(db, path)
    assert report.rows_written == 0 and report.errors
    assert row_counts(db) == before
    for problem in report.errors:
        assert_sentence(problem.message_zh)


# --- the command line --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty_file", "csv_renamed", "truncated_zip", "random_bytes"])
def test_cli_refuses_unusable_files_in_one_line(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / f"{name}.xlsx"
    path.write_bytes(UNUSABLE_FILES[name][0]())
    code = cli.main(["import", "residents", str(path), "--db", sqlite_db.url])
    out, err = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert_sentence(lines[0])


def test_cli_refuses_a_zip_bomb(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = zip_bomb(tmp_path / "bomb.xlsx", inflated_bytes=1 << 30)
    code = cli.main(["import", "residents", str(bomb), "--db", sqlite_db.url])
    out, err = capsys.readouterr()
    assert code != 0 and "Traceback" not in out + err
    assert len(err.strip().splitlines()) == 1, err


def test_cli_import_with_bad_rows_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_street(db, people=False)
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [person(room="1"), person(name="坏", id_number=ID_CASES[0].text, room="2")],
    )
    before = row_counts(db)
    code = cli.main(["import", "residents", str(path), "--db", db.url])
    out, err = capsys.readouterr()
    assert code != 0 and "Traceback" not in out + err
    assert row_counts(db) == before
    assert "校验位" in out + err and "3" in out + err
