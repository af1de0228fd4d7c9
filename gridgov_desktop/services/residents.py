"""The resident registry: lists for a subtree (ids first, rows on demand) and registration."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import prefix_upper_bound
from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident, ResidentSearchKey
from gridgov_desktop.domain.enums import NodeKind, Relation, ResidentStatus, Sex
from gridgov_desktop.domain.errors import Duplicate, NotFound, ValidationError
from gridgov_desktop.domain.id_number import mask_id_number, parse_id_number
from gridgov_desktop.domain.phone import mask_phone, parse_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import add_to_counts
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.search_keys import resident_search_keys
from gridgov_desktop.services.tags import set_resident_tags


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
        if self.birth_date is None:
            return None
        today = today or dt.date.today()
        born = self.birth_date
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


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
_IDS_OF_ALL = (
    select(Resident.id)
    .where(Resident.status == bindparam("status"))
    .order_by(Resident.household_id, Resident.id)
)
_IDS_IN_SUBTREE = _IDS_OF_ALL.where(
    Resident.household_id.in_(
        select(OrgNode.id).where(OrgNode.path >= bindparam("lo"), OrgNode.path < bindparam("hi"))
    )
)
_ROOT_PATHS = select(OrgNode.path).where(OrgNode.parent_id.is_(None)).limit(2)
_PATH_OF = select(OrgNode.path).where(OrgNode.id == bindparam("id"))


def resident_ids(db: Database, node_id: int | None = None) -> list[int]:
    """Ids of the people living in ``node_id``'s subtree (all when None), in household order.

    The first thing a list shows, for up to 200,000 people: index-only queries on the fast read path
    (``db.fast_read``), and no subtree filter at all for the street of a one-street database.
    """
    reader = db.fast_reader
    if node_id is not None:
        found = reader.rows(_PATH_OF, {"id": node_id})
        if not found:
            raise NotFound(entity="node", key=node_id)
        path: str = found[0][0]
        roots = [row[0] for row in reader.rows(_ROOT_PATHS, {})]
        if roots != [path]:
            rows = reader.rows(
                _IDS_IN_SUBTREE, {"status": _LIVING, "lo": path, "hi": prefix_upper_bound(path)}
            )
            return [row[0] for row in rows]
    return [row[0] for row in reader.rows(_IDS_OF_ALL, {"status": _LIVING})]


def resident_rows(db: Database, ids: Sequence[int]) -> list[ResidentRow]:
    """Rows for ``ids`` in the same order (unknown ids are skipped): what a lazy table asks for."""
    if not ids:
        return []
    with db.session() as session:
        rows = _fetch_rows(session, ids)
    return rows


# The columns of a list row, in the order ``row_from_values`` reads them.
ROW_COLUMNS = (
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
    """A masked list row from the values of ``ROW_COLUMNS`` (from the ORM or straight from DBAPI)."""
    return rows_from_values([values])[0]


def rows_from_values(rows: Iterable[Sequence[Any]]) -> list[ResidentRow]:
    """Masked list rows from rows of ``ROW_COLUMNS`` values.

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
    result = session.execute(
        select(*ROW_COLUMNS)
        .outerjoin(OrgNode, OrgNode.id == Resident.household_id)
        .where(Resident.id.in_(list(ids)))
    ).all()
    by_id = {row.id: row for row in rows_from_values(result)}
    return [by_id[i] for i in ids if i in by_id]


def count_living(db: Database) -> int:
    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Resident)
                .where(Resident.status == ResidentStatus.LIVING.value)
            )
            or 0
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
    require(actor, Permission.EDIT_RESIDENTS)
    name = data.name.strip()
    if not name:
        raise ValidationError("required", field="name")
    id_number = birth_date = sex = None
    if data.id_number:
        info = parse_id_number(data.id_number, today=today)
        id_number, birth_date, sex = info.number, info.birth_date, info.sex
    sex = sex or data.sex
    if sex is None:
        raise ValidationError("required", field="sex")
    phone = parse_phone(data.phone) if data.phone else None
    with db.session(write=True) as session:
        household = session.get(OrgNode, household_id)
        if household is None or household.kind != NodeKind.HOUSEHOLD.value:
            raise NotFound(entity="household", key=household_id)
        if id_number and (
            existing := session.scalar(select(Resident.id).where(Resident.id_number == id_number))
        ):
            raise Duplicate(entity="resident", key=existing)
        resident = Resident(
            name=name,
            sex=sex.value,
            birth_date=birth_date or data.birth_date,
            id_number=id_number,
            id_number_rev=id_number[::-1] if id_number else None,
            phone=phone.number if phone else None,
            phone_digits=phone.digits if phone else None,
            phone_digits_rev=phone.digits[::-1] if phone else None,
            ethnicity=data.ethnicity,
            domicile=data.domicile,
            political_status=data.political_status,
            marital_status=data.marital_status,
            education=data.education,
            religion=data.religion,
            military_service=data.military_service,
            employer=data.employer,
            notes=data.notes,
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
