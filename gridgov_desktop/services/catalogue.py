"""The service catalogue (服务事项目录): what the hall handles, versioned.

An item's content lives in its versions, which are written once and never changed: saving an edit
adds version n+1 and points the item at it, so a receipt printed last year still shows what was
promised then (requests keep the version they were accepted under). Only an administrator
(``MANAGE_CATALOGUE``) edits; every change is audited. Edits are checked against the item's lock
version, so two administrators cannot silently overwrite each other.

SQLAlchemy is imported inside the functions, as in ``services.tags``: the editor dialog imports this
module at start.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.catalogue_drafts import (
    SEED_FILE,
    CatalogueEntry,
    ServiceDraft,
    VersionRecord,
    clean_code,
    clean_draft,
    describe_materials,
    draft_of,
    load_seed,
)
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.service_types import Material, ServiceVersion

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion

SORT_STEP = 10  # gaps in sort_order, so a seed file's order survives items added later
_ENTITY = "service_item"
_PG_SEED_LOCK = 4244  # see ensure_seed_catalogue (4242: audit log, 4243: tree edits)


# --- seed ------------------------------------------------------------------------------------------
def ensure_seed_catalogue(session: Session, path: Path = SEED_FILE) -> int:
    """Write the seed catalogue (``resources/seed/services.json``) when the catalogue is empty, in
    the caller's transaction; returns the number of items written (0 when there already were some).

    Idempotent. Once any item exists the seed stays out of the way: an administrator's edits,
    deactivations and deletions of seeded items are never undone by it.
    """
    from sqlalchemy import select, text

    from gridgov_desktop.db.tables_service import ServiceItem

    if session.get_bind().dialect.name == "postgresql":
        # Desks starting together after an upgrade seed in turn: the second one's check below then
        # sees the first one's items (READ COMMITTED) instead of failing on the same codes.
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_SEED_LOCK})"))
    if session.scalar(select(ServiceItem.id).limit(1)) is not None:
        return 0
    drafts = load_seed(path)
    for position, draft in enumerate(drafts, 1):
        item = ServiceItem(code=draft.code, is_active=True, sort_order=position * SORT_STEP)
        session.add(item)
        session.flush()
        _write_version(session, item, draft, number=1, saved_by="system")
    session.flush()
    return len(drafts)


# --- reads -----------------------------------------------------------------------------------------
def list_services(db: Database, *, include_inactive: bool = False) -> list[ServiceVersion]:
    """The current version of each item, in the catalogue's order (active ones only, by default)."""
    return [entry.service for entry in catalogue_entries(db, include_inactive=include_inactive)]


def catalogue_entries(db: Database, *, include_inactive: bool = True) -> list[CatalogueEntry]:
    """Every item with its current version and lock version, in order: what the editor lists."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceItem

    with db.session() as session:
        query = select(ServiceItem).order_by(ServiceItem.sort_order, ServiceItem.code)
        if not include_inactive:
            query = query.where(ServiceItem.is_active.is_(True))
        return _entries(session, list(session.scalars(query)))


def catalogue_entry(db: Database, code: str) -> CatalogueEntry:
    with db.session() as session:
        return _entries(session, [_item(session, code)])[0]


def get_service(db: Database, code: str) -> ServiceVersion:
    """The current version of the item ``code``, active or not (``NotFound`` for an unknown code)."""
    return catalogue_entry(db, code).service


def get_version(db: Database, version_id: int) -> ServiceVersion:
    """One version as it was written: what a receipt accepted under it printed."""
    with db.session() as session:
        return version_in(session, version_id)


def current_version_in(session: Session, code: str) -> ServiceVersion:
    """The version a new request is accepted under, in the caller's transaction.

    ``NotFound`` for an unknown code; ``ValidationError("service_inactive")`` for an item no longer
    offered.
    """
    item = _item(session, code)
    service = _services(session, [item])[0]
    if not item.is_active:
        raise ValidationError("service_inactive", field="service", name=service.name, code=item.code)
    return service


def version_in(session: Session, version_id: int) -> ServiceVersion:
    """A version by id, in the caller's transaction (``NotFound`` if there is none)."""
    from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion

    row = session.get(ServiceItemVersion, version_id)
    item = session.get(ServiceItem, row.item_id) if row is not None else None
    if row is None or item is None:
        raise NotFound("service_version", entity=_ENTITY, key=version_id)
    return _build(session, [(item, row)])[0]


def version_history(db: Database, code: str) -> list[VersionRecord]:
    """Every version of the item, the newest first, with when and by whom it was saved."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceItemVersion

    with db.session() as session:
        item = _item(session, code)
        rows = session.scalars(
            select(ServiceItemVersion)
            .where(ServiceItemVersion.item_id == item.id)
            .order_by(ServiceItemVersion.number.desc())
        ).all()
        services = _build(session, [(item, row) for row in rows])
        return [
            VersionRecord(service, row.created_at, row.created_by)
            for service, row in zip(services, rows, strict=True)
        ]


# --- writes ----------------------------------------------------------------------------------------
def save_service(
    db: Database, actor: Actor, draft: ServiceDraft, *, expected_version: int | None
) -> CatalogueEntry:
    """Create the item ``draft.code`` (``expected_version=None``) or save a new version of it.

    A save that changes nothing writes nothing and returns the item as it is. ``Conflict`` when the
    item's lock version is no longer ``expected_version``; ``Duplicate`` when creating a code that
    exists; ``ValidationError`` for bad input (nothing is written then).
    """
    require(actor, Permission.MANAGE_CATALOGUE)
    draft = clean_draft(draft)
    from sqlalchemy import func, select
    from sqlalchemy.exc import IntegrityError

    from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion

    with db.session(write=True) as session:
        if expected_version is None:
            if session.scalar(select(ServiceItem.id).where(ServiceItem.code == draft.code)) is not None:
                raise Duplicate("service_code", entity=_ENTITY, key=draft.code)
            last = session.scalar(select(func.max(ServiceItem.sort_order))) or 0
            item = ServiceItem(code=draft.code, is_active=True, sort_order=last + SORT_STEP)
            session.add(item)
            try:
                session.flush()
            except IntegrityError as exc:  # another administrator created it a moment ago
                raise Duplicate("service_code", entity=_ENTITY, key=draft.code) from exc
            row = _write_version(session, item, draft, number=1, saved_by=_name(actor))
            after = {"code": item.code, "version": 1, **_fields(draft)}
            audit.record(session, actor, "create", _ENTITY, item.id, after=after)
            return _entries(session, [item])[0]
        item = _item(session, draft.code, lock=True)
        _check_lock(item, expected_version)
        current = _services(session, [item])[0]
        old = draft_of(current)
        if old == draft:
            return _entries(session, [item])[0]
        number = 1 + (
            session.scalar(
                select(func.max(ServiceItemVersion.number)).where(ServiceItemVersion.item_id == item.id)
            )
            or 0
        )
        row = _write_version(session, item, draft, number=number, saved_by=_name(actor))
        before, after = _changes(old, draft)
        after["version"], before["version"] = row.number, current.number
        audit.record(session, actor, "update", _ENTITY, item.id, before=before, after=after)
        return _entries(session, [item])[0]


def set_active(
    db: Database, actor: Actor, code: str, active: bool, expected_version: int
) -> CatalogueEntry:
    """Stop offering an item (new requests refused, past ones untouched), or offer it again."""
    require(actor, Permission.MANAGE_CATALOGUE)
    with db.session(write=True) as session:
        item = _item(session, code, lock=True)
        _check_lock(item, expected_version)
        if item.is_active != active:
            item.is_active = active
            _flush(session, item)
            action = "reactivate" if active else "deactivate"
            audit.record(
                session, actor, action, _ENTITY, item.id,
                before={"is_active": not active}, after={"is_active": active, "code": item.code},
            )  # fmt: skip
        return _entries(session, [item])[0]


def move_service(db: Database, actor: Actor, code: str, *, up: bool) -> list[CatalogueEntry]:
    """Swap the item with its neighbour in the catalogue's order; returns the whole new order.

    The order is not the item's content: moving neither adds a version nor changes a lock version,
    so it never turns someone's open edit into a conflict.
    """
    require(actor, Permission.MANAGE_CATALOGUE)
    from sqlalchemy import select, update

    from gridgov_desktop.db.tables_service import ServiceItem

    with db.session(write=True) as session:
        query = select(ServiceItem.id, ServiceItem.code).order_by(
            ServiceItem.sort_order, ServiceItem.code
        )
        order = [(item_id, item_code) for item_id, item_code in session.execute(query)]
        codes = [item_code for _id, item_code in order]
        if code not in codes:
            raise NotFound("service_item", entity=_ENTITY, key=code)
        index = codes.index(code)
        other = index - 1 if up else index + 1
        if 0 <= other < len(order):
            order[index], order[other] = order[other], order[index]
            # Renumbered whole (a handful of rows), so equal or crowded sort orders sort out too.
            for position, (item_id, _code) in enumerate(order, 1):
                session.execute(
                    update(ServiceItem)
                    .where(ServiceItem.id == item_id)
                    .values(sort_order=position * SORT_STEP)
                    .execution_options(synchronize_session=False)
                )
            after = {"code": code, "position": other + 1}
            audit.record(session, actor, "move", _ENTITY, order[other][0], after=after)
    return catalogue_entries(db)


# --- helpers ---------------------------------------------------------------------------------------
def _item(session: Session, code: str, *, lock: bool = False) -> ServiceItem:
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceItem

    try:
        key = clean_code(code)
    except ValidationError:
        raise NotFound("service_item", entity=_ENTITY, key=code) from None
    query = select(ServiceItem).where(ServiceItem.code == key)
    if lock:  # PostgreSQL: two administrators' saves take turns (SQLite writes one at a time anyway)
        query = query.with_for_update()
    item = session.scalar(query)
    if item is None:
        raise NotFound("service_item", entity=_ENTITY, key=code)
    return item


def _check_lock(item: ServiceItem, expected_version: int) -> None:
    if item.version != expected_version:
        raise Conflict(
            "service_item", entity=_ENTITY, key=item.code, expected=expected_version, actual=item.version
        )


def _flush(session: Session, item: ServiceItem) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    try:
        session.flush()
    except StaleDataError as exc:
        raise Conflict("service_item", entity=_ENTITY, key=item.code) from exc


def _write_version(
    session: Session, item: ServiceItem, draft: ServiceDraft, *, number: int, saved_by: str
) -> ServiceItemVersion:
    """Add version ``number`` with its materials and make it the item's current one."""
    from gridgov_desktop.db.tables_service import ServiceItemVersion, ServiceMaterial

    row = ServiceItemVersion(item_id=item.id, number=number, created_by=saved_by, **_fields(draft))
    session.add(row)
    session.flush()
    session.add_all(
        ServiceMaterial(
            version_id=row.id,
            position=position,
            name=m.name,
            form=m.form.value,
            copies=m.copies,
            mandatory=m.mandatory,
            note=m.note,
        )
        for position, m in enumerate(draft.materials, 1)
    )
    item.current_version_id = row.id
    _flush(session, item)
    return row


def _fields(draft: ServiceDraft) -> dict[str, Any]:
    return {
        "name": draft.name,
        "department": draft.department,
        "legal_basis": draft.legal_basis,
        "conditions": draft.conditions,
        "fee": draft.fee,
        "time_limit_days": draft.time_limit_days,
        "must_collect": draft.must_collect,
    }


def _changes(old: ServiceDraft, new: ServiceDraft) -> tuple[dict[str, Any], dict[str, Any]]:
    """(before, after) of the fields that differ, materials as one line each."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, value in _fields(new).items():
        if _fields(old)[key] != value:
            before[key], after[key] = _fields(old)[key], value
    if old.materials != new.materials:
        before["materials"] = describe_materials(old.materials)
        after["materials"] = describe_materials(new.materials)
    return before, after


def _name(actor: Actor) -> str:
    return (actor.display_name or actor.username)[:64]


def _entries(session: Session, items: Sequence[ServiceItem]) -> list[CatalogueEntry]:
    services = _services(session, items)
    return [
        CatalogueEntry(service, item.version, item.sort_order)
        for service, item in zip(services, items, strict=True)
    ]


def _services(session: Session, items: Sequence[ServiceItem]) -> list[ServiceVersion]:
    """The current version of each item (an item always has one once its first save is done)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceItemVersion

    ids = [item.current_version_id for item in items]
    rows = {
        row.id: row
        for row in session.scalars(select(ServiceItemVersion).where(ServiceItemVersion.id.in_(ids)))
    }
    return _build(session, [(item, rows[item.current_version_id or 0]) for item in items])


def _build(
    session: Session, pairs: Sequence[tuple[ServiceItem, ServiceItemVersion]]
) -> list[ServiceVersion]:
    """``ServiceVersion``s of (item, version) rows, their materials read in one query."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables_service import ServiceMaterial

    materials: dict[int, list[Material]] = {row.id: [] for _item, row in pairs}
    if materials:
        query = (
            select(ServiceMaterial)
            .where(ServiceMaterial.version_id.in_(list(materials)))
            .order_by(ServiceMaterial.version_id, ServiceMaterial.position)
        )
        for m in session.scalars(query):
            materials[m.version_id].append(
                Material(m.id, m.position, m.name, MaterialForm(m.form), m.copies, m.mandatory, m.note)
            )
    return [
        ServiceVersion(
            item_id=item.id,
            code=item.code,
            version_id=row.id,
            number=row.number,
            name=row.name,
            department=row.department,
            legal_basis=row.legal_basis,
            conditions=row.conditions,
            fee=row.fee,
            time_limit_days=row.time_limit_days,
            must_collect=row.must_collect,
            materials=tuple(materials[row.id]),
            is_active=item.is_active,
        )
        for item, row in pairs
    ]
