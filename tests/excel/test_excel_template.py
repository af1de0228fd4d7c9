"""The import template as a clerk opens it in Excel, and its round trip back into the registry."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import openpyxl
from excel_helpers import FIELDS, TITLES, TODAY, Street, id_for  # type: ignore[import-not-found]
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import (
    AuditEntry,
    HouseholdMember,
    NodeSearchKey,
    OrgNode,
    Resident,
    ResidentSearchKey,
    ResidentTag,
    Tag,
)
from gridgov_desktop.domain.enums import Relation
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.excel_columns import COLUMNS
from gridgov_desktop.services.excel_template import write_import_template
from gridgov_desktop.services.resident_import import import_residents
from gridgov_desktop.services.search import search_residents
from gridgov_desktop.services.search_keys import resident_search_keys


def test_template_columns_marks_lists_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"
    write_import_template(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "居民信息" and book["选项"].sheet_state == "hidden"
    sheet = book["居民信息"]
    assert [cell.value for cell in sheet[1]] == TITLES
    required = {c.title for c in COLUMNS if c.required}
    assert required == {"姓名", "公民身份号码", "社区", "小区", "楼栋", "单元", "房号", "与户主关系"}
    for cell in sheet[1]:
        assert cell.font.b
        assert (cell.font.color.rgb == "00C00000") == (cell.value in required), cell.value
        assert cell.comment is not None and cell.comment.text
    assert sheet.freeze_panes == "A2"
    id_letter = openpyxl.utils.get_column_letter(TITLES.index("公民身份号码") + 1)
    assert sheet.column_dimensions[id_letter].number_format == "@"
    assert sheet.column_dimensions[id_letter].width >= 20
    assert sheet[f"{id_letter}2"].number_format == "@"  # the example row's ID cell is text too
    lists = {
        str(dv.sqref).split(":")[0].rstrip("0123456789"): dv
        for dv in sheet.data_validations.dataValidation
    }

    def choices(title: str) -> list[str]:
        letter = openpyxl.utils.get_column_letter(TITLES.index(title) + 1)
        source = lists[letter].formula1.split("!")[1].replace("$", "")
        return [c.value for row in book["选项"][source] for c in row]

    assert choices("性别") == ["男", "女"]
    assert choices("与户主关系") == [r.label_zh for r in Relation]
    assert "中共党员" in choices("政治面貌") and len(choices("民族")) == 57
    letter = openpyxl.utils.get_column_letter(TITLES.index("性别") + 1)
    assert lists[letter].errorStyle == "stop"
    letter = openpyxl.utils.get_column_letter(TITLES.index("民族") + 1)
    assert lists[letter].errorStyle == "warning"
    example = [cell.value for cell in sheet[2]]
    assert example[TITLES.index("备注")].startswith("【示例】")
    assert "填写说明" in book.sheetnames


def test_template_round_trip_registers_families(db: Database, street: Street, tmp_path: Path) -> None:
    """Template → filled in (as Excel would: dates as date cells, numbers as numbers) → import."""
    path = tmp_path / "模板.xlsx"
    write_import_template(path, db=db)
    book = openpyxl.load_workbook(path)
    sheet = book["居民信息"]
    assert [c.value for c in sheet[2]][TITLES.index("社区")] == "幸福社区"  # from the database
    people = [
        # name, sex, birth, seq, phone, community, compound, building, unit, room, relation, tags
        ("李建国", "男", dt.date(1960, 2, 3), 13, 13911112222, "幸福社区", "幸福里小区", 7, 1, 301,
         "户主", "户籍人口、退役军人"),
        ("赵秀英", "女", "1962/8/9", 24, None, "幸福社区", "幸福里小区", 7, 1, 301, "配偶",
         "户籍人口"),
        ("李𠇔", "男", "1990年1月2日", 35, "024-87654321", "幸福社区", "幸福里小区", 7, 1, 301,
         "子女", None),
        ("阿卜杜拉·买买提", "男", None, 47, None, "幸福", "幸福里", "7栋", "2单元", "101室", "户主",
         "流动人口"),
        ("䶮小䶮", "女", 20150608, 28, None, "和平社区", "和平小区", "1", "1", "101", "户主", None),
    ]  # fmt: skip
    ids = {}
    for name, sex, born, seq, phone, community, compound, b, u, r, relation, tags in people:
        day = born if isinstance(born, dt.date) else None
        day = (
            day
            or {
                "1962/8/9": dt.date(1962, 8, 9),
                "1990年1月2日": dt.date(1990, 1, 2),
                20150608: dt.date(2015, 6, 8),
                None: dt.date(1988, 7, 7),
            }[born]
        )
        ids[name] = id_for(day, seq)
        values = {
            "name": name, "sex": sex, "birth_date": born, "id_number": ids[name], "phone": phone,
            "community": community, "compound": compound, "building": b, "unit": u, "room": r,
            "relation": relation, "tags": tags, "ethnicity": "汉族", "political_status": "党员",
        }  # fmt: skip
        sheet.append([values.get(field) for field in FIELDS])
    book.save(path)

    report = import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY)
    assert report.errors == ()
    assert (report.rows_read, report.rows_valid, report.rows_written) == (5, 5, 5)
    assert report.households_created == 3
    assert any(p.row_number == 2 and "示例" in p.message_zh for p in report.warnings)

    with db.session() as session:
        residents = {r.name: r for r in session.scalars(select(Resident).where(Resident.id > 3))}
        assert set(residents) == {name for name, *_ in people}
        li = residents["李建国"]
        assert (li.id_number, li.sex, li.birth_date, li.phone) == (
            ids["李建国"],
            "M",
            dt.date(1960, 2, 3),
            "13911112222",
        )
        assert li.political_status == "中共党员" and li.id_number_rev == ids["李建国"][::-1]
        assert li.phone_digits == "13911112222" and li.phone_digits_rev == "13911112222"[::-1]
        assert (
            residents["李𠇔"].phone == "024-87654321" and residents["李𠇔"].phone_digits == "02487654321"
        )
        assert residents["赵秀英"].birth_date == dt.date(1962, 8, 9)
        # Households: the right relation codes, one head each, joined today.
        members = session.execute(
            select(
                HouseholdMember.household_id, HouseholdMember.relation, HouseholdMember.joined_on
            ).where(HouseholdMember.resident_id > 3)
        ).all()
        heads = Counter(h for h, relation, _ in members if relation == Relation.HEAD)
        assert sorted(heads.values()) == [1, 1, 1] and {j for *_, j in members} == {TODAY}
        household = session.get(OrgNode, li.household_id)
        assert household is not None
        assert (household.name, household.label, household.kind) == ("301室", "7-1-301", "household")
        assert household.address == "幸福里小区7栋1单元301室"
        unit = session.get(OrgNode, household.parent_id)
        assert unit is not None and unit.name == "1单元"
        building = session.get(OrgNode, unit.parent_id)
        assert building is not None and building.name == "7栋" and building.parent_id == street.compound
        assert building.path == f"{session.get(OrgNode, street.compound).path}{building.id}/"  # type: ignore[union-attr]
        assert building.sort_order == 2  # after 3栋
        assert household.path == f"{unit.path}{household.id}/" and household.depth == 6
        # The second family went to a second unit of the same new building.
        uyghur = session.get(OrgNode, residents["阿卜杜拉·买买提"].household_id)
        assert uyghur is not None and uyghur.label == "7-2-101"
        assert session.get(OrgNode, uyghur.parent_id).parent_id == building.id  # type: ignore[union-attr]
        # Search keys of the new buildings and units, none for households (as create_node writes).
        keys = set(
            session.scalars(select(NodeSearchKey.key).where(NodeSearchKey.node_id == building.id))
        )
        assert (
            "7栋" in keys
            and not session.scalars(
                select(NodeSearchKey.key).where(NodeSearchKey.node_id == household.id)
            ).first()
        )
        # Residents' search keys exactly as a single registration writes them.
        for name, resident in residents.items():
            stored = set(
                session.execute(
                    select(ResidentSearchKey.kind, ResidentSearchKey.key).where(
                        ResidentSearchKey.resident_id == resident.id
                    )
                )
            )
            assert stored == set(resident_search_keys(name)), name
        tag_names = session.scalars(
            select(Tag.name)
            .join(ResidentTag, ResidentTag.tag_id == Tag.id)
            .where(ResidentTag.resident_id == li.id)
        )
        assert set(tag_names) == {"户籍人口", "退役军人"}
        # One audit entry for the whole import.
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        assert len(entries) == 1 and '"rows_written": 5' in (entries[0].after or "")
    _assert_counts_match_a_recount(db)
    assert [h.row.name for h in search_residents(db, SYSTEM, "ljg")] == ["李建国"]
    assert [h.row.name for h in search_residents(db, SYSTEM, "𠇔")] == ["李𠇔"]
    assert "阿卜杜拉·买买提" in [h.row.name for h in search_residents(db, SYSTEM, "买买提")]


def _assert_counts_match_a_recount(db: Database) -> None:
    with db.session() as session:
        nodes = session.execute(
            select(
                OrgNode.id, OrgNode.path, OrgNode.kind, OrgNode.resident_count, OrgNode.household_count
            )
        ).all()
        paths = {node_id: path for node_id, path, *_ in nodes}
        residents: Counter[int] = Counter()
        households: Counter[int] = Counter()
        for (home,) in session.execute(select(Resident.household_id)):
            assert home is not None
            for part in paths[home].strip("/").split("/"):
                residents[int(part)] += 1
        for _node_id, path, kind, *_ in nodes:
            if kind == "household":
                for part in path.strip("/").split("/"):
                    households[int(part)] += 1
        for node_id, _path, _kind, resident_count, household_count in nodes:
            assert (resident_count, household_count) == (residents[node_id], households[node_id]), (
                node_id
            )
