"""The audit log in words: action and record names, one-line change summaries, masked numbers.

Shared by the viewer, the command line and the export; no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

# Every action code the app records, in words (Chinese, English). Codes not listed show as themselves.
ACTION_NAMES: dict[str, tuple[str, str]] = {
    "create": ("新增", "create"),
    "update": ("修改", "update"),
    "delete": ("删除", "delete"),
    "status": ("状态变更", "status change"),
    "move": ("移动", "move"),
    "rename": ("改名", "rename"),
    "reorder": ("调整顺序", "reorder"),
    "retire": ("停用", "retire"),
    "deactivate": ("停用", "deactivate"),
    "reactivate": ("重新启用", "reactivate"),
    "login": ("登录", "login"),
    "login_failed": ("登录失败", "failed login"),
    "login_refused_locked": ("账号锁定拒绝登录", "login refused (locked)"),
    "reveal": ("查看完整号码", "reveal"),
    "print": ("打印", "print"),
    "print_unmasked": ("打印（未隐藏号码）", "print (unmasked)"),
    "reprint": ("补打", "reprint"),
    "export": ("导出", "export"),
    "import": ("导入", "import"),
    "verify": ("校验审计日志", "verify audit log"),
    "seed": ("载入预置数据", "load seed data"),
    "demo_build": ("生成演示街道", "build demo street"),
    "move_in": ("迁入", "move in"),
    "move_out": ("迁出", "move out"),
    "change_head": ("变更户主", "change head"),
    "split": ("分户", "split household"),
    "death": ("死亡注销", "death"),
    "assign": ("任职", "assign role"),
    "end": ("卸任", "end role"),
    "add_member": ("增加党员", "add member"),
    "remove_member": ("移除党员", "remove member"),
    "set_position": ("设置党内职务", "set position"),
    "set_secretary": ("设置书记", "set secretary"),
    "rate": ("星级评定", "star rating"),
    "evaluate": ("评价", "evaluate"),
    "extend": ("延期", "extend"),
    "backup": ("备份", "backup"),
    "restore": ("恢复", "restore"),
}

# What an entry is about, in words, for the record column ("居民 #12").
ENTITY_NAMES: dict[str, tuple[str, str]] = {
    "resident": ("居民", "resident"),
    "household": ("户", "household"),
    "node": ("节点", "node"),
    "tag": ("人员类别", "category"),
    "user": ("用户", "user"),
    "role": ("任职", "role"),
    "party_org": ("党组织", "party unit"),
    "paired_unit": ("共建单位", "paired unit"),
    "paired_service_item": ("领办事项", "paired service item"),
    "service_item": ("服务事项", "service"),
    "service_request": ("回执", "request"),
    "service_rating": ("评价", "rating"),
    "rectification": ("整改记录", "rectification"),
    "one_time_notice": ("一次性告知书", "one-time notice"),
    "service_register": ("服务台账", "service register"),
    "register": ("花名册", "register"),
    "mediation_case": ("调解案件", "mediation case"),
    "mediation_agreement": ("调解协议", "mediation agreement"),
    "journal_entry": ("调解记录", "journal entry"),
    "case_file_item": ("卷宗材料", "case file item"),
    "case_commitment": ("履行承诺", "commitment"),
    "case_follow_up": ("回访", "follow-up"),
    "case_register": ("调解台账", "case register"),
    "dispute_type": ("纠纷类型", "dispute type"),
    "calendar": ("工作日历", "calendar"),
    "calendar_day": ("日历日", "calendar day"),
    "office": ("办公信息", "office"),
    "setting": ("设置", "setting"),
    "street": ("街道", "street"),
    "audit_log": ("审计日志", "audit log"),
    "database": ("数据库", "database"),
}


def action_name(code: str, lang: str) -> str:
    words = ACTION_NAMES.get(code)
    return code if words is None else words[1 if lang == "en" else 0]


def entity_name(code: str, lang: str) -> str:
    words = ENTITY_NAMES.get(code)
    return code if words is None else words[1 if lang == "en" else 0]


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the machine's time zone, naive again for display."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")


def mask_numbers(text: str | None) -> str | None:
    """Full ID numbers and mobile numbers in ``text`` masked, should any entry carry one: the log
    must not spread what lists hide (the services already write masked values)."""
    from gridgov_desktop.domain.id_number import mask_id_number
    from gridgov_desktop.domain.phone import mask_phone

    if not text:
        return text
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group(1)), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group(1)), text)


def record_label(entity: str, entity_id: str | None, lang: str) -> str:
    name = entity_name(entity, lang)
    return name if entity_id is None else f"{name} #{entity_id}"


def change_summary(before: str | None, after: str | None, *, limit: int = 200) -> str:
    """``before → after`` in one line: changed keys as ``key: old → new``, others as ``key: value``."""
    old, new = _loaded(mask_numbers(before)), _loaded(mask_numbers(after))
    parts: list[str] = []
    for key in sorted(set(old) | set(new)):
        if key in old and key in new:
            if old[key] != new[key]:
                parts.append(f"{key}: {_short(old[key])} → {_short(new[key])}")
        elif key in new:
            if new[key] is not None:
                parts.append(f"{key}: {_short(new[key])}")
        elif old[key] is not None:
            parts.append(f"{key}: {_short(old[key])} → —")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pretty_json(text: str | None) -> str:
    """An entry's before or after, indented for the detail pane."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


def _loaded(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"": value}


def _short(value: Any) -> str:
    text = (
        "—"
        if value is None
        else value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False)
    )
    return text if len(text) <= 40 else text[:39] + "…"
