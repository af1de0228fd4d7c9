"""The service window's registers as PDF: 便民服务事项受理登记台账, 逾期事项台账, 好差评及整改台账,
服务事项统计表, and any worklist as the clerk sees it.

Each is laid out once as a sheet (``services.service_register_sheets``, shared with the .xlsx) and
drawn by the register engine (``pdf.register``): landscape A4, the header row repeated on every
page, "第 x 页 共 y 页", a signature line. Nothing is masked or filtered here: the services did it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gridgov_desktop.pdf.register import Column, GroupRow, Progress, RegisterSpec, Row, render_register
from gridgov_desktop.services.service_register_sheets import (
    FONT_SIZE,
    Band,
    Sheet,
    sheet_for,
    worklist_sheet,
)
from gridgov_desktop.services.service_register_types import (
    OverdueRegister,
    RatingRegister,
    ServiceRegister,
    ServiceStatistics,
)
from gridgov_desktop.services.service_types import RequestSummary

AnyRegister = ServiceRegister | OverdueRegister | RatingRegister | ServiceStatistics


def register_pdf(register: AnyRegister, progress: Progress | None = None) -> bytes:
    """The PDF of a register as ``services.service_registers`` (or ``service_statistics``) returned
    it. ``progress(rows done, rows)`` is called page by page; raising from it stops the work."""
    return sheet_pdf(sheet_for(register), progress)


def worklist_pdf(
    rows: Sequence[RequestSummary],
    title: str,
    scope: str,
    office: str,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """A worklist printed as shown: ``rows`` in their order (masked as ``RequestSummary`` is),
    titled ``title`` ("已逾期事项"), ``scope`` "第3号窗口" or "全厅", 逾期 judged on ``today``."""
    sheet = worklist_sheet(rows, title, scope, office, today or dt.date.today())
    return sheet_pdf(sheet, progress)


def sheet_pdf(sheet: Sheet, progress: Progress | None = None) -> bytes:
    rows: list[Row] = [GroupRow(row.text) if isinstance(row, Band) else row for row in sheet.rows]
    spec = RegisterSpec(
        title=sheet.title,
        office=sheet.office,
        columns=[Column(c.header, c.width_mm, c.align) for c in sheet.columns],
        rows=rows,
        period=sheet.period,
        scope=sheet.scope,
        landscape=True,
        notes=sheet.notes,
        font_size=FONT_SIZE,
        keywords=(sheet.kind.value,),
    )
    return render_register(spec, progress)
