"""一次性告知书: the one-time notice the window gives when materials are missing.

The Administrative Licensing Law (art. 32) asks that everything to be supplied be told at once, in
one notice: every missing material, what has already been received, the conditions the service
sets and its legal basis, so that the resident comes back once with all of it. A letter in form:
the salutation, numbered sections with Hei headings, the window's lines, the resident's signature
for receipt and the office's seal.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from gridgov_desktop.pdf.fonts import BODY, TITLE
from gridgov_desktop.pdf.window_flowables import FootBlock, TwoEnds
from gridgov_desktop.pdf.window_layout import (
    build_pdf,
    chinese_datetime,
    layout_for,
    materials_table,
    text_block,
)
from gridgov_desktop.services.service_types import Material, NoticeDocument

TITLE_TEXT = "一次性告知书"
LAW = "《中华人民共和国行政许可法》第三十二条"


def render_notice(doc: NoticeDocument, *, page_size: str = "A5") -> bytes:
    """The notice as PDF bytes, on A5 (default) or A4 portrait. ``ValueError`` for another size."""
    layout = layout_for(page_size)
    service = doc.service
    if doc.missing:
        intro = f"您申请办理的【{service.name}】，经审查，尚需补齐以下材料："
    else:  # the window prints a notice only when something is missing: say so rather than fail
        intro = f"您申请办理的【{service.name}】，经审查，申请材料已齐全，无需补齐。"
    closing = (
        f"根据{LAW}的规定，本告知书一次性告知您需补齐的全部材料，请备齐后携本告知书到"
        f"第{doc.window_no}号窗口办理。"
    )
    limit = f"{service.time_limit_days}个工作日（不含法定节假日）"
    identity = f"公民身份号码：{doc.resident_id_masked}" if doc.resident_id_masked else ""

    def section(lead: str, text: str) -> Flowable:
        return text_block(text, layout, lead=lead, indent=True, space_before=layout.body * 0.15)

    story: list[Flowable] = [
        text_block(doc.office.name, layout, "office"),
        text_block(TITLE_TEXT, layout, "title", space_after=1 * mm),
        TwoEnds(
            (f"No. {doc.notice_no}", TITLE, layout.number),
            (f"告知时间：{chinese_datetime(doc.issued_at)}", BODY, layout.body),
        ),
        Spacer(1, 1 * mm),
        TwoEnds(
            (f"{doc.resident_name}（先生/女士）：", BODY, layout.body), (identity, BODY, layout.body)
        ),
        text_block(intro, layout, indent=True, space_after=1 * mm),
    ]
    if doc.missing:
        story.append(materials_table(doc.missing, "需补齐的材料", layout, requirement=True))
    story += [
        section("一、已收取的材料：", _listed(doc.brought)),
        section("二、办理条件：", service.conditions or "无特别条件。"),
        section("三、设定依据：", service.legal_basis or "—"),
        section("四、办理部门：", f"{service.department}；承诺时限：{limit}；收费标准：{service.fee}。"),
        # The law's sentence beside the seal, with the lines the resident signs on; the office's
        # lines never left alone on a page of their own.
        KeepTogether(
            [
                Spacer(1, 1.5 * mm),
                FootBlock(
                    layout.body,
                    layout.small,
                    layout.scale,
                    note=closing,
                    rows=(("申请人签收：", "日期："),),
                    seal_caption="受理单位（盖章）",
                    day=doc.issued_at.date(),
                ),
                Spacer(1, 1 * mm),
                text_block(_office_line(doc), layout, "small"),
            ]
        ),
    ]
    return build_pdf(
        story,
        layout,
        title=f"{TITLE_TEXT} No. {doc.notice_no}",
        author=doc.office.name,
        running_head=f"{TITLE_TEXT}　No. {doc.notice_no}（续）",
    )


def _listed(materials: tuple[Material, ...]) -> str:
    """ "（1）户口簿（原件及复印件1份）；（2）…。" — or "无。" when nothing was received."""
    if not materials:
        return "无。"
    # One per line: a number never stays at the end of a line, away from its material.
    return "；\n".join(f"（{n}）{m.description_zh}" for n, m in enumerate(materials, start=1)) + "。"


def _office_line(doc: NoticeDocument) -> str:
    """Who gave the notice and how to reach the office."""
    office = doc.office
    parts = [f"经办窗口：第{doc.window_no}号窗口", f"经办人：{doc.clerk_name}"]
    if office.phone:
        parts.append(f"咨询电话：{office.phone}")
    parts.append(f"地址：{office.address}")
    return "　".join(parts)
