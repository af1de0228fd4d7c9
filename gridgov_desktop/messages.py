"""Domain errors in words, for the command line and the GUI.

Errors carry codes and arguments (``domain.errors``); this turns them into one sentence in the
user's language. It is plain Python, not Qt Linguist, because the Qt-free command line shows the same
sentences; the GUI's own labels and menus are translated with Qt Linguist.
"""

from __future__ import annotations

import os
import threading

from gridgov_desktop.domain.errors import DomainError

SUPPORTED_LANGUAGES = ("zh_CN", "en")

# (code, detail) → (Chinese, English). Missing details fall back to (code, "").
_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("invalid_id_number", "empty"): ("请填写公民身份号码。", "The ID number is empty."),
    ("invalid_id_number", "length"): (
        "公民身份号码应为18位（旧号15位）。",
        "An ID number has 18 characters (15 for old numbers).",
    ),
    ("invalid_id_number", "characters"): (
        "公民身份号码只能由数字组成，最后一位可以是 X。",
        "An ID number is digits only; the last may be X.",
    ),
    ("invalid_id_number", "birth_date"): (
        "公民身份号码中的出生日期不存在。",
        "The birth date inside the ID number does not exist.",
    ),
    ("invalid_id_number", "future_birth"): (
        "公民身份号码中的出生日期晚于今天。",
        "The birth date inside the ID number is in the future.",
    ),
    ("invalid_id_number", "too_old"): (
        "公民身份号码中的出生日期早于1880年。",
        "The birth date inside the ID number is before 1880.",
    ),
    ("invalid_id_number", "check_character"): (
        "公民身份号码校验位不符（应为 {expected}），请核对是否输错。",
        "The ID number's check character is wrong (expected {expected}); check for a typo.",
    ),
    ("invalid_phone", ""): ("电话号码格式不正确。", "The phone number is not valid."),
    ("invalid_phone", "length"): (
        "电话号码位数不对：手机为11位，固话为区号加7–8位。",
        "Wrong number of digits: mobiles have 11, landlines an area code plus 7–8.",
    ),
    ("invalid_phone", "prefix"): (
        "手机号码应以13–19开头，固话应以区号0开头。",
        "Mobiles start with 13–19; landlines with an area code starting 0.",
    ),
    ("validation", "required"): ("请填写必填项：{field}。", "Required: {field}."),
    ("validation", "too_short"): (
        "密码至少需要{minimum}个字符。",
        "The password needs at least {minimum} characters.",
    ),
    ("validation", "too_simple"): (
        "密码不能只由数字或只由字母组成。",
        "The password must mix letters with digits or symbols.",
    ),
    ("validation", "bad_username"): (
        "用户名须为2–32个字母、数字、点、下划线或连字符。",
        "A user name is 2–32 letters, digits, dots, underscores or hyphens.",
    ),
    ("validation", "not_empty"): (
        "该数据库中已有街道数据，不能再生成演示街道。",
        "This database already holds a street; a demo street cannot be added.",
    ),
    ("validation", "already_initialised"): (
        "系统已初始化，已有管理员账号。",
        "The system is already set up: an administrator exists.",
    ),
    ("validation", "wrong_level"): (
        "不能在此层级下添加该类节点。",
        "That kind of node cannot be added at this level.",
    ),
    ("validation", "too_long"): (
        "{field}过长，最多{maximum}个字。",
        "{field} is too long: {maximum} at most.",
    ),
    ("validation", "unknown_field"): (
        "无法修改这些项：{field}。",
        "These fields cannot be changed: {field}.",
    ),
    ("validation", "unknown_tag"): (
        "没有这个人员类别：{tags}。请从列表中选择。",
        "Unknown category: {tags}. Choose from the list.",
    ),
    ("validation", "one_head"): (
        "每户必须有且只有一位户主（{household}现有{heads}位）。",
        "A household needs exactly one head ({household} would have {heads}).",
    ),
    ("validation", "already_member"): ("此人已在该户中。", "This person is already in that household."),
    ("validation", "deceased"): ("该居民已登记死亡。", "This resident is recorded as deceased."),
    ("validation", "same_household"): (
        "一次只能办理同一户的人员迁出。",
        "Only members of one household can move out together.",
    ),
    ("validation", "not_member"): (
        "所选人员不是该户成员。",
        "Those people are not members of the household.",
    ),
    ("validation", "same_head"): ("户主没有变化。", "The head has not changed."),
    ("validation", "split_everyone"): (
        "分户时至少要有一人留在原户。",
        "At least one member must stay in the old household when splitting.",
    ),
    ("validation", "room_taken"): ("该单元已有{room}。", "That unit already has {room}."),
    ("node_not_deletable", "holds_people"): (
        "不能删除：其下还有{households}户、{residents}人。请先把他们迁到别处，再删除。",
        "Cannot delete: {households} households and {residents} people are still below it. "
        "Move them elsewhere first.",
    ),
    ("node_not_deletable", "in_use"): (
        "不能删除：其下还有{roles}个任职、{party_orgs}个党组织、{paired_units}个共建单位（{names}）。请先解除或转移。",
        "Cannot delete: {roles} roles, {party_orgs} party units and {paired_units} paired units still "
        "point at it ({names}). End or move them first.",
    ),
    ("node_not_deletable", "membership_history"): (
        "不能删除：该户有{members}条成员迁入迁出记录，须保留备查。",
        "Cannot delete: the household has {members} past memberships, which are kept.",
    ),
    ("node_not_deletable", "referenced"): (
        "不能删除：还有其他记录引用该节点。",
        "Cannot delete: other records still refer to it.",
    ),
    ("validation", "households_only"): (
        "只有户才有门牌标签（如 3-2-501）。",
        "Only households have a label (such as 3-2-501).",
    ),
    ("validation", "move_into_itself"): (
        "不能把节点移到它自己或它的下级之下。",
        "A node cannot be moved under itself or one of its descendants.",
    ),
    ("validation", "move_level"): (
        "只能移到与原上级同一层级的节点下（如把楼栋移到另一个小区）。",
        "A node can only move under a node of its former parent's level "
        "(a building to another compound).",
    ),
    ("validation", "role_level"): (
        "{role}不能设在{level}一级。",
        "A {role} cannot be appointed at a {level}.",
    ),
    ("validation", "role_taken"): (
        "这里已有{role}：{holder}。如要更换，请选择“替换”。",
        "There already is a {role} here: {holder}. Choose “replace” to change.",
    ),
    ("validation", "party_place"): ("{kind}只能建在{place}上。", "A {kind} serves a {place}."),
    ("validation", "party_parent"): (
        "所选的上级党组织不对：{kind}的上级须是它所在地方上一级的党组织。",
        "That parent does not fit: a {kind}'s parent serves the place above its own.",
    ),
    ("validation", "party_parent_missing"): (
        "请先建立上级党组织（{needed}）。",
        "Set up the {needed} above it first.",
    ),
    ("validation", "party_has_children"): (
        "该党组织下还有{children}个下级组织，请先删除或调整。",
        "{children} party units still belong to it: delete or move them first.",
    ),
    ("validation", "position_taken"): (
        "该党组织已有{position}：{holder}。",
        "This party unit already has a {position}: {holder}.",
    ),
    ("validation", "out_of_range"): (
        "{field}须在{minimum}到{maximum}之间。",
        "{field} must be between {minimum} and {maximum}.",
    ),
    ("validation", "inactive"): (
        "共建单位“{name}”已停用，不能再认领事项。",
        "The paired unit “{name}” is inactive: it takes on no new items.",
    ),
    ("validation", "status_change"): (
        "事项状态不能从“{old}”改为“{new}”。",
        "An item cannot go from “{old}” to “{new}”.",
    ),
    ("validation", "not_done"): ("事项完成后才能评价。", "Only a completed item can be evaluated."),
    ("validation", "date_order"): (
        "日期先后不对：认领日期 ≤ 完成日期 ≤ 评价日期。",
        "Dates out of order: claimed ≤ completed ≤ evaluated.",
    ),
    ("validation", ""): ("输入有误：{field}（{detail}）。", "Invalid input: {field} ({detail})."),
    ("conflict", ""): (
        "该记录已被其他窗口修改。请重新打开查看最新内容后再保存。",
        "Someone else changed this record meanwhile. Reload it to see the latest version, "
        "then save again.",
    ),
    ("not_found", ""): ("找不到{entity}：{key}。", "{entity} not found: {key}."),
    ("duplicate", ""): ("{entity}已存在：{key}。", "{entity} already exists: {key}."),
    ("permission_denied", ""): ("您没有权限执行此操作。", "You are not allowed to do this."),
    ("authentication_failed", ""): ("用户名或密码错误。", "Wrong user name or password."),
    ("account_locked", ""): (
        "登录失败次数过多，账号已锁定至 {until}（UTC）。",
        "Too many failed logins: the account is locked until {until} (UTC).",
    ),
    ("database_unavailable", ""): (
        "无法访问数据库：{detail}。请检查数据库文件或服务器，稍后重试；已输入的内容不会丢失。",
        "The database cannot be reached: {detail}. Check the file or server and try again; "
        "nothing typed is lost.",
    ),
}

_ENTITIES = {
    "resident": ("居民", "resident"),
    "node": ("节点", "node"),
    "user": ("用户", "user"),
    "household": ("户", "household"),
    "tag": ("人员类别", "category"),
    "community": ("社区", "community"),
    "role": ("任职", "role"),
    "party_org": ("党组织", "party unit"),
    "party_member": ("党员", "party member"),
    "paired_unit": ("共建单位", "paired unit"),
    "paired_service_item": ("领办事项", "service item"),
    "service_request": ("回执", "Receipt"),
    "mediation_case": ("调解案件", "Mediation case"),
    "service_item": ("服务事项", "service"),
    "service_rating": ("评价", "rating"),
    "rectification": ("整改记录", "rectification"),
    "one_time_notice": ("一次性告知书", "one-time notice"),
}
_FIELDS = {
    "name": ("姓名", "name"),
    "sex": ("性别", "sex"),
    "street_name": ("街道名称", "street name"),
    "username": ("用户名", "user name"),
    "password": ("密码", "password"),
    "id_number": ("公民身份号码", "ID number"),
    "phone": ("联系电话", "phone"),
    "notes": ("备注", "notes"),
    "domicile": ("户籍地", "domicile"),
    "employer": ("工作单位", "employer"),
    "room": ("房号", "room"),
    "tags": ("人员类别", "categories"),
    "tag": ("人员类别", "category"),
    "relation": ("与户主关系", "relation"),
    "file": ("文件", "file"),
    "node_name": ("名称", "name"),
    "org_name": ("党组织名称", "party unit name"),
    "unit_name": ("单位名称", "unit name"),
    "label": ("门牌标签", "label"),
    "parent": ("上级节点", "parent"),
    "role": ("职务", "role"),
    "resident": ("居民", "resident"),
    "title": ("事项名称", "title"),
    "star_rating": ("星级", "star rating"),
    "contact_name": ("联系人", "contact"),
    "position": ("党内职务", "party position"),
    "date": ("日期", "date"),
    "evaluation": ("评价", "evaluation"),
    "status": ("状态", "status"),
    "materials": ("申请材料", "materials"),
    "note": ("说明", "note"),
    "collector_name": ("取件人姓名", "collector's name"),
    "collector_id": ("取件人证件号码", "collector's ID number"),
    "measures": ("整改措施", "measures taken"),
    "reply": ("回复内容", "reply"),
    "window_no": ("窗口号", "window number"),
    "paired_unit": ("共建单位", "paired unit"),
    "party_org": ("党组织", "party unit"),
}


_merged = False
_merge_lock = threading.Lock()


def _merge_module_texts() -> None:
    """Texts owned by a service module next to the errors it raises (its own codes).

    Merged on the first error described, not on import: the GUI imports this module at start-up,
    and the service modules that own texts cost tens of milliseconds to load.
    """
    global _merged
    if _merged:
        return
    with _merge_lock:
        if not _merged:
            _load_module_texts()
            _merged = True


# Modules that own error texts (a ``MESSAGE_TEXTS`` dict next to the errors they raise).
TEXT_MODULES = (
    "gridgov_desktop.services.excel_errors",
    "gridgov_desktop.services.service_requests",
    "gridgov_desktop.services.request_flow",
    "gridgov_desktop.services.ratings",
    "gridgov_desktop.services.demo_requests",
    "gridgov_desktop.services.service_register_types",
    "gridgov_desktop.services.calendar_file",
    "gridgov_desktop.services.catalogue_drafts",
    "gridgov_desktop.services.mediation_errors",
    "gridgov_desktop.services.grid_scope",
    "gridgov_desktop.services.account_texts",
    "gridgov_desktop.services.audit_texts",
    "gridgov_desktop.db.backup_texts",
    "gridgov_desktop.db.trouble_texts",
    "gridgov_desktop.services.conflicts",
)


def _load_module_texts() -> None:
    import importlib

    for name in TEXT_MODULES:
        _TEXTS.update(importlib.import_module(name).MESSAGE_TEXTS)


def default_language() -> str:
    """``GRIDGOV_LANG`` when it names a supported language, else Chinese.

    The product is for Chinese offices and speaks Chinese by default whatever the machine's locale;
    English is chosen explicitly (``--lang en``, ``GRIDGOV_LANG=en`` or the app's setting).
    """
    wanted = os.environ.get("GRIDGOV_LANG") or ""
    return wanted if wanted in SUPPORTED_LANGUAGES else "zh_CN"


def describe_error(error: DomainError, lang: str | None = None) -> str:
    """One sentence for ``error`` in ``lang`` (default: ``default_language()``)."""
    _merge_module_texts()
    index = 1 if (lang or default_language()) == "en" else 0
    args = dict(error.args_map)
    detail = str(args.get("detail", ""))
    text = _TEXTS.get((error.code, detail)) or _TEXTS.get((error.code, "")) or _TEXTS[("validation", "")]
    for key, table in (("entity", _ENTITIES), ("field", _FIELDS)):
        if key in args and args[key] in table:
            args[key] = table[args[key]][index]
    try:
        return text[index].format(**args)
    except (KeyError, IndexError):
        return text[index]
