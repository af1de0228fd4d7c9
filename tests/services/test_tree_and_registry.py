"""The organisation tree and registering residents into households."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from street_fixtures import TODAY, SmallStreet, id_for  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import HouseholdMember, Resident, ResidentSearchKey
from gridgov_desktop.domain.enums import NodeKind, Relation, Sex
from gridgov_desktop.domain.errors import Duplicate, InvalidIdNumber, NotFound, ValidationError
from gridgov_desktop.services import org, residents
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident


def test_children_load_level_by_level_with_counts(db: Database, small_street: SmallStreet) -> None:
    (street,) = org.roots(db)
    assert street.kind is NodeKind.STREET and street.has_children
    assert street.resident_count == 7 and street.household_count == 3
    (community,) = org.children(db, street.id)
    assert community.name == "幸福社区"
    (grid,) = org.children(db, community.id)
    compounds = org.children(db, grid.id)
    assert [c.name for c in compounds] == ["幸福里小区", "锦绣花园"]
    assert [c.resident_count for c in compounds] == [5, 2]
    household = org.get_node(db, small_street.household_501)
    assert household.display_name == "3-2-501" and not household.has_children
    assert household.address == "幸福里小区3栋2单元501室"
    assert [a.name for a in org.ancestors(db, household.id)][:2] == ["东风街道", "幸福社区"]


def test_a_node_must_be_one_level_below_its_parent(db: Database, small_street: SmallStreet) -> None:
    with pytest.raises(ValidationError):
        org.create_node(db, SYSTEM, small_street.community, NodeKind.BUILDING, "9栋")
    with pytest.raises(NotFound):
        org.create_node(db, SYSTEM, 99999, NodeKind.GRID, "x")
    with pytest.raises(ValidationError):
        org.create_node(db, SYSTEM, small_street.community, NodeKind.GRID, "   ")


def test_resident_list_of_a_subtree(db: Database, small_street: SmallStreet) -> None:
    assert len(residents.resident_ids(db, SYSTEM)) == 7
    in_compound = residents.resident_ids(db, SYSTEM, small_street.compound)
    rows = residents.resident_rows(db, SYSTEM, in_compound)
    assert {r.name for r in rows} == {"张三明", "曾小红", "张小明", "单田芳", "欧阳娜娜"}
    assert [r.id for r in rows] == in_compound  # rows come back in the order asked
    assert residents.resident_ids(db, SYSTEM, small_street.household_502) == in_compound[3:]
    with pytest.raises(NotFound):
        residents.resident_ids(db, SYSTEM, 424242)


def test_registration_derives_birth_date_and_sex_from_the_id(
    db: Database, small_street: SmallStreet
) -> None:
    row = register_resident(
        db,
        SYSTEM,
        NewResident(name="赵丽", id_number=id_for(TODAY.replace(year=1995), 124)),
        small_street.household_502,
        Relation.SIBLING,
        today=TODAY,
    )
    assert row.sex is Sex.FEMALE and row.birth_date == TODAY.replace(year=1995)
    assert row.age(TODAY) == 31
    with db.session() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ResidentSearchKey)
                .where(ResidentSearchKey.resident_id == row.id)
            )
            > 0
        )
        member = session.scalar(select(HouseholdMember).where(HouseholdMember.resident_id == row.id))
        assert member is not None and member.relation == Relation.SIBLING and member.left_on is None
    assert org.get_node(db, small_street.street).resident_count == 8


def test_fifteen_digit_ids_are_stored_converted(db: Database, small_street: SmallStreet) -> None:
    row = register_resident(
        db,
        SYSTEM,
        NewResident(name="老王", id_number="210102550101123"),
        small_street.household_502,
        Relation.PARENT,
        today=TODAY,
    )
    with db.session() as session:
        stored = session.scalar(select(Resident.id_number).where(Resident.id == row.id))
    assert stored is not None and len(stored) == 18 and stored.startswith("21010219550101123")


def test_bad_input_writes_nothing(db: Database, small_street: SmallStreet) -> None:
    before = residents.count_living(db, SYSTEM)
    bad_check = small_street.ids["张三明"][:-1] + ("0" if small_street.ids["张三明"][-1] != "0" else "1")
    with pytest.raises(InvalidIdNumber):
        register_resident(
            db,
            SYSTEM,
            NewResident(name="甲", id_number=bad_check),
            small_street.household_501,
            Relation.OTHER,
        )
    with pytest.raises(Duplicate):
        register_resident(
            db,
            SYSTEM,
            NewResident(name="乙", id_number=small_street.ids["张三明"]),
            small_street.household_501,
            Relation.OTHER,
        )
    with pytest.raises(NotFound):  # a compound is not a household
        register_resident(
            db, SYSTEM, NewResident(name="丙", sex=Sex.MALE), small_street.compound, Relation.OTHER
        )
    with pytest.raises(ValidationError):
        register_resident(db, SYSTEM, NewResident(name="丁"), small_street.household_501, Relation.OTHER)
    assert residents.count_living(db, SYSTEM) == before
    assert org.get_node(db, small_street.street).resident_count == before


def test_nodes_are_named_by_path_or_id(db: Database, small_street: SmallStreet) -> None:
    assert org.resolve_node(db, "东风街道/幸福社区/第一网格/幸福里小区").id == small_street.compound
    assert (
        org.resolve_node(db, "幸福社区/第一网格/幸福里小区/3栋/2单元/3-2-501").id
        == small_street.household_501
    )
    assert org.resolve_node(db, str(small_street.community)).name == "幸福社区"
    assert org.resolve_node(db, "幸福社区/幸福里小区").id == small_street.compound  # grid left out
    with pytest.raises(NotFound):
        org.resolve_node(db, "幸福社区/没有这个网格")


@pytest.mark.parametrize("descending", [False, True])
def test_lists_sort_by_a_column_in_the_database(
    db: Database, small_street: SmallStreet, descending: bool
) -> None:
    def names(key: str) -> list[str]:
        ids = residents.resident_ids(
            db, SYSTEM, small_street.compound, order_by=key, descending=descending
        )
        return [r.name for r in residents.resident_rows(db, SYSTEM, ids)]

    # ouyang, shan, zeng (not ceng), zhangsan, zhangxiao
    by_name = ["欧阳娜娜", "单田芳", "曾小红", "张三明", "张小明"]
    assert names("name") == (by_name[::-1] if descending else by_name)
    youngest_first = ["张小明", "欧阳娜娜", "曾小红", "张三明", "单田芳"]
    assert names("age") == (youngest_first[::-1] if descending else youngest_first)
    # People without a phone come last in either direction.
    assert names("phone")[-1] == "张小明"
    with pytest.raises(ValidationError):
        residents.resident_ids(db, SYSTEM, small_street.compound, order_by="salary")
