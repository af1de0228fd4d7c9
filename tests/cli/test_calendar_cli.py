"""`gridgov calendar` as an administrator uses it: real processes, dates out, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def gridgov(*args: str, db: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GRIDGOV_LANG": lang}
    env.pop("GRIDGOV_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", "--db", db, "calendar", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    return str(tmp_path / "calendar.sqlite3")


def test_add_days_prints_the_due_date_and_why(db_file: str) -> None:
    plain = gridgov("add-days", "1", "--from", "2026-09-30", db=db_file)
    assert (plain.returncode, plain.stdout, plain.stderr) == (0, "2026-10-08\n", "")
    verbose = gridgov("add-days", "3", "--from", "2026/9/30", "--verbose", db=db_file)
    lines = verbose.stdout.splitlines()
    assert lines[0] == "2026-10-10"
    assert "  2026-10-01\t星期四\t放假\t国庆节" in lines
    assert "  2026-10-10\t星期六\t调休上班（计入）\t国庆节" in lines
    english = gridgov("add-days", "1", "--from", "2026-09-18", "-v", db=db_file, lang="en")
    assert english.stdout.splitlines() == [
        "2026-09-20",
        "  2026-09-19\tSat\tweekend",
        "  2026-09-20\tSun\tmake-up working day (counted)\t国庆节",
    ]


def test_add_days_warns_when_a_year_is_not_loaded(db_file: str) -> None:
    result = gridgov("add-days", "5", "--from", "2026-12-29", db=db_file)
    assert result.returncode == 0 and result.stdout == "2027-01-05\n"
    assert "2027年的节假日安排尚未导入" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("add-days", "3", "--from", "2026-02-30"), "日期不存在：2026-02-30"),
        (("add-days", "3", "--from", "tomorrow"), "日期无法识别：tomorrow"),
        (("add-days", "-2", "--from", "2026-02-03"), "工作日数应为 0 或正整数：-2"),
        (("show", "二〇二六"), "年份无法识别"),
        (("import", "nowhere.csv"), "找不到文件"),
    ],
)
def test_bad_input_is_one_line_without_a_traceback(
    db_file: str, args: tuple[str, ...], words: str
) -> None:
    result = gridgov(*args, db=db_file)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_import_show_and_export(db_file: str, tmp_path: Path) -> None:
    notice = tmp_path / "2027.csv"
    notice.write_bytes("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,上班,春节\n".encode("gbk"))
    imported = gridgov("import", str(notice), db=db_file)
    assert imported.returncode == 0, imported.stderr
    assert "已导入 2027.csv：2027年，放假 1 天，调休上班 1 天" in imported.stdout
    shown = gridgov("show", "2027", db=db_file)
    assert shown.stdout.splitlines()[1:] == [
        "2027-01-01\t星期五\t放假\t元旦",
        "2027-02-06\t星期六\t上班\t春节",
    ]
    assert shown.stdout.startswith("2027年：2027.csv（")
    exported = tmp_path / "out.csv"
    result = gridgov("export", "2026", "-o", str(exported), db=db_file, lang="en")
    assert result.returncode == 0 and "exported 39 days of 2026" in result.stdout
    assert exported.read_text(encoding="utf-8-sig").startswith("date,kind,name\n2026-01-01,holiday,元旦")
    missing = gridgov("show", "2031", db=db_file)
    assert missing.returncode == 3 and "2031年的节假日安排尚未导入" in missing.stdout


def test_a_bad_file_names_each_row_and_imports_nothing(db_file: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("date,kind,name\n2027-02-30,holiday,x\n2027-01-06,workday,y\n", encoding="utf-8")
    result = gridgov("import", str(bad), db=db_file)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "第2行：日期“2027-02-30”不存在。",
        "第3行：2027-01-06是星期三，本来就上班；调休上班日应在周六或周日，请核对日期。",
        "gridgov: bad.csv 中有 2 行有误，未导入任何数据。请改正后重新导入。",
    ]
    assert gridgov("show", "2027", db=db_file).returncode == 3
