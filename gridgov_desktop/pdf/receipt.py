"""受理回执: the acceptance receipt the window hands the resident when the materials are complete.

One A5 page for a typical request: the office and the title, the receipt number (what the resident
quotes on the phone), a ruled table of who, what and where, the materials received, the promised
date and how the result is collected, then the QR code, the resident's signature line and the seal
circle, and the office's address and phone at the foot.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from gridgov_desktop.pdf.fonts import BODY, TITLE
from gridgov_desktop.pdf.window_flowables import Cell, FootBlock, TwoEnds
from gridgov_desktop.pdf.window_layout import (
    WindowLayout,
    box_table,
    build_pdf,
    chinese_date,
    chinese_datetime,
    label,
    layout_for,
    materials_table,
    text_block,
    value,
)
from gridgov_desktop.services.service_types import ReceiptDocument

TITLE_TEXT = "受理回执"
KEEP_NOTE = "请妥善保管本回执，凭回执（或扫描二维码）查询办理进度、领取办理结果。"


def render_receipt(doc: ReceiptDocument, *, page_size: str = "A5") -> bytes:
    """The receipt as PDF bytes, on A5 (default) or A4 portrait. ``ValueError`` for another size."""
    layout = layout_for(page_size)
    foot = FootBlock(
        layout.body, layout.small, layout.scale,
        rows=(("申请人签字：",), ("日期：",)),
        seal_caption="受理单位（盖章）", day=doc.accepted_at.date(),
        qr_payload=doc.qr_payload, qr_caption=f"No. {doc.receipt_no}",
    )  # fmt: skip
    story: list[Flowable] = [
        text_block(doc.office.name, layout, "office"),
        text_block(TITLE_TEXT, layout, "title", space_after=1.5 * mm),
        TwoEnds(
            (f"No. {doc.receipt_no}", TITLE, layout.number),
            (f"受理时间：{chinese_datetime(doc.accepted_at)}", BODY, layout.body),
        ),
        Spacer(1, 1.5 * mm),
        _facts(doc, layout),
        materials_table(doc.materials_received, "已收材料", layout),
        _promise(doc, layout),
        # The foot and the office's lines go together: a signature never stands alone on a page.
        KeepTogether(
            [
                Spacer(1, 2 * mm),
                foot,
                Spacer(1, 2 * mm),
                text_block(_office_line(doc), layout, "small"),
                text_block(KEEP_NOTE, layout, "small"),
            ]
        ),
    ]
    return build_pdf(
        story,
        layout,
        title=f"{TITLE_TEXT} No. {doc.receipt_no}",
        author=doc.office.name,
        running_head=f"{TITLE_TEXT}　No. {doc.receipt_no}（续）",
        reprint=doc.reprint,
    )


def _facts(doc: ReceiptDocument, layout: WindowLayout) -> Flowable:
    """Who, what and where. The label columns are as wide as "公民身份号码"; the value columns hold
    an 18-character ID number on one line."""
    window = f"第{doc.window_no}号窗口"
    rows = [
        (label("申请人"), value(doc.resident_name), label("联系电话"), value(doc.resident_phone_masked)),
        (label("公民身份号码"), value(doc.resident_id_masked), label("受理窗口"), value(window)),
        (label("办理事项"), value(doc.service.name), label("受理人"), value(doc.clerk_name)),
        (label("办理部门"), value(doc.service.department, 3)),
    ]
    return box_table(rows, [25, 37, 20, 38], layout)


def _promise(doc: ReceiptDocument, layout: WindowLayout) -> Flowable:
    days = doc.service.time_limit_days
    promised = f"{chinese_date(doc.promised_on)}（{days}个工作日，不含法定节假日）"
    caption = "取件说明" if doc.service.must_collect else "结果告知"
    rows = [
        (label("承诺办结日期"), Cell(promised, 3, TITLE)),
        (label(caption), value(doc.collection_note, 3)),
    ]
    return box_table(rows, [25, 37, 20, 38], layout)


def _office_line(doc: ReceiptDocument) -> str:
    office = doc.office
    # The office's name heads the page: the foot says where it is and how to call it.
    # The phone first: it is short and stays whole, where an address may wrap.
    line = f"地址：{office.address}"
    return f"咨询电话：{office.phone}　{line}" if office.phone else line
