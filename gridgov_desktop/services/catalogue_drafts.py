"""The service catalogue's editable side without a database: what an administrator submits
(``ServiceDraft``), the checks it must pass, the seed file, and the words of the errors.

Plain Python (no SQLAlchemy, no Qt): the editor dialog imports it at start and runs the same checks
as the service while the administrator types, and ``messages`` merges ``MESSAGE_TEXTS``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.paths import SEED_DIR
from gridgov_desktop.services.service_types import ServiceVersion

SEED_FILE = SEED_DIR / "services.json"
DEFAULT_FEE = "不收费"
MAX_TIME_LIMIT_DAYS = 365  # the table's CHECK
MAX_COPIES = 20
MAX_MATERIALS = 30
MAX_LONG_TEXT = 2000  # legal basis, conditions: a notice board's paragraph, not a statute
_CODE = re.compile(r"[a-z][a-z0-9-]{1,31}")

# (code, detail) → (Chinese, English), merged into ``messages``; each sentence names its own field.
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "service_code"): (
        "事项编码须为2–32位小写英文字母、数字或连字符，以字母开头（如 residence-cert）。",
        "A service code is 2–32 lower-case letters, digits or hyphens, starting with a letter "
        "(such as residence-cert).",
    ),
    ("validation", "catalogue_required"): ("请填写{what_zh}。", "Required: {what_en}."),
    ("validation", "catalogue_too_long"): (
        "{what_zh}过长，最多{maximum}个字。",
        "{what_en} is too long: {maximum} characters at most.",
    ),
    ("validation", "time_limit"): (
        "承诺时限须在0到365个工作日之间（0表示当场办结）。",
        "The time limit must be 0 to 365 working days (0: settled on the spot).",
    ),
    ("validation", "no_materials"): (
        "请至少列出一项申请材料（如申请人居民身份证）。",
        "List at least one material (the applicant's ID card, at least).",
    ),
    ("validation", "too_many_materials"): (
        "申请材料最多{maximum}项。",
        "At most {maximum} materials.",
    ),
    ("validation", "material_name_required"): (
        "第{position}项材料没有填写名称。",
        "Material {position} has no name.",
    ),
    ("validation", "material_name_twice"): (
        "材料“{material}”重复：同一事项的材料名称不能相同。",
        "“{material}” is listed twice: material names must differ within a service.",
    ),
    ("validation", "material_copies"): (
        "材料“{material}”的份数须在1到20之间。",
        "“{material}”: copies must be between 1 and 20.",
    ),
    ("validation", "service_inactive"): (
        "服务事项“{name}”已停用，不能受理新的申请。",
        "The service “{name}” is no longer offered: no new request can be taken.",
    ),
    ("validation", "seed_file"): (
        "服务事项初始目录文件有误（{file}）：{reason}",
        "The seed catalogue file is wrong ({file}): {reason}",
    ),
    ("not_found", "service_item"): ("找不到服务事项：{key}。", "No such service: {key}."),
    ("not_found", "service_version"): (
        "找不到服务事项的版本：{key}。",
        "No such version of a service: {key}.",
    ),
    ("duplicate", "service_code"): (
        "事项编码“{key}”已被使用，请换一个。",
        "The service code “{key}” is taken: choose another.",
    ),
    ("conflict", "service_item"): (
        "服务事项“{key}”已被其他人修改。请重新载入最新内容后再编辑。",
        "Someone else changed the service “{key}” meanwhile. Reload it, then edit again.",
    ),
}

# field → (Chinese, English, maximum length), the words of the "required" and "too long" errors.
_TEXT_FIELDS: dict[str, tuple[str, str, int]] = {
    "name": ("事项名称", "the service name", 100),
    "department": ("办理部门", "the deciding department", 100),
    "fee": ("收费标准", "the fee", 100),
    "legal_basis": ("设定依据", "the legal basis", MAX_LONG_TEXT),
    "conditions": ("办理条件", "the conditions", MAX_LONG_TEXT),
    "material_name": ("材料名称", "a material name", 100),
    "material_note": ("材料备注", "a material note", 200),
}


@dataclass(frozen=True)
class MaterialDraft:
    name: str
    form: MaterialForm = MaterialForm.ORIGINAL_AND_COPY
    copies: int = 1
    mandatory: bool = True
    note: str = ""


@dataclass(frozen=True)
class ServiceDraft:
    """The editable fields of a catalogue item, materials in checklist order."""

    code: str
    name: str
    department: str
    legal_basis: str = ""
    conditions: str = ""
    fee: str = DEFAULT_FEE
    time_limit_days: int = 1
    must_collect: bool = True
    materials: tuple[MaterialDraft, ...] = ()


@dataclass(frozen=True)
class CatalogueEntry:
    """An item as its editor holds it: the current version plus what an edit must send back."""

    service: ServiceVersion
    lock_version: int  # pass as ``expected_version``: a save refused if someone changed it since
    sort_order: int


@dataclass(frozen=True)
class VersionRecord:
    """One version of an item with when and by whom it was saved (the editor's history)."""

    service: ServiceVersion
    saved_at: dt.datetime  # UTC, naive (as every stored timestamp)
    saved_by: str


def draft_of(service: ServiceVersion) -> ServiceDraft:
    """What an editor starts from: the version's fields as a draft."""
    materials = tuple(
        MaterialDraft(m.name, m.form, m.copies, m.mandatory, m.note) for m in service.materials
    )
    return ServiceDraft(
        code=service.code,
        name=service.name,
        department=service.department,
        legal_basis=service.legal_basis,
        conditions=service.conditions,
        fee=service.fee,
        time_limit_days=service.time_limit_days,
        must_collect=service.must_collect,
        materials=materials,
    )


def clean_code(code: str) -> str:
    """``code`` trimmed and lower-cased; ``ValidationError`` unless it is a well-formed code."""
    cleaned = code.strip().lower()
    if not _CODE.fullmatch(cleaned):
        raise ValidationError("service_code", field="code")
    return cleaned


def clean_draft(draft: ServiceDraft) -> ServiceDraft:
    """The draft as it would be stored (whitespace tidied, a blank fee read as 不收费), or the
    first ``ValidationError`` in the form's reading order, its ``field`` naming the field to mark."""
    code = clean_code(draft.code)
    name = _line(draft.name, "name", required=True)
    department = _line(draft.department, "department", required=True)
    legal_basis = _paragraph(draft.legal_basis, "legal_basis")
    conditions = _paragraph(draft.conditions, "conditions")
    fee = _line(draft.fee, "fee") or DEFAULT_FEE
    time_limit = draft.time_limit_days
    if isinstance(time_limit, bool) or not 0 <= time_limit <= MAX_TIME_LIMIT_DAYS:
        raise ValidationError("time_limit", field="time_limit_days")
    materials = tuple(_clean_material(m, position) for position, m in enumerate(draft.materials, 1))
    if not materials:
        raise ValidationError("no_materials", field="materials")
    if len(materials) > MAX_MATERIALS:
        raise ValidationError("too_many_materials", field="materials", maximum=MAX_MATERIALS)
    seen: set[str] = set()
    for material in materials:
        if material.name in seen:
            raise ValidationError("material_name_twice", field="materials", material=material.name)
        seen.add(material.name)
    return ServiceDraft(
        code=code,
        name=name,
        department=department,
        legal_basis=legal_basis,
        conditions=conditions,
        fee=fee,
        time_limit_days=int(time_limit),
        must_collect=bool(draft.must_collect),
        materials=materials,
    )


def _clean_material(material: MaterialDraft, position: int) -> MaterialDraft:
    name = " ".join(material.name.split())
    if not name:
        raise ValidationError("material_name_required", field="materials", position=position)
    _check_length(name, "material_name")
    copies = material.copies
    if isinstance(copies, bool) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError("material_copies", field="materials", material=name)
    return MaterialDraft(
        name=name,
        form=MaterialForm(material.form),
        copies=int(copies),
        mandatory=bool(material.mandatory),
        note=_line(material.note, "material_note"),
    )


def _line(value: str, field: str, *, required: bool = False) -> str:
    cleaned = " ".join(value.split())
    if required and not cleaned:
        zh, en, _maximum = _TEXT_FIELDS[field]
        raise ValidationError("catalogue_required", field=field, what_zh=zh, what_en=en)
    _check_length(cleaned, field)
    return cleaned


def _paragraph(value: str, field: str) -> str:
    """Line breaks kept (conditions read better as lines), trailing spaces and blank ends dropped."""
    lines = [line.rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cleaned = "\n".join(lines).strip()
    _check_length(cleaned, field)
    return cleaned


def _check_length(value: str, field: str) -> None:
    zh, en, maximum = _TEXT_FIELDS[field]
    if len(value) > maximum:
        raise ValidationError(
            "catalogue_too_long",
            field="materials" if field.startswith("material") else field,
            what_zh=zh,
            what_en=en,
            maximum=maximum,
        )


def load_seed(path: Path = SEED_FILE) -> tuple[ServiceDraft, ...]:
    """The services of a seed file, in file order, each checked as an administrator's save is.

    Keys starting with ``_`` are comments. A malformed file raises ``ValidationError("seed_file")``
    naming the service at fault.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        services: list[dict[str, Any]] = data["services"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError("seed_file", field="file", file=path.name, reason=str(exc)) from exc
    drafts = [_seed_draft(path, number, entry) for number, entry in enumerate(services, 1)]
    codes = [draft.code for draft in drafts]
    if len(set(codes)) != len(codes):
        twice = sorted({code for code in codes if codes.count(code) > 1})
        raise ValidationError("seed_file", field="file", file=path.name, reason=f"重复的编码 {twice}")
    return tuple(drafts)


def _seed_draft(path: Path, number: int, entry: dict[str, Any]) -> ServiceDraft:
    where = f"第{number}项 {entry.get('code', '?') if isinstance(entry, dict) else '?'}"
    try:
        fields = _public(entry)
        materials = tuple(MaterialDraft(**_public(m)) for m in fields.pop("materials", ()))
        return clean_draft(ServiceDraft(**fields, materials=materials))
    except ValidationError as exc:
        from gridgov_desktop.messages import describe_error

        reason = f"{where}：{describe_error(exc, 'zh_CN')}"
        raise ValidationError("seed_file", field="file", file=path.name, reason=reason) from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValidationError(
            "seed_file", field="file", file=path.name, reason=f"{where}：{exc}"
        ) from exc


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if not key.startswith("_")}


def describe_materials(materials: Iterable[MaterialDraft]) -> list[str]:
    """Materials as the audit log keeps them: one line each."""
    return [
        f"{m.name}（{m.form.label_zh}{m.copies}份{'' if m.mandatory else '，选交'}）"
        + (f"：{m.note}" if m.note else "")
        for m in materials
    ]
