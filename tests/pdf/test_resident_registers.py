"""The three registers of the resident registry, from the services to the printed page, on SQLite and
PostgreSQL: what a clerk finds on them, what must never be on them, and who printed what."""

from __future__ import annotations

import re

import pytest
from pdf_helpers import OFFICE, TODAY, Street, page_texts  # type: ignore[import-not-found]
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import Relation, UserRole
from gridgov_desktop.domain.errors import NotFound, PermissionDenied
from gridgov_desktop.pdf.resident_registers import households_pdf, residents_by_building_pdf, roles_pdf
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.registers import RegisterKind, resident_register, roles_register

CLERK = Actor(user_id=None, username="clerk", display_name="窗口", role=UserRole.FRONT_DESK)


def audit_actions(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_residents_by_building_in_tree_order_masked(street: tuple[Database, Street]) -> None:
    db, data = street
    register = resident_register(db, CLERK, today=TODAY)
    assert register.office.name == OFFICE and register.scope == ("东风街道",)
    assert [b.address for b in register.buildings] == ["幸福里小区3栋", "锦绣花园1栋"]
    assert [b.place for b in register.buildings] == ["幸福社区 第一网格"] * 2
    first = register.buildings[0].households[0]
    assert (first.label, first.room) == ("3-2-501", "2单元501室")
    assert [p.name for p in first.people] == ["张三明", "曾小红", "张小明"]  # head first
    head = first.people[0]
    assert head.relation is Relation.HEAD
    assert head.id_number == data.ids["张三明"][:6] + "********" + data.ids["张三明"][-4:]
    assert head.phone == "138****5678"
    assert (register.household_count, register.resident_count) == (3, 7)
    # Sensitive categories (残疾) stay off a masked print; the others are there.
    assert head.tags == ("户籍人口", "低保") and first.people[1].tags == ("户籍人口",)


def test_printed_register_shows_what_a_clerk_needs_and_no_full_number(
    street: tuple[Database, Street],
) -> None:
    db, data = street
    pdf = residents_by_building_pdf(resident_register(db, CLERK, today=TODAY))
    text = "\n".join(page_texts(pdf))
    for expected in ("居民花名册", OFFICE, "截至2026年11月21日", "幸福里小区3栋", "138****5678", "低保"):
        assert expected in text
    assert "王䶮" in text and "李𠇔" in text and "陈㐂𠮷" in text
    assert data.ids["张三明"][:6] + "********" + data.ids["张三明"][-4:] in text
    for number in [*data.ids.values(), *data.phones.values()]:
        assert number not in text and number not in re.sub(r"\s", "", text)
    assert "残疾" not in text


def test_households_register_lists_each_household_with_head_and_members(
    street: tuple[Database, Street],
) -> None:
    db, data = street
    register = resident_register(db, CLERK, data.compound, kind=RegisterKind.HOUSEHOLDS, today=TODAY)
    assert register.scope == ("东风街道", "幸福社区", "第一网格", "幸福里小区")
    assert [h.label for b in register.buildings for h in b.households] == ["3-2-501", "3-2-502"]
    text = "\n".join(page_texts(households_pdf(register)))
    assert "户籍登记表" in text and "范围：东风街道 幸福社区 第一网格 幸福里小区" in text
    assert "第 1 户　3-2-501　幸福里小区3栋2单元501室　户主：张三明　家庭户 3 人" in text
    assert re.search(r"2 曾小红 配偶 女 1982-03-02", text)
    assert "王䶮" not in text  # lives in 锦绣花园, outside the scope
    assert "共 2 户 4 人" in text


def test_roles_contact_sheet_with_work_phones_unmasked(street: tuple[Database, Street]) -> None:
    db, data = street
    register = roles_register(db, CLERK, data.community, today=TODAY)
    assert [(e.role.label_zh, e.name, e.grid, e.place) for e in register.entries] == [
        ("网格总长", "刘书记", "", ""),
        ("网格长", "周网格", "第一网格", ""),
        ("楼栋长", "张三明", "第一网格", "幸福里小区3栋"),
        ("单元长", "曾小红", "第一网格", "幸福里小区3栋2单元"),
    ]
    text = "\n".join(page_texts(roles_pdf(register)))
    assert "网格工作人员通讯录" in text and "幸福社区" in text
    assert "13300001111" in text and "13812345678" in text  # work contacts, printed in full
    assert "第 1 页 共 1 页" in text


def test_every_print_is_audited_and_unmasked_prints_need_an_administrator(
    street: tuple[Database, Street],
) -> None:
    db, data = street
    before = audit_actions(db)
    with pytest.raises(PermissionDenied):
        resident_register(db, CLERK, reveal=True)
    assert audit_actions(db) == before
    register = resident_register(db, SYSTEM, data.building, reveal=True, today=TODAY)
    assert audit_actions(db)[len(before) :] == ["print", "print_unmasked"]
    head = register.buildings[0].households[0].people[0]
    assert head.id_number == data.ids["张三明"] and head.phone == "13812345678"
    assert register.buildings[0].households[0].people[1].tags == ("户籍人口", "残疾")
    text = "\n".join(page_texts(residents_by_building_pdf(register)))
    assert data.ids["张三明"] in text and "请妥善保管" in text
    roles_register(db, CLERK)
    with db.session() as session:
        last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert (last.action, last.entity, last.username) == ("print", "register", "clerk")
        assert '"register": "roles"' in (last.after or "")


def test_an_unknown_node_is_not_found(street: tuple[Database, Street]) -> None:
    db, _data = street
    with pytest.raises(NotFound):
        resident_register(db, CLERK, 999_999)
