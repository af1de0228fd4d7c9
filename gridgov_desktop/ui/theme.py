"""The qt-material look (light by default, dark selectable), built once and cached.

``qt_material.apply_stylesheet`` costs ~130 ms at every start: it imports jinja2 (and QtUiTools),
renders a 1,500-line template, and rewrites ~100 SVG icons into ``~/.qt_material`` — every time. Its
output only depends on the qt-material version, the theme and our font size, so it is generated once
into the user's cache folder (key: those three plus ``THEME_REVISION``) and later starts read one text
file and point the ``icon:`` search path at the cached icons. Neither jinja2 nor qt_material is
imported on a cache hit.

Fonts: qt-material names Roboto (no Chinese glyphs) and sizes text in px. Both are replaced: the
family comes from the application font (a CJK family list) and the size is in pt, from the settings,
so that "nothing smaller than 10 pt" holds on any screen.
"""

from __future__ import annotations

import json
import os
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gridgov_desktop.settings import MAX_FONT_PT, MIN_FONT_PT, THEMES

# Bump when the post-processing below or _OWN_RULES change, so old caches are not reused.
THEME_REVISION = 5
DEFAULT_THEME = "light"
# (qt-material theme file, invert_secondary): the blue themes, as most government software is blue.
_THEME_FILES = {"light": ("light_blue.xml", True), "dark": ("dark_blue.xml", False)}
_FONT_FAMILIES = [
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Sans Serif",
]
# The colour of raised surfaces (the search hits list) in each theme.
_SURFACE = {"light": "secondaryLightColor", "dark": "secondaryDarkColor"}
_DONE = "complete"
_STYLESHEET = "stylesheet.qss"
_COLORS = "colors.json"

# Our own additions: inline field errors and warnings (UX.md: red text next to the field, warnings
# look different), and the count label above lists.
_OWN_RULES = """
QLabel[fieldError="true"] {{ color: {danger}; }}
QLabel[fieldWarning="true"] {{ color: {warning}; }}
QLabel[heading="true"] {{ font-size: {heading_pt}pt; font-weight: bold; color: {primary}; }}
QLabel[countLabel="true"] {{ font-weight: bold; }}
QLabel {{ background-color: transparent; }}
QTreeView, QTableView {{ font-size: {pt}pt; }}
QHeaderView::section {{ font-size: {pt}pt; text-transform: none; }}
QStatusBar QLabel {{ font-size: {pt}pt; }}
QTreeWidget#searchHits {{ background-color: {surface}; border: 1px solid {primary}; }}
"""


def cache_root() -> Path:
    """``<user cache>/gridgov/theme``; ``GRIDGOV_CACHE_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("GRIDGOV_CACHE_DIR")
    if override:
        return Path(override) / "theme"
    from platformdirs import user_cache_path

    return user_cache_path("gridgov", appauthor=False) / "theme"


def normalise_theme(theme: str | None) -> str:
    return theme if theme in THEMES else DEFAULT_THEME


def clamp_font_pt(font_pt: int) -> int:
    return max(MIN_FONT_PT, min(MAX_FONT_PT, int(font_pt)))


def theme_cache_dir(theme: str, font_pt: int, root: Path | None = None) -> Path:
    key = f"qt-material-{_qt_material_version()}-r{THEME_REVISION}-{theme}-{font_pt}pt"
    return (root or cache_root()) / key


def apply_theme(app: QApplication, theme: str | None, font_pt: int, *, root: Path | None = None) -> Path:
    """Style ``app``; builds the cache entry first if it is missing. Returns the entry's folder."""
    theme = normalise_theme(theme)
    font_pt = clamp_font_pt(font_pt)
    folder = theme_cache_dir(theme, font_pt, root)
    if not (folder / _DONE).exists():
        _build(folder, theme, font_pt)
    colors: dict[str, str] = json.loads((folder / _COLORS).read_text("utf-8"))
    stylesheet = (folder / _STYLESHEET).read_text("utf-8")
    QDir.setSearchPaths("icon", [str(folder / "icons")])
    app.setStyle("Fusion")
    font = QFont()
    font.setFamilies(_FONT_FAMILIES)
    font.setPointSize(font_pt)
    app.setFont(font)
    # What qt_material.build_stylesheet does to the palette, reproduced without importing it.
    palette = QGuiApplication.palette()
    text = QColor(colors["primaryColor"])
    text.setAlpha(92)
    palette.setColor(QPalette.ColorRole.Text, text)
    QGuiApplication.setPalette(palette)
    app.setStyleSheet(stylesheet)
    return folder


def theme_colors(theme: str | None, font_pt: int, root: Path | None = None) -> dict[str, str]:
    """The colours of a built theme (primaryColor, danger, …), for widgets that paint their own."""
    folder = theme_cache_dir(normalise_theme(theme), clamp_font_pt(font_pt), root)
    try:
        colors: dict[str, str] = json.loads((folder / _COLORS).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return colors


def _density_scale(font_pt: int) -> int:
    """Larger text needs taller fields: qt-material sizes them in px from a density scale."""
    if font_pt <= 12:
        return 0
    if font_pt <= 14:
        return 1
    return 2 if font_pt <= 17 else 3


def _build(folder: Path, theme: str, font_pt: int) -> None:
    """Render qt-material's stylesheet and icons into ``folder`` (atomically: a crash leaves none)."""
    import shutil
    import tempfile

    import qt_material  # jinja2 and friends: only on a cache miss

    theme_file, invert = _THEME_FILES[theme]
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        colors = qt_material.get_theme(theme_file, invert)
        if colors is None:
            raise RuntimeError(f"qt-material has no theme {theme_file}")
        extra = {"density_scale": str(_density_scale(font_pt)), "font_size": "13"}
        # export=True: qt-material does not register its Roboto fonts (no Chinese glyphs).
        stylesheet = qt_material.build_stylesheet(
            theme_file, invert, extra, parent=str(staging / "icons"), export=True
        )
        if stylesheet is None:
            raise RuntimeError(f"qt-material could not render {theme_file}")
        colors.setdefault("danger", "#dc3545")
        colors.setdefault("warning", "#ffc107")
        (staging / _STYLESHEET).write_text(_post_process(stylesheet, theme, font_pt, colors), "utf-8")
        (staging / _COLORS).write_text(json.dumps(colors, indent=1), "utf-8")
        (staging / _DONE).write_text("ok\n", "utf-8")
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _post_process(stylesheet: str, theme: str, font_pt: int, colors: dict[str, str]) -> str:
    import re

    stylesheet = re.sub(r"\n\s*font-family: [^;]*;", "", stylesheet)
    # The universal rule's size (px) becomes pt; "font-size: 13;" (unit-less, from QGroupBox) too.
    stylesheet = re.sub(r"font-size: [0-9.]+(px)?;", f"font-size: {font_pt}pt;", stylesheet)
    stylesheet = re.sub(r"line-height: [0-9.]+(px)?;", "", stylesheet)
    danger = "#ef5350" if theme == "dark" else "#c62828"
    warning = "#ffb74d" if theme == "dark" else "#b26a00"
    return stylesheet + _OWN_RULES.format(
        danger=danger,
        warning=warning,
        primary=colors.get("primaryColor", "#2979ff"),
        surface=colors.get(_SURFACE[theme], "#ffffff"),
        pt=font_pt,
        heading_pt=font_pt + 3,
    )


def _qt_material_version() -> str:
    """qt-material's version from its dist-info folder name, without importing it."""
    spec = find_spec("qt_material")
    if spec is None or spec.origin is None:
        return "missing"
    site = Path(spec.origin).parent.parent
    for info in site.glob("qt_material-*.dist-info"):
        return info.name[len("qt_material-") : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("qt-material")
    except PackageNotFoundError:
        return "unknown"
