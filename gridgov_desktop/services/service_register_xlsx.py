"""The service window's registers as .xlsx: one sheet with the same title, period, scope, columns,
bands and notes as the PDF (both come from ``service_register_sheets``).

The title rows and the header row are written by openpyxl (fonts, fills, column widths, the panes
frozen below the header, the header repeated on printed pages); the data rows are written as
SpreadsheetML text and spliced in by ``excel_writer.write_spliced``, which also makes the file appear
whole or not at all. Counts are number cells; everything else is text, as printed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from gridgov_desktop.services.excel_writer import HeaderCell, style_header_cell, write_spliced
from gridgov_desktop.services.service_register_sheets import Band, Sheet

TITLE_FONT = Font(bold=True, size=16)
BAND_FONT = Font(bold=True)
BAND_FILL = PatternFill("solid", fgColor="F2F2F2")
SIGNATURE = "制表人：　　　　　　审核人：　　　　　　日期："
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def excel_width(width_mm: float) -> float:
    """A column's width in Excel's units (about 1.8 mm each at the default font)."""
    return round(max(6.0, width_mm * 0.6 + 1), 1)


def write_register_xlsx(sheet: Sheet, path: Path | str) -> int:
    """Write ``sheet`` as the only sheet of a new workbook at ``path``; returns the rows below the
    header (bands and data). ``ExcelFileError("unwritable")`` when the file cannot be written."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet.kind.title_zh[:31])
    count = len(sheet.columns)
    last = get_column_letter(count)
    head: list[list[WriteOnlyCell | str]] = [[_cell(worksheet, sheet.title, font=TITLE_FONT)]]
    head.append([f"填报单位：{sheet.office}"])
    head.append([f"期间：{sheet.period}" if sheet.period[:2] != "截至" else sheet.period])
    if sheet.scope:
        head.append([sheet.scope])
    header_row = len(head) + 1
    for index, column in enumerate(sheet.columns, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = excel_width(column.width_mm)
    worksheet.freeze_panes = f"A{header_row + 1}"
    worksheet.print_title_rows = f"{header_row}:{header_row}"
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = "9"  # A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    for values in head:
        worksheet.append(values)
    header = []
    for column in sheet.columns:
        cell = WriteOnlyCell(worksheet, value=column.header.replace("\n", ""))
        style_header_cell(cell, HeaderCell(column.header.replace("\n", ""), 0))
        header.append(cell)
    worksheet.append(header)
    # Asking a style's id registers it: it is then written with the workbook's styles.
    band_style = _cell(worksheet, "", font=BAND_FONT, fill=BAND_FILL).style_id
    buffer = io.BytesIO()
    workbook.save(buffer)
    first = header_row + 1
    rows_after = len(sheet.rows) + 1 + len(sheet.notes) + 1
    dimension = f"A1:{last}{header_row + rows_after}"
    numbers = [column.number for column in sheet.columns]
    write_spliced(path, buffer, _rows_xml(sheet, first, numbers, band_style), dimension)
    return len(sheet.rows)


def _cell(
    worksheet: object, value: str, *, font: Font, fill: PatternFill | None = None
) -> WriteOnlyCell:
    cell = WriteOnlyCell(worksheet, value=value)
    cell.font = font
    if fill is not None:
        cell.fill = fill
    cell.alignment = Alignment(vertical="center")
    return cell


def _rows_xml(sheet: Sheet, first: int, numbers: list[bool], band_style: int) -> Iterable[str]:
    """``<row>`` elements from row ``first`` on: the data with its bands, a blank row, the notes,
    the signature line."""
    letters = [get_column_letter(i) for i in range(1, len(numbers) + 1)]
    number = first
    for row in sheet.rows:
        n = str(number)
        if isinstance(row, Band):
            yield (
                f'<row r="{n}"><c r="A{n}" s="{band_style}" t="inlineStr"><is><t'
                f"{_escaped(row.text)}</t></is></c></row>"
            )
        else:
            parts = [f'<row r="{n}">']
            for letter, value, is_number in zip(letters, row, numbers, strict=True):
                if not value:
                    continue
                if is_number and value.isdigit():
                    parts.append(f'<c r="{letter}{n}"><v>{value}</v></c>')
                else:
                    parts.append(
                        f'<c r="{letter}{n}" t="inlineStr"><is><t{_escaped(value)}</t></is></c>'
                    )
            parts.append("</row>")
            yield "".join(parts)
        number += 1
    number += 1  # a blank row before the notes
    for text in (*sheet.notes, SIGNATURE):
        cell = f'<c r="A{number}" t="inlineStr"><is><t{_escaped(text)}</t></is></c>'
        yield f'<row r="{number}">{cell}</row>'
        number += 1


def _escaped(value: str) -> str:
    """The rest of a ``<t`` element's start tag and its escaped text."""
    if "&" in value or "<" in value or ">" in value:
        value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _ILLEGAL_XML.search(value):
        value = _ILLEGAL_XML.sub("", value)
    if value[:1].isspace() or value[-1:].isspace():
        return ' xml:space="preserve">' + value
    return ">" + value
