"""Tables of people's mediation (人民调解): cases with their parties and mediators, the mediator's
journal (说事记录本, append-only: a correction is a new entry pointing at the one it corrects),
promised reply dates, follow-up visits, the agreement, and the case file checklist.

Case numbers (〔2026〕东风调字第12号) are gapless per year: ``daily_counter`` row (series "M", day =
1 January of the year), taken in the transaction that opens the case.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridgov_desktop.db.tables import Base, one_of, utc_now
from gridgov_desktop.db.types import search_key_type


class DisputeType(Base):
    """A dispute type of the justice bureau's statistics (editable list)."""

    __tablename__ = "dispute_type"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class MediationCase(Base):
    __tablename__ = "mediation_case"
    __table_args__ = (
        CheckConstraint(
            one_of(
                "source",
                "application",
                "own_initiative",
                "grid_report",
                "police_referral",
                "court_commission",
            ),
            name="source",
        ),
        CheckConstraint(
            one_of(
                "status",
                "registered",
                "in_mediation",
                "agreed",
                "failed",
                "withdrawn",
                "followed_up",
                "closed",
            ),
            name="status",
        ),
        CheckConstraint(
            "agreement_kind IS NULL OR " + one_of("agreement_kind", "written", "oral"),
            name="agreement_kind",
        ),
        CheckConstraint(
            "referred_to IS NULL OR " + one_of("referred_to", "court", "arbitration", "department"),
            name="referred_to",
        ),
        UniqueConstraint("year", "sequence", name="uq_mediation_case_year_sequence"),
        Index("ix_mediation_case_status_deadline", "status", "deadline_on"),
        Index("ix_mediation_case_registered", "registered_on"),
        Index("ix_mediation_case_path", "node_path"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # 〔2026〕东风调字第12号
    year: Mapped[int] = mapped_column(SmallInteger)
    sequence: Mapped[int] = mapped_column(Integer)
    registered_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))
    dispute_type_id: Mapped[int] = mapped_column(ForeignKey("dispute_type.id", ondelete="RESTRICT"))
    summary: Mapped[str] = mapped_column(Text)  # 纠纷简要情况 (confidential)
    # Where it arose (a grid, compound, … of the tree) and its path, for statistics over a subtree.
    node_id: Mapped[int | None] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"))
    node_path: Mapped[str | None] = mapped_column(search_key_type(255))
    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)  # 防止民转刑
    status: Mapped[str] = mapped_column(String(16))
    # The clock: one month from acceptance by default; an extension needs both parties' consent.
    deadline_on: Mapped[dt.date] = mapped_column(Date)
    extended_until: Mapped[dt.date | None] = mapped_column(Date)
    extension_note: Mapped[str | None] = mapped_column(Text)  # how both parties consented
    agreement_kind: Mapped[str | None] = mapped_column(String(8))
    agreement_effective_on: Mapped[dt.date | None] = mapped_column(Date)
    referred_to: Mapped[str | None] = mapped_column(String(16))
    referred_to_name: Mapped[str | None] = mapped_column(String(100))  # the named court/department
    outcome_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    # Why the case closed with a required file item missing (the mediator's own words).
    missing_items_note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class CaseParty(Base):
    """A party of a case: a resident of the registry, or an outsider typed in."""

    __tablename__ = "case_party"
    __table_args__ = (
        CheckConstraint(one_of("role", "applicant", "respondent", "third_party"), name="role"),
        Index("ix_case_party_case", "case_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    role: Mapped[str] = mapped_column(String(16))
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(64))
    sex: Mapped[str | None] = mapped_column(String(1))
    id_number: Mapped[str | None] = mapped_column(String(18))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(200))
    agent_name: Mapped[str | None] = mapped_column(String(64))  # 委托代理人
    agent_phone: Mapped[str | None] = mapped_column(String(32))
    agent_relation: Mapped[str | None] = mapped_column(String(32))


class CaseMediator(Base):
    __tablename__ = "case_mediator"
    __table_args__ = ({"sqlite_with_rowid": False},)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("app_user.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)


class JournalEntry(Base):
    """One dated entry of the mediator's journal. Never updated: a correction is a new entry with
    ``corrects_id`` set, and the original stays readable."""

    __tablename__ = "journal_entry"
    __table_args__ = (
        CheckConstraint(one_of("kind", "note", "phone_call", "home_visit", "session"), name="kind"),
        Index("ix_journal_entry_case", "case_id", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when it happened (local time)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when it was written down
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    author_name: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")  # sessions: who attended
    text: Mapped[str] = mapped_column(Text)  # the note, or what each party said
    agreed: Mapped[str] = mapped_column(Text, default="")  # sessions: what was agreed
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id", ondelete="RESTRICT"))


class CaseCommitment(Base):
    """Something the mediator promised a party by a date ("I'll answer within 7 days")."""

    __tablename__ = "case_commitment"
    __table_args__ = (Index("ix_case_commitment_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"))
    promised_to: Mapped[str] = mapped_column(String(64))
    what: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    owner_name: Mapped[str] = mapped_column(String(64))


class CaseFollowUp(Base):
    """A follow-up visit (回访) scheduled after the outcome, and what it found."""

    __tablename__ = "case_follow_up"
    __table_args__ = (Index("ix_case_follow_up_due", "done_on", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id", ondelete="CASCADE"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    performed: Mapped[bool | None] = mapped_column(Boolean)  # was the agreement carried out
    note: Mapped[str] = mapped_column(Text, default="")
    by_name: Mapped[str] = mapped_column(String(64), default="")


class CaseAgreement(Base):
    """The content of a written agreement (人民调解协议书, art. 29) or of an oral one (art. 28)."""

    __tablename__ = "case_agreement"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True
    )
    facts: Mapped[str] = mapped_column(Text, default="")  # 主要事实
    dispute_points: Mapped[str] = mapped_column(Text, default="")  # 争议事项
    responsibilities: Mapped[str] = mapped_column(Text, default="")  # 各方当事人的责任
    terms: Mapped[str] = mapped_column(Text, default="")  # 达成协议的内容
    performance: Mapped[str] = mapped_column(Text, default="")  # 履行方式
    performance_due_on: Mapped[dt.date | None] = mapped_column(Date)  # 履行期限
    copies: Mapped[int] = mapped_column(SmallInteger, default=3)


class CaseFileItem(Base):
    """Whether an item of the case file (卷宗) is present, as the mediator marked it."""

    __tablename__ = "case_file_item"
    __table_args__ = ({"sqlite_with_rowid": False},)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_case.id", ondelete="CASCADE"), primary_key=True
    )
    item: Mapped[str] = mapped_column(String(24), primary_key=True)
    present: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
