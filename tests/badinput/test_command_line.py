"""The corpus through ``gridgov`` commands: a non-zero exit, one line on stderr, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from badinput_helpers import assert_sentence, row_counts  # type: ignore[import-not-found]
from corpus import DATE_CASES, HOSTILE_TEXT, TEN_THOUSAND, DateCase  # type: ignore[import-not-found]

from gridgov_desktop import cli
from gridgov_desktop.db.engine import Database


def _one_line_error(capsys: pytest.CaptureFixture[str], code: int) -> str:
    out, err = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in out + err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    "case",
    [c for c in DATE_CASES if not c.valid],
    ids=lambda c: c.name,
)
def test_bad_dates_on_the_command_line(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], case: DateCase
) -> None:
    code = cli.main(["calendar", "add-days", "3", "--from", case.text, "--db", sqlite_db.url])
    line = _one_line_error(capsys, code)
    assert_sentence(line)


@pytest.mark.parametrize(
    "text", [*HOSTILE_TEXT.values(), TEN_THOUSAND, "%", "_", "'", "\x1b[2J"], ids=repr
)
def test_hostile_search_text_on_the_command_line(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    before = row_counts(sqlite_db)
    code = cli.main(["search", text, "--db", sqlite_db.url])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "\x1b" not in out + err
    assert code in (0, 3)  # found something, or nothing
    assert row_counts(sqlite_db) == before


def test_a_missing_file_and_a_bad_database_url_in_a_subprocess(tmp_path: Path) -> None:
    for argv in (
        ["import", "residents", str(tmp_path / "无此文件.xlsx"), "--db", str(tmp_path / "g.sqlite3")],
        ["search", "张三", "--db", "postgresql://nobody@127.0.0.1:1/none"],
        ["calendar", "add-days", "3", "--from", "2026-02-30", "--db", str(tmp_path / "g.sqlite3")],
    ):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from gridgov_desktop.cli import main; sys.exit(main())",
                *argv,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode != 0, argv
        assert "Traceback" not in done.stderr + done.stdout, done.stderr
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, done.stderr
        assert_sentence(lines[0])
