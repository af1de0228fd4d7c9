"""人民调解协议书 (People's Mediation Law art. 29) and 口头调解协议登记表 (art. 28).

A written agreement states the parties' basic information, the main facts, the points in dispute
and each party's responsibility, the agreed terms, how and by when they are carried out; it takes
effect when every party has signed, sealed or pressed a fingerprint, the mediator has signed and the
committee has sealed it; each party and the committee keep a copy. It binds the parties (art. 31),
who may jointly ask a court to confirm it within 30 days (art. 33). When the parties need no
written agreement the mediator records what they agreed orally (art. 28).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from gridgov_desktop.domain.mediation import AgreementKind
from gridgov_desktop.pdf.mediation_common import (
    LAYOUT,
    body,
    heading,
    listed_section,
    mediator_names,
    mediator_rows,
    party_signatures,
    party_table,
    render,
    section,
    sign_area,
)
from gridgov_desktop.pdf.mediation_flowables import SignOff, written_date
from gridgov_desktop.pdf.window_layout import box_table, label, value
from gridgov_desktop.services.mediation_types import (
    Agreement,
    CaseDetail,
    CaseDocumentHeader,
)

AGREEMENT_TITLE = "人民调解协议书"
ORAL_TITLE = "口头调解协议登记表"

EFFECT = (
    "本协议自各方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。"
    "依照《中华人民共和国人民调解法》第三十一条，经人民调解委员会调解达成的调解协议，具有法律约束力，"
    "当事人应当按照约定履行。依照该法第三十三条，双方当事人认为有必要的，可以自调解协议生效之日起"
    "三十日内共同向人民法院申请司法确认。"
)
ORAL_EFFECT = (
    "依照《中华人民共和国人民调解法》第二十八条、第三十条，当事人认为无需制作调解协议书的，"
    "可以采取口头协议方式，人民调解员应当记录协议内容；口头调解协议自各方当事人达成协议之日起生效。"
)


def copies_sentence(copies: int) -> str:
    """The sentence on copies: one for each party and one kept by the committee."""
    return f"本协议一式{copies}份，当事人各执一份，人民调解委员会留存一份。"


def _agreement_of(detail: CaseDetail) -> Agreement:
    """The case's agreement, or an empty written one: the mediator may print the form to fill by
    hand before anything is saved."""
    if detail.agreement is not None:
        return detail.agreement
    copies = len(detail.parties) + 1  # one per party and one for the archive
    return Agreement(AgreementKind.WRITTEN, None, "", "", "", "", "", None, copies, None)


def _performance(agreement: Agreement) -> str:
    how = agreement.performance.strip()
    if agreement.performance_due_on is not None:
        due = f"履行期限：{written_date(agreement.performance_due_on)}前履行完毕。"
        return f"{how}\n{due}" if how else due
    return how


def render_agreement(detail: CaseDetail, header: CaseDocumentHeader) -> bytes:
    """The written mediation agreement (人民调解协议书) as A4 PDF bytes."""
    agreement = _agreement_of(detail)
    story: list[Flowable] = [
        *heading(header, AGREEMENT_TITLE),
        body("当事人基本情况：", kind="strong", space_after=1 * mm),
        party_table(detail.parties),
        section("一、纠纷主要事实：", agreement.facts or detail.summary_text, space_before=3 * mm),
        section("二、争议事项：", agreement.dispute_points),
        section("三、各方责任：", agreement.responsibilities),
        listed_section("四、经人民调解委员会调解，各方当事人自愿达成如下协议：", agreement.terms),
        listed_section("五、履行方式和期限：", _performance(agreement)),
        body(copies_sentence(agreement.copies), indent=True, space_before=1.5 * mm),
        *sign_area(
            [body(EFFECT, indent=True, space_after=3 * mm)],
            party_signatures(detail.parties),
            SignOff(
                mediator_rows(detail),
                LAYOUT.body,
                committee=header.committee,
                day=agreement.effective_on,
            ),
        ),
    ]
    return render(story, header, AGREEMENT_TITLE)


def render_oral_record(detail: CaseDetail, header: CaseDocumentHeader) -> bytes:
    """The record of an oral agreement (口头调解协议登记表, art. 28) as A4 PDF bytes."""
    agreement = _agreement_of(detail)
    summary = detail.summary
    agreed_on = agreement.effective_on or summary.outcome_on
    facts = box_table(
        [
            (label("案件编号"), value(header.case_number),
             label("纠纷类型"), value(summary.dispute_type)),
            (label("受理日期"), value(written_date(summary.registered_on)),
             label("协议日期"), value(written_date(agreed_on))),
            (label("调解员"), value(mediator_names(detail), 3)),
        ],
        (29, 49, 29, 49),
        LAYOUT,
    )  # fmt: skip
    story: list[Flowable] = [
        *heading(header, ORAL_TITLE, numbered=False),
        facts,
        body("当事人：", kind="strong", space_before=3 * mm, space_after=1 * mm),
        party_table(detail.parties),
        section("一、纠纷简要情况：", agreement.facts or detail.summary_text, space_before=3 * mm),
        listed_section("二、口头协议内容（调解员记录）：", agreement.terms),
        listed_section("三、履行方式和期限：", _performance(agreement)),
        body(ORAL_EFFECT, indent=True, space_before=1.5 * mm),
        *sign_area(
            [
                body(
                    "以上记录已向当事人宣读，当事人确认无误。",
                    indent=True,
                    space_before=1.5 * mm,
                    space_after=3 * mm,
                )
            ],
            party_signatures(detail.parties, caption="当事人确认（签名或按指印）："),
            SignOff(mediator_rows(detail), LAYOUT.body, committee=header.committee, day=agreed_on),
        ),
    ]
    return render(story, header, ORAL_TITLE)
