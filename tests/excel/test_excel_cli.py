"""`gridgov template|import|export residents` as admins and scripts run them: real processes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from excel_helpers import FIELDS, build_street, id_for, person, write_sheet  # type: ignore[import-not-found]

from gridgov_desktop.db import migrate
from gridgov_desktop.db.engine import Database


def gridgov(*args: str, db: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GRIDGOV_LANG": lang, "GRIDGOV_DATABASE_URL": db}
    return subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def db_file(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.sqlite3")
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    build_street(db)
    db.dispose()
    return path


def test_template_import_export_round(db_file: str, tmp_path: Path) -> None:
    template = tmp_path / "模板.xlsx"
    made = gridgov("template", "residents", "-o", str(template), db=db_file)
    assert made.returncode == 0 and "已生成导入模板" in made.stdout, made.stderr
    book = openpyxl.load_workbook(template)
    sheet = book["居民信息"]
    for row in (
        person(),
        person(name="李四妻", id_number=id_for(dt.date(1986, 1, 1), 24), relation="配偶"),
    ):
        sheet.append([row.get(field) for field in FIELDS])
    book.save(template)

    dry = gridgov("import", "residents", str(template), "--dry-run", db=db_file)
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert dry.stdout.splitlines()[0] == "第2行\t-\t提醒\t模板中的示例行，已跳过。"
    assert "读取 2 行，无误 2 行，有错 0 行" in dry.stdout and "试导入，未写入任何数据" in dry.stdout
    done = gridgov("import", "residents", str(template), db=db_file)
    assert done.returncode == 0 and "已导入 2 人，新建 1 户" in done.stdout, done.stdout + done.stderr

    out = tmp_path / "导出.xlsx"
    exported = gridgov(
        "export", "residents", "--node", "幸福社区/第一网格/幸福里小区", "-o", str(out), db=db_file
    )
    assert exported.returncode == 0 and "已导出 4 人" in exported.stdout and "已隐藏" in exported.stdout
    again = gridgov("import", "residents", str(out), "--dry-run", db=db_file)
    assert again.returncode == 1
    lines = again.stdout.splitlines()
    assert lines[0].startswith("第2行\t公民身份号码\t错误\t公民身份号码是隐藏后的号码")
    assert "有错 4 行" in lines[-1]


def test_bad_rows_and_broken_files_exit_non_zero(db_file: str, tmp_path: Path) -> None:
    rows = [person(), person(name="坏", id_number="123", room="102")]
    sheet = write_sheet(tmp_path / "mixed.xlsx", rows)
    dry = gridgov("import", "residents", str(sheet), "--dry-run", db=db_file)
    assert dry.returncode == 1 and "第3行\t公民身份号码\t错误" in dry.stdout
    skipped = gridgov("import", "residents", str(sheet), "--skip-bad-rows", db=db_file)
    assert skipped.returncode == 0 and "已导入 1 人" in skipped.stdout

    csv = tmp_path / "名单.xlsx"
    csv.write_text("姓名,身份证\n张三,1\n", encoding="utf-8")
    broken = gridgov("import", "residents", str(csv), db=db_file)
    assert broken.returncode == 1 and broken.stdout == ""
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("gridgov: 名单.xlsx 是文本文件（如 CSV）")
    english = gridgov("import", "residents", str(csv), "--dry-run", db=db_file, lang="en")
    assert english.stderr == (
        "gridgov: 名单.xlsx is a text file (such as CSV), not an Excel workbook. Open it in Excel or "
        "WPS and save it as an Excel workbook (*.xlsx), then import that.\n"
    )
    nowhere = gridgov("export", "residents", "-o", str(tmp_path / "no" / "x.xlsx"), db=db_file)
    assert (
        nowhere.returncode == 1
        and "无法写入文件" in nowhere.stderr
        and "Traceback" not in nowhere.stderr
    )
