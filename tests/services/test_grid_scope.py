"""Grid workers see only the residents of their own grids (issue 6): in search, lists, counts,
household views, duplicate checks, exports and registers; refused outside; everyone else sees all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from grid_scope_fixtures import TwoGrids, actor_of, build_two_grids
from openpyxl import load_workbook

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation, UserRole
from gridgov_desktop.domain.errors import Duplicate, PermissionDenied
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import grid_scope, households, registers, registry, residents
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.resident_export import export_residents
from gridgov_desktop.services.residents import NewResident
from gridgov_desktop.services.search import search_residents
from gridgov_desktop.services.service_requests import resident_id_by_number

GRID_ONE = {"张三明", "曾小红", "张小明", "单田芳", "欧阳娜娜", "王䶮", "李𠇔"}
TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="module")
def grids(module_db: Database) -> tuple[Database, TwoGrids]:
    return module_db, build_two_grids(module_db)


def names(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {hit.row.name for hit in hits}


@pytest.mark.parametrize(
    "text",
    ["赵二虎", "赵", "zeh", "zhaoerhu", "13655556666", "6666", "9-1-901", "和平苑", "9栋1单元"],
)
def test_search_leaves_out_other_grids(grids: tuple[Database, TwoGrids], text: str) -> None:
    db, g = grids
    assert "赵二虎" in names(search_residents(db, SYSTEM, text))
    assert "赵二虎" not in names(search_residents(db, g.worker, text))


def test_search_by_id_number_and_name_inside_the_grid(grids: tuple[Database, TwoGrids]) -> None:
    db, g = grids
    number = g.street.ids["张三明"]
    assert names(search_residents(db, g.worker, number)) == {"张三明"}
    assert names(search_residents(db, g.worker, number[-4:])) >= {"张三明"}
    assert names(search_residents(db, g.worker, "zsm")) == {"张三明"}
    assert names(search_residents(db, g.worker, "13812345678")) == {"张三明"}
    assert names(search_residents(db, g.worker, "幸福里")) >= {"张三明", "单田芳"}
    assert search_residents(db, g.worker, "和平苑") == []


def test_lists_and_counts(grids: tuple[Database, TwoGrids]) -> None:
    db, g = grids
    everyone = residents.resident_ids(db, SYSTEM)
    mine = residents.resident_ids(db, g.worker)
    assert len(everyone) == 8
    assert {r.name for r in residents.resident_rows(db, g.worker, everyone)} == GRID_ONE
    assert {r.name for r in residents.resident_rows(db, SYSTEM, mine)} == GRID_ONE
    assert residents.resident_ids(db, g.worker, g.street.street) == mine  # the street: their grids
    assert set(residents.resident_ids(db, g.worker, order_by="name")) == set(mine)
    assert residents.resident_ids(db, g.worker, g.street.household_501) == residents.resident_ids(
        db, SYSTEM, g.street.household_501
    )
    with pytest.raises(PermissionDenied):
        residents.resident_ids(db, g.worker, g.grid_two)
    assert residents.count_living(db, SYSTEM) == 8
    assert residents.count_living(db, g.worker) == 7


def test_records_and_households_outside_are_refused(grids: tuple[Database, TwoGrids]) -> None:
    db, g = grids
    assert households.household(db, g.worker, g.street.household_501).members
    with pytest.raises(PermissionDenied):
        households.household(db, g.worker, g.household_two)
    with pytest.raises(PermissionDenied):
        registry.get_resident(db, g.worker, g.resident_two)
    with pytest.raises(PermissionDenied):
        registry.reveal(db, g.worker, g.resident_two, "phone")
    with pytest.raises(PermissionDenied):
        resident_id_by_number(db, g.worker, registry.reveal(db, SYSTEM, g.resident_two, "id_number"))
    assert resident_id_by_number(db, g.worker, g.street.ids["张三明"]) is not None
    with pytest.raises(PermissionDenied):
        households.plan_move_in(db, g.worker, g.resident_two, g.street.household_502,
                                Relation.OTHER, TODAY)  # fmt: skip
    with pytest.raises(PermissionDenied):
        households.plan_change_head(db, g.worker, g.household_two, {}, TODAY)


def test_duplicate_check_refuses_without_saying_who(grids: tuple[Database, TwoGrids]) -> None:
    db, g = grids
    record = registry.get_resident(db, SYSTEM, g.resident_two)
    number = residents.resident_rows(db, SYSTEM, [g.resident_two])[0]
    # the full number, known to the clerk typing it
    full = registry.reveal(db, SYSTEM, g.resident_two, "id_number")
    check = registry.find_duplicates(db, g.worker, name="x", birth_date=None, id_number=full)
    assert check.same_id is None and check.id_taken_elsewhere and check.id_taken
    assert registry.find_duplicates(db, SYSTEM, name="x", birth_date=None, id_number=full).same_id
    with pytest.raises(Duplicate) as refused:
        residents.register_resident(
            db, g.worker, NewResident(name="冒名", id_number=full), g.street.household_502,
            Relation.OTHER, today=TODAY,
        )  # fmt: skip
    text = refused.value.args_map
    assert text["key"] == "" and record.name not in str(refused.value) and number.name == "赵二虎"


def test_no_grids_sees_nobody_and_is_told_why(grids: tuple[Database, TwoGrids]) -> None:
    db, g = grids
    with pytest.raises(PermissionDenied) as refused:
        search_residents(db, g.idle_worker, "张三明")
    assert refused.value.args_map["detail"] == grid_scope.NO_GRIDS
    zh, en = grid_scope.MESSAGE_TEXTS[("permission_denied", grid_scope.NO_GRIDS)]
    assert "网格" in zh and "grids" in en
    with pytest.raises(PermissionDenied):
        residents.resident_ids(db, g.idle_worker)
    assert describe_error(refused.value, "en")  # words, whatever messages.TEXT_MODULES holds


def test_exports_and_registers_hold_the_grids_only(
    grids: tuple[Database, TwoGrids], tmp_path: Path
) -> None:
    db, g = grids
    export_residents(db, g.worker, tmp_path / "mine.xlsx", node_id=None)
    sheet = load_workbook(tmp_path / "mine.xlsx", read_only=True).worksheets[0]
    exported = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    assert exported == GRID_ONE
    with pytest.raises(PermissionDenied):
        export_residents(db, g.worker, tmp_path / "other.xlsx", node_id=g.grid_two)
    register = registers.resident_register(db, g.worker, g.street.street, today=TODAY)
    printed = {p.name for b in register.buildings for h in b.households for p in h.people}
    assert printed == GRID_ONE
    full = registers.resident_register(db, SYSTEM, None, today=TODAY)
    assert full.resident_count == 8
    with pytest.raises(PermissionDenied):
        registers.resident_register(db, g.worker, g.grid_two, today=TODAY)


def test_other_roles_see_everyone(grids: tuple[Database, TwoGrids]) -> None:
    db, _g = grids
    for role in (UserRole.FRONT_DESK, UserRole.MEDIATOR):
        actor = actor_of(db, f"see-{role.value}", role)
        assert "赵二虎" in names(search_residents(db, actor, "赵二虎"))
        assert len(residents.resident_ids(db, actor)) == 8
    head = actor_of(db, "see-head", UserRole.HEAD)
    assert residents.count_living(db, head) == 8
    with pytest.raises(PermissionDenied):
        search_residents(db, head, "赵二虎")
