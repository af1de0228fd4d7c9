"""The checks of an import that look at more than one row: the file's own duplicates, and what the
database says — categories, ID numbers already registered, 社区 / 小区 by name, households and heads."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridgov_desktop.db.tables import OrgNode, Resident, Tag
from gridgov_desktop.domain.enums import ResidentStatus
from gridgov_desktop.services.excel_households import AddressBook, PlanNode, check_heads
from gridgov_desktop.services.excel_rows import ParsedRow, Problem, Severity

_IN_CHUNK = 500


def check_duplicates_in_file(rows: list[ParsedRow], problems: list[Problem]) -> None:
    by_number: dict[str, list[ParsedRow]] = defaultdict(list)
    for row in rows:
        if row.id_number:
            by_number[row.id_number].append(row)
    for same in by_number.values():
        if len(same) < 2:
            continue
        for row in same:
            others = "、".join(f"第{o.row_number}行" for o in same if o is not row)
            problems.append(Problem(row.row_number, "公民身份号码", f"公民身份号码与{others}重复。"))
            row.ok = False


def check_with_database(
    session: Session, rows: list[ParsedRow], problems: list[Problem]
) -> tuple[dict[int, PlanNode], list[PlanNode]]:
    """Categories, registered ID numbers, addresses and heads. Returns row number → household, and
    the nodes planned for them."""
    tags = {name: active for name, active in session.execute(select(Tag.name, Tag.is_active))}
    known_tags = "、".join(name for name, active in tags.items() if active)
    for row in rows:
        for tag in row.tags:
            active = tags.get(tag)
            if active is None or not active:
                state = "已停用" if active is not None else "不存在"
                problems.append(
                    Problem(
                        row.row_number,
                        "人员类别",
                        f"人员类别「{tag}」{state}。可用的类别有：{known_tags}。",
                    )
                )
                row.ok = False
    _check_registered(session, rows, problems)
    book = AddressBook(session)
    households: dict[int, PlanNode] = {}
    for row in rows:
        if not (row.community and row.compound and row.building and row.unit and row.room):
            continue
        compound = book.compound(row.community, row.compound)
        if isinstance(compound, str):
            column = "社区" if compound.startswith(("找不到社区", "有多个名为")) else "小区"
            problems.append(Problem(row.row_number, column, compound))
            row.ok = False
            continue
        household = book.household(compound, row)
        if isinstance(household, tuple):
            problems.append(Problem(row.row_number, household[0], household[1]))
            row.ok = False
            continue
        household.rows.append(row)
        households[row.row_number] = household
    book.load_members()
    check_heads(book.households.values(), problems)
    return households, book.new_nodes


def _check_registered(session: Session, rows: list[ParsedRow], problems: list[Problem]) -> None:
    """ID numbers already in the registry (any status: nobody is deleted); for rows without an ID
    number, a registered person of the same name and birth date is worth a warning."""
    numbers = [row.id_number for row in rows if row.id_number]
    registered: dict[str, tuple[str, str | None, str]] = {}
    for start in range(0, len(numbers), _IN_CHUNK):
        for number, name, address, status in session.execute(
            select(Resident.id_number, Resident.name, OrgNode.address, Resident.status)
            .outerjoin(OrgNode, OrgNode.id == Resident.household_id)
            .where(Resident.id_number.in_(numbers[start : start + _IN_CHUNK]))
        ):
            registered[number or ""] = (name, address, status)
    for row in rows:
        found = registered.get(row.id_number or "")
        if found is not None:
            name, address, status = found
            where = address or ResidentStatus(status).label_zh
            problems.append(
                Problem(row.row_number, "公民身份号码", f"公民身份号码已登记：{name}（{where}）。")
            )
            row.ok = False
    unnumbered = [row for row in rows if not row.id_number and row.name and row.birth_date]
    names = sorted({row.name for row in unnumbered})
    known: set[tuple[str, dt.date]] = set()
    for start in range(0, len(names), _IN_CHUNK):
        known.update(
            (name, born)
            for name, born in session.execute(
                select(Resident.name, Resident.birth_date).where(
                    Resident.name.in_(names[start : start + _IN_CHUNK])
                )
            )
            if born is not None
        )
    for row in unnumbered:
        if (row.name, row.birth_date) in known:
            problems.append(
                Problem(
                    row.row_number,
                    "姓名",
                    f"已登记有同名、同出生日期的居民 {row.name}：请核对是否同一人。",
                    Severity.WARNING,
                )
            )
