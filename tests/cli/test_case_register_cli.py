"""`gridgov register cases` and `register case-stats`: the mediation case register and statistics of
a period from a terminal, as PDF or .xlsx or a text table, narrowed to a part of the tree; no ID
number in any of them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from case_fixtures import insert_cases
from openpyxl import load_workbook
from pypdf import PdfReader
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database

PERIOD = ("--from", "2026-01-01", "--to", "2026-03-31")


@pytest.fixture(scope="module")
def cases(module_db: Database) -> tuple[Database, SmallStreet]:
    street = build_small_street(module_db)
    insert_cases(module_db, id_number=street.ids["张三明"])
    return module_db, street


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def _flat_pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return "".join("".join(page.extract_text() for page in pages).split())


def test_the_case_register_as_pdf(
    capsys: pytest.CaptureFixture[str], cases: tuple[Database, SmallStreet], tmp_path: Path
) -> None:
    db, street = cases
    target = tmp_path / "调解台账.pdf"
    code, out, err = run(capsys, db, "register", "cases", *PERIOD, "-o", str(target))
    assert code == 0 and err == ""
    assert out.strip() == f"已生成人民调解案件登记台账（2026年1月1日至2026年3月31日）：5 件 → {target}"
    text = _flat_pdf_text(target)
    assert "〔2026〕东风调字第1号" in text and "〔2026〕东风调字第5号" in text and "第1页共1页" in text
    assert "〔2026〕东风调字第6号" not in text and street.ids["张三明"] not in text


def test_the_case_register_of_a_part_of_the_tree_as_xlsx(
    capsys: pytest.CaptureFixture[str], cases: tuple[Database, SmallStreet], tmp_path: Path
) -> None:
    db, _street = cases
    target = tmp_path / "cases.data"
    code, out, _err = run(
        capsys, db, "register", "cases", *PERIOD, "--node", "幸福社区/第一网格", "--format", "xlsx",
        "-o", str(target),
    )  # fmt: skip
    assert code == 0 and "3 件" in out
    rows = list(load_workbook(io.BytesIO(target.read_bytes())).active.iter_rows(values_only=True))
    numbers = [row[1] for row in rows if row[0] and str(row[0]).isdigit()]
    assert numbers == [f"〔2026〕东风调字第{n}号" for n in (1, 2, 3)]
    assert any("范围：东风街道 幸福社区 第一网格" in str(row[0]) for row in rows[:5])


def test_case_statistics_as_a_text_table_and_as_pdf(
    capsys: pytest.CaptureFixture[str], cases: tuple[Database, SmallStreet], tmp_path: Path
) -> None:
    db, _street = cases
    code, out, err = run(capsys, db, "register", "case-stats", *PERIOD)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split("\t")[:3] == ["项目", "受理件数", "书面协议"]
    assert lines[1].split("\t") == ["全部案件", "5", "1", "1", "1", "1", "1", "50.0%", "2", "2"]
    assert "[按纠纷类型]" in lines and "邻里\t2\t1\t1\t0\t0\t0\t100.0%\t2\t2" in lines
    target = tmp_path / "统计.pdf"
    code, out, _err = run(capsys, db, "register", "case-stats", *PERIOD, "-o", str(target))
    assert code == 0 and "案件 5 件" in out
    text = _flat_pdf_text(target)
    assert "人民调解案件统计表" in text and "调解成功率50.0%" in text


def test_a_file_of_unknown_kind_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], cases: tuple[Database, SmallStreet], tmp_path: Path
) -> None:
    db, _street = cases
    target = tmp_path / "cases.txt"
    code, out, err = run(capsys, db, "register", "cases", *PERIOD, "-o", str(target))
    assert code != 0 and out == "" and len(err.strip().splitlines()) == 1 and not target.exists()
    code, _out, err = run(capsys, db, "register", "cases", "--from", "2026-03-31", "--to",
                          "2026-01-01", "-o", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
