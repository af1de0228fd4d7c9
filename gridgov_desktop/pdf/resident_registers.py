"""The registers of the resident registry: 居民花名册 (residents by building), 户籍登记表 (households
with their members) and 网格工作人员通讯录 (the roles contact sheet).

Each takes what ``services.registers`` returns and lays it out as a ``RegisterSpec``; the engine in
``pdf.register`` draws it. Nothing is masked or filtered here: the service already did that.
"""

from __future__ import annotations

import datetime as dt

from gridgov_desktop.domain.enums import HouseholdType, Relation
from gridgov_desktop.pdf.register import (
    Column,
    GroupRow,
    Progress,
    RegisterSpec,
    Row,
    chinese_date,
    render_register,
)
from gridgov_desktop.services.registers import RegisterKind, ResidentRegister, RolesRegister

RESIDENTS_TITLE = "居民花名册"
HOUSEHOLDS_TITLE = "户籍登记表"
ROLES_TITLE = "网格工作人员通讯录"

MASKED_NOTE = "公民身份号码、联系电话已作遮蔽处理，敏感人员类别未列出（《个人信息保护法》第二十八条）。"
REVEALED_NOTE = "本表含完整的公民身份号码、联系电话和敏感人员类别，请妥善保管，用后按规定销毁。"
ROLES_NOTE = "联系电话为工作人员履职公开的工作联系方式，未作遮蔽。"

# Landscape A4 leaves 252 mm between the margins: the widths add up to that, so that each column is
# as wide as written (an 18-character ID number at 10.5 pt needs 33.3 mm plus padding).
_RESIDENT_COLUMNS = (
    Column("序号", 11, "center"),
    Column("姓名", 18),
    Column("性别", 10, "center"),
    Column("出生日期", 22, "center"),
    Column("公民身份号码", 36, "center"),
    Column("联系电话", 25, "center"),
    Column("与户主\n关系", 14, "center"),
    Column("户籍地", 51),
    Column("人员类别", 40),
    Column("现住址", 25),
)
# Portrait A4: 156 mm (GB/T 9704's text width).
_HOUSEHOLD_COLUMNS = (
    Column("序号", 10, "center"),
    Column("姓名", 21),
    Column("与户主关系", 22, "center"),
    Column("性别", 10, "center"),
    Column("出生日期", 22, "center"),
    Column("公民身份号码", 43, "center"),
    Column("联系电话", 28, "center"),
)
_ROLE_COLUMNS = (
    Column("序号", 10, "center"),
    Column("网格", 18),
    Column("楼栋、单元", 45),
    Column("职务", 21, "center"),
    Column("姓名", 17),
    Column("联系电话", 24, "center"),
    Column("任职时间", 21, "center"),
)


def register_pdf(register: ResidentRegister | RolesRegister, progress: Progress | None = None) -> bytes:
    """The PDF of a register as ``services.registers`` returned it, laid out for its kind."""
    if isinstance(register, RolesRegister):
        return roles_pdf(register, progress)
    if register.kind is RegisterKind.HOUSEHOLDS:
        return households_pdf(register, progress)
    return residents_by_building_pdf(register, progress)


def residents_by_building_pdf(register: ResidentRegister, progress: Progress | None = None) -> bytes:
    """居民花名册: everyone living in the scope, a band per building, rows by unit and room."""
    rows: list[Row] = []
    number = 0
    for building in register.buildings:
        households = len(building.households)
        band = f"{building.address}　{building.place}　{households} 户 {building.resident_count} 人"
        rows.append(GroupRow(band.strip("　")))
        for household in building.households:
            for person in household.people:
                number += 1
                rows.append(
                    [
                        str(number),
                        person.name,
                        person.sex.label_zh,
                        _date(person.birth_date),
                        person.id_number,
                        person.phone,
                        person.relation.label_zh if person.relation is not None else "",
                        person.domicile,
                        "、".join(person.tags),
                        household.room,
                    ]
                )
    summary = (
        f"共 {len(register.buildings)} 栋 {register.household_count} 户 {register.resident_count} 人。"
    )
    spec = _spec(register, RESIDENTS_TITLE, _RESIDENT_COLUMNS, rows, summary, landscape=True)
    return render_register(spec, progress)


def households_pdf(register: ResidentRegister, progress: Progress | None = None) -> bytes:
    """户籍登记表: each household with its address, head and type, then its members."""
    rows: list[Row] = []
    number = 0
    for building in register.buildings:
        for household in building.households:
            number += 1
            head = next((p.name for p in household.people if p.relation is Relation.HEAD), "")
            kind = "集体户" if household.household_type is HouseholdType.COLLECTIVE else "家庭户"
            parts = [f"第 {number} 户", household.label, household.address]
            if head:
                parts.append(f"户主：{head}")
            parts.append(f"{kind} {len(household.people)} 人")
            rows.append(GroupRow("　".join(parts)))
            for index, person in enumerate(household.people, start=1):
                rows.append(
                    [
                        str(index),
                        person.name,
                        person.relation.label_zh if person.relation is not None else "",
                        person.sex.label_zh,
                        _date(person.birth_date),
                        person.id_number,
                        person.phone,
                    ]
                )
    summary = f"共 {register.household_count} 户 {register.resident_count} 人。"
    return render_register(
        _spec(register, HOUSEHOLDS_TITLE, _HOUSEHOLD_COLUMNS, rows, summary), progress
    )


def roles_pdf(register: RolesRegister, progress: Progress | None = None) -> bytes:
    """网格工作人员通讯录: who holds which role where, a band per community, with work phones."""
    rows: list[Row] = []
    community: str | None = None
    for number, entry in enumerate(register.entries, start=1):
        if entry.community != community:
            community = entry.community
            rows.append(GroupRow(community or "街道"))
        rows.append(
            [
                str(number),
                entry.grid,
                entry.place,
                entry.role.label_zh,
                entry.name,
                entry.phone,
                _date(entry.since),
            ]
        )
    spec = RegisterSpec(
        title=ROLES_TITLE,
        office=register.office.name,
        columns=_ROLE_COLUMNS,
        rows=rows,
        period=f"截至{chinese_date(register.as_of)}",
        scope=_scope(register.scope),
        notes=(f"共 {len(register.entries)} 人。{ROLES_NOTE}",),
    )
    return render_register(spec, progress)


def _spec(
    register: ResidentRegister,
    title: str,
    columns: tuple[Column, ...],
    rows: list[Row],
    summary: str,
    *,
    landscape: bool = False,
) -> RegisterSpec:
    return RegisterSpec(
        title=title,
        office=register.office.name,
        columns=columns,
        rows=rows,
        period=f"截至{chinese_date(register.as_of)}",
        scope=_scope(register.scope),
        landscape=landscape,
        notes=(summary + (REVEALED_NOTE if register.revealed else MASKED_NOTE),),
    )


def _scope(names: tuple[str, ...]) -> str:
    return f"范围：{' '.join(names)}" if names else ""


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""
