"""Pinyin search keys for Chinese personal names.

Clerks find residents by typing pinyin: initials (``zsm`` for 张三明) or the full reading
(``zhangsanming``). pypinyin reads characters as common words, but surnames have readings of their
own (单 is Shàn, 曾 is Zēng, 万俟 is Mòqí), so surnames are looked up in a table first. A clerk may still
type the common reading, so it is kept as a further variant, as are the other readings (heteronyms)
of given-name characters.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType


@cache
def _pypinyin() -> ModuleType:
    """pypinyin, imported on first use: loading its dictionaries costs ~0.3 s, which the app's
    start and the search box (which only asks ``is_pinyin_query``) should not pay."""
    import pypinyin

    return pypinyin


def _phrases() -> Mapping[str, object]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


__all__ = ["NamePinyin", "is_pinyin_query", "name_pinyin", "split_surname"]

# Compound surnames (复姓) and their readings. Pairs whose first character is a common surname and
# whose second is a common given-name character (宗政, 谷梁, 段干, 乐正) are left out: 宗政华 is far
# more likely 宗 + 政华 than the rare compound.
_COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    name: tuple(reading.split())
    for name, reading in {
        "欧阳": "ou yang",
        "司马": "si ma",
        "上官": "shang guan",
        "诸葛": "zhu ge",
        "东方": "dong fang",
        "皇甫": "huang fu",
        "尉迟": "yu chi",
        "公孙": "gong sun",
        "慕容": "mu rong",
        "长孙": "zhang sun",
        "宇文": "yu wen",
        "司徒": "si tu",
        "令狐": "ling hu",
        "夏侯": "xia hou",
        "万俟": "mo qi",
        "澹台": "tan tai",
        "单于": "chan yu",
        "南宫": "nan gong",
        "西门": "xi men",
        "端木": "duan mu",
        "轩辕": "xuan yuan",
        "独孤": "du gu",
        "呼延": "hu yan",
        "钟离": "zhong li",
        "赫连": "he lian",
        "闻人": "wen ren",
        "申屠": "shen tu",
        "太史": "tai shi",
        "公冶": "gong ye",
        "濮阳": "pu yang",
        "淳于": "chun yu",
        "百里": "bai li",
        "东郭": "dong guo",
        "拓跋": "tuo ba",
        "司空": "si kong",
        "仲孙": "zhong sun",
        "鲜于": "xian yu",
        "闾丘": "lv qiu",
        "亓官": "qi guan",
        "司寇": "si kou",
        "巫马": "wu ma",
        "公西": "gong xi",
        "漆雕": "qi diao",
        "壤驷": "rang si",
        "公良": "gong liang",
        "宰父": "zai fu",
        "左丘": "zuo qiu",
        "东门": "dong men",
        "梁丘": "liang qiu",
        "第五": "di wu",
        "羊舌": "yang she",
        "微生": "wei sheng",
        "公羊": "gong yang",
        "完颜": "wan yan",
        "纳兰": "na lan",
        "钮祜禄": "niu hu lu",
        "爱新觉罗": "ai xin jue luo",
        "叶赫那拉": "ye he na la",
    }.items()
}
_COMPOUND_LENGTHS = sorted({len(name) for name in _COMPOUND_SURNAMES}, reverse=True)
_COMPOUND_FIRST = frozenset(name[0] for name in _COMPOUND_SURNAMES)

# Single-character surnames with more than one reading: the readings as a surname, most usual first.
# Most are characters whose everyday reading (what pypinyin gives) differs; the others (石, 任 ...) are
# listed to state the surname reading. A surname not listed is read with pypinyin's default reading
# only: its other readings are mostly classical (王 yù, 方 páng) and would make every 王 match "y".
_SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    name: tuple(readings.split())
    for name, readings in {
        "单": "shan",
        "曾": "zeng",
        "解": "xie",
        "仇": "qiu",
        "朴": "piao",
        "查": "zha",
        "区": "ou",
        "覃": "qin tan",
        "盖": "ge gai",
        "乐": "yue le",
        "缪": "miao",
        "翟": "zhai di",
        "秘": "bi",
        "种": "chong",
        "召": "shao",
        "繁": "po",
        "员": "yun",
        "折": "she",
        "黑": "he",
        "祭": "zhai",
        "句": "gou",
        "隗": "wei",
        "长": "chang",
        "阚": "kan",
        "都": "du",
        "薄": "bo",
        "卜": "bu",
        "蕃": "pi",
        "能": "nai",
        "宓": "fu mi",
        "粘": "nian",
        "洗": "xian",
        "重": "chong",
        "尉": "wei yu",
        "蔚": "yu wei",
        "谌": "chen shen",
        "莘": "shen xin",
        "牟": "mou mu",
        "万": "wan",
        "沈": "shen",
        "石": "shi",
        "任": "ren",
        "车": "che",
        "朝": "chao",
        "柏": "bai",
        "那": "na",
        "眭": "sui",
        "冼": "xian",
        "贲": "ben",
        "逄": "pang",
        "隽": "juan",
        "啜": "chuai",
        "藉": "ji",
        "阿": "a",
        "佴": "nai",
        "郇": "huan xun",
        "逢": "pang feng",
        "郗": "xi chi",
        "晟": "cheng sheng",
    }.items()
}

# pypinyin's NORMAL style still writes ê for 欸; ü is already v.
_ASCII_READING = str.maketrans({"ê": "e", "ü": "v"})

# What one unit of a name (a character, a surname, a run of ASCII letters) may be typed as: its full
# readings and its initials, each deduplicated, the preferred first.
_Unit = tuple[tuple[str, ...], tuple[str, ...]]

# Orders of index vectors are cached up to this many combinations; longer names enumerate lazily.
_MAX_CACHED_COMBINATIONS = 512
# Only this many characters with several readings may depart from their preferred reading. Far more
# than any limit on variants needs, and it bounds the recursion for a pasted paragraph.
_MAX_VARYING = 32


@dataclass(frozen=True)
class NamePinyin:
    """Search keys of a name; the first of each tuple is the preferred reading."""

    initials: tuple[str, ...]
    full: tuple[str, ...]


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF  # Unified Ideographs
        or 0x3400 <= cp <= 0x4DBF  # Extension A
        or 0xF900 <= cp <= 0xFAFF  # Compatibility Ideographs
        or 0x20000 <= cp <= 0x323AF  # Extensions B to H
        or cp == 0x3007  # 〇
    )


def split_surname(name: str) -> tuple[str, str]:
    """Split a name into surname and given name, recognising compound surnames (欧阳, 万俟 ...).

    A compound counts only when something follows it (欧阳 alone is 欧 + 阳). A name that does not start
    with a Chinese character (``Li Ming``) has no surname: ``("", name)``.
    """
    name = name.strip()
    if not name or not _is_cjk(name[0]):
        return "", name
    if name[0] not in _COMPOUND_FIRST:
        return name[0], name[1:]
    for length in _COMPOUND_LENGTHS:
        if len(name) > length and name[:length] in _COMPOUND_SURNAMES:
            return name[:length], name[length:]
    return name[0], name[1:]


def _clean(reading: str) -> str:
    reading = reading.translate(_ASCII_READING)
    return reading if reading.isascii() and reading.isalpha() else ""


def _unit(readings: Iterable[tuple[str, ...]]) -> _Unit:
    """A unit from readings given as syllables, e.g. ("mo", "qi") for 万俟."""
    readings = list(readings)
    full = tuple(dict.fromkeys("".join(r) for r in readings))
    initials = tuple(dict.fromkeys("".join(s[0] for s in r) for r in readings))
    return full, initials


@cache
def _char_readings(ch: str) -> tuple[str, ...]:
    """All readings of one character, pypinyin's default first; empty if pypinyin does not know it."""
    # errors="ignore": unknown characters (rare Extension B, symbols) give no reading instead of
    # coming back unchanged.
    found = _pypinyin().pinyin(ch, style=_pypinyin().Style.NORMAL, heteronym=True, errors="ignore")
    if not found:
        return ()
    return tuple(dict.fromkeys(r for r in map(_clean, found[0]) if r))


@cache
def _char_unit(ch: str) -> _Unit:
    """The unit of one character read on its own: its default reading first, then the others."""
    return _unit((r,) for r in _char_readings(ch))


@cache
def _default_unit(ch: str) -> _Unit:
    """The unit of one character with its default reading only."""
    return _unit([_char_readings(ch)[:1]])


@cache
def _longest_phrase() -> int:
    return max(map(len, _phrases()), default=0)


def _in_phrase_dict(run: str) -> bool:
    """Whether some part of ``run`` (2 characters or more) is in pypinyin's phrase dictionary."""
    n, longest, phrases = len(run), _longest_phrase(), _phrases()
    return any(run[i:j] in phrases for i in range(n - 1) for j in range(i + 2, min(n, i + longest) + 1))


def _run_units(run: str) -> tuple[_Unit, ...]:
    """Units of a run of characters pypinyin knows: the phrase-aware reading first, then the others."""
    per_char = [_char_readings(ch) for ch in run]
    preferred: list[str] = []
    # Outside its phrase dictionary pypinyin reads character by character, giving each one's default
    # reading; only a phrase can change that. Checking first skips lazy_pinyin (~30 µs a call, the
    # slow part of pypinyin) for most names.
    if len(run) > 1 and any(len(readings) > 1 for readings in per_char) and _in_phrase_dict(run):
        preferred = [
            _clean(r)
            for r in _pypinyin().lazy_pinyin(run, style=_pypinyin().Style.NORMAL, errors="ignore")
        ]
        if len(preferred) != len(run) or not all(preferred):
            preferred = []
    if not preferred:
        return tuple(_char_unit(ch) for ch in run)
    return tuple(
        _unit((r,) for r in dict.fromkeys((first, *readings)))
        for first, readings in zip(preferred, per_char, strict=True)
    )


@lru_cache(maxsize=65536)
def _given_units(text: str) -> tuple[_Unit, ...]:
    """Units of a given name: runs of characters pypinyin knows, and runs of ASCII letters."""
    # Cached: given names repeat a lot (伟, 秀英, 建华 ...).
    units: list[_Unit] = []
    start = 0  # where the current run of known characters began
    word: list[str] = []  # consecutive ASCII letters
    for i, ch in enumerate(text):
        known = not ch.isascii() and bool(_char_readings(ch))
        if not known and start < i:
            units.extend(_run_units(text[start:i]))
        if ch.isascii() and ch.isalpha():
            word.append(ch.lower())
        elif word:
            units.append(_unit([("".join(word),)]))
            word.clear()
        # Spaces, the interpunct of 阿卜杜拉·买买提, digits and characters pypinyin does not know
        # end a run and contribute nothing.
        if not known:
            start = i + 1
    if start < len(text):
        units.extend(_run_units(text[start:]))
    if word:
        units.append(_unit([("".join(word),)]))
    return tuple(units)


@lru_cache(maxsize=4096)
def _surname_unit(surname: str) -> _Unit | None:
    """A surname from the tables, the surname reading first; None if it is not in a table."""
    if surname in _COMPOUND_SURNAMES:
        # The reading pypinyin gives and the characters' everyday readings: what a clerk who does not
        # know the surname would type (万俟: wanqi).
        common = tuple(
            _clean(r)
            for r in _pypinyin().lazy_pinyin(surname, style=_pypinyin().Style.NORMAL, errors="ignore")
        )
        everyday = tuple(_char_readings(ch)[0] if _char_readings(ch) else "" for ch in surname)
        candidates = (_COMPOUND_SURNAMES[surname], common, everyday)
        return _unit(c for c in candidates if len(c) == len(surname) and all(c))
    if surname in _SURNAME_READINGS:
        readings = dict.fromkeys((*_SURNAME_READINGS[surname], *_char_readings(surname)[:1]))
        return _unit((r,) for r in readings)
    return None


def _index_vectors(
    maxima: Sequence[int], total: int, start: int, rest: Sequence[int]
) -> Iterator[list[int]]:
    """Index vectors from ``start`` on whose entries sum to ``total``; earlier positions vary first."""
    if start == len(maxima):
        if total == 0:
            yield []
        return
    # rest[i] is the largest sum positions i.. can reach: skip choices that cannot reach ``total``.
    for k in range(min(total, maxima[start]), max(0, total - rest[start + 1]) - 1, -1):
        for tail in _index_vectors(maxima, total - k, start + 1, rest):
            yield [k, *tail]


def _all_index_vectors(maxima: tuple[int, ...]) -> Iterator[list[int]]:
    """Every index vector, by increasing sum: the fewest departures from preferred readings first."""
    rest = [0] * (len(maxima) + 1)
    for i in range(len(maxima) - 1, -1, -1):
        rest[i] = rest[i + 1] + maxima[i]
    for total in range(rest[0] + 1):
        yield from _index_vectors(maxima, total, 0, rest)


@lru_cache(maxsize=1024)
def _cached_index_vectors(maxima: tuple[int, ...]) -> tuple[tuple[int, ...], ...] | None:
    """All index vectors in order, or None when there are too many to keep."""
    # Names come in few shapes (how many readings each character has), so the order is worth keeping.
    if math.prod(m + 1 for m in maxima) > _MAX_CACHED_COMBINATIONS:
        return None
    return tuple(tuple(v) for v in _all_index_vectors(maxima))


def _best_first(options: Sequence[Sequence[str]], limit: int) -> tuple[str, ...]:
    """Joined choices, preferred readings first, deduplicated, at most ``limit``."""
    if not options:
        return ()
    varying = [i for i, o in enumerate(options) if len(o) > 1]
    if not varying:
        return ("".join([o[0] for o in options]),)
    if len(varying) == 1:
        # The usual case (one character with several readings) without the general machinery.
        i = varying[0]
        before = "".join([o[0] for o in options[:i]])
        after = "".join([o[0] for o in options[i + 1 :]])
        return tuple([before + r + after for r in options[i][:limit]])
    varying = varying[:_MAX_VARYING]
    maxima = tuple([len(options[i]) - 1 for i in varying])
    # Beyond the cache, enumerating lazily keeps the cost bounded by ``limit`` rather than by the
    # cartesian product, which for a long name with many heteronyms runs into the thousands.
    vectors: Iterable[Sequence[int]] | None = _cached_index_vectors(maxima)
    if vectors is None:
        vectors = _all_index_vectors(maxima)
    preferred = [o[0] for o in options]
    found: dict[str, None] = {}
    for vector in vectors:
        parts = preferred.copy()
        for i, k in zip(varying, vector, strict=True):
            parts[i] = options[i][k]
        found["".join(parts)] = None
        if len(found) >= limit:
            break
    return tuple(found)


@lru_cache(maxsize=8192)
def _name_pinyin(name: str, max_variants: int) -> NamePinyin:
    surname, given = split_surname(name)
    units: list[_Unit] = []
    surname_unit = _surname_unit(surname) if surname else None
    if surname_unit is not None:
        units.append(surname_unit)
    elif surname and _char_readings(surname):
        # An ordinary surname is read on its own, not as part of a phrase with the given name.
        units.append(_default_unit(surname))
    else:
        given = surname + given
    units.extend(_given_units(given))
    return NamePinyin(
        initials=_best_first([initials for _full, initials in units], max_variants),
        full=_best_first([full for full, _initials in units], max_variants),
    )


def name_pinyin(name: str, max_variants: int = 8) -> NamePinyin:
    """Pinyin search keys of a personal name: initials and full readings, lower-case ASCII.

    The surname is read as a surname (曾 zeng before ceng); given-name characters take pypinyin's
    phrase-aware reading first, then their other readings. Punctuation, spaces and characters pypinyin
    does not know are skipped; ASCII letters are kept, lower-cased.
    """
    if max_variants < 1:
        raise ValueError("max_variants must be at least 1")
    # NFKC turns full-width letters and compatibility ideographs into their ordinary forms.
    return _name_pinyin(unicodedata.normalize("NFKC", name).strip(), max_variants)


def is_pinyin_query(text: str) -> bool:
    """Whether a search text could be pinyin: 1 to 40 ASCII letters."""
    text = text.strip()
    return 1 <= len(text) <= 40 and text.isascii() and text.isalpha()
