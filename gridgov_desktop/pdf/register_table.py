"""The table of a register: one flowable that splits itself page by page.

ReportLab's ``Table`` measures its cells again on every split, so a long register costs time
quadratic in its rows, and each cell goes through a generic drawing path. Here every row is measured
once, the heights are summed once (prefix sums), and a split is a binary search over them; the cells
of a page are drawn through two text objects and the rules with one ``lines`` call. Each part
repeats the header row and, when it starts inside a group, the group's band marked （续）.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from gridgov_desktop.pdf.fonts import BODY, TITLE, coverage, string_width
from gridgov_desktop.pdf.text import CellText, Encoder, fits, text_out, widest_glyphs, wrap_lines

Align = Literal["left", "center", "right"]

# Padding inside a cell, and where a line's baseline sits: ideographs fill the em box from -0.12 em
# to 0.88 em, so a baseline 0.36 em below the middle of the line centres them.
PAD_X = 1.2 * mm
PAD_Y_EM = 0.22
BASELINE_DROP_EM = 0.36
CONTINUED = "（续）"
HEADER_GRAY = 0.88
BAND_GRAY = 0.95


@dataclass(frozen=True)
class Column:
    """A column of a register: its header (``\\n`` breaks it where wanted), width and alignment."""

    header: str
    width_mm: float
    align: Align = "left"


@dataclass(frozen=True)
class GroupRow:
    """A band across the whole table that opens a group: a building, a household, a community."""

    text: str


Row = Sequence[str] | GroupRow
Progress = Callable[[int, int], None]  # (rows laid out, rows in all); raise from it to cancel
Cell = str | tuple[str, ...]  # one line, or the lines of a wrapped text


@dataclass(frozen=True)
class _Band:
    lines: tuple[str, ...]


class TableLayout:
    """Every row of the table measured once: what each cell's lines are and how tall each row is."""

    def __init__(
        self, columns: Sequence[Column], rows: Sequence[Row], width: float, size: float, max_row: float
    ) -> None:
        total = sum(c.width_mm for c in columns) * mm
        # The widths are proportions: the table always fills the frame's width.
        self.widths = [c.width_mm * mm * width / total for c in columns]
        self.lefts = [sum(self.widths[:i]) for i in range(len(columns))]
        self.aligns = [c.align for c in columns]
        self.width = width
        self.size = size
        self.encoders = {BODY: Encoder(BODY), TITLE: Encoder(TITLE)}
        self.leading = size * 1.3
        self.pad_y = size * PAD_Y_EM
        self.max_lines = max(1, int((max_row - 2 * self.pad_y) // self.leading))
        inner = [w - 2 * PAD_X for w in self.widths]
        self.header: tuple[Cell, ...] = tuple(
            self._cell(c.header, w, TITLE) for c, w in zip(columns, inner, strict=True)
        )
        self.header_height = self._height(self.header)
        self.rows: list[tuple[Cell, ...] | _Band] = []
        self.heights: list[float] = []
        self.group_of: list[int] = []  # the band that governs each row (-1: none)
        single = 2 * self.pad_y + self.leading
        cell = self._cell
        # A text no longer than this, all in the body face, fits without being measured: no glyph
        # of the face is wider than its widest (most cells are decided by this alone).
        widest = widest_glyphs(BODY)[0] * size
        caps = [int(w / widest) for w in inner]
        ascii_caps = [int(w / (widest_glyphs(BODY)[1] * size)) for w in inner]
        covered = coverage(BODY).issuperset
        group = -1
        for row in rows:
            if isinstance(row, GroupRow):
                group = len(self.rows)
                band = _Band(tuple(wrap_lines(row.text, width - 2 * PAD_X, size, TITLE)))
                self.rows.append(band)
                self.heights.append(2 * self.pad_y + self.leading * len(band.lines))
            else:
                cells = tuple(
                    text
                    if (len(text) <= cap or (len(text) <= ascii_cap and text.isascii()))
                    and covered(text)
                    and "\n" not in text
                    else cell(text, w, BODY)
                    for text, cap, ascii_cap, w in zip(row, caps, ascii_caps, inner, strict=True)
                )
                self.rows.append(cells)
                multi = any(c.__class__ is tuple for c in cells)
                self.heights.append(self._height(cells) if multi else single)
            self.group_of.append(group)
        self.cum = [0.0]
        for height in self.heights:
            self.cum.append(self.cum[-1] + height)
        self.progress: Progress | None = None

    def _cell(self, text: str, width: float, font: str) -> Cell:
        if fits(text, width, self.size, font):
            return text
        lines = wrap_lines(text, width, self.size, font)
        if len(lines) > self.max_lines:  # never taller than a page: the rest is cut off visibly
            lines = [*lines[: self.max_lines - 1], lines[self.max_lines - 1][:-1] + "…"]
        return tuple(lines) if len(lines) > 1 else lines[0]

    def _height(self, cells: Sequence[Cell]) -> float:
        lines = max((len(c) if isinstance(c, tuple) else 1) for c in cells)
        return 2 * self.pad_y + self.leading * lines


class RegisterTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Rows ``start:end`` of a measured table, with the header row on top."""

    def __init__(self, layout: TableLayout, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.layout = layout
        self.start = start
        self.end = len(layout.rows) if end is None else end

    def _continued(self) -> int:
        """The band to repeat above the first row (-1 when the part starts with its own band)."""
        layout = self.layout
        if self.start >= self.end or isinstance(layout.rows[self.start], _Band):
            return -1
        return layout.group_of[self.start]

    def _top_height(self) -> float:
        band = self._continued()
        return self.layout.header_height + (self.layout.heights[band] if band >= 0 else 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        layout = self.layout
        self.height = self._top_height() + layout.cum[self.end] - layout.cum[self.start]
        self.width = layout.width
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        layout = self.layout
        room = available_height - self._top_height()
        # The last row boundary that fits: the largest k with cum[k] - cum[start] <= room.
        k = bisect_right(layout.cum, layout.cum[self.start] + room + 1e-6, self.start, self.end + 1) - 1
        # A band alone at the foot of a page would leave its group without rows: move it on.
        while k > self.start and isinstance(layout.rows[k - 1], _Band):
            k -= 1
        if k <= self.start or k >= self.end:
            return []
        return [RegisterTable(layout, self.start, k), RegisterTable(layout, k, self.end)]

    def draw(self) -> None:
        layout, canvas = self.layout, self.canv
        size, leading, width = layout.size, layout.leading, layout.width
        drop = BASELINE_DROP_EM * size
        # Rows to draw, top-down: (kind, content, height); kind 0 header, 1 band, 2 data.
        band = self._continued()
        rows: list[tuple[int, object, float]] = [(0, layout.header, layout.header_height)]
        if band >= 0:
            lines = layout.rows[band]
            assert isinstance(lines, _Band)
            continued = _Band((lines.lines[0] + CONTINUED, *lines.lines[1:]))
            rows.append((1, continued, layout.heights[band]))
        for index in range(self.start, self.end):
            row = layout.rows[index]
            rows.append((1 if isinstance(row, _Band) else 2, row, layout.heights[index]))

        # One text object for the page, written in reading order (header, bands, rows), so that
        # text extraction, search and screen readers meet the cells in the order a clerk reads them.
        text = CellText(canvas, size, leading, layout.encoders)
        rules: list[tuple[float, float, float, float]] = [(0, self.height, width, self.height)]
        verticals: list[tuple[float, float]] = []  # spans of rows crossed by column rules
        top = self.height
        for kind, content, height in rows:
            bottom = top - height
            if kind == 1:
                assert isinstance(content, _Band)
                canvas.setFillGray(BAND_GRAY)
                canvas.rect(0, bottom, width, height, stroke=0, fill=1)
                baseline = top - layout.pad_y - leading / 2 - drop
                text.use(TITLE)
                for line in content.lines:
                    text_out(text, PAD_X, baseline, line, TITLE, size)
                    baseline -= leading
            else:
                if kind == 0:
                    canvas.setFillGray(HEADER_GRAY)
                    canvas.rect(0, bottom, width, height, stroke=0, fill=1)
                text.use(TITLE if kind == 0 else BODY)
                self._cells(
                    text,
                    content,  # type: ignore[arg-type]  # a header or data row here
                    top,
                    height,
                    ["center"] * len(layout.widths) if kind == 0 else layout.aligns,
                    TITLE if kind == 0 else BODY,
                )
                if verticals and verticals[-1][1] == top:
                    verticals[-1] = (verticals[-1][0], bottom)
                else:
                    verticals.append((top, bottom))
            rules.append((0, bottom, width, bottom))
            top = bottom
        canvas.setFillGray(0)
        canvas.drawText(text)
        for span_top, span_bottom in verticals:
            rules.extend((x, span_top, x, span_bottom) for x in layout.lefts[1:])
        canvas.setLineWidth(0.5)
        # One path for every rule of the page, formatted here: canvas.lines() formats each number
        # through ReportLab's pure-Python fp_str when its C accelerator is absent.
        segments = " ".join(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l" for x1, y1, x2, y2 in rules)
        canvas.addLiteral(f"n {segments} S")
        canvas.setLineWidth(1.0)
        canvas.rect(0, 0, width, self.height, stroke=1, fill=0)
        if layout.progress is not None:
            layout.progress(self.end, len(layout.rows))

    def _cells(
        self,
        text_object: CellText,
        cells: Sequence[Cell],
        top: float,
        height: float,
        aligns: Sequence[Align],
        font: str,
    ) -> None:
        layout = self.layout
        size, leading = layout.size, layout.leading
        middle = top - height / 2
        drop = BASELINE_DROP_EM * size
        covered, put = coverage(font).issuperset, text_object.put
        for cell, left, cell_width, align in zip(
            cells, layout.lefts, layout.widths, aligns, strict=True
        ):
            if not cell:
                continue
            lines = (cell,) if cell.__class__ is str else cell
            baseline = middle + leading * (len(lines) / 2 - 0.5) - drop
            for line in lines:
                if align == "left":
                    x = left + PAD_X
                elif align == "center":
                    x = left + (cell_width - string_width(line, size, font)) / 2
                else:
                    x = left + cell_width - PAD_X - string_width(line, size, font)
                if covered(line):
                    put(x, baseline, line)
                else:
                    text_out(text_object, x, baseline, line, font, size)
                baseline -= leading
