"""Helpers of the Excel tests: a small street registered through the services, and spreadsheets
written the way offices fill them. (A module of its own, not conftest: test modules import it.)"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import func, inspect, select, text

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Base
from gridgov_desktop.domain.enums import NodeKind, Relation
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.excel_columns import COLUMNS
from gridgov_desktop.services.residents import NewResident, register_resident
from gridgov_desktop.services.tags import ensure_default_tags

TODAY = dt.date(2026, 11, 21)
TITLES = [column.title for column in COLUMNS]
FIELDS = [column.field for column in COLUMNS]


@dataclass(frozen=True)
class Street:
    street: int
    community: int
    compound: int
    building: int
    unit: int
    household_501: int
    household_502: int  # exists, nobody lives there
    other_household: int
    quiet_compound: int  # 和平社区/和平小区: no buildings yet


def id_for(day: dt.date, seq: int, area: str = "210102") -> str:
    return make_id_number(area, day, seq)


def build_street(db: Database, *, people: bool = True) -> Street:
    def node(parent: int | None, kind: NodeKind, name: str, label: str | None = None) -> int:
        return org.create_node(db, SYSTEM, parent, kind, name, label=label).id

    street = node(None, NodeKind.STREET, "东风街道")
    community = node(street, NodeKind.COMMUNITY, "幸福社区")
    grid = node(community, NodeKind.GRID, "第一网格")
    compound = node(grid, NodeKind.COMPOUND, "幸福里小区")
    building = node(compound, NodeKind.BUILDING, "3栋")
    unit = node(building, NodeKind.UNIT, "2单元")
    h501 = node(unit, NodeKind.HOUSEHOLD, "501室", "3-2-501")
    h502 = node(unit, NodeKind.HOUSEHOLD, "502室", "3-2-502")
    compound2 = node(grid, NodeKind.COMPOUND, "锦绣花园")
    b2 = node(compound2, NodeKind.BUILDING, "1号楼")
    u2 = node(b2, NodeKind.UNIT, "1单元")
    other = node(u2, NodeKind.HOUSEHOLD, "101室", "1-1-101")
    peace = node(street, NodeKind.COMMUNITY, "和平社区")
    peace_grid = node(peace, NodeKind.GRID, "第一网格")
    quiet = node(peace_grid, NodeKind.COMPOUND, "和平小区")
    registered = [
        ("张三明", dt.date(1980, 5, 17), 11, h501, Relation.HEAD),
        ("曾小红", dt.date(1982, 3, 2), 22, h501, Relation.SPOUSE),
        ("王䶮", dt.date(1975, 6, 6), 61, other, Relation.HEAD),
    ]
    for name, born, seq, household, relation in registered if people else []:
        register_resident(
            db,
            SYSTEM,
            NewResident(name=name, id_number=id_for(born, seq), phone="13812345678"),
            household,
            relation,
            today=TODAY,
        )
    with db.session(write=True) as session:
        ensure_default_tags(session)
    return Street(street, community, compound, building, unit, h501, h502, other, quiet)


def person(**values: Any) -> dict[str, Any]:
    """A row that imports cleanly into a new flat of 幸福里小区 (override any field)."""
    row: dict[str, Any] = {
        "name": "李四",
        "id_number": id_for(dt.date(1985, 3, 4), 13),
        "phone": "13900001111",
        "community": "幸福社区",
        "compound": "幸福里小区",
        "building": "5",
        "unit": "1",
        "room": "101",
        "relation": "户主",
    }
    row.update(values)
    return row


def write_sheet(
    path: Path,
    rows: list[dict[str, Any]],
    *,
    titles: list[str | None] | None = None,
    fields: list[str] | None = None,
    before: list[list[Any]] | None = None,
) -> Path:
    """An .xlsx as Excel users make it (openpyxl, normal mode): ``before`` rows (a title line…),
    then the header, then one line per dict (keys are field names)."""
    titles = titles or list(TITLES)
    fields = fields or FIELDS
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "居民信息"
    for line in before or []:
        sheet.append(line)
    sheet.append(titles)
    for row in rows:
        sheet.append([row.get(field) for field in fields])
    workbook.save(path)
    return path


def checksum(db: Database) -> str:
    """Every row of every table, in primary-key order, and the SQLite schema: equal checksums mean
    the database is exactly as it was."""
    digest = hashlib.sha256()
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            order = [column for column in table.primary_key.columns]
            for row in session.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
        if db.is_sqlite:
            for row in session.execute(text("SELECT name, sql FROM sqlite_master ORDER BY name")):
                digest.update(repr(tuple(row)).encode())
    digest.update(repr(sorted(inspect(db.engine).get_table_names())).encode())
    return digest.hexdigest()


def count(db: Database, table: type[Base]) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)
