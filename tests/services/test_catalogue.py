"""The service catalogue: seeded once, edited only by an administrator, every edit a new version that
leaves what earlier receipts printed exactly as it was."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion, ServiceMaterial
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import (
    Conflict,
    Duplicate,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import catalogue
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.catalogue_drafts import (
    MaterialDraft,
    ServiceDraft,
    draft_of,
    load_seed,
)

ADMIN = Actor(user_id=None, username="wang", display_name="王主任", role=UserRole.ADMIN)
CLERK = Actor(user_id=None, username="li", display_name="李窗口", role=UserRole.FRONT_DESK)
# What the issue asks the seed to cover, by their stable codes.
REQUIRED_CODES = {
    "residence-cert", "dibao", "temp-assistance", "elderly-allowance", "senior-card",
    "disability-card", "employment-reg", "unemployment-reg", "medical-insurance",
    "pension-insurance", "birth-reg", "housing-hardship",
}  # fmt: skip


@pytest.fixture
def seeded(db: Database) -> Database:
    with db.session(write=True) as session:
        assert catalogue.ensure_seed_catalogue(session) >= 14
    return db


def _rows(db: Database, item_code: str) -> list[dict[str, Any]]:
    """Every stored column of the item's versions and their materials, as plain values."""
    with db.session() as session:
        item_id = session.scalar(select(ServiceItem.id).where(ServiceItem.code == item_code))
        versions = session.scalars(
            select(ServiceItemVersion).where(ServiceItemVersion.item_id == item_id)
        ).all()
        materials = session.scalars(
            select(ServiceMaterial)
            .where(ServiceMaterial.version_id.in_([v.id for v in versions]))
            .order_by(ServiceMaterial.id)
        ).all()
        return [
            {c.key: getattr(row, c.key) for c in row.__table__.columns}
            for row in [*versions, *materials]
        ]


def test_the_seed_covers_the_common_services_each_with_materials(seeded: Database) -> None:
    services = catalogue.list_services(seeded)
    assert len(services) >= 14 and {s.code for s in services} >= REQUIRED_CODES
    for service in services:
        assert service.number == 1 and service.name and service.department and service.legal_basis
        assert 2 <= len(service.materials) <= 7, service.code
        assert service.mandatory_materials, service.code
        assert [m.position for m in service.materials] == list(range(1, len(service.materials) + 1))
    optional = [m for s in services for m in s.materials if not m.mandatory]
    assert len(optional) >= 5, "the seed shows how optional materials look"
    dibao = catalogue.get_service(seeded, "dibao")
    assert dibao.time_limit_days == 30 and "民发〔2021〕57号" in dibao.legal_basis
    assert catalogue.get_service(seeded, "residence-cert").time_limit_days <= 3
    with seeded.session(write=True) as session:
        assert catalogue.ensure_seed_catalogue(session) == 0, "seeding twice adds nothing"
    assert len(catalogue.list_services(seeded)) == len(services)


def test_the_seed_file_passes_the_editors_checks() -> None:
    drafts = load_seed()
    assert len({d.code for d in drafts}) == len(drafts) >= 14
    assert all(d.code.isascii() for d in drafts)
    assert {m.form for d in drafts for m in d.materials} == set(MaterialForm)


def test_a_broken_seed_file_is_refused_with_the_service_named(tmp_path: Any) -> None:
    path = tmp_path / "services.json"
    path.write_text(
        '{"services": [{"code": "x-ray", "name": "", "department": "区民政局", '
        '"time_limit_days": 1, "materials": [{"name": "身份证"}]}]}',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as caught:
        load_seed(path)
    text = describe_error(caught.value, "zh_CN")
    assert "x-ray" in text and "事项名称" in text


def test_editing_adds_a_version_and_leaves_past_versions_as_they_were(seeded: Database) -> None:
    entry = catalogue.catalogue_entry(seeded, "dibao")
    first = entry.service
    before = _rows(seeded, "dibao")
    draft = draft_of(first)
    edited = dataclasses.replace(
        draft,
        time_limit_days=25,
        materials=(
            *draft.materials[:-1],
            MaterialDraft("低收入家庭认定证明", MaterialForm.COPY, 2, False),
        ),
    )
    saved = catalogue.save_service(seeded, ADMIN, edited, expected_version=entry.lock_version)
    assert saved.service.number == 2 and saved.service.time_limit_days == 25
    assert saved.service.version_id != first.version_id and saved.lock_version > entry.lock_version
    assert saved.service.materials[-1].name == "低收入家庭认定证明"
    after = _rows(seeded, "dibao")
    assert len(after) > len(before) and all(row in after for row in before), "version 1 is untouched"
    # What a receipt accepted under version 1 reads back is still version 1.
    assert catalogue.get_version(seeded, first.version_id) == first
    with seeded.session() as session:
        assert catalogue.version_in(session, first.version_id).time_limit_days == 30
        assert catalogue.current_version_in(session, "dibao") == saved.service
    history = catalogue.version_history(seeded, "dibao")
    assert [(h.service.number, h.saved_by) for h in history] == [(2, "王主任"), (1, "system")]
    with seeded.session() as session:
        entry_row = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "service_item").order_by(AuditEntry.id)
        ).all()[-1]
    assert entry_row.action == "update" and entry_row.username == "wang"
    assert entry_row.after and "25" in entry_row.after and "低收入家庭认定证明" in entry_row.after


def test_a_save_that_changes_nothing_writes_nothing(seeded: Database) -> None:
    entry = catalogue.catalogue_entry(seeded, "senior-card")
    draft = draft_of(entry.service)
    spaced = dataclasses.replace(draft, name=f"  {draft.name} ", fee="")  # blank fee reads 不收费
    again = catalogue.save_service(seeded, ADMIN, spaced, expected_version=entry.lock_version)
    assert again == entry
    assert [h.service.number for h in catalogue.version_history(seeded, "senior-card")] == [1]


def test_a_stale_editor_gets_a_conflict_not_an_overwrite(seeded: Database) -> None:
    first = catalogue.catalogue_entry(seeded, "birth-reg")
    second_editor = first.lock_version
    draft = draft_of(first.service)
    catalogue.save_service(
        seeded, ADMIN, dataclasses.replace(draft, time_limit_days=2), expected_version=first.lock_version
    )
    with pytest.raises(Conflict) as caught:
        catalogue.save_service(
            seeded, ADMIN, dataclasses.replace(draft, fee="工本费10元"), expected_version=second_editor
        )
    assert "birth-reg" in describe_error(caught.value, "zh_CN")
    with pytest.raises(Conflict):
        catalogue.set_active(seeded, ADMIN, "birth-reg", False, second_editor)
    current = catalogue.get_service(seeded, "birth-reg")
    assert (current.number, current.time_limit_days, current.fee) == (2, 2, "不收费")


def test_front_desk_reads_but_cannot_edit(seeded: Database) -> None:
    entry = catalogue.catalogue_entry(seeded, "dibao")
    draft = dataclasses.replace(draft_of(entry.service), time_limit_days=20)
    with pytest.raises(PermissionDenied):
        catalogue.save_service(seeded, CLERK, draft, expected_version=entry.lock_version)
    with pytest.raises(PermissionDenied):
        catalogue.set_active(seeded, CLERK, "dibao", False, entry.lock_version)
    with pytest.raises(PermissionDenied):
        catalogue.move_service(seeded, CLERK, "dibao", up=True)
    assert catalogue.get_service(seeded, "dibao") == entry.service


NEW = ServiceDraft(
    code="Veteran-Card",
    name="退役军人优待证申领",
    department="区退役军人事务局",
    legal_basis="《中华人民共和国退役军人保障法》",
    time_limit_days=15,
    materials=(MaterialDraft("居民身份证"), MaterialDraft("退役证件", MaterialForm.COPY)),
)


@pytest.mark.parametrize(
    ("change", "detail", "field"),
    [
        ({"code": "证件"}, "service_code", "code"),
        ({"code": "a"}, "service_code", "code"),
        ({"name": "  "}, "catalogue_required", "name"),
        ({"department": ""}, "catalogue_required", "department"),
        ({"name": "长" * 101}, "catalogue_too_long", "name"),
        ({"time_limit_days": 366}, "time_limit", "time_limit_days"),
        ({"time_limit_days": -1}, "time_limit", "time_limit_days"),
        ({"materials": ()}, "no_materials", "materials"),
        ({"materials": (MaterialDraft("身份证", copies=0),)}, "material_copies", "materials"),
        ({"materials": (MaterialDraft("身份证", copies=21),)}, "material_copies", "materials"),
        ({"materials": (MaterialDraft(" "),)}, "material_name_required", "materials"),
        (
            {"materials": (MaterialDraft("身份证"), MaterialDraft(" 身份证 ", MaterialForm.COPY))},
            "material_name_twice",
            "materials",
        ),
    ],
)
def test_bad_input_is_refused_in_words_and_writes_nothing(
    seeded: Database, change: dict[str, Any], detail: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        catalogue.save_service(seeded, ADMIN, dataclasses.replace(NEW, **change), expected_version=None)
    assert (caught.value.args_map["detail"], caught.value.args_map["field"]) == (detail, field)
    for lang in ("zh_CN", "en"):
        words = describe_error(caught.value, lang)
        assert "{" not in words and words != describe_error(ValidationError("x"), lang)
    with seeded.session() as session:
        assert session.scalar(select(func.count()).select_from(ServiceItemVersion)) == len(
            catalogue.list_services(seeded)
        )


def test_a_new_service_goes_last_and_its_code_is_unique(seeded: Database) -> None:
    created = catalogue.save_service(seeded, ADMIN, NEW, expected_version=None)
    assert created.service.code == "veteran-card" and created.service.number == 1
    assert catalogue.list_services(seeded)[-1].code == "veteran-card"
    assert [m.form for m in created.service.materials] == [
        MaterialForm.ORIGINAL_AND_COPY,
        MaterialForm.COPY,
    ]
    with pytest.raises(Duplicate) as caught:
        catalogue.save_service(seeded, ADMIN, NEW, expected_version=None)
    assert "veteran-card" in describe_error(caught.value, "zh_CN")
    with pytest.raises(NotFound):
        catalogue.save_service(
            seeded, ADMIN, dataclasses.replace(NEW, code="no-such-item"), expected_version=1
        )


def test_a_deactivated_service_takes_no_new_requests_until_reactivated(seeded: Database) -> None:
    entry = catalogue.catalogue_entry(seeded, "tekun")
    off = catalogue.set_active(seeded, ADMIN, "tekun", False, entry.lock_version)
    assert not off.service.is_active and off.service.number == 1
    assert "tekun" not in {s.code for s in catalogue.list_services(seeded)}
    assert "tekun" in {s.code for s in catalogue.list_services(seeded, include_inactive=True)}
    with seeded.session() as session, pytest.raises(ValidationError) as caught:
        catalogue.current_version_in(session, "tekun")
    assert caught.value.args_map["detail"] == "service_inactive"
    assert "特困人员救助供养申请" in describe_error(caught.value, "zh_CN")
    with seeded.session() as session:
        assert catalogue.version_in(session, entry.service.version_id).code == "tekun"
    on = catalogue.set_active(seeded, ADMIN, "tekun", True, off.lock_version)
    assert on.service.is_active
    with seeded.session() as session:
        assert catalogue.current_version_in(session, "tekun").code == "tekun"


def test_moving_reorders_without_touching_lock_versions(seeded: Database) -> None:
    before = catalogue.catalogue_entries(seeded)
    codes = [e.service.code for e in before]
    moved = catalogue.move_service(seeded, ADMIN, codes[2], up=True)
    assert [e.service.code for e in moved][:3] == [codes[0], codes[2], codes[1]]
    assert [e.service.code for e in catalogue.catalogue_entries(seeded)] == [
        e.service.code for e in moved
    ]
    assert {e.service.code: e.lock_version for e in moved} == {
        e.service.code: e.lock_version for e in before
    }
    last = catalogue.move_service(seeded, ADMIN, codes[-1], up=False)
    assert last[-1].service.code == codes[-1], "the last item cannot go further down"


def test_unknown_codes_and_versions_are_not_found(seeded: Database) -> None:
    with pytest.raises(NotFound) as caught:
        catalogue.get_service(seeded, "no-such-service")
    assert describe_error(caught.value, "zh_CN") == "找不到服务事项：no-such-service。"
    with seeded.session() as session, pytest.raises(NotFound):
        catalogue.current_version_in(session, "低保")
    with seeded.session() as session, pytest.raises(NotFound):
        catalogue.version_in(session, 999_999)
