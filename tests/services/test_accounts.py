"""First run, accounts and logins."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppUser, AuditEntry, Tag
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Duplicate,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import office, users
from gridgov_desktop.services.actor import SYSTEM


def test_first_run_creates_the_administrator_once(db: Database) -> None:
    assert office.needs_first_run(db)
    admin = office.create_administrator(db, "admin", "s3cret-pass", "王主任")
    assert admin.role is UserRole.ADMIN and admin.display_name == "王主任"
    assert not office.needs_first_run(db)
    with pytest.raises(ValidationError):
        office.create_administrator(db, "admin2", "another-pass1")


def test_passwords_are_stored_as_argon2_hashes_only(db: Database) -> None:
    office.create_administrator(db, "admin", "s3cret-pass")
    with db.session() as session:
        stored = session.scalar(select(AppUser.password_hash))
    assert stored is not None and stored.startswith("$argon2id$") and "s3cret-pass" not in stored


@pytest.mark.parametrize("password", ["short1", "onlyletters", "1234567890"])
def test_weak_passwords_are_refused(db: Database, password: str) -> None:
    with pytest.raises(ValidationError):
        users.add_user(db, SYSTEM, "clerk", password, UserRole.FRONT_DESK)
    assert not users.has_users(db)


def test_user_names_are_unique_ignoring_case(db: Database) -> None:
    users.add_user(db, SYSTEM, "Clerk1", "window-1-pass", UserRole.FRONT_DESK)
    with pytest.raises(Duplicate):
        users.add_user(db, SYSTEM, "clerk1", "window-1-pass", UserRole.FRONT_DESK)


def test_only_administrators_add_users(db: Database) -> None:
    clerk = users.add_user(db, SYSTEM, "clerk", "window-1-pass", UserRole.FRONT_DESK)
    actor = users.authenticate(db, clerk.username, "window-1-pass")
    with pytest.raises(PermissionDenied):
        users.add_user(db, actor, "other", "window-2-pass", UserRole.FRONT_DESK)


def test_login_failures_are_audited_and_lock_the_account(db: Database) -> None:
    users.add_user(db, SYSTEM, "clerk", "window-1-pass", UserRole.FRONT_DESK)
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            users.authenticate(db, "clerk", "wrong")
    with pytest.raises(AccountLocked):
        users.authenticate(db, "clerk", "wrong")
    with pytest.raises(AccountLocked):  # even the right password waits out the lock
        users.authenticate(db, "clerk", "window-1-pass")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "nobody", "x")
    with db.session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions.count("login_failed") == users.MAX_FAILED_LOGINS + 1
    assert "login_refused_locked" in actions


def test_audit_entries_form_a_hash_chain(db: Database) -> None:
    from gridgov_desktop.services.audit import GENESIS_HASH, entry_hash

    users.add_user(db, SYSTEM, "clerk", "window-1-pass", UserRole.FRONT_DESK)
    users.authenticate(db, "clerk", "window-1-pass")
    with db.session() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    assert entries[0].prev_hash == GENESIS_HASH
    for previous, entry in itertools.pairwise(entries):
        assert entry.prev_hash == previous.entry_hash
    assert all(entry_hash(e) == e.entry_hash for e in entries)


def test_office_information_round_trips(db: Database) -> None:
    street_id = office.create_street(db, SYSTEM, "东风街道", "东风路1号", "024-12345678")
    assert office.has_street(db) and street_id > 0
    info = office.office_info(db)
    assert info.name == "东风街道办事处" and info.phone == "024-12345678"
    with db.session() as session:
        tags = set(session.scalars(select(Tag.name)))
    assert {"户籍人口", "流动人口", "低保", "重点人员"} <= tags
