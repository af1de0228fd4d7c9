"""Errors about a spreadsheet file as a whole (not a row of it), with their words.

``ExcelFileError`` is a ``ValidationError`` with code ``excel_file`` and the reason as ``detail``.
``gridgov_desktop.messages`` does not know these codes yet, so the words live here: ``str()`` of the
error is already the Chinese sentence, and ``describe(lang)`` gives either language. Once messages.py
carries the same texts (``MESSAGE_TEXTS`` below, keyed as its table is), ``describe_error`` says the
same.
"""

from __future__ import annotations

from typing import Any

from gridgov_desktop.domain.errors import ValidationError

_SAVE_AS_ZH = "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再导入。"
_SAVE_AS_EN = "Open it in Excel or WPS and save it as an Excel workbook (*.xlsx), then import that."

# (code, detail) → (Chinese, English), in the form of messages.py's table.
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("excel_file", "not_found"): ("找不到文件：{name}。", "File not found: {name}."),
    ("excel_file", "unreadable"): ("无法读取文件 {name}：{reason}。", "Cannot read {name}: {reason}."),
    ("excel_file", "empty_file"): (
        "文件是空的（0 字节）：{name}。",
        "The file is empty (0 bytes): {name}.",
    ),
    ("excel_file", "not_xlsx"): (
        "{name} 不是 Excel 工作簿（.xlsx）。" + _SAVE_AS_ZH,
        "{name} is not an Excel workbook (.xlsx). " + _SAVE_AS_EN,
    ),
    ("excel_file", "text_file"): (
        "{name} 是文本文件（如 CSV），不是 Excel 工作簿。" + _SAVE_AS_ZH,
        "{name} is a text file (such as CSV), not an Excel workbook. " + _SAVE_AS_EN,
    ),
    ("excel_file", "xls"): (
        "{name} 是旧版 Excel 97-2003（.xls）文件。" + _SAVE_AS_ZH,
        "{name} is an old Excel 97-2003 (.xls) file. " + _SAVE_AS_EN,
    ),
    ("excel_file", "encrypted"): (
        "{name} 设有打开密码。请在 Excel 中取消密码后再导入。",
        "{name} is password-protected. Remove the password in Excel, then import it.",
    ),
    ("excel_file", "corrupt"): (
        "{name} 已损坏，无法读取。请重新保存该文件，或向发送者索取原文件。",
        "{name} is damaged and cannot be read. Save it again, or ask the sender for the original.",
    ),
    ("excel_file", "too_large"): (
        "{name} 解压后约 {size_mb} MB，超过上限 {limit_mb} MB，拒绝打开（可能不是正常的表格文件）。"
        "如确为大表，请分成几个文件导入。",
        "{name} unpacks to about {size_mb} MB, over the {limit_mb} MB limit, so it was not opened (it "
        "may not be a genuine spreadsheet). Split a genuinely large list into several files.",
    ),
    ("excel_file", "too_many_rows"): (
        "{name} 的数据超过单次导入上限 {limit} 行。请分成几个文件导入。",
        "{name} has more than {limit} rows, the most one import takes. Split it into several files.",
    ),
    ("excel_file", "no_data"): ("{name} 中没有任何数据。", "{name} holds no data."),
    ("excel_file", "no_header"): (
        "{name} 中找不到居民信息的表头（需有“姓名”“公民身份号码”等列）。请使用系统提供的导入模板。",
        "{name} has no resident list header (columns such as 姓名 and 公民身份号码). Use the import "
        "template.",
    ),
    ("excel_file", "conflict"): (
        "导入期间其他窗口修改了相同的数据（{reason}），本次未导入任何数据。请重新导入。",
        "Someone else changed the same data during the import ({reason}); nothing was imported. "
        "Import again.",
    ),
    ("excel_file", "unwritable"): (
        "无法写入文件 {name}：{reason}。请检查该文件是否正在 Excel 中打开，或换一个位置保存。",
        "Cannot write {name}: {reason}. Close it in Excel if it is open, or save somewhere else.",
    ),
}


class ExcelFileError(ValidationError):
    """A spreadsheet that cannot be used at all: not an .xlsx, damaged, too large, no header…

    ``detail`` is one of the reasons in ``MESSAGE_TEXTS``; ``name`` (the file's name) and the other
    keyword arguments fill in the sentence.
    """

    code = "excel_file"

    def __init__(self, detail: str, **args: Any) -> None:
        super().__init__(detail, field="file", **args)
        # str() is the Chinese sentence: what a log, a test or an unprepared caller shows.
        self.args = (self.describe("zh_CN"),)

    def describe(self, lang: str = "zh_CN") -> str:
        texts = MESSAGE_TEXTS.get((self.code, str(self.args_map["detail"])))
        if texts is None:
            return str(self.args_map["detail"])
        template = texts[1] if lang == "en" else texts[0]
        try:
            return template.format(**self.args_map)
        except (KeyError, IndexError):
            return template
