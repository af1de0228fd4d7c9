"""What the demo street's registration forms say about a person, beyond name and numbers.

The person record, and its categorical fields as they follow from age, sex, relation and ethnicity:
ethnicity itself, marital status, education, political status, religion and the care categories, at
roughly the rates a real register shows.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from gridgov_desktop.domain.enums import Relation
from gridgov_desktop.services.demo_names import ETHNICITIES, cumulative, pick

# Census relations, short: the household templates (``demo_people``) and the rules below read better.
H, S, C, P, PIL, GP, CS, GC, SIB, OTH = (
    Relation.HEAD, Relation.SPOUSE, Relation.CHILD, Relation.PARENT, Relation.PARENT_IN_LAW,
    Relation.GRANDPARENT, Relation.CHILD_SPOUSE, Relation.GRANDCHILD, Relation.SIBLING, Relation.OTHER,
)  # fmt: skip


@dataclass(slots=True)
class Person:
    """One member of a household, filled in field by field as the registration form has them."""

    relation: Relation
    male: bool
    age: int
    surname: str
    ethnicity: str
    name: str = ""
    # 维吾尔族: the person's own given name, the second part of their children's names.
    own_name: str = ""
    birth: dt.date = dt.date.min
    id_number: str | None = None
    phone: str | None = None
    marital: str | None = None
    education: str | None = None
    political: str | None = None
    religion: str = "无"
    military: str | None = None
    tags: list[str] = field(default_factory=list)


_ETHNIC_NAMES = tuple(e for e, _ in ETHNICITIES)
_ETHNIC_CUM = cumulative(tuple(w for _, w in ETHNICITIES))


def household_ethnicity(rng: random.Random) -> str:
    """The ethnicity of a household's head, at the street's mix."""
    return pick(rng, _ETHNIC_NAMES, _ETHNIC_CUM)


def _first_child(people: list[Person]) -> Person | None:
    return next((p for p in people if p.relation is C), None)


def ethnicity_of_child(rng: random.Random, head: Person, spouse: Person | None) -> str:
    if spouse is None or spouse.ethnicity == head.ethnicity:
        return head.ethnicity
    # Children of mixed marriages are often registered with the minority's ethnicity.
    minority = spouse.ethnicity if head.ethnicity == "汉族" else head.ethnicity
    return minority if rng.random() < 0.6 else "汉族"


def marital_status(rng: random.Random, person: Person, people: list[Person]) -> str | None:
    age = person.age
    relation = person.relation
    if age < 18:
        return None
    if relation in (S, CS) or (relation is H and any(p.relation is S for p in people)):
        return "已婚"
    if relation is C and any(p.relation is CS for p in people) and person is _first_child(people):
        return "已婚"
    if relation in (P, PIL):
        pair = sum(1 for p in people if p.relation is relation) == 2
        return "已婚" if pair else "丧偶" if rng.random() < 0.85 else "离婚"
    if relation is GP:
        return "丧偶"
    if age < 28:
        return "未婚"
    roll = rng.random()
    if age >= 65:
        return "丧偶" if roll < 0.75 else "离婚" if roll < 0.87 else "已婚" if roll < 0.93 else "未婚"
    if relation is H and any(p.relation in (C, GC) for p in people):
        return "离婚" if roll < 0.6 else "丧偶" if roll < 0.85 else "已婚"
    if age >= 40:
        return "离婚" if roll < 0.45 else "未婚" if roll < 0.75 else "丧偶" if roll < 0.9 else "已婚"
    return "未婚" if roll < 0.8 else "离婚"


# Highest education by birth cohort: (born up to, cumulative weights over _EDUCATION).
_EDUCATION = (
    "不识字或识字很少",
    "小学",
    "初中",
    "高中",
    "中专",
    "大专",
    "本科",
    "硕士研究生",
    "博士研究生",
)
_DEGREES = ("本科", "硕士研究生", "博士研究生")
_EDUCATION_BY_COHORT = (
    (1945, cumulative((18, 35, 27, 12, 4, 2, 2, 0.1, 0.01))),
    (1960, cumulative((5, 22, 38, 20, 7, 4, 4, 0.3, 0.05))),
    (1975, cumulative((1, 8, 36, 24, 11, 10, 9, 1, 0.1))),
    (1990, cumulative((0.5, 3, 22, 18, 10, 20, 23, 3, 0.4))),
    (9999, cumulative((0.2, 1, 10, 14, 9, 26, 33, 6, 0.8))),
)


def education_level(rng: random.Random, age: int, birth_year: int) -> str | None:
    if age < 3:
        return None
    if age < 6:
        return "学龄前"
    if age < 12:
        return "小学"
    if age < 15:
        return "初中"
    if age < 18:
        return "高中"
    for last_year, weights in _EDUCATION_BY_COHORT:
        if birth_year <= last_year:
            found = pick(rng, _EDUCATION, weights)
            # Too young to have finished it: what they study for is not yet their level.
            if (found == "大专" and age < 21) or (found in _DEGREES and age < 22):
                return "高中"
            if found in _DEGREES[1:] and age < 25:
                return "本科"
            return found
    return None


def political_status(rng: random.Random, age: int) -> str:
    roll = rng.random()
    if age < 14:
        return "群众"
    if age < 18:
        return "共青团员" if roll < 0.6 else "群众"
    party = 0.06 if age < 30 else 0.09 if age < 55 else 0.13
    if roll < party:
        return "中共党员"
    if roll < party + 0.004 and age < 45:
        return "中共预备党员"
    if roll < party + 0.006:
        return "民主党派"
    if age <= 28 and roll < party + 0.35:
        return "共青团员"
    return "群众"


def religion(rng: random.Random, ethnicity: str, age: int) -> str:
    roll = rng.random()
    if ethnicity in ("回族", "维吾尔族"):
        return "伊斯兰教" if roll < 0.8 else "无"
    if age < 18:
        return "无"
    if ethnicity == "蒙古族" and roll < 0.2:
        return "佛教"
    if ethnicity == "朝鲜族" and roll < 0.12:
        return "基督教"
    if roll < 0.035:
        return "佛教"
    if roll < 0.05:
        return "基督教"
    if roll < 0.053:
        return "天主教"
    if roll < 0.055:
        return "道教"
    return "无"


def health_and_care_tags(rng: random.Random, person: Person) -> None:
    """The sensitive categories, at roughly the rates a community register shows."""
    age = person.age
    tags = person.tags
    roll = rng.random()
    if roll < (0.05 if age >= 60 else 0.012):
        tags.append("残疾")
    roll = rng.random()
    if roll < (0.12 if age >= 60 else 0.03 if age >= 40 else 0.0):
        tags.append("慢性病患者")
    if age < 18:
        if rng.random() < 0.002:
            tags.append("困境儿童")
        return
    roll = rng.random()
    if roll < 0.002:
        tags.append("严重精神障碍患者")
    elif roll < 0.0025 and age < 60:
        tags.append("重点人员")
    elif roll < 0.0027 and age < 60:
        tags.append("社区矫正人员")
    elif roll < 0.0033 and age < 70:
        tags.append("刑满释放人员")
    elif roll < 0.0063 and age >= 50:
        tags.append("优抚对象")
    elif 25 <= age <= 55 and roll < 0.035:
        tags.append("失业人员")
