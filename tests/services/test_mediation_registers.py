"""The case register and the statistics of mediation: a row per case registered in the period with
its outcome, statistics counted from the same cases (totals agree), a part of the tree narrows
both, the head and mediators may read them but the front desk may not, prints are audited, and
neither the PDF nor the .xlsx holds an ID number, a phone or anything said in a case."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zlib
from pathlib import Path

import pytest
from case_fixtures import PHONE, QUARTER, SECRET, insert_cases
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry, OrgNode
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import PermissionDenied, ValidationError
from gridgov_desktop.domain.mediation import CaseSource, CaseStatus
from gridgov_desktop.pdf.mediation_registers import ChartImage, case_register_pdf, case_statistics_pdf
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_register_sheets import case_register_sheet
from gridgov_desktop.services.mediation_register_types import CaseOutcome
from gridgov_desktop.services.mediation_registers import case_register, case_statistics
from gridgov_desktop.services.service_register_xlsx import write_register_xlsx

HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
MEDIATOR = Actor(user_id=None, username="med", display_name="调解员", role=UserRole.MEDIATOR)
CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
FROM, TO = QUARTER


@pytest.fixture(scope="module")
def cases(module_db: Database) -> tuple[Database, SmallStreet]:
    street = build_small_street(module_db)
    insert_cases(module_db, id_number=street.ids["张三明"])
    return module_db, street


def _node(db: Database, name: str) -> int:
    with db.session() as session:
        node = session.scalar(select(OrgNode.id).where(OrgNode.name == name))
    assert node is not None
    return node


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_row_per_case_of_the_period_in_order_with_its_outcome(
    cases: tuple[Database, SmallStreet],
) -> None:
    db, _street = cases
    register = case_register(db, HEAD, FROM, TO, purpose="view")
    numbers = [row.number for row in register.rows]
    assert numbers == [f"〔2026〕东风调字第{n}号" for n in (1, 2, 3, 4, 5)]
    first, failed, oral, withdrawn, pending = register.rows
    assert first.registered_on == dt.date(2026, 1, 5) and first.source is CaseSource.APPLICATION
    assert (first.dispute_type, first.place) == ("邻里", "幸福社区 第一网格 幸福里小区")
    assert first.parties == "申请人：张三明；被申请人：王五；第三人：赵六"
    assert first.mediators == "周调解、吴协助"  # the lead first
    assert (first.outcome, first.result, first.status) == (
        CaseOutcome.WRITTEN, "协议（书面）", CaseStatus.CLOSED,
    )  # fmt: skip
    assert first.closed_on == dt.date(2026, 2, 20) and first.at_risk
    assert failed.result == "调解不成（移交东风区人民法院）" and failed.outcome is CaseOutcome.FAILED
    assert oral.result == "协议（口头）" and oral.place == "幸福社区 第一网格 锦绣花园"
    assert (
        withdrawn.result == "撤回"
        and withdrawn.place == ""
        and withdrawn.closed_on == dt.date(2026, 3, 20)
    )
    assert pending.result == "调解中" and pending.outcome is CaseOutcome.PENDING


def test_statistics_count_the_register_s_cases(cases: tuple[Database, SmallStreet]) -> None:
    db, _street = cases
    register = case_register(db, HEAD, FROM, TO, purpose="view")
    statistics = case_statistics(db, HEAD, FROM, TO)
    total = statistics.total
    assert total.cases == register.count == 5
    assert (total.written, total.oral, total.failed, total.withdrawn, total.pending) == (1, 1, 1, 1, 1)
    assert total.success_rate == pytest.approx(0.5)  # 2 agreements of 4 cases with an outcome
    assert (total.at_risk, total.at_risk_agreed) == (2, 2)
    by_type = {line.label: line.counts for line in statistics.by_type}
    assert list(by_type)[:2] == ["婚姻家庭", "邻里"] and len(by_type) == 15  # the whole list
    assert by_type["邻里"].cases == 2 and by_type["邻里"].agreed == 2 and by_type["医疗"].cases == 0
    by_source = {line.key: line.counts.cases for line in statistics.by_source}
    assert by_source == {"application": 2, "own_initiative": 1, "grid_report": 1,
                         "police_referral": 1, "court_commission": 0}  # fmt: skip
    assert [(line.label, line.counts.cases) for line in statistics.by_month] == [
        ("2026年1月", 2), ("2026年2月", 1), ("2026年3月", 2),
    ]  # fmt: skip
    assert dict(statistics.by_outcome) == {o: 1 for o in CaseOutcome}
    for lines in (statistics.by_type, statistics.by_source, statistics.by_month):
        assert sum(line.counts.cases for line in lines) == total.cases
        assert sum(line.counts.agreed for line in lines) == total.agreed


def test_a_part_of_the_tree_narrows_both(cases: tuple[Database, SmallStreet]) -> None:
    db, street = cases
    expected = {"幸福里小区": [1], "第一网格": [1, 2, 3], "幸福社区": [1, 2, 3, 5], "锦绣花园": [3]}
    for place, sequences in expected.items():
        node = _node(db, place)
        register = case_register(db, HEAD, FROM, TO, node_id=node, purpose="view")
        assert [row.number for row in register.rows] == [f"〔2026〕东风调字第{n}号" for n in sequences]
        statistics = case_statistics(db, HEAD, FROM, TO, node_id=node)
        assert statistics.total.cases == len(sequences)
        assert register.scope.node_names[-1] == place
    whole_street = case_register(db, HEAD, FROM, TO, node_id=street.street, purpose="view")
    assert whole_street.count == 4  # a case without a place counts only for the whole office


def test_who_may_read_them_and_a_wrong_period(cases: tuple[Database, SmallStreet]) -> None:
    db, _street = cases
    assert case_register(db, MEDIATOR, FROM, TO, purpose="view").count == 5
    with pytest.raises(PermissionDenied):
        case_register(db, CLERK, FROM, TO, purpose="view")
    with pytest.raises(PermissionDenied):
        case_statistics(db, CLERK, FROM, TO)
    with pytest.raises(ValidationError):
        case_statistics(db, HEAD, TO, FROM)


def test_prints_and_exports_are_audited_views_are_not(db: Database) -> None:
    build_small_street(db)
    insert_cases(db)
    case_register(db, HEAD, FROM, TO, purpose="view")
    case_statistics(db, HEAD, FROM, TO)
    case_register(db, HEAD, FROM, TO)
    case_statistics(db, HEAD, FROM, TO, purpose="export")
    with db.session() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id).where(AuditEntry.entity == "case_register")
        ).all()
    assert sorted(tuple(entry) for entry in entries) == [
        ("export", "case_statistics"),
        ("print", "cases"),
    ]


def test_the_pdf_and_xlsx_hold_no_id_number_phone_or_contents(
    cases: tuple[Database, SmallStreet], tmp_path: Path
) -> None:
    db, street = cases
    register = case_register(db, HEAD, FROM, TO, purpose="view")
    text = "".join(_pdf_text(case_register_pdf(register)).split())  # cells wrap
    assert "人民调解案件登记台账" in text and "第1页共1页" in text and "制表人" in text
    assert "〔2026〕东风调字第5号" in text and "东风区人民法院" in text and "本期登记案件5件" in text
    workbook = tmp_path / "台账.xlsx"
    write_register_xlsx(case_register_sheet(register), workbook)
    cells = " ".join(
        str(value) for row in load_workbook(workbook).active.iter_rows(values_only=True)
        for value in row if value is not None
    )  # fmt: skip
    assert "〔2026〕东风调字第1号" in cells and "周调解、吴协助" in cells
    id_number = street.ids["张三明"]
    for document in (text, "".join(cells.split())):
        for secret in (id_number, SECRET[:6], PHONE):
            assert secret not in document


def _png(width: int, height: int) -> bytes:
    """A plain grey PNG (the GUI's charts arrive as PNG bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\x80" * width * 3 for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_the_statistics_pdf_has_the_table_and_the_charts(cases: tuple[Database, SmallStreet]) -> None:
    db, _street = cases
    statistics = case_statistics(db, HEAD, FROM, TO)
    charts = [ChartImage("按纠纷类型", _png(800, 500)), ChartImage("按调解结果", _png(600, 600))]
    pdf = case_statistics_pdf(statistics, charts)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(_pdf_text(pdf).split())
    assert "人民调解案件统计表" in text and "按纠纷类型" in text and "按调解结果" in text
    assert "2026年1月1日至2026年3月31日" in _pdf_text(pdf)  # on one line
    assert "调解成功率50.0%" in text and "防止民转刑纠纷2件，其中达成协议2件" in text
    assert sum(len(page.images) for page in reader.pages) == 2
    assert f"共{len(reader.pages)}页" in text and len(reader.pages) == 2
    plain = _pdf_text(case_statistics_pdf(statistics))
    assert (
        "全部案件" in plain
        and sum(len(p.images) for p in PdfReader(io.BytesIO(case_statistics_pdf(statistics))).pages) == 0
    )
