"""One resident's record: detail, reveal, edits, duplicates, tags — and who may do what."""

from __future__ import annotations

import datetime as dt

import pytest
from grid_scope_fixtures import actor_of, set_grids  # type: ignore[import-not-found]
from sqlalchemy import select
from street_fixtures import TODAY, SmallStreet, id_for  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import Relation, Sex, UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    InvalidPhone,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.services import org, registry
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.residents import NewResident, register_resident
from gridgov_desktop.services.search import search_residents

CLERK = Actor(user_id=None, username="window3", display_name="三号窗口", role=UserRole.FRONT_DESK)
HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)


def _id_of(db: Database, name: str) -> int:
    return search_residents(db, SYSTEM, name)[0].row.id


def test_detail_is_masked_and_complete(db: Database, small_street: SmallStreet) -> None:
    detail = registry.get_resident(db, CLERK, _id_of(db, "张三明"))
    number = small_street.ids["张三明"]
    assert detail.id_number_masked == number[:6] + "********" + number[-4:]
    assert detail.phone_masked == "138****5678" and detail.has_id_number
    assert detail.relation is Relation.HEAD and detail.household_label == "3-2-501"
    assert detail.address == "幸福里小区3栋2单元501室" and detail.age(TODAY) == 46


def _grid_worker(db: Database, small_street: SmallStreet) -> Actor:
    """A grid worker looking after the small street's grid (the one of its compound)."""
    actor = actor_of(db, "grid1", UserRole.GRID_WORKER)
    grid = org.get_node(db, small_street.compound).parent_id
    assert grid is not None
    set_grids(db, actor.user_id or 0, grid)
    return actor


def test_reveal_needs_the_role_and_is_audited(db: Database, small_street: SmallStreet) -> None:
    GRID = _grid_worker(db, small_street)
    resident_id = _id_of(db, "张三明")
    assert registry.reveal(db, CLERK, resident_id, "id_number") == small_street.ids["张三明"]
    assert registry.reveal(db, GRID, resident_id, "phone") == "13812345678"
    with pytest.raises(PermissionDenied):
        registry.reveal(db, GRID, resident_id, "id_number")
    with pytest.raises(PermissionDenied):
        registry.reveal(db, HEAD, resident_id, "phone")
    with db.session() as session:
        reveals = session.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).all()
    assert [(e.username, e.entity_id) for e in reveals] == [("window3", str(resident_id))] * 1 + [
        ("grid1", str(resident_id))
    ]
    assert all(small_street.ids["张三明"] not in (e.after or "") for e in reveals)


def test_update_changes_fields_keys_and_audits_masked(db: Database, small_street: SmallStreet) -> None:
    resident_id = _id_of(db, "张小明")
    version = registry.get_resident(db, CLERK, resident_id).version
    updated = registry.update_resident(
        db,
        CLERK,
        resident_id,
        {"name": "张晓明", "phone": "139 0000 1111", "education": "高中", "tags": ["户籍人口"]},
        expected_version=version,
    )
    assert updated.name == "张晓明" and updated.phone_masked == "139****1111"
    assert updated.education == "高中" and updated.tags == ("户籍人口",)
    assert [h.row.name for h in search_residents(db, SYSTEM, "zxm")] == ["张晓明"]
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert "13900001111" not in (entry.after or "") and "139****1111" in (entry.after or "")


def test_a_stale_version_is_a_conflict_and_writes_nothing(
    db: Database, small_street: SmallStreet
) -> None:
    resident_id = _id_of(db, "曾小红")
    version = registry.get_resident(db, CLERK, resident_id).version
    registry.update_resident(db, CLERK, resident_id, {"education": "本科"}, expected_version=version)
    with pytest.raises(Conflict):  # the second window still holds the old version
        registry.update_resident(db, CLERK, resident_id, {"education": "大专"}, expected_version=version)
    assert registry.get_resident(db, CLERK, resident_id).education == "本科"


def test_bad_values_are_refused_whole(db: Database, small_street: SmallStreet) -> None:
    resident_id = _id_of(db, "曾小红")
    version = registry.get_resident(db, CLERK, resident_id).version
    with pytest.raises(InvalidPhone):
        registry.update_resident(
            db, CLERK, resident_id, {"education": "本科", "phone": "12345"}, expected_version=version
        )
    with pytest.raises(Duplicate):
        registry.update_resident(
            db, CLERK, resident_id, {"id_number": small_street.ids["张三明"]}, expected_version=version
        )
    with pytest.raises(ValidationError):
        registry.update_resident(db, CLERK, resident_id, {"notes": "x" * 5000}, expected_version=version)
    with pytest.raises(PermissionDenied):
        registry.update_resident(db, HEAD, resident_id, {"education": "本科"}, expected_version=version)
    detail = registry.get_resident(db, CLERK, resident_id)
    assert detail.education is None and detail.version == version


def test_duplicates_same_id_refused_same_name_and_birth_warned(
    db: Database, small_street: SmallStreet
) -> None:
    check = registry.find_duplicates(
        db, SYSTEM, name="张三明", birth_date=dt.date(1980, 5, 17), id_number=small_street.ids["张三明"]
    )
    assert (
        check.same_id is not None and check.same_id.name == "张三明" and check.same_name_and_birth == ()
    )
    born = dt.date(1980, 5, 17)
    twin = registry.find_duplicates(
        db, SYSTEM, name="张三明", birth_date=born, id_number=id_for(born, 15)
    )
    assert twin.same_id is None and [r.name for r in twin.same_name_and_birth] == ["张三明"]


def test_sensitive_tags_are_hidden_and_kept(db: Database, small_street: SmallStreet) -> None:
    GRID = _grid_worker(db, small_street)
    row = register_resident(
        db,
        SYSTEM,
        NewResident(name="周某", sex=Sex.MALE, tags=("户籍人口", "重点人员")),
        small_street.household_502,
        Relation.OTHER,
    )
    assert "重点人员" in registry.get_resident(db, GRID, row.id).tags
    assert registry.get_resident(db, CLERK, row.id).tags == ("户籍人口",)
    assert "重点人员" not in {t.name for t in registry.list_tags(db, CLERK)}
    # The clerk saves the form with the tags they can see: the sensitive one must survive.
    version = registry.get_resident(db, CLERK, row.id).version
    registry.update_resident(db, CLERK, row.id, {"tags": ["户籍人口", "低保"]}, expected_version=version)
    assert set(registry.get_resident(db, GRID, row.id).tags) == {"户籍人口", "低保", "重点人员"}
    with pytest.raises(ValidationError):
        registry.update_resident(
            db,
            CLERK,
            row.id,
            {"tags": ["重点人员"]},
            expected_version=registry.get_resident(db, CLERK, row.id).version,
        )


def test_the_tag_list_is_editable_by_administrators(db: Database, small_street: SmallStreet) -> None:
    tag = registry.add_tag(db, SYSTEM, "失独家庭")
    assert "失独家庭" in {t.name for t in registry.list_tags(db, CLERK)}
    with pytest.raises(Duplicate):
        registry.add_tag(db, SYSTEM, "失独家庭")
    with pytest.raises(PermissionDenied):
        registry.add_tag(db, CLERK, "随便")
    registry.retire_tag(db, SYSTEM, tag.id)
    assert "失独家庭" not in {t.name for t in registry.list_tags(db, CLERK)}
