"""Account administration: the list of accounts, password resets, roles, deactivation, unlocking,
the grids a grid worker looks after — and the one thing every user may do, changing their own
password.

Administrators set a temporary password and never see the old one; the account must choose a new
one at its next login. Nobody can lock the office out of its own administration: an administrator
cannot deactivate or demote themselves, nor the last active administrator. Writes an administrator
makes from a list take the ``version`` they saw (``expected_version``): a second administrator's
change in between is a ``Conflict``, not silently overwritten.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.passwords import check_password_strength, hash_password, verify_password
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.users import UserInfo, _info

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables import AppUser

_PG_ACCOUNTS_LOCK = 4243


@dataclass(frozen=True)
class GridChoice:
    """A grid an administrator can assign: its node id, name and community."""

    id: int
    name: str
    community: str

    @property
    def label(self) -> str:
        return f"{self.community} / {self.name}" if self.community else self.name


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    """Every account, by user name, with its role, state, last login and grids."""
    require(actor, Permission.MANAGE_USERS)
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import AppUser

    with db.session() as session:
        accounts = list(session.scalars(select(AppUser).order_by(func.lower(AppUser.username))))
        grids = _grids_by_user(session, [a.id for a in accounts])
        return [_with_grids(_info(a), grids.get(a.id, [])) for a in accounts]


def find_user(db: Database, actor: Actor, username: str) -> UserInfo:
    """One account by user name (case ignored); ``NotFound`` otherwise."""
    require(actor, Permission.MANAGE_USERS)
    with db.session() as session:
        user = _by_name(session, username)
        return _with_grids(_info(user), _grids_by_user(session, [user.id]).get(user.id, []))


def grid_choices(db: Database, actor: Actor) -> list[GridChoice]:
    """Every grid of the street, by community, for the assignment list."""
    require(actor, Permission.MANAGE_USERS)
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from gridgov_desktop.db.tables import OrgNode

    parent = aliased(OrgNode)
    with db.session() as session:
        rows = session.execute(
            select(OrgNode.id, OrgNode.name, parent.name)
            .outerjoin(parent, parent.id == OrgNode.parent_id)
            .where(OrgNode.kind == NodeKind.GRID.value)
            .order_by(OrgNode.path)
        ).all()
    return [GridChoice(node_id, name, community or "") for node_id, name, community in rows]


def user_grids(db: Database, user_id: int) -> list[int]:
    """The grid node ids a user looks after (empty for everyone but grid workers)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import UserGrid

    with db.session() as session:
        return list(
            session.scalars(
                select(UserGrid.node_id).where(UserGrid.user_id == user_id).order_by(UserGrid.node_id)
            )
        )


def reset_password(
    db: Database,
    actor: Actor,
    user_id: int,
    temporary_password: str,
    *,
    expected_version: int | None = None,
) -> UserInfo:
    """Give an account a temporary password, to be changed at its next login; clears a lockout.

    An administrator's own password is changed with ``change_own_password`` (which asks the old one).
    """
    require(actor, Permission.MANAGE_USERS)
    if actor.user_id == user_id:
        raise ValidationError("reset_own", field="password")
    check_password_strength(temporary_password)
    new_hash = hash_password(temporary_password)  # ~30 ms of argon2, outside the write lock

    def reset(session: Session, user: AppUser) -> tuple[dict[str, Any], dict[str, Any]]:
        before = {"must_change_password": user.must_change_password, "locked": _locked(user)}
        user.password_hash = new_hash
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        return before, {"must_change_password": True, "locked": False}

    return _change(db, actor, user_id, expected_version, "reset_password", reset)


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Actor:
    """The signed-in user's new password, after checking the old one. Returns the actor with
    ``must_change_password`` cleared. A wrong old password is audited and refused."""
    if actor.user_id is None:
        raise PermissionDenied(action="change_own_password")
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppUser

    with db.session() as session:
        stored = session.scalar(
            select(AppUser.password_hash).where(AppUser.id == actor.user_id, AppUser.is_active)
        )
    if stored is None:
        raise PermissionDenied(action="change_own_password")
    if not verify_password(stored, old_password):
        with db.session(write=True) as session:
            audit.record(session, actor, "password_change_failed", "user", actor.user_id)
        raise ValidationError("wrong_old_password", field="old_password")
    if new_password == old_password:
        raise ValidationError("same_password", field="new_password")
    check_password_strength(new_password)
    new_hash = hash_password(new_password)
    with db.session(write=True) as session:
        user = session.get(AppUser, actor.user_id)
        if user is None or not user.is_active or user.password_hash != stored:
            # Deactivated, or the password was reset meanwhile: the old password no longer holds.
            raise Conflict(entity="user", key=actor.username)
        user.password_hash = new_hash
        user.must_change_password = False
        audit.record(session, actor, "change_own_password", "user", user.id)
    return dataclasses.replace(actor, must_change_password=False)


def set_role(
    db: Database, actor: Actor, user_id: int, role: UserRole, *, expected_version: int | None = None
) -> UserInfo:
    """A new role. Leaving the grid-worker role ends the grid assignments too."""
    require(actor, Permission.MANAGE_USERS)

    def change(session: Session, user: AppUser) -> tuple[dict[str, Any], dict[str, Any]]:
        before: dict[str, Any] = {"role": user.role}
        if user.role == UserRole.ADMIN.value and role is not UserRole.ADMIN:
            _keep_an_administrator(session, actor, user)
        if user.role == UserRole.GRID_WORKER.value and role is not UserRole.GRID_WORKER:
            before["grids"] = _replace_grids(session, user.id, [])
        user.role = role.value
        return before, {"role": role.value}

    return _change(db, actor, user_id, expected_version, "set_role", change)


def set_active(
    db: Database, actor: Actor, user_id: int, active: bool, *, expected_version: int | None = None
) -> UserInfo:
    """Enable or disable an account (disabled accounts cannot log in; their history stays)."""
    require(actor, Permission.MANAGE_USERS)

    def change(session: Session, user: AppUser) -> tuple[dict[str, Any], dict[str, Any]]:
        if not active and user.is_active and user.role == UserRole.ADMIN.value:
            _keep_an_administrator(session, actor, user)
        before = {"is_active": user.is_active}
        user.is_active = active
        return before, {"is_active": active}

    return _change(db, actor, user_id, expected_version, "set_active", change)


def unlock_account(
    db: Database, actor: Actor, user_id: int, *, expected_version: int | None = None
) -> UserInfo:
    """End a lockout after failed logins before its time is up."""
    require(actor, Permission.MANAGE_USERS)

    def unlock(session: Session, user: AppUser) -> tuple[dict[str, Any], dict[str, Any]]:
        before = {"failed_logins": user.failed_logins, "locked": _locked(user)}
        user.failed_logins = 0
        user.locked_until = None
        return before, {"failed_logins": 0, "locked": False}

    return _change(db, actor, user_id, expected_version, "unlock", unlock)


def set_user_grids(
    db: Database,
    actor: Actor,
    user_id: int,
    node_ids: Iterable[int],
    *,
    expected_version: int | None = None,
) -> UserInfo:
    """The grids a grid worker looks after (replacing the previous ones). Only grid nodes, only for
    grid workers."""
    require(actor, Permission.MANAGE_USERS)
    wanted = sorted(set(node_ids))

    def assign(session: Session, user: AppUser) -> tuple[dict[str, Any], dict[str, Any]]:
        from sqlalchemy import select
        from sqlalchemy.orm.attributes import flag_modified

        from gridgov_desktop.db.tables import OrgNode

        if user.role != UserRole.GRID_WORKER.value:
            raise ValidationError("not_grid_worker", field="grids")
        kinds = {
            node_id: kind
            for node_id, kind in session.execute(
                select(OrgNode.id, OrgNode.kind).where(OrgNode.id.in_(wanted))
            )
        }
        missing = [n for n in wanted if n not in kinds]
        if missing:
            raise NotFound(entity="node", key=missing[0])
        not_grids = [n for n in wanted if kinds[n] != NodeKind.GRID.value]
        if not_grids:
            raise ValidationError("not_a_grid", field="grids", node=not_grids[0])
        before = _replace_grids(session, user.id, wanted)
        flag_modified(user, "role")  # bumps the version: a concurrent edit of this account conflicts
        return {"grids": before}, {"grids": wanted}

    return _change(db, actor, user_id, expected_version, "set_grids", assign)


# --- helpers ----------------------------------------------------------------------------------------


def _change(
    db: Database,
    actor: Actor,
    user_id: int,
    expected_version: int | None,
    action: str,
    apply: Callable[[Session, AppUser], tuple[dict[str, Any], dict[str, Any]]],
) -> UserInfo:
    """Load the account, check its version, apply the change, audit it — one transaction."""
    from sqlalchemy import text
    from sqlalchemy.orm.exc import StaleDataError

    from gridgov_desktop.db.tables import AppUser

    try:
        with db.session(write=True) as session:
            if db.backend == "postgresql":
                # Account changes take turns (SQLite's BEGIN IMMEDIATE does the same): two
                # administrators disabling each other at once must not both succeed.
                session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_ACCOUNTS_LOCK})"))
            user = session.get(AppUser, user_id)
            if user is None:
                raise NotFound(entity="user", key=user_id)
            if expected_version is not None and user.version != expected_version:
                raise Conflict(entity="user", key=user.username)
            before, after = apply(session, user)
            session.flush()
            audit.record(session, actor, action, "user", user.id, before=before, after=after)
            grids = _grids_by_user(session, [user.id]).get(user.id, [])
            return _with_grids(_info(user), grids)
    except StaleDataError:  # changed at another desk between our read and our write
        raise Conflict(entity="user", key=user_id) from None


def _keep_an_administrator(session: Session, actor: Actor, user: AppUser) -> None:
    """Refuse to take administration from oneself or from the last active administrator."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppUser

    if actor.user_id == user.id:
        raise ValidationError("own_account", field="role")
    others = session.scalars(
        select(AppUser.id).where(
            AppUser.role == UserRole.ADMIN.value, AppUser.is_active, AppUser.id != user.id
        )
    ).all()
    if not others:
        raise ValidationError("last_admin", field="role")


def _replace_grids(session: Session, user_id: int, node_ids: list[int]) -> list[int]:
    """Set a user's grids; returns the previous ones."""
    from sqlalchemy import delete, select

    from gridgov_desktop.db.tables import UserGrid

    before = list(
        session.scalars(
            select(UserGrid.node_id).where(UserGrid.user_id == user_id).order_by(UserGrid.node_id)
        )
    )
    if before != node_ids:
        session.execute(delete(UserGrid).where(UserGrid.user_id == user_id))
        session.add_all(UserGrid(user_id=user_id, node_id=n) for n in node_ids)
        session.flush()
    return before


def _grids_by_user(session: Session, user_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, UserGrid

    if not user_ids:
        return {}
    grids: dict[int, list[tuple[int, str]]] = {}
    rows = session.execute(
        select(UserGrid.user_id, OrgNode.id, OrgNode.name)
        .join(OrgNode, OrgNode.id == UserGrid.node_id)
        .where(UserGrid.user_id.in_(user_ids))
        .order_by(OrgNode.path)
    )
    for user_id, node_id, name in rows:
        grids.setdefault(user_id, []).append((node_id, name))
    return grids


def _with_grids(info: UserInfo, grids: list[tuple[int, str]]) -> UserInfo:
    return dataclasses.replace(
        info, grids=tuple(g[0] for g in grids), grid_names=tuple(g[1] for g in grids)
    )


def _by_name(session: Session, username: str) -> AppUser:
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import AppUser

    user = session.scalar(
        select(AppUser).where(func.lower(AppUser.username) == username.strip().lower())
    )
    if user is None:
        raise NotFound(entity="user", key=username.strip())
    return user


def _locked(user: AppUser) -> bool:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return user.locked_until is not None and user.locked_until > now
