"""The embedded fonts: which face draws which character, and the fallback for rare ones."""

from __future__ import annotations

from gridgov_desktop.pdf import fonts
from gridgov_desktop.pdf.text import wrap_lines


def test_register_fonts_is_idempotent_and_cheap_the_second_time() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.covers(fonts.BODY, "居民花名册 0123 ABC")
    assert fonts.covers(fonts.TITLE, "居民花名册")


def test_common_text_is_one_run_of_the_face_asked_for() -> None:
    assert fonts.split_runs("张三明 210102********1234") == [(fonts.BODY, "张三明 210102********1234")]
    assert fonts.split_runs("") == []
    assert fonts.markup("A&B<C>") == "A&amp;B&lt;C&gt;"


def test_rare_characters_fall_back_per_character() -> None:
    # 䶮 (Extension A) and 𠇔 (Extension B) are in the body face itself.
    assert fonts.split_runs("王䶮李𠇔") == [(fonts.BODY, "王䶮李𠇔")]
    # 㐂 (Extension A) and 𠮷 (Extension B) are not: each prints from a fallback face.
    assert fonts.split_runs("陈㐂𠮷明") == [
        (fonts.BODY, "陈"),
        (fonts.FALLBACK_BMP, "㐂"),
        (fonts.FALLBACK_SUPPLEMENTARY, "𠮷"),
        (fonts.BODY, "明"),
    ]
    assert fonts.markup("陈㐂") == f'陈<font name="{fonts.FALLBACK_BMP}">㐂</font>'
    # The Hei title face lacks Extension A: the Song body face draws 䶮 there.
    assert fonts.split_runs("王䶮社区", fonts.TITLE) == [
        (fonts.TITLE, "王"),
        (fonts.BODY, "䶮"),
        (fonts.TITLE, "社区"),
    ]


def test_the_chain_covers_every_cjk_ideograph_through_extension_b() -> None:
    chain = fonts.coverage(fonts.BODY) | fonts.coverage(fonts.FALLBACK_BMP)
    chain |= fonts.coverage(fonts.FALLBACK_SUPPLEMENTARY)
    blocks = [(0x4E00, 0x9FA5), (0x3400, 0x4DB5), (0x20000, 0x2A6D6)]  # URO, Ext A, Ext B (Unicode 3.1)
    missing = [
        hex(cp) for first, last in blocks for cp in range(first, last + 1) if chr(cp) not in chain
    ]
    assert missing == []


def test_widths_count_fallback_characters() -> None:
    size = 10.0
    assert fonts.string_width("张三", size) == 20.0
    assert fonts.string_width("12", size) == 10.0  # half-width digits
    assert fonts.string_width("陈㐂𠮷", size) > 25.0


def test_cells_wrap_by_chinese_rules() -> None:
    width = 5 * 10.5  # five ideographs at 10.5 pt
    lines = wrap_lines("辽宁省沈阳市和平区南京街道", width, 10.5)
    assert lines == ["辽宁省沈阳", "市和平区南", "京街道"]
    # No line starts with a closing mark, and a number is never cut.
    assert wrap_lines("户籍人口、低保", 4 * 10.5, 10.5) == ["户籍人", "口、低保"]
    assert wrap_lines("3号楼1102室", 4 * 10.5, 10.5) == ["3号楼", "1102室"]
    # A space the author put is preferred when the line stays at least half full.
    assert wrap_lines("第一网格 幸福里小区3栋", 8 * 10.5, 10.5) == ["第一网格", "幸福里小区3栋"]
    for line in wrap_lines("很长的地址" * 5, width, 10.5):
        assert fonts.string_width(line, 10.5) <= width
