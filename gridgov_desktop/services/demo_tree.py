"""The demo street's organisation tree and its staff, planned before any person exists.

The tree (street → communities → grids → compounds → buildings → units → households) is sized to the
drawn household sizes; its org_node rows, counts included, are final once planned. Staff roles go to
residents of the node's own subtree where possible, to outside staff otherwise.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gridgov_desktop.domain.enums import NodeKind, StaffRole
from gridgov_desktop.services.demo_names import COMMUNITY_NAMES, CompoundNamer
from gridgov_desktop.services.demo_people import PeopleMaker
from gridgov_desktop.services.search_keys import node_search_keys

# -- the organisation tree ---------------------------------------------------------------------------

# The column order of the org_node and node_role rows built here (the tables' column order, checked
# before anything is written), and positions in an org_node row.
_ID, _KIND, _NAME, _PATH, _ADDRESS, _RESIDENTS, _HOUSEHOLDS = 0, 2, 3, 6, 8, 11, 12


@dataclass(frozen=True, slots=True)
class PlannedHousehold:
    node_id: int
    size: int
    collective: bool
    unit_id: int


class StreetPlan:
    """The tree's node rows (ids in depth-first order, so a subtree is a run of ids) and its households.

    Counts are added up while households are placed: the rows are final before any person exists.
    """

    def __init__(self, stamp: dt.datetime) -> None:
        self._stamp = stamp
        self._rows: list[list[Any]] = []
        self._sort_orders: dict[int | None, int] = {}
        self.households: list[PlannedHousehold] = []
        self.children: dict[int, list[int]] = {}

    def add(
        self,
        parent: list[Any] | None,
        kind: NodeKind,
        name: str,
        *,
        code: str | None = None,
        label: str | None = None,
        household_type: str | None = None,
    ) -> list[Any]:
        node_id = len(self._rows) + 1
        parent_id = None if parent is None else parent[_ID]
        # Siblings are numbered 1, 2, 3 …; a street (a root) gets 0, as create_node gives it.
        sort_order = 0 if parent_id is None else self._sort_orders.get(parent_id, 0) + 1
        self._sort_orders[parent_id] = sort_order
        address = None
        if kind.depth >= NodeKind.COMPOUND.depth:
            address = (parent[_ADDRESS] if parent is not None and parent[_ADDRESS] else "") + name
        path = f"{parent[_PATH] if parent is not None else '/'}{node_id}/"
        row = [
            node_id, parent_id, kind.value, name, code, sort_order, path, kind.depth, address, label,
            household_type, 0, 0, 1, self._stamp, self._stamp,
        ]  # fmt: skip
        self._rows.append(row)
        if parent_id is not None and kind is not NodeKind.HOUSEHOLD:
            self.children.setdefault(parent_id, []).append(node_id)
        return row

    @property
    def street_id(self) -> int:
        """The first street's id (the only one, unless a district was planned)."""
        street_id: int = self._rows[0][_ID]
        return street_id

    def node_rows(self) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._rows]

    def node_key_rows(self) -> list[tuple[str, int]]:
        """node_search_key rows for every node but the households, in primary-key order."""
        return sorted(
            (key, row[_ID])
            for row in self._rows
            if row[_KIND] != "household"
            for key in node_search_keys(row[_NAME])
        )

    def count(self, kind: str) -> int:
        return sum(1 for row in self._rows if row[_KIND] == kind)

    def ids(self, kind: str) -> list[int]:
        return [row[_ID] for row in self._rows if row[_KIND] == kind]


def plan_street(
    rng: random.Random,
    sizes: list[int],
    street_name: str,
    district_code: str,
    stamp: dt.datetime,
    *,
    plan: StreetPlan | None = None,
    compounds: CompoundNamer | None = None,
    communities: int | None = None,
) -> StreetPlan:
    """Street → communities → grids → compounds → buildings → units → households, sized to ``sizes``.

    ``plan`` adds the street to a district's plan (ids continue), ``compounds`` shares compound names
    across the district, ``communities`` overrides the number of communities. Left out, the single
    street is drawn exactly as it always was: the same seed must keep giving the same street.
    """
    plan = plan if plan is not None else StreetPlan(stamp)
    residents = sum(sizes)
    street = plan.add(
        None, NodeKind.STREET, street_name, code=f"{district_code}{rng.randint(1, 15):03d}"
    )
    compounds = compounds if compounds is not None else CompoundNamer(rng)
    households = iter(sizes)
    n_communities = communities or max(2, min(20, round(residents / 20_000)))
    community_names = rng.sample(COMMUNITY_NAMES, n_communities)
    for c, c_households in enumerate(_split(rng, len(sizes), n_communities), 1):
        community = plan.add(
            street, NodeKind.COMMUNITY, f"{community_names[c - 1]}社区", code=f"{c:03d}"
        )
        # 8–10 grids of a few hundred households each; a small demo gets fewer, fuller grids.
        n_grids = rng.randint(8, 10) if c_households >= 8 * 60 else max(1, c_households // 60)
        for g, g_households in enumerate(_split(rng, c_households, n_grids), 1):
            grid = plan.add(community, NodeKind.GRID, f"第{_numeral(g)}网格", code=f"{c:03d}{g:02d}")
            n_compounds = rng.randint(1, 2) if g_households >= 120 else 1
            n_compounds = max(n_compounds, math.ceil(g_households / 4000))
            for k_households in _split(rng, g_households, n_compounds):
                compound = plan.add(grid, NodeKind.COMPOUND, compounds.next())
                _plan_compound(rng, plan, [street, community, grid, compound], k_households, households)
    return plan


# A district's streets are smaller than the one demo street (200,000 people over 20 streets): about
# 1,000 residents per community gives Dandong's proportions (20 streets, 193 communities, 788
# compounds) and the issue's ~1,000 compounds.
DISTRICT_RESIDENTS_PER_COMMUNITY = 1_000


def plan_district(
    rng: random.Random,
    sizes: list[int],
    street_names: list[str],
    district_code: str,
    stamp: dt.datetime,
) -> StreetPlan:
    """Several streets in one plan, the households ``sizes`` split unevenly between them."""
    plan = StreetPlan(stamp)
    compounds = CompoundNamer(rng)  # unique across the district: a compound's name finds one place
    start = 0
    for name, share in zip(street_names, _split(rng, len(sizes), len(street_names)), strict=True):
        street_sizes = sizes[start : start + share]
        start += share
        communities = max(2, min(20, round(sum(street_sizes) / DISTRICT_RESIDENTS_PER_COMMUNITY)))
        plan_street(
            rng,
            street_sizes,
            name,
            district_code,
            stamp,
            plan=plan,
            compounds=compounds,
            communities=communities,
        )
    return plan


def _plan_compound(
    rng: random.Random, plan: StreetPlan, ancestors: list[list[Any]], count: int, sizes: Iterator[int]
) -> None:
    """Buildings of one style (floors, units, flats per landing), with ``count`` occupied flats."""
    buildings = max(1, min(rng.randint(4, 20), count // 6))
    per_building = count / buildings
    units = max(
        1, min(rng.choices((1, 2, 3, 4), cum_weights=(20, 60, 85, 100))[0], round(per_building / 6))
    )
    doors = rng.choices((2, 3, 4), cum_weights=(60, 85, 100))[0]
    occupancy = rng.uniform(0.8, 0.97)
    floors = max(1, min(18, math.ceil(per_building / units / doors / occupancy)))
    while buildings * units * floors * doors < count:  # not enough flats: build higher, then wider
        if floors < 18:
            floors += 1
        elif units < 4:
            units += 1
        elif doors < 4:
            doors += 1
        else:
            buildings += 1
    suffix = "栋" if rng.random() < 0.5 else "号楼"
    per_unit = floors * doors
    occupied = sorted(rng.sample(range(buildings * units * per_unit), count))
    compound = ancestors[-1]
    flat = iter(occupied)
    next_flat = next(flat, None)
    for b in range(buildings):
        building = plan.add(compound, NodeKind.BUILDING, f"{b + 1}{suffix}")
        for u in range(units):
            unit = plan.add(building, NodeKind.UNIT, f"{u + 1}单元")
            first = (b * units + u) * per_unit
            chain = [*ancestors, building, unit]
            while next_flat is not None and next_flat < first + per_unit:
                floor, door = divmod(next_flat - first, doors)
                room = (floor + 1) * 100 + door + 1
                size = next(sizes)
                collective = size >= 3 and rng.random() < 0.004
                household = plan.add(
                    unit,
                    NodeKind.HOUSEHOLD,
                    f"{room}室",
                    label=f"{b + 1}-{u + 1}-{room}",
                    household_type="collective" if collective else "family",
                )
                household[_RESIDENTS], household[_HOUSEHOLDS] = size, 1
                for row in chain:
                    row[_RESIDENTS] += size
                    row[_HOUSEHOLDS] += 1
                plan.households.append(PlannedHousehold(household[_ID], size, collective, unit[_ID]))
                next_flat = next(flat, None)


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` split into ``parts`` uneven shares, each at least 1 when there is enough to go round."""
    base = 1 if total >= parts else 0
    rest = total - base * parts
    weights = [rng.uniform(0.75, 1.25) for _ in range(parts)]
    whole = sum(weights)
    shares: list[int] = []
    cumulative = 0.0
    given = 0
    for weight in weights:
        cumulative += weight
        upto = round(cumulative / whole * rest)
        shares.append(base + upto - given)
        given = upto
    return shares


def _numeral(n: int) -> str:
    """Chinese numerals up to 99, as in 第十二网格."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


# -- staff --------------------------------------------------------------------------------------------

Candidate = tuple[int, str, str, int]  # resident id, name, mobile, age


def staff_roles(
    rng: random.Random,
    plan: StreetPlan,
    people: PeopleMaker,
    candidates: dict[int, list[Candidate]],
    first_id: int,
    today: dt.date,
) -> list[tuple[Any, ...]]:
    """Who holds which role where: mostly residents of the node's own subtree, some outside staff."""
    rows: list[tuple[Any, ...]] = []
    today_ord = today.toordinal()

    def below(node_id: int) -> list[Candidate]:
        if node_id in candidates:
            return candidates[node_id]
        found = [c for child in plan.children.get(node_id, []) for c in below(child)]
        candidates[node_id] = found
        return found

    def appoint(
        node_id: int,
        role: StaffRole,
        count: int,
        resident_share: float,
        ages: tuple[int, int] = (25, 70),
    ) -> None:
        pool = [c for c in below(node_id) if ages[0] <= c[3] <= ages[1]]
        chosen: set[int] = set()
        for _ in range(count):
            since = dt.date.fromordinal(today_ord - rng.randint(30, 8 * 365))
            if pool and rng.random() < resident_share:
                for _attempt in range(5):
                    rid, name, phone, _age = rng.choice(pool)
                    if rid not in chosen:
                        chosen.add(rid)
                        rows.append(
                            (first_id + len(rows), node_id, role.value, rid, name, phone, since, None)
                        )
                        break
                continue
            name, phone = people.outsider()
            rows.append((first_id + len(rows), node_id, role.value, None, name, phone, since, None))

    for community in plan.ids("community"):
        appoint(community, StaffRole.GRID_CHIEF, 1, 0.7, (38, 58))
        appoint(community, StaffRole.ORDER_ASSISTANT, 1, 0.6, (28, 58))
        appoint(community, StaffRole.INFO_COLLECTOR, 1, 0.6, (25, 55))
    for grid in plan.ids("grid"):
        appoint(grid, StaffRole.GRID_HEAD, 1, 0.65, (30, 58))
        appoint(grid, StaffRole.GRID_WORKER, rng.randint(1, 2), 0.5, (25, 55))
        appoint(grid, StaffRole.VOLUNTEER, rng.randint(2, 5), 1.0, (20, 70))
    for building in plan.ids("building"):
        appoint(building, StaffRole.BUILDING_HEAD, 1, 1.0, (35, 70))
    for unit in plan.ids("unit"):
        if rng.random() < 0.6:
            appoint(unit, StaffRole.UNIT_HEAD, 1, 1.0)
    return rows
