"""The pieces the window documents are built of: blocks of text, bordered tables of short cells, and
the foot with the QR code, the signature lines and the seal circle.

They break lines with ``pdf.text.wrap_lines`` (Chinese rules: no line starts with "，" or ends with
"（", numbers are kept whole; rare characters drawn from the fallback faces) and draw straight on the
canvas: a receipt must be ready in well under 50 ms, and ReportLab's ``Paragraph`` and ``Table`` cost
several times that work. Text blocks and tables split between lines and rows, so that a long text
flows to the next page instead of being cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Literal

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from gridgov_desktop.pdf.fonts import BODY, TITLE, string_width
from gridgov_desktop.pdf.text import text_out, wrap_lines

Align = Literal["left", "center", "right"]

# Ideographs fill the em box from -0.12 em to 0.88 em: a baseline 0.36 em below the middle of a
# line centres them on it (as the register tables do).
BASELINE_DROP_EM = 0.36
LEADING = 1.3
LABEL_GRAY = 0.93
HEADER_GRAY = 0.86


def _draw_lines(
    text: PDFTextObject, lines: Sequence[str], left: float, width: float, top: float,
    leading: float, font: str, size: float, align: Align,
) -> None:  # fmt: skip
    """``lines`` from ``top`` down, one per ``leading``, aligned within ``left`` … ``left + width``."""
    baseline = top - leading / 2 - BASELINE_DROP_EM * size
    text.setFont(font, size)
    for line in lines:
        if align == "left":
            x = left
        else:
            spare = width - string_width(line, size, font)
            x = left + (spare / 2 if align == "center" else spare)
        text_out(text, x, baseline, line, font, size)
        baseline -= leading


class TextBlock(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph (or several, at its newlines) in one face and size. ``indent`` puts two ideographic
    spaces before each paragraph, as Chinese body text is set; ``lead`` is a run-in heading set in
    the Hei face at the head of the first line ("二、办理条件：…"). Splits between lines."""

    def __init__(
        self, text: str, font: str, size: float, *, align: Align = "left", indent: bool = False,
        lead: str = "", lead_font: str = TITLE, space_before: float = 0.0, space_after: float = 0.0,
        lines: Sequence[str] | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        text = lead + text
        if indent:
            text = "\n".join(f"　　{part}" if part else part for part in text.split("\n"))
        self.lead_span = (2 if indent else 0, (2 if indent else 0) + len(lead)) if lead else (0, 0)
        self.lead_font = lead_font
        self.text, self.font, self.size, self.align = text, font, size, align
        self.leading = size * LEADING
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._lines: list[str] | None = list(lines) if lines is not None else None
        self._fixed = lines is not None  # a part of a split block: its lines are final
        self._width = -1.0

    def _measure(self, width: float) -> list[str]:
        if self._lines is None or (width != self._width and not self._fixed):
            # The lead is measured in the body face: both faces give an ideograph one em.
            self._lines = wrap_lines(self.text, width, self.size, self.font)
            self._width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self._measure(available_width)) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._measure(available_width)
        fit = int((available_height + 1e-6) // self.leading)
        if fit < 1 or fit >= len(lines):
            return []
        # Widows and orphans are not worth a gap here: a form, not a book.
        first = self._part(lines[:fit], available_width)
        first.lead_span, first.lead_font = self.lead_span, self.lead_font
        first.spaceAfter = 0.0
        rest = self._part(lines[fit:], available_width)
        rest.spaceBefore = 0.0
        return [first, rest]

    def _part(self, lines: list[str], width: float) -> TextBlock:
        part = TextBlock("", self.font, self.size, align=self.align, lines=lines)
        part._width = width
        part.spaceBefore, part.spaceAfter = self.spaceBefore, self.spaceAfter
        return part

    def draw(self) -> None:
        text = self.canv.beginText()
        lines = self._measure(self.width)
        start, end = self.lead_span
        if end and lines:
            # The first line in pieces: body, lead in the Hei face, body again.
            first, size = lines[0], self.size
            x = 0.0
            baseline = self.height - self.leading / 2 - BASELINE_DROP_EM * size
            for piece, font in ((first[:start], self.font), (first[start:end], self.lead_font),
                                (first[end:], self.font)):  # fmt: skip
                if piece:
                    text.setFont(font, size)
                    text_out(text, x, baseline, piece, font, size)
                    x += string_width(piece, size, font)
            lines = lines[1:]
            top = self.height - self.leading
        else:
            top = self.height
        _draw_lines(text, lines, 0, self.width, top, self.leading, self.font, self.size, self.align)
        self.canv.drawText(text)


class TwoEnds(Flowable):  # type: ignore[misc]
    """One line with a text at the left and one at the right, on a common baseline (stacked when
    they do not fit side by side)."""

    def __init__(self, left: tuple[str, str, float], right: tuple[str, str, float]) -> None:
        super().__init__()
        self.left, self.right = left, right

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        widths = [string_width(text, size, font) for text, font, size in (self.left, self.right)]
        self.stacked = sum(widths) + 4 * mm > available_width
        line = max(self.left[2], self.right[2]) * 1.35
        self.height = line * (2 if self.stacked else 1)
        return self.width, self.height

    def draw(self) -> None:
        text = self.canv.beginText()
        half = self.height / 2 if self.stacked else self.height
        for (content, font, size), top, align in (
            (self.left, self.height, "left"),
            (self.right, self.height - half if self.stacked else self.height, "right"),
        ):
            _draw_lines(text, [content], 0, self.width, top, half, font, size, align)  # type: ignore[arg-type]
        self.canv.drawText(text)


@dataclass(frozen=True)
class Cell:
    """A cell of a ``BoxTable``: its text, how many columns it spans, its face and alignment, and a
    grey level for its background (label and header cells)."""

    text: str
    span: int = 1
    font: str = BODY
    align: Align = "left"
    shade: float | None = None


Row = tuple[Cell, ...]


class BoxTable(Flowable):  # type: ignore[misc]
    """A ruled table of short cells. Column widths are proportions that fill the available width;
    each row is as tall as its tallest cell; the first ``header_rows`` rows repeat on every page.
    Splits between rows, or inside a row taller than the room left (its lines continue)."""

    def __init__(
        self, rows: Sequence[Row], widths: Sequence[float], size: float, pad: tuple[float, float],
        *, header_rows: int = 0,
    ) -> None:  # fmt: skip
        super().__init__()
        for row in rows:
            assert sum(cell.span for cell in row) == len(widths), row
        self.rows, self.proportions, self.size = list(rows), list(widths), size
        self.pad, self.pad_y = pad
        self.header_rows = header_rows
        self.leading = size * 1.2
        self._width = -1.0
        self._cells: list[list[list[str]]] = []
        self._heights: list[float] = []

    def _measure(self, width: float) -> None:
        if width == self._width:
            return
        total = sum(self.proportions)
        self.widths = [p * width / total for p in self.proportions]
        self.lefts = [sum(self.widths[:i]) for i in range(len(self.widths) + 1)]
        self._cells, self._heights = [], []
        for row in self.rows:
            cells, column = [], 0
            for cell in row:
                inner = self.lefts[column + cell.span] - self.lefts[column] - 2 * self.pad
                cells.append(wrap_lines(cell.text, inner, self.size, cell.font) if cell.text else [])
                column += cell.span
            self._cells.append(cells)
            lines = max((len(c) for c in cells), default=1)
            self._heights.append(max(1, lines) * self.leading + 2 * self.pad_y)
        self._width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._measure(available_width)
        self.width, self.height = available_width, sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._measure(available_width)
        head = self.rows[: self.header_rows]
        used = sum(self._heights[: self.header_rows])
        index = self.header_rows
        while index < len(self.rows) and used + self._heights[index] <= available_height + 1e-6:
            used += self._heights[index]
            index += 1
        if index >= len(self.rows):
            return []
        if index > self.header_rows:
            first, rest = self.rows[:index], [*head, *self.rows[index:]]
            return [self._part(first), self._part(rest)]
        # Not even one row fits: cut the row itself between lines (a very long cell).
        fit = int((available_height - used - 2 * self.pad_y) // self.leading)
        if fit < 1:
            return []
        cells = self._cells[index]
        if max(len(c) for c in cells) <= fit:
            return []
        row = self.rows[index]
        top = tuple(
            Cell("\n".join(lines[:fit]), c.span, c.font, c.align, c.shade)
            for c, lines in zip(row, cells, strict=True)
        )
        bottom = tuple(
            Cell("\n".join(lines[fit:]), c.span, c.font, c.align, c.shade)
            for c, lines in zip(row, cells, strict=True)
        )
        rest = [*head, bottom, *self.rows[index + 1 :]]
        return [self._part([*self.rows[:index], top]), self._part(rest)]

    def _part(self, rows: list[Row]) -> BoxTable:
        return BoxTable(
            rows, self.proportions, self.size, (self.pad, self.pad_y), header_rows=self.header_rows
        )

    def draw(self) -> None:
        canvas = self.canv
        text = canvas.beginText()
        rules: list[str] = []
        top = self.height
        for row, cells, height in zip(self.rows, self._cells, self._heights, strict=True):
            bottom = top - height
            column = 0
            for cell, lines in zip(row, cells, strict=True):
                left, right = self.lefts[column], self.lefts[column + cell.span]
                if cell.shade is not None:
                    canvas.setFillGray(cell.shade)
                    canvas.rect(left, bottom, right - left, height, stroke=0, fill=1)
                    canvas.setFillGray(0)
                block = len(lines) * self.leading
                first = bottom + (height + block) / 2  # lines centred in the row
                _draw_lines(
                    text, lines, left + self.pad, right - left - 2 * self.pad, first, self.leading,
                    cell.font, self.size, cell.align,
                )  # fmt: skip
                if column:
                    rules.append(f"{left:.2f} {top:.2f} m {left:.2f} {bottom:.2f} l")
                column += cell.span
            rules.append(f"0 {bottom:.2f} m {self.width:.2f} {bottom:.2f} l")
            top = bottom
        canvas.drawText(text)
        canvas.setLineWidth(0.5)
        # Formatted here: canvas.lines() sends each number through ReportLab's pure-Python fp_str.
        canvas.addLiteral(f"n {' '.join(rules)} S")
        canvas.setLineWidth(1.0)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


class FootBlock(Flowable):  # type: ignore[misc]
    """The bottom of a window document, never split: a QR code with its caption at the left
    (receipts only); in the middle a short ``note`` (the notice's closing sentence) and the lines
    to fill by hand (``rows``: the captions of each row, each followed by a rule, the first of a
    row given the larger share); at the right a dashed seal circle with the office's words and the
    date, across which the stamp goes as offices do."""

    def __init__(
        self, size: float, small: float, scale: float, *, rows: Sequence[tuple[str, ...]],
        seal_caption: str, day: dt.date, note: str = "", qr_payload: str = "", qr_caption: str = "",
    ) -> None:  # fmt: skip
        super().__init__()
        self.size, self.small = size, small
        self.rows, self.seal_caption, self.day, self.note = rows, seal_caption, day, note
        self.qr_caption = qr_caption
        self.seal = 31 * mm * scale  # an office seal is 38–42 mm across: it may overlap the ring
        self.leading, self.pitch = size * LEADING, size * 2.5
        self.modules: list[list[bool]] = []
        self.qr_width = 0.0
        if qr_payload:
            widget = QrCodeWidget(qr_payload, barLevel="M", barBorder=4)
            widget.qr.make()  # chooses the version; the widget's draw() would encode it again
            self.modules = [[bool(m) for m in row] for row in widget.qr.modules]
            self.border = int(widget.barBorder)
            count = len(self.modules)
            # The symbol 23 mm wide whatever its version (a cheap scanner reads modules of 0.7 mm
            # and more off a laser print), plus the quiet zone of 4 modules on each side.
            self.module = max(23 * mm * scale / count, 0.7 * mm)
            self.qr_width = self.module * (count + 2 * self.border)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        # The middle column: after the QR code, before the circle.
        self.left = self.qr_width + 4 * mm if self.modules else 0.0
        self.right = self.width - self.seal - 5 * mm
        note = f"　　{self.note}" if self.note else ""  # a paragraph: its first line indented
        self.note_lines = wrap_lines(note, self.right - self.left, self.size) if note else []
        middle = len(self.note_lines) * self.leading + len(self.rows) * self.pitch
        caption = self.small * 1.1 if self.modules else 0.0
        self.height = max(self.seal + 2 * mm, self.qr_width + caption, middle + 1 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        text = canvas.beginText()
        if self.modules:
            self._draw_qr(canvas, text)
        # The seal circle at the right, its words across the middle and the date under them.
        radius = self.seal / 2
        cx, cy = self.width - radius - 1 * mm, self.height - radius - 1 * mm
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.setDash(3, 2)
        canvas.circle(cx, cy, radius)
        canvas.restoreState()
        # The words in the smaller size: at body size they would touch the ring.
        text.setFont(BODY, self.small)
        for line, middle in ((self.seal_caption, cy + size * 0.4), (_date(self.day), cy - size * 1.1)):
            x = cx - string_width(line, self.small) / 2
            text_out(text, x, middle - BASELINE_DROP_EM * self.small, line, BODY, self.small)
        # The middle column: the note from the top, then the rows, each in a band of ``pitch``
        # with a rule after a caption that asks for a hand-written entry. Without a note the rows
        # are centred on the circle.
        if self.note_lines:
            _draw_lines(
                text, self.note_lines, self.left, self.right - self.left, self.height,
                self.leading, BODY, size, "left",
            )  # fmt: skip
            first = self.height - len(self.note_lines) * self.leading - self.pitch / 2
        else:
            first = cy + (len(self.rows) - 1) / 2 * self.pitch
        text.setFont(BODY, size)
        rules = []
        room = self.right - self.left
        for index, captions in enumerate(self.rows):
            y = first - index * self.pitch - BASELINE_DROP_EM * size
            shares = [1.0] if len(captions) == 1 else [1.35] + [1.0] * (len(captions) - 1)
            x = self.left
            for caption, share in zip(captions, shares, strict=True):
                end = x + room * share / sum(shares)
                text_out(text, x, y, caption, BODY, size)
                start = x + string_width(caption, size)
                gap = 0.0 if end >= self.right else 4 * mm
                rules.append(f"{start:.2f} {y - 2:.2f} m {end - gap:.2f} {y - 2:.2f} l")
                x = end
        canvas.drawText(text)
        if rules:
            canvas.setLineWidth(0.6)
            canvas.addLiteral(f"n {' '.join(rules)} S")

    def _draw_qr(self, canvas: Canvas, text: PDFTextObject) -> None:
        # The widget's own draw() makes a shape object per run of dark modules; the same runs go
        # into one path here, written as PDF operators directly (ReportLab formats numbers slowly).
        module, origin = self.module, self.border * self.module
        top = self.height
        ops = []
        for row_index, row in enumerate(self.modules):
            y = top - origin - (row_index + 1) * module
            column = 0
            for dark, run in groupby(row):
                count = len(list(run))
                if dark:
                    x = origin + column * module
                    ops.append(f"{x:.3f} {y:.3f} {count * module:.3f} {module:.3f} re")
                column += count
        canvas.setFillGray(0)
        canvas.addLiteral(f"{' '.join(ops)} f")
        caption = self.qr_caption
        text.setFont(BODY, self.small)
        x = max(0.0, (self.qr_width - string_width(caption, self.small)) / 2)
        # Below the quiet zone, not in it: ideographs rise 0.88 em above the baseline.
        text_out(text, x, top - self.qr_width - self.small * 0.95, caption, BODY, self.small)


def _date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
