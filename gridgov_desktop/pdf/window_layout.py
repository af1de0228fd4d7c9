"""What the two documents of the service window share: the page (A5 or A4 portrait), type sizes
scaled to it, the kinds of text and ruled tables they are made of (``pdf.window_flowables``), the
补打 mark of a reprint, and a canvas that numbers pages only when a document runs past one.

The window prints on A5 by default: half a sheet, one per resident. Everything is sized for A5 and
scaled up on A4 so that both keep the same look; body text stays within UX.md's 10.5–12 pt.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from gridgov_desktop.pdf.fonts import BODY, TITLE, register_fonts, string_width
from gridgov_desktop.pdf.text import text_out, wrap_lines
from gridgov_desktop.pdf.window_flowables import (
    HEADER_GRAY,
    LABEL_GRAY,
    BoxTable,
    Cell,
    Row,
    TextBlock,
)
from gridgov_desktop.services.service_types import Material

PAGE_SIZES = ("A5", "A4")


@dataclass(frozen=True)
class WindowLayout:
    """Page, margins and type sizes of one page size. Lengths in points."""

    page: tuple[float, float]
    top: float
    bottom: float
    left: float
    right: float
    scale: float  # lengths drawn by hand (boxes, QR, seal) are given for A5 and multiplied by this
    body: float
    small: float
    title: float
    office: float
    number: float

    @property
    def width(self) -> float:
        return self.page[0] - self.left - self.right


# A5 is 148 × 210 mm: 124 mm of text width. The top margin holds the 补打 box (its top 5 mm from
# the edge, inside what printers can print) and on later pages the running head; the bottom one
# the page number.
_A5 = WindowLayout(
    A5, top=12 * mm, bottom=10 * mm, left=12 * mm, right=12 * mm, scale=1.0,
    body=10.5, small=9.0, title=18.0, office=12.0, number=13.0,
)  # fmt: skip
# A4 keeps GB/T 9704's side margins (156 mm of text) with less at top and bottom: it is a form, not
# a letter. Type is one size up (小四 body, 二号 title).
_A4 = WindowLayout(
    A4, top=22 * mm, bottom=20 * mm, left=28 * mm, right=26 * mm, scale=1.2,
    body=12.0, small=10.5, title=22.0, office=14.0, number=15.0,
)  # fmt: skip


def layout_for(page_size: str) -> WindowLayout:
    """The layout of ``page_size`` ("A5" or "A4", portrait)."""
    if page_size == "A5":
        return _A5
    if page_size == "A4":
        return _A4
    raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")


def chinese_date(day: dt.date) -> str:
    """A date as written on paper: 2026年11月21日."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_datetime(moment: dt.datetime) -> str:
    return f"{chinese_date(moment)} {moment:%H:%M}"


def text_block(text: str, layout: WindowLayout, kind: str = "body", **options: Any) -> TextBlock:
    """A block of ``text`` in one of the documents' kinds of text: "body" (Song), "strong" (Hei at
    body size), "office" and "title" (Hei, centred), "small" (Song, for the foot)."""
    font, size, align = {
        "body": (BODY, layout.body, "left"),
        "strong": (TITLE, layout.body, "left"),
        "office": (TITLE, layout.office, "center"),
        "title": (TITLE, layout.title, "center"),
        "small": (BODY, layout.small, "left"),
    }[kind]
    options.setdefault("align", align)
    return TextBlock(text, font, size, **options)


def box_table(
    rows: Sequence[Row], widths_mm: Sequence[float], layout: WindowLayout, *, header_rows: int = 0
) -> BoxTable:
    pad = (1.0 * mm * layout.scale, 0.55 * mm * layout.scale)
    return BoxTable(rows, widths_mm, layout.body, pad, header_rows=header_rows)


def label(text: str, span: int = 1) -> Cell:
    """A shaded label cell in the Hei face."""
    return Cell(text, span, TITLE, "center", LABEL_GRAY)


def value(text: str, span: int = 1) -> Cell:
    return Cell(text or "—", span)


def materials_table(
    materials: Sequence[Material], caption: str, layout: WindowLayout, *, requirement: bool = False
) -> BoxTable:
    """序号 | material | 形式 | 份数 (| 要求): a numbered row per material, the header repeated when
    the table runs onto a second page. The column edges line up with the receipt's facts table."""
    headers = ["序号", caption, "形式", "份数"] + (["要求"] if requirement else [])
    rows: list[Row] = [tuple(Cell(h, 1, TITLE, "center", HEADER_GRAY) for h in headers)]
    for number, material in enumerate(materials, start=1):
        name = f"{material.name}（{material.note}）" if material.note else material.name
        row = [
            Cell(str(number), align="center"),
            Cell(name),
            Cell(material.form.label_zh, align="center"),
            Cell(f"{material.copies}份", align="center"),
        ]
        if requirement:
            row.append(Cell("必须" if material.mandatory else "如适用", align="center"))
        rows.append(tuple(row))
    if not materials:
        rows.append((Cell("—", align="center"), Cell("无", len(headers) - 1)))
    widths = [10, 60, 25, 11, 14] if requirement else [11, 71, 25, 13]
    return box_table(rows, widths, layout, header_rows=1)


def build_pdf(
    story: list[Flowable],
    layout: WindowLayout,
    *,
    title: str,
    author: str,
    running_head: str,
    reprint: int = 0,
) -> bytes:
    """The story laid out on the window's pages: the 补打 box on every page of a reprint, and from
    the second page on a running head and "第 x 页 共 y 页"."""
    register_fonts()
    height = layout.page[1]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=layout.page, leftMargin=layout.left, rightMargin=layout.right,
        topMargin=layout.top, bottomMargin=layout.bottom, title=title, author=author,
        creator="gridgov_desktop", initialFontName=BODY,
    )  # fmt: skip
    frame = Frame(
        layout.left, layout.bottom, layout.width, height - layout.top - layout.bottom,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip
    on_page = _page_marks(layout, running_head, reprint)
    doc.addPageTemplates([PageTemplate("window", [frame], onPage=on_page)])
    doc.build(story, canvasmaker=_numbered_canvas(layout))
    return buffer.getvalue()


def _page_marks(layout: WindowLayout, running_head: str, reprint: int) -> Callable[..., None]:
    size = layout.small
    width, height = layout.page
    mark = f"补打（第{reprint}次）"

    def draw(canvas: Canvas, _doc: Any) -> None:
        text = canvas.beginText()
        text.setFont(BODY, size)
        if canvas.getPageNumber() > 1:
            # A loose second page still says what it belongs to.
            head = wrap_lines(running_head, layout.width * (0.6 if reprint else 1.0), size)[0]
            text_out(text, layout.left, height - layout.top + 3 * mm, head, BODY, size)
        canvas.drawText(text)
        if reprint > 0:
            # A solid box at the top right: whoever holds a copy sees it is not the first print.
            box_size = layout.body
            box_width = string_width(mark, box_size, TITLE) + 4 * mm
            box_height = box_size + 2.4 * mm
            x = width - layout.right - box_width
            y = height - layout.top + 0.8 * mm
            canvas.saveState()
            canvas.setLineWidth(1.2)
            canvas.rect(x, y, box_width, box_height)
            mark_text = canvas.beginText()
            mark_text.setFont(TITLE, box_size)
            text_out(mark_text, x + 2 * mm, y + 1.2 * mm + box_size * 0.12, mark, TITLE, box_size)
            canvas.drawText(mark_text)
            canvas.restoreState()

    return draw


def _numbered_canvas(layout: WindowLayout) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to write "第 x 页 共 y 页" on each when
    there is more than one (a one-page receipt carries no page number)."""
    size = layout.small
    baseline = layout.bottom / 2

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                if total > 1:
                    label = f"第 {number} 页 共 {total} 页"
                    text = self.beginText()
                    text.setFont(BODY, size)
                    x = (layout.page[0] - string_width(label, size)) / 2
                    text_out(text, x, baseline, label, BODY, size)
                    self.drawText(text)
                super().showPage()
            super().save()

    return NumberedCanvas
