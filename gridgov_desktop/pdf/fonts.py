"""The fonts of every printed document, embedded as TrueType subsets.

A PDF that names a font without embedding it (ReportLab's CID fonts ``STSong-Light``) prints blank or
as boxes on a PC that lacks the font, and ReportLab cannot read the CFF outlines of Noto/Source Han.
So the documents use TrueType fonts shipped in ``resources/fonts`` (see its README for licences):

- ``BODY``: AR PL UMing CN, a Song/Ming face, for body text and table cells;
- ``TITLE``: WenQuanYi Micro Hei, a heavy Hei face, for titles (黑体 style);
- fallbacks, asked per character when the face in use lacks a glyph: HanaMinA (the part the body
  face lacks, Extension A above all) and HanaMinB (Extensions B–F), so that names such as 䶮 or 𠇔
  print instead of leaving a blank.

ReportLab embeds only the glyphs a document uses (subsets of 256 glyphs each).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from gridgov_desktop.paths import FONTS_DIR

# Page streams are written binary (zlib only). ReportLab's default adds ASCII85 on top, which only
# served 7-bit mail transport and, without its C accelerator, took a third of a register's time.
# Set once at import, never toggled: a stream's filter is read both when it is made and written.
rl_config.useA85 = 0


def _to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap of a font subset, with characters beyond the BMP written as
    UTF-16 surrogate pairs as the PDF reference requires. ReportLab writes ``<%04X>``, which gives
    five hex digits for 𠇔 (U+201D4): readers then cannot copy, search or extract that character."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({font_name})", f"/Ordering ({font_name})", "/Supplement 0", ">> def",
        f"/CMapName /{font_name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(cp).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
          for i, cp in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ]  # fmt: skip
    return "\n".join(lines)


# The one place ReportLab builds these (TTFont.addObjects looks the function up in its module).
ttfonts.makeToUnicodeCMap = _to_unicode_cmap

BODY = "GridGovSong"
TITLE = "GridGovHei"
FALLBACK_BMP = "GridGovFallbackA"
FALLBACK_SUPPLEMENTARY = "GridGovFallbackB"


@dataclass(frozen=True)
class _FontFile:
    file: str
    subfont: int = 0


_FILES = {
    BODY: _FontFile("uming.ttc", 0),  # face 0 of the collection: AR PL UMing CN (GB shapes)
    TITLE: _FontFile("wqy-microhei.ttc", 0),
    FALLBACK_BMP: _FontFile("HanaMinA-fallback.ttf"),
    FALLBACK_SUPPLEMENTARY: _FontFile("HanaMinB.ttf"),
}

# What each face falls back to, in order. A Hei title that lacks a character takes the Song body
# face before the Mincho fallbacks: the fallback subset only holds what the body face lacks.
_CHAINS = {
    BODY: (FALLBACK_BMP, FALLBACK_SUPPLEMENTARY),
    TITLE: (BODY, FALLBACK_BMP, FALLBACK_SUPPLEMENTARY),
    FALLBACK_BMP: (FALLBACK_SUPPLEMENTARY,),
    FALLBACK_SUPPLEMENTARY: (),
}

_lock = threading.Lock()
# Per registered font: the advance (in em) of each character it has a real glyph for (glyph 0 is
# "missing"), and the same characters as a frozenset of one-character strings, so that "is all of
# this text covered" is one C-level issuperset() and a width one C-level sum over a dict.
_advances: dict[str, dict[str, float]] = {}
_coverage: dict[str, frozenset[str]] = {}


def _load(name: str) -> frozenset[str]:
    """Register ``name`` with ReportLab (once per process) and return its coverage."""
    covered = _coverage.get(name)
    if covered is not None:
        return covered
    with _lock:
        covered = _coverage.get(name)
        if covered is None:
            spec = _FILES[name]
            font = TTFont(name, str(FONTS_DIR / spec.file), subfontIndex=spec.subfont)
            pdfmetrics.registerFont(font)
            face = font.face
            widths, default = face.charWidths, face.defaultWidth
            advances = {
                chr(cp): widths.get(cp, default) / 1000
                for cp, glyph in face.charToGlyph.items()
                if glyph
            }
            _advances[name] = advances
            covered = _coverage[name] = frozenset(advances)
    return covered


def register_fonts() -> None:
    """Register the body and title faces with ReportLab. Idempotent and cheap after the first call.

    The fallbacks (36 MB together) are loaded only when a text needs one of their characters.
    """
    _load(BODY)
    _load(TITLE)


def coverage(font_name: str) -> frozenset[str]:
    """The characters ``font_name`` has glyphs for (registering it if need be)."""
    return _load(font_name)


def covers(font_name: str, text: str) -> bool:
    """Whether ``font_name`` has a glyph for every character of ``text``."""
    return _load(font_name).issuperset(text)


def font_for(char: str, primary: str = BODY) -> str:
    """The first face of ``primary``'s chain that has ``char`` (``primary`` itself when none has)."""
    if char in _load(primary):
        return primary
    for name in _CHAINS[primary]:
        if char in _load(name):
            return name
    return primary


def split_runs(text: str, primary: str = BODY) -> list[tuple[str, str]]:
    """``text`` cut into ``(font name, run)`` pieces: ``primary`` wherever it has the glyphs, a
    fallback face for each stretch of characters it lacks."""
    if _load(primary).issuperset(text):
        return [(primary, text)] if text else []
    return list(_split_runs_cached(text, primary))


@lru_cache(maxsize=4096)
def _split_runs_cached(text: str, primary: str) -> tuple[tuple[str, str], ...]:
    runs: list[tuple[str, str]] = []
    current_font, start = "", 0
    for index, char in enumerate(text):
        name = font_for(char, primary)
        if name != current_font:
            if index > start:
                runs.append((current_font, text[start:index]))
            current_font, start = name, index
    runs.append((current_font, text[start:]))
    return tuple(runs)


def markup(text: str, primary: str = BODY) -> str:
    """``text`` escaped for a ReportLab ``Paragraph`` whose style uses ``primary``, with each run
    that needs a fallback face wrapped in ``<font name=...>``."""
    runs = split_runs(text, primary)
    return "".join(
        escape(run) if name == primary else f'<font name="{name}">{escape(run)}</font>'
        for name, run in runs
    )


def string_width(text: str, size: float, primary: str = BODY) -> float:
    """Width in points of ``text`` set in ``primary`` at ``size``, fallback runs included."""
    _load(primary)
    try:
        return sum(map(_advances[primary].__getitem__, text)) * size
    except KeyError:  # a character the face lacks: measure each run in the face that draws it
        return sum(
            sum(map(_advances[name].get, run, [0.0] * len(run))) * size
            for name, run in split_runs(text, primary)
        )


def advances(text: str, primary: str = BODY) -> list[float]:
    """The advance of each character of ``text`` in em, each in the face that draws it."""
    _load(primary)
    table = _advances[primary]
    if _coverage[primary].issuperset(text):
        return [table[char] for char in text]
    return [_advances[font_for(char, primary)].get(char, 0.0) for char in text]


def fonts_used(texts: Iterable[str], primary: str = BODY) -> set[str]:
    """The faces needed to print ``texts`` (for tests and diagnostics)."""
    return {name for text in texts for name, _run in split_runs(text, primary)}
