"""What `gridgov case show` and `gridgov case list` print: a case as lines of text or as JSON
(ID numbers and phones masked, as on screen)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from gridgov_desktop.cli.common import say

if TYPE_CHECKING:  # the parser of every command is built at start-up: keep this module light
    from gridgov_desktop.services.mediation_types import CaseDetail, CaseSummary


def summary_line(summary: CaseSummary) -> str:
    deadline = f"{summary.deadline_on:%Y-%m-%d}"
    closed = f" 结案 {summary.closed_on:%Y-%m-%d}" if summary.closed_on else ""
    names = f"  {summary.party_names}" if summary.party_names else ""
    return f"{summary.number}  [{summary.status.label_zh}]  登记 {summary.registered_on:%Y-%m-%d}  " \
        f"期限 {deadline}{closed}{names}"  # fmt: skip


def detail_lines(args: argparse.Namespace, detail: CaseDetail) -> list[str]:
    summary = detail.summary
    lines = [
        summary_line(summary),
        f"{say(args, '来源', 'source')}: {summary.source.label_zh}  "
        f"{say(args, '类型', 'type')}: {summary.dispute_type}  {summary.place}"
        + ("  防止民转刑" if summary.at_risk else ""),
        f"{say(args, '调解员', 'mediators')}: "
        + "、".join(m.name + ("（主办）" if m.is_lead else "") for m in detail.mediators),
        f"{say(args, '简要情况', 'summary')}: {detail.summary_text}",
    ]
    lines += [
        f"  {p.role.label_zh} {p.name} {p.id_number_masked} {p.phone_masked}"
        + (f" 代理人 {p.agent_name}" if p.agent_name else "")
        for p in detail.parties
    ]
    for entry in detail.journal:
        mark = f" 更正#{entry.corrects_id}" if entry.corrects_id else ""
        later = f" 已被#{','.join(map(str, entry.corrected_by))}更正" if entry.corrected_by else ""
        lines.append(f"#{entry.id} {entry.occurred_at:%Y-%m-%d %H:%M} {entry.kind.label_zh} "
                     f"{entry.author}{mark}{later}: {entry.text}")  # fmt: skip
    missing = [line.item.label_zh for line in detail.checklist if line.required and not line.present]
    if missing:
        lines.append(f"{say(args, '卷宗缺少', 'file lacks')}: {'、'.join(missing)}")
    return lines


def summary_json(summary: CaseSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "number": summary.number,
        "status": summary.status.value,
        "status_zh": summary.status.label_zh,
        "registered_on": summary.registered_on.isoformat(),
        "source": summary.source.value,
        "dispute_type": summary.dispute_type,
        "place": summary.place,
        "at_risk": summary.at_risk,
        "deadline_on": summary.deadline_on.isoformat(),
        "outcome_on": _iso(summary.outcome_on),
        "closed_on": _iso(summary.closed_on),
        "lead_mediator": summary.lead_mediator,
        "party_names": summary.party_names,
        "version": summary.version,
    }


def detail_json(detail: CaseDetail) -> dict[str, Any]:
    """A case as JSON: ID numbers and phones masked as on screen; dates as ISO text."""
    agreement = detail.agreement
    return {
        **summary_json(detail.summary),
        "summary": detail.summary_text,
        "parties": [
            {"id": p.id, "role": p.role.value, "name": p.name, "resident_id": p.resident_id,
             "sex": p.sex, "id_number": p.id_number_masked, "phone": p.phone_masked,
             "address": p.address, "agent": p.agent_name, "agent_phone": p.agent_phone_masked,
             "agent_relation": p.agent_relation}
            for p in detail.parties
        ],
        "mediators": [{"name": m.name, "lead": m.is_lead} for m in detail.mediators],
        "journal": [
            {"id": e.id, "kind": e.kind.value, "occurred_at": e.occurred_at.isoformat(),
             "written_at": e.written_at.isoformat(), "author": e.author, "place": e.place,
             "attendees": e.attendees, "text": e.text, "agreed": e.agreed,
             "corrects": e.corrects_id, "corrected_by": list(e.corrected_by)}
            for e in detail.journal
        ],
        "commitments": [
            {"id": c.id, "to": c.promised_to, "what": c.what, "due_on": c.due_on.isoformat(),
             "done_on": _iso(c.done_on), "owner": c.owner}
            for c in detail.commitments
        ],
        "follow_ups": [
            {"id": f.id, "due_on": f.due_on.isoformat(), "done_on": _iso(f.done_on),
             "performed": f.performed, "note": f.note, "by": f.by}
            for f in detail.follow_ups
        ],
        "agreement": None if agreement is None else {
            "kind": agreement.kind.value, "effective_on": _iso(agreement.effective_on),
            "terms": agreement.terms, "performance": agreement.performance,
            "performance_due_on": _iso(agreement.performance_due_on), "copies": agreement.copies,
            "judicial_deadline": _iso(agreement.judicial_deadline),
        },
        "referred_to": detail.referred_to.value if detail.referred_to else None,
        "referred_to_name": detail.referred_to_name or None,
        "checklist": [
            {"item": li.item.value, "label": li.item.label_zh, "required": li.required,
             "present": li.present, "automatic": li.automatic, "note": li.note}
            for li in detail.checklist
        ],
        "missing_items_note": detail.missing_items_note or None,
        "clocks": {
            "deadline_on": detail.clocks.deadline_on.isoformat(),
            "extended_until": _iso(detail.clocks.extended_until),
            "extension_note": detail.clocks.extension_note,
            "judicial_deadline": _iso(detail.clocks.judicial_deadline),
            "next_follow_up": _iso(detail.clocks.next_follow_up),
            "open_commitments": detail.clocks.open_commitments,
        },
    }  # fmt: skip


def _iso(day: Any) -> str | None:
    return None if day is None else str(day.isoformat())
