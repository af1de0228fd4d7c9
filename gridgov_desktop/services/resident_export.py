"""Exporting a resident list (any subtree of the tree) to .xlsx, in the import template's columns.

An export can be edited and imported again: same column titles, values in the words the import reads
(男/女, 户主, 2026-11-21, the building, unit and room names). ID numbers and phones are masked unless
an administrator asks to reveal them (PIPL art. 28: DOMAIN.md "Privacy"); the two column titles then
say "（已隐藏）", and the import refuses masked numbers with a clear reason. Special-care categories
are only written for roles that may see them. Every export is audited, with whether it was revealed.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import HouseholdMember, OrgNode, Resident, ResidentTag, Tag
from gridgov_desktop.domain.enums import NodeKind, Relation, ResidentStatus, Sex
from gridgov_desktop.domain.errors import NotFound, PermissionDenied
from gridgov_desktop.domain.id_number import mask_id_number
from gridgov_desktop.domain.phone import mask_phone
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.audited_files import write_audited
from gridgov_desktop.services.excel_bulk import gc_paused
from gridgov_desktop.services.excel_columns import COLUMNS, MASKED_SUFFIX
from gridgov_desktop.services.excel_writer import HeaderCell, write_table
from gridgov_desktop.services.grid_scope import paths_filter, scope_in
from gridgov_desktop.services.permissions import Permission, allows, require

SHEET_TITLE = "居民信息"
_SEX_ZH = {sex.value: sex.label_zh for sex in Sex}
_RELATION_ZH = {int(relation): relation.label_zh for relation in Relation}
_LEVELS = (NodeKind.COMMUNITY, NodeKind.COMPOUND, NodeKind.BUILDING, NodeKind.UNIT, NodeKind.HOUSEHOLD)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    rows: int
    revealed: bool
    seconds: float


def export_residents(
    db: Database, actor: Actor, path: Path | str, *, node_id: int | None, reveal: bool = False
) -> ExportSummary:
    """Write the people living in ``node_id``'s subtree (the whole street when None) to ``path``.

    ``reveal`` writes full ID numbers and phones: administrators only (``PermissionDenied``
    otherwise). A grid worker exports their grids only (a node outside them is refused). Raises
    ``NotFound`` for an unknown node, ``ExcelFileError("unwritable")`` when the file cannot be
    written.
    """
    started = time.perf_counter()
    path = Path(path)
    require(actor, Permission.EXPORT_RESIDENTS)
    if reveal and not actor.is_admin:
        raise PermissionDenied(action="reveal_export")
    sensitive = allows(actor, Permission.VIEW_SENSITIVE_TAGS)
    with gc_paused(), db.session() as session:
        scope = scope_in(session, actor, Permission.EXPORT_RESIDENTS)
        node_path = None
        if node_id is not None:
            node_path = session.scalar(select(OrgNode.path).where(OrgNode.id == node_id))
            if node_path is None:
                raise NotFound(entity="node", key=node_id)
        rows = _rows(session, scope.within(node_path), reveal=reveal, sensitive=sensitive)
    header = [
        HeaderCell(
            c.title + (MASKED_SUFFIX if not reveal and c.field in ("id_number", "phone") else ""),
            c.width,
            c.required,
            c.text_format,
        )
        for c in COLUMNS
    ]

    def write(temporary: Path) -> None:
        with gc_paused():
            write_table(temporary, SHEET_TITLE, header, rows)

    def record(session: Session) -> None:
        audit.record(
            session,
            actor,
            "export",
            "resident",
            node_id,
            after={"file": path.name, "rows": len(rows), "revealed": reveal, "node_path": node_path},
        )

    write_audited(db, path, write, record, suffix=".xlsx")
    return ExportSummary(path, len(rows), reveal, time.perf_counter() - started)


def _rows(
    session: Session, prefixes: Sequence[str] | None, *, reveal: bool, sensitive: bool
) -> list[list[Any]]:
    """The sheet's rows in tree order (community, compound, building, unit, room), head first:
    the people of the subtrees ``prefixes`` (everyone when None)."""
    node_query = select(OrgNode.id, OrgNode.parent_id, OrgNode.kind, OrgNode.name, OrgNode.sort_order)
    if prefixes is not None:
        # The subtrees, and their ancestors: their names fill the 社区 and 小区 columns.
        ancestors = {int(part) for prefix in prefixes for part in prefix.strip("/").split("/")}
        node_query = node_query.where(
            paths_filter(OrgNode.path, prefixes) | OrgNode.id.in_(sorted(ancestors))
        )
    nodes = {row[0]: row for row in session.execute(node_query)}
    places: dict[int, tuple[tuple[Any, ...], list[str]]] = {}

    def place(household_id: int) -> tuple[tuple[Any, ...], list[str]]:
        """(tree order key, [社区, 小区, 楼栋, 单元, 房号]) of a household."""
        found = places.get(household_id)
        if found is None:
            chain = []
            node = nodes.get(household_id)
            while node is not None:
                chain.append(node)
                node = nodes.get(node[1]) if node[1] is not None else None
            chain.reverse()
            by_kind = {row[2]: row[3] for row in chain}
            found = places[household_id] = (
                tuple((row[4], row[0]) for row in chain),
                [by_kind.get(level.value, "") for level in _LEVELS],
            )
        return found

    member = and_(HouseholdMember.resident_id == Resident.id, HouseholdMember.left_on.is_(None))
    query = (
        select(
            Resident.id,
            Resident.name,
            Resident.sex,
            Resident.ethnicity,
            Resident.birth_date,
            Resident.id_number,
            Resident.phone,
            Resident.domicile,
            Resident.household_id,
            HouseholdMember.relation,
            Resident.political_status,
            Resident.marital_status,
            Resident.education,
            Resident.religion,
            Resident.military_service,
            Resident.notes,
        )
        .outerjoin(HouseholdMember, member)
        .where(Resident.status == ResidentStatus.LIVING.value, Resident.household_id.is_not(None))
    )
    if prefixes is not None:  # (a street too: a district database holds several)
        households = select(OrgNode.id).where(paths_filter(OrgNode.path, prefixes))
        query = query.where(Resident.household_id.in_(households))
    people: list[Any] = list(session.execute(query))
    tags = _tags(session, {person[0] for person in people}, sensitive)
    people.sort(key=lambda p: (place(p[8])[0], 9 if p[9] is None else p[9], p[0]))
    rows: list[list[Any]] = []
    for (
        rid, name, sex, ethnicity, born, number, phone, domicile, household_id, relation,
        political, marital, education, religion, military, notes,
    ) in people:  # fmt: skip
        if number and not reveal:
            number = mask_id_number(number)
        if phone and not reveal:
            phone = mask_phone(phone)
        community, compound, building, unit, room = place(household_id)[1]
        born_text = born.isoformat() if isinstance(born, dt.date) else born
        rows.append(
            [
                name, _SEX_ZH.get(sex, sex), ethnicity, born_text, number, phone, domicile,
                community, compound, building, unit, room,
                _RELATION_ZH.get(relation, "") if relation is not None else "",
                political, marital, education, religion, military, "、".join(tags.get(rid, ())), notes,
            ]
        )  # fmt: skip
    return rows


def _tags(session: Session, resident_ids: set[int], sensitive: bool) -> dict[int, list[str]]:
    """Each resident's categories, in the tag list's order (sensitive ones only if allowed)."""
    query = (
        select(ResidentTag.resident_id, Tag.name)
        .join(Tag, Tag.id == ResidentTag.tag_id)
        .order_by(Tag.sort_order, Tag.id)
    )
    if not sensitive:
        query = query.where(Tag.sensitive.is_(False))
    found: dict[int, list[str]] = defaultdict(list)
    for resident_id, name in session.execute(query):
        if resident_id in resident_ids:
            found[resident_id].append(name)
    return found
