"""The demo street: complete, consistent, reproducible, and filled the way single registrations are."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import (
    AppSetting,
    AuditEntry,
    HouseholdMember,
    NodeRole,
    NodeSearchKey,
    OrgNode,
    Resident,
    ResidentSearchKey,
    ResidentTag,
    Tag,
)
from gridgov_desktop.domain.enums import NodeKind, Relation, Sex
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.id_number import make_id_number, parse_id_number
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.services import demo, org, residents
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.demo import DemoSummary, build_demo_street
from gridgov_desktop.services.demo_names import CITIES, NameMaker
from gridgov_desktop.services.demo_people import PeopleMaker
from gridgov_desktop.services.office import office_info
from gridgov_desktop.services.search_keys import node_search_keys, resident_search_keys
from gridgov_desktop.services.tags import DEFAULT_TAGS, ensure_default_tags

TODAY = dt.date(2026, 11, 21)
N = 300


@pytest.fixture(scope="module")
def built(module_db: Database) -> tuple[Database, DemoSummary]:
    """One demo street per backend, shared by the read-only checks below."""
    return module_db, build_demo_street(module_db, residents=N, seed=11, today=TODAY)


def _all(db: Database, *columns: Any) -> list[Any]:
    with db.session() as session:
        return list(session.execute(select(*columns)).all())


def test_exactly_n_residents_in_a_summarised_tree(built: tuple[Database, DemoSummary]) -> None:
    db, summary = built
    kinds = Counter(kind for (kind,) in _all(db, OrgNode.kind))
    assert summary.residents == N == len(_all(db, Resident.id))
    assert (kinds["street"], kinds["community"], kinds["grid"]) == (
        1,
        summary.communities,
        summary.grids,
    )
    assert (kinds["compound"], kinds["building"], kinds["unit"]) == (
        summary.compounds,
        summary.buildings,
        summary.units,
    )
    assert kinds["household"] == summary.households
    assert summary.communities >= 2 and 2.5 < N / summary.households < 3.3
    (street,) = org.roots(db)
    assert (street.id, street.name) == (summary.street_id, summary.street_name)
    assert street.resident_count == N and street.household_count == summary.households


def test_tree_paths_depths_orders_and_addresses(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    nodes = {row[0].id: row[0] for row in _all(db, OrgNode)}
    siblings: dict[int | None, list[int]] = defaultdict(list)
    for node in nodes.values():
        kind = NodeKind(node.kind)
        assert node.depth == kind.depth
        parent = nodes[node.parent_id] if node.parent_id is not None else None
        assert node.path == (parent.path if parent else "/") + f"{node.id}/"
        assert (NodeKind(parent.kind).child_kind if parent else NodeKind.STREET) is kind
        if kind.depth >= NodeKind.COMPOUND.depth:
            assert node.address == ((parent.address or "") if parent else "") + node.name
        else:
            assert node.address is None
        if kind is NodeKind.HOUSEHOLD:
            building, unit = nodes[parent.parent_id].name, parent.name
            room = node.name.removesuffix("室")
            assert node.label == f"{building.rstrip('栋号楼')}-{unit.removesuffix('单元')}-{room}"
            assert node.household_type in ("family", "collective")
        siblings[node.parent_id].append(node.sort_order)
    assert siblings.pop(None) == [0]
    assert all(sorted(orders) == list(range(1, len(orders) + 1)) for orders in siblings.values())
    compounds = [node.name for node in nodes.values() if node.kind == "compound"]
    assert len(compounds) == len(set(compounds))


def test_counts_on_every_node_equal_a_recount(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    paths = dict(_all(db, OrgNode.id, OrgNode.path))
    residents_below: Counter[int] = Counter()
    households_below: Counter[int] = Counter()
    for (household_id,) in _all(db, Resident.household_id):
        for part in paths[household_id].strip("/").split("/"):
            residents_below[int(part)] += 1
    for node_id, kind in _all(db, OrgNode.id, OrgNode.kind):
        if kind == "household":
            for part in paths[node_id].strip("/").split("/"):
                households_below[int(part)] += 1
    for node_id, resident_count, household_count in _all(
        db, OrgNode.id, OrgNode.resident_count, OrgNode.household_count
    ):
        assert (resident_count, household_count) == (residents_below[node_id], households_below[node_id])


def test_every_household_has_one_head_and_members_match(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    members = _all(
        db,
        HouseholdMember.household_id,
        HouseholdMember.resident_id,
        HouseholdMember.relation,
        HouseholdMember.joined_on,
        HouseholdMember.left_on,
    )
    homes = dict(_all(db, Resident.id, Resident.household_id))
    births = dict(_all(db, Resident.id, Resident.birth_date))
    assert sorted(m.resident_id for m in members) == sorted(homes)
    heads = Counter(m.household_id for m in members if m.relation == Relation.HEAD)
    households = [i for i, kind in _all(db, OrgNode.id, OrgNode.kind) if kind == "household"]
    assert all(heads[h] == 1 for h in households)
    for m in members:
        assert homes[m.resident_id] == m.household_id and m.left_on is None
        assert births[m.resident_id] <= m.joined_on <= TODAY


def test_id_numbers_valid_unique_and_agree_with_birth_and_sex(
    built: tuple[Database, DemoSummary],
) -> None:
    db, _ = built
    rows = _all(db, Resident)
    numbers = [r[0].id_number for r in rows if r[0].id_number]
    assert len(numbers) == len(set(numbers)) >= N * 0.98
    for (resident,) in rows:
        assert 0 <= (TODAY - resident.birth_date).days <= 101 * 366
        if resident.id_number is None:
            continue
        info = parse_id_number(resident.id_number, today=TODAY)
        assert info.number == resident.id_number and resident.id_number_rev == resident.id_number[::-1]
        assert info.birth_date == resident.birth_date
        assert info.sex is Sex(resident.sex)


def test_phones_and_form_fields(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    rows = [r[0] for r in _all(db, Resident)]
    for r in rows:
        assert r.status == "living" and r.version == 1 and r.created_at == r.updated_at
        assert r.ethnicity and r.domicile and r.religion and r.political_status
        if r.phone is not None:
            phone = parse_phone(r.phone)
            assert phone.number == r.phone
            assert r.phone_digits == phone.digits and r.phone_digits_rev == phone.digits[::-1]
    adults = [r for r in rows if (TODAY - r.birth_date).days >= 18 * 366]
    assert 0.7 < sum(1 for r in adults if r.phone) / len(adults) < 0.98
    assert Counter(r.ethnicity for r in rows).most_common(1)[0][0] == "汉族"


def test_search_keys_as_a_single_registration_writes_them(built: tuple[Database, DemoSummary]) -> None:
    db, _ = built
    keys: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for kind, key, resident_id in _all(
        db, ResidentSearchKey.kind, ResidentSearchKey.key, ResidentSearchKey.resident_id
    ):
        keys[resident_id].add((kind, key))
    for resident_id, name in _all(db, Resident.id, Resident.name):
        assert keys[resident_id] == set(resident_search_keys(name))
    node_keys: dict[int, set[str]] = defaultdict(set)
    for key, node_id in _all(db, NodeSearchKey.key, NodeSearchKey.node_id):
        node_keys[node_id].add(key)
    for node_id, kind, name in _all(db, OrgNode.id, OrgNode.kind, OrgNode.name):
        expected = set() if kind == "household" else set(node_search_keys(name))
        assert node_keys.get(node_id, set()) == expected


def test_tags_roles_settings_and_one_audit_entry(built: tuple[Database, DemoSummary]) -> None:
    db, summary = built
    with db.session() as session:
        pairs = session.execute(
            select(Tag.name, ResidentTag.resident_id).join(Tag, Tag.id == ResidentTag.tag_id)
        ).all()
        roles = session.execute(
            select(NodeRole, OrgNode.kind).join(OrgNode, OrgNode.id == NodeRole.node_id)
        ).all()
        names = {rid: name for rid, name in session.execute(select(Resident.id, Resident.name))}
        entries = session.execute(select(AuditEntry.action, AuditEntry.entity_id)).all()
    by_resident: dict[int, set[str]] = defaultdict(set)
    for name, resident_id in pairs:
        by_resident[resident_id].add(name)
    origins = {"户籍人口", "流动人口", "人户分离"}
    assert len(by_resident) == N and all(len(tags & origins) == 1 for tags in by_resident.values())
    assert Counter(name for name, _ in pairs)["户籍人口"] > N / 2
    assert "独居/空巢老人" in {name for name, _ in pairs}

    held = Counter((kind, role.role) for role, kind in roles)
    assert held["community", "grid_chief"] == summary.communities
    assert held["grid", "grid_head"] == summary.grids and held["grid", "grid_worker"] >= summary.grids
    assert held["building", "building_head"] == summary.buildings
    assert (
        held["community", "order_assistant"]
        == held["community", "info_collector"]
        == summary.communities
    )
    assert summary.roles == len(roles)
    for role, _kind in roles:
        assert role.person_name and role.phone and parse_phone(role.phone)
        if role.resident_id is not None:
            assert names[role.resident_id] == role.person_name
    assert any(role.resident_id is None for role, _ in roles)

    office = office_info(db)
    assert office.name == f"{summary.street_name}办事处" and office.address and parse_phone(office.phone)
    # One entry for the whole street, and the holiday calendar's seeding (the service window's).
    assert entries == [("demo_build", str(summary.street_id)), ("seed", "2025,2026")]


def test_same_seed_same_street_on_either_backend(
    db: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    first = build_demo_street(db, residents=120, seed=5, today=TODAY)
    copies = []
    for seed in (5, 6):
        path = tmp_path / f"copy{seed}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        copy = Database(f"sqlite:///{path}")
        build_demo_street(copy, residents=120, seed=seed, today=TODAY)
        copies.append(copy)
    try:
        assert first.residents == 120
        assert _dump(db) == _dump(copies[0])
        assert _dump(db) != _dump(copies[1])
    finally:
        for copy in copies:
            copy.dispose()


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = (OrgNode, Resident, HouseholdMember, NodeRole, NodeSearchKey, ResidentSearchKey, AppSetting)
    with db.session() as session:
        dump = {
            table.__tablename__: sorted(
                tuple(row) for row in session.execute(select(*table.__table__.columns)).all()
            )
            for table in tables
        }
        tags = select(Tag.name, ResidentTag.resident_id).join(Tag, Tag.id == ResidentTag.tag_id)
        dump["resident_tag"] = sorted(tuple(row) for row in session.execute(tags))
    return dump


def test_refuses_a_database_that_already_has_a_tree(db: Database) -> None:
    org.create_node(db, SYSTEM, None, NodeKind.STREET, "东风街道")
    with pytest.raises(ValidationError) as raised:
        build_demo_street(db, residents=50, today=TODAY)
    assert raised.value.args_map["detail"] == "not_empty"
    assert raised.value.args_map["field"] == "database"
    assert residents.count_living(db, SYSTEM) == 0


class Cancelled(Exception):
    pass


def test_a_cancelled_build_leaves_the_database_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_RESIDENTS", 100)
    indexes_before = _indexes(db)

    def cancel(done: int, total: int) -> None:
        if done > 200:
            raise Cancelled

    with pytest.raises(Cancelled):
        build_demo_street(db, residents=N, today=TODAY, progress=cancel)
    with db.session() as session:
        for table in (OrgNode, Resident, Tag, AppSetting, AuditEntry):
            assert session.scalar(select(func.count()).select_from(table)) == 0
    assert _indexes(db) == indexes_before


def _indexes(db: Database) -> dict[str, list[str | None]]:
    inspector = inspect(db.engine)
    return {
        t: sorted(i["name"] or "" for i in inspector.get_indexes(t)) for t in inspector.get_table_names()
    }


def test_progress_then_registering_and_creating_afterwards(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK_RESIDENTS", 100)
    reports: list[tuple[int, int]] = []
    indexes_before = _indexes(db)
    build_demo_street(db, residents=N, seed=3, today=TODAY, progress=lambda d, t: reports.append((d, t)))
    assert _indexes(db) == indexes_before  # dropped for the bulk load on SQLite, then rebuilt
    assert reports[-1] == (N, N) and len(reports) >= 3
    assert [d for d, _ in reports] == sorted({d for d, _ in reports})
    # New rows get the next ids (on PostgreSQL: the sequences were moved past the explicit ids).
    (last_node,) = _all(db, func.max(OrgNode.id))
    (street,) = org.roots(db)
    community = org.children(db, street.id)[0]
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "新网格")
    assert grid.id == last_node[0] + 1
    household = next(n for n in _all(db, OrgNode.id, OrgNode.kind) if n.kind == "household")
    row = residents.register_resident(
        db,
        SYSTEM,
        residents.NewResident(
            name="测试员", id_number=make_id_number("210102", dt.date(1990, 1, 2), 11)
        ),
        household.id,
        Relation.OTHER,
        today=TODAY,
    )
    assert row.id == N + 1
    assert org.get_node(db, street.id).resident_count == N + 1


def test_ensure_default_tags_is_idempotent(db: Database) -> None:
    with db.session(write=True) as session:
        first = ensure_default_tags(session)
    with db.session(write=True) as session:
        again = ensure_default_tags(session)
        sensitive = {name: flag for name, flag in session.execute(select(Tag.name, Tag.sensitive))}
    assert first == again and set(first) == {t.name for t in DEFAULT_TAGS}
    assert sensitive["重点人员"] and sensitive["残疾"] and sensitive["留守儿童"]
    assert not sensitive["户籍人口"] and not sensitive["退役军人"]


def test_households_hang_together() -> None:
    """Without a database: many households, checked for what a clerk would find implausible."""
    rng = random.Random(1)
    maker = PeopleMaker(rng, NameMaker(rng), CITIES[0], "东风街道", TODAY)
    sizes = maker.household_sizes(6_000)
    assert sum(sizes) == 6_000 and 2.7 < 6_000 / len(sizes) < 3.1
    ages: list[int] = []
    names: list[str] = []
    for size in sizes:
        people = maker.household(size).people
        assert len(people) == size and [p.relation for p in people].count(Relation.HEAD) == 1
        head = people[0]
        for person in people:
            ages.append(person.age)
            names.append(person.name)
            assert 0 <= person.age <= 100
            if person.relation is Relation.SPOUSE:
                assert person.male != head.male and abs(person.age - head.age) <= 10
            if person.relation is Relation.CHILD:
                assert head.age - person.age >= 15
            if person.relation is Relation.PARENT:
                assert person.age - head.age >= 20
    assert min(ages) == 0 and max(ages) >= 90
    assert 35 < sum(ages) / len(ages) < 50
    assert any("·" in name for name in names)  # 维吾尔族 names: own name · father's name
    assert len(set(names)) > len(names) * 0.5


def test_names_include_what_search_must_cope_with() -> None:
    rng = random.Random(2)
    maker = NameMaker(rng)
    surnames = Counter(maker.surname() for _ in range(50_000))
    assert {name for name, _ in surnames.most_common(3)} == {"王", "李", "张"}
    assert {"欧阳", "司马", "上官", "诸葛", "单", "曾", "解", "仇", "朴", "查", "覃", "盖"} <= set(
        surnames
    )
    given = {maker.given(rng.random() < 0.5, rng.randint(1930, 2026)) for _ in range(20_000)}
    rare = {"䶮", "𠇔", "堃", "喆", "淼", "犇", "昇", "珺"}
    assert len(rare & {ch for name in given for ch in name}) >= 4
