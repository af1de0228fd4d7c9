"""What the mediation documents share: the A4 portrait page with GB/T 9704's margins, the head
(the committee, the title, the case number), the table of the parties, the people's signature
places, and the words for sexes, mediators and outcomes.

The documents are built of the service window's pieces (``pdf.window_layout``,
``pdf.window_flowables``): text blocks and ruled tables that split between lines and rows, so that a
long statement or a long list of terms flows onto the next page, which then carries a running head
and "第 x 页 共 y 页".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from gridgov_desktop.domain.mediation import CaseStatus, PartyRole
from gridgov_desktop.pdf.mediation_flowables import PartySignature
from gridgov_desktop.pdf.window_flowables import BoxTable, Row, TextBlock
from gridgov_desktop.pdf.window_layout import (
    WindowLayout,
    box_table,
    build_pdf,
    label,
    text_block,
    value,
)
from gridgov_desktop.services.mediation_types import CaseDetail, CaseDocumentHeader, Party

# GB/T 9704's portrait margins, as the registers use them (37 mm top, 28 mm binding edge at the
# left, 26 mm right, 35 mm bottom): these papers go into the bound case file. 小四 body, 二号 title.
LAYOUT = WindowLayout(
    A4, top=37 * mm, bottom=35 * mm, left=28 * mm, right=26 * mm, scale=1.2,
    body=12.0, small=10.5, title=22.0, office=14.0, number=12.0,
)  # fmt: skip
PARTY_SIGNS = "当事人（签名或盖章、按指印）："
NONE_GIVEN = "无"

_SEX = {"M": "男", "F": "女"}
# The party table: role or label | value | 性别 | value | 联系电话 | value. The first column holds
# "公民身份号码" on one line, the last a masked phone.
_PARTY_WIDTHS = (29, 33, 13, 11, 20, 50)


def sex_zh(sex: str) -> str:
    return _SEX.get(sex, "—")


def heading(header: CaseDocumentHeader, title: str, *, numbered: bool = True) -> list[Flowable]:
    """The committee, the title, and the case number at the right (forms leave it out: their
    table starts with it)."""
    head = [
        text_block(header.committee, LAYOUT, "office"),
        text_block(title, LAYOUT, "title", space_before=1.5 * mm, space_after=2 * mm),
    ]
    if numbered:
        head.append(text_block(f"编号：{header.case_number}", LAYOUT, align="right", space_after=2 * mm))
    else:
        head.append(Spacer(1, 2 * mm))
    return head


def body(text: str, **options: Any) -> TextBlock:
    return text_block(text, LAYOUT, **options)


def section(lead: str, text: str, *, space_before: float = 1.5 * mm) -> TextBlock:
    """A paragraph with a run-in heading in the Hei face ("一、纠纷主要事实：…"), indented as
    Chinese body text is; an empty text prints 无 so that the printed form shows nothing was left
    out by accident."""
    return text_block(
        text.strip() or NONE_GIVEN, LAYOUT, lead=lead, indent=True, space_before=space_before
    )


def listed_section(lead: str, text: str) -> TextBlock:
    """A heading on its own line with the text's paragraphs under it (the agreed terms, a record):
    the heading and its first line stay together since they are one block."""
    content = text.strip() or NONE_GIVEN
    return text_block(f"\n{content}", LAYOUT, lead=lead, indent=True, space_before=1.5 * mm)


def role_heading(party: Party, parties: Sequence[Party]) -> str:
    """申请人 / 被申请人 / 第三人, numbered when a role has more than one party (申请人一)."""
    same = [p for p in parties if p.role is party.role]
    if len(same) == 1:
        return party.role.label_zh
    return f"{party.role.label_zh}{_CHINESE_NUMERALS[same.index(party)]}"


_CHINESE_NUMERALS = "一二三四五六七八九十" + "".join(f"十{n}" for n in "一二三四五六七八九")


def party_table(parties: Sequence[Party], *, with_address: bool = True) -> BoxTable:
    """Each party's basic information (art. 29): the role and name, sex, masked ID number and
    phone, address, and the agent with the relation and phone when there is one."""
    rows: list[Row] = []
    for party in parties:
        rows.append(
            (
                label(role_heading(party, parties)),
                value(party.name),
                label("性别"),
                value(sex_zh(party.sex)),
                label("联系电话"),
                value(party.phone_masked),
            )
        )
        rows.append((label("公民身份号码"), value(party.id_number_masked, 5)))
        if with_address:
            rows.append((label("住址"), value(party.address, 5)))
        if party.agent_name:
            relation = f"（{party.agent_relation}）" if party.agent_relation else ""
            rows.append(
                (
                    label("委托代理人"),
                    value(f"{party.agent_name}{relation}", 3),
                    label("联系电话"),
                    value(party.agent_phone_masked),
                )
            )
    if not parties:
        rows.append((label("当事人"), value("", 5)))
    return box_table(rows, _PARTY_WIDTHS, LAYOUT)


def party_signatures(
    parties: Sequence[Party], *, caption: str = PARTY_SIGNS, dated: bool = False
) -> list[Flowable]:
    """A signature place with a fingerprint square for every party, and a line for the agent of
    a party that has one."""
    places: list[Flowable] = []
    for party in parties:
        rows: list[tuple[str, ...]] = [(caption, "日期：") if dated else (caption,)]
        if party.agent_name:
            rows.append(("委托代理人（签名）：",))
        heading_text = f"{role_heading(party, parties)}：{party.name}"
        places.append(PartySignature(heading_text, rows, LAYOUT.body))
    return places


def sign_area(
    lead: Sequence[Flowable], places: Sequence[Flowable], sign_off: Flowable
) -> list[Flowable]:
    """The last words of a document, the parties' places to sign and the sign-off, flowing over a
    page break between parties if they must, but never opening a page with signatures alone: the
    last words go with the first party, the last party with the mediators and the seal."""
    if len(places) < 2:
        return [KeepTogether([*lead, *places, sign_off])]
    return [KeepTogether([*lead, places[0]]), *places[1:-1], KeepTogether([places[-1], sign_off])]


def mediator_names(detail: CaseDetail) -> str:
    """王建国（主持）、李红 — the lead first."""
    ordered = sorted(detail.mediators, key=lambda m: not m.is_lead)
    names = [f"{m.name}（主持）" if m.is_lead else m.name for m in ordered]
    return "、".join(names) or detail.summary.lead_mediator or "—"


def mediator_rows(detail: CaseDetail, caption: str = "人民调解员（签名）：") -> list[tuple[str, ...]]:
    """One signature row per mediator of the case (at least one)."""
    return [(caption,) for _ in range(max(1, len(detail.mediators)))]


def party_names(parties: Sequence[Party], role: PartyRole | None = None) -> str:
    return "、".join(p.name for p in parties if role is None or p.role is role)


def outcome_zh(detail: CaseDetail) -> str:
    """How the case ended, in words: 达成协议（书面协议）, 调解不成（引导至人民法院：…）, 撤回…"""
    summary = detail.summary
    agreed = (CaseStatus.AGREED, CaseStatus.FOLLOWED_UP, CaseStatus.CLOSED)
    if detail.agreement is not None and summary.status in agreed:
        return f"达成协议（{detail.agreement.kind.label_zh}）"
    if detail.referred_to is not None:
        where = detail.referred_to.label_zh
        if detail.referred_to_name:
            where = f"{where}：{detail.referred_to_name}"
        return f"调解不成（引导至{where}）"
    if summary.status is CaseStatus.CLOSED:
        return "已结案"
    return summary.status.label_zh


def render(story: list[Flowable], header: CaseDocumentHeader, title: str) -> bytes:
    return build_pdf(
        story,
        LAYOUT,
        title=f"{title} {header.case_number}",
        author=header.committee,
        running_head=f"{header.committee}　{title}　{header.case_number}（续）",
    )
