"""One resident's record: the full form (masked), audited reveals, edits with optimistic locking,
duplicate checks and categories (tags).

SQLAlchemy and the tables are imported inside the functions: the GUI imports this module at
start-up, which must not wait for SQLAlchemy (bench/startup.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.age import age_on
from gridgov_desktop.domain.enums import Relation, ResidentStatus, Sex
from gridgov_desktop.domain.errors import Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number, parse_id_number
from gridgov_desktop.domain.phone import mask_phone, parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.conflicts import edited_by
from gridgov_desktop.services.permissions import Permission, allows, require
from gridgov_desktop.services.resident_fields import TEXT_FIELDS, clean_name, clean_text
from gridgov_desktop.services.residents import ResidentRow, row_columns, rows_from_values
from gridgov_desktop.services.search_keys import resident_search_keys
from gridgov_desktop.services.tags import set_resident_tags

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables import (
        Resident,
    )
    from gridgov_desktop.services.grid_scope import GridScope


@dataclass(frozen=True)
class ResidentDetail:
    """Everything the resident dialog shows. ID number and phone are masked; see ``reveal``."""

    id: int
    name: str
    sex: Sex
    birth_date: dt.date | None
    id_number_masked: str
    phone_masked: str
    has_id_number: bool
    ethnicity: str | None
    domicile: str | None
    political_status: str | None
    marital_status: str | None
    education: str | None
    religion: str | None
    military_service: str | None
    employer: str | None
    notes: str | None
    status: ResidentStatus
    status_date: dt.date | None
    household_id: int | None
    household_label: str | None
    address: str
    relation: Relation | None
    tags: tuple[str, ...]
    version: int

    def age(self, today: dt.date | None = None) -> int | None:
        return age_on(self.birth_date, today)


@dataclass(frozen=True)
class DuplicateCheck:
    """Same ID number: refused (the UI links to ``same_id``). Same name and birth date: a warning.

    For a grid worker, a person with the same ID number outside their grids is not shown, only
    ``id_taken_elsewhere`` (registration is refused all the same); same-name warnings keep to the
    grids."""

    same_id: ResidentRow | None
    same_name_and_birth: tuple[ResidentRow, ...]
    id_taken_elsewhere: bool = False

    @property
    def id_taken(self) -> bool:
        return self.same_id is not None or self.id_taken_elsewhere


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    sensitive: bool


def get_resident(db: Database, actor: Actor, resident_id: int) -> ResidentDetail:
    """The full (masked) record; ``PermissionDenied`` for a grid worker's resident elsewhere."""
    from gridgov_desktop.services.grid_scope import check_resident, scope_in

    with db.session() as session:
        check_resident(session, scope_in(session, actor), resident_id)
        return _detail(session, actor, resident_id)


def _detail(session: Session, actor: Actor, resident_id: int) -> ResidentDetail:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident

    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(entity="resident", key=resident_id)
    household = session.get(OrgNode, resident.household_id) if resident.household_id else None
    relation = session.scalar(
        select(HouseholdMember.relation).where(
            HouseholdMember.resident_id == resident_id, HouseholdMember.left_on.is_(None)
        )
    )
    return ResidentDetail(
        id=resident.id,
        name=resident.name,
        sex=Sex(resident.sex),
        birth_date=resident.birth_date,
        id_number_masked=mask_id_number(resident.id_number) if resident.id_number else "",
        phone_masked=mask_phone(resident.phone) if resident.phone else "",
        has_id_number=bool(resident.id_number),
        **{name: getattr(resident, name) for name in TEXT_FIELDS},
        status=ResidentStatus(resident.status),
        status_date=resident.status_date,
        household_id=resident.household_id,
        household_label=household.label if household else None,
        address=(household.address or "") if household else "",
        relation=Relation(relation) if relation is not None else None,
        tags=tuple(visible_tags_of(session, actor, resident_id)),
        version=resident.version,
    )


def visible_tags_of(session: Session, actor: Actor, resident_id: int) -> list[str]:
    """The resident's categories, without the sensitive ones unless ``actor`` may see them."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import ResidentTag, Tag

    query = (
        select(Tag.name)
        .join(ResidentTag, ResidentTag.tag_id == Tag.id)
        .where(ResidentTag.resident_id == resident_id)
        .order_by(Tag.sort_order, Tag.id)
    )
    if not allows(actor, Permission.VIEW_SENSITIVE_TAGS):
        query = query.where(Tag.sensitive.is_(False))
    return list(session.scalars(query))


def reveal(db: Database, actor: Actor, resident_id: int, what: Literal["id_number", "phone"]) -> str:
    """The full ID number or phone, for a role that may see it; every reveal is in the audit log."""
    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.services.grid_scope import check_resident, scope_in

    require(actor, Permission.REVEAL_ID_NUMBER if what == "id_number" else Permission.REVEAL_PHONE)
    with db.session(write=True) as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(entity="resident", key=resident_id)
        check_resident(session, scope_in(session, actor), resident_id)
        value = resident.id_number if what == "id_number" else resident.phone
        audit.record(session, actor, "reveal", "resident", resident_id, after={"field": what})
    return value or ""


def find_duplicates(
    db: Database,
    actor: Actor,
    *,
    name: str,
    birth_date: dt.date | None,
    id_number: str | None,
    exclude_id: int | None = None,
) -> DuplicateCheck:
    """What the registration form checks as the clerk types (masked rows, no audit)."""
    from gridgov_desktop.services.grid_scope import scope_in

    with db.session() as session:
        scope = scope_in(session, actor)
        return _duplicates(session, scope, name.strip(), birth_date, id_number, exclude_id)


def _duplicates(
    session: Session,
    scope: GridScope,
    name: str,
    birth_date: dt.date | None,
    id_number: str | None,
    exclude_id: int | None,
) -> DuplicateCheck:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, Resident

    in_scope = scope.filter(OrgNode.path)

    def rows(where: Any) -> list[ResidentRow]:
        query = (
            select(*row_columns()).outerjoin(OrgNode, OrgNode.id == Resident.household_id).where(where)
        )
        if exclude_id is not None:
            query = query.where(Resident.id != exclude_id)
        if in_scope is not None:
            query = query.where(in_scope)
        return rows_from_values(session.execute(query.limit(20)).all())

    same_id = None
    elsewhere = False
    if id_number:
        number = parse_id_number(id_number).number
        found = rows(Resident.id_number == number)
        same_id = found[0] if found else None
        if same_id is None and in_scope is not None:
            taken = select(Resident.id).where(Resident.id_number == number)
            if exclude_id is not None:
                taken = taken.where(Resident.id != exclude_id)
            elsewhere = session.scalar(taken.limit(1)) is not None
    same_name: list[ResidentRow] = []
    if name and birth_date is not None:
        same_name = rows((Resident.name == name) & (Resident.birth_date == birth_date))
    return DuplicateCheck(
        same_id, tuple(r for r in same_name if same_id is None or r.id != same_id.id), elsewhere
    )


def update_resident(
    db: Database,
    actor: Actor,
    resident_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> ResidentDetail:
    """Change fields of the record. ``changes`` holds only what the clerk changed: ``name``,
    ``id_number`` (a new number; birth date and sex follow it), ``sex``, ``birth_date``, ``phone``
    ("" clears it), any of ``TEXT_FIELDS``, ``tags`` (names). A record saved by someone else since
    ``expected_version`` is refused with ``Conflict``; nothing is written then."""
    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.services.grid_scope import check_resident, scope_in

    require(actor, Permission.EDIT_RESIDENTS)
    unknown = set(changes) - {"name", "id_number", "sex", "birth_date", "phone", "tags", *TEXT_FIELDS}
    if unknown:
        raise ValidationError("unknown_field", field=", ".join(sorted(unknown)))
    with db.session(write=True) as session:
        resident = session.get(Resident, resident_id)
        if resident is None:
            raise NotFound(entity="resident", key=resident_id)
        scope = scope_in(session, actor, Permission.EDIT_RESIDENTS)
        check_resident(session, scope, resident_id)
        if resident.version != expected_version:
            raise edited_by(session, "resident", resident_id, version=resident.version)
        before = _audit_view(session, resident)
        _apply_changes(session, scope, resident, changes, today)
        if "tags" in changes:
            set_resident_tags(session, actor, resident_id, changes["tags"])
        session.flush()
        audit.record(
            session,
            actor,
            "update",
            "resident",
            resident_id,
            before=before,
            after=_audit_view(session, resident),
        )
        return _detail(session, actor, resident_id)


def _apply_changes(
    session: Session,
    scope: GridScope,
    resident: Resident,
    changes: Mapping[str, Any],
    today: dt.date | None,
) -> None:
    from sqlalchemy import delete, insert, select

    from gridgov_desktop.db.tables import Resident, ResidentSearchKey
    from gridgov_desktop.services.grid_scope import refuse_duplicate

    if "name" in changes:
        name = clean_name(str(changes["name"]))
        if name != resident.name:
            resident.name = name
            session.execute(
                delete(ResidentSearchKey).where(ResidentSearchKey.resident_id == resident.id)
            )
            session.execute(
                insert(ResidentSearchKey),
                [
                    {"kind": kind, "key": key, "resident_id": resident.id}
                    for kind, key in resident_search_keys(name)
                ],
            )
    if changes.get("id_number"):
        info = parse_id_number(str(changes["id_number"]), today=today)
        other = session.scalar(
            select(Resident.id).where(Resident.id_number == info.number, Resident.id != resident.id)
        )
        if other is not None:
            refuse_duplicate(session, scope, other)
        resident.id_number, resident.id_number_rev = info.number, info.number[::-1]
        resident.birth_date, resident.sex = info.birth_date, info.sex.value
    elif not resident.id_number:
        if "sex" in changes:
            resident.sex = Sex(changes["sex"]).value
        if "birth_date" in changes:
            resident.birth_date = changes["birth_date"]
    if "phone" in changes:
        text = str(changes["phone"] or "").strip()
        phone = parse_phone(text) if text else None
        resident.phone = phone.number if phone else None
        resident.phone_digits = phone.digits if phone else None
        resident.phone_digits_rev = phone.digits[::-1] if phone else None
    for name in TEXT_FIELDS:
        if name in changes:
            setattr(resident, name, clean_text(name, changes[name]))


def _audit_view(session: Session, resident: Resident) -> dict[str, Any]:
    """Before/after for the audit log: masked numbers (the log must not spread what lists hide)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import ResidentTag

    tag_ids = sorted(
        session.scalars(select(ResidentTag.tag_id).where(ResidentTag.resident_id == resident.id))
    )
    return {
        "name": resident.name,
        "sex": resident.sex,
        "birth_date": resident.birth_date,
        "id_number": mask_id_number(resident.id_number) if resident.id_number else None,
        "phone": mask_phone(resident.phone) if resident.phone else None,
        **{name: getattr(resident, name) for name in TEXT_FIELDS},
        "tag_ids": tag_ids,
    }


def list_tags(db: Database, actor: Actor) -> list[TagInfo]:
    """The categories a clerk can pick (sensitive ones only for roles that may see them)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import Tag

    with db.session() as session:
        query = select(Tag).where(Tag.is_active.is_(True)).order_by(Tag.sort_order, Tag.id)
        if not allows(actor, Permission.VIEW_SENSITIVE_TAGS):
            query = query.where(Tag.sensitive.is_(False))
        return [TagInfo(t.id, t.name, t.sensitive) for t in session.scalars(query)]


def add_tag(db: Database, actor: Actor, name: str, *, sensitive: bool = False) -> TagInfo:
    """Add a category to the editable list (administrators)."""
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import Tag

    require(actor, Permission.EDIT_TAG_LIST)
    name = name.strip()
    if not name or len(name) > 32:
        raise ValidationError("required" if not name else "too_long", field="tag", maximum=32)
    with db.session(write=True) as session:
        existing = session.scalar(select(Tag).where(Tag.name == name))
        if existing is not None and existing.is_active:
            raise Duplicate(entity="tag", key=name)
        if existing is not None:
            existing.is_active, existing.sensitive = True, sensitive
            tag = existing
        else:
            order = session.scalar(select(func.max(Tag.sort_order))) or 0
            tag = Tag(name=name, sensitive=sensitive, sort_order=order + 10)
            session.add(tag)
        session.flush()
        audit.record(
            session, actor, "create", "tag", tag.id, after={"name": name, "sensitive": sensitive}
        )
        return TagInfo(tag.id, tag.name, tag.sensitive)


def retire_tag(db: Database, actor: Actor, tag_id: int) -> None:
    """Take a category off the list; people who carry it keep it (history is not rewritten)."""
    from gridgov_desktop.db.tables import Tag

    require(actor, Permission.EDIT_TAG_LIST)
    with db.session(write=True) as session:
        tag = session.get(Tag, tag_id)
        if tag is None:
            raise NotFound(entity="tag", key=tag_id)
        tag.is_active = False
        audit.record(session, actor, "retire", "tag", tag_id, before={"name": tag.name})
