"""The demo street: a realistic fictional street office, built into an empty database in one go.

Everything a single registration writes (``services.org.create_node``, ``services.residents.
register_resident``) is written here too — nodes with paths, addresses and search keys, residents
with their search keys, memberships, subtree counts — but in bulk: 200,000 residents must take well
under a minute on SQLite. So ids are assigned here (no round trip per row), rows are plain tuples sent
by ``db.bulk.BulkWriter`` (``executemany`` on the DBAPI cursor, or COPY: SQLAlchemy's per-row
processing would double the time), and the counts come from the plan instead of a recount. The whole
build is one write transaction: a failure or a cancel (the progress callback raising) leaves the
database as it was.

The same seed and reference date give the same street, row for row: the only source of randomness is
one ``random.Random(seed)``.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from gridgov_desktop.db.bulk import BulkWriter, chunks, table_of
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import (
    AppSetting,
    HouseholdMember,
    NodeRole,
    NodeSearchKey,
    OrgNode,
    Resident,
    ResidentSearchKey,
    ResidentTag,
)
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.bulk_rows import RESIDENT_LAYOUTS, ROLE_COLUMNS
from gridgov_desktop.services.catalogue import ensure_seed_catalogue
from gridgov_desktop.services.demo_names import CITIES, STREET_NAMES, NameMaker, words
from gridgov_desktop.services.demo_people import PeopleMaker
from gridgov_desktop.services.demo_tree import (
    PlannedHousehold,
    plan_district,
    plan_street,
    staff_roles,
)
from gridgov_desktop.services.mediation_cases import ensure_dispute_types
from gridgov_desktop.services.office import OFFICE_ADDRESS, OFFICE_NAME, OFFICE_PHONE
from gridgov_desktop.services.search_keys import resident_search_keys
from gridgov_desktop.services.tags import ensure_default_tags
from gridgov_desktop.services.work_calendar import ensure_seed_calendar

log = logging.getLogger(__name__)

MAX_RESIDENTS = 2_000_000
# More street names for a district of several streets (``streets=``), after the demo street's own list.
DISTRICT_STREET_NAMES = words(
    "元宝街道 兴东街道 江滨街道 六道口街道 帽盔山街道 纤维街道 金汤街道 花园街道 七道街道 八道街道 "
    "九道街道 桃源街道 滨江街道 五龙背街道 汤池街道 楼房街道 同兴街道 新安街道 振安街道 文安街道"
)
MAX_STREETS = len(STREET_NAMES) + len(DISTRICT_STREET_NAMES)
CHUNK_RESIDENTS = 5_000  # residents written (and reported) per step
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    street_id: int
    street_name: str
    communities: int
    grids: int
    compounds: int
    buildings: int
    units: int
    households: int
    residents: int
    roles: int
    seconds: float
    streets: int = 1


def build_demo_street(
    db: Database,
    residents: int,
    seed: int = 2026,
    progress: Progress | None = None,
    *,
    today: dt.date | None = None,
    streets: int = 1,
    requests: int = 0,
) -> DemoSummary:
    """Build a fictional street of exactly ``residents`` people into an empty database.

    ``today`` is the reference date for ages and dates (default: the real today). ``streets`` > 1
    builds a district instead: the residents split unevenly over that many streets of about 1,000
    residents per community (for benches at a district's scale); the summary names the first street.
    Raises ``ValidationError("not_empty", field="database")`` if the organisation tree already has a
    node. ``requests`` > 0 adds that many service requests of the last two months (the window's
    worklists and registers then have something to show).
    """
    if not 1 <= residents <= MAX_RESIDENTS:
        raise ValidationError("out_of_range", field="residents", minimum=1, maximum=MAX_RESIDENTS)
    if not 1 <= streets <= min(MAX_STREETS, residents):
        raise ValidationError("out_of_range", field="streets", minimum=1, maximum=MAX_STREETS)
    today = today or dt.date.today()
    started = time.perf_counter()
    with db.session(write=True) as session:
        if session.scalar(select(OrgNode.id).limit(1)) is not None:
            raise ValidationError("not_empty", field="database")
        writer = BulkWriter(session.connection(), _ROW_LAYOUTS)
        counts = _build(session, writer, residents, seed, today, progress, streets)
        # What the service window needs from day one: the catalogue and the holiday calendar.
        ensure_seed_catalogue(session)
        ensure_seed_calendar(session)
        ensure_dispute_types(session)
    if requests:
        from gridgov_desktop.services.demo_requests import build_demo_requests

        build_demo_requests(db, today=today, count=requests, seed=seed, progress=progress)
    seconds = time.perf_counter() - started
    log.debug("demo build: %.2f s in total (commit included)", seconds)
    return DemoSummary(**counts, seconds=seconds)


def _build(
    session: Session,
    writer: BulkWriter,
    residents: int,
    seed: int,
    today: dt.date,
    progress: Progress | None,
    streets: int = 1,
) -> dict[str, Any]:
    clock = _Clock()
    rng = random.Random(seed)
    city = rng.choice(CITIES)
    street_name = rng.choice(STREET_NAMES)
    people = PeopleMaker(rng, NameMaker(rng), city, street_name, today)
    # The start of the reference day (naive UTC, like every timestamp): never later than the real now.
    stamp = dt.datetime.combine(today, dt.time(0, 0))
    sizes = people.household_sizes(residents)
    if streets == 1:  # drawn exactly as before: the same seed keeps giving the same street
        plan = plan_street(rng, sizes, street_name, city.district.code, stamp)
    else:
        others = [n for n in (*STREET_NAMES, *DISTRICT_STREET_NAMES) if n != street_name]
        names = [street_name, *rng.sample(others, streets - 1)]
        plan = plan_district(rng, sizes, names, city.district.code, stamp)
    clock.lap("plan")
    bulk_tables = [
        table_of(t) for t in (OrgNode, Resident, HouseholdMember, ResidentTag, ResidentSearchKey)
    ]
    # A page cache for the whole new database (less than 1,200 bytes per resident).
    with writer.bulk_load(bulk_tables, cache_bytes=residents * 1_200):
        writer.write(table_of(OrgNode), plan.node_rows())
        writer.write(table_of(NodeSearchKey), plan.node_key_rows())
        clock.lap("nodes")
        rows = _ResidentRows(
            people,
            ensure_default_tags(session),
            stamp,
            first_resident=_next_id(session, Resident.id),
            first_member=_next_id(session, HouseholdMember.id),
        )
        done = 0
        for chunk in chunks(plan.households, lambda household: household.size, CHUNK_RESIDENTS):
            rows.generate(chunk)
            clock.lap("people")
            writer.write(table_of(Resident), rows.residents)
            clock.lap("insert residents")
            writer.write(table_of(HouseholdMember), rows.members)
            writer.write(table_of(ResidentTag), sorted(rows.tags))
            clock.lap("insert members+tags")
            # In primary-key order: appending to a B-tree is far cheaper than inserting at random places.
            rows.keys.sort()
            writer.write(table_of(ResidentSearchKey), rows.keys)
            clock.lap("insert search keys")
            rows.clear()
            done += sum(household.size for household in chunk)
            if progress is not None and done < residents:  # the last step: once all is written
                progress(done, residents)
    clock.lap("rebuild indexes")

    role_rows = staff_roles(rng, plan, people, rows.candidates, _next_id(session, NodeRole.id), today)
    writer.write(table_of(NodeRole), role_rows)
    street_id = plan.street_id
    for key, value in (
        (OFFICE_NAME, f"{street_name}办事处"),
        (OFFICE_ADDRESS, f"{city.district.name}{rng.choice(city.roads)}{rng.randint(1, 299)}号"),
        (OFFICE_PHONE, people.landline()),
    ):
        session.merge(AppSetting(key=key, value=value))
    counts: dict[str, Any] = {
        "street_id": street_id,
        "street_name": street_name,
        "communities": plan.count("community"),
        "grids": plan.count("grid"),
        "compounds": plan.count("compound"),
        "buildings": plan.count("building"),
        "units": plan.count("unit"),
        "households": len(plan.households),
        "residents": residents,
        "roles": len(role_rows),
    }
    if streets > 1:
        counts["streets"] = streets
    after = {**counts, "seed": seed, "reference_date": today.isoformat()}
    audit.record(session, SYSTEM, "demo_build", "street", street_id, after=after)
    writer.reset_sequences([table_of(t) for t in (OrgNode, Resident, HouseholdMember, NodeRole)])
    clock.lap("roles, settings, audit")
    clock.report()
    if progress is not None:
        progress(residents, residents)
    return counts


def _next_id(session: Session, column: InstrumentedAttribute[int]) -> int:
    """The first free id: explicit ids continue after whatever is there (nothing, normally)."""
    return (session.scalar(select(func.max(column))) or 0) + 1


class _ResidentRows:
    """Turns drawn households into rows of resident, household_member, resident_tag and search keys."""

    def __init__(
        self,
        people: PeopleMaker,
        tag_ids: dict[str, int],
        stamp: dt.datetime,
        first_resident: int,
        first_member: int,
    ) -> None:
        self._people = people
        self._tag_ids = tag_ids
        self._stamp = stamp
        self._next_resident = first_resident
        self._next_member = first_member
        # Names repeat a lot (王子涵, 张伟): pinyin is computed once per distinct name.
        self._key_cache: dict[str, list[tuple[str, str]]] = {}
        self.residents: list[tuple[Any, ...]] = []
        self.members: list[tuple[Any, ...]] = []
        self.tags: list[tuple[int, int]] = []
        self.keys: list[tuple[str, str, int]] = []
        # Adults with a mobile phone, per unit: who can be asked to be a unit or building head.
        self.candidates: dict[int, list[tuple[int, str, str, int]]] = {}

    def clear(self) -> None:
        self.residents, self.members, self.tags, self.keys = [], [], [], []

    def generate(self, households: Sequence[PlannedHousehold]) -> None:
        stamp = self._stamp
        tag_ids = self._tag_ids
        key_cache = self._key_cache
        residents, members, tags, keys = self.residents, self.members, self.tags, self.keys
        for planned in households:
            household = self._people.household(planned.size, planned.collective)
            household_id = planned.node_id
            unit_candidates = self.candidates.setdefault(planned.unit_id, [])
            for person in household.people:
                rid = self._next_resident
                self._next_resident += 1
                number = person.id_number
                phone = person.phone
                digits = phone.replace("-", "") if phone else None
                # fmt: off
                residents.append((
                    rid, person.name, "M" if person.male else "F", person.ethnicity, person.birth,
                    number, number[::-1] if number else None, household.domicile, person.political,
                    person.marital, person.education, phone, digits, digits[::-1] if digits else None,
                    person.religion, person.military, None, None, "living", None, household_id, 1,
                    stamp, stamp,
                ))
                # fmt: on
                joined = max(household.moved_in, person.birth)
                members.append(
                    (self._next_member, household_id, rid, int(person.relation), joined, None)
                )
                self._next_member += 1
                tags.extend((tag_ids[name], rid) for name in person.tags)
                name_keys = key_cache.get(person.name)
                if name_keys is None:
                    name_keys = key_cache[person.name] = resident_search_keys(person.name)
                keys.extend((kind, key, rid) for kind, key in name_keys)
                if phone and 25 <= person.age <= 70 and not phone.startswith("0"):
                    unit_candidates.append((rid, person.name, phone, person.age))


_ROW_LAYOUTS = {**RESIDENT_LAYOUTS, "node_role": ROLE_COLUMNS}


class _Clock:
    """Time per phase, logged at DEBUG (``bench/demo_build.py`` shows it)."""

    def __init__(self) -> None:
        self._last = time.perf_counter()
        self._laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self._laps[name] = self._laps.get(name, 0.0) + now - self._last
        self._last = now

    def report(self) -> None:
        for name, seconds in self._laps.items():
            log.debug("demo build: %-24s %6.2f s", name, seconds)
