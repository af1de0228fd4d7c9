"""Files that are not what they claim, and the cell reader against openpyxl's own."""

from __future__ import annotations

import datetime as dt
import io
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from excel_helpers import TODAY, person, write_sheet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.excel_errors import ExcelFileError
from gridgov_desktop.services.excel_reader import ExcelWorkbook
from gridgov_desktop.services.resident_import import import_residents

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _refused(sqlite_db: Database, path: Path) -> ExcelFileError:
    started = time.perf_counter()
    with pytest.raises(ExcelFileError) as raised:
        import_residents(sqlite_db, SYSTEM, path, dry_run=True, skip_bad_rows=False, today=TODAY)
    assert time.perf_counter() - started < 2
    error = raised.value
    assert str(error) == error.describe("zh_CN") and "\n" not in str(error)
    assert error.describe("en") != str(error)
    return error


def _workbook_bytes(rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_text_and_old_formats_renamed_xlsx(sqlite_db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "名单.xlsx"
    csv.write_text("姓名,公民身份号码\n张三,210102198005170118\n", encoding="gbk")
    error = _refused(sqlite_db, csv)
    assert error.args_map["detail"] == "text_file"
    assert str(error).startswith(
        "名单.xlsx 是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 或 WPS 中打开"
    )
    xls = tmp_path / "old.xlsx"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    assert _refused(sqlite_db, xls).args_map["detail"] == "xls"
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100) + "EncryptedPackage".encode("utf-16-le")
    )
    assert _refused(sqlite_db, locked).args_map["detail"] == "encrypted"


def test_random_bytes_empty_files_and_other_zips(sqlite_db: Database, tmp_path: Path) -> None:
    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(bytes(range(256)) * 40)
    assert _refused(sqlite_db, noise).args_map["detail"] == "not_xlsx"
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert _refused(sqlite_db, empty).args_map["detail"] == "empty_file"
    missing = _refused(sqlite_db, tmp_path / "nowhere.xlsx")
    assert missing.args_map["detail"] == "not_found" and "nowhere.xlsx" in str(missing)
    plain = tmp_path / "plain.xlsx"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _refused(sqlite_db, plain).args_map["detail"] == "not_xlsx"
    document = tmp_path / "document.xlsx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="x"/>')
        archive.writestr("word/document.xml", "<w/>")
    assert _refused(sqlite_db, document).args_map["detail"] == "not_xlsx"
    cut = tmp_path / "cut.xlsx"
    data = _workbook_bytes([["姓名"]])
    cut.write_bytes(data[: len(data) // 2])
    assert _refused(sqlite_db, cut).args_map["detail"] == "corrupt"


def test_empty_workbooks_and_sheets_without_a_header(sqlite_db: Database, tmp_path: Path) -> None:
    blank = tmp_path / "blank.xlsx"
    blank.write_bytes(_workbook_bytes([]))
    assert _refused(sqlite_db, blank).args_map["detail"] == "no_data"
    other = tmp_path / "other.xlsx"
    other.write_bytes(_workbook_bytes([["日期", "金额"], ["2026-01-01", 5]]))
    error = _refused(sqlite_db, other)
    assert error.args_map["detail"] == "no_header" and "导入模板" in str(error)
    only_header = write_sheet(tmp_path / "only-header.xlsx", [])
    assert _refused(sqlite_db, only_header).args_map["detail"] == "no_data"


def _patch_sizes(data: bytes, member: str, size: int, *, local: bool) -> bytes:
    """Set the uncompressed size a zip declares for ``member`` (central directory; and the local
    header if ``local``)."""
    patched = bytearray(data)
    name = member.encode()
    at = 0
    while (at := patched.find(b"PK\x01\x02", at)) >= 0:
        length = struct.unpack_from("<H", patched, at + 28)[0]
        if patched[at + 46 : at + 46 + length] == name:
            struct.pack_into("<I", patched, at + 24, size)
            if local:
                offset = struct.unpack_from("<I", patched, at + 42)[0]
                struct.pack_into("<I", patched, offset + 22, size)
        at += 4
    return bytes(patched)


def test_a_zip_bomb_is_refused_from_its_directory(sqlite_db: Database, tmp_path: Path) -> None:
    """The central directory says the sheet unpacks to 4 GB: refused without inflating anything."""
    data = _workbook_bytes([["姓名", "公民身份号码", "社区"], ["张三", "x", "y"]])
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(_patch_sizes(data, "xl/worksheets/sheet1.xml", 0xFFFFFF00, local=False))
    error = _refused(sqlite_db, bomb)
    assert error.args_map["detail"] == "too_large"
    assert "解压后约 4,295 MB，超过上限 500 MB" in str(error)


def test_a_member_larger_than_declared_is_damaged(sqlite_db: Database, tmp_path: Path) -> None:
    """A zip that lies low about a member's size cannot unpack more than it declared."""
    data = write_sheet(tmp_path / "ok.xlsx", [person()] * 50).read_bytes()
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(_patch_sizes(data, "xl/worksheets/sheet1.xml", 300, local=True))
    assert _refused(sqlite_db, liar).args_map["detail"] == "corrupt"


def _package(path: Path, sheet_xml: str, shared: str | None = None) -> Path:
    """An openpyxl workbook whose sheet (and shared strings) are replaced by the given XML. Its
    styles come from a date cell: style 1 is a date format."""
    source = io.BytesIO(_workbook_bytes([["x", dt.date(2020, 1, 1)]]))
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            elif shared is not None and item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif shared is not None and item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
                )
            zout.writestr(item, data)
        if shared is not None:
            zout.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
    return path


def _openpyxl_rows(path: Path) -> list[tuple[int, dict[int, Any]]]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    rows = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
        cells = {i: v for i, v in enumerate(values) if v is not None and v != ""}
        if cells:
            rows.append((number, cells))
    book.close()
    return rows


@pytest.mark.parametrize(
    ("name", "cells", "shared"),
    [
        (
            "excel-shared-strings",
            '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" s="1"><v>29358</v></c>'
            '<c r="D3"><v>13812345678</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c>'
            '<c r="G3" t="s"><v>3</v></c><c r="H3"><v>3.5</v></c><c r="I3" s="1"/></row>',
            '<si><t>姓名</t></si><si><t xml:space="preserve"> 社区 </t></si><si><t>王𠇔</t></si>'
            "<si><t>A&amp;B_x000D_</t></si>",
        ),
        (
            "rich-text-and-phonetic",
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
            "<si><r><rPr><b/></rPr><t>张</t></r><r><t>三明</t></r>"
            '<rPh sb="0" eb="1"><t>ちょう</t></rPh></si><si><t>x</t></si>',
        ),
        (
            "formulas-and-entities",
            '<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>A1</f><v>a&lt;b</v></c>'
            '<c r="C2" t="inlineStr"><is><t>内联</t></is></c></row>',
            None,
        ),
        (
            "prefixed-namespace",
            None,
            None,
        ),
    ],
)
def test_the_fast_cell_reader_reads_what_openpyxl_reads(
    tmp_path: Path, name: str, cells: str | None, shared: str | None
) -> None:
    if cells is None:
        sheet = (
            f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr">'
            '<x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData>'
            "</x:worksheet>"
        )
    else:
        sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{cells}</sheetData></worksheet>'
    path = _package(tmp_path / f"{name}.xlsx", sheet, shared)
    with ExcelWorkbook(path) as book:
        ours = book.read_rows(book.sheet_titles[0])
    theirs = _openpyxl_rows(path)
    if name == "excel-shared-strings":
        # openpyxl keeps OOXML's _x000D_ escape; we decode it.
        theirs[1][1][6] = "A&B\r"
        assert ours[1][1][2] == dt.datetime(1980, 5, 17) and ours[1][1][3] == 13812345678
        assert ours[0][1][1] == " 社区 " and ours[1][1][0] == "王𠇔"
    if name == "rich-text-and-phonetic":
        assert ours[0][1][0] == "张三明"
    assert ours == theirs


def test_exports_and_filled_templates_take_the_fast_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files this app writes, and openpyxl-written ones, never need the slow reader."""
    from gridgov_desktop.services import excel_reader

    def slow(*_args: Any) -> None:
        raise AssertionError("fell back to openpyxl's reader")

    monkeypatch.setattr(excel_reader.ExcelWorkbook, "_openpyxl_rows", slow)
    path = write_sheet(tmp_path / "f.xlsx", [person(birth_date=dt.date(1985, 3, 4), building=5)] * 3)
    with ExcelWorkbook(path) as book:
        rows = book.read_rows("居民信息")
    assert len(rows) == 4 and rows[1][1][3] == dt.datetime(1985, 3, 4) and rows[1][1][9] == 5
