"""Review of issue 5: `gridgov case` with odd input answers in words, never an internal error."""

from __future__ import annotations

from pathlib import Path

import pytest
from mediation_desk import SECRET, Desk, build_desk

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
        capsys, desk.db, "case", "open", "--type", "邻里", "--summary-file", str(summary),
        "--applicant", "张三", "--respondent", "李四", "--mediator", "zhou", "--date", "2026-11-02",
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("case", "show", "99999999999"), 1, "找不到调解案件"),
        (("case", "show", "2026-99999999999"), 1, "不是案号"),
        (("case", "list", "--year", "99999"), 0, ""),
        (("case", "note", "2026-1", "--text-file", "{note}", "--corrects", "99999999999"), 1,
         "没有编号为 99999999999 的记录"),
        (("case", "note", "2026-1", "--text-file", "{nul}"), 0, ""),  # the NUL left out
        (("case", "print", "2026-1", "--document", "record", "--entry", "99999999999", "-o",
          "{pdf}"), 1, "没有编号为 99999999999 的记录"),
    ],
)  # fmt: skip
def test_odd_numbers_and_a_nul_are_answered_in_words(
    capsys: pytest.CaptureFixture[str],
    desk: Desk,
    tmp_path: Path,
    args: tuple[str, ...],
    code: int,
    words: str,
) -> None:
    _open(capsys, desk, tmp_path)
    note = tmp_path / "note.txt"
    note.write_text("记事", encoding="utf-8")
    nul = tmp_path / "nul.txt"
    nul.write_text("记事\x00尾", encoding="utf-8")
    files = {"note": str(note), "nul": str(nul), "pdf": str(tmp_path / "x.pdf")}
    got, _out, err = run(capsys, desk.db, *(a.format(**files) for a in args))
    assert "内部错误" not in err and "Internal error" not in err, err
    assert got == code and words in err, err
    if args[-1] == "{nul}":
        shown = run(capsys, desk.db, "case", "show", "2026-1")[1]
        assert "记事尾" in shown
