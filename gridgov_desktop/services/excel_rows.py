"""Checks of one spreadsheet row on its own: what can be said without the database.

Each cell is read the way a clerk meant it — numbers Excel made of room numbers, dates in any of the
usual spellings, the ID number's birth date and sex taking precedence over typed ones (a disagreement
is a warning) — and every problem is recorded with the row number and column title Excel shows.
Written for throughput (the import's budget is 5,000 rows/s in all): repeated values are looked up
once, and empty optional cells cost a dictionary miss.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gridgov_desktop.domain.enums import Relation, Sex
from gridgov_desktop.domain.errors import InvalidIdNumber, InvalidPhone
from gridgov_desktop.domain.id_number import IdNumberInfo, parse_id_number
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.domain.text import without_control_characters
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.excel_columns import (
    CHOICE_WORDS,
    COLUMN_BY_FIELD,
    EXAMPLE_MARK,
    RELATION_CHOICES,
    RELATION_WORDS,
    SEX_WORDS,
    TAG_SEPARATORS,
    value_key,
)
from gridgov_desktop.services.excel_values import cell_text, check_name, parse_date

EXCEL_ERRORS = frozenset(
    ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!")
)
CHOICE_FIELDS: tuple[str, ...] = ("ethnicity", "political_status", "marital_status", "education")
CHOICE_FIELDS += ("religion", "military_service")
# Column lengths of the resident and org_node tables (PostgreSQL enforces them).
_SHORT_TEXT = 16
_LIMITS = {"name": 64, "domicile": 200, "community": 100, "compound": 100}
_LIMITS.update({"building": 20, "unit": 20, "room": 20})
_TYPED_FIELDS = frozenset(("id_number", "birth_date", "phone"))
_ADDRESS_FIELDS = ("community", "compound", "building", "unit", "room")


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported
    WARNING = "warning"  # imported, but worth a look

    @property
    def label_zh(self) -> str:
        return "错误" if self is Severity.ERROR else "提醒"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a cell (``column`` is its title), a row (``column`` empty) or the file
    (``row_number`` is the header row). Row numbers are the ones Excel shows."""

    row_number: int
    column: str
    message_zh: str
    severity: Severity = Severity.ERROR


@dataclass(slots=True)
class ParsedRow:
    """A row as it will be registered, once the checks that need the database pass too."""

    row_number: int
    name: str = ""
    sex: Sex | None = None
    birth_date: dt.date | None = None
    id_number: str | None = None
    phone: str | None = None
    phone_digits: str | None = None
    relation: Relation | None = None
    community: str = ""
    compound: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    tags: tuple[str, ...] = ()
    texts: dict[str, str | None] = field(default_factory=dict)  # the free and closed-list fields
    ok: bool = True


class RowChecker:
    """Checks rows of one file; problems are appended to ``problems`` as they are found."""

    def __init__(self, columns: dict[str, int], today: dt.date, problems: list[Problem]) -> None:
        self._columns = columns
        self._titles = {f: COLUMN_BY_FIELD[f].title for f in COLUMN_BY_FIELD}
        self._today = today
        self.problems = problems
        self._names: dict[str, tuple[str, str | None, bool]] = {}
        self._choices: dict[tuple[str, str], tuple[str | None, str | None, bool]] = {}
        self._phones: dict[str, tuple[str, str] | str] = {}
        self._fields = {index: name for name, index in columns.items()}
        self._text_fields = [f for f in ("domicile", "notes", *CHOICE_FIELDS) if f in columns]
        self._tags: dict[str, tuple[str, ...]] = {}

    def is_example(self, cells: dict[int, Any]) -> bool:
        notes = cells.get(self._columns.get("notes", -1))
        return isinstance(notes, str) and notes.lstrip().startswith(EXAMPLE_MARK)

    def check(self, number: int, cells: dict[int, Any]) -> ParsedRow:
        row = ParsedRow(number)
        fields = self._fields
        # Field → value: text (stripped) for every field but the three whose cell type matters.
        values: dict[str, Any] = {}
        for index, value in cells.items():
            name = fields.get(index)
            if name is None:
                continue
            if value.__class__ is str:
                if not value.isprintable():  # a C check first: the regular expression is slower
                    value = without_control_characters(value)
                value = value.strip()
                if not value:
                    continue
                if value[0] == "#" and value in EXCEL_ERRORS:
                    message = f"单元格是 Excel 错误值 {value}（公式出错），请改为实际内容。"
                    self._error(row, name, message)
                    continue
            elif name not in _TYPED_FIELDS:
                value = cell_text(value)
                if value is None:
                    continue
            values[name] = value
        get = values.get
        self._name(row, get("name"))
        self._id_sex_birth(row, values)
        if "phone" in values:
            self._phone(row, values["phone"])
        self._relation(row, get("relation"))
        for part in _ADDRESS_FIELDS:
            text = get(part)
            if text is None:
                self._error(row, part, f"{self._titles[part]}未填写。")
            elif len(text) > _LIMITS[part]:
                self._error(row, part, f"{self._titles[part]}过长（最多{_LIMITS[part]}个字）。")
            else:
                setattr(row, part, text)
        texts = row.texts
        for name in self._text_fields:
            text = get(name)
            if text is not None:
                texts[name] = self._text(row, name, text)
        tags = get("tags")
        if tags is not None:
            found = self._tags.get(tags)
            if found is None:
                found = self._tags[tags] = tuple(
                    dict.fromkeys(t for t in TAG_SEPARATORS.split(tags) if t)
                )
            row.tags = found
        return row

    # -- the checks --------------------------------------------------------------------------------

    def _error(self, row: ParsedRow, name: str, message: str) -> None:
        row.ok = False
        self.problems.append(Problem(row.row_number, self._titles[name], message))

    def _warn(self, row: ParsedRow, name: str, message: str) -> None:
        self.problems.append(Problem(row.row_number, self._titles[name], message, Severity.WARNING))

    def _name(self, row: ParsedRow, text: str | None) -> None:
        if text is None:
            self._error(row, "name", "姓名未填写。")
            return
        known = self._names.get(text)
        if known is None:
            known = self._names[text] = check_name(text)
        name, error, private_use = known
        if error:
            self._error(row, "name", error)
            return
        if private_use:
            self._warn(row, "name", "姓名含有私用区（造字）字符，其他电脑上可能显示不出来。")
        row.name = name

    def _id_sex_birth(self, row: ParsedRow, values: dict[str, Any]) -> None:
        raw_sex: str | None = values.get("sex")
        typed_sex = (SEX_WORDS.get(raw_sex) or SEX_WORDS.get(value_key(raw_sex))) if raw_sex else None
        raw_birth = values.get("birth_date")
        typed_birth = parse_date(raw_birth) if raw_birth is not None else None
        info = self._id_number(row, values.get("id_number"))
        if info is None:
            if "id_number" in values:
                return  # a bad ID number: its error says enough
            if raw_sex is None:
                self._error(row, "sex", "未填写公民身份号码时，须填写性别。")
            elif typed_sex is None:
                self._error(row, "sex", f"性别「{raw_sex}」无法识别：应为“男”或“女”。")
            if raw_birth is not None and typed_birth is None:
                self._error(
                    row, "birth_date", f"出生日期「{cell_text(raw_birth)}」无法识别：请写成 1980-05-17。"
                )
            elif typed_birth is not None and typed_birth > self._today:
                self._error(row, "birth_date", "出生日期晚于今天。")
            if "id_number" not in values and row.ok:
                self._warn(row, "id_number", "未填写公民身份号码（如新生儿）：无法按号码查重。")
            row.sex, row.birth_date = typed_sex, typed_birth
            return
        row.id_number, row.sex, row.birth_date = info.number, info.sex, info.birth_date
        if info.converted_from_15:
            self._warn(row, "id_number", f"15位旧号码已转换为18位：{info.number}。")
        if raw_sex is not None and typed_sex is None:
            self._warn(row, "sex", f"性别「{raw_sex}」无法识别，按身份证号登记为“{info.sex.label_zh}”。")
        elif typed_sex is not None and typed_sex is not info.sex:
            self._warn(
                row,
                "sex",
                f"性别填的是“{typed_sex.label_zh}”，与身份证号（{info.sex.label_zh}）不符，按身份证号登记。",
            )
        if raw_birth is not None and typed_birth is None:
            self._warn(
                row,
                "birth_date",
                f"出生日期「{cell_text(raw_birth)}」无法识别，按身份证号登记为 {info.birth_date}。",
            )
        elif typed_birth is not None and typed_birth != info.birth_date:
            self._warn(
                row,
                "birth_date",
                f"出生日期填的是 {typed_birth}，与身份证号（{info.birth_date}）不符，按身份证号登记。",
            )

    def _id_number(self, row: ParsedRow, value: Any) -> IdNumberInfo | None:
        """What the number says, when it parses (errors recorded otherwise)."""
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if abs(value) < 1e15 and float(value).is_integer() and len(str(int(value))) == 15:
                text = str(int(value))  # an old 15-digit number survives as a number
            else:
                shown = f"{value:.5E}" if isinstance(value, float) else str(value)
                self._error(
                    row,
                    "id_number",
                    f"身份证号被Excel转成了数字（{shown}），末几位已丢失。请把本列设为“文本”格式后重新填写"
                    "完整号码（或在号码前加英文单引号 '）。",
                )
                return None
        else:
            text = cell_text(value) or ""
        if "*" in text or "＊" in text:
            self._error(
                row,
                "id_number",
                "公民身份号码是隐藏后的号码（含 *），不能导入：请填写完整号码，"
                "或使用显示完整号码的导出文件。",
            )
            return None
        if re.fullmatch(r"\d(?:\.\d+)?[eE]\+?\d+", text):
            self._error(
                row,
                "id_number",
                f"身份证号被Excel转成了数字（{text}），末几位已丢失。请把本列设为“文本”格式后重新填写完整号码。",
            )
            return None
        try:
            return parse_id_number(text, today=self._today)
        except InvalidIdNumber as error:
            message = describe_error(error, "zh_CN")
            if error.args_map.get("detail") == "check_character" and text.endswith("000"):
                message += "末三位是 000：可能是被 Excel 转成数字后丢失的。"
            self._error(row, "id_number", message)
            return None

    def _phone(self, row: ParsedRow, value: Any) -> None:
        text = cell_text(value) or ""
        known = self._phones.get(text)
        if known is None:
            if "*" in text:
                known = "联系电话是隐藏后的号码（含 *），不能导入：请填写完整号码。"
            else:
                try:
                    phone = parse_phone(text)
                    known = (phone.number, phone.digits)
                except InvalidPhone as error:
                    known = describe_error(error, "zh_CN")
            self._phones[text] = known
        if isinstance(known, str):
            self._error(row, "phone", known)
        else:
            row.phone, row.phone_digits = known

    def _relation(self, row: ParsedRow, text: str | None) -> None:
        if text is None:
            self._error(row, "relation", "与户主关系未填写。")
            return
        relation = RELATION_WORDS.get(text) or RELATION_WORDS.get(value_key(text))
        if relation is None:
            self._error(
                row,
                "relation",
                f"与户主关系「{text}」无法识别：应为{'、'.join(RELATION_CHOICES)}之一。",
            )
        row.relation = relation

    def _text(self, row: ParsedRow, name: str, text: str) -> str | None:
        if name not in CHOICE_WORDS:
            limit = _LIMITS.get(name)
            if limit is not None and len(text) > limit:
                self._error(row, name, f"{self._titles[name]}过长（最多{limit}个字）。")
            return text
        known = self._choices.get((name, text))
        if known is None:
            canonical = CHOICE_WORDS[name].get(value_key(text))
            if canonical is not None:
                known = (canonical, None, False)
            elif len(text) > _SHORT_TEXT:
                known = (None, f"{self._titles[name]}「{text}」过长（最多{_SHORT_TEXT}个字）。", True)
            else:
                known = (text, f"{self._titles[name]}「{text}」不在常用选项中，按原样保存。", False)
            self._choices[(name, text)] = known
        value, message, is_error = known
        if message is not None:
            (self._error if is_error else self._warn)(row, name, message)
        return value
