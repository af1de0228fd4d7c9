"""人民调解笔录 (the record of one mediation session, signed by everyone present) and 人民调解权利
义务告知书 (the notice of the parties' rights and duties, People's Mediation Law arts. 23 and 24).
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from gridgov_desktop.pdf.mediation_common import (
    LAYOUT,
    body,
    heading,
    listed_section,
    mediator_rows,
    party_names,
    party_signatures,
    render,
    role_heading,
    sign_area,
)
from gridgov_desktop.pdf.mediation_flowables import SignOff, written_date
from gridgov_desktop.pdf.window_flowables import Cell
from gridgov_desktop.pdf.window_layout import box_table, label, value
from gridgov_desktop.services.mediation_types import CaseDetail, CaseDocumentHeader, Entry

SESSION_TITLE = "人民调解笔录"
RIGHTS_TITLE = "人民调解权利义务告知书"
READ_AND_TRUE = "以上笔录已阅，记录属实。"
NOTHING_AGREED = "本次调解未达成一致意见。"

RIGHTS_INTRO = (
    "根据《中华人民共和国人民调解法》的规定，人民调解委员会调解民间纠纷，在当事人自愿、平等的基础上"
    "进行，不违背法律、法规和国家政策，尊重当事人的权利，不阻止当事人依法通过仲裁、行政、司法等途径"
    "维护自己的权利，不收取任何费用（第三条、第四条）。现将当事人在人民调解活动中享有的权利和应当履行的"
    "义务告知如下："
)
# Arts. 23 and 24 in the law's own words.
RIGHTS = (
    "（一）选择或者接受人民调解员；",
    "（二）接受调解、拒绝调解或者要求终止调解；",
    "（三）要求调解公开进行或者不公开进行；",
    "（四）自主表达意愿、自愿达成调解协议。",
)
DUTIES = (
    "（一）如实陈述纠纷事实；",
    "（二）遵守调解现场秩序，尊重人民调解员；",
    "（三）尊重对方当事人行使权利。",
)
OTHER_NOTES = (
    "（一）经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行（第三十一条）。",
    "（二）经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内"
    "共同向人民法院申请司法确认（第三十三条）。",
    "（三）调解不成的，人民调解委员会终止调解，当事人可以依法通过仲裁、行政、司法等途径维护自己的权利"
    "（第二十六条）。",
    "（四）人民调解员不得泄露当事人的个人隐私、商业秘密（第十五条）。",
)
ACKNOWLEDGED = "本人已阅读（或已听取人民调解员宣读）上述告知内容，清楚自己在人民调解活动中的权利和义务。"


def _when(moment: dt.datetime) -> str:
    return f"{written_date(moment.date())} {moment:%H:%M}"


def render_session_record(detail: CaseDetail, header: CaseDocumentHeader, entry: Entry) -> bytes:
    """The record of one journal session entry (人民调解笔录) as A4 PDF bytes."""
    parties = "；".join(f"{role_heading(p, detail.parties)}：{p.name}" for p in detail.parties)
    facts = box_table(
        [
            (label("时间"), value(_when(entry.occurred_at)), label("地点"), value(entry.place)),
            # The recorder writes their own name: it need not be the mediator who led the session.
            (label("调解员"), value(entry.author), label("记录人"), Cell("")),
            (label("纠纷类型"), value(detail.summary.dispute_type, 3)),
            (label("当事人"), value(parties, 3)),
            (label("参加人员"), value(entry.attendees, 3)),
        ],
        (24, 54, 24, 54),
        LAYOUT,
    )
    story: list[Flowable] = [*heading(header, SESSION_TITLE), facts]
    if entry.corrects_id is not None:
        story.append(body(f"本笔录更正记录第{entry.corrects_id}号。", kind="small", space_before=1 * mm))
    if entry.corrected_by:
        later = "、".join(f"第{n}号" for n in entry.corrected_by)
        story.append(
            body(f"注：本笔录已由记录{later}更正，原文照录。", kind="small", space_before=1 * mm)
        )
    story += [
        Spacer(1, 2 * mm),
        listed_section("调解记录：", entry.text),
        listed_section("达成的意见：", entry.agreed or NOTHING_AGREED),
        *sign_area(
            [body(READ_AND_TRUE, indent=True, space_before=3 * mm, space_after=3 * mm)],
            party_signatures(detail.parties, caption="当事人（签名或按指印）："),
            SignOff(
                [("调解员（签名）：",), ("记录人（签名）：",)],
                LAYOUT.body,
                date_text=written_date(entry.occurred_at.date()),
            ),
        ),
    ]
    return render(story, header, SESSION_TITLE)


def render_rights_notice(detail: CaseDetail, header: CaseDocumentHeader) -> bytes:
    """The notice of rights and duties (人民调解权利义务告知书) as A4 PDF bytes."""
    names = party_names(detail.parties) or "当事人"
    story: list[Flowable] = [
        *heading(header, RIGHTS_TITLE),
        body(f"{names}：", space_before=1 * mm),
        body(RIGHTS_INTRO, indent=True),
        listed_section("一、当事人在人民调解活动中享有下列权利（第二十三条）：", "\n".join(RIGHTS)),
        listed_section("二、当事人在人民调解活动中履行下列义务（第二十四条）：", "\n".join(DUTIES)),
        listed_section("三、其他告知事项：", "\n".join(OTHER_NOTES)),
        *sign_area(
            [body(ACKNOWLEDGED, indent=True, space_before=3 * mm, space_after=3 * mm)],
            party_signatures(detail.parties, caption="当事人（签名或按指印）：", dated=True),
            SignOff(
                mediator_rows(detail, "告知人（人民调解员签名）："),
                LAYOUT.body,
                committee=header.committee,
                day=detail.summary.registered_on,
            ),
        ),
    ]
    return render(story, header, RIGHTS_TITLE)
