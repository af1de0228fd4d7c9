"""Moving a case along (start, agree, fail, withdraw, follow up, close) and extending its deadline.

Each move checks what the outcome needs — the kind of agreement and its content, where a failed
dispute was referred, a recorded follow-up, a complete case file (or the mediator's reason why not) —
and is one line of the audit log, apart from the journal, so the case's history reads from there.
Re-exported by ``mediation_cases``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables_mediation import CaseAgreement, CaseFollowUp, MediationCase
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    CaseStatus,
    ReferredTo,
    next_case_status,
)
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_checklist import checklist, missing_required
from gridgov_desktop.services.mediation_detail import case_write, load_detail, touch
from gridgov_desktop.services.mediation_parties import optional_text, required_text
from gridgov_desktop.services.mediation_settings import follow_up_days
from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.services.service_requests import local_now

NOTE_MAX = 2000


def move_case(
    db: Database,
    actor: Actor,
    case_id: int,
    action: CaseAction,
    *,
    expected_version: int,
    on: dt.date | None = None,
    agreement_kind: AgreementKind | None = None,
    referred_to: ReferredTo | None = None,
    referred_to_name: str = "",
    note: str = "",
    missing_items_note: str = "",
) -> CaseDetail:
    """Apply ``action`` on day ``on`` (default today) if nobody changed the case since
    ``expected_version``."""
    on = on or local_now().date()
    note = optional_text(note, NOTE_MAX, "说明", "note", "note")
    with case_write(db, actor, case_id, expected_version) as (session, case):
        status = CaseStatus(case.status)
        target = next_case_status(status, CaseAction(action))
        if target is None:
            raise ValidationError(
                "case_move_not_allowed", field="status", status=status.label_zh,
                action=CaseAction(action).label_zh,
            )  # fmt: skip
        _not_before(on, case.registered_on, "登记日期", "registration")
        if case.outcome_on is not None:
            _not_before(on, case.outcome_on, "调解结果日期", "outcome")
        touch(case, actor)
        details = _apply(
            session, case, CaseAction(action), on, agreement_kind, referred_to,
            referred_to_name, note, missing_items_note,
        )  # fmt: skip
        case.status = target.value
        audit.record(
            session, actor, "status", "mediation_case", case.number,
            before={"status": status.value},
            after={"status": target.value, "action": CaseAction(action).value, "on": on.isoformat(),
                   "note": note, **details},
        )  # fmt: skip
        return load_detail(session, case)


def _apply(
    session: Session,
    case: MediationCase,
    action: CaseAction,
    on: dt.date,
    agreement_kind: AgreementKind | None,
    referred_to: ReferredTo | None,
    referred_to_name: str,
    note: str,
    missing_items_note: str,
) -> dict[str, Any]:
    """Set what ``action`` changes besides the status; returns what the audit line adds."""
    if action is CaseAction.AGREE:
        return _agree(session, case, on, agreement_kind, note)
    if action is CaseAction.FAIL:
        if referred_to is None:
            raise ValidationError("referral_needed", field="referred_to")
        where = ReferredTo(referred_to)
        name = optional_text(referred_to_name, 100, "引导去向", "referral", "referred_to_name")
        if not name and where is not ReferredTo.ARBITRATION:
            raise ValidationError(
                "referral_name_needed", field="referred_to_name", where=where.label_zh,
                where_en="court" if where is ReferredTo.COURT else "department",
            )  # fmt: skip
        case.referred_to, case.referred_to_name, case.outcome_on = where.value, name or None, on
        return {"referred_to": where.value, "referred_to_name": name}
    if action is CaseAction.WITHDRAW:
        case.outcome_on = on
    elif action is CaseAction.FOLLOW_UP:
        _follow_up(session, case, on, note)
    elif action is CaseAction.CLOSE:
        missing = missing_required(checklist(session, case))
        why = optional_text(missing_items_note, 2000, "缺少材料的原因", "reason", "missing_items_note")
        if missing and not why:
            raise ValidationError(
                "file_items_missing", field="missing_items_note",
                items="、".join(item.label_zh for item in missing),
            )  # fmt: skip
        case.closed_on = on
        case.missing_items_note = why if missing else None
        return {"missing_items": [item.value for item in missing]}
    return {}


def _agree(
    session: Session,
    case: MediationCase,
    on: dt.date,
    kind: AgreementKind | None,
    note: str,
) -> dict[str, Any]:
    if kind is None:
        raise ValidationError("agreement_kind_needed", field="agreement_kind")
    kind = AgreementKind(kind)
    agreement = session.get(CaseAgreement, case.id)
    has_terms = agreement is not None and bool((agreement.terms or "").strip())
    if kind is AgreementKind.WRITTEN and not has_terms:
        raise ValidationError("agreement_terms_needed", field="agreement")
    if kind is AgreementKind.ORAL and not has_terms:
        # Art. 28: the mediator records what was agreed; the move's note is that record.
        if not note:
            raise ValidationError("oral_content_needed", field="note")
        if agreement is None:
            session.add(CaseAgreement(case_id=case.id, terms=note))
        else:
            agreement.terms = note
    case.agreement_kind = kind.value
    case.outcome_on = on
    if case.agreement_effective_on is None:
        case.agreement_effective_on = on
    first_visit = on + dt.timedelta(days=follow_up_days(session))
    session.add(CaseFollowUp(case_id=case.id, due_on=first_visit, by_name=""))
    return {"agreement_kind": kind.value, "follow_up_on": first_visit.isoformat()}


def _follow_up(session: Session, case: MediationCase, on: dt.date, note: str) -> None:
    """A recorded visit is needed; the move's note records the earliest open one (or a new one)."""
    done = session.scalar(
        select(CaseFollowUp.id)
        .where(CaseFollowUp.case_id == case.id, CaseFollowUp.done_on.is_not(None))
        .limit(1)
    )
    if done is not None:
        return
    if not note:
        raise ValidationError("follow_up_needed", field="note")
    visit = session.scalar(
        select(CaseFollowUp)
        .where(CaseFollowUp.case_id == case.id, CaseFollowUp.done_on.is_(None))
        .order_by(CaseFollowUp.due_on, CaseFollowUp.id)
        .limit(1)
    )
    if visit is None:
        visit = CaseFollowUp(case_id=case.id, due_on=on)
        session.add(visit)
    visit.done_on, visit.note, visit.by_name = on, note, case.updated_by  # the mover (touched)


def extend_deadline(
    db: Database,
    actor: Actor,
    case_id: int,
    until: dt.date,
    consent_note: str,
    *,
    expected_version: int,
) -> CaseDetail:
    """Extend the clock of an open case to ``until``, with how both parties consented (in words)."""
    consent = required_text(
        consent_note, NOTE_MAX, "双方当事人同意延期的情况", "parties' consent", "consent_note"
    )
    with case_write(db, actor, case_id, expected_version) as (session, case):
        status = CaseStatus(case.status)
        if not status.is_open:
            raise ValidationError("case_not_open", field="status", status=status.label_zh)
        current = case.extended_until or case.deadline_on
        if until <= current:
            raise ValidationError("extension_not_later", field="until", deadline=current.isoformat())
        before = {"until": current.isoformat(), "note": case.extension_note}
        case.extended_until, case.extension_note = until, consent
        touch(case, actor)
        audit.record(
            session, actor, "extend", "mediation_case", case.number,
            before=before, after={"until": until.isoformat(), "note": consent},
        )  # fmt: skip
        return load_detail(session, case)


def _not_before(day: dt.date, before: dt.date, what_zh: str, what_en: str) -> None:
    if day < before:
        raise ValidationError(
            "date_before", field="on", what="办理日期", what_en="date", day=day.isoformat(),
            before=what_zh, before_en=what_en, before_day=before.isoformat(),
        )  # fmt: skip
