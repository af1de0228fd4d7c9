"""The resident import template: the columns offices use, ready to fill in Excel or WPS.

What the sheet does for the person filling it: required column titles in red with a note on every
title, drop-downs where the list is closed (性别, 与户主关系, 政治面貌 …; 民族 and 宗教信仰 only warn, as
the lists are long and old records vary), the ID number and phone columns formatted as text (Excel
otherwise turns an 18-digit number into 3.30102E+17 and loses its last digits), a frozen header, an
example row the import skips, and a sheet of instructions. Given a database, the 社区 / 小区 drop-downs
and the category list come from it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode, Tag
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services.excel_columns import COLUMNS, EXAMPLE_MARK, Column
from gridgov_desktop.services.excel_errors import ExcelFileError
from gridgov_desktop.services.excel_writer import HeaderCell, style_header_cell
from gridgov_desktop.services.tags import DEFAULT_TAGS

DATA_SHEET = "居民信息"
HELP_SHEET = "填写说明"
LISTS_SHEET = "选项"
VALIDATED_ROWS = 20_000  # drop-downs and formats reach this far down
_EXAMPLE = {
    "name": "张三明",
    "sex": "男",
    "ethnicity": "汉族",
    "birth_date": "1980-05-17",
    "id_number": make_id_number("210102", dt.date(1980, 5, 17), 11),
    "phone": "13812345678",
    "domicile": "辽宁省沈阳市和平区",
    "community": "幸福社区",
    "compound": "幸福里小区",
    "building": "3",
    "unit": "2",
    "room": "501",
    "relation": "户主",
    "political_status": "群众",
    "marital_status": "已婚",
    "education": "本科",
    "religion": "无",
    "tags": "户籍人口",
    "notes": EXAMPLE_MARK + "导入时自动跳过，可删除本行",
}


def write_import_template(path: Path | str, *, db: Database | None = None) -> None:
    """Write the template to ``path`` (atomically). With ``db``, its communities, compounds and
    categories fill the drop-downs and the example row."""
    path = Path(path)
    communities: list[str] = []
    compounds: list[str] = []
    tags = [tag.name for tag in DEFAULT_TAGS]
    example = dict(_EXAMPLE)
    if db is not None:
        with db.session() as session:
            nodes = session.execute(
                select(OrgNode.id, OrgNode.kind, OrgNode.name, OrgNode.path)
                .where(OrgNode.kind.in_([NodeKind.COMMUNITY.value, NodeKind.COMPOUND.value]))
                .order_by(OrgNode.sort_order, OrgNode.id)
            ).all()
            tags = list(
                session.scalars(select(Tag.name).where(Tag.is_active).order_by(Tag.sort_order, Tag.id))
            )
        # Compounds grouped under their communities, each in the tree's order.
        order = [node_id for node_id, kind, _, _ in nodes if kind == NodeKind.COMMUNITY.value]
        position = {node_id: i for i, node_id in enumerate(order)}
        communities = list(dict.fromkeys(n for _, k, n, _ in nodes if k == NodeKind.COMMUNITY.value))
        grouped = sorted(
            ((position.get(int(path.strip("/").split("/")[1]), 0), name) for _, k, name, path in nodes
             if k == NodeKind.COMPOUND.value),
            key=lambda pair: pair[0],
        )  # fmt: skip
        compounds = list(dict.fromkeys(name for _, name in grouped))
        if communities:
            example["community"] = communities[0]
            first = [name for at, name in grouped if at == 0]
            if first:
                example["compound"] = first[0]
    workbook = Workbook()
    data = workbook.active
    assert isinstance(data, Worksheet)
    data.title = DATA_SHEET
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _fill_data_sheet(data, lists, communities, compounds)
    _fill_help_sheet(workbook.create_sheet(HELP_SHEET, 1), tags)
    for i, column in enumerate(COLUMNS, 1):
        cell = data.cell(row=2, column=i, value=example.get(column.field))
        cell.font = Font(italic=True, color="808080")
        if column.text_format:
            cell.number_format = "@"
    _save(workbook, path)


def _fill_data_sheet(
    data: Worksheet, lists: Worksheet, communities: list[str], compounds: list[str]
) -> None:
    for i, column in enumerate(COLUMNS, 1):
        letter = get_column_letter(i)
        cell = data.cell(row=1, column=i, value=column.title)
        note = ("【必填】" if column.required else "") + column.hint
        style_header_cell(cell, HeaderCell(column.title, column.width, column.required, comment=note))
        dimension = data.column_dimensions[letter]
        dimension.width = column.width
        if column.text_format:
            dimension.number_format = "@"
        choices = list(column.choices)
        if column.field == "community" and communities:
            choices = communities
        elif column.field == "compound" and compounds:
            choices = compounds
        if choices:
            _drop_down(data, lists, i, column, choices)
    data.freeze_panes = "A2"
    data.row_dimensions[1].height = 24
    data.print_title_rows = "1:1"
    data.page_setup.orientation = "landscape"


def _drop_down(
    data: Worksheet, lists: Worksheet, index: int, column: Column, choices: list[str]
) -> None:
    """A list validation that takes its values from a column of the hidden sheet (an inline list is
    limited to 255 characters; 民族 alone is longer)."""
    lists.cell(row=1, column=index, value=column.title)
    for row, choice in enumerate(choices, 2):
        lists.cell(row=row, column=index, value=choice)
    letter = get_column_letter(index)
    source = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(choices) + 1}"
    strict = column.strict and column.field not in ("community", "compound")
    validation = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        errorTitle=column.title,
        error=f"请从下拉列表中选择{column.title}。" if strict else "不在常用选项中：确定要这样填吗？",
    )
    validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
    data.add_data_validation(validation)


def _fill_help_sheet(sheet: Worksheet, tags: list[str]) -> None:
    lines = [
        ("居民信息导入模板 · 填写说明", True),
        ("1. 在“居民信息”表中每人填一行；红色列名为必填。第2行为示例，导入时自动跳过。", False),
        ("2. 同一户（社区、小区、楼栋、单元、房号都相同）的人须有且只有一位“户主”。", False),
        ("3. 社区、小区须为系统中已有的名称；楼栋、单元、房号在系统中没有时会自动新建。", False),
        ("4. 公民身份号码列须为文本格式：请勿把它改成“常规”或“数值”格式。", False),
        ("5. 有身份证号时，性别和出生日期按号码判断，所填不一致的只作提醒。", False),
        ("6. 出生日期可写作 1980-05-17、1980/5/17、1980年5月17日 或 19800517。", False),
        ("7. 可先“试导入”：只检查，列出每个问题所在的行和列，不写入任何数据。", False),
        ("", False),
        ("各列说明", True),
    ]
    for column in COLUMNS:
        note = ("必填。" if column.required else "") + column.hint
        if column.choices and column.field not in ("ethnicity",):
            note += " 可选：" + "、".join(column.choices) + "。"
        lines.append((f"{column.title}：{note.strip() or '选填。'}", False))
    lines += [("", False), ("人员类别可用：" + "、".join(tags), False)]
    sheet.column_dimensions["A"].width = 110
    for row, (text, bold) in enumerate(lines, 1):
        cell = sheet.cell(row=row, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=13 if row == 1 else 11)


def _save(workbook: Workbook, path: Path) -> None:
    try:
        handle, temporary = tempfile.mkstemp(prefix=".gridgov-", suffix=".xlsx", dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise ExcelFileError(
            "unwritable", name=str(path), reason=error.strerror or str(error)
        ) from error
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExcelFileError(
            "unwritable", name=str(path), reason=error.strerror or str(error)
        ) from error
