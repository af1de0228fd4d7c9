"""The office itself: first-run set-up (administrator + street) and its settings.

What start-up reads (is there an account, the office's name) runs on the fast path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services import audit, org, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.permissions import Permission, require

OFFICE_NAME = "office.name"
OFFICE_ADDRESS = "office.address"
OFFICE_PHONE = "office.phone"


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    address: str
    phone: str


def needs_first_run(db: Database) -> bool:
    """True until an administrator account exists."""
    return not users.has_users(db)


def has_street(db: Database) -> bool:
    return bool(org.roots(db))


def create_administrator(db: Database, username: str, password: str, display_name: str = "") -> Actor:
    """The first account. Refused once any account exists (no back door through the wizard)."""
    if not needs_first_run(db):
        raise ValidationError("already_initialised", field="username")
    users.add_user(db, SYSTEM, username, password, UserRole.ADMIN, display_name)
    return users.authenticate(db, username, password)


def create_street(db: Database, actor: Actor, name: str, address: str = "", phone: str = "") -> int:
    """Name the street (the root of the tree) and the office; returns the street's node id."""
    require(actor, Permission.EDIT_TREE)
    name = name.strip()
    if not name:
        raise ValidationError("required", field="street_name")
    node = org.create_node(db, actor, None, NodeKind.STREET, name)
    set_office_info(db, actor, OfficeInfo(name=f"{name}办事处", address=address, phone=phone))
    from gridgov_desktop.services.catalogue import ensure_seed_catalogue
    from gridgov_desktop.services.mediation_cases import ensure_dispute_types
    from gridgov_desktop.services.tags import ensure_default_tags
    from gridgov_desktop.services.work_calendar import ensure_seed_calendar

    with db.session(write=True) as session:
        ensure_default_tags(session)
        ensure_seed_catalogue(session)
        ensure_seed_calendar(session)
        ensure_dispute_types(session)
    return node.id


def office_info(db: Database) -> OfficeInfo:
    values = dict(db.fast_reader.rows("office.settings", {}))
    return OfficeInfo(
        name=values.get(OFFICE_NAME, ""),
        address=values.get(OFFICE_ADDRESS, ""),
        phone=values.get(OFFICE_PHONE, ""),
    )


def set_office_info(db: Database, actor: Actor, info: OfficeInfo) -> None:
    from gridgov_desktop.db.tables import AppSetting

    require(actor, Permission.EDIT_TREE)
    with db.session(write=True) as session:
        for key, value in (
            (OFFICE_NAME, info.name),
            (OFFICE_ADDRESS, info.address),
            (OFFICE_PHONE, info.phone),
        ):
            session.merge(AppSetting(key=key, value=value))
        audit.record(session, actor, "update", "office", None, after=info.__dict__)


@statement("office.settings")
def _settings(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppSetting

    return select(AppSetting.key, AppSetting.value)
