"""The mediation registers as PDF: 人民调解案件登记台账 (landscape A4, by the register engine) and
人民调解案件统计表 (portrait A4: the table of counts, then the charts the statistics dialog drew).

Both are laid out as sheets first (``services.mediation_register_sheets``, shared with the .xlsx).
The statistics page is the register engine's page — the same heading, running head, "第 x 页 共 y
页" and signature line — with the charts placed under the table as images. Plain data in, bytes
out: the charts arrive as PNG bytes, so no Qt is needed here.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gridgov_desktop.pdf.fonts import BODY, TITLE, markup, register_fonts
from gridgov_desktop.pdf.register import (
    _PORTRAIT,
    INFO_SIZE,
    TITLE_SIZE,
    Column,
    GroupRow,
    Progress,
    RegisterSpec,
    Row,
    SignatureLine,
    _numbered_canvas,
    _running_head,
    _style,
)
from gridgov_desktop.pdf.register_table import RegisterTable, TableLayout
from gridgov_desktop.pdf.service_registers import sheet_pdf
from gridgov_desktop.services.mediation_register_sheets import (
    case_register_sheet,
    case_statistics_sheet,
)
from gridgov_desktop.services.mediation_register_types import CaseRegister, CaseStatistics
from gridgov_desktop.services.service_register_sheets import FONT_SIZE, Band, Sheet

CAPTION_SIZE = 12.0  # 小四
CHART_ROOM = 44 * mm  # two captions with their spacing, and the signature line


@dataclass(frozen=True)
class ChartImage:
    """A chart drawn by the GUI: its caption ("按纠纷类型") and a PNG at print resolution."""

    caption: str
    png: bytes


def case_register_pdf(register: CaseRegister, progress: Progress | None = None) -> bytes:
    """人民调解案件登记台账 of the cases ``services.mediation_registers.case_register`` returned."""
    return sheet_pdf(case_register_sheet(register), progress)


def case_statistics_pdf(statistics: CaseStatistics, charts: Sequence[ChartImage] = ()) -> bytes:
    """人民调解案件统计表: the counts as a table, then ``charts`` (each as wide as the text, at most
    half a page tall, with its caption), then the signature line."""
    register_fonts()
    sheet = case_statistics_sheet(statistics)
    spec = _spec(sheet)
    page, margins = A4, _PORTRAIT
    width = page[0] - margins.left - margins.right
    height = page[1] - margins.top - margins.bottom
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=page, leftMargin=margins.left, rightMargin=margins.right,
        topMargin=margins.top, bottomMargin=margins.bottom, title=spec.title, author=spec.office,
        subject=spec.scope, creator="gridgov_desktop", keywords=list(spec.keywords),
        initialFontName=BODY,
    )  # fmt: skip
    frame = Frame(
        margins.left, margins.bottom, width, height, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0, id="body",
    )  # fmt: skip
    doc.addPageTemplates(
        [PageTemplate("statistics", [frame], onPage=_running_head(spec, page, margins))]
    )
    layout = TableLayout(spec.columns, spec.rows, width, spec.font_size, max_row=height / 2)
    story: list[Flowable] = [*_heading(spec, width), RegisterTable(layout), Spacer(1, 3 * mm)]
    note_style = _style("note", BODY, spec.font_size, TA_LEFT)
    story.extend(Paragraph(markup(note), note_style) for note in spec.notes)
    caption_style = _style("caption", TITLE, CAPTION_SIZE, TA_CENTER)
    for chart in charts:
        # Two charts with their captions to a page, and room for the signature under the last.
        image = _image(chart.png, width, (height - CHART_ROOM) / 2)
        caption = Paragraph(markup(chart.caption, TITLE), caption_style)
        story.append(CondPageBreak(image.drawHeight + 14 * mm))
        story.append(KeepTogether([Spacer(1, 5 * mm), caption, Spacer(1, 2 * mm), image]))
    story.append(Spacer(1, 6 * mm))
    story.append(SignatureLine(spec.signature, spec.font_size))
    doc.build(story, canvasmaker=_numbered_canvas(page, margins, spec.font_size))
    return buffer.getvalue()


def _heading(spec: RegisterSpec, width: float) -> list[Flowable]:
    """The register's heading made for a portrait page: the office and the period share the line
    half and half (the landscape registers give the period only 30 %, too little here)."""
    title = Paragraph(markup(spec.title, TITLE), _style("title", TITLE, TITLE_SIZE, TA_CENTER, 1.4))
    left, right = _style("left", BODY, INFO_SIZE, TA_LEFT), _style("right", BODY, INFO_SIZE, TA_RIGHT)
    rows = [[Paragraph(markup(f"填报单位：{spec.office}"), left), Paragraph(markup(spec.period), right)]]
    if spec.scope:
        rows.append([Paragraph(markup(spec.scope), left), ""])
    info = Table(rows, colWidths=[width / 2, width / 2])
    info.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), BODY),
        *([("SPAN", (0, 1), (1, 1))] if spec.scope else []),
    ]))  # fmt: skip
    return [title, Spacer(1, 5 * mm), info, Spacer(1, 1.5 * mm)]


def _spec(sheet: Sheet) -> RegisterSpec:
    rows: list[Row] = [GroupRow(row.text) if isinstance(row, Band) else row for row in sheet.rows]
    return RegisterSpec(
        title=sheet.title,
        office=sheet.office,
        columns=[Column(c.header, c.width_mm, c.align) for c in sheet.columns],
        rows=rows,
        period=sheet.period,
        scope=sheet.scope,
        notes=sheet.notes,
        font_size=FONT_SIZE,
        keywords=(sheet.kind.value,),
    )


def _image(png: bytes, max_width: float, max_height: float) -> Image:
    """The chart scaled to fit ``max_width`` × ``max_height``, its proportions kept."""
    pixels_wide, pixels_high = ImageReader(io.BytesIO(png)).getSize()
    scale = min(max_width / pixels_wide, max_height / pixels_high)
    return Image(io.BytesIO(png), width=pixels_wide * scale, height=pixels_high * scale)
