"""The compiled Designer forms are exactly what pyside6-uic makes of forms/*.ui.

gridgov_desktop/ui/forms/ui_*.py are committed so that a fresh checkout runs, and Picard's history
shows what follows: people edit the generated file, or change the .ui and forget to recompile. Both
fail here. Fix: edit the .ui (pyside6-designer), then run scripts/build-ui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
COMPILED = ROOT / "gridgov_desktop" / "ui" / "forms"
SOURCES = sorted(FORMS.glob("*.ui"))


def _uic() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic not found: install pyside6-essentials")
    return found


def test_there_are_forms() -> None:
    assert {path.stem for path in SOURCES} >= {"login_dialog", "first_run_wizard", "main_window"}


@pytest.mark.parametrize("form", SOURCES, ids=[path.name for path in SOURCES])
def test_compiled_form_matches_its_ui_file(form: Path) -> None:
    target = COMPILED / f"ui_{form.stem}.py"
    assert target.exists(), f"{form.name} has no compiled form: run scripts/build-ui"
    # Compiled from inside forms/, as scripts/build-ui does, so the header names the file alone.
    expected = subprocess.run([_uic(), form.name], cwd=FORMS, capture_output=True, check=True).stdout
    assert target.read_bytes() == expected, (
        f"{target.relative_to(ROOT)} differs from what pyside6-uic makes of {form.relative_to(ROOT)}: "
        "it is stale or was edited by hand. Edit the .ui file and run scripts/build-ui."
    )


def test_every_compiled_form_has_a_ui_file() -> None:
    orphans = [
        path.name for path in COMPILED.glob("ui_*.py") if not (FORMS / f"{path.stem[3:]}.ui").exists()
    ]
    assert orphans == [], f"compiled forms without a forms/*.ui source: {orphans}"
