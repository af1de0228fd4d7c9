"""The mediator's notebook (说事记录本) and what hangs off it: journal entries, promised reply dates,
follow-up visits and the case-file checklist.

Entries are never edited: a correction is a new entry pointing at the one it corrects, and the
original stays readable (``Entry.corrected_by``). None of these writes moves the case's version —
a note written at one desk does not make another desk's open case stale.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables_mediation import (
    CaseCommitment,
    CaseFileItem,
    CaseFollowUp,
    JournalEntry,
    MediationCase,
)
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.mediation import EntryKind, FileItem
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_access import writable_case
from gridgov_desktop.services.mediation_checklist import checklist
from gridgov_desktop.services.mediation_detail import (
    MAX_ROW_ID,
    case_id_of,
    commitment_of,
    commitments_where,
    entry_of,
    follow_up_of,
)
from gridgov_desktop.services.mediation_parties import optional_text, required_text
from gridgov_desktop.services.mediation_types import ChecklistLine, Commitment, Entry, FollowUp
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.service_requests import local_now

__all__ = [
    "add_commitment",
    "add_entry",
    "checklist",
    "complete_commitment",
    "my_commitments",
    "record_follow_up",
    "schedule_follow_up",
    "set_file_item",
]

TEXT_MAX = 20000
PLACE_MAX = 200
ATTENDEES_MAX = 2000


def add_entry(
    db: Database,
    actor: Actor,
    case_id: int,
    kind: EntryKind,
    text: str,
    *,
    occurred_at: dt.datetime | None = None,
    place: str = "",
    attendees: str = "",
    agreed: str = "",
    corrects_id: int | None = None,
) -> Entry:
    """Write one entry by ``actor``; with ``corrects_id``, a correction of an earlier entry of the
    same case (placed next to it unless ``occurred_at`` says otherwise)."""
    kind = EntryKind(kind)
    body = required_text(text, TEXT_MAX, "记录内容", "text", "text")
    place = optional_text(place, PLACE_MAX, "地点", "place", "place")
    attendees = optional_text(attendees, ATTENDEES_MAX, "参加人员", "attendees", "attendees")
    agreed = optional_text(agreed, TEXT_MAX, "达成的意见", "what was agreed", "agreed")
    now = local_now()
    with db.session(write=True) as session:
        case = writable_case(session, actor, case_id_of(session, case_id))
        corrected = None
        if corrects_id is not None:
            in_range = 0 < corrects_id <= MAX_ROW_ID
            corrected = session.get(JournalEntry, corrects_id) if in_range else None
            if corrected is None or corrected.case_id != case.id:
                raise NotFound("journal_entry", entity="journal_entry", key=corrects_id)
        when = occurred_at or (corrected.occurred_at if corrected else now)
        row = JournalEntry(
            case_id=case.id,
            kind=kind.value,
            occurred_at=when.replace(tzinfo=None, microsecond=0),
            written_at=now,
            author_id=actor.user_id,
            author_name=actor.display_name,
            place=place,
            attendees=attendees,
            text=body,
            agreed=agreed,
            corrects_id=corrects_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "create", "journal_entry", row.id,
            after={"case": case.number, "kind": kind.value, "corrects": corrects_id},
        )  # fmt: skip
        return entry_of(row)


# --- promised reply dates --------------------------------------------------------------------------
def add_commitment(
    db: Database, actor: Actor, case_id: int, promised_to: str, what: str, due_on: dt.date
) -> Commitment:
    """Something ``actor`` promised a party by ``due_on``: on their own to-do until done."""
    promised_to = required_text(promised_to, 64, "承诺对象", "person promised", "promised_to")
    what = required_text(what, 2000, "承诺事项", "promise", "what")
    with db.session(write=True) as session:
        case = writable_case(session, actor, case_id_of(session, case_id))
        row = CaseCommitment(
            case_id=case.id,
            promised_to=promised_to,
            what=what,
            due_on=due_on,
            owner_id=actor.user_id,
            owner_name=actor.display_name,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "create", "case_commitment", row.id,
            after={"case": case.number, "due_on": due_on.isoformat()},
        )  # fmt: skip
        return commitment_of(row, case.number)


def complete_commitment(
    db: Database, actor: Actor, commitment_id: int, done_on: dt.date | None = None
) -> Commitment:
    done_on = done_on or local_now().date()
    with db.session(write=True) as session:
        row = session.get(CaseCommitment, commitment_id)
        if row is None:
            raise NotFound("commitment", entity="commitment", key=commitment_id)
        case = writable_case(session, actor, row.case_id)
        if row.done_on is not None:
            raise ValidationError("already_done", field="done_on", day=row.done_on.isoformat())
        row.done_on = done_on
        audit.record(
            session, actor, "update", "case_commitment", row.id,
            after={"case": case.number, "done_on": done_on.isoformat()},
        )  # fmt: skip
        return commitment_of(row, case.number)


def my_commitments(db: Database, actor: Actor, *, open_only: bool = True) -> list[Commitment]:
    """The actor's own promises, by due date — on cases they may still read."""
    require(actor, Permission.MEDIATE)
    from gridgov_desktop.db.tables_mediation import CaseMediator

    owner = (
        CaseCommitment.owner_id == actor.user_id
        if actor.user_id is not None
        else CaseCommitment.owner_id.is_(None) & (CaseCommitment.owner_name == actor.display_name)
    )
    where = [owner]
    if not actor.is_admin:
        assigned = select(CaseMediator.case_id).where(CaseMediator.user_id == actor.user_id)
        where.append(CaseCommitment.case_id.in_(assigned))
    with db.session() as session:
        return commitments_where(session, *where, open_only=open_only)


# --- follow-up visits ------------------------------------------------------------------------------
def schedule_follow_up(db: Database, actor: Actor, case_id: int, due_on: dt.date) -> FollowUp:
    with db.session(write=True) as session:
        case = writable_case(session, actor, case_id_of(session, case_id))
        if case.outcome_on is None:
            raise ValidationError("no_outcome_yet", field="due_on")
        _not_before_outcome(case, due_on, "回访日期", "visit")
        row = CaseFollowUp(case_id=case.id, due_on=due_on, by_name="")
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "create", "case_follow_up", row.id,
            after={"case": case.number, "due_on": due_on.isoformat()},
        )  # fmt: skip
        return follow_up_of(row)


def record_follow_up(
    db: Database,
    actor: Actor,
    follow_up_id: int,
    performed: bool | None,
    note: str,
    done_on: dt.date | None = None,
) -> FollowUp:
    """What the visit found: whether the agreement is being carried out, in the visitor's words."""
    note = required_text(note, 2000, "回访情况", "what the visit found", "note")
    done_on = done_on or local_now().date()
    with db.session(write=True) as session:
        row = session.get(CaseFollowUp, follow_up_id)
        if row is None:
            raise NotFound("follow_up", entity="follow_up", key=follow_up_id)
        case = writable_case(session, actor, row.case_id)
        if row.done_on is not None:
            raise ValidationError("already_done", field="done_on", day=row.done_on.isoformat())
        _not_before_outcome(case, done_on, "回访日期", "visit")
        audit.record(
            session, actor, "update", "case_follow_up", row.id,
            after={"case": case.number, "done_on": done_on.isoformat(), "performed": performed},
        )  # fmt: skip
        # Written only if still not done (checked after the audit log's turn, which every write
        # takes first): a visit another desk recorded meanwhile is not overwritten.
        written = session.scalar(
            update(CaseFollowUp)
            .where(CaseFollowUp.id == row.id, CaseFollowUp.done_on.is_(None))
            .values(done_on=done_on, performed=performed, note=note, by_name=actor.display_name)
            .returning(CaseFollowUp.id)
            .execution_options(synchronize_session=False)
        )
        session.refresh(row)
        if written is None and row.done_on is not None:
            raise ValidationError("already_done", field="done_on", day=row.done_on.isoformat())
        return follow_up_of(row)


def _not_before_outcome(case: MediationCase, day: dt.date, what: str, what_en: str) -> None:
    if case.outcome_on is not None and day < case.outcome_on:
        raise ValidationError(
            "date_before", field="due_on", what=what, what_en=what_en, day=day.isoformat(),
            before="调解结果日期", before_en="outcome", before_day=case.outcome_on.isoformat(),
        )  # fmt: skip


# --- the case file ---------------------------------------------------------------------------------
def set_file_item(
    db: Database, actor: Actor, case_id: int, item: FileItem, present: bool, note: str = ""
) -> tuple[ChecklistLine, ...]:
    """Tick (or untick) an item of the case file; returns the whole checklist."""
    item = FileItem(item)
    note = optional_text(note, 200, "备注", "note", "note")
    with db.session(write=True) as session:
        case = writable_case(session, actor, case_id_of(session, case_id))
        audit.record(
            session, actor, "update", "case_file_item", case.number,
            after={"item": item.value, "present": present},
        )  # fmt: skip
        # One statement, insert or update: two desks ticking the same item at once both succeed.
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        values = {"case_id": case.id, "item": item.value, "present": present, "note": note}
        session.execute(
            dialect.insert(CaseFileItem)
            .values(**values)
            .on_conflict_do_update(
                index_elements=[CaseFileItem.case_id, CaseFileItem.item],
                set_={"present": present, "note": note},
            )
        )
        return checklist(session, case)
