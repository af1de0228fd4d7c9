"""Search keys derived from names, shared by single registrations and the bulk demo builder."""

from __future__ import annotations

import unicodedata

from gridgov_desktop.domain.pinyin import name_pinyin

KEY_LENGTH = 64


def name_grams(text: str) -> list[str]:
    """Every 1- and 2-character fragment of ``text`` (letters only; spaces and punctuation split).

    Works per code point, so rare characters outside the BMP (𠇔) are single characters too.
    """
    grams: dict[str, None] = {}
    for run in _runs(text):
        for i, char in enumerate(run):
            grams[char] = None
            if i + 1 < len(run):
                grams[run[i : i + 2]] = None
    return list(grams)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    for char in unicodedata.normalize("NFKC", text).lower():
        if unicodedata.category(char)[0] in "LN":
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    return runs


def resident_search_keys(name: str) -> list[tuple[str, str]]:
    """(kind, key) rows for ``resident_search_key``: grams 'g', pinyin initials 'i', full pinyin 'p'."""
    keys = [("g", gram) for gram in name_grams(name)]
    reading = name_pinyin(name)
    keys += [("i", v[:KEY_LENGTH]) for v in reading.initials if v]
    keys += [("p", v[:KEY_LENGTH]) for v in reading.full if v]
    return list(dict.fromkeys(keys))


def node_search_keys(name: str) -> list[str]:
    """Keys of a node's own name, for address fragments ("幸福", "3栋")."""
    return name_grams(name)
