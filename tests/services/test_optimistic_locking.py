"""Two desks editing the same record: the second save is refused with ``Conflict`` (saying who
changed it and when, where the service knows), nothing of it is written, and after a reload the
save goes through. Service requests and cases are covered in test_window_concurrency.py and
test_review_issue4.py; party units and paired units in test_party.py / test_paired_units.py."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from street_fixtures import SmallStreet

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, Resident
from gridgov_desktop.domain.enums import Relation, StaffRole
from gridgov_desktop.domain.errors import Conflict, NotFound, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import households, org, roles, tree_edit
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.registry import get_resident, update_resident

DESK = Path(__file__).with_name("edit_desk.py")


def _audited(db: Database, entity: str, action: str) -> int:
    with db.session() as session:
        query = select(func.count()).where(AuditEntry.entity == entity, AuditEntry.action == action)
        return int(session.scalar(query.select_from(AuditEntry)) or 0)


def _a_resident(db: Database) -> int:
    with db.session() as session:
        found = session.scalar(select(Resident.id).where(Resident.name == "张三明"))
    assert found is not None
    return found


def test_two_desks_saving_one_resident_at_once_one_wins_the_other_is_refused(
    db: Database, small_street: SmallStreet, tmp_path: Path
) -> None:
    resident = _a_resident(db)
    go = tmp_path / "go"
    readies = [tmp_path / "ready-1", tmp_path / "ready-2"]
    desks = [
        subprocess.Popen(
            [sys.executable, str(DESK), db.url, str(resident), "employer", value, str(ready), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for value, ready in zip(("第一单位", "第二单位"), readies, strict=True)
    ]
    for ready in readies:
        while not ready.exists() and all(desk.poll() is None for desk in desks):
            time.sleep(0.01)
    go.write_text("go")
    outputs = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        outputs.append(out.strip())

    assert sorted(o.split(":")[0] for o in outputs) == ["conflict", "ok"]
    refused = next(o for o in outputs if o.startswith("conflict"))
    assert "重新" in refused and "Traceback" not in refused
    winner = ("第一单位", "第二单位")[outputs.index("ok")]
    detail = get_resident(db, SYSTEM, resident)
    assert detail.employer == winner and detail.version == 2  # exactly one save landed
    assert _audited(db, "resident", "update") == 1
    # The refused desk reloads and saves again.
    saved = update_resident(db, SYSTEM, resident, {"employer": "第三单位"}, expected_version=2)
    assert saved.employer == "第三单位" and saved.version == 3


def test_a_stale_resident_save_is_refused_and_writes_nothing(
    db: Database, small_street: SmallStreet
) -> None:
    resident = _a_resident(db)
    seen = get_resident(db, SYSTEM, resident).version
    update_resident(db, SYSTEM, resident, {"notes": "第一位办事员"}, expected_version=seen)
    with pytest.raises(Conflict) as refused:
        update_resident(db, SYSTEM, resident, {"name": "张三", "notes": "第二位"}, expected_version=seen)
    assert "重新" in describe_error(refused.value, "zh_CN")
    detail = get_resident(db, SYSTEM, resident)
    assert (detail.name, detail.notes) == ("张三明", "第一位办事员")


def test_a_versioned_row_changed_between_read_and_write_is_a_conflict_not_a_crash(
    db: Database, small_street: SmallStreet
) -> None:
    """The race a service's own check cannot see: the row's version column decides at the write."""
    resident = _a_resident(db)
    with pytest.raises(Conflict), db.session(write=True) as session:
        row = session.get(Resident, resident)
        assert row is not None
        row.notes = "后保存的窗口"
        # Another desk's save lands between this desk's read and its write (emulated in the same
        # transaction, so that it runs alike on SQLite, whose writers take turns, and PostgreSQL).
        with session.no_autoflush:
            session.execute(
                update(Resident)
                .where(Resident.id == resident)
                .values(version=Resident.version + 1)
                .execution_options(synchronize_session=False)
            )
        session.flush()
    assert get_resident(db, SYSTEM, resident).notes != "后保存的窗口"


def test_renaming_a_node_that_another_desk_renamed_names_who_and_when(
    db: Database, small_street: SmallStreet
) -> None:
    compound = small_street.compound
    seen = org.get_node(db, compound).version
    tree_edit.rename_node(db, SYSTEM, compound, "幸福里一期", seen)
    renames = _audited(db, "node", "rename")
    with pytest.raises(Conflict) as refused:
        tree_edit.rename_node(db, SYSTEM, compound, "幸福里二期", seen)
    error = refused.value
    assert error.args_map["detail"] == "edited_by"
    assert error.args_map["by"] == SYSTEM.username
    assert dt.datetime.strptime(error.args_map["at"], "%H:%M")  # today: the time only
    assert "幸福里" not in str(error.args_map["by"])
    assert org.get_node(db, compound).name == "幸福里一期" and _audited(db, "node", "rename") == renames
    reloaded = org.get_node(db, compound)
    assert (
        tree_edit.rename_node(db, SYSTEM, compound, "幸福里二期", reloaded.version).name == "幸福里二期"
    )


def test_moving_a_node_another_desk_changed_is_refused(db: Database, small_street: SmallStreet) -> None:
    building = org.get_node(db, small_street.household_501).parent_id  # the unit
    assert building is not None
    unit = org.get_node(db, building)
    tree_edit.rename_node(db, SYSTEM, unit.id, "二单元", unit.version)
    other_building = org.get_node(db, small_street.other_household).parent_id
    assert other_building is not None
    target = org.get_node(db, other_building).parent_id  # a building: a unit's parent's level
    assert target is not None
    with pytest.raises(Conflict):
        tree_edit.move_node(db, SYSTEM, unit.id, target, unit.version)
    assert org.get_node(db, unit.id).parent_id == org.get_node(db, building).parent_id


def test_a_household_change_planned_before_another_desks_change_is_refused(
    db: Database, small_street: SmallStreet
) -> None:
    h501 = households.household(db, SYSTEM, small_street.household_501)
    head = next(m for m in h501.members if m.relation == Relation.HEAD)
    spouse = next(m for m in h501.members if m.relation == Relation.SPOUSE)
    on = dt.date(2026, 11, 21)
    relations = {spouse.resident_id: Relation.HEAD, head.resident_id: Relation.SPOUSE}
    first = households.plan_change_head(db, SYSTEM, h501.household_id, relations, on)
    second = households.plan_move_out(db, SYSTEM, [spouse.resident_id], on, reason="迁往外地")
    households.apply_plan(db, SYSTEM, first)
    before = households.household(db, SYSTEM, small_street.household_501)
    with pytest.raises(Conflict) as refused:
        households.apply_plan(db, SYSTEM, second)
    assert "重新" in describe_error(refused.value, "zh_CN")
    assert households.household(db, SYSTEM, small_street.household_501) == before  # nothing written
    fresh = households.plan_move_out(
        db, SYSTEM, [spouse.resident_id], on, reason="迁往外地",
        new_head_relations={head.resident_id: Relation.HEAD},
    )  # fmt: skip
    households.apply_plan(db, SYSTEM, fresh)  # after a fresh review it goes through


def test_two_desks_ending_or_appointing_one_role_the_second_is_refused(
    db: Database, small_street: SmallStreet
) -> None:
    grid = org.get_node(db, small_street.compound).parent_id
    assert grid is not None
    first = roles.assign_role(
        db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="王网格", phone="13800001111"
    )
    with pytest.raises(ValidationError) as taken:  # the second desk still saw the place empty
        roles.assign_role(
            db, SYSTEM, grid, StaffRole.GRID_HEAD, person_name="李网格", phone="13800002222"
        )
    assert taken.value.args_map["detail"] == "role_taken" and "王网格" in describe_error(taken.value)
    roles.end_role(db, SYSTEM, first.id)
    ended = _audited(db, "role", "end")
    with pytest.raises(NotFound):  # the second desk ends the same role: already done, nothing written
        roles.end_role(db, SYSTEM, first.id)
    assert _audited(db, "role", "end") == ended
