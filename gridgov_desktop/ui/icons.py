"""Icons from ``resources/icons`` (our own SVGs, one colour per tree level).

qtawesome would do, but importing it loads its icon fonts and charmaps at start (~60 ms); eight SVGs
load lazily, when first painted, and read the same in the light and the dark theme.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.paths import ICONS_DIR

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` (an empty icon if missing)."""
    found = _cache.get(name)
    if found is None:
        path = ICONS_DIR / f"{name}.svg"
        found = QIcon(str(path)) if path.exists() else QIcon()
        _cache[name] = found
    return found


def node_icon(kind: NodeKind) -> QIcon:
    return icon(f"node-{kind.value}")


def app_icon() -> QIcon:
    return icon("app")
