"""The lists a case is opened from: the dispute types of the justice bureau's statistics (editable
by administrators) and the users with the mediator role. Re-exported by ``mediation_cases``."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppUser
from gridgov_desktop.db.tables_mediation import DisputeType
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.mediation import DEFAULT_DISPUTE_TYPES
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_parties import required_text
from gridgov_desktop.services.permissions import Permission, require

_PG_DISPUTE_TYPE_LOCK = 4245  # 4242: audit log, 4243: tree edits, 4244: service catalogue


# --- dispute types ---------------------------------------------------------------------------------
def ensure_dispute_types(session: Session) -> None:
    """Seed the justice bureau's dispute types when the list is empty, in the caller's transaction.
    Idempotent; once any type exists the administrator's list is left alone."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_DISPUTE_TYPE_LOCK})"))
    if session.scalar(select(DisputeType.id).limit(1)) is not None:
        return
    session.add_all(
        DisputeType(name=name, sort_order=position * 10, is_active=True)
        for position, name in enumerate(DEFAULT_DISPUTE_TYPES, 1)
    )
    session.flush()


def dispute_types(db: Database, *, include_inactive: bool = False) -> list[tuple[int, str]]:
    query = select(DisputeType.id, DisputeType.name).order_by(DisputeType.sort_order, DisputeType.id)
    if not include_inactive:
        query = query.where(DisputeType.is_active)
    with db.session() as session:
        return [(type_id, name) for type_id, name in session.execute(query)]


def add_dispute_type(db: Database, actor: Actor, name: str) -> int:
    require(actor, Permission.MANAGE_DISPUTE_TYPES)
    name = required_text(name, 32, "纠纷类型名称", "dispute type's name", "dispute_type")
    with db.session(write=True) as session:
        if session.scalar(select(DisputeType.id).where(DisputeType.name == name)) is not None:
            raise ValidationError("dispute_type_exists", field="dispute_type", name=name)
        last = session.scalar(select(func.max(DisputeType.sort_order))) or 0
        row = DisputeType(name=name, sort_order=last + 10, is_active=True)
        session.add(row)
        try:
            session.flush()
        except IntegrityError:  # PostgreSQL: another administrator added it meanwhile
            raise ValidationError("dispute_type_exists", field="dispute_type", name=name) from None
        audit.record(session, actor, "create", "dispute_type", row.id, after={"name": name})
        return row.id


def set_dispute_type_active(db: Database, actor: Actor, type_id: int, active: bool) -> None:
    require(actor, Permission.MANAGE_DISPUTE_TYPES)
    with db.session(write=True) as session:
        row = session.get(DisputeType, type_id)
        if row is None:
            raise ValidationError("unknown_dispute_type", field="dispute_type")
        before = row.is_active
        row.is_active = active
        audit.record(
            session, actor, "update", "dispute_type", type_id,
            before={"active": before}, after={"active": active},
        )  # fmt: skip


# --- people ----------------------------------------------------------------------------------------
def mediators(db: Database) -> list[tuple[int, str]]:
    """(user id, display name) of the active users with the mediator role."""
    query = (
        select(AppUser.id, AppUser.display_name)
        .where(AppUser.role == UserRole.MEDIATOR.value, AppUser.is_active)
        .order_by(AppUser.display_name, AppUser.id)
    )
    with db.session() as session:
        return [(user_id, name) for user_id, name in session.execute(query)]


def user_actor(db: Database, username: str) -> Actor:
    """The active user named ``username`` as an actor (the command line's ``--as``; no password:
    whoever runs the command line controls the database anyway)."""
    with db.session() as session:
        user = session.scalar(
            select(AppUser).where(func.lower(AppUser.username) == username.strip().lower())
        )
        if user is None or not user.is_active:
            raise NotFound("mediator_user", entity="user", key=username.strip())
        return Actor(
            user_id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=UserRole(user.role),
        )
