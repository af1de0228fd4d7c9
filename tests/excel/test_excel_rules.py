"""Every check of the import, each reported at the row and column Excel shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from excel_helpers import TODAY, Street, build_street, checksum, id_for, person, write_sheet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.resident_import import ImportReport, Severity, import_residents

MAN = id_for(dt.date(1985, 3, 4), 13)


def _dry(db: Database, path: Path) -> ImportReport:
    return import_residents(db, SYSTEM, path, dry_run=True, skip_bad_rows=False, today=TODAY)


def _found(report: ImportReport, severity: Severity) -> dict[tuple[int, str], str]:
    found: dict[tuple[int, str], str] = {}
    for p in report.problems:
        if p.severity is severity:
            found[(p.row_number, p.column)] = found.get((p.row_number, p.column), "") + p.message_zh
    return found


def _own_flat(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row in a flat of its own (room = its Excel row number), so the rules do not mix."""
    return [{**row, "room": str(n)} for n, row in enumerate(rows, 2)]


def test_each_cell_rule_at_its_row_and_column(db: Database, street: Street, tmp_path: Path) -> None:
    old = id_for(dt.date(1965, 4, 5), 17)
    rows = _own_flat(
        [
            person(name=None, id_number=id_for(dt.date(1990, 1, 1), 11)),  # 2
            person(name="张三1", id_number=id_for(dt.date(1990, 1, 2), 11)),  # 3
            person(id_number=MAN[:-1] + ("0" if MAN[-1] != "0" else "1")),  # 4: check character
            person(id_number=float(MAN[:15] + "000")),  # 5: Excel made a number of it
            person(id_number="3.30102E+17"),  # 6: …and someone copied the number as text
            person(id_number=MAN[:6] + "********" + MAN[-4:]),  # 7: an export's masked number
            person(id_number=id_for(dt.date(2027, 1, 1), 11)),  # 8: born tomorrow and later
            person(id_number=id_for(dt.date(1990, 1, 3), 11), phone="1381234"),  # 9
            person(id_number=id_for(dt.date(1990, 1, 4), 11), relation="邻居"),  # 10
            person(id_number=id_for(dt.date(1990, 1, 5), 11), relation=None),  # 11
            person(id_number=id_for(dt.date(1990, 1, 6), 11), community=None),  # 12
            person(id_number=None, name="新生儿"),  # 13: no number, no sex
            person(id_number=None, sex="女", birth_date="八零年"),  # 14
            person(id_number=id_for(dt.date(1990, 1, 7), 11), name="#N/A"),  # 15
            person(
                id_number=id_for(dt.date(1990, 1, 8), 11),
                political_status="中国共产党党员（2001年7月入党）",
            ),
            person(id_number=id_for(dt.date(1990, 1, 9), 11), tags="户籍人口、贫困户"),  # 17
            person(id_number=id_for(dt.date(1980, 5, 17), 11)),  # 18: 张三明's number
            person(id_number=id_for(dt.date(1991, 1, 1), 11)),  # 19
            person(id_number=id_for(dt.date(1991, 1, 1), 11)),  # 20: same as 19
            person(id_number=id_for(dt.date(1991, 1, 2), 11), community="幸运社区"),  # 21
            person(id_number=id_for(dt.date(1991, 1, 3), 11), compound="幸福花园"),  # 22
            person(id_number=id_for(dt.date(1991, 1, 4), 11), sex="女"),  # 23: a man's number
            person(id_number=id_for(dt.date(1991, 1, 5), 11), birth_date="1991-05-01"),  # 24
            person(id_number=old[:6] + old[8:17]),  # 25: a 15-digit number
            person(id_number=id_for(dt.date(1991, 1, 6), 11), political_status="积极分子"),  # 26
            person(id_number=None, sex="男", birth_date="2026-02-03", name="张小宝"),  # 27
            person(id_number=id_for(dt.date(1991, 1, 7), 11), building="3", unit="2", room="501"),
        ]
    )
    rows[-1]["room"] = "501"  # 28: 3-2-501 already has a head (张三明)
    before = checksum(db)
    report = _dry(db, write_sheet(tmp_path / "bad.xlsx", rows))
    assert checksum(db) == before
    errors = _found(report, Severity.ERROR)
    expected = {
        (2, "姓名"): "姓名未填写",
        (3, "姓名"): "数字或符号「1」",
        (4, "公民身份号码"): "校验位不符",
        (5, "公民身份号码"): "身份证号被Excel转成了数字",
        (6, "公民身份号码"): "身份证号被Excel转成了数字",
        (7, "公民身份号码"): "隐藏后的号码",
        (8, "公民身份号码"): "晚于今天",
        (9, "联系电话"): "位数不对",
        (10, "与户主关系"): "「邻居」无法识别",
        (11, "与户主关系"): "未填写",
        (12, "社区"): "社区未填写",
        (13, "性别"): "须填写性别",
        (14, "出生日期"): "「八零年」无法识别",
        (15, "姓名"): "Excel 错误值 #N/A",
        (16, "政治面貌"): "过长",
        (17, "人员类别"): "「贫困户」不存在。可用的类别有：户籍人口、",
        (18, "公民身份号码"): "已登记：张三明（幸福里小区3栋2单元501室）",
        (19, "公民身份号码"): "与第20行重复",
        (20, "公民身份号码"): "与第19行重复",
        (21, "社区"): "找不到社区「幸运社区」。系统中的社区有：",
        (22, "小区"): "幸福社区下找不到小区「幸福花园」",
        (28, "与户主关系"): "该户（3-2-501）已有户主 张三明",
    }
    for key, text in expected.items():
        assert text in errors.get(key, ""), (key, errors.get(key))
    assert set(errors) == set(expected), set(errors) ^ set(expected)
    assert "幸福社区" in errors[(21, "社区")] and "和平社区" in errors[(21, "社区")]
    warnings = _found(report, Severity.WARNING)
    assert "性别填的是“女”，与身份证号（男）不符" in warnings[(23, "性别")]
    assert "出生日期填的是 1991-05-01，与身份证号（1991-01-05）不符" in warnings[(24, "出生日期")]
    assert f"15位旧号码已转换为18位：{old}" in warnings[(25, "公民身份号码")]
    assert "「积极分子」不在常用选项中" in warnings[(26, "政治面貌")]
    assert "未填写公民身份号码" in warnings[(27, "公民身份号码")]
    assert report.rows_read == 27 and report.rows_valid == 5  # rows 23–27
    assert report.rows_written == 0 and report.dry_run


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-21", dt.date(2026, 11, 21)),
        ("2026/11/21", dt.date(2026, 11, 21)),
        ("2026.11.21", dt.date(2026, 11, 21)),
        ("2026年11月21日", dt.date(2026, 11, 21)),
        ("２０２６年１１月２１日", dt.date(2026, 11, 21)),
        ("20261121", dt.date(2026, 11, 21)),
        (20261121, dt.date(2026, 11, 21)),
        (dt.datetime(2026, 11, 21, 0, 0), dt.date(2026, 11, 21)),
        (46347, dt.date(2026, 11, 21)),  # a date cell shown as a number
        ("2026-1-2 00:00:00", dt.date(2026, 1, 2)),
        ("2026-02-30", None),
        ("十一月", None),
    ],
)
def test_dates_in_the_usual_spellings(typed: object, expected: dt.date | None) -> None:
    from gridgov_desktop.services.excel_values import parse_date

    assert parse_date(typed) == expected


def test_names_rare_characters_interpuncts_and_padding(sqlite_db: Database, tmp_path: Path) -> None:
    build_street(sqlite_db)
    names = ["王𠇔", "䶮", "阿卜杜拉•买买提", "张  三", "玛丽亚 · 李", "John Smith", "\ue000李"]
    rows = [
        person(name=name, id_number=id_for(dt.date(1990, 2, 1 + i), 11), room=str(101 + i))
        for i, name in enumerate(names)
    ]
    report = import_residents(
        sqlite_db, SYSTEM, write_sheet(tmp_path / "n.xlsx", rows), dry_run=False, skip_bad_rows=False,
        today=TODAY,
    )  # fmt: skip
    assert report.errors == () and report.rows_written == len(names)
    assert [(p.row_number, p.column) for p in report.warnings] == [(8, "姓名")]  # private use
    from gridgov_desktop.services.residents import resident_ids, resident_rows

    stored = {row.name for row in resident_rows(sqlite_db, SYSTEM, resident_ids(sqlite_db, SYSTEM))}
    assert {"王𠇔", "䶮", "阿卜杜拉·买买提", "张三", "玛丽亚·李", "John Smith", "\ue000李"} <= stored


def test_headers_by_name_in_any_order_with_extras_and_a_title_row(
    sqlite_db: Database, tmp_path: Path
) -> None:
    build_street(sqlite_db)
    titles = [
        "序号",
        " 房 号 ",
        "关系",
        "身份证号（18位）",
        "＊姓名",
        "手机",
        "小区名称",
        "社区",
        "楼号",
        "单元号",
    ]
    fields = ["seq", "room", "relation", "id_number", "name", "phone", "compound", "community"]
    fields += ["building", "unit"]
    rows = [
        person(seq=1),
        person(seq=2, name="李四妻", id_number=id_for(dt.date(1986, 1, 1), 24), relation="妻"),
    ]
    path = write_sheet(
        tmp_path / "h.xlsx", rows, titles=titles, fields=fields, before=[["幸福社区居民花名册"], []]
    )
    report = _dry(sqlite_db, path)
    assert report.errors == () and report.rows_valid == 2
    assert [p.message_zh for p in report.warnings] == ["未识别的列已忽略：序号。"]
    assert report.warnings[0].row_number == 3  # the header is on row 3


def test_missing_required_columns_are_one_problem(sqlite_db: Database, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "m.xlsx", [person()], titles=["姓名", "公民身份号码", "联系电话"],
        fields=["name", "id_number", "phone"],
    )  # fmt: skip
    report = _dry(sqlite_db, path)
    assert len(report.problems) == 1 and report.rows_read == 0
    problem = report.problems[0]
    assert (problem.row_number, problem.column) == (1, "")
    assert (
        problem.message_zh
        == "缺少必填列：社区、小区、楼栋、单元、房号、与户主关系。请对照导入模板补上这些列。"
    )


def test_inactive_categories_are_refused(sqlite_db: Database, tmp_path: Path) -> None:
    from sqlalchemy import update

    from gridgov_desktop.db.tables import Tag

    build_street(sqlite_db)
    with sqlite_db.session(write=True) as session:
        session.execute(update(Tag).where(Tag.name == "低保").values(is_active=False))
    report = _dry(
        sqlite_db, write_sheet(tmp_path / "t.xlsx", [person(tags="低保，户籍人口; 独居/空巢老人")])
    )
    assert [(p.row_number, p.column) for p in report.errors] == [(2, "人员类别")]
    assert "「低保」已停用" in report.errors[0].message_zh


def test_a_header_of_two_rows(sqlite_db: Database, tmp_path: Path) -> None:
    """ "现住址" over 楼栋 / 单元 / 房号, as offices often draw their registers."""
    build_street(sqlite_db)
    upper = ["姓名", "公民身份号码", "社区", "小区", "现住址", None, None, "与户主关系"]
    lower = [None, None, None, None, "楼栋", "单元", "房号", None]
    fields = ["name", "id_number", "community", "compound", "building", "unit", "room", "relation"]
    path = write_sheet(
        tmp_path / "two.xlsx", [person()], titles=lower, fields=fields, before=[["花名册"], upper]
    )
    report = _dry(sqlite_db, path)
    assert report.problems == () and report.rows_valid == 1
