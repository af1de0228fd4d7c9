"""Registers (台账): A4 tables as offices print and file them.

A register has its title in the Hei face, the office that keeps it, its scope and period, the table
with its header row repeated on every page, "第 x 页 共 y 页" on every page, and a line for the people
who draw it up, check it and date it. Plain data in, PDF bytes out: no Qt, no database.

Margins follow GB/T 9704 (the official-document format) for portrait pages: 37 mm top, 28 mm left
(the binding edge), 26 mm right, 35 mm bottom with the page number 7 mm below the text. Landscape
registers keep the left binding margin and use less at top and bottom, so that more rows fit.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gridgov_desktop.pdf.fonts import BODY, TITLE, markup, register_fonts, string_width
from gridgov_desktop.pdf.register_table import (
    Column,
    GroupRow,
    Progress,
    RegisterTable,
    Row,
    TableLayout,
)
from gridgov_desktop.pdf.text import text_out

__all__ = ["Column", "GroupRow", "Progress", "RegisterSpec", "Row", "chinese_date", "render_register"]

TITLE_SIZE = 22.0  # 二号
INFO_SIZE = 12.0  # 小四
RUNNING_HEAD_SIZE = 9.0
PAGE_NUMBER_GAP = 7 * mm  # GB/T 9704: the page number sits 7 mm below the text area


@dataclass(frozen=True)
class RegisterSpec:
    """What a register prints. ``rows`` are lists of cell texts (one per column) or ``GroupRow``
    bands; ``period`` is printed as given ("截至2026年11月21日"); ``notes`` go under the table."""

    title: str
    office: str
    columns: Sequence[Column]
    rows: Sequence[Row]
    period: str = ""
    scope: str = ""
    landscape: bool = False
    notes: Sequence[str] = ()
    signature: Sequence[str] = ("制表人", "审核人", "日期")
    font_size: float = 10.5  # 五号
    keywords: Sequence[str] = field(default=())


@dataclass(frozen=True)
class _Margins:
    top: float
    bottom: float
    left: float
    right: float


_PORTRAIT = _Margins(top=37 * mm, bottom=35 * mm, left=28 * mm, right=26 * mm)
_LANDSCAPE = _Margins(top=20 * mm, bottom=24 * mm, left=25 * mm, right=20 * mm)


def chinese_date(day: dt.date) -> str:
    """A date as written on paper: 2026年11月21日."""
    return f"{day.year}年{day.month}月{day.day}日"


def render_register(spec: RegisterSpec, progress: Progress | None = None) -> bytes:
    """The register as PDF bytes. ``progress(rows done, rows)`` is called after each page of the
    table (for a progress bar on a worker thread); an exception raised from it stops the work."""
    register_fonts()
    page = landscape(A4) if spec.landscape else A4
    margins = _LANDSCAPE if spec.landscape else _PORTRAIT
    width = page[0] - margins.left - margins.right
    height = page[1] - margins.top - margins.bottom
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=spec.title,
        author=spec.office,
        subject=spec.scope,
        creator="gridgov_desktop",
        keywords=list(spec.keywords),
        # A TrueType initial font: with the default, every page would name Helvetica, a font the
        # PDF does not embed (harmless, but "every font embedded" should hold without exceptions).
        initialFontName=BODY,
    )
    frame = Frame(
        margins.left, margins.bottom, width, height, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("register", [frame], onPage=_running_head(spec, page, margins))])
    # A row may take at most half a page, so that it always fits below the header on a fresh page.
    layout = TableLayout(spec.columns, spec.rows, width, spec.font_size, max_row=height / 2)
    layout.progress = progress
    story: list[Flowable] = [*_heading(spec, width), RegisterTable(layout), Spacer(1, 4 * mm)]
    note_style = _style("note", BODY, spec.font_size, TA_LEFT)
    story.extend(Paragraph(markup(note), note_style) for note in spec.notes)
    if spec.signature:
        story.append(SignatureLine(spec.signature, spec.font_size))
    doc.build(story, canvasmaker=_numbered_canvas(page, margins, spec.font_size))
    return buffer.getvalue()


def _style(name: str, font: str, size: float, alignment: int, leading: float = 1.3) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * leading, alignment=alignment, wordWrap="CJK"
    )


def _heading(spec: RegisterSpec, width: float) -> list[Flowable]:
    title = Paragraph(markup(spec.title, TITLE), _style("title", TITLE, TITLE_SIZE, TA_CENTER, 1.4))
    # The office at the left and the period at the right; the scope below the office, on a line
    # of its own, since it can be long ("站前街道 永宁社区 第一网格 邮电局宿舍").
    left, right = _style("left", BODY, INFO_SIZE, TA_LEFT), _style("right", BODY, INFO_SIZE, TA_RIGHT)
    rows = [[Paragraph(markup(f"填报单位：{spec.office}"), left), Paragraph(markup(spec.period), right)]]
    if spec.scope:
        rows.append([Paragraph(markup(spec.scope), left), ""])
    info = Table(rows, colWidths=[width * 0.7, width * 0.3])
    style: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONTNAME", (0, 0), (-1, -1), BODY),  # even the empty cell: never Helvetica
    ]
    if spec.scope:
        style.append(("SPAN", (0, 1), (1, 1)))
    info.setStyle(TableStyle(style))
    return [title, Spacer(1, 5 * mm), info, Spacer(1, 1.5 * mm)]


class SignatureLine(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """制表人：____  审核人：____  日期：____ — labels with ruled lines to sign on, spread evenly."""

    def __init__(self, labels: Sequence[str], size: float) -> None:
        super().__init__()
        self.labels = list(labels)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 12 * mm  # room above the line for a handwritten name
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        slot = self.width / len(self.labels)
        baseline = 2 * mm
        text = canvas.beginText()
        text.setFont(BODY, size)
        rules = []
        for index, label in enumerate(self.labels):
            x = index * slot
            caption = f"{label}："
            text_out(text, x, baseline, caption, BODY, size)
            start = x + string_width(caption, size)
            rules.append((start, baseline - 1.5, x + slot - 6 * mm, baseline - 1.5))
        canvas.drawText(text)
        canvas.setLineWidth(0.6)
        canvas.lines(rules)


def _running_head(
    spec: RegisterSpec, page: tuple[float, float], margins: _Margins
) -> Callable[..., None]:
    """From the second page on: the office and the title at the left, the period at the right, so
    that a loose page still says what it belongs to."""

    def draw(canvas: Canvas, _doc: Any) -> None:
        if canvas.getPageNumber() == 1:
            return
        y = page[1] - margins.top + 3 * mm
        text = canvas.beginText()
        text.setFont(BODY, RUNNING_HEAD_SIZE)
        text_out(text, margins.left, y, f"{spec.office}　{spec.title}", BODY, RUNNING_HEAD_SIZE)
        right = page[0] - margins.right - string_width(spec.period, RUNNING_HEAD_SIZE)
        text_out(text, right, y, spec.period, BODY, RUNNING_HEAD_SIZE)
        canvas.drawText(text)

    return draw


def _numbered_canvas(page: tuple[float, float], margins: _Margins, size: float) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so that each can say "共 y 页"."""
    baseline = margins.bottom - PAGE_NUMBER_GAP - size * 0.88

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        _code: list[str]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # The page's operators as one string: a long register holds thousands of pages here,
            # and a list of short strings costs several times the memory of their text.
            self._code = ["\n".join(self._code)]
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                label = f"第 {number} 页 共 {total} 页"
                text = self.beginText()
                text.setFont(BODY, size)
                text_out(text, (page[0] - string_width(label, size)) / 2, baseline, label, BODY, size)
                self.drawText(text)
                super().showPage()
            super().save()

    return NumberedCanvas
