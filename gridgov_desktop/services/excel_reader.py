"""Opening an .xlsx safely, and reading its cells fast.

Safety first: before openpyxl sees the file, its first bytes say what it really is (a CSV or an old
.xls renamed .xlsx is common at a service hall), and the zip's central directory says how large it
unpacks to, so that a zip bomb is refused without inflating a byte. Zip members cannot unpack to more
than they declare: ``zipfile`` stops at the declared size and the CRC check then fails.

Speed second: openpyxl (read-only, data-only) reads the package — content types, workbook, sheets,
styles — but its cell and shared-string parsers cost 10–25 µs per cell on this hardware without lxml,
which alone would eat the 5,000 rows/s budget of an import. So the two hot parts are read by
``excel_cells`` with regular expressions, and openpyxl's own parser reads whatever they step aside
from. openpyxl also learns a sheet's size by parsing it whole when it has no ``<dimension>``
(openpyxl's own files have none): ``_Sheet`` looks near the top instead.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any
from xml.etree import ElementTree

from openpyxl.reader.excel import ExcelReader
from openpyxl.reader.strings import read_string_table
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from gridgov_desktop.services.excel_cells import (
    CellReader,
    NotSimple,
    Row,
    fast_shared_strings,
    sheet_data_chunks,
    unescape_x,
)
from gridgov_desktop.services.excel_errors import ExcelFileError

log = logging.getLogger(__name__)

MAX_UNCOMPRESSED_BYTES = 500_000_000  # a 300,000-row sheet with inline strings unpacks to ~300 MB
MAX_ZIP_MEMBERS = 5_000
MAX_ROWS = 300_000  # a district's 200,000 residents fit in one file
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx


class ExcelWorkbook:
    """An .xlsx opened for reading (read-only, data-only: formulas give their last computed value)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        check_package(path)
        self._handle = path.open("rb")
        try:
            reader = _Reader(self._handle, read_only=True, data_only=True, keep_links=False)
            with warnings.catch_warnings():
                # "Data Validation extension is not supported", "no default style": nothing to do.
                warnings.simplefilter("ignore")
                reader.read()
        except ExcelFileError:
            self._handle.close()
            raise
        except Exception as error:
            self._handle.close()
            log.warning("cannot open %s", path, exc_info=True)
            raise ExcelFileError(_classify_failure(reader_names(path)), name=self.name) from error
        self._reader = reader
        self.workbook: Any = reader.wb

    def __enter__(self) -> ExcelWorkbook:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._reader.archive.close()
        self._handle.close()

    @property
    def sheet_titles(self) -> list[str]:
        """Worksheets (not chart sheets), visible ones first, each group in workbook order."""
        sheets = [ws for ws in self.workbook.worksheets if hasattr(ws, "iter_rows")]
        visible = [ws.title for ws in sheets if ws.sheet_state == "visible"]
        return visible + [ws.title for ws in sheets if ws.sheet_state != "visible"]

    def estimated_rows(self, title: str) -> int | None:
        """The sheet's own claim of its size (its ``<dimension>``), if it makes one."""
        rows = getattr(self.workbook[title], "max_row", None)
        return rows if isinstance(rows, int) else None

    def read_rows(
        self, title: str, *, limit: int | None = None, tick: Callable[[int], None] | None = None
    ) -> list[Row]:
        """The non-empty rows of a sheet, in order. ``limit`` stops after that many rows; ``tick`` is
        called with the number of rows read so far as reading goes (it may raise to stop)."""
        ws = self.workbook[title]
        try:
            try:
                return self._fast_rows(ws, limit, tick)
            except NotSimple:
                log.debug("%s/%s: not the simple shape, read by openpyxl", self.name, title)
                return self._openpyxl_rows(ws, limit, tick)
        except (zipfile.BadZipFile, zlib.error, EOFError, ElementTree.ParseError, ValueError) as error:
            raise ExcelFileError("corrupt", name=self.name) from error

    def _fast_rows(self, ws: Any, limit: int | None, tick: Callable[[int], None] | None) -> list[Row]:
        part = getattr(ws, "_worksheet_path", None)
        if part is None:  # another openpyxl: its own reader then
            raise NotSimple
        book = self.workbook
        cells = CellReader(
            self._reader.shared_strings,
            getattr(book, "_date_formats", set()),
            getattr(book, "_timedelta_formats", set()),
            book.epoch,
        )
        rows: list[Row] = []
        with self._reader.archive.open(part) as stream:
            for chunk in sheet_data_chunks(stream):
                rows.extend(cells.rows(chunk))
                if len(rows) > MAX_ROWS:
                    raise ExcelFileError("too_many_rows", name=self.name, limit=MAX_ROWS)
                if limit is not None and len(rows) >= limit:
                    return rows[:limit]
                if tick is not None:
                    tick(len(rows))
        rows.extend(cells.finish())
        return rows if limit is None else rows[:limit]

    def _openpyxl_rows(
        self, ws: Any, limit: int | None, tick: Callable[[int], None] | None
    ) -> list[Row]:
        # A wrong <dimension> (some exporters write A1) would make openpyxl stop early.
        ws.reset_dimensions()
        rows: list[Row] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), 1):
            cells = {i: v for i, v in enumerate(values) if v is not None and v != ""}
            if not cells:
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ExcelFileError("too_many_rows", name=self.name, limit=MAX_ROWS)
            if limit is not None and len(rows) >= limit:
                break
            if tick is not None and len(rows) % 1000 == 0:
                tick(len(rows))
        return rows


class _Reader(ExcelReader):  # type: ignore[misc]
    """openpyxl's read-only package reader, with a faster shared-string table (Excel keeps every text
    there) and worksheets that do not parse a whole sheet to learn its size."""

    def read_worksheets(self) -> None:
        # openpyxl's read-only branch of this method, with _Sheet for ReadOnlyWorksheet.
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _Sheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)

    def read_strings(self) -> None:
        part = self.package.find(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        )
        if part is None:
            return
        with self.archive.open(part.PartName[1:]) as src:
            data = src.read()
        strings = fast_shared_strings(data)
        if strings is None:
            with self.archive.open(part.PartName[1:]) as src:
                strings = [unescape_x(text) for text in read_string_table(src)]
        self.shared_strings = strings


class _Sheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only worksheet that takes its size from a ``<dimension>`` near the top, if any.

    openpyxl looks for it with a full parse that only stops at the end of ``<sheetData>``: a sheet
    without one (openpyxl's own write-only mode writes none) was parsed in full just to be opened.
    """

    def _get_size(self) -> None:
        with self._get_source() as source:
            head = source.read(1 << 14).decode("utf-8", errors="ignore")
        found = _DIMENSION.search(head.split("<sheetData", 1)[0])
        if found is None:
            return
        try:
            bounds = range_boundaries(found.group(1))
        except (TypeError, ValueError):
            return
        if None not in bounds:
            self._min_column, self._min_row, self._max_column, self._max_row = bounds


_DIMENSION = re.compile(r'<(?:\w+:)?dimension ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')


def reader_names(path: Path) -> list[str]:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return []


def _classify_failure(names: list[str]) -> str:
    """Why openpyxl refused a zip: not a workbook at all (a .docx, any zip), or a damaged one."""
    return "corrupt" if any(name.startswith("xl/") for name in names) else "not_xlsx"


def check_package(path: Path) -> None:
    """Refuse what is not a usable .xlsx, before any XML is parsed. Raises ``ExcelFileError``."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(1 << 16)
    except FileNotFoundError:
        raise ExcelFileError("not_found", name=str(path)) from None
    except OSError as error:
        raise ExcelFileError("unreadable", name=name, reason=error.strerror or str(error)) from None
    if size == 0:
        raise ExcelFileError("empty_file", name=name)
    if head.startswith(_OLE2_MAGIC):
        # A password-protected .xlsx is an OLE2 container with an "EncryptedPackage" stream; its
        # name sits in the container's directory, near the start but not always in the first bytes.
        with path.open("rb") as handle:
            container = handle.read(16 << 20)
        encrypted = "EncryptedPackage".encode("utf-16-le") in container
        raise ExcelFileError("encrypted" if encrypted else "xls", name=name)
    if not head.startswith(b"PK"):
        raise ExcelFileError("text_file" if _looks_like_text(head) else "not_xlsx", name=name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ExcelFileError("corrupt", name=name) from None
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_ZIP_MEMBERS or unpacked > MAX_UNCOMPRESSED_BYTES:
        raise ExcelFileError(
            "too_large",
            name=name,
            size_mb=f"{unpacked / 1e6:,.0f}",
            limit_mb=f"{MAX_UNCOMPRESSED_BYTES / 1e6:,.0f}",
        )
    if not any(member.filename == "[Content_Types].xml" for member in members):
        raise ExcelFileError("not_xlsx", name=name)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            # Not final: the sample may end inside a multi-byte character.
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return sum(ch.isprintable() or ch in "\r\n\t" for ch in text) >= 0.95 * max(1, len(text))
    return False
