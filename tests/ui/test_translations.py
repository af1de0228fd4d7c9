"""The Chinese catalogue is complete and current, and the .qm is built from it.

Fix a failure with scripts/build-ui (it runs lupdate and lrelease), then translate what it reports as
unfinished (pyside6-linguist resources/i18n/gridgov_zh_CN.ts) and run it again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "gridgov_zh_CN.ts"
QM = TS.with_suffix(".qm")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_ACCELERATOR = re.compile(r"&([A-Za-z])")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: install pyside6-essentials")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_every_string_is_translated() -> None:
    unfinished = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            text.strip() for text in _translations(message)
        ):
            unfinished.append(f"{context}: {source}")
    assert unfinished == [], "untranslated strings:\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_and_accelerators() -> None:
    problems = []
    for (context, source), message in _messages(TS).items():
        for text in _translations(message):
            if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                problems.append(f"{context}: {source!r} → {text!r} (placeholders)")
            accelerator = _ACCELERATOR.search(source)
            if accelerator and f"(&{accelerator.group(1).upper()})" not in text:
                problems.append(f"{context}: {source!r} → {text!r} (accelerator)")
    assert problems == [], "\n".join(problems)


def test_catalogue_has_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    """lupdate into an empty file finds the source strings; the catalogue must hold the same set."""
    sources = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "gridgov_desktop").rglob("*.py")
        if "ui/forms" not in path.relative_to(ROOT).as_posix()
    ) + sorted(str(path.relative_to(ROOT)) for path in (ROOT / "forms").glob("*.ui"))
    fresh = tmp_path / "fresh_zh_CN.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    found, catalogue = set(_messages(fresh)), set(_messages(TS))
    assert found, "lupdate found no strings at all"
    assert sorted(found - catalogue) == [], "new strings not in the catalogue: run scripts/build-ui"
    assert sorted(catalogue - found) == [], "strings no longer in the sources: run scripts/build-ui"


def test_qm_is_built_from_the_current_catalogue(tmp_path: Path) -> None:
    built = tmp_path / "gridgov_zh_CN.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert QM.exists(), "no .qm: run scripts/build-ui"
    assert QM.read_bytes() == built.read_bytes(), f"{QM.name} is stale: run scripts/build-ui"
