"""`gridgov audit verify | list | export` from a terminal: the words, the exit codes, the files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import text

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import SYSTEM


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def _fill(db: Database) -> None:
    with db.session(write=True) as session:
        for i in range(6):
            audit.record(session, SYSTEM, "update", "resident", i + 1,
                         before={"name": f"张{i}"}, after={"name": f"李{i}"})  # fmt: skip
        audit.record(session, SYSTEM, "reprint", "service_request", "20261121-0007")


def test_verify_an_intact_log_prints_its_head(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    _fill(db)
    code, out, err = run(capsys, db, "audit", "verify")
    assert code == 0 and err == ""
    assert out.startswith("审计日志完整：共 7 条，末条 #")
    head = out.split("哈希 ")[1].strip()
    assert len(head) == 64
    code, out, _ = run(capsys, db, "audit", "verify", "--expect-head", head[:16], "--lang", "en")
    assert code == 0 and "still in the chain" in out


def test_verify_names_the_first_broken_entry(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    _fill(db)
    with db.engine.begin() as conn:
        ids = list(conn.scalars(text("SELECT id FROM audit_log ORDER BY id")))
        conn.execute(text("UPDATE audit_log SET after = :a WHERE id = :id"),
                     {"a": '{"name": "王五"}', "id": ids[2]})  # fmt: skip
    code, out, err = run(capsys, db, "audit", "verify")
    assert code == 1 and err == ""
    assert f"第 #{ids[2]} 条处断开" in out and "system" in out and "修改 居民 #3" in out
    assert "内容在写入后被改动" in out


def test_verify_reports_a_cut_off_head(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    _fill(db)
    _, out, _ = run(capsys, db, "audit", "verify")
    head = out.split("哈希 ")[1].strip()
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE entry_hash = :h"), {"h": head})
    code, out, _ = run(capsys, db, "audit", "verify", "--expect-head", head)
    assert code == 1 and "已不在日志中" in out
    code, out, err = run(capsys, db, "audit", "verify", "--expect-head", "xyz")
    assert code == 1 and "十六进制" in err and "Traceback" not in err


def test_list_shows_a_readable_table(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    _fill(db)
    code, out, err = run(capsys, db, "audit", "list", "--entity", "resident", "--limit", "2")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["序号", "时间", "用户", "操作"]
    assert "修改" in lines[1] and "居民 #6" in lines[1] and "name: 张5 → 李5" in lines[1]
    assert lines[-1] == "共 6 条，显示最新 2 条。"
    code, out, _ = run(capsys, db, "audit", "list", "--action", "reprint", "--from", "2020-01-01")
    assert code == 0 and "补打" in out and "回执 #20261121-0007" in out
    code, out, err = run(capsys, db, "audit", "list", "--from", "2026-02-30")
    assert code == 1 and "日期不存在" in err


def test_export_writes_the_file_and_is_audited(
    capsys: pytest.CaptureFixture[str], db: Database, tmp_path: Path
) -> None:
    _fill(db)
    target = tmp_path / "审计.csv"
    code, out, err = run(capsys, db, "audit", "export", "-o", str(target), "--entity", "resident")
    assert code == 0 and err == "" and f"已导出 6 条 → {target}" in out
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 7 and rows[1][3] == "修改"
    _, out, _ = run(capsys, db, "audit", "list", "--action", "export", "--limit", "1")
    assert "导出" in out and "审计日志" in out
    code, _, err = run(capsys, db, "audit", "export", "-o", str(tmp_path / "x.txt"))
    assert code == 1 and ".xlsx" in err and not (tmp_path / "x.txt").exists()
