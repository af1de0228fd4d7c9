"""The case dialog's header: the facts of a case and its clocks, as two lines of text.

Translated in the dialog's context ("CaseDialog"), where these strings have always lived.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.ui.widgets import case_labels as words

translate = QCoreApplication.translate


def case_info_text(detail: CaseDetail) -> str:
    """The case's line of facts and its summary, under the number."""
    summary = detail.summary
    mediators = "、".join(
        m.name + (translate("CaseDialog", " (lead)") if m.is_lead else "") for m in detail.mediators
    )
    parts = [
        translate("CaseDialog", "Registered {date}").format(date=summary.registered_on.isoformat()),
        words.source_text(summary.source),
        summary.dispute_type,
        summary.place,
        translate("CaseDialog", "Mediators: {names}").format(names=mediators),
    ]
    text = " · ".join(part for part in parts if part)
    if detail.referred_to is not None:
        where = words.referred_text(detail.referred_to)
        text += "\n" + translate("CaseDialog", "Referred to: {where} {name}").format(
            where=where, name=detail.referred_to_name
        )
    return text + "\n" + translate("CaseDialog", "Summary: {text}").format(text=detail.summary_text)


def case_clocks_text(detail: CaseDetail, today: dt.date) -> str:
    """Every date the mediator must hold to, in one line (overdue said in words)."""
    clocks, summary = detail.clocks, detail.summary
    parts = []
    if summary.status.is_open:
        due, _late = words.due_text(clocks.deadline_on, today)
        parts.append(translate("CaseDialog", "Deadline {due}").format(due=due))
    else:
        parts.append(
            translate("CaseDialog", "Deadline {date}").format(date=clocks.deadline_on.isoformat())
        )
    if clocks.extended_until is not None:
        parts.append(
            translate("CaseDialog", "extended until {date} ({note})").format(
                date=clocks.extended_until.isoformat(), note=clocks.extension_note
            )
        )
    if clocks.judicial_deadline is not None:
        due, _late = words.due_text(clocks.judicial_deadline, today)
        parts.append(translate("CaseDialog", "Judicial confirmation until {due}").format(due=due))
    if clocks.next_follow_up is not None:
        due, _late = words.due_text(clocks.next_follow_up, today)
        parts.append(translate("CaseDialog", "Next follow-up visit {due}").format(due=due))
    if clocks.open_commitments:
        count = clocks.open_commitments
        parts.append(QCoreApplication.translate("CaseDialog", "%n open promise(s)", "", count))
    return "；".join(parts)
