"""User accounts: creation, login with lockout, and the first-run check (administration of existing
accounts is in ``accounts``).

The login runs on the fast path (``db.fast_read``), before SQLAlchemy is loaded: it is what every
start of the app waits for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.statements import statement
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

if TYPE_CHECKING:
    from gridgov_desktop.db.tables import AppUser

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


@dataclass(frozen=True)
class UserInfo:
    """An account as administrators see it (never its password hash)."""

    id: int
    username: str
    display_name: str
    role: UserRole
    is_active: bool
    locked_until: dt.datetime | None = None  # UTC; None or past: not locked
    last_login_at: dt.datetime | None = None  # UTC
    must_change_password: bool = False
    grids: tuple[int, ...] = ()  # grid workers: the grid nodes they look after
    grid_names: tuple[str, ...] = ()
    version: int = 1  # optimistic locking: pass back as ``expected_version``

    def is_locked(self, now: dt.datetime | None = None) -> bool:
        now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        return self.locked_until is not None and self.locked_until > now

    @property
    def actor(self) -> Actor:
        """This account acting for itself (the command line's ``passwd``)."""
        return Actor(self.id, self.username, self.display_name, self.role, self.must_change_password)


def check_username(username: str) -> None:
    """Raise ``ValidationError`` unless ``username`` is 2–32 letters, digits, ``._-``."""
    if not USERNAME_PATTERN.match(username.strip()):
        raise ValidationError("bad_username", field="username")


def has_users(db: Database) -> bool:
    return bool(db.fast_reader.rows("users.any", {}))


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    password: str,
    role: UserRole,
    display_name: str = "",
    *,
    must_change_password: bool = False,
) -> UserInfo:
    """Create an account. Only administrators (or set-up) may; passwords are hashed with argon2.

    ``must_change_password``: the first password is one the administrator hands over, to be
    replaced at the first login (the Users dialog's accounts)."""
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import AppUser

    if not actor.is_admin:
        raise PermissionDenied(action="add_user")
    username = username.strip()
    check_username(username)
    check_password_strength(password)
    with db.session(write=True) as session:
        if session.scalar(select(AppUser.id).where(func.lower(AppUser.username) == username.lower())):
            raise Duplicate(entity="user", key=username)
        user = AppUser(
            username=username,
            display_name=display_name.strip() or username,
            role=role.value,
            password_hash=hash_password(password),
            must_change_password=must_change_password,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "user",
            user.id,
            after={"username": username, "role": role.value}
            | ({"must_change_password": True} if must_change_password else {}),
        )
        return _info(user)


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Failures are counted; too many lock the account for a while. Both are audited.

    The password is checked outside any transaction (argon2 takes ~0.1 s and must not hold the
    write lock), then the outcome is written in one transaction that re-reads the account, so two
    desks failing at once both count. Refusals are raised after the commit: their audit entries
    and counters stay.
    """
    reader = db.fast_reader
    name = username.strip().lower()
    found = reader.rows("users.by_name", {"name": name})
    password_ok = bool(found) and verify_password(found[0][4], password)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    failure: AuthenticationFailed | AccountLocked
    with reader.transaction():
        rows = reader.rows("users.by_name", {"name": name})
        user = _Account(*rows[0]) if rows else None
        if user is None or not user.is_active:
            audit.record_fast(
                reader, _anonymous(username), "login_failed", "user", None, after={"username": username}
            )
            failure = AuthenticationFailed()
        elif user.locked_until is not None and user.locked_until > now:
            audit.record_fast(reader, user.actor, "login_refused_locked", "user", user.id)
            failure = AccountLocked(until=user.locked_until.isoformat(timespec="minutes"))
        elif not password_ok:
            failed, locked_until = user.failed_logins + 1, None
            failure = AuthenticationFailed()
            if failed >= MAX_FAILED_LOGINS:
                failed, locked_until = 0, now + LOCKOUT
                failure = AccountLocked(until=locked_until.isoformat(timespec="minutes"))
            reader.execute(
                "users.failed", {"id": user.id, "failed": failed, "locked_until": locked_until}
            )
            audit.record_fast(reader, user.actor, "login_failed", "user", user.id)
        else:
            new_hash = (
                hash_password(password) if needs_rehash(user.password_hash) else user.password_hash
            )
            reader.execute("users.logged_in", {"id": user.id, "at": now, "hash": new_hash})
            audit.record_fast(reader, user.actor, "login", "user", user.id)
            return user.actor
    raise failure


@dataclass(frozen=True)
class _Account:
    """An ``app_user`` row as the fast path reads it (SQLite gives dates back as text)."""

    id: int
    username: str
    display_name: str
    role: str
    password_hash: str
    active: Any
    failed_logins: int
    locked: Any
    must_change: Any

    @property
    def is_active(self) -> bool:
        return bool(self.active)

    @property
    def locked_until(self) -> dt.datetime | None:
        if self.locked is None or isinstance(self.locked, dt.datetime):
            return self.locked
        return dt.datetime.fromisoformat(str(self.locked))

    @property
    def actor(self) -> Actor:
        return Actor(
            user_id=self.id,
            username=self.username,
            display_name=self.display_name,
            role=UserRole(self.role),
            must_change_password=bool(self.must_change),
        )


@statement("users.any")
def _any(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppUser

    return select(AppUser.id).limit(1)


@statement("users.by_name")
def _by_name(backend: str) -> Any:
    from sqlalchemy import bindparam, func, select

    from gridgov_desktop.db.tables import AppUser

    return select(
        AppUser.id, AppUser.username, AppUser.display_name, AppUser.role, AppUser.password_hash,
        AppUser.is_active, AppUser.failed_logins, AppUser.locked_until,
        AppUser.must_change_password,
    ).where(func.lower(AppUser.username) == bindparam("name"))  # fmt: skip


# Logins leave ``version`` alone: it guards administrators' edits against each other, and a clerk
# signing in must not turn an administrator's next click into a conflict. The columns a login
# writes are written only by logins, resets and unlocks, each of which means to overwrite them.
@statement("users.failed")
def _failed(backend: str) -> Any:
    from sqlalchemy import bindparam, update

    from gridgov_desktop.db.tables import AppUser

    return (
        update(AppUser)
        .where(AppUser.id == bindparam("id"))
        .values(failed_logins=bindparam("failed"), locked_until=bindparam("locked_until"))
    )  # fmt: skip


@statement("users.logged_in")
def _logged_in(backend: str) -> Any:
    from sqlalchemy import bindparam, update

    from gridgov_desktop.db.tables import AppUser

    return (
        update(AppUser)
        .where(AppUser.id == bindparam("id"))
        .values(failed_logins=0, locked_until=None, last_login_at=bindparam("at"),
                password_hash=bindparam("hash"))
    )  # fmt: skip


def _anonymous(username: str) -> Actor:
    return Actor(user_id=None, username=username[:64], display_name="", role=UserRole.HEAD)


def _info(user: AppUser) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        UserRole(user.role),
        user.is_active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        must_change_password=user.must_change_password,
        version=user.version,
    )
