"""Writing a large one-sheet .xlsx fast: openpyxl for the workbook, the data rows as SpreadsheetML.

openpyxl's write-only mode builds the package — content types, styles, the header row with its fonts,
column widths and formats, the frozen header — but writes each cell through a generic XML serialiser
at ~25 µs per cell here (no lxml): a 200,000-resident export would take well over a minute. The data
rows are plain text cells, so they are written here as the same markup openpyxl writes for them
(``<c r="E2" s="1" t="inlineStr"><is><t>…</t></is></c>``) and spliced into openpyxl's sheet before
``</sheetData>``, streamed into the zip. Text columns carry a text number format, so that a clerk
editing an ID number in Excel does not turn it into 3.30102E+17.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from gridgov_desktop.services.excel_errors import ExcelFileError

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BATCH_ROWS = 2_000
REQUIRED_FONT = Font(bold=True, color="C00000")
HEADER_FONT = Font(bold=True, color="000000")
HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))


@dataclass(frozen=True)
class HeaderCell:
    title: str
    width: float
    required: bool = False
    text_format: bool = False
    comment: str = ""


def style_header_cell(cell: Any, header: HeaderCell) -> None:
    """The look of a header cell, shared with the template: bold, red when required, grey ground."""
    cell.font = REQUIRED_FONT if header.required else HEADER_FONT
    cell.fill = HEADER_FILL
    cell.border = HEADER_BORDER
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if header.comment:
        cell.comment = Comment(header.comment, "gridgov", width=260, height=120)


def write_table(
    path: Path, title: str, header: Sequence[HeaderCell], rows: Sequence[Sequence[str | None]]
) -> None:
    """Write ``rows`` (text values; None or "" for blank) under ``header`` as the only sheet of a new
    workbook at ``path``. The file appears whole or not at all (written aside, then renamed)."""
    buffer = io.BytesIO()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    # Printed as registers are: landscape, the header on every page; a filter on every column.
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    for i, column in enumerate(header, 1):
        dimension = sheet.column_dimensions[get_column_letter(i)]
        dimension.width = column.width
        if column.text_format:
            dimension.number_format = "@"
    cells = []
    for column in header:
        cell = WriteOnlyCell(sheet, value=column.title)
        style_header_cell(cell, column)
        cells.append(cell)
    sheet.append(cells)
    probe = WriteOnlyCell(sheet, value="")
    probe.number_format = "@"
    text_style = probe.style_id  # registers the style: it is written with the workbook's styles
    workbook.save(buffer)
    dimension = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    write_spliced(path, buffer, _row_xml(header, rows, text_style), dimension)


def write_spliced(path: Path, package: io.BytesIO, rows_xml: Iterable[str], dimension: str) -> None:
    """Copy the package in ``package`` to ``path`` with ``rows_xml`` added to its only worksheet,
    whose ``<dimension>`` becomes ``dimension`` (readers size the sheet from it without a parse)."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=".gridgov-", suffix=".xlsx", dir=folder)
    except OSError as error:
        raise ExcelFileError(
            "unwritable", name=str(path), reason=error.strerror or str(error)
        ) from error
    os.close(handle)
    try:
        with (
            zipfile.ZipFile(package) as source,
            zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
        ):
            sheets = [n for n in source.namelist() if n.startswith("xl/worksheets/sheet")]
            assert len(sheets) == 1, sheets
            for item in source.infolist():
                if item.filename != sheets[0]:
                    target.writestr(item, source.read(item))
                    continue
                head, tail = source.read(item).decode("utf-8").split("</sheetData>", 1)
                head = _with_dimension(head, dimension)
                info = zipfile.ZipInfo(item.filename, date_time=item.date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                with target.open(info, "w", force_zip64=True) as stream:
                    stream.write(head.encode("utf-8"))
                    for batch in _batches(rows_xml):
                        stream.write(batch.encode("utf-8", errors="replace"))
                    stream.write(("</sheetData>" + tail).encode("utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExcelFileError(
            "unwritable", name=str(path), reason=error.strerror or str(error)
        ) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _with_dimension(head: str, ref: str) -> str:
    """``<dimension>`` goes right after ``<sheetPr>``, before the sheet views (CT_Worksheet order)."""
    element = f'<dimension ref="{ref}"/>'
    for follower in ("<sheetViews", "<sheetFormatPr", "<cols", "<sheetData"):
        at = head.find(follower)
        if at >= 0:
            return head[:at] + element + head[at:]
    return head


def _batches(rows_xml: Iterable[str]) -> Iterable[str]:
    batch: list[str] = []
    for row in rows_xml:
        batch.append(row)
        if len(batch) >= _BATCH_ROWS:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


def _row_xml(
    header: Sequence[HeaderCell], rows: Iterable[Sequence[str | None]], text_style: int
) -> Iterable[str]:
    """``<row>`` elements from row 2 on: inline-string cells, blank values left out."""
    starts = []
    for i, column in enumerate(header, 1):
        style = f' s="{text_style}"' if column.text_format else ""
        starts.append((f'<c r="{get_column_letter(i)}', f'"{style} t="inlineStr"><is><t'))
    for number, values in enumerate(rows, 2):
        n = str(number)
        parts = [f'<row r="{n}">']
        for (start, middle), value in zip(starts, values, strict=False):
            if value:
                parts.append(f"{start}{n}{middle}{_escaped(value)}</t></is></c>")
        parts.append("</row>")
        yield "".join(parts)


def _escaped(value: str) -> str:
    """The element's remaining text: ``>`` + the escaped value (keeping edge spaces if any)."""
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)  # control characters XML 1.0 cannot carry
    if value[:1].isspace() or value[-1:].isspace():
        return ' xml:space="preserve">' + value
    return ">" + value
