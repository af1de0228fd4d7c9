"""`gridgov register`: the registers of a period written as PDF or .xlsx from a terminal, on a demo
street with a month and a half of requests; bad input is one line and writes nothing."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.demo import build_demo_street
from gridgov_desktop.services.demo_requests import build_demo_requests
from gridgov_desktop.services.org import children, roots
from gridgov_desktop.services.service_registers import rating_register, service_register

TODAY = dt.date(2026, 11, 20)
FROM, TO = "2026-10-01", "2026-11-20"


@pytest.fixture(scope="module")
def hall(module_db: Database) -> Database:
    build_demo_street(module_db, residents=150, seed=3, today=TODAY)
    build_demo_requests(module_db, today=TODAY, count=45, seed=3)
    return module_db


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_services_register_as_pdf(
    capsys: pytest.CaptureFixture[str], hall: Database, tmp_path: Path
) -> None:
    out_file = tmp_path / "台账.pdf"
    code, out, err = run(
        capsys, hall, "register", "services", "--from", FROM, "--to", TO, "-o", str(out_file)
    )
    expected = service_register(hall, SYSTEM, dt.date(2026, 10, 1), TODAY, purpose="view")
    assert code == 0 and err == ""
    period = "2026年10月1日至2026年11月20日"
    assert out.strip() == f"已生成便民服务事项受理登记台账（{period}）：{expected.count} 件 → {out_file}"
    text = _pdf_text(out_file)
    assert "第 1 页 共" in text and "制表人" in text
    first = expected.groups[0].rows[0]
    assert first.receipt_no in text and first.resident_id_masked in text


def test_services_register_as_xlsx_by_window_for_one_window(
    capsys: pytest.CaptureFixture[str], hall: Database, tmp_path: Path
) -> None:
    out_file = tmp_path / "窗口2.xlsx"
    code, out, _err = run(
        capsys, hall, "register", "services", "--from", FROM, "--to", TO, "--by", "window",
        "--window", "2", "-o", str(out_file),
    )  # fmt: skip
    assert code == 0 and "→" in out
    sheet = load_workbook(out_file).active
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "便民服务事项受理登记台账" and values[3][0] == "范围：第2号窗口"
    expected = service_register(hall, SYSTEM, dt.date(2026, 10, 1), TODAY, window_no=2, purpose="view")
    data = [row for row in values[5:] if row[1] and str(row[1])[:4] == "2026"]
    assert len(data) == expected.count and {row[3] for row in data} == {"2"}
    assert [row[0] for row in values if row[0] and str(row[0]).startswith("第2号窗口")] != []


def test_overdue_ratings_and_stats(
    capsys: pytest.CaptureFixture[str], hall: Database, tmp_path: Path
) -> None:
    overdue = tmp_path / "逾期.pdf"
    code, out, _err = run(capsys, hall, "register", "overdue", "--at", "2026-11-20", "-o", str(overdue))
    assert code == 0 and "逾期未办结" in out and "截至2026年11月20日" in _pdf_text(overdue)
    bad = tmp_path / "差评.xlsx"
    code, out, _err = run(
        capsys, hall, "register", "ratings", "--from", FROM, "--to", TO, "--bad-only", "-o", str(bad)
    )
    expected = rating_register(hall, SYSTEM, dt.date(2026, 10, 1), TODAY, bad_only=True, purpose="view")
    assert code == 0 and f"差评 {expected.bad} 件" in out
    code, out, _err = run(capsys, hall, "register", "stats", "--from", FROM, "--to", TO)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("服务事项\t10月\t11月\t合计")
    registered = service_register(hall, SYSTEM, dt.date(2026, 10, 1), TODAY, purpose="view").count
    assert lines[-1].split("\t")[:4] == ["合计", *lines[-1].split("\t")[1:3], str(registered)]
    stats = tmp_path / "统计.bin"
    code, out, _err = run(
        capsys, hall, "register", "stats", "--from", FROM, "--to", TO, "--format", "pdf",
        "-o", str(stats),
    )  # fmt: skip
    assert code == 0 and stats.read_bytes()[:5] == b"%PDF-"


def test_a_part_of_the_tree_by_name(
    capsys: pytest.CaptureFixture[str], hall: Database, tmp_path: Path
) -> None:
    community = children(hall, roots(hall)[0].id)[0]
    out_file = tmp_path / "社区.xlsx"
    code, out, _err = run(
        capsys, hall, "register", "services", "--from", FROM, "--to", TO, "--node", community.name,
        "-o", str(out_file),
    )  # fmt: skip
    expected = service_register(
        hall, SYSTEM, dt.date(2026, 10, 1), TODAY, node_id=community.id, purpose="view"
    )
    assert code == 0 and f"：{expected.count} 件" in out
    assert load_workbook(out_file).active["A4"].value.endswith(community.name)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-02-30", "--to", TO), "gridgov: 日期不存在：2026-02-30"),
        (("--from", "yesterday", "--to", TO), "gridgov: 日期无法识别：yesterday（请写成 2026-11-21）"),
        (("--from", TO, "--to", FROM), "gridgov: 起始日期（2026-11-20）晚于截止日期（2026-10-01）。"),
        (("--from", FROM, "--to", TO, "--node", "没有这个社区"), "gridgov: 找不到节点：没有这个社区。"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    hall: Database,
    tmp_path: Path,
    args: tuple[str, ...],
    message: str,
) -> None:
    out_file = tmp_path / "x.pdf"
    code, out, err = run(capsys, hall, "register", "services", *args, "-o", str(out_file))
    assert code == 1 and out == "" and err.strip() == message
    assert not out_file.exists() and list(tmp_path.iterdir()) == []


def test_the_format_comes_from_the_suffix_or_format(
    capsys: pytest.CaptureFixture[str], hall: Database, tmp_path: Path
) -> None:
    out_file = tmp_path / "台账.txt"
    code, _out, err = run(
        capsys, hall, "register", "services", "--from", FROM, "--to", TO, "-o", str(out_file)
    )
    assert code == 1 and "无法从文件名判断格式" in err and not out_file.exists()
    code, _out, err = run(
        capsys, hall, "--lang", "en", "register", "ratings", "--from", FROM, "--to", TO,
        "--format", "xlsx", "-o", str(out_file),
    )  # fmt: skip
    assert code == 0 and out_file.read_bytes()[:2] == b"PK"
