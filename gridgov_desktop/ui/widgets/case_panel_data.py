"""What the mediation tab loads and prints, off the GUI thread: the mediator's to-do (overdue cases,
deadlines due soon, their promises, follow-up visits, judicial-confirmation windows ending) or the
case list, with both counts — and the list as printed, in Chinese whatever the screen's language.

Rows are plain tuples of what is shown, so the panel need not know the services' types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.mediation import CaseStatus
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseSummary

MY_TODO, ALL_CASES = "todo", "all"

# Kinds of to-do rows, most pressing first.
OVERDUE, DUE_SOON, COMMITMENT, FOLLOW_UP, JUDICIAL = (
    "overdue",
    "due_soon",
    "commitment",
    "follow_up",
    "judicial",
)


@dataclass(frozen=True)
class TodoRow:
    kind: str
    case_id: int
    case_number: str
    what: str  # the promise, the party names, "回访" …
    due_on: dt.date
    status: CaseStatus | None


@dataclass(frozen=True)
class CaseLoad:
    today: dt.date
    todo: list[TodoRow]
    cases: list[CaseSummary]
    counts: dict[str, int]


def load_cases(
    db: Database,
    actor: Actor,
    kind: str,
    status: CaseStatus | None,
    today: dt.date,
    *,
    mediates: bool,
) -> CaseLoad:
    """The rows of ``kind`` and both counts (runs on the worker thread). Only a mediator (or an
    administrator) has a to-do list; everyone else sees the list of cases."""
    from gridgov_desktop.services.mediation_cases import list_cases

    todo = _todo(db, actor, today) if mediates else []
    cases = list_cases(db, actor, status=status, today=today) if kind == ALL_CASES else []
    counts = {MY_TODO: len(todo)}
    if kind == ALL_CASES:
        counts[ALL_CASES] = len(cases)
    return CaseLoad(today, todo, cases, counts)


def _todo(db: Database, actor: Actor, today: dt.date) -> list[TodoRow]:
    from gridgov_desktop.services.mediation_worklist import mediator_worklist

    found = mediator_worklist(db, actor, today=today)
    rows: list[TodoRow] = []
    for case in found.overdue:
        rows.append(_case_row(OVERDUE, case, case.deadline_on))
    for case in found.due_soon:
        rows.append(_case_row(DUE_SOON, case, case.deadline_on))
    for promise in found.commitments:
        what = f"{promise.promised_to}：{promise.what}" if promise.promised_to else promise.what
        rows.append(
            TodoRow(COMMITMENT, promise.case_id, promise.case_number, what, promise.due_on, None)
        )
    for case, visit in found.follow_ups:
        rows.append(_case_row(FOLLOW_UP, case, visit.due_on))
    for case in found.judicial:
        rows.append(_case_row(JUDICIAL, case, _judicial_end(case)))
    return rows


def _case_row(kind: str, case: CaseSummary, due: dt.date) -> TodoRow:
    return TodoRow(kind, case.id, case.number, case.party_names, due, case.status)


def _judicial_end(case: CaseSummary) -> dt.date:
    """30 days after the agreement took effect (art. 33); the summary knows the outcome's day."""
    return (case.outcome_on or case.registered_on) + dt.timedelta(days=30)


def cases_pdf(
    db: Database, title: str, cases: Sequence[CaseSummary], today: dt.date, *, contents: bool
) -> bytes:
    """The case list as shown, as an A4 register (numbers, states and dates; names and types only
    for those who may see them)."""
    from gridgov_desktop.pdf.register import RegisterSpec, chinese_date, render_register
    from gridgov_desktop.pdf.register_table import Column
    from gridgov_desktop.services.office import office_info

    columns = [
        Column("序号", 10, "center"),
        Column("案号", 42),
        Column("状态", 18, "center"),
        Column("登记日期", 22, "center"),
        Column("调解期限", 22, "center"),
        Column("结案日期", 22, "center"),
    ]
    if contents:
        columns += [Column("纠纷类型", 22), Column("当事人", 50), Column("调解员", 18)]
    rows = []
    for number, case in enumerate(cases, 1):
        deadline = case.deadline_on.isoformat()
        if case.is_overdue(today):
            deadline += f"\n逾期{(today - case.deadline_on).days}天"
        row = [
            str(number),
            case.number,
            case.status.label_zh,
            case.registered_on.isoformat(),
            deadline,
            case.closed_on.isoformat() if case.closed_on else "",
        ]
        if contents:
            row += [case.dispute_type, case.party_names, case.lead_mediator]
        rows.append(row)
    spec = RegisterSpec(
        title=title,
        office=office_info(db).name,
        columns=columns,
        rows=rows,
        period=f"截至{chinese_date(today)}",
        landscape=contents,
        notes=(f"共{len(rows)}件",),
    )
    return render_register(spec)
