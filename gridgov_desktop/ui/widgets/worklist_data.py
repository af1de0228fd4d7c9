"""What the worklist panel loads and prints, off the GUI thread: the rows of one list with every
list's count, the applicants' names' sort keys (pinyin), each request's working days left — and the
list as printed, in Chinese whatever the screen's language, its print audited.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_types import RequestSummary


@dataclass(frozen=True)
class WorklistLoad:
    """What one load brings back from the worker thread."""

    today: dt.date
    rows: list[RequestSummary]
    counts: dict[str, int]
    name_keys: dict[str, str]
    working_days: dict[int, int]  # request id → working days left (negative: overdue)


def load_worklist(
    db: Database, actor: Actor, kind: str, window_no: int | None, today: dt.date
) -> WorklistLoad:
    """The rows of ``kind`` and every list's count (runs on the worker thread)."""
    from gridgov_desktop.domain.pinyin import name_pinyin
    from gridgov_desktop.domain.working_days import working_days_between
    from gridgov_desktop.services.work_calendar import load_calendar
    from gridgov_desktop.services.worklists import Worklist, worklist, worklist_counts

    rows = worklist(db, actor, Worklist(kind), window_no=window_no, today=today)
    counts = worklist_counts(db, actor, window_no=window_no, today=today)
    calendar = load_calendar(db)
    days = {
        row.id: working_days_between(today, row.due_on, calendar)
        - working_days_between(row.due_on, today, calendar)
        for row in rows
    }
    keys = {}
    for name in {row.resident_name for row in rows}:
        readings = name_pinyin(name, max_variants=1).full
        keys[name] = (readings[0] if readings else name) + "\0" + name
    return WorklistLoad(today, rows, {k.value: v for k, v in counts.items()}, keys, days)


def worklist_pdf(
    db: Database,
    actor: Actor,
    rows: Sequence[RequestSummary],
    kind: str,
    window_no: int | None,
    today: dt.date,
) -> bytes:
    """The list as printed — in Chinese, whatever the screen's language — with the print audited."""
    from gridgov_desktop.pdf.service_registers import worklist_pdf as draw
    from gridgov_desktop.services.service_registers import audit_worklist_print
    from gridgov_desktop.services.worklists import Worklist

    title = Worklist(kind).label_zh + "事项"
    scope = "全厅" if window_no is None else f"第{window_no}号窗口"
    office = audit_worklist_print(db, actor, title=title, scope=scope, count=len(rows))
    return draw(list(rows), title, scope, office, today=today)
