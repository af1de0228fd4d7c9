"""Account administration: who may do it, what it refuses, and that two administrators never
overwrite each other's change silently (issue 6, "Who may do what")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import accounts, org, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.users import UserInfo

PASSWORD = "window-1-pass"
TEMPORARY = "temp-2026-pass"


@dataclass(frozen=True)
class Office:
    admin: Actor
    other_admin: UserInfo
    clerk: UserInfo
    worker: UserInfo
    grid1: int
    grid2: int
    compound: int
    by_role: dict[UserRole, Actor]


@pytest.fixture
def office(db: Database) -> Office:
    street = org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    community = org.create_node(db, SYSTEM, street.id, NodeKind.COMMUNITY, "幸福社区")
    grid1 = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第一网格")
    grid2 = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第二网格")
    compound = org.create_node(db, SYSTEM, grid1.id, NodeKind.COMPOUND, "幸福里小区")
    made = {
        role: users.add_user(db, SYSTEM, role.value.replace("_", "-"), PASSWORD, role)
        for role in UserRole
    }
    other_admin = users.add_user(db, SYSTEM, "admin2", PASSWORD, UserRole.ADMIN)
    return Office(
        admin=made[UserRole.ADMIN].actor,
        other_admin=other_admin,
        clerk=made[UserRole.FRONT_DESK],
        worker=made[UserRole.GRID_WORKER],
        grid1=grid1.id,
        grid2=grid2.id,
        compound=compound.id,
        by_role={role: info.actor for role, info in made.items()},
    )


def _audited(db: Database, action: str) -> list[AuditEntry]:
    with db.session() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# --- who may ----------------------------------------------------------------------------------------

ADMIN_CALLS: dict[str, Callable[[Database, Actor, Office], Any]] = {
    "list_users": lambda db, a, o: accounts.list_users(db, a),
    "find_user": lambda db, a, o: accounts.find_user(db, a, "front-desk"),
    "grid_choices": lambda db, a, o: accounts.grid_choices(db, a),
    "reset_password": lambda db, a, o: accounts.reset_password(db, a, o.clerk.id, TEMPORARY),
    "set_role": lambda db, a, o: accounts.set_role(db, a, o.clerk.id, UserRole.HEAD),
    "set_active": lambda db, a, o: accounts.set_active(db, a, o.clerk.id, False),
    "unlock_account": lambda db, a, o: accounts.unlock_account(db, a, o.clerk.id),
    "set_user_grids": lambda db, a, o: accounts.set_user_grids(db, a, o.worker.id, [o.grid1]),
    "add_user": lambda db, a, o: users.add_user(db, a, "new-user", PASSWORD, UserRole.HEAD),
}


@pytest.mark.parametrize("role", list(UserRole))
def test_only_administrators_administer_accounts(db: Database, office: Office, role: UserRole) -> None:
    """Every administration call × every role: allowed for administrators, refused for the rest,
    and a refusal changes nothing."""
    actor = office.by_role[role]
    before = accounts.list_users(db, SYSTEM)
    for name, call in ADMIN_CALLS.items():
        if role is UserRole.ADMIN:
            call(db, actor, office)
            continue
        with pytest.raises(PermissionDenied):
            call(db, actor, office)
        assert accounts.list_users(db, SYSTEM) == before, f"{name} refused but changed something"


@pytest.mark.parametrize("role", list(UserRole))
def test_every_role_changes_its_own_password(db: Database, office: Office, role: UserRole) -> None:
    actor = office.by_role[role]
    after = accounts.change_own_password(db, actor, PASSWORD, "my-own-pass-9")
    assert after.user_id == actor.user_id and not after.must_change_password
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, actor.username, PASSWORD)
    assert users.authenticate(db, actor.username, "my-own-pass-9").user_id == actor.user_id


def test_the_system_has_no_own_password(db: Database) -> None:
    with pytest.raises(PermissionDenied):
        accounts.change_own_password(db, SYSTEM, "x", "new-pass-123")


# --- listing ----------------------------------------------------------------------------------------


def test_the_list_shows_role_state_lockout_last_login_and_grids(db: Database, office: Office) -> None:
    accounts.set_user_grids(db, office.admin, office.worker.id, [office.grid2, office.grid1])
    users.authenticate(db, "front-desk", PASSWORD)
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "mediator", "wrong")
    listed = {u.username: u for u in accounts.list_users(db, office.admin)}
    assert list(listed) == sorted(listed, key=str.lower)
    assert listed["front-desk"].last_login_at is not None and not listed["front-desk"].is_locked()
    assert listed["mediator"].is_locked() and listed["mediator"].last_login_at is None
    assert listed["grid-worker"].grids == (office.grid1, office.grid2)
    assert listed["grid-worker"].grid_names == ("第一网格", "第二网格")
    assert listed["admin"].role is UserRole.ADMIN and listed["admin"].grids == ()
    assert accounts.user_grids(db, office.worker.id) == [office.grid1, office.grid2]
    assert accounts.user_grids(db, office.clerk.id) == []
    choices = accounts.grid_choices(db, office.admin)
    assert [c.label for c in choices] == ["幸福社区 / 第一网格", "幸福社区 / 第二网格"]


# --- password reset ---------------------------------------------------------------------------------


def test_a_reset_sets_a_temporary_password_that_must_be_changed(db: Database, office: Office) -> None:
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "front-desk", "wrong")
    info = accounts.reset_password(db, office.admin, office.clerk.id, TEMPORARY)
    assert info.must_change_password and not info.is_locked()
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "front-desk", PASSWORD)
    actor = users.authenticate(db, "front-desk", TEMPORARY)
    assert actor.must_change_password, "the login tells the caller a new password is due"
    entry = _audited(db, "reset_password")[-1]
    assert entry.username == "admin" and entry.entity_id == str(office.clerk.id)
    assert TEMPORARY not in (entry.after or "") and "argon2" not in (entry.after or "")
    # Nothing an administrator can read holds the password or its hash.
    assert not any("hash" in field for field in vars(info))

    with pytest.raises(ValidationError) as same:
        accounts.change_own_password(db, actor, TEMPORARY, TEMPORARY)
    assert same.value.args_map["detail"] == "same_password"
    with pytest.raises(ValidationError) as weak:
        accounts.change_own_password(db, actor, TEMPORARY, "short")
    assert weak.value.args_map["detail"] == "too_short"
    changed = accounts.change_own_password(db, actor, TEMPORARY, "chosen-by-me-7")
    assert not changed.must_change_password
    assert not users.authenticate(db, "front-desk", "chosen-by-me-7").must_change_password


def test_weak_temporary_passwords_and_resetting_oneself_are_refused(
    db: Database, office: Office
) -> None:
    with pytest.raises(ValidationError) as weak:
        accounts.reset_password(db, office.admin, office.clerk.id, "12345678")
    assert weak.value.args_map["detail"] == "too_simple"
    assert office.admin.user_id is not None
    with pytest.raises(ValidationError) as own:
        accounts.reset_password(db, office.admin, office.admin.user_id, TEMPORARY)
    assert describe_error(own.value, "zh_CN").startswith("不能重置自己的密码")
    with pytest.raises(NotFound):
        accounts.reset_password(db, office.admin, 999_999, TEMPORARY)
    assert users.authenticate(db, "front-desk", PASSWORD)


def test_a_wrong_old_password_is_refused_and_audited(db: Database, office: Office) -> None:
    clerk = office.by_role[UserRole.FRONT_DESK]
    with pytest.raises(ValidationError) as wrong:
        accounts.change_own_password(db, clerk, "not-my-password1", "new-pass-1234")
    assert describe_error(wrong.value, "zh_CN") == "原密码不正确。"
    assert [e.username for e in _audited(db, "password_change_failed")] == ["front-desk"]
    assert users.authenticate(db, "front-desk", PASSWORD)


def test_a_password_reset_meanwhile_wins_over_an_own_change(db: Database, office: Office) -> None:
    clerk = office.by_role[UserRole.FRONT_DESK]
    accounts.reset_password(db, office.admin, office.clerk.id, TEMPORARY)
    with pytest.raises(ValidationError):  # the old password no longer holds
        accounts.change_own_password(db, clerk, PASSWORD, "new-pass-1234")


# --- roles and deactivation -------------------------------------------------------------------------


def test_disabled_accounts_cannot_log_in_until_enabled(db: Database, office: Office) -> None:
    accounts.set_active(db, office.admin, office.clerk.id, False)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "front-desk", PASSWORD)
    accounts.set_active(db, office.admin, office.clerk.id, True)
    assert users.authenticate(db, "front-desk", PASSWORD).role is UserRole.FRONT_DESK
    changes = [(e.before, e.after) for e in _audited(db, "set_active")]
    assert changes == [
        ('{"is_active": true}', '{"is_active": false}'),
        ('{"is_active": false}', '{"is_active": true}'),
    ]


def test_nobody_removes_their_own_or_the_last_administration(db: Database, office: Office) -> None:
    me = office.admin.user_id
    assert me is not None
    for change in (
        lambda: accounts.set_active(db, office.admin, me, False),
        lambda: accounts.set_role(db, office.admin, me, UserRole.HEAD),
    ):
        with pytest.raises(ValidationError) as own:
            change()
        assert own.value.args_map["detail"] == "own_account"
    # The other administrator may be disabled while this one remains…
    accounts.set_active(db, office.admin, office.other_admin.id, False)
    # …and then this one is the last: the system (command line) cannot remove it either.
    for change in (
        lambda: accounts.set_active(db, SYSTEM, me, False),
        lambda: accounts.set_role(db, SYSTEM, me, UserRole.FRONT_DESK),
    ):
        with pytest.raises(ValidationError) as last:
            change()
        assert last.value.args_map["detail"] == "last_admin"
    assert users.authenticate(db, "admin", PASSWORD).is_admin
    # Promoting someone else makes room again.
    accounts.set_role(db, SYSTEM, office.clerk.id, UserRole.ADMIN)
    accounts.set_role(db, SYSTEM, me, UserRole.HEAD)
    assert users.authenticate(db, "admin", PASSWORD).role is UserRole.HEAD


def test_a_new_role_applies_at_the_next_login_and_grids_end_with_the_role(
    db: Database, office: Office
) -> None:
    accounts.set_user_grids(db, office.admin, office.worker.id, [office.grid1])
    info = accounts.set_role(db, office.admin, office.worker.id, UserRole.MEDIATOR)
    assert info.role is UserRole.MEDIATOR and info.grids == ()
    assert accounts.user_grids(db, office.worker.id) == []
    assert users.authenticate(db, "grid-worker", PASSWORD).role is UserRole.MEDIATOR
    entry = _audited(db, "set_role")[-1]
    assert f'"grids": [{office.grid1}]' in (entry.before or "") and '"mediator"' in (entry.after or "")


# --- unlocking ----------------------------------------------------------------------------------


def test_an_administrator_unlocks_a_locked_account(db: Database, office: Office) -> None:
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            users.authenticate(db, "front-desk", "wrong")
    with pytest.raises(AccountLocked):
        users.authenticate(db, "front-desk", PASSWORD)
    info = accounts.unlock_account(db, office.admin, office.clerk.id)
    assert not info.is_locked() and info.locked_until is None
    assert users.authenticate(db, "front-desk", PASSWORD).user_id == office.clerk.id
    assert len(_audited(db, "unlock")) == 1


def test_is_locked_compares_with_now(db: Database, office: Office) -> None:
    past = dt.datetime(2020, 1, 1)
    assert not UserInfo(1, "a", "a", UserRole.HEAD, True, locked_until=past).is_locked()


# --- grids ------------------------------------------------------------------------------------------


def test_only_grid_nodes_only_for_grid_workers(db: Database, office: Office) -> None:
    with pytest.raises(ValidationError) as not_grid:
        accounts.set_user_grids(db, office.admin, office.worker.id, [office.grid1, office.compound])
    assert not_grid.value.args_map["detail"] == "not_a_grid"
    with pytest.raises(ValidationError) as not_worker:
        accounts.set_user_grids(db, office.admin, office.clerk.id, [office.grid1])
    assert not_worker.value.args_map["detail"] == "not_grid_worker"
    with pytest.raises(NotFound):
        accounts.set_user_grids(db, office.admin, office.worker.id, [999_999])
    assert accounts.user_grids(db, office.worker.id) == [], "nothing half-written"
    accounts.set_user_grids(db, office.admin, office.worker.id, [office.grid1, office.grid2])
    info = accounts.set_user_grids(db, office.admin, office.worker.id, [office.grid2])
    assert info.grids == (office.grid2,)
    entry = _audited(db, "set_grids")[-1]
    assert entry.before == f'{{"grids": [{office.grid1}, {office.grid2}]}}'
    assert entry.after == f'{{"grids": [{office.grid2}]}}'
    accounts.set_user_grids(db, office.admin, office.worker.id, [])
    assert accounts.user_grids(db, office.worker.id) == []


# --- two administrators -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        lambda db, a, o, v: accounts.set_role(db, a, o.clerk.id, UserRole.MEDIATOR, expected_version=v),
        lambda db, a, o, v: accounts.set_active(db, a, o.clerk.id, False, expected_version=v),
        lambda db, a, o, v: accounts.reset_password(db, a, o.clerk.id, TEMPORARY, expected_version=v),
        lambda db, a, o, v: accounts.unlock_account(db, a, o.clerk.id, expected_version=v),
    ],
    ids=["role", "active", "reset", "unlock"],
)
def test_the_second_of_two_administrators_gets_a_conflict(
    db: Database, office: Office, second: Callable[[Database, Actor, Office, int], Any]
) -> None:
    seen = accounts.find_user(db, office.admin, "front-desk")
    other = office.other_admin.actor
    accounts.set_role(db, other, office.clerk.id, UserRole.HEAD, expected_version=seen.version)
    with pytest.raises(Conflict) as conflict:
        second(db, office.admin, office, seen.version)
    assert "其他窗口修改" in describe_error(conflict.value, "zh_CN")
    assert accounts.find_user(db, SYSTEM, "front-desk").role is UserRole.HEAD
    fresh = accounts.find_user(db, office.admin, "front-desk")
    second(db, office.admin, office, fresh.version)  # after a reload it goes through


def test_grid_assignments_of_two_administrators_conflict(db: Database, office: Office) -> None:
    seen = accounts.find_user(db, office.admin, "grid-worker")
    accounts.set_user_grids(
        db, office.other_admin.actor, office.worker.id, [office.grid1], expected_version=seen.version
    )
    with pytest.raises(Conflict):
        accounts.set_user_grids(
            db, office.admin, office.worker.id, [office.grid2], expected_version=seen.version
        )
    assert accounts.user_grids(db, office.worker.id) == [office.grid1]


def test_a_login_in_between_is_not_a_conflict(db: Database, office: Office) -> None:
    seen = accounts.find_user(db, office.admin, "front-desk")
    users.authenticate(db, "front-desk", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "front-desk", "wrong")
    info = accounts.set_role(
        db, office.admin, office.clerk.id, UserRole.HEAD, expected_version=seen.version
    )
    assert info.role is UserRole.HEAD and info.version == seen.version + 1
