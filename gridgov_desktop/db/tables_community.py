"""Tables of the community's organisations alongside the grid tree: the party organisation
(社区党委 → 网格党支部 → 楼栋党小组 → 党员中心户) and paired units (共建单位)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from gridgov_desktop.db.tables import Base, one_of


class PartyOrg(Base):
    """A unit of the party organisation, linked to the place of the grid tree it serves: the
    community (党委), a grid (党支部), a building (党小组) or a household (党员中心户)."""

    __tablename__ = "party_org"
    __table_args__ = (
        CheckConstraint(one_of("kind", "committee", "branch", "group", "member_household"), name="kind"),
        CheckConstraint("star_rating IS NULL OR (star_rating >= 1 AND star_rating <= 5)", name="stars"),
        Index("ix_party_org_parent_sort", "parent_id", "sort_order", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("party_org.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    node_id: Mapped[int] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"), index=True)
    secretary_resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT")
    )
    secretary_name: Mapped[str | None] = mapped_column(String(64))
    secretary_phone: Mapped[str | None] = mapped_column(String(32))
    star_rating: Mapped[int | None] = mapped_column(SmallInteger)  # 星级评定, 1–5
    rated_on: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class PartyMember(Base):
    """A member of a party unit: a resident of the street, or someone typed in."""

    __tablename__ = "party_member"
    __table_args__ = (
        CheckConstraint(
            one_of("position", "secretary", "deputy_secretary", "committee_member", "member"),
            name="position",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_org_id: Mapped[int] = mapped_column(ForeignKey("party_org.id", ondelete="CASCADE"), index=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), index=True
    )
    person_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    position: Mapped[str] = mapped_column(String(20), default="member")
    joined_on: Mapped[dt.date | None] = mapped_column(Date)


class PairedUnit(Base):
    """A body paired with a community (共建单位) that reported to it (双报到)."""

    __tablename__ = "paired_unit"
    __table_args__ = (
        CheckConstraint(
            one_of(
                "kind",
                "government",
                "public_institution",
                "school",
                "hospital",
                "company",
                "social_organisation",
                "other",
            ),
            name="kind",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(24))
    contact_name: Mapped[str | None] = mapped_column(String(64))
    contact_phone: Mapped[str | None] = mapped_column(String(32))
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class PairedServiceItem(Base):
    """A service item a paired unit took on (领办) and how it was evaluated (双评价)."""

    __tablename__ = "paired_service_item"
    __table_args__ = (
        CheckConstraint(one_of("status", "claimed", "in_progress", "done", "dropped"), name="status"),
        CheckConstraint(
            "evaluation IS NULL OR " + one_of("evaluation", "excellent", "good", "fair", "poor"),
            name="evaluation",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paired_unit_id: Mapped[int] = mapped_column(
        ForeignKey("paired_unit.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    claimed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="claimed")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    evaluation: Mapped[str | None] = mapped_column(String(16))
    evaluated_on: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is
