"""Settings: declared once with defaults; bad or out-of-range values fall back or are clamped."""

from __future__ import annotations

from pathlib import Path

from gridgov_desktop import settings as s


def test_defaults(tmp_path: Path) -> None:
    store = s.Settings(tmp_path / "settings.ini")
    assert store.get(s.LANGUAGE) == "zh_CN"
    assert store.get(s.THEME) == "light"
    assert store.get(s.FONT_SIZE_PT) == 11
    assert store.get(s.MAIN_WINDOW_GEOMETRY) == b""
    assert len({setting.key for setting in s.ALL_SETTINGS}) == len(s.ALL_SETTINGS)


def test_values_round_trip_and_bad_ones_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = s.Settings(path)
    store.set(s.THEME, "dark")
    store.set(s.FONT_SIZE_PT, 14)
    store.set(s.MAIN_WINDOW_GEOMETRY, b"\x01\x02geometry")
    store.sync()
    again = s.Settings(path)
    assert (again.get(s.THEME), again.get(s.FONT_SIZE_PT)) == ("dark", 14)
    assert again.get(s.MAIN_WINDOW_GEOMETRY) == b"\x01\x02geometry"

    path.write_text("[ui]\ntheme=purple\nfont_size_pt=6\nlanguage=fr\n[search]\ndebounce_ms=abc\n")
    edited = s.Settings(path)
    assert edited.get(s.THEME) == "light"
    assert edited.get(s.FONT_SIZE_PT) == s.MIN_FONT_PT == 10, "nothing smaller than 10 pt"
    assert edited.get(s.LANGUAGE) == "zh_CN"
    assert edited.get(s.SEARCH_DEBOUNCE_MS) == s.SEARCH_DEBOUNCE_MS.default
