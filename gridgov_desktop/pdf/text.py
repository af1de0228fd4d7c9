"""Measuring, breaking and drawing short texts in table cells, with per-character font fallback.

Table cells of a register are drawn straight on the canvas rather than as ``Paragraph`` objects:
a 10,000-person register has 100,000 cells, and a Paragraph costs ~100× a plain string. Most cells
fit on one line, which ``fits`` tells from the length alone; the rest are broken here by the rules
Chinese typesetting uses (any two ideographs may be split; numbers and Latin words are kept whole;
no line starts with a closing mark or ends with an opening one).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from gridgov_desktop.pdf.fonts import BODY, advances, covers, split_runs, string_width

# Marks that may not start a line (they cling to what precedes) or end one (they cling to what follows).
_NO_LINE_START = frozenset("，。、；：？！）》」』】〉｝〕％‰,.;:?!)]}%·…—～-/")
_NO_LINE_END = frozenset("（《「『【〈｛〔([{“‘")


@lru_cache(maxsize=8)
def widest_glyphs(font_name: str) -> tuple[float, float]:
    """The widest glyph of the face and its widest ASCII glyph, in em."""
    widths = pdfmetrics.getFont(font_name).face.charWidths
    return max(widths.values()) / 1000, max(widths.get(cp, 0.0) for cp in range(32, 127)) / 1000


def fits(text: str, width: float, size: float, font: str = BODY) -> bool:
    """Whether ``text`` fits on one line of ``width`` points: first by a bound from its length
    (no glyph is wider than the face's widest), measured only when the bound says it might not."""
    if "\n" in text:
        return False
    widest, widest_ascii = widest_glyphs(font)
    bound = widest_ascii if text.isascii() else widest
    if len(text) * bound * size <= width and covers(font, text):
        return True
    return string_width(text, size, font) <= width


def _joined(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` is forbidden."""
    if after in _NO_LINE_START or before in _NO_LINE_END:
        return True
    # Digits and Latin letters (and the *, - of masked numbers) form words kept on one line.
    return before.isascii() and after.isascii() and not before.isspace() and not after.isspace()


def wrap_lines(text: str, width: float, size: float, font: str = BODY) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (a word longer than a line is cut
    where it must be). Explicit newlines are kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if fits(paragraph, width, size, font):
            lines.append(paragraph)
        else:
            lines.extend(_break(paragraph, width, size, font))
    return lines


def _break(text: str, width: float, size: float, font: str) -> list[str]:
    widths = [advance * size for advance in advances(text, font)]
    lines: list[str] = []
    start, line_width = 0, 0.0
    last_break = last_space = -1  # where the line could end: anywhere allowed, after a space
    space_width = 0.0  # the width of the line up to ``last_space``
    for index, char in enumerate(text):
        if index > start and not _joined(text[index - 1], char):
            last_break = index
            if text[index - 1] == " ":
                last_space, space_width = index, line_width
        line_width += widths[index]
        if line_width > width and index > start:
            # A space the author put is the better place to break, unless the line would stay
            # less than half full.
            if last_space > start and space_width >= width / 2:
                cut = last_space
            else:
                cut = last_break if last_break > start else index
            lines.append(text[start:cut].rstrip())
            start = cut
            while start < index and text[start] == " ":
                start += 1
            line_width = sum(widths[start : index + 1])
            last_break = last_space = -1
    lines.append(text[start:])
    return lines


_ENCODED_LIMIT = 20_000


class Encoder:
    """What the texts of one document look like as PDF string operators, per face: ReportLab's
    ``splitString`` maps each character to a subset of the embedded font in pure Python, and a
    register repeats most of its texts (dates, relations, places) thousands of times."""

    def __init__(self, font: str) -> None:
        self.font = pdfmetrics.getFont(font)
        self.doc: object = None
        self.shown: dict[str, tuple[tuple[int, str], ...]] = {}
        self.selects: dict[int, str] = {}

    def bind(self, doc: object, size: float) -> None:
        if doc is not self.doc:  # subset numbers belong to one document
            self.doc, self.shown, self.selects = doc, {}, {}
        self.size = size

    def pieces(self, text: str) -> tuple[tuple[int, str], ...]:
        found = self.shown.get(text)
        if found is None:
            if len(self.shown) >= _ENCODED_LIMIT:  # unique texts (ID numbers) must not pile up
                self.shown.clear()
            # Hex strings: bytes.hex() runs in C, where escaping a literal string is pure Python.
            found = tuple(
                (subset, f"<{chunk.hex()}> Tj")
                for subset, chunk in self.font.splitString(text, self.doc)
            )
            self.shown[text] = found
        return found

    def select(self, subset: int) -> str:
        found = self.selects.get(subset)
        if found is None:
            name = self.font.getSubsetInternalName(subset, self.doc)
            found = self.selects[subset] = f"{name} {self.size:.2f} Tf"
        return found


class CellText(PDFTextObject):  # type: ignore[misc]  # ReportLab is untyped
    """A text object for many short texts at given places (``put``), one PDF operator string each.

    ``textOut`` measures every string to move a cursor that cells never use, formats numbers with
    a slow pure-Python routine when ReportLab's C accelerator is absent, and re-encodes repeated
    texts; a 10,000-row register places 100,000 texts, so ``put`` skips all three. ``_code``,
    ``_doc`` and ``_curSubset`` are the text object's own state, which a subclass may use.
    """

    _curSubset: int

    def __init__(self, canvas: Any, size: float, leading: float, encoders: dict[str, Encoder]) -> None:
        super().__init__(canvas)
        self._size, self._leading_of_cells, self.encoders = size, leading, encoders
        for encoder in encoders.values():
            encoder.bind(self._doc, size)
        self._current = ""
        self.use(next(iter(encoders)))

    def use(self, font: str) -> None:
        """Draw the following texts in ``font`` (one of the encoders' faces)."""
        if font != self._current:
            self.setFont(font, self._size, self._leading_of_cells)
            self.encoder, self._current = self.encoders[font], font

    def put(self, x: float, y: float, text: str) -> None:
        code, encoder = self._code, self.encoder
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for subset, shown in encoder.pieces(text):
            if subset != self._curSubset:
                code.append(encoder.select(subset))
                self._curSubset = subset
            code.append(shown)


def text_out(text_object: PDFTextObject, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw ``text`` at ``(x, y)`` on a text object whose current font is ``font``, switching to a
    fallback face for characters ``font`` lacks and back again."""
    if covers(font, text):
        if isinstance(text_object, CellText):
            text_object.put(x, y, text)
        else:
            text_object.setTextOrigin(x, y)
            text_object.textOut(text)
        return
    text_object.setTextOrigin(x, y)
    for name, run in split_runs(text, font):
        text_object.setFont(name, size, text_object._leading)
        text_object.textOut(run)
    text_object.setFont(font, size, text_object._leading)


def widest_line(lines: Iterable[str], size: float, font: str = BODY) -> float:
    return max((string_width(line, size, font) for line in lines), default=0.0)
