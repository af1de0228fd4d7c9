"""The hot part of reading an .xlsx: shared strings and sheet cells, by regular expressions.

openpyxl's parsers build an object per cell through its descriptor machinery: 10–25 µs per cell on
this hardware without lxml, more than the whole budget of an import row. Excel, WPS and openpyxl write
cells in a handful of shapes (``<c r="A2" s="1" t="s"><v>5</v></c>``, inline strings, plain
``<si><t>``), read here with one regular expression pass per chunk. Anything else — formulas, rich
text in cells, entity references, namespace prefixes — raises ``NotSimple``, and the caller lets
openpyxl read the part instead, so the result never depends on which path ran (the tests compare them).
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel

_CHUNK = 1 << 20
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# A row: its number as Excel shows it, and its non-empty cells by 0-based column index.
Row = tuple[int, dict[int, Any]]


class NotSimple(Exception):
    """The fast path met XML it does not read: openpyxl reads the part instead."""


# --- shared strings --------------------------------------------------------------------------------

_SI = re.compile(r"<si>(.*?)</si>", re.S)
_SI_TAGS = re.compile(r"<(?:\w+:)?si[\s/>]")
_PLAIN_T = re.compile(r'<t(?: xml:space="preserve")?>([^<]*)</t>')
_X_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_x(text: str) -> str:
    """OOXML's escape for characters XML cannot carry (``_x000D_``; ``_x005F_`` is a literal ``_``)."""
    if "_x" not in text:
        return text
    return _X_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _text(raw: str) -> str:
    if "&" in raw:
        raw = html.unescape(raw)
    return unescape_x(raw)


def fast_shared_strings(data: bytes) -> list[str] | None:
    """The shared-string table, or None when it is not in the simple shape (then openpyxl reads it).

    Rich-text entries (runs of ``<r><t>``) are joined; phonetic guides (``<rPh>``) are left out, as
    Excel shows them only on request.
    """
    text = data.decode("utf-8")
    items = _SI.findall(text)
    if len(items) != len(_SI_TAGS.findall(text)):
        return None
    strings: list[str] = []
    append = strings.append
    for item in items:
        plain = _PLAIN_T.fullmatch(item)
        if plain is not None:
            append(_text(plain.group(1)))
            continue
        try:
            element = ElementTree.fromstring(f'<si xmlns="{_MAIN_NS}">{item}</si>')
        except ElementTree.ParseError:
            return None
        runs = [element] + [run for run in element if run.tag == f"{{{_MAIN_NS}}}r"]
        append(
            unescape_x("".join(t.text or "" for run in runs for t in run if t.tag == f"{{{_MAIN_NS}}}t"))
        )
    return strings


# --- cells -----------------------------------------------------------------------------------------

_CELL = re.compile(
    r'<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?(?: (?:cm|vm|ph)="\d+")*'
    r"(?:/>|>(?:<v>([^<&]*)</v>|<is><t>([^<&]*)</t></is>)?</c>)"
)


def sheet_data_chunks(stream: Any) -> Iterator[str]:
    """The text inside ``<sheetData>``, in pieces that end on a row boundary."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer = ""
    started = False
    while True:
        chunk = stream.read(_CHUNK)
        text = buffer + decoder.decode(chunk, final=not chunk)
        if not started:
            at = text.find("<sheetData>")
            if at < 0:
                if "<sheetData/>" in text:
                    return
                if not chunk:
                    raise NotSimple  # namespace prefixes, or no sheetData at all
                buffer = text
                continue
            text = text[at + len("<sheetData>") :]
            started = True
        end = text.find("</sheetData>")
        if end >= 0:
            yield text[:end]
            return
        if not chunk:
            raise ElementTree.ParseError("sheet ends inside sheetData")
        cut = text.rfind("</row>")
        if cut < 0:
            buffer = text
            continue
        yield text[: cut + len("</row>")]
        buffer = text[cut + len("</row>") :]


class CellReader:
    """Turns the matches of ``_CELL`` into rows of values, as openpyxl's data-only reader would."""

    def __init__(
        self, shared: list[str], date_styles: set[int], timedelta_styles: set[int], epoch: dt.datetime
    ) -> None:
        self._shared = shared
        self._date_styles = {str(style) for style in date_styles}
        self._timedelta_styles = {str(style) for style in timedelta_styles}
        self._epoch = epoch
        self._columns: dict[str, int] = {}
        self._row_text = ""
        self._row: dict[int, Any] = {}

    def rows(self, text: str) -> list[Row]:
        matches = _CELL.findall(text)
        if len(matches) != text.count("<c"):  # a cell of another shape: formula, rich text, &amp; …
            raise NotSimple
        done: list[Row] = []
        shared = self._shared
        columns = self._columns
        row_text, row = self._row_text, self._row
        for letters, number, style, kind, value, inline in matches:
            if number != row_text:
                if row:
                    done.append((int(row_text), row))
                row_text, row = number, {}
            if inline:
                cell: Any = _text(inline) if "_x" in inline else inline
            elif not value:
                continue
            elif kind == "s":
                cell = shared[int(value)]
            elif not kind or kind == "n":
                cell = self._number(value, style)
            elif kind == "str":
                cell = value
            elif kind == "b":
                cell = value == "1"
            elif kind == "e":
                cell = value  # "#N/A": the checks say it is an Excel error
            elif kind == "d":
                cell = dt.datetime.fromisoformat(value)
            else:
                raise NotSimple
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = column_index_from_string(letters) - 1
            row[column] = cell
        self._row_text, self._row = row_text, row
        return done

    def finish(self) -> list[Row]:
        return [(int(self._row_text), self._row)] if self._row else []

    def _number(self, value: str, style: str) -> Any:
        number: int | float = int(value) if value.isdigit() else float(value)
        if style and style in self._date_styles:
            try:
                return from_excel(number, self._epoch, timedelta=style in self._timedelta_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number
