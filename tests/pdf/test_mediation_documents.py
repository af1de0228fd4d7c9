"""The mediation documents on plain data (no database): the agreement (人民调解协议书), the oral
agreement's record, a session's record (笔录), the notice of rights and duties, the intake form and
the case file's checklist — what they say, that IDs print masked, the places to sign for every
party, their pages and fonts."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pdf_helpers import font_dicts, page_texts, render_page  # type: ignore[import-not-found]
from PIL import Image
from pypdf import PdfReader

from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseSource,
    CaseStatus,
    EntryKind,
    FileItem,
    PartyRole,
    ReferredTo,
)
from gridgov_desktop.pdf.mediation_documents import (
    render_agreement,
    render_checklist,
    render_intake_form,
    render_oral_record,
    render_rights_notice,
    render_session_record,
)
from gridgov_desktop.services.mediation_types import (
    Agreement,
    CaseDetail,
    CaseDocumentHeader,
    CaseSummary,
    ChecklistLine,
    Clocks,
    Entry,
    Mediator,
    Party,
)

NUMBER = "〔2026〕东风调字第12号"
COMMITTEE = "东风街道人民调解委员会"
HEADER = CaseDocumentHeader(COMMITTEE, "东风街道办事处", NUMBER, dt.date(2026, 11, 21))
MM = 72 / 25.4
FULL_IDS = ("210102198005170011", "210102197506060615", "21010219990909083X")
MASKED_IDS = ("210102********0011", "210102********0615", "210102********083X")

PARTIES = (
    Party(1, PartyRole.APPLICANT, "张三明", 11, "M", MASKED_IDS[0], "138****5678",
          "辽宁省沈阳市和平区幸福里小区3栋2单元501室", "", "", ""),
    Party(2, PartyRole.RESPONDENT, "王䶮", None, "F", MASKED_IDS[1], "150****2222",
          "辽宁省沈阳市和平区幸福里小区3栋2单元601室", "王小二", "186****3333", "被申请人之子"),
    Party(3, PartyRole.THIRD_PARTY, "陈㐂𠮷", None, "", MASKED_IDS[2], "",
          "辽宁省沈阳市和平区锦绣花园1栋1单元101室", "", "", ""),
)  # fmt: skip
FACTS = (
    "2026年10月，被申请人王䶮家卫生间防水层老化，导致楼下申请人张三明家卫生间及厨房顶棚渗水、墙面霉变。"
    "申请人多次上门协商未果，遂向本委员会申请调解。"
)
TERMS = (
    "1. 被申请人于2026年12月10日前委托有资质的施工单位重做卫生间防水层，费用由被申请人承担；\n"
    "2. 被申请人一次性赔偿申请人顶棚及墙面修复费用人民币叁仟元整（¥3000.00）；\n"
    "3. 施工期间申请人配合入户查看，双方互不追究其他责任。"
)
PERFORMANCE = "第1项由被申请人自行组织施工；第2项于协议签订当日以现金方式当面交付，申请人出具收条。"
AGREEMENT = Agreement(
    AgreementKind.WRITTEN, dt.date(2026, 11, 18), FACTS, "渗水原因及修复费用的承担。",
    "被申请人对防水层老化负有维护责任；申请人未及时告知物业，对损失扩大负次要责任。",
    TERMS, PERFORMANCE, dt.date(2026, 12, 10), 4, dt.date(2026, 12, 18),
)  # fmt: skip
SUMMARY = CaseSummary(
    7, NUMBER, dt.date(2026, 11, 2), CaseSource.APPLICATION, "邻里", "幸福社区 第一网格", True,
    CaseStatus.AGREED, dt.date(2026, 12, 2), dt.date(2026, 11, 18), None, "刘调解",
    "张三明 诉 王䶮", 5,
)  # fmt: skip
SESSION = Entry(
    31, EntryKind.SESSION, dt.datetime(2026, 11, 18, 9, 30), dt.datetime(2026, 11, 18, 11, 5),
    "刘调解", "东风街道人民调解室", "张三明、王䶮、王小二（代理人）、物业经理赵某",
    "申请人张三明称：卫生间顶棚自十月起持续渗水，墙面霉变，要求对方修好防水并赔偿修复费用。\n"
    "被申请人王䶮称：愿意修防水，但认为赔偿数额过高。\n物业经理赵某称：经查看，渗水点在楼上卫生间地漏周边。",
    "被申请人重做防水层，赔偿申请人叁仟元。", None, (),
)  # fmt: skip


def checklist(*, missing_performance: bool = True) -> tuple[ChecklistLine, ...]:
    present = {FileItem.APPLICATION, FileItem.RIGHTS_NOTICE, FileItem.IDENTITY,
               FileItem.MEDIATION_RECORDS, FileItem.AGREEMENT}  # fmt: skip
    required = present | {FileItem.POWER_OF_ATTORNEY, FileItem.PERFORMANCE, FileItem.FOLLOW_UP}
    if not missing_performance:
        present |= {FileItem.PERFORMANCE}
    automatic = {FileItem.MEDIATION_RECORDS, FileItem.AGREEMENT, FileItem.FOLLOW_UP}
    return tuple(
        ChecklistLine(item, item in required, item in present, item in automatic,
                      "王小二的授权委托书待补" if item is FileItem.POWER_OF_ATTORNEY else "")
        for item in FileItem
    )  # fmt: skip


def case(**changes: object) -> CaseDetail:
    detail = CaseDetail(
        summary=SUMMARY,
        summary_text=FACTS,
        parties=PARTIES,
        mediators=(Mediator(5, "李红", False), Mediator(4, "刘调解", True)),
        journal=(SESSION,),
        commitments=(),
        follow_ups=(),
        agreement=AGREEMENT,
        referred_to=None,
        referred_to_name="",
        checklist=checklist(),
        missing_items_note="",
        clocks=Clocks(dt.date(2026, 12, 2), None, "", dt.date(2026, 12, 18), dt.date(2026, 12, 18), 0),
        updated_by="刘调解",
        updated_at=dt.datetime(2026, 11, 18, 11, 5),
    )
    return replace(detail, **changes)  # type: ignore[arg-type]


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(page_texts(pdf)))


def rendered_pages(pdf: bytes, dpi: int = 30) -> list[tuple[int, int]]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(source), str(Path(folder) / "page")],
            check=True, timeout=60,
        )  # fmt: skip
        sizes = []
        for path in sorted(Path(folder).glob("page-*.png")):
            with Image.open(path) as image:
                sizes.append(image.size)
        return sizes


def all_documents(detail: CaseDetail) -> dict[str, bytes]:
    return {
        "agreement": render_agreement(detail, HEADER),
        "oral": render_oral_record(
            replace(detail, agreement=replace(AGREEMENT, kind=AgreementKind.ORAL)), HEADER
        ),
        "record": render_session_record(detail, HEADER, SESSION),
        "rights": render_rights_notice(detail, HEADER),
        "intake": render_intake_form(detail, HEADER),
        "checklist": render_checklist(detail, HEADER),
    }


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return all_documents(case())


def test_the_agreement_says_everything_article_29_asks(documents: dict[str, bytes]) -> None:
    text = flat(documents["agreement"])
    assert text.startswith(COMMITTEE + "人民调解协议书") and NUMBER in text
    for party in PARTIES:
        assert party.name in text and party.id_number_masked in text and party.address in text
    assert "申请人" in text and "被申请人" in text and "第三人" in text
    assert "委托代理人王小二（被申请人之子）" in text and "186****3333" in text
    assert "男" in text and "女" in text
    for part in (FACTS, AGREEMENT.dispute_points, AGREEMENT.responsibilities, PERFORMANCE):
        assert re.sub(r"\s", "", part) in text
    for term in TERMS.split("\n"):
        assert re.sub(r"\s", "", term) in text
    assert "履行期限：2026年12月10日前履行完毕" in text
    assert "本协议一式4份，当事人各执一份，人民调解委员会留存一份。" in text
    assert "具有法律约束力" in text and "三十日内共同向人民法院申请司法确认" in text
    # A place to sign and a fingerprint square for every party, one line for each mediator, the
    # seal and the date the agreement took effect.
    assert text.count("当事人（签名或盖章、按指印）") == 3 and text.count("按指印处") == 3
    for heading in ("申请人：张三明", "被申请人：王䶮", "第三人：陈㐂𠮷"):
        assert heading in text
    assert text.count("委托代理人（签名）") == 1
    assert text.count("人民调解员（签名）") == 2
    assert f"{COMMITTEE}（盖章）" in text and "2026年11月18日" in text


@pytest.mark.parametrize("kind", ["agreement", "oral", "record", "rights", "intake", "checklist"])
def test_no_document_prints_a_full_id_number_and_every_font_is_embedded(
    documents: dict[str, bytes], kind: str
) -> None:
    pdf = documents[kind]
    text = flat(pdf)
    for full in FULL_IDS:
        assert full not in text
    if kind in ("agreement", "oral", "intake"):  # the others name the parties only
        for masked in MASKED_IDS:
            assert masked in text
    for font in font_dicts(pdf):
        if font.get("/Subtype") in ("/Type0", "/Type3"):
            continue
        descriptor: Any = font["/FontDescriptor"]
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font
    texts, sizes = page_texts(pdf), rendered_pages(pdf)
    assert len(texts) == len(sizes) <= 2
    for width, height in sizes:
        assert abs(width / height - 210 / 297) < 0.01  # A4 portrait
    if len(texts) == 1:
        assert "第1页" not in text  # a one-page document carries no page number
    else:
        for number, page in enumerate(texts, start=1):
            assert f"第 {number} 页 共 {len(texts)} 页" in page


def test_rare_names_print_from_the_fallback_faces(documents: dict[str, bytes]) -> None:
    names = {font.get("/BaseFont", "") for font in font_dicts(documents["agreement"])}
    assert any(str(name).endswith("+HanaMinA") for name in names)  # 㐂 (Extension A)
    assert any(str(name).endswith("+HanaMinB") for name in names)  # 𠮷 (Extension B)
    assert "陈㐂𠮷" in flat(documents["agreement"])


def test_a_long_agreement_flows_to_a_second_page_with_page_numbers() -> None:
    long_terms = "\n".join(
        f"{n}. 被申请人于每月5日前支付赡养费人民币捌佰元，直至2030年12月止；" for n in range(1, 31)
    )
    detail = case(agreement=replace(AGREEMENT, terms=long_terms))
    pdf = render_agreement(detail, HEADER)
    texts = page_texts(pdf)
    assert len(texts) == len(rendered_pages(pdf)) >= 2
    total = len(texts)
    for number, page in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {total} 页" in page
    assert f"人民调解协议书　{NUMBER}（续）" in texts[1]
    text = flat(pdf)
    for n in range(1, 31):
        # Nothing cut, nothing repeated.
        assert len(re.findall(rf"(?<!\d){n}\.被申请人于每月5日前", text)) == 1
    # The signatures come after every term, all of them on the last page.
    assert text.index("30.被申请人") < text.index("当事人（签名或盖章、按指印）")
    assert text.count("按指印处") == 3


def test_an_empty_agreement_prints_a_form_to_fill_by_hand() -> None:
    pdf = render_agreement(case(agreement=None), HEADER)
    text = flat(pdf)
    assert "本协议一式4份" in text  # three parties and the archive
    assert "年月日" in text  # the date left blank
    assert FACTS in text  # the facts default to the case's summary


def test_the_oral_record_holds_what_the_mediator_wrote(documents: dict[str, bytes]) -> None:
    text = flat(documents["oral"])
    assert "口头调解协议登记表" in text and NUMBER in text
    assert "口头协议内容（调解员记录）" in text
    for term in TERMS.split("\n"):
        assert re.sub(r"\s", "", term) in text
    assert "刘调解（主持）、李红" in text and "2026年11月18日" in text
    assert "第二十八条" in text
    assert text.count("当事人确认（签名或按指印）") == 3


def test_the_session_record_has_who_said_what_and_everyones_signature(
    documents: dict[str, bytes],
) -> None:
    text = flat(documents["record"])
    assert "人民调解笔录" in text and "2026年11月18日09:30" in text
    assert "东风街道人民调解室" in text and "物业经理赵某" in text
    assert re.sub(r"\s", "", SESSION.text) in text and SESSION.agreed in text
    assert "以上笔录已阅，记录属实。" in text
    assert text.count("当事人（签名或按指印）") == 3 and text.count("按指印处") == 3
    assert "调解员（签名）" in text and "记录人（签名）" in text
    assert text.index("以上笔录已阅") < text.index("当事人（签名或按指印）")


def test_a_corrected_session_record_says_so() -> None:
    corrected = replace(SESSION, corrected_by=(35,), agreed="")
    text = flat(render_session_record(case(), HEADER, corrected))
    assert "本笔录已由记录第35号更正" in text and "本次调解未达成一致意见" in text
    correction = replace(SESSION, id=35, corrects_id=31)
    assert "本笔录更正记录第31号" in flat(render_session_record(case(), HEADER, correction))


def test_the_rights_notice_states_articles_23_and_24(documents: dict[str, bytes]) -> None:
    text = flat(documents["rights"])
    assert "人民调解权利义务告知书" in text and "张三明、王䶮、陈㐂𠮷：" in text
    rights_and_duties = (
        "选择或者接受人民调解员",
        "接受调解、拒绝调解或者要求终止调解",
        "要求调解公开进行或者不公开进行",
        "自主表达意愿、自愿达成调解协议",
        "如实陈述纠纷事实",
        "遵守调解现场秩序，尊重人民调解员",
        "尊重对方当事人行使权利",
    )
    for right in rights_and_duties:
        assert right in text
    assert text.count("当事人（签名或按指印）") == 3 and text.count("日期") >= 3
    assert "告知人（人民调解员签名）" in text


def test_the_intake_form_registers_the_case(documents: dict[str, bytes]) -> None:
    text = flat(documents["intake"])
    assert "人民调解受理登记表" in text and "2026年11月2日" in text
    assert "当事人申请" in text and "邻里" in text and "幸福社区第一网格" in text
    assert "是（存在民转刑风险" in text and FACTS in text and "刘调解（主持）、李红" in text
    assert "登记人（签名）" in text
    assert "否" in flat(render_intake_form(case(summary=replace(SUMMARY, at_risk=False)), HEADER))


def test_the_checklist_marks_filed_and_missing_items_in_words(documents: dict[str, bytes]) -> None:
    text = flat(documents["checklist"])
    assert "卷宗目录" in text and NUMBER in text and "达成协议（书面协议）" in text and "未结案" in text
    labels = [item.label_zh for item in FileItem]
    positions = [text.index(label) for label in labels]
    assert positions == sorted(positions)  # archive order
    assert text.count("✓已归档") == 5 and text.count("✗缺失") == 3
    assert "缺失3项：授权委托书、协议履行凭证、回访记录。" in text
    assert "王小二的授权委托书待补" in text and "页数" in text and "立卷人" in text


def test_the_checklist_of_a_failed_case_prints_the_missing_items_note() -> None:
    summary = replace(SUMMARY, status=CaseStatus.CLOSED, closed_on=dt.date(2026, 12, 1))
    detail = case(
        summary=summary, agreement=None, referred_to=ReferredTo.COURT, referred_to_name="和平区人民法院",
        missing_items_note="被申请人拒绝提供身份证明复印件，已由派出所核实身份。",
    )  # fmt: skip
    text = flat(render_checklist(detail, HEADER))
    assert "调解不成（引导至人民法院：和平区人民法院）" in text and "2026年12月1日" in text
    assert "缺件说明：被申请人拒绝提供身份证明复印件" in text


def fingerprint_squares(pdf: bytes) -> int:
    """How many 20 mm squares the pages draw (ReportLab writes a rectangle as "x y w h re")."""
    side = f"{20 * MM:.2f}".rstrip("0")
    pattern = re.compile(rf"\s{re.escape(side)}\d*\s+{re.escape(side)}\d*\s+re\b")
    found = 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        contents = page.get_contents()
        assert contents is not None
        found += len(pattern.findall(contents.get_data().decode("latin-1")))
    return found


SQUARES = {"agreement": 3, "oral": 3, "record": 3, "rights": 3, "intake": 1, "checklist": 0}


@pytest.mark.parametrize(("kind", "squares"), SQUARES.items())
def test_every_party_gets_a_real_fingerprint_square(
    documents: dict[str, bytes], kind: str, squares: int
) -> None:
    assert fingerprint_squares(documents[kind]) == squares


def test_the_agreement_signature_page_has_ruled_lines_to_sign_on(
    documents: dict[str, bytes],
) -> None:
    image = render_page(documents["agreement"], page=2, dpi=60)
    width, height = image.size
    pixels = image.tobytes()  # greyscale: one byte per pixel, row by row
    # Long horizontal rules to sign on: rows with a run of ≥ 40 mm of dark pixels.
    run_needed = int(40 / 25.4 * 60)
    ruled = 0
    for y in range(height):
        run = best = 0
        for x in range(width):
            run = run + 1 if pixels[y * width + x] < 140 else 0
            best = max(best, run)
        ruled += int(best >= run_needed)
    assert ruled >= 3


def test_a_many_party_checklist_and_a_long_intake_flow_cleanly() -> None:
    many = tuple(replace(PARTIES[0], id=n, name=f"申请人{n}号") for n in range(1, 9))
    detail = case(parties=many, summary_text=FACTS * 12)
    pdf = render_intake_form(detail, HEADER)
    texts = page_texts(pdf)
    assert len(texts) >= 2 and f"第 {len(texts)} 页 共 {len(texts)} 页" in texts[-1]
    assert flat(pdf).count(re.sub(r"\s", "", FACTS)) == 12
