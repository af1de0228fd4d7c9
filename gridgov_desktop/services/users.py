"""User accounts: creation, login with lockout, and the first-run check."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppUser, utc_now
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Duplicate,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.passwords import (
    check_password_strength,
    hash_password,
    needs_rehash,
    verify_password,
)

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: UserRole
    is_active: bool


def has_users(db: Database) -> bool:
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(AppUser)))


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    password: str,
    role: UserRole,
    display_name: str = "",
) -> UserInfo:
    """Create an account. Only administrators (or set-up) may; passwords are hashed with argon2."""
    if not actor.is_admin:
        raise PermissionDenied(action="add_user")
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError("bad_username", field="username")
    check_password_strength(password)
    with db.session(write=True) as session:
        if session.scalar(select(AppUser.id).where(func.lower(AppUser.username) == username.lower())):
            raise Duplicate(entity="user", key=username)
        user = AppUser(
            username=username,
            display_name=display_name.strip() or username,
            role=role.value,
            password_hash=hash_password(password),
        )
        session.add(user)
        session.flush()
        audit.record(
            session, actor, "create", "user", user.id, after={"username": username, "role": role.value}
        )
        return _info(user)


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Failures are counted; too many lock the account for a while. Both are audited.

    Refusals are raised after the transaction commits, so their audit entries and counters stay.
    """
    now = utc_now()
    failure: AuthenticationFailed | AccountLocked
    with db.session(write=True) as session:
        user = session.scalar(
            select(AppUser).where(func.lower(AppUser.username) == username.strip().lower())
        )
        if user is None or not user.is_active:
            audit.record(
                session, _anonymous(username), "login_failed", "user", None, after={"username": username}
            )
            failure = AuthenticationFailed()
        elif user.locked_until is not None and user.locked_until > now:
            audit.record(session, _actor(user), "login_refused_locked", "user", user.id)
            failure = AccountLocked(until=user.locked_until.isoformat(timespec="minutes"))
        elif not verify_password(user.password_hash, password):
            user.failed_logins += 1
            failure = AuthenticationFailed()
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                failure = AccountLocked(until=user.locked_until.isoformat(timespec="minutes"))
            audit.record(session, _actor(user), "login_failed", "user", user.id)
        else:
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            audit.record(session, _actor(user), "login", "user", user.id)
            return _actor(user)
    raise failure


def _actor(user: AppUser) -> Actor:
    return Actor(
        user_id=user.id, username=user.username, display_name=user.display_name, role=UserRole(user.role)
    )


def _anonymous(username: str) -> Actor:
    return Actor(user_id=None, username=username[:64], display_name="", role=UserRole.HEAD)


def _info(user: AppUser) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, UserRole(user.role), user.is_active)
