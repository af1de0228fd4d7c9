"""Exports: masked by default, revealed for administrators (audited), and importable again."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import TITLES, TODAY, Street, build_street, id_for, person, write_sheet  # type: ignore[import-not-found]
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, HouseholdMember, OrgNode, Resident, ResidentTag, Tag
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import NotFound, PermissionDenied
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.excel_errors import ExcelFileError
from gridgov_desktop.services.resident_export import export_residents
from gridgov_desktop.services.resident_import import import_residents

CLERK = Actor(user_id=None, username="clerk", display_name="窗口", role=UserRole.FRONT_DESK)


def _families(db: Database, tmp_path: Path) -> list[str]:
    """Registers two families with categories (one sensitive) through the import; their ID numbers."""
    rows = [
        person(name="李建国", id_number=id_for(dt.date(1960, 2, 3), 13), tags="户籍人口、残疾",
               political_status="中共党员", birth_date="1960-02-03", notes="腿脚不便 <需上门>"),
        person(name="赵𠇔", id_number=id_for(dt.date(1962, 8, 9), 24), relation="配偶", phone=None,
               ethnicity="满族", domicile="辽宁省沈阳市和平区"),
        person(name="王小明", id_number=id_for(dt.date(2001, 1, 1), 33), building="6", room="202",
               phone="024-87654321", education="本科"),
    ]  # fmt: skip
    report = import_residents(
        db, SYSTEM, write_sheet(tmp_path / "in.xlsx", rows), dry_run=False, skip_bad_rows=False,
        today=TODAY,
    )  # fmt: skip
    assert report.rows_written == 3, report.errors
    return [row["id_number"] for row in rows]


def _cells(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def test_masked_by_default_and_refused_when_imported(
    db: Database, street: Street, tmp_path: Path
) -> None:
    numbers = _families(db, tmp_path)
    path = tmp_path / "out.xlsx"
    summary = export_residents(db, CLERK, path, node_id=None)
    assert summary.rows == 6 and not summary.revealed
    rows = _cells(path)
    assert rows[0][:6] == [
        "姓名",
        "性别",
        "民族",
        "出生日期",
        "公民身份号码（已隐藏）",
        "联系电话（已隐藏）",
    ]
    assert rows[0][6:] == TITLES[6:]
    with zipfile.ZipFile(path) as archive:
        raw = b"".join(archive.read(name) for name in archive.namelist()).decode("utf-8", "ignore")
    for number in [*numbers, id_for(dt.date(1980, 5, 17), 11)]:
        assert number not in raw and number[:6] + "********" + number[-4:] in raw
    assert "13900001111" not in raw and "139****1111" in raw
    li = next(row for row in rows if row[0] == "李建国")
    assert li[TITLES.index("人员类别")] == "户籍人口"  # 残疾 is sensitive: not for the front desk
    assert li[TITLES.index("备注")] == "腿脚不便 <需上门>"
    report = import_residents(db, SYSTEM, path, dry_run=True, skip_bad_rows=False, today=TODAY)
    id_errors = {p.row_number for p in report.errors if p.column == "公民身份号码"}
    assert id_errors == set(range(2, 8))
    assert all("隐藏后的号码" in p.message_zh for p in report.errors if p.column == "公民身份号码")
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert entry.username == "clerk" and '"revealed": false' in (entry.after or "")


def test_revealed_export_imports_into_another_database(
    db: Database, street: Street, tmp_path: Path, sqlite_template: Path
) -> None:
    _families(db, tmp_path)
    path = tmp_path / "full.xlsx"
    export_residents(db, SYSTEM, path, node_id=None, reveal=True)
    shutil.copyfile(sqlite_template, tmp_path / "other.sqlite3")
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        build_street(other, people=False)
        report = import_residents(other, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY)
        assert report.errors == () and report.rows_written == 6
        assert _people(other) == _people(db)
    finally:
        other.dispose()
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
        assert '"revealed": true' in (entry.after or "") and entry.username == "system"


def _people(db: Database) -> set[tuple[object, ...]]:
    with db.session() as session:
        rows = session.execute(
            select(
                Resident.name,
                Resident.id_number,
                Resident.sex,
                Resident.birth_date,
                Resident.phone,
                Resident.ethnicity,
                Resident.domicile,
                Resident.political_status,
                Resident.education,
                Resident.notes,
                OrgNode.label,
                OrgNode.address,
                HouseholdMember.relation,
            )
            .join(OrgNode, OrgNode.id == Resident.household_id)
            .join(HouseholdMember, HouseholdMember.resident_id == Resident.id)
        ).all()
        tags = session.execute(
            select(Resident.name, Tag.name)
            .join(ResidentTag, ResidentTag.resident_id == Resident.id)
            .join(Tag, Tag.id == ResidentTag.tag_id)
        ).all()
    return {tuple(row) for row in rows} | {tuple(row) for row in tags}  # fmt: skip


def test_a_subtree_only_and_who_may_reveal(db: Database, street: Street, tmp_path: Path) -> None:
    _families(db, tmp_path)
    path = tmp_path / "sub.xlsx"
    assert export_residents(db, CLERK, path, node_id=street.other_household).rows == 1
    rows = _cells(path)
    assert rows[1][:1] == ["王䶮"] and rows[1][7:12] == [
        "幸福社区",
        "锦绣花园",
        "1号楼",
        "1单元",
        "101室",
    ]
    assert export_residents(db, SYSTEM, path, node_id=street.compound).rows == 5
    with pytest.raises(PermissionDenied):
        export_residents(db, CLERK, tmp_path / "no.xlsx", node_id=None, reveal=True)
    with pytest.raises(NotFound):
        export_residents(db, CLERK, tmp_path / "no.xlsx", node_id=99_999)
    with pytest.raises(ExcelFileError) as raised:
        export_residents(db, CLERK, tmp_path / "missing" / "x.xlsx", node_id=None)
    assert raised.value.args_map["detail"] == "unwritable" and "无法写入文件" in str(raised.value)
    assert not (tmp_path / "no.xlsx").exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".gridgov-")]
    assert leftovers == []


def test_households_in_tree_order_heads_first(sqlite_db: Database, tmp_path: Path) -> None:
    street = build_street(sqlite_db)
    _families(sqlite_db, tmp_path)
    rows = _cells_of(sqlite_db, tmp_path)
    order = [(r[9], r[11], r[12]) for r in rows[1:]]
    assert order == [
        ("3栋", "501室", "户主"), ("3栋", "501室", "配偶"), ("5栋", "101室", "户主"),
        ("5栋", "101室", "配偶"), ("6栋", "202室", "户主"), ("1号楼", "101室", "户主"),
    ]  # fmt: skip
    assert street.household_502  # the empty flat has no row


def _cells_of(db: Database, tmp_path: Path) -> list[list[object]]:
    path = tmp_path / "order.xlsx"
    export_residents(db, SYSTEM, path, node_id=None)
    return _cells(path)
