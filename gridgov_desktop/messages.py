"""Domain errors in words, for the command line and the GUI.

Errors carry codes and arguments (``domain.errors``); this turns them into one sentence in the
user's language. It is plain Python, not Qt Linguist, because the Qt-free command line shows the same
sentences; the GUI's own labels and menus are translated with Qt Linguist.
"""

from __future__ import annotations

import locale
import os

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
    ("validation", ""): ("输入有误：{field}（{detail}）。", "Invalid input: {field} ({detail})."),
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
}
_FIELDS = {
    "name": ("姓名", "name"),
    "sex": ("性别", "sex"),
    "street_name": ("街道名称", "street name"),
    "username": ("用户名", "user name"),
    "password": ("密码", "password"),
    "id_number": ("公民身份号码", "ID number"),
    "phone": ("联系电话", "phone"),
}


def default_language() -> str:
    """``GRIDGOV_LANG``, else Chinese unless the system locale is English-speaking… or unset.

    The product is for Chinese offices: an unset or C locale means Chinese.
    """
    wanted = os.environ.get("GRIDGOV_LANG") or ""
    if wanted in SUPPORTED_LANGUAGES:
        return wanted
    system = (locale.getlocale()[0] or os.environ.get("LANG", "")).lower()
    return "en" if system.startswith("en") else "zh_CN"


def describe_error(error: DomainError, lang: str | None = None) -> str:
    """One sentence for ``error`` in ``lang`` (default: ``default_language()``)."""
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
