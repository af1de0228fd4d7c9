"""`gridgov catalogue`: the list and one service as an administrator checks them from a terminal."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import catalogue
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.catalogue_drafts import draft_of


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_then_list_shows_code_name_time_limit_and_department(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    code, out, err = run(capsys, db, "catalogue", "list")
    assert code == 0 and out == "" and "共 0 项" in err and "catalogue seed" in err
    code, out, _err = run(capsys, db, "catalogue", "seed")
    assert code == 0 and "已写入" in out
    code, out, _err = run(capsys, db, "catalogue", "seed")
    assert code == 0 and "未作改动" in out
    code, out, err = run(capsys, db, "catalogue", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) >= 14 and f"共 {len(lines)} 项" in err
    assert lines[2].split("\t") == ["dibao", "最低生活保障申请", "30个工作日", "区民政局"]
    assert "unemployment-reg\t失业登记\t当场办结\t" in out


def test_inactive_services_are_listed_only_with_all(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    with db.session(write=True) as session:
        catalogue.ensure_seed_catalogue(session)
    entry = catalogue.catalogue_entry(db, "tekun")
    catalogue.set_active(db, SYSTEM, "tekun", False, entry.lock_version)
    _code, out, _err = run(capsys, db, "catalogue", "list")
    assert "tekun" not in out
    _code, out, _err = run(capsys, db, "catalogue", "list", "--all")
    assert "tekun\t特困人员救助供养申请\t30个工作日\t区民政局\t已停用" in out


def test_show_prints_the_current_version_with_its_materials(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    with db.session(write=True) as session:
        catalogue.ensure_seed_catalogue(session)
    entry = catalogue.catalogue_entry(db, "senior-card")
    edited = dataclasses.replace(draft_of(entry.service), time_limit_days=3)
    catalogue.save_service(db, SYSTEM, edited, expected_version=entry.lock_version)
    code, out, _err = run(capsys, db, "catalogue", "show", "senior-card")
    assert code == 0
    assert out.splitlines()[0] == "老年人优待证办理  [senior-card]  第2版"
    assert "承诺时限：3个工作日" in out and "办理部门：区民政局" in out
    assert "  3. 近期一寸免冠彩色照片（原件2份）  必交" in out
    code, out, _err = run(capsys, db, "catalogue", "show", "senior-card", "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == 2 and data["time_limit_days"] == 3
    assert data["materials"][0] == {
        "id": data["materials"][0]["id"],
        "position": 1,
        "name": "居民身份证",
        "form": "original_and_copy",
        "copies": 1,
        "mandatory": True,
        "note": "",
    }
    code, out, _err = run(capsys, db, "--lang", "en", "catalogue", "show", "dibao")
    assert "version 1" in out and "Time limit: 30 working days" in out and "optional" in out


def test_an_unknown_code_is_one_line_in_a_real_process(sqlite_db: Database) -> None:
    env = {**os.environ, "GRIDGOV_LANG": "zh_CN"}
    done = subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", "catalogue", "show", "no-such", "--db", sqlite_db.url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == "gridgov: 找不到服务事项：no-such。\n"
