"""`gridgov receipt`: accept and print, notices, show, reprint and moves from a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.cli import main
from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, get_service
from gridgov_desktop.services.service_types import ServiceVersion

CODE = "residence-cert"


@pytest.fixture
def street(db: Database) -> tuple[SmallStreet, ServiceVersion]:
    built = build_small_street(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    return built, get_service(db, CODE)


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", db.url])
    out, err = capsys.readouterr()
    return code, out, err


def _text(path: Path) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_issue_prints_the_number_and_writes_the_receipt(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    street: tuple[SmallStreet, ServiceVersion],
    tmp_path: Path,
) -> None:
    small, _ = street
    out_file = tmp_path / "回执.pdf"
    code, out, err = run(
        capsys, db, "receipt", "issue", "--resident", small.ids["张三明"], "--service", CODE,
        "--window", "2", "--clerk", "李办事", "-o", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    number = out.strip()
    assert len(number) == 13 and number[8] == "-"
    text = _text(out_file)
    assert number in text and "李办事" in text and small.ids["张三明"] not in text

    code, out, _ = run(capsys, db, "receipt", "show", number, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["status"] == "accepted" and shown["window"] == 2
    assert shown["resident"]["id_number"].count("*") == 8

    again = tmp_path / "补打.pdf"
    code, out, _ = run(capsys, db, "receipt", "print", number, "-o", str(again), "--page-size", "A4")
    assert code == 0 and "补打第1次" in out and "补打" in _text(again)


def test_missing_materials_are_refused_and_a_notice_lists_them(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    street: tuple[SmallStreet, ServiceVersion],
    tmp_path: Path,
) -> None:
    small, service = street
    first = service.mandatory_materials[0]
    code, _, err = run(
        capsys, db, "receipt", "issue", "--resident", small.ids["张三明"], "--service", CODE,
        "--materials", "1", "-o", str(tmp_path / "r.pdf"),
    )  # fmt: skip
    missing = [m for m in service.mandatory_materials if m.position != 1]
    if missing:
        assert code == 1 and missing[0].name in err and "一次性告知书" in err
        assert not (tmp_path / "r.pdf").exists()
    code, out, err = run(
        capsys, db, "receipt", "notice", "--resident", small.ids["张三明"], "--service", CODE,
        "--materials", first.name, "-o", str(tmp_path / "告知书.pdf"),
    )  # fmt: skip
    if not missing and len(service.mandatory_materials) == 1:
        assert code == 1  # nothing mandatory is missing
        return
    assert code == 0, err
    assert out.strip().startswith("G")
    text = _text(tmp_path / "告知书.pdf")
    assert all(m.name in text for m in service.materials if m.id != first.id)


def test_moves_and_their_errors(
    capsys: pytest.CaptureFixture[str],
    db: Database,
    street: tuple[SmallStreet, ServiceVersion],
    tmp_path: Path,
) -> None:
    small, _ = street
    _, out, _ = run(
        capsys, db, "receipt", "issue", "--resident", small.ids["张三明"], "--service", CODE,
        "-o", str(tmp_path / "r.pdf"),
    )  # fmt: skip
    number = out.strip()
    code, _, err = run(capsys, db, "receipt", "advance", number, "refuse")
    assert code == 1 and "理由" in err
    assert run(capsys, db, "receipt", "advance", number, "start")[0] == 0
    assert run(capsys, db, "receipt", "advance", number, "complete")[0] == 0
    code, _, err = run(
        capsys, db, "receipt", "advance", number, "collect", "--collector-name", "张三明",
        "--collector-id", small.ids["曾小红"],
    )  # fmt: skip
    assert code == 1 and "不符" in err
    code, out, _ = run(
        capsys, db, "receipt", "advance", number, "collect", "--collector-name", "张三明",
        "--collector-id", small.ids["张三明"],
    )  # fmt: skip
    assert code == 0 and "已取件" in out
    code, out, _ = run(capsys, db, "receipt", "show", number)
    assert code == 0 and "collect" in out and "已取件" in out
    code, _, err = run(capsys, db, "receipt", "show", "20991231-0001")
    assert code == 1 and "找不到" in err
    code, _, err = run(capsys, db, "receipt", "show", "什么")
    assert code == 1 and "不是回执编号" in err


def test_a_real_process_prints_only_the_number_on_stdout(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    db = Database(url)
    from gridgov_desktop.db import migrate

    migrate.upgrade(db)
    small = build_small_street(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    db.dispose()
    env = {**os.environ, "GRIDGOV_LANG": "zh_CN"}
    done = subprocess.run(
        [sys.executable, "-m", "gridgov_desktop", "receipt", "issue", "--db", url,
         "--resident", small.ids["单田芳"], "--service", CODE, "-o", str(tmp_path / "r.pdf")],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().count("\n") == 0 and "-0001" in done.stdout
    assert "承诺办结日期" in done.stderr
