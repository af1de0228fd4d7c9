"""Plain data of people's mediation, as the services return it and the PDFs print it.

No SQLAlchemy, no Qt. ``CaseSummary`` is what anyone allowed to see the case list sees (front desk
included): number, status, dates — nothing said in the case. ``CaseDetail`` carries the contents and
is only returned to the mediators assigned to the case and to administrators.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    CaseSource,
    CaseStatus,
    EntryKind,
    FileItem,
    PartyRole,
    ReferredTo,
)


@dataclass(frozen=True)
class CaseSummary:
    """A case as lists, worklists and the register show it (no confidential content)."""

    id: int
    number: str
    registered_on: dt.date
    source: CaseSource
    dispute_type: str
    place: str  # the grid/compound where it arose ("幸福社区 第一网格"), "" if none
    at_risk: bool
    status: CaseStatus
    deadline_on: dt.date  # the one-month clock, or the extension's date
    outcome_on: dt.date | None
    closed_on: dt.date | None
    lead_mediator: str
    party_names: str  # "张三明 诉 李四" style, for the register (names only)
    version: int

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.is_open and today > self.deadline_on


@dataclass(frozen=True)
class Party:
    id: int
    role: PartyRole
    name: str
    resident_id: int | None
    sex: str  # "M", "F" or ""
    id_number_masked: str
    phone_masked: str
    address: str
    agent_name: str
    agent_phone_masked: str
    agent_relation: str


@dataclass(frozen=True)
class PartyDraft:
    """A party as typed in (or picked from the registry: ``resident_id`` set, the rest filled)."""

    role: PartyRole
    name: str
    resident_id: int | None = None
    sex: str = ""
    id_number: str = ""
    phone: str = ""
    address: str = ""
    agent_name: str = ""
    agent_phone: str = ""
    agent_relation: str = ""
    # A party already saved: what is left blank here (the ID number and phones, which forms show
    # masked and so never send back) keeps its saved value.
    party_id: int | None = None


@dataclass(frozen=True)
class Mediator:
    user_id: int
    name: str
    is_lead: bool


@dataclass(frozen=True)
class Entry:
    """One journal entry (说事记录本)."""

    id: int
    kind: EntryKind
    occurred_at: dt.datetime
    written_at: dt.datetime
    author: str
    place: str
    attendees: str
    text: str
    agreed: str
    corrects_id: int | None
    corrected_by: tuple[int, ...]  # later entries that correct this one


@dataclass(frozen=True)
class Commitment:
    id: int
    case_id: int
    case_number: str
    promised_to: str
    what: str
    due_on: dt.date
    done_on: dt.date | None
    owner: str


@dataclass(frozen=True)
class FollowUp:
    id: int
    due_on: dt.date
    done_on: dt.date | None
    performed: bool | None
    note: str
    by: str


@dataclass(frozen=True)
class Agreement:
    kind: AgreementKind
    effective_on: dt.date | None
    facts: str
    dispute_points: str
    responsibilities: str
    terms: str
    performance: str
    performance_due_on: dt.date | None
    copies: int
    judicial_deadline: dt.date | None  # 30 days after it took effect (art. 33)


@dataclass(frozen=True)
class ChecklistLine:
    item: FileItem
    required: bool  # for this case (an agent needs a power of attorney, an agreement its follow-up…)
    present: bool
    automatic: bool  # presence derived from the case (journal sessions, the agreement), not ticked
    note: str


@dataclass(frozen=True)
class Clocks:
    """Every date the mediator must hold to, for the case's header and the worklist."""

    deadline_on: dt.date
    extended_until: dt.date | None
    extension_note: str
    judicial_deadline: dt.date | None
    next_follow_up: dt.date | None
    open_commitments: int


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    summary_text: str  # 纠纷简要情况
    parties: tuple[Party, ...]
    mediators: tuple[Mediator, ...]
    journal: tuple[Entry, ...]
    commitments: tuple[Commitment, ...]
    follow_ups: tuple[FollowUp, ...]
    agreement: Agreement | None
    referred_to: ReferredTo | None
    referred_to_name: str
    checklist: tuple[ChecklistLine, ...]
    missing_items_note: str
    clocks: Clocks
    updated_by: str
    updated_at: dt.datetime

    @property
    def actions(self) -> tuple[CaseAction, ...]:
        from gridgov_desktop.domain.mediation import case_actions

        return case_actions(self.summary.status)


@dataclass(frozen=True)
class CaseDocumentHeader:
    """What every case document prints at its head: the committee, the number, the office."""

    committee: str  # "东风街道人民调解委员会"
    office: str
    case_number: str
    printed_on: dt.date


@dataclass(frozen=True)
class AgreementDraft:
    """The agreement as the mediator writes it (art. 29 for a written one, art. 28 for oral)."""

    kind: AgreementKind
    facts: str = ""
    dispute_points: str = ""
    responsibilities: str = ""
    terms: str = ""
    performance: str = ""
    performance_due_on: dt.date | None = None
    copies: int = 3  # one per party and one for the archive
    effective_on: dt.date | None = None  # the day every party and the mediator signed


@dataclass(frozen=True)
class NewCase:
    registered_on: dt.date
    source: CaseSource
    dispute_type_id: int
    summary: str
    parties: tuple[PartyDraft, ...]
    lead_mediator_id: int
    assistant_ids: tuple[int, ...] = ()
    node_id: int | None = None
    at_risk: bool = False
