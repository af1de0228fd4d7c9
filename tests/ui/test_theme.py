"""The qt-material theme is generated once and cached; later starts import neither qt_material nor
jinja2 (each check runs in its own process, so that the test session's style stays untouched)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, sys
from PySide6.QtWidgets import QApplication
from gridgov_desktop.ui.theme import apply_theme
app = QApplication([])
folder = apply_theme(app, sys.argv[1], int(sys.argv[2]))
print(json.dumps({
    "folder": str(folder),
    "qt_material": "qt_material" in sys.modules,
    "jinja2": "jinja2" in sys.modules,
    "stylesheet": app.styleSheet(),
    "point_size": app.font().pointSize(),
}))
"""


def _apply(tmp_path: Path, theme: str, points: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRIDGOV_CACHE_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, theme, str(points)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def test_theme_is_built_once_then_read_from_the_cache(tmp_path: Path) -> None:
    first = _apply(tmp_path, "dark", 12)
    assert first["qt_material"] is True, "the first start renders the theme"
    second = _apply(tmp_path, "dark", 12)
    assert second["folder"] == first["folder"]
    assert second["qt_material"] is False and second["jinja2"] is False, "a cached start imports neither"
    assert second["stylesheet"] == first["stylesheet"]
    folder = Path(str(second["folder"]))
    assert "dark" in folder.name and "12pt" in folder.name
    assert (folder / "icons" / "primary").is_dir(), "qt-material's recoloured icons are cached too"


def test_text_is_sized_in_points_and_no_latin_only_font_is_forced(tmp_path: Path) -> None:
    applied = _apply(tmp_path, "light", 11)
    stylesheet = str(applied["stylesheet"])
    assert "font-size: 11pt" in stylesheet
    assert "px;\n  font-size" not in stylesheet and "Roboto" not in stylesheet
    assert applied["point_size"] == 11
    assert "fieldError" in stylesheet, "our inline-error style is part of the cached sheet"
