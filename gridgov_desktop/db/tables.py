"""ORM tables (SQLAlchemy 2 typed declarative).

Classes are plain nouns. Widgets never see these objects: services turn them into frozen dataclasses.
Schema changes go through a new Alembic migration in ``db/migrations/versions``.
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
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gridgov_desktop.db.types import search_key_type

# CHECK constraints list allowed values as "x = 'a' OR x = 'b'": SQLite re-evaluates an IN list on
# every insert at ~3.5 µs, which alone cost 5 s of a 200,000-resident import.

# Stable constraint names, so that migrations can refer to them on both backends.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, *values: str) -> str:
    """CHECK condition allowing ``values`` (as ORs: see the note on CHECK constraints above)."""
    return "(" + " OR ".join(f"{column} = '{value}'" for value in values) + ")"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AppSetting(Base):
    """Settings that belong with the data (the street's name, the office's address and phone)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OrgNode(Base):
    """A node of the organisation tree: street → community → grid → compound → building → unit →
    household.

    ``path`` is the materialised path of ids, ``/1/5/23/``: a whole subtree is one indexed range query
    (see ``db.queries.subtree_range``). Ids never change, so only a move rewrites paths.
    """

    __tablename__ = "org_node"
    __table_args__ = (
        CheckConstraint(
            one_of("kind", "street", "community", "grid", "compound", "building", "unit", "household"),
            name="kind",
        ),
        CheckConstraint(
            "household_type IS NULL OR " + one_of("household_type", "family", "collective"),
            name="household_type",
        ),
        Index("ix_org_node_parent_sort", "parent_id", "sort_order", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(32))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    path: Mapped[str] = mapped_column(search_key_type(255), unique=True)
    depth: Mapped[int] = mapped_column(SmallInteger)
    # The full postal address below community level ("幸福里小区3栋2单元501室"), shown in lists and on
    # documents without walking the tree.
    address: Mapped[str | None] = mapped_column(String(200))
    # Households only: the short label clerks type, "3-2-501", and the census household type.
    label: Mapped[str | None] = mapped_column(search_key_type(32), index=True)
    household_type: Mapped[str | None] = mapped_column(String(16))
    # Counts of the whole subtree, maintained by the services that move people and nodes, so that the
    # tree can show them on expand without counting 200,000 rows.
    resident_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    household_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class NodeSearchKey(Base):
    """Search keys of a node's own name (1- and 2-character grams), for address fragments."""

    __tablename__ = "node_search_key"
    __table_args__ = ({"sqlite_with_rowid": False},)

    key: Mapped[str] = mapped_column(search_key_type(64), primary_key=True)
    node_id: Mapped[int] = mapped_column(
        ForeignKey("org_node.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Resident(Base):
    """A person of the resident registration form (居民信息登记表). Never deleted: see ``status``."""

    __tablename__ = "resident"
    __table_args__ = (
        CheckConstraint(one_of("sex", "M", "F"), name="sex"),
        CheckConstraint(one_of("status", "living", "moved_out", "deceased"), name="status"),
        Index("ix_resident_name", "name"),
        Index("ix_resident_name_birth", "name", "birth_date"),
        # Covers "who lives in this subtree" (status + household, the id is implicit): the resident
        # list of a community is an index-only search, never a read of 20,000 table rows.
        Index("ix_resident_status_household", "status", "household_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(search_key_type(64))
    sex: Mapped[str] = mapped_column(String(1))
    ethnicity: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # Normalised 18-character number; unique when present (a person may have none yet, e.g. a baby).
    id_number: Mapped[str | None] = mapped_column(search_key_type(18), unique=True)
    # The number reversed, so that "the last 4–6 digits" is an indexed prefix search.
    id_number_rev: Mapped[str | None] = mapped_column(search_key_type(18), index=True)
    domicile: Mapped[str | None] = mapped_column(String(200))  # 户籍地
    political_status: Mapped[str | None] = mapped_column(String(16))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    education: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    phone_digits: Mapped[str | None] = mapped_column(search_key_type(24), index=True)
    phone_digits_rev: Mapped[str | None] = mapped_column(search_key_type(24), index=True)
    religion: Mapped[str | None] = mapped_column(String(16))
    military_service: Mapped[str | None] = mapped_column(String(16))
    employer: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="living", server_default="living")
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    # Current household (denormalised from household_member for list queries); NULL when moved away.
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_node.id", ondelete="RESTRICT"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class ResidentSearchKey(Base):
    """Search keys of a resident's name: grams ('g'), pinyin initials ('i'), full pinyin ('p').

    One row per key and variant, so that a heteronym (曾 zeng/ceng) matches either reading and a 1–2
    character name fragment is an index lookup (SQLite's FTS5 trigram finds nothing under three).
    """

    __tablename__ = "resident_search_key"
    __table_args__ = (
        CheckConstraint(one_of("kind", "g", "i", "p"), name="kind"),
        {"sqlite_with_rowid": False},
    )

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    key: Mapped[str] = mapped_column(search_key_type(64), primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class HouseholdMember(Base):
    """Membership of a person in a household, with the census relation code to the head.

    History is kept: moving out sets ``left_on``; the current membership has ``left_on IS NULL``.
    """

    __tablename__ = "household_member"
    __table_args__ = (
        CheckConstraint("relation BETWEEN 0 AND 9", name="relation"),
        Index("ix_household_member_household", "household_id", "left_on"),
        Index(
            "uq_household_member_current",
            "resident_id",
            unique=True,
            sqlite_where=text("left_on IS NULL"),
            postgresql_where=text("left_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="RESTRICT"))
    relation: Mapped[int] = mapped_column(SmallInteger)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)


class Tag(Base):
    """A category (人员类别) that residents can carry; the list is editable."""

    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), unique=True)
    # Sensitive personal information (PIPL art. 28): shown only to roles that need it.
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))


class ResidentTag(Base):
    __tablename__ = "resident_tag"
    __table_args__ = ({"sqlite_with_rowid": False},)

    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="RESTRICT"), primary_key=True)
    resident_id: Mapped[int] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class NodeRole(Base):
    """A person holding a role (网格长, 楼栋长 …) at a node of the tree."""

    __tablename__ = "node_role"
    __table_args__ = (
        Index("ix_node_role_node", "node_id", "role"),
        UniqueConstraint("node_id", "role", "resident_id", name="uq_node_role_person"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node_id: Mapped[int] = mapped_column(ForeignKey("org_node.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(32))
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("resident.id", ondelete="RESTRICT"), index=True
    )
    # Staff who are not residents of the street (a grid worker living elsewhere) are typed in.
    person_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    since: Mapped[dt.date | None] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))


class AppUser(Base):
    """A user account. Passwords are stored as argon2 hashes only."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            one_of("role", "admin", "front_desk", "mediator", "grid_worker", "head"),
            name="role",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    # Set when an administrator resets the password: the next login must choose a new one.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it as is


class UserGrid(Base):
    """The grids a grid worker looks after: they see and edit only the residents living there."""

    __tablename__ = "user_grid"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    node_id: Mapped[int] = mapped_column(
        ForeignKey("org_node.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AuditEntry(Base):
    """Append-only log of who changed what, when: old → new as JSON.

    ``entry_hash`` chains each entry to the previous one (sha256 over the previous hash and this
    entry's canonical content) so that an edit or deletion in the table is detectable.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_username", "username"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    username: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


# Tables added by later issues live in modules of their own; importing them here puts them on
# ``Base.metadata`` for migrations, tests and anyone who imports the tables.
from gridgov_desktop.db import tables_community, tables_mediation, tables_service  # noqa: E402, F401
