"""人民调解受理登记表 (the intake form, first paper of the case file) and 卷宗目录 (the case file's
checklist: every item in archive order, which are filed and which required ones are missing).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from gridgov_desktop.domain.mediation import PartyRole
from gridgov_desktop.pdf.fonts import TITLE
from gridgov_desktop.pdf.mediation_common import (
    LAYOUT,
    body,
    heading,
    mediator_names,
    outcome_zh,
    party_names,
    party_signatures,
    party_table,
    render,
    section,
    sign_area,
)
from gridgov_desktop.pdf.mediation_flowables import SignOff, written_date
from gridgov_desktop.pdf.register import SignatureLine
from gridgov_desktop.pdf.window_flowables import HEADER_GRAY, LABEL_GRAY, Cell, Row
from gridgov_desktop.pdf.window_layout import box_table, label, value
from gridgov_desktop.services.mediation_types import CaseDetail, CaseDocumentHeader, ChecklistLine

INTAKE_TITLE = "人民调解受理登记表"
CHECKLIST_TITLE = "卷宗目录"
# Words and a mark, never a colour alone: the list is photocopied and filed.
FILED = "✓ 已归档"
MISSING = "✗ 缺失"
NOT_NEEDED = "— 不适用"


def render_intake_form(detail: CaseDetail, header: CaseDocumentHeader) -> bytes:
    """The intake register form (人民调解受理登记表) as A4 PDF bytes."""
    summary = detail.summary
    at_risk = "是（存在民转刑风险，列为重点关注）" if summary.at_risk else "否"
    facts = box_table(
        [
            (label("案件编号"), value(header.case_number), label("受理日期"),
             value(written_date(summary.registered_on))),
            (label("纠纷来源"), value(summary.source.label_zh),
             label("纠纷类型"), value(summary.dispute_type)),
            (label("发生地点"), value(summary.place, 3)),
            (label("防止民转刑"), value(at_risk, 3)),
            (label("调解员"), value(mediator_names(detail), 3)),
        ],
        (29, 49, 29, 49),
        LAYOUT,
    )  # fmt: skip
    # A long summary continues inside its box on the next page.
    told = box_table([(label("纠纷简要情况"), value(detail.summary_text, 3))], (29, 49, 29, 49), LAYOUT)
    applicants = [p for p in detail.parties if p.role is PartyRole.APPLICANT] or list(detail.parties)
    story: list[Flowable] = [
        *heading(header, INTAKE_TITLE, numbered=False),
        facts,
        body("当事人：", kind="strong", space_before=3 * mm, space_after=1 * mm),
        party_table(detail.parties),
        Spacer(1, 3 * mm),
        told,
        *sign_area(
            [Spacer(1, 4 * mm)],
            party_signatures(applicants),
            SignOff(
                [("登记人（签名）：",)],
                LAYOUT.body,
                committee=header.committee,
                day=summary.registered_on,
            ),
        ),
    ]
    return render(story, header, INTAKE_TITLE)


def _state(line: ChecklistLine) -> Cell:
    if line.present:
        return Cell(FILED, align="center")
    if line.required:
        return Cell(MISSING, font=TITLE, align="center", shade=LABEL_GRAY)
    return Cell(NOT_NEEDED, align="center")


def _item_rows(lines: tuple[ChecklistLine, ...]) -> list[Row]:
    headers = ("序号", "材料名称", "是否必备", "归档情况", "页数", "备注")
    rows: list[Row] = [tuple(Cell(h, 1, TITLE, "center", HEADER_GRAY) for h in headers)]
    for number, line in enumerate(lines, start=1):
        note = line.note or ("系统核对" if line.automatic and line.present else "")
        rows.append(
            (
                Cell(str(number), align="center"),
                Cell(line.item.label_zh),
                Cell("必备" if line.required else "视情况", align="center"),
                _state(line),
                Cell(""),  # the page count, written by hand when the file is bound
                Cell(note),
            )
        )
    return rows


def missing_items(detail: CaseDetail) -> list[str]:
    return [line.item.label_zh for line in detail.checklist if line.required and not line.present]


def render_checklist(detail: CaseDetail, header: CaseDocumentHeader) -> bytes:
    """The case file's checklist (卷宗目录) as A4 PDF bytes."""
    summary = detail.summary
    closed = written_date(summary.closed_on) if summary.closed_on else "未结案"
    basics = box_table(
        [
            (label("案件编号"), value(header.case_number),
             label("纠纷类型"), value(summary.dispute_type)),
            (label("受理日期"), value(written_date(summary.registered_on)),
             label("结案日期"), value(closed)),
            (label("调解结果"), value(outcome_zh(detail), 3)),
            (label("当事人"), value(party_names(detail.parties), 3)),
            (label("调解员"), value(mediator_names(detail), 3)),
        ],
        (29, 49, 29, 49),
        LAYOUT,
    )  # fmt: skip
    items = box_table(_item_rows(detail.checklist), (12, 50, 20, 24, 14, 36), LAYOUT, header_rows=1)
    required = [line for line in detail.checklist if line.required]
    missing = missing_items(detail)
    tally = f"必备材料{len(required)}项，已归档{len(required) - len(missing)}项"
    tally += f"，缺失{len(missing)}项：{'、'.join(missing)}。" if missing else "，无缺失。"
    story: list[Flowable] = [
        *heading(header, CHECKLIST_TITLE, numbered=False),
        basics,
        Spacer(1, 4 * mm),
        items,
        body(tally, space_before=2 * mm),
    ]
    if detail.missing_items_note:
        story.append(section("缺件说明：", detail.missing_items_note))
    story += [Spacer(1, 8 * mm), SignatureLine(("立卷人", "审核人", "立卷日期"), LAYOUT.body)]
    return render(story, header, CHECKLIST_TITLE)
