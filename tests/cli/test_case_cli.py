"""`gridgov case`: a case from the terminal — open, journal, show (confidential with --as), list,
move, extend, print — with bad input as one line of words."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from mediation_desk import OUTSIDER_ID_NORMAL, SECRET, Desk, build_desk
from pypdf import PdfReader

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database


@pytest.fixture
def desk(db: Database) -> Desk:
    return build_desk(db)


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def _open(capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path) -> str:
    summary = tmp_path / "summary.txt"
    summary.write_text(SECRET, encoding="utf-8")
    code, out, err = run(
        capsys, desk.db, "case", "open", "--type", "邻里", "--source", "grid_report",
        "--summary-file", str(summary), "--resident-applicant", desk.street.ids["张三明"],
        "--respondent", f"王五,{OUTSIDER_ID_NORMAL.lower()},13912345678",
        "--mediator", "zhou", "--assistant", "wu", "--place", "幸福社区/第一网格",
        "--at-risk", "--date", "2026-11-02",
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def test_a_case_from_the_terminal(
    capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path
) -> None:
    number = _open(capsys, desk, tmp_path)
    assert number == "〔2026〕东风调字第1号"
    note = tmp_path / "note.txt"
    note.write_text("双方到场陈述", encoding="utf-8")
    code, out, err = run(
        capsys, desk.db, "case", "note", "2026-1", "--kind", "session", "--text-file", str(note),
        "--as", "wu", "--attendees", "张三明、王五",
    )  # fmt: skip
    assert code == 0, err
    entry = int(out)
    fix = tmp_path / "fix.txt"
    fix.write_text("更正：王五未到场", encoding="utf-8")
    code, out, err = run(capsys, desk.db, "case", "note", number, "--text-file", str(fix),
                         "--corrects", str(entry))  # fmt: skip
    assert code == 0, err

    code, out, _ = run(capsys, desk.db, "case", "show", number, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["summary"] == SECRET and shown["at_risk"]
    assert shown["place"] == "幸福社区 第一网格" and shown["source"] == "grid_report"
    assert [p["id_number"] for p in shown["parties"]][1] == "110105********002X"
    assert shown["journal"][0]["corrected_by"] == [int(out and shown["journal"][1]["id"])]
    assert shown["journal"][0]["author"] == "吴协助"

    # Someone not on the case sees that it exists, and nothing said in it.
    code, out, _ = run(capsys, desk.db, "case", "show", number, "--as", "clerk", "--json")
    assert code == 0 and SECRET not in out and "王五" not in out
    assert json.loads(out)["status"] == "registered"
    code, out, _ = run(capsys, desk.db, "case", "show", number, "--as", "zhou")
    assert code == 0 and SECRET in out and "#" in out

    code, out, _ = run(capsys, desk.db, "case", "list", "--status", "registered", "--as", "clerk")
    assert code == 0 and number in out and "张三明" not in out

    for action in ("start",):
        code, out, err = run(capsys, desk.db, "case", "move", number, action, "--as", "zhou")
        assert code == 0 and "调解中" in out, err
    code, out, err = run(capsys, desk.db, "case", "extend", number, "--until", "2026-12-20",
                         "--consent", "双方签字同意")  # fmt: skip
    assert code == 0 and "2026-12-20" in out, err
    code, out, err = run(capsys, desk.db, "case", "move", number, "agree", "--kind", "oral",
                         "--note", "王五道歉", "--on", "2026-11-10")  # fmt: skip
    assert code == 0 and "达成协议" in out, err

    pdf = tmp_path / "笔录.pdf"
    code, _, err = run(capsys, desk.db, "case", "print", number, "--document", "record", "-o", str(pdf))
    assert code == 0, err
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert number in text
    code, _, err = run(capsys, desk.db, "case", "print", number, "--document", "oral",
                       "-o", str(tmp_path / "oral.pdf"), "--as", "clerk")  # fmt: skip
    assert code == 1 and "权限" in err and not (tmp_path / "oral.pdf").exists()


def test_bad_input_is_one_line_of_words(
    capsys: pytest.CaptureFixture[str], desk: Desk, tmp_path: Path
) -> None:
    summary = tmp_path / "s.txt"
    summary.write_text("纠纷", encoding="utf-8")
    base = ["case", "open", "--summary-file", str(summary), "--mediator", "zhou"]
    code, _, err = run(capsys, desk.db, *base, "--type", "不存在", "--applicant", "王五")
    assert code == 1 and "没有纠纷类型" in err and "Traceback" not in err
    code, _, err = run(
        capsys, desk.db, *base, "--type", "邻里", "--applicant", "王五,110105194912310021"
    )
    assert code == 1 and "校验位" in err
    code, _, err = run(capsys, desk.db, *base, "--type", "邻里", "--respondent", "王五")
    assert code == 1 and "申请人" in err
    code, _, err = run(capsys, desk.db, "case", "open", "--summary-file", str(summary),
                       "--mediator", "clerk", "--type", "邻里", "--applicant", "王五")  # fmt: skip
    assert code == 1 and "调解员" in err
    code, _, err = run(capsys, desk.db, *base, "--type", "邻里", "--applicant", "王五",
                       "--lang", "en", "--date", "2026-02-30")  # fmt: skip
    assert code == 1 and "no such date" in err
    code, _, err = run(capsys, desk.db, "case", "show", "2026-7")
    assert code == 1 and "找不到调解案件" in err
    code, out, err = run(capsys, desk.db, "case", "list")
    assert code == 0 and out == "" and "共 0 件" in err
    with pytest.raises(SystemExit):
        main(["case", "open", "--help"])
    out = capsys.readouterr().out
    assert "--resident-applicant" in out and "防止民转刑" in out
