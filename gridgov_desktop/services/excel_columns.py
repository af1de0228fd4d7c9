"""The columns of the resident spreadsheet, as offices name them, and the words they accept.

Shared by the import template, the import and the export, so that the three always agree: an export
can be edited and imported again, and the template's drop-downs offer exactly what the import reads.

Offices' own spreadsheets name columns in many ways (身份证号, 公民身份证号码, 手机…) and write values
with variants (党员 for 中共党员, 大学本科 for 本科); the aliases and synonyms below map them to the
form's terms, so that last year's spreadsheet imports without retyping.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from gridgov_desktop.domain.enums import Relation, Sex


@dataclass(frozen=True)
class Column:
    """One column of the sheet. ``choices`` is the closed list a drop-down offers (empty: free text);
    ``strict`` lists refuse other values in Excel, the others only warn there."""

    title: str
    field: str
    required: bool
    width: float
    text_format: bool = False
    choices: tuple[str, ...] = ()
    strict: bool = True
    hint: str = ""


SEX_CHOICES = ("男", "女")
RELATION_CHOICES = tuple(relation.label_zh for relation in Relation)
POLITICAL_CHOICES = (
    "中共党员", "中共预备党员", "共青团员", "民革党员", "民盟盟员", "民建会员", "民进会员", "农工党党员",
    "致公党党员", "九三学社社员", "台盟盟员", "民主党派", "无党派人士", "群众",
)  # fmt: skip
MARITAL_CHOICES = ("未婚", "已婚", "丧偶", "离婚")
EDUCATION_CHOICES = (
    "学龄前", "不识字或识字很少", "小学", "初中", "高中", "中专", "大专", "本科", "硕士研究生",
    "博士研究生",
)  # fmt: skip
RELIGION_CHOICES = ("无", "佛教", "道教", "伊斯兰教", "天主教", "基督教", "其他")
MILITARY_CHOICES = ("未服兵役", "服现役", "预备役", "退役军人")
# The 56 ethnic groups in the order of GB/T 3304, and 其他.
ETHNICITY_CHOICES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    "其他",
)  # fmt: skip

# The template's columns, in the order offices use (居民信息登记表).
COLUMNS: tuple[Column, ...] = (
    Column("姓名", "name", True, 12, hint="必填。生僻字（如 𠇔、䶮）和少数民族姓名中的间隔号“·”均可。"),
    Column("性别", "sex", False, 6, choices=SEX_CHOICES, hint="有身份证号时可不填：按号码判断。"),
    Column(
        "民族", "ethnicity", False, 9, choices=ETHNICITY_CHOICES, strict=False, hint="如 汉族、满族。"
    ),
    Column(
        "出生日期", "birth_date", False, 12, True, hint="如 1980-05-17。有身份证号时可不填：按号码判断。"
    ),
    Column(
        "公民身份号码",
        "id_number",
        True,
        21,
        True,
        hint="18位（旧15位号码会转为18位）。本列须为文本格式，否则 Excel 会把号码变成科学计数法"
        "并丢失末几位。新生儿等尚无号码的可留空，但须填写性别和出生日期。",
    ),
    Column("联系电话", "phone", False, 15, True, hint="手机11位，或固话如 024-87654321。"),
    Column("户籍地", "domicile", False, 26, hint="户口簿上的户籍地址。"),
    Column("社区", "community", True, 12, hint="必填，须为系统中已有的社区。"),
    Column("小区", "compound", True, 14, hint="必填，须为该社区下已有的小区。"),
    Column("楼栋", "building", True, 7, True, hint="必填，如 3 或 3栋；系统中没有时自动新建。"),
    Column("单元", "unit", True, 7, True, hint="必填，如 2 或 2单元；没有时自动新建。"),
    Column("房号", "room", True, 8, True, hint="必填，如 501；没有时自动新建该户。"),
    Column(
        "与户主关系",
        "relation",
        True,
        12,
        choices=RELATION_CHOICES,
        hint="必填。每户须有且只有一位“户主”。",
    ),
    Column(
        "政治面貌", "political_status", False, 12, choices=POLITICAL_CHOICES, hint="从下拉列表选择。"
    ),
    Column("婚姻状况", "marital_status", False, 9, choices=MARITAL_CHOICES, hint="从下拉列表选择。"),
    Column("文化程度", "education", False, 12, choices=EDUCATION_CHOICES, hint="从下拉列表选择。"),
    Column(
        "宗教信仰", "religion", False, 9, choices=RELIGION_CHOICES, strict=False, hint="没有填“无”。"
    ),
    Column("兵役状况", "military_service", False, 9, choices=MILITARY_CHOICES, hint="从下拉列表选择。"),
    Column("人员类别", "tags", False, 22, hint="可填多个，用顿号“、”或逗号分隔，如：户籍人口、低保。"),
    Column("备注", "notes", False, 24, hint="其他需要说明的情况。"),
)
COLUMN_BY_FIELD = {column.field: column for column in COLUMNS}
REQUIRED_FIELDS = tuple(column.field for column in COLUMNS if column.required)

# The example row of the template carries this in 备注; the import skips such rows.
EXAMPLE_MARK = "【示例】"
# Headers of an export whose numbers are masked (the import reads them as the plain column).
MASKED_SUFFIX = "（已隐藏）"

_HEADER_ALIASES = {
    "name": "名字 居民姓名 姓名（必填）",
    "birth_date": "出生年月 出生年月日 生日 出生时间",
    "id_number": "身份证号 身份证号码 公民身份证号码 公民身份证号 身份号码 证件号码 身份证 "
    "居民身份证号码",
    "phone": "电话 电话号码 手机 手机号 手机号码 联系方式 联系电话号码",
    "domicile": "户籍地址 户籍所在地 户口所在地 户籍 户籍地详址",
    "community": "所属社区 社区名称",
    "compound": "所属小区 小区名称 小区名",
    "building": "楼号 楼栋号 栋 楼",
    "unit": "单元号",
    "room": "门牌号 房间号 室 户号 房间",
    "relation": "与户主的关系 户主关系 关系",
    "marital_status": "婚姻状态 婚姻",
    "education": "学历",
    "religion": "宗教",
    "military_service": "兵役情况 兵役",
    "tags": "人员类型 人群类别 类别 标签 人员标签",
    "notes": "说明",
}
_BRACKETED = re.compile(r"[(\[【].*?[)\]】]")


def header_key(text: str) -> str:
    """A header as compared: full-width forms made ASCII, spaces, asterisks and bracketed notes
    ("人员类别（多个用、分隔）", "公民身份号码（已隐藏）") removed."""
    key = unicodedata.normalize("NFKC", text)
    key = "".join(key.split()).replace("*", "")
    return _BRACKETED.sub("", key)


HEADER_FIELDS: dict[str, str] = {header_key(column.title): column.field for column in COLUMNS}
for _field, _aliases in _HEADER_ALIASES.items():
    for _alias in _aliases.split():
        HEADER_FIELDS.setdefault(header_key(_alias), _field)


def value_key(text: str) -> str:
    """A cell value as compared with a closed list: NFKC, no spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _synonyms(choices: tuple[str, ...], extra: str) -> dict[str, str]:
    table = {value_key(choice): choice for choice in choices}
    for pair in extra.split():
        synonym, _, canonical = pair.partition("=")
        assert canonical in choices, canonical
        table[value_key(synonym)] = canonical
    return table


SEX_WORDS: dict[str, Sex] = {"男": Sex.MALE, "男性": Sex.MALE, "女": Sex.FEMALE, "女性": Sex.FEMALE}
# GB/T 2261.1 codes, and the letters other systems export.
SEX_WORDS.update({"1": Sex.MALE, "2": Sex.FEMALE, "M": Sex.MALE, "F": Sex.FEMALE})
SEX_WORDS.update({"m": Sex.MALE, "f": Sex.FEMALE})

RELATION_WORDS: dict[str, Relation] = {relation.label_zh: relation for relation in Relation}
for _words, _relation in (
    ("本人 户主本人", Relation.HEAD),
    ("妻 妻子 丈夫 夫 爱人 夫妻 老伴", Relation.SPOUSE),
    (
        "子 儿子 长子 次子 三子 女 女儿 长女 次女 三女 独生子 独生女 养子 养女 继子 继女 子女关系",
        Relation.CHILD,
    ),
    ("父 父亲 母 母亲 父母亲", Relation.PARENT),
    ("岳父 岳母 公公 婆婆 公婆 岳父母", Relation.PARENT_IN_LAW),
    ("祖父 祖母 外祖父 外祖母 爷爷 奶奶 姥爷 姥姥 外公 外婆", Relation.GRANDPARENT),
    ("儿媳 女婿 媳妇 儿媳妇 媳 婿", Relation.CHILD_SPOUSE),
    ("孙子 孙女 外孙 外孙子 外孙女 孙", Relation.GRANDCHILD),
    ("兄 弟 姐 妹 哥哥 弟弟 姐姐 妹妹 兄弟 姐妹", Relation.SIBLING),
    ("保姆 亲属 其他亲属 非亲属 其它", Relation.OTHER),
):
    for _word in _words.split():
        RELATION_WORDS[_word] = _relation

CHOICE_WORDS: dict[str, dict[str, str]] = {
    "political_status": _synonyms(
        POLITICAL_CHOICES,
        "党员=中共党员 共产党员=中共党员 中国共产党党员=中共党员 中共正式党员=中共党员 "
        "预备党员=中共预备党员 团员=共青团员 共青团=共青团员 无党派=无党派人士 无=群众 普通群众=群众",
    ),
    "marital_status": _synonyms(
        MARITAL_CHOICES, "初婚=已婚 再婚=已婚 复婚=已婚 有配偶=已婚 离异=离婚 单身=未婚"
    ),
    "education": _synonyms(
        EDUCATION_CHOICES,
        "文盲=不识字或识字很少 半文盲=不识字或识字很少 不识字=不识字或识字很少 学前=学龄前 "
        "幼儿园=学龄前 "
        "技校=中专 中技=中专 职高=中专 职业高中=中专 中等专科=中专 专科=大专 大学专科=大专 高职=大专 "
        "大学=本科 大学本科=本科 大本=本科 硕士=硕士研究生 研究生=硕士研究生 博士=博士研究生",
    ),
    "religion": _synonyms(
        RELIGION_CHOICES, "无宗教信仰=无 不信教=无 没有=无 基督新教=基督教 回教=伊斯兰教 其它=其他"
    ),
    "military_service": _synonyms(
        MILITARY_CHOICES,
        "退出现役=退役军人 退伍=退役军人 退伍军人=退役军人 转业=退役军人 复员=退役军人 "
        "未服役=未服兵役 无=未服兵役 现役=服现役",
    ),
    "ethnicity": _synonyms(ETHNICITY_CHOICES, "其它=其他"),
}
for _ethnicity in ETHNICITY_CHOICES[:-1]:
    # "汉" for 汉族, as often written.
    CHOICE_WORDS["ethnicity"].setdefault(_ethnicity[:-1], _ethnicity)

# Tag cells: several names separated by 、 , ， ; ； or spaces ("独居/空巢老人" keeps its slash).
TAG_SEPARATORS = re.compile(r"[、,，;；\s]+")
