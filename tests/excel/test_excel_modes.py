"""Dry run, all-or-nothing and skip-bad-rows; households and their heads; cancel and failure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from excel_helpers import TODAY, Street, build_street, checksum, id_for, person, write_sheet  # type: ignore[import-not-found]
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, HouseholdMember, OrgNode, Resident
from gridgov_desktop.domain.enums import Relation, UserRole
from gridgov_desktop.domain.errors import PermissionDenied
from gridgov_desktop.services import excel_bulk
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.resident_import import ImportCancelled, import_residents
from gridgov_desktop.services.residents import count_living


def cn(digits: str) -> str:
    """Digits as Chinese numerals: names may not contain digits."""
    return digits.translate(str.maketrans("0123456789", "零一二三四五六七八九"))


def _family(building: str, room: str, first_seq: int, *relations: str) -> list[dict[str, Any]]:
    return [
        person(
            name=f"家{cn(room)}{'甲乙丙丁'[i]}",
            id_number=id_for(dt.date(1970 + i, 1, 1 + first_seq % 28), first_seq + 2 * i),
            building=building,
            room=room,
            relation=relation,
        )
        for i, relation in enumerate(relations)
    ]


def _mixed_file(path: Path) -> Path:
    """Rows 2–4: a good family; 5–6: a family whose head's ID number is bad; 7: a good single;
    8: a bad member of the first family's flat."""
    rows = _family("8", "101", 1, "户主", "配偶", "子女")
    rows += _family("8", "102", 11, "户主", "子女")
    rows[3]["id_number"] = "210102198001011230"  # wrong check character
    rows += _family("8", "103", 21, "户主")
    rows += [person(name="坏成员", id_number="123", building="8", room="101", relation="子女")]
    return write_sheet(path, rows)


def test_dry_run_and_all_or_nothing_write_nothing(db: Database, street: Street, tmp_path: Path) -> None:
    path = _mixed_file(tmp_path / "mixed.xlsx")
    before = checksum(db)
    dry = import_residents(db, SYSTEM, path, dry_run=True, skip_bad_rows=True, today=TODAY)
    assert checksum(db) == before
    assert (dry.rows_read, dry.rows_valid, dry.rows_written) == (7, 4, 0)
    error_rows = sorted({p.row_number for p in dry.errors})
    assert error_rows == [5, 6, 8]
    dragged = next(p for p in dry.errors if p.row_number == 6)
    assert dragged.message_zh == "本户户主有错误（见第5行），整户未导入。"
    refused = import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY)
    assert refused.rows_written == 0 and refused.rows_valid == 4
    assert checksum(db) == before


def test_skip_bad_rows_writes_the_good_households(db: Database, street: Street, tmp_path: Path) -> None:
    path = _mixed_file(tmp_path / "mixed.xlsx")
    report = import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=True, today=TODAY)
    assert (report.rows_read, report.rows_valid, report.rows_written) == (7, 4, 4)
    assert report.households_created == 2  # 8-1-102 was not created: its head was bad
    with db.session() as session:
        names = set(session.scalars(select(Resident.name).where(Resident.id > 3)))
        assert names == {"家一零一甲", "家一零一乙", "家一零一丙", "家一零三甲"}
        labels = set(session.scalars(select(OrgNode.label).where(OrgNode.label.like("8-%"))))
        assert labels == {"8-1-101", "8-1-103"}
        building = session.scalars(select(OrgNode).where(OrgNode.name == "8栋")).one()
        assert (building.resident_count, building.household_count) == (4, 2)
        compound = session.get(OrgNode, street.compound)
        assert compound is not None and (compound.resident_count, compound.household_count) == (6, 4)
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert '"rows_skipped": 3' in (audit.after or "") and '"file": "mixed.xlsx"' in (
            audit.after or ""
        )
    assert count_living(db, SYSTEM) == 7


def test_household_heads(db: Database, street: Street, tmp_path: Path) -> None:
    rows = _family("9", "101", 1, "户主", "户主", "子女")  # 2–4: two heads
    rows += _family("9", "102", 11, "配偶", "子女")  # 5–6: no head
    rows += [
        person(
            name="新配偶",
            id_number=id_for(dt.date(1950, 1, 1), 22),
            building="3",
            unit="2",
            room="501",
            relation="子女",
        )
    ]  # 7: joins 张三明's household: fine
    rows += [
        person(
            name="新户主",
            id_number=id_for(dt.date(1950, 1, 2), 22),
            building="3",
            unit="2",
            room="502",
            relation="户主",
        )
    ]  # 8: the empty existing household gets its head
    rows += [
        person(
            name="孤儿",
            id_number=id_for(dt.date(1950, 1, 3), 22),
            building="1",
            unit="1",
            room="101",
            compound="锦绣花园",
            relation="兄弟姐妹",
        )
    ]  # 9: 1号楼 = "1": 王䶮's flat
    report = import_residents(
        db,
        SYSTEM,
        write_sheet(tmp_path / "h.xlsx", rows),
        dry_run=False,
        skip_bad_rows=True,
        today=TODAY,
    )
    by_row = {(p.row_number, p.column): p.message_zh for p in report.errors}
    assert by_row[(2, "与户主关系")] == "该户（9-1-101）有多个户主：第2行、第3行。"
    assert by_row[(3, "与户主关系")] == "该户（9-1-101）有多个户主：第2行、第3行。"
    assert by_row[(4, "")] == "本户有错误（见第2行），整户未导入。"
    assert by_row[(5, "与户主关系")].startswith("该户（9-1-102）没有户主（第5、6行）")
    assert by_row[(6, "")] == "本户有错误（见第5行），整户未导入。"
    assert set(by_row) == {(2, "与户主关系"), (3, "与户主关系"), (4, ""), (5, "与户主关系"), (6, "")}
    assert report.rows_written == 3 and report.households_created == 0
    with db.session() as session:
        relation_of = dict(
            session.execute(
                select(Resident.name, HouseholdMember.relation).join(
                    HouseholdMember, HouseholdMember.resident_id == Resident.id
                )
            ).all()
        )
        homes = dict(session.execute(select(Resident.name, Resident.household_id)).all())
    assert homes["新配偶"] == street.household_501 and relation_of["新配偶"] == Relation.CHILD
    assert homes["新户主"] == street.household_502 and relation_of["新户主"] == Relation.HEAD
    assert homes["孤儿"] == street.other_household


def test_an_empty_existing_household_needs_a_head(db: Database, street: Street, tmp_path: Path) -> None:
    row = person(building="3", unit="2", room="502", relation="配偶")
    report = import_residents(
        db,
        SYSTEM,
        write_sheet(tmp_path / "e.xlsx", [row]),
        dry_run=True,
        skip_bad_rows=False,
        today=TODAY,
    )
    assert [(p.row_number, p.column) for p in report.errors] == [(2, "与户主关系")]
    assert "该户（3-2-502）没有户主" in report.errors[0].message_zh


@pytest.mark.parametrize("phase", ["reading", "checking", "writing"])
def test_a_cancel_leaves_the_database_exactly_as_it_was(
    db: Database, street: Street, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, phase: str
) -> None:
    monkeypatch.setattr(excel_bulk, "CHUNK_ROWS", 2)
    rows = [r for n in range(4) for r in _family(str(20 + n), "101", 1 + 7 * n, "户主", "配偶")]
    path = write_sheet(tmp_path / "c.xlsx", rows)
    before = checksum(db)
    # Progress counts three passes over the rows: reading, checking, writing.
    passes_done = {"reading": 0, "checking": 1, "writing": 2}[phase]
    seen: list[int] = []

    def cancel(done: int, total: int) -> None:
        seen.append(done)
        if done > passes_done * total // 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_residents(
            db, SYSTEM, path, dry_run=False, skip_bad_rows=False, progress=cancel, today=TODAY
        )
    assert checksum(db) == before  # rows, counts, audit log, and on SQLite the indexes too
    report = import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY)
    assert report.rows_written == 8  # nothing half-done blocks a second attempt


def test_progress_is_monotonic_and_ends_complete(db: Database, street: Street, tmp_path: Path) -> None:
    rows = [r for n in range(3) for r in _family(str(30 + n), "101", 1 + 7 * n, "户主", "子女")]
    calls: list[tuple[int, int]] = []
    import_residents(
        db, SYSTEM, write_sheet(tmp_path / "p.xlsx", rows), dry_run=False, skip_bad_rows=False,
        progress=lambda d, t: calls.append((d, t)), today=TODAY,
    )  # fmt: skip
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len(calls) >= 3


def test_a_failure_while_writing_rolls_everything_back(
    db: Database, street: Street, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [r for n in range(3) for r in _family(str(40 + n), "101", 1 + 7 * n, "户主", "子女")]
    path = write_sheet(tmp_path / "f.xlsx", rows)
    before = checksum(db)

    def broken(*_args: Any, **_kwargs: Any) -> list[tuple[str, str]]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(excel_bulk, "resident_search_keys", broken)
    with pytest.raises(RuntimeError):
        import_residents(db, SYSTEM, path, dry_run=False, skip_bad_rows=False, today=TODAY)
    assert checksum(db) == before


def test_who_may_import(sqlite_db: Database, tmp_path: Path) -> None:
    build_street(sqlite_db)
    path = write_sheet(tmp_path / "w.xlsx", [person()])
    head = Actor(user_id=None, username="boss", display_name="主任", role=UserRole.HEAD)
    with pytest.raises(PermissionDenied):
        import_residents(sqlite_db, head, path, dry_run=False, skip_bad_rows=False, today=TODAY)
    # A dry run too: its "already registered" findings would tell who is in the registry.
    with pytest.raises(PermissionDenied):
        import_residents(sqlite_db, head, path, dry_run=True, skip_bad_rows=False, today=TODAY)
