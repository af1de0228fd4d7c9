"""Checking what a mediator typed about the people of a case: the parties (from the registry or
typed in) and the mediators (users with the mediator role).

ID numbers and phones are stored normalised (18 characters, upper-case X; ``138…``/``024-…``) and
only ever returned masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.tables import AppUser, OrgNode, Resident
from gridgov_desktop.db.tables_mediation import CaseMediator, CaseParty
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import DomainError, NotFound, ValidationError
from gridgov_desktop.domain.id_number import parse_id_number
from gridgov_desktop.domain.mediation import PartyRole
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.services.mediation_types import PartyDraft

NAME_MAX = 64
ADDRESS_MAX = 200
RELATION_MAX = 32


def required_text(value: str, maximum: int, what: str, what_en: str, field: str) -> str:
    """``value`` stripped; refused when empty or longer than ``maximum``."""
    value = _without_nul(value).strip()
    if not value:
        raise ValidationError("case_required", field=field, what=what, what_en=what_en)
    return optional_text(value, maximum, what, what_en, field)


def optional_text(value: str, maximum: int, what: str, what_en: str, field: str) -> str:
    value = _without_nul(value).strip()
    if len(value) > maximum:
        raise ValidationError("case_too_long", field=field, what=what, what_en=what_en, maximum=maximum)
    return value


def _without_nul(value: str) -> str:
    """A NUL (from a file read as text) carries nothing, and PostgreSQL refuses it in text."""
    return (value or "").replace("\x00", "")


def party_rows(session: Session, drafts: Sequence[PartyDraft]) -> list[dict[str, Any]]:
    """Column values of each party, checked; at least one applicant."""
    rows: list[dict[str, Any]] = []
    residents: set[int] = set()
    for position, draft in enumerate(drafts):
        try:
            row = _party_row(session, draft)
        except DomainError as error:
            # Say which party, for a form with several rows.
            error.args_map.setdefault("party", draft.name)
            error.args_map.setdefault("row", position)
            raise
        if row["resident_id"] is not None:
            if row["resident_id"] in residents:
                raise ValidationError("resident_twice", field="parties", name=row["name"], row=position)
            residents.add(row["resident_id"])
        rows.append({**row, "position": position})
    if not any(row["role"] == PartyRole.APPLICANT.value for row in rows):
        raise ValidationError("no_applicant", field="parties")
    return rows


def _party_row(session: Session, draft: PartyDraft) -> dict[str, Any]:
    role = PartyRole(draft.role)
    name, sex, id_number = draft.name, draft.sex, draft.id_number
    phone, address = draft.phone, draft.address
    if draft.resident_id is not None:
        resident = session.get(Resident, draft.resident_id)
        if resident is None:
            raise NotFound(entity="resident", key=draft.resident_id)
        # Picked from the registry: the registry's facts win, what was typed fills the gaps.
        name = resident.name
        sex = resident.sex or sex
        id_number = resident.id_number or id_number
        phone = resident.phone or phone
        household = session.get(OrgNode, resident.household_id) if resident.household_id else None
        address = (household.address if household else None) or address
    name = required_text(name, NAME_MAX, "当事人姓名", "party's name", "party_name")
    sex = (sex or "").strip().upper()
    number = None
    if (id_number or "").strip():
        info = parse_id_number(id_number)
        number = info.number
        sex = sex or info.sex.value
    if sex not in ("", "M", "F"):
        raise ValidationError("bad_party_sex", field="party_sex", name=name)
    agent_name = optional_text(draft.agent_name, NAME_MAX, "代理人姓名", "agent's name", "agent_name")
    return {
        "role": role.value,
        "resident_id": draft.resident_id,
        "name": name,
        "sex": sex or None,
        "id_number": number,
        "phone": parse_phone(phone).number if (phone or "").strip() else None,
        "address": optional_text(address or "", ADDRESS_MAX, "住址", "address", "party_address") or None,
        "agent_name": agent_name or None,
        "agent_phone": parse_phone(draft.agent_phone).number if draft.agent_phone.strip() else None,
        "agent_relation": optional_text(
            draft.agent_relation, RELATION_MAX, "代理关系", "agent's relation", "agent_relation"
        )
        or None,
    }


def keep_saved_values(
    session: Session, case_id: int, drafts: Sequence[PartyDraft], rows: list[dict[str, Any]]
) -> None:
    """Fill the blanks of re-sent parties (``PartyDraft.party_id``) from what is saved: a form shows
    ID numbers and phones masked, so saving it must not erase them."""
    from sqlalchemy import select

    saved = {
        party.id: party
        for party in session.scalars(select(CaseParty).where(CaseParty.case_id == case_id))
    }
    for draft, row in zip(drafts, rows, strict=True):
        party = saved.get(draft.party_id) if draft.party_id is not None else None
        if party is None:
            continue
        for column in ("id_number", "phone", "agent_phone", "sex", "address"):
            if row[column] is None:
                row[column] = getattr(party, column)


def replace_parties(session: Session, case_id: int, rows: list[dict[str, Any]]) -> None:
    from sqlalchemy import delete

    session.execute(delete(CaseParty).where(CaseParty.case_id == case_id))
    session.add_all(CaseParty(case_id=case_id, **row) for row in rows)


def check_mediators(session: Session, lead_id: int, assistant_ids: Sequence[int]) -> list[int]:
    """The assistants without repeats, after checking that everyone is an active mediator."""
    assistants = list(dict.fromkeys(assistant_ids))
    if lead_id in assistants:
        raise ValidationError("mediator_twice", field="mediators")
    for user_id in [lead_id, *assistants]:
        user = session.get(AppUser, user_id)
        if user is None:
            raise ValidationError("not_a_mediator", field="mediators", name=str(user_id))
        if user.role != UserRole.MEDIATOR.value or not user.is_active:
            raise ValidationError("not_a_mediator", field="mediators", name=user.display_name)
    return assistants


def replace_mediators(session: Session, case_id: int, lead_id: int, assistants: list[int]) -> None:
    from sqlalchemy import delete

    session.execute(delete(CaseMediator).where(CaseMediator.case_id == case_id))
    session.flush()
    session.add(CaseMediator(case_id=case_id, user_id=lead_id, is_lead=True))
    session.add_all(CaseMediator(case_id=case_id, user_id=u, is_lead=False) for u in assistants)


def lead_of(session: Session, case_id: int) -> int | None:
    return session.scalar(
        select(CaseMediator.user_id).where(CaseMediator.case_id == case_id, CaseMediator.is_lead)
    )
