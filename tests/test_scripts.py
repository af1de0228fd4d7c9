"""Cheap checks of the install/start/test scripts: no Qt, no database, no network."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ["scripts/setup", "scripts/start", "scripts/test", "scripts/postgres-test-server", ".ci/run"]


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_is_valid_executable_bash(name: str) -> None:
    path = ROOT / name
    assert path.is_file(), f"{name} is missing"
    assert os.access(path, os.X_OK), f"{name} is not executable (chmod +x)"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "#!/usr/bin/env bash", f"{name}: shebang is {first!r}"
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{name}: bash -n failed:\n{result.stderr}"


@pytest.mark.parametrize("name", SCRIPTS)
def test_git_records_script_as_executable(name: str) -> None:
    """A fresh clone (CI) gets the mode git recorded, not the one in this work tree."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        pytest.skip("not a git work tree")
    result = subprocess.run(
        [git, "ls-files", "-s", "--", name], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not result.stdout.strip():
        pytest.skip(f"{name} is not tracked by git yet")
    mode = result.stdout.split()[0]
    assert mode == "100755", f"{name} is tracked with mode {mode}: git update-index --chmod=+x {name}"


def _code_lines(name: str) -> list[str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def test_ci_runs_exactly_the_test_script() -> None:
    assert _code_lines(".ci/run") == [
        "set -euo pipefail",
        'cd "$(dirname "${BASH_SOURCE[0]}")/.."',
        'exec scripts/test "$@"',
    ]


def test_test_script_sets_up_starts_and_always_stops_postgres() -> None:
    text = (ROOT / "scripts/test").read_text(encoding="utf-8")
    assert 'scripts/setup" --test' in text
    assert 'postgres-test-server" start' in text
    assert 'postgres-test-server" stop' in text
    assert "trap stop_server EXIT" in text
    assert "GRIDGOV_TEST_PG_URL" in text
    assert "QT_QPA_PLATFORM=offscreen" in text
    assert '"$status" = 5' in text, "pytest's exit 5 (no tests collected) must fail"


def _bare_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env.update(extra)
    return env


@pytest.mark.skipif(os.uname().sysname != "Linux", reason="the display check is for Linux")
def test_start_without_display_explains_and_exits_2() -> None:
    result = subprocess.run(
        [str(ROOT / "scripts/start")],
        env=_bare_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "QT_QPA_PLATFORM=offscreen" in message and "xvfb-run" in message


def test_setup_rejects_unknown_arguments_without_doing_anything() -> None:
    result = subprocess.run(
        [str(ROOT / "scripts/setup"), "--no-such-option"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "usage: scripts/setup [--test]" in result.stderr


def test_setup_is_a_no_op_when_everything_is_installed() -> None:
    """Run by scripts/test just before, so nothing is missing: setup prints nothing and succeeds."""
    if not os.environ.get("GRIDGOV_TEST_PG_URL") or not (ROOT / ".venv" / ".gridgov-installed").exists():
        # Outside scripts/test, setup might really install something: not a test's business.
        pytest.skip("only under scripts/test, which has just run scripts/setup --test")
    result = subprocess.run(
        [str(ROOT / "scripts/setup"), "--test"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "installing" not in result.stderr, result.stderr
