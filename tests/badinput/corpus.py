"""The corpus of hostile and broken input: named values, and builders of broken files.

Every case has a name (the pytest id) and what the app must do with it. Files are built at test time
in ``tmp_path``: nothing big is committed, and the zip bomb is a few kilobytes on disk that would
inflate to gigabytes. (A plain module, not conftest: the test modules import it by a name no other
folder uses.)
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from gridgov_desktop.domain.id_number import make_id_number

TODAY = dt.date(2026, 11, 21)

VALID_ID = make_id_number("210102", dt.date(1985, 3, 4), 13)  # 210102198503040136-like, male
VALID_ID_X = next(
    number
    for seq in range(1, 999)
    if (number := make_id_number("210102", dt.date(1979, 8, 8), seq)).endswith("X")
)


def _wrong_check(number: str) -> str:
    check = "0" if number[17] != "0" else "1"
    return number[:17] + check


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@dataclass(frozen=True)
class IdCase:
    name: str
    text: str
    detail: str | None  # the InvalidIdNumber detail; None when the number must be accepted
    normalised: str | None = None  # what an accepted number is stored as


ID_CASES: tuple[IdCase, ...] = (
    IdCase("wrong_check_character", _wrong_check(VALID_ID), "check_character"),
    IdCase("feb_30", "210102" + "19850230" + "013" + "0", "birth_date"),
    IdCase("month_13", "210102" + "19851301" + "013" + "0", "birth_date"),
    IdCase("day_00", "210102" + "19850100" + "013" + "0", "birth_date"),
    IdCase("future_birth", make_id_number("210102", dt.date(2027, 1, 1), 13), "future_birth"),
    IdCase("year_1066", make_id_number("210102", dt.date(1066, 10, 14), 13), "too_old"),
    IdCase("seventeen_digits", VALID_ID[:17], "length"),
    IdCase("nineteen_digits", VALID_ID + "1", "length"),
    IdCase("letters", "21010219850304ABC" + "1", "characters"),
    IdCase("x_in_the_middle", VALID_ID[:10] + "X" + VALID_ID[11:], "characters"),
    IdCase("superscript_digit", VALID_ID[:17] + "²", "characters"),
    IdCase("arabic_indic_digits", "٢١٠١٠٢١٩٨٥٠٣٠٤٠١٣" + VALID_ID[17], "characters"),
    IdCase("empty", "", "empty"),
    IdCase("only_spaces", " \u3000\t", "empty"),
    IdCase("sql", "'; DROP TABLE resident;--", "length"),
    IdCase("fifteen_digits_bad_date", "210102853004013", "birth_date"),
    IdCase("fifteen_digits_letter", "21010285030401X", "characters"),
    # Accepted, normalised:
    IdCase("full_width", _full_width(VALID_ID), None, VALID_ID),
    IdCase("spaces_inside", f" {VALID_ID[:6]} {VALID_ID[6:14]}\u3000{VALID_ID[14:]} ", None, VALID_ID),
    IdCase("lower_case_x", VALID_ID_X.lower(), None, VALID_ID_X),
    IdCase("full_width_lower_x", _full_width(VALID_ID_X.lower()), None, VALID_ID_X),
    # DOMAIN.md: old 15-digit numbers still appear; they are upgraded to 18 (19 + YYMMDD, check).
    IdCase("fifteen_digits", "210102850304013", None, make_id_number("210102", dt.date(1985, 3, 4), 13)),
    # 浦东新区 (310115) was created in 1993: people born there earlier hold it after re-issue.
    # python-stdnum's cn.ric.is_valid refuses this; the app must not.
    IdCase(
        "area_code_newer_than_birth",
        make_id_number("310115", dt.date(1950, 7, 1), 21),
        None,
        make_id_number("310115", dt.date(1950, 7, 1), 21),
    ),
    # 雄安新区 areas (1330xx, 2017) for a person born 1960.
    IdCase(
        "unknown_area_code",
        make_id_number("133099", dt.date(1960, 2, 29), 22),
        None,
        make_id_number("133099", dt.date(1960, 2, 29), 22),
    ),
)


@dataclass(frozen=True)
class DateCase:
    name: str
    text: str
    valid: bool


DATE_CASES: tuple[DateCase, ...] = (
    DateCase("feb_30", "2026-02-30", False),
    DateCase("month_13", "2026-13-01", False),
    DateCase("year_0", "0000-01-01", False),
    DateCase("far_future", "99999-01-01", False),
    DateCase("text", "明天", False),
    DateCase("sql", "2026-01-01'; DROP TABLE resident;--", False),
    DateCase("empty", "", False),
    DateCase("spaces", "   ", False),
    DateCase("control_characters", "2026-01-01\x00", False),
    DateCase("ten_thousand_digits", "2" * 10_000, False),
    DateCase("iso", "2026-11-21", True),
    DateCase("slashes", "2026/11/21", True),
    DateCase("chinese", "2026年11月21日", True),
    DateCase("leap_day", "2028-02-29", True),
)


@dataclass(frozen=True)
class PhoneCase:
    name: str
    text: str
    number: str | None  # the normal form when accepted, None when refused


PHONE_CASES: tuple[PhoneCase, ...] = (
    PhoneCase("too_short", "1381234", None),
    PhoneCase("too_long", "138123456789", None),
    PhoneCase("letters", "138abcd5678", None),
    PhoneCase("sql", "'; DROP TABLE resident;--", None),
    PhoneCase("html", "<b>13812345678</b>", None),
    PhoneCase("control_character", "138\x0012345678", None),
    PhoneCase("empty", "", None),
    PhoneCase("bad_mobile_prefix", "12812345678", None),
    PhoneCase("international_call_prefix", "00112125551234", None),
    PhoneCase("other_country", "+1 212 555 1234", None),
    PhoneCase("ten_thousand_digits", "1" * 10_000, None),
    PhoneCase("full_width", "１３８１２３４５６７８", "13812345678"),
    PhoneCase("plus_86", "+86 138 1234 5678", "13812345678"),
    PhoneCase("plus_86_dashes", "+86-138-1234-5678", "13812345678"),
    PhoneCase("zero_zero_86", "0086 13812345678", "13812345678"),
    PhoneCase("spaces_and_dashes", " 138-1234 5678 ", "13812345678"),
    PhoneCase("landline_3_digit_area", "024-87654321", "024-87654321"),
    PhoneCase("landline_parentheses", "（010）６２３４５６７８", "010-62345678"),
    PhoneCase("landline_4_digit_area", "0411 8765432", "0411-8765432"),
    PhoneCase("landline_extension", "024-87654321-123", "024-87654321-123"),
    PhoneCase("landline_plus_86", "+86 24 87654321", "024-87654321"),
)

TEN_THOUSAND = "长" * 10_000
EXTENSION_B_NAME = "李𠀀𪚥"  # U+20000, U+2A6A5: outside the BMP, 4 bytes each in UTF-8

# Text every free-text field meets; each must be stored and shown back as typed, or refused in words.
HOSTILE_TEXT: dict[str, str] = {
    "sql_quote": "O'Brien'; DROP TABLE resident;--",
    "sql_percent_underscore": "100%_张",
    "html_bold": "<b>张三</b>",
    "html_script": "<script>alert(1)</script>",
    "html_entity": "张&amp;三 & 李<四>",
    "emoji": "张三😀👨‍👩‍👧",
    "extension_b": EXTENSION_B_NAME,
    "zero_width": "张\u200b三",
}

# Text that has no place in a stored record: refused in words, or stored without the offending part.
CONTROL_TEXT: dict[str, str] = {
    "nul": "张\x00三",
    "escape": "张三\x1b[2J",
    "rtl_override": "张三\u202e",
}


# --- Broken files -------------------------------------------------------------------------------


def workbook_bytes(rows: list[list[object]], *, title: str = "居民信息") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_bomb(path: Path, inflated_bytes: int = 3 << 30) -> Path:
    """An .xlsx whose sheet declares (truthfully) ``inflated_bytes`` of XML: ~3 MB on disk for 3 GB.

    Deflate cannot squeeze more than ~1000:1, so the stream is built without ever holding the
    inflated data: the XML start, then one compressed 1 MB block of spaces repeated (each block ends
    with a full flush, which resets the compressor, so every block is the same bytes).
    """
    header = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData>"
    )
    package = {
        name: data
        for name, data in _package_parts(workbook_bytes([["姓名", "公民身份号码"]])).items()
        if name != "xl/worksheets/sheet1.xml"
    }
    chunk = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = [compressor.compress(header) + compressor.flush(zlib.Z_FULL_FLUSH)]
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH) == block
    blocks = (inflated_bytes - len(header)) // len(chunk)
    crc = zlib.crc32(header)
    for _ in range(blocks):
        crc = zlib.crc32(chunk, crc)
    body.append(block * blocks)
    body.append(compressor.flush())
    size = len(header) + blocks * len(chunk)
    assert size < 0xFFFFFFFF, "no zip64 here"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in package.items():
            archive.writestr(name, data)
    _append_raw_member(path, "xl/worksheets/sheet1.xml", b"".join(body), size, crc)
    return path


def _append_raw_member(path: Path, name: str, compressed: bytes, size: int, crc: int) -> None:
    """Add an already deflated member to a zip (zipfile cannot take pre-compressed data)."""
    data = path.read_bytes()
    end = data.rindex(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack("<HII", data[end + 10 : end + 20])
    central = data[cd_offset : cd_offset + cd_size]
    encoded = name.encode()
    fields = (20, 0, 8, 0, 0x21, crc & 0xFFFFFFFF, len(compressed), size, len(encoded))
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded
    entry = (
        struct.pack("<IH", 0x02014B50, 20)
        + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, cd_offset)
        + encoded
    )
    new_central = central + entry
    new_cd_offset = cd_offset + len(local) + len(compressed)
    end_record = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, count + 1, count + 1, len(new_central), new_cd_offset, 0
    )
    path.write_bytes(data[:cd_offset] + local + compressed + new_central + end_record)


def _package_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuilt(data: bytes, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    """The package ``data`` with parts replaced or dropped."""
    parts = _package_parts(data)
    parts.update(replace)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            if name not in drop:
                archive.writestr(name, content)
    return buffer.getvalue()
