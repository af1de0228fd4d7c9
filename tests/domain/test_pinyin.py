"""Pinyin search keys of names: surname readings, compound surnames, heteronyms, odd characters."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from gridgov_desktop.domain.pinyin import NamePinyin, is_pinyin_query, name_pinyin, split_surname

# Surname -> (reading as a surname, pypinyin's everyday reading of the characters).
SURNAMES = {
    "单": ("shan", "dan"),
    "曾": ("zeng", "ceng"),
    "解": ("xie", "jie"),
    "仇": ("qiu", "chou"),
    "朴": ("piao", "pu"),
    "查": ("zha", "cha"),
    "区": ("ou", "qu"),
    "覃": ("qin", "tan"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "缪": ("miao", "mou"),
    "翟": ("zhai", "di"),
    "秘": ("bi", "mi"),
    "种": ("chong", "zhong"),
    "召": ("shao", "zhao"),
    "繁": ("po", "fan"),
    "员": ("yun", "yuan"),
    "折": ("she", "zhe"),
    "黑": ("he", "hei"),
    "祭": ("zhai", "ji"),
    "句": ("gou", "ju"),
    "隗": ("wei", "kui"),
    "万俟": ("moqi", "wanqi"),
    "尉迟": ("yuchi", "weichi"),
    "长孙": ("zhangsun", "zhangsun"),
    "单于": ("chanyu", "danyu"),
    "澹台": ("tantai", "dantai"),
}

COMPOUND_SURNAMES = {
    "欧阳": "ouyang",
    "司马": "sima",
    "上官": "shangguan",
    "诸葛": "zhuge",
    "东方": "dongfang",
    "皇甫": "huangfu",
    "尉迟": "yuchi",
    "公孙": "gongsun",
    "慕容": "murong",
    "长孙": "zhangsun",
    "宇文": "yuwen",
    "司徒": "situ",
    "令狐": "linghu",
    "夏侯": "xiahou",
    "万俟": "moqi",
    "澹台": "tantai",
    "单于": "chanyu",
    "南宫": "nangong",
    "西门": "ximen",
    "端木": "duanmu",
    "轩辕": "xuanyuan",
    "独孤": "dugu",
    "呼延": "huyan",
    "钟离": "zhongli",
    "赫连": "helian",
    "闻人": "wenren",
    "申屠": "shentu",
    "太史": "taishi",
    "公冶": "gongye",
    "濮阳": "puyang",
    "淳于": "chunyu",
    "百里": "baili",
    "东郭": "dongguo",
    "拓跋": "tuoba",
}


def initials_of(reading: str, surname: str) -> str:
    # Initials of a surname reading: one letter per syllable. Readings here are built from known parts.
    syllables = {"moqi": "mq", "wanqi": "wq", "yuchi": "yc", "weichi": "wc", "zhangsun": "zs"}
    syllables |= {"chanyu": "cy", "danyu": "dy", "tantai": "tt", "dantai": "dt"}
    return syllables.get(reading, reading[0]) if len(surname) > 1 else reading[0]


@pytest.mark.parametrize("surname", list(SURNAMES))
def test_surnames_read_as_surnames_and_as_everyday_words(surname: str) -> None:
    surname_reading, everyday = SURNAMES[surname]
    keys = name_pinyin(surname + "涛")
    assert keys.full[0] == surname_reading + "tao"
    assert everyday + "tao" in keys.full
    assert keys.initials[0] == initials_of(surname_reading, surname) + "t"
    assert initials_of(everyday, surname) + "t" in keys.initials


def test_zeng_matches_both_readings() -> None:
    keys = name_pinyin("曾国藩")
    assert keys.initials[:2] == ("zgf", "cgf")
    assert keys.full[:2] == ("zengguofan", "cengguofan")


def test_example_from_the_brief() -> None:
    assert name_pinyin("张三明").initials == ("zsm",)
    assert name_pinyin("张三明").full[0] == "zhangsanming"


@pytest.mark.parametrize("surname", list(COMPOUND_SURNAMES))
def test_compound_surnames(surname: str) -> None:
    assert split_surname(surname + "明") == (surname, "明")
    assert split_surname(surname + "小明") == (surname, "小明")
    assert name_pinyin(surname + "涛").full[0] == COMPOUND_SURNAMES[surname] + "tao"


def test_split_surname() -> None:
    assert split_surname("张三明") == ("张", "三明")
    assert split_surname("爱新觉罗·溥仪") == ("爱新觉罗", "·溥仪")
    # A compound with nothing after it is a single surname and a given name.
    assert split_surname("欧阳") == ("欧", "阳")
    assert split_surname("  王伟 ") == ("王", "伟")
    assert split_surname("Li Ming") == ("", "Li Ming")
    assert split_surname("") == ("", "")


@pytest.mark.parametrize(
    "name", ["王伟", "李秀英", "张建华", "陈晓东", "刘德华", "黄志强", "周杰伦", "吴敏"]
)
def test_preferred_reading_is_pypinyins_reading_for_ordinary_names(name: str) -> None:
    surname, given_name = split_surname(name)
    keys = name_pinyin(name)
    assert keys.full[0] == "".join(lazy_pinyin(surname) + lazy_pinyin(given_name))
    first_letters = lazy_pinyin(surname, style=Style.FIRST_LETTER) + lazy_pinyin(
        given_name, style=Style.FIRST_LETTER
    )
    assert keys.initials[0] == "".join(first_letters)


def test_given_name_read_as_a_phrase_first_then_heteronyms() -> None:
    # 长 alone is zhang; in 长江 it is chang.
    keys = name_pinyin("李长江")
    assert keys.full[0] == "lichangjiang"
    assert "lizhangjiang" in keys.full
    assert keys.initials[:2] == ("lcj", "lzj")


def test_ordinary_surnames_keep_only_their_reading() -> None:
    # pypinyin also knows 王 as yù; a clerk typing "y" should not get every 王.
    assert name_pinyin("王芳").full == ("wangfang",)
    assert name_pinyin("王芳").initials == ("wf",)


def test_variants_are_capped_and_unique() -> None:
    name = "阿卜杜拉·买买提"
    for limit in (1, 2, 8):
        keys = name_pinyin(name, max_variants=limit)
        assert 1 <= len(keys.full) <= limit
        assert 1 <= len(keys.initials) <= limit
        assert len(set(keys.full)) == len(keys.full)
        assert len(set(keys.initials)) == len(keys.initials)
    with pytest.raises(ValueError):
        name_pinyin(name, max_variants=0)


def test_interpunct_names() -> None:
    keys = name_pinyin("阿卜杜拉·买买提")
    assert "abudulamaimaiti" in keys.full
    assert all(key.isascii() and key.isalpha() for key in keys.full + keys.initials)
    assert name_pinyin("爱新觉罗·溥仪").full[0] == "aixinjueluopuyi"
    assert name_pinyin("迪丽热巴・迪力木拉提").initials[0] == "dlrbdlmlt"  # katakana middle dot


def test_rare_characters_do_not_crash() -> None:
    # 䶮 (Extension A) is known to pypinyin; 𠇔 (Extension B) is not and contributes nothing.
    assert name_pinyin("刘䶮").full[0] == "liuyan"
    assert name_pinyin("䶮").initials == ("y",)
    assert name_pinyin("李𠇔") == NamePinyin(initials=("l",), full=("li",))
    assert name_pinyin("𠇔明").full[0] == "ming"
    assert name_pinyin("𠇔") == NamePinyin(initials=(), full=())


def test_latin_letters_spaces_and_symbols() -> None:
    assert name_pinyin("张 Li Ming") == NamePinyin(initials=("zlm",), full=("zhangliming",))
    assert name_pinyin("Tom") == NamePinyin(initials=("t",), full=("tom",))
    assert name_pinyin("ＡＢ") == NamePinyin(initials=("a",), full=("ab",))
    assert name_pinyin("") == NamePinyin(initials=(), full=())
    assert name_pinyin(" · 123 ") == NamePinyin(initials=(), full=())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=12))
def test_any_text_gives_lower_case_ascii_keys(text: str) -> None:
    keys = name_pinyin(text, max_variants=4)
    for key in keys.full + keys.initials:
        assert key.isascii() and key.isalpha() and key == key.lower()
    assert len(keys.full) <= 4 and len(keys.initials) <= 4
    assert bool(keys.full) == bool(keys.initials)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="张王李曾单长乐重行朝明华强伟芳英", min_size=2, max_size=6))
def test_chinese_names_have_keys(name: str) -> None:
    keys = name_pinyin(name)
    assert keys.full and keys.initials
    assert len(keys.initials[0]) == len(name)


def test_name_pinyin_is_fast() -> None:
    rng = random.Random(7)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗曾单"
    given_chars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲长乐重行朝"
    names = [
        rng.choice(surnames) + "".join(rng.choice(given_chars) for _ in range(rng.randint(1, 2)))
        for _ in range(3000)
    ]
    start = time.perf_counter()
    for name in names:
        name_pinyin(name)
    # Tens of thousands a second on a laptop; generous for loaded CI machines.
    assert time.perf_counter() - start < 1.5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("z", True),
        ("ZSM", True),
        (" zhangsanming ", True),
        ("a" * 40, True),
        ("a" * 41, False),
        ("", False),
        ("   ", False),
        ("zhang san", False),
        ("zs1", False),
        ("张", False),
        ("ü", False),
    ],
)
def test_is_pinyin_query(text: str, expected: bool) -> None:
    assert is_pinyin_query(text) is expected
