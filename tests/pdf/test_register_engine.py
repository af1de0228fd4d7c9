"""The register engine on plain data: pages, header rows, page numbers, fonts, orientation, pixels."""

from __future__ import annotations

import io
import re

import pytest
from pdf_helpers import font_dicts, page_texts, render_page  # type: ignore[import-not-found]
from pypdf import PdfReader

from gridgov_desktop.pdf.register import Column, GroupRow, RegisterSpec, Row, render_register

COLUMNS = (
    Column("序号", 12, "center"),
    Column("姓名", 24),
    Column("公民身份号码", 40, "center"),
    Column("现住址", 80),
)


def long_spec(*, landscape: bool = False, buildings: int = 6, per_building: int = 40) -> RegisterSpec:
    rows: list[Row] = []
    number = 0
    for building in range(1, buildings + 1):
        rows.append(GroupRow(f"幸福里小区{building}栋　{per_building} 人"))
        for index in range(per_building):
            number += 1
            # Every seventh address is long enough to wrap: rows of two lines.
            address = f"幸福里小区{building}栋{index % 3 + 1}单元{index + 101}室"
            if index % 7 == 0:
                address += "（东侧临街底商楼上，入口在幸福路与和平街交叉口西北角）"
            rows.append([str(number), "王䶮" if index == 0 else "李𠇔", "210102********1234", address])
    return RegisterSpec(
        title="居民花名册",
        office="东风街道办事处",
        columns=COLUMNS,
        rows=rows,
        period="截至2026年11月21日",
        scope="范围：东风街道 幸福社区",
        landscape=landscape,
        notes=("共 240 人。",),
    )


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return render_register(long_spec())


def test_a_long_register_has_title_header_and_page_numbers_on_every_page(long_pdf: bytes) -> None:
    texts = page_texts(long_pdf)
    total = len(texts)
    assert total >= 8  # 246 rows, some of two lines, ~30 rows a portrait page
    assert "居民花名册" in texts[0] and "东风街道办事处" in texts[0] and "2026年11月21日" in texts[0]
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
        assert re.search(r"序号\s*姓名\s*公民身份号码\s*现住址", text), f"no header row on page {number}"
    # From the second page on, the running head says whose register it is.
    assert all("东风街道办事处　居民花名册" in text for text in texts[1:])
    # A page that starts inside a building repeats its band, marked as continued.
    assert any("（续）" in text for text in texts[1:])
    # Every row is there, once, in order.
    numbers = [int(n) for text in texts for n in re.findall(r"^(\d+) [王李]", text, re.M)]
    assert numbers == list(range(1, 241))
    assert "制表人" in texts[-1] and "审核人" in texts[-1] and "共 240 人" in texts[-1]


def test_rare_characters_are_extracted_as_written(long_pdf: bytes) -> None:
    text = "".join(page_texts(long_pdf))
    assert "王䶮" in text and "李𠇔" in text
    fallback = render_register(
        RegisterSpec("居民花名册", "东风街道办事处", COLUMNS, [["1", "陈㐂𠮷", "", "䶮𠇔"]])
    )
    assert "陈㐂𠮷" in page_texts(fallback)[0]


def test_every_font_is_an_embedded_truetype_subset(long_pdf: bytes) -> None:
    fallback = render_register(
        RegisterSpec("居民花名册", "东风街道办事处", COLUMNS, [["1", "陈㐂𠮷", "", ""]])
    )
    for pdf in (long_pdf, fallback):
        fonts = font_dicts(pdf)
        assert fonts
        for font in fonts:
            descriptor = font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert re.fullmatch(r"/[A-Z]{6}\+.+", str(font["/BaseFont"])), "not a subset"
    names = {str(font["/BaseFont"]).split("+", 1)[1] for font in font_dicts(fallback)}
    assert {"UMingCN-0", "WenQuanYiMicroHei-0", "HanaMinA", "HanaMinB"} <= names


def test_orientation_sets_the_media_box() -> None:
    portrait = PdfReader(io.BytesIO(render_register(long_spec(buildings=1, per_building=3)))).pages[0]
    landscape = PdfReader(
        io.BytesIO(render_register(long_spec(landscape=True, buildings=1, per_building=3)))
    ).pages[0]
    assert (round(float(portrait.mediabox.width)), round(float(portrait.mediabox.height))) == (595, 842)
    assert (round(float(landscape.mediabox.width)), round(float(landscape.mediabox.height))) == (
        842,
        595,
    )


def test_page_one_renders_with_ink_in_the_title_area(long_pdf: bytes) -> None:
    image = render_page(long_pdf, 1, dpi=60)
    width, height = image.size
    # The title sits in the top fifth, centred; GB/T 9704 leaves the margins white.
    title = image.crop((width // 4, 0, 3 * width // 4, height // 5))
    assert sum(title.histogram()[:100]) > 150, "no title printed"
    margin = image.crop((0, 0, width // 20, height))
    assert sum(margin.histogram()[:240]) == 0, "ink in the left margin"


def test_progress_is_reported_per_page_and_can_cancel() -> None:
    seen: list[tuple[int, int]] = []
    render_register(long_spec(buildings=2), progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 1 and seen[-1] == (82, 82)
    assert [done for done, _total in seen] == sorted(done for done, _total in seen)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        render_register(long_spec(buildings=2), progress=cancel)
