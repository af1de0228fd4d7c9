"""The resident registry: lists for a subtree (ids first, rows on demand) and registration."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import prefix_upper_bound
from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.age import age_on
from gridgov_desktop.domain.enums import NodeKind, Relation, ResidentStatus, Sex
from gridgov_desktop.domain.errors import NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number, parse_id_number
from gridgov_desktop.domain.phone import mask_phone, parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.resident_fields import TEXT_FIELDS, clean_name, clean_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ResidentRow(NamedTuple):
    """One line of a resident list, masked as DOMAIN.md requires.

    Immutable like the services' dataclasses, but a NamedTuple: a search builds up to 50 of these per
    keystroke pause and a list page hundreds, and a frozen dataclass costs 2 µs more per row.
    """

    id: int
    name: str
    sex: Sex
    birth_date: dt.date | None
    id_number_masked: str
    phone_masked: str
    address: str
    status: ResidentStatus

    def age(self, today: dt.date | None = None) -> int | None:
        return age_on(self.birth_date, today)


@dataclass(frozen=True)
class NewResident:
    """What the registration form submits. Birth date and sex are derived from the ID number."""

    name: str
    id_number: str | None = None
    sex: Sex | None = None
    birth_date: dt.date | None = None
    ethnicity: str | None = "汉族"
    phone: str | None = None
    domicile: str | None = None
    political_status: str | None = None
    marital_status: str | None = None
    education: str | None = None
    religion: str | None = None
    military_service: str | None = None
    employer: str | None = None
    notes: str | None = None
    tags: tuple[str, ...] = field(default=())


_LIVING = ResidentStatus.LIVING.value


def _ordered_ids(subtree: bool) -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import OrgNode, Resident

    query = select(Resident.id).where(Resident.status == bindparam("status"))
    if subtree:
        query = query.where(
            Resident.household_id.in_(
                select(OrgNode.id).where(OrgNode.path >= bindparam("lo"), OrgNode.path < bindparam("hi"))
            )
        )
    return query


def _as_json_array(query: Any, backend: str) -> Any:
    """All ids in one JSON value: a list of 200,000 ids then costs one parse in C instead of
    200,000 result rows (~45 ms instead of ~85 ms)."""
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import Resident

    if backend == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        return query.with_only_columns(
            func.json_agg(aggregate_order_by(Resident.id, Resident.household_id, Resident.id))
        )
    # SQLite keeps the subquery's order for an aggregate over it (it never flattens an ordered
    # subquery into an aggregate), so the array comes out in household order.
    ordered = query.order_by(Resident.household_id, Resident.id).subquery()
    return select(func.json_group_array(ordered.c.id))


@statement("residents.ids")
def _ids_of_all(backend: str) -> Any:
    return _as_json_array(_ordered_ids(subtree=False), backend)


@statement("residents.ids_in_subtree")
def _ids_in_subtree(backend: str) -> Any:
    return _as_json_array(_ordered_ids(subtree=True), backend)


@statement("residents.root_paths")
def _root_paths(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode

    return select(OrgNode.path).where(OrgNode.parent_id.is_(None)).limit(2)


@statement("residents.path_of")
def _path_of(backend: str) -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import OrgNode

    return select(OrgNode.path).where(OrgNode.id == bindparam("id"))


@statement("residents.rows")
def _rows_sql(backend: str) -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import OrgNode, Resident

    return (
        select(*row_columns())
        .outerjoin(OrgNode, OrgNode.id == Resident.household_id)
        .where(Resident.id.in_(bindparam("ids", expanding=True)))
    )


@statement("residents.rows_with_path")
def _rows_with_path_sql(backend: str) -> Any:
    from gridgov_desktop.db.tables import OrgNode

    return _rows_sql(backend).add_columns(OrgNode.path)


@statement("residents.count_living_in_subtree")
def _count_living_in_subtree(backend: str) -> Any:
    from sqlalchemy import bindparam, func, select

    from gridgov_desktop.db.tables import OrgNode, Resident

    households = select(OrgNode.id).where(
        OrgNode.path >= bindparam("lo"), OrgNode.path < bindparam("hi")
    )
    return (
        select(func.count())
        .select_from(Resident)
        .where(Resident.status == bindparam("status"), Resident.household_id.in_(households))
    )


@statement("residents.count_living")
def _count_living(backend: str) -> Any:
    from sqlalchemy import bindparam, func, select

    from gridgov_desktop.db.tables import Resident

    return select(func.count()).select_from(Resident).where(Resident.status == bindparam("status"))


SORT_KEYS = ("name", "sex", "birth_date", "age", "id_number", "phone", "address", "status")


def resident_ids(
    db: Database,
    actor: Actor,
    node_id: int | None = None,
    *,
    order_by: str | None = None,
    descending: bool = False,
) -> list[int]:
    """Ids of the people living in ``node_id``'s subtree (all when None) that ``actor`` may see, in
    household order, or sorted by ``order_by`` (one of ``SORT_KEYS``; missing values last in either
    direction). A grid worker's list holds their grids (grid by grid); a node outside them is refused.

    The first thing a list shows, for up to 200,000 people: index-only queries on the fast read path
    (``db.fast_read``), and no subtree filter at all for the street of a one-street database.
    """
    from gridgov_desktop.services.grid_scope import scope_of

    scope = scope_of(db, actor)
    reader = db.fast_reader
    path: str | None = None
    if node_id is not None:
        found = reader.rows("residents.path_of", {"id": node_id})
        if not found:
            raise NotFound(entity="node", key=node_id)
        path = found[0][0]
    prefixes = scope.within(path)
    if order_by is not None:
        return _sorted_ids(db, prefixes, order_by, descending)
    if prefixes is None:
        return _id_list(reader.rows("residents.ids", {"status": _LIVING}))
    if scope.everywhere and [row[0] for row in reader.rows("residents.root_paths", {})] == [path]:
        return _id_list(reader.rows("residents.ids", {"status": _LIVING}))
    ids: list[int] = []
    for prefix in prefixes:  # disjoint subtrees (grid_scope keeps the outermost grids)
        params = {"status": _LIVING, "lo": prefix, "hi": prefix_upper_bound(prefix)}
        ids += _id_list(reader.rows("residents.ids_in_subtree", params))
    return ids


def _sorted_ids(db: Database, prefixes: Sequence[str] | None, key: str, descending: bool) -> list[int]:
    """A list sorted by a column, for a clicked header: names by pinyin (surnames read as surnames),
    age as the reverse of the birth date, ties in household order."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, Resident

    if key not in SORT_KEYS:
        raise ValidationError("unknown_field", field=key)
    columns = {
        "name": Resident.name, "sex": Resident.sex, "birth_date": Resident.birth_date,
        "age": Resident.birth_date, "id_number": Resident.id_number, "phone": Resident.phone,
        "address": OrgNode.address, "status": Resident.status,
    }  # fmt: skip
    column = columns[key]
    down = descending != (key == "age")  # older people have earlier birth dates
    order = column.desc() if down else column.asc()
    query = (
        select(Resident.id, Resident.name)
        .outerjoin(OrgNode, OrgNode.id == Resident.household_id)
        .where(Resident.status == _LIVING)
        .order_by(column.is_(None), order, Resident.household_id, Resident.id)
    )
    if prefixes is not None:
        from gridgov_desktop.services.grid_scope import paths_filter

        subtree = select(OrgNode.id).where(paths_filter(OrgNode.path, prefixes))
        query = query.where(Resident.household_id.in_(subtree))
    with db.session() as session:
        rows = session.execute(query).all()
    if key != "name":
        return [row.id for row in rows]
    # Names sort by their preferred reading (曾 as zeng): the stored pinyin keys hold every reading
    # of a heteronym, so the database cannot pick the right one. ~60,000 names/s, once per name.
    by_name = sorted(rows, key=lambda row: (_pinyin_of(row.name), row.name), reverse=descending)
    return [row.id for row in by_name]


@functools.lru_cache(maxsize=262_144)
def _pinyin_of(name: str) -> str:
    from gridgov_desktop.domain.pinyin import name_pinyin

    readings = name_pinyin(name, max_variants=1).full
    return readings[0] if readings else name


def _id_list(rows: Sequence[Sequence[Any]]) -> list[int]:
    value = rows[0][0] if rows else None
    if value is None:
        return []
    if isinstance(value, str):  # SQLite hands JSON back as text; psycopg parses it itself
        import json

        value = json.loads(value)
    return list(value)


def resident_rows(db: Database, actor: Actor, ids: Sequence[int]) -> list[ResidentRow]:
    """Rows for ``ids`` in the same order: what a lazy table asks for. Unknown ids, and those of
    people outside a grid worker's grids, are skipped (a list never shows them)."""
    from gridgov_desktop.services.grid_scope import scope_of

    scope = scope_of(db, actor)
    if not ids:
        return []
    if scope.everywhere:
        values = db.fast_reader.rows("residents.rows", {"ids": list(ids)})
    else:
        found = db.fast_reader.rows("residents.rows_with_path", {"ids": list(ids)})
        values = [row[:-1] for row in found if scope.covers(row[-1])]
    by_id = {row.id: row for row in rows_from_values(values)}
    return [by_id[i] for i in ids if i in by_id]


def row_columns() -> tuple[Any, ...]:
    """The columns of a list row, in the order ``rows_from_values`` reads them (from ``resident``
    joined to its household ``org_node``)."""
    from gridgov_desktop.db.tables import OrgNode, Resident

    return (
        Resident.id,
        Resident.name,
        Resident.sex,
        Resident.birth_date,
        Resident.id_number,
        Resident.phone,
        Resident.status,
        OrgNode.address,
    )


def row_from_values(values: Sequence[Any]) -> ResidentRow:
    """A masked list row from the values of ``row_columns()`` (from the ORM or straight from DBAPI)."""
    return rows_from_values([values])[0]


def rows_from_values(rows: Iterable[Sequence[Any]]) -> list[ResidentRow]:
    """Masked list rows from rows of ``row_columns()`` values.

    Written for speed (a search builds up to 50 per pause in typing, a list page hundreds): the
    common shapes — a stored 18-character ID number, an 11-digit mobile — are masked inline, exactly
    as ``mask_id_number`` and ``mask_phone`` do; other shapes go through them.
    """
    sexes, statuses, make, from_iso = _SEX, _STATUS, ResidentRow, dt.date.fromisoformat
    result = []
    for resident_id, name, sex, birth_date, id_number, phone, status, address in rows:
        if birth_date.__class__ is str:  # SQLite through DBAPI hands dates back as text
            birth_date = from_iso(birth_date)
        if not id_number:
            id_masked = ""
        elif len(id_number) == 18:
            id_masked = id_number[:6] + "********" + id_number[14:]
        else:
            id_masked = mask_id_number(id_number)
        if not phone:
            phone_masked = ""
        elif len(phone) == 11 and phone.isdigit():
            phone_masked = phone[:3] + "****" + phone[7:]
        else:
            phone_masked = mask_phone(phone)
        result.append(
            make(
                resident_id,
                name,
                sexes[sex],
                birth_date,
                id_masked,
                phone_masked,
                address or "",
                statuses[status],
            )
        )
    return result


# Plain dict look-ups: calling an Enum class to find a member costs ~0.5 µs each.
_SEX = {sex.value: sex for sex in Sex}
_STATUS = {status.value: status for status in ResidentStatus}


def _fetch_rows(session: Session, ids: Sequence[int]) -> list[ResidentRow]:
    """Rows inside an ORM transaction (after a change, before it commits)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, Resident

    result = session.execute(
        select(*row_columns())
        .outerjoin(OrgNode, OrgNode.id == Resident.household_id)
        .where(Resident.id.in_(list(ids)))
    ).all()
    by_id = {row.id: row for row in rows_from_values(result)}
    return [by_id[i] for i in ids if i in by_id]


def count_living(db: Database, actor: Actor) -> int:
    """How many people live in the registry — in a grid worker's grids for them. A statistic: the
    registers' readers may ask too."""
    from gridgov_desktop.services.grid_scope import path_ranges, scope_of

    scope = scope_of(db, actor, Permission.VIEW_RESIDENT_REGISTERS)
    reader = db.fast_reader
    if scope.paths is None:
        return int(reader.rows("residents.count_living", {"status": _LIVING})[0][0])
    return sum(
        int(reader.rows("residents.count_living_in_subtree", {"status": _LIVING, **bounds})[0][0])
        for bounds in path_ranges(scope.paths)
    )


def register_resident(
    db: Database,
    actor: Actor,
    data: NewResident,
    household_id: int,
    relation: Relation,
    *,
    today: dt.date | None = None,
) -> ResidentRow:
    """Register a person into a household: person, membership, keys, tags, counts and audit in one
    transaction."""
    from sqlalchemy import insert, select

    from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident, ResidentSearchKey
    from gridgov_desktop.services.grid_scope import refuse_duplicate, scope_in
    from gridgov_desktop.services.org import add_to_counts, lock_tree
    from gridgov_desktop.services.search_keys import resident_search_keys
    from gridgov_desktop.services.tags import set_resident_tags

    require(actor, Permission.EDIT_RESIDENTS)
    name = clean_name(data.name)
    texts = {field: clean_text(field, getattr(data, field)) for field in TEXT_FIELDS}
    id_number = birth_date = sex = None
    if data.id_number:
        info = parse_id_number(data.id_number, today=today)
        id_number, birth_date, sex = info.number, info.birth_date, info.sex
    sex = sex or data.sex
    if sex is None:
        raise ValidationError("required", field="sex")
    phone = parse_phone(data.phone) if data.phone else None
    with db.session(write=True) as session:
        lock_tree(session, shared=True)  # the household's path must not move before the counts land
        household = session.get(OrgNode, household_id)
        if household is None or household.kind != NodeKind.HOUSEHOLD.value:
            raise NotFound(entity="household", key=household_id)
        scope = scope_in(session, actor, Permission.EDIT_RESIDENTS)
        scope.check(household.path)
        if id_number and (
            existing := session.scalar(select(Resident.id).where(Resident.id_number == id_number))
        ):
            refuse_duplicate(session, scope, existing)
        resident = Resident(
            name=name,
            sex=sex.value,
            birth_date=birth_date or data.birth_date,
            id_number=id_number,
            id_number_rev=id_number[::-1] if id_number else None,
            phone=phone.number if phone else None,
            phone_digits=phone.digits if phone else None,
            phone_digits_rev=phone.digits[::-1] if phone else None,
            **texts,
            household_id=household.id,
        )
        session.add(resident)
        session.flush()
        session.add(
            HouseholdMember(
                household_id=household.id,
                resident_id=resident.id,
                relation=int(relation),
                joined_on=today or dt.date.today(),
            )
        )
        keys = resident_search_keys(name)
        session.execute(
            insert(ResidentSearchKey),
            [{"kind": k, "key": v, "resident_id": resident.id} for k, v in keys],
        )
        if data.tags:
            set_resident_tags(session, actor, resident.id, data.tags)
        add_to_counts(session, household.path, residents=1)
        audit.record(
            session,
            actor,
            "create",
            "resident",
            resident.id,
            after={"name": name, "household_id": household.id, "relation": int(relation)},
        )
        session.flush()
        return _fetch_rows(session, [resident.id])[0]
