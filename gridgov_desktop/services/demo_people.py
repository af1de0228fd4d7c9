"""Households and people of the demo street: who lives together, how old, and what the form says.

A household is drawn from a template of census relations (head, spouse, children, parents …) whose ages
hang together: a spouse of the opposite sex and similar age, children 22–36 years younger than their
mother, grandparents older still. Every field of the registration form then follows from age, sex,
ethnicity and origin, the way it would in a real register (the categorical ones: ``demo_attributes``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from gridgov_desktop.domain.enums import Relation
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services.demo_attributes import (
    CS,
    GC,
    GP,
    OTH,
    PIL,
    SIB,
    C,
    H,
    P,
    Person,
    S,
    education_level,
    ethnicity_of_child,
    health_and_care_tags,
    household_ethnicity,
    marital_status,
    political_status,
    religion,
)
from gridgov_desktop.services.demo_names import (
    ORIGIN_PLACES,
    PROVINCE_PLACES,
    XINJIANG_PLACES,
    CityProfile,
    NameMaker,
    Place,
    cumulative,
    pick,
    words,
)

# Household sizes: mean ≈ 2.9, the figure of an urban street with many three-generation families.
HOUSEHOLD_SIZES = (1, 2, 3, 4, 5, 6)
_SIZE_CUM = cumulative((15, 30, 27, 14, 9, 5))

# (weight, relations, youngest head, oldest head) per household size.
_Template = tuple[int, tuple[Relation, ...], int, int]
# fmt: off
TEMPLATES: dict[int, tuple[_Template, ...]] = {
    1: ((38, (H,), 65, 95), (42, (H,), 20, 40), (20, (H,), 41, 64)),
    2: ((45, (H, S), 55, 88), (20, (H, S), 22, 40), (20, (H, C), 30, 62), (8, (H, P), 25, 55),
        (3, (H, GC), 55, 75)),
    3: ((68, (H, S, C), 26, 58), (8, (H, S, P), 28, 55), (6, (H, C, C), 32, 60), (5, (H, S, GC), 52, 75),
        (4, (H, S, OTH), 62, 88)),
    4: ((40, (H, S, C, C), 30, 55), (25, (H, S, C, P), 28, 50), (15, (H, S, C, PIL), 28, 50),
        (10, (H, S, C, CS), 48, 70), (5, (H, S, GC, GC), 52, 75)),
    5: ((40, (H, S, C, P, P), 28, 45), (35, (H, S, C, CS, GC), 50, 72), (15, (H, S, C, C, P), 30, 48),
        (10, (H, S, C, PIL, PIL), 28, 45)),
    6: ((35, (H, S, C, C, P, P), 30, 45), (40, (H, S, C, CS, GC, GC), 50, 72),
        (10, (H, S, C, P, P, GP), 26, 36), (15, (H, S, C, CS, GC, SIB), 50, 70)),
}
# fmt: on
_TEMPLATE_CUM = {size: cumulative(tuple(float(t[0]) for t in ts)) for size, ts in TEMPLATES.items()}

_ORIGINS = tuple(p for p, _ in ORIGIN_PLACES)
_ORIGIN_CUM = cumulative(tuple(float(w) for _, w in ORIGIN_PLACES))
_MOBILE_PREFIXES = words(
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 176 177 178 "
    "180 181 182 183 184 185 186 187 188 189 198 199"
)

LOCAL, SEPARATED, FLOATING = "local", "separated", "floating"
_ORIGIN_TAGS = {LOCAL: "户籍人口", SEPARATED: "人户分离", FLOATING: "流动人口"}


@dataclass(slots=True)
class Household:
    people: list[Person]
    origin: str  # LOCAL, SEPARATED or FLOATING
    domicile: str
    collective: bool
    moved_in: dt.date


class PeopleMaker:
    """Draws households for one build; keeps ID and phone numbers unique across the whole street."""

    def __init__(
        self, rng: random.Random, names: NameMaker, city: CityProfile, street_name: str, today: dt.date
    ) -> None:
        self._rng = rng
        self._names = names
        self._city = city
        self._today = today
        self._today_ord = today.toordinal()
        self._local_domicile = city.district.name + street_name
        self._used_ids: set[str] = set()  # first 17 characters: the check character adds nothing
        self._used_phones: set[str] = set()

    # -- sizes and compositions -------------------------------------------------------------------

    def household_sizes(self, residents: int) -> list[int]:
        """Sizes summing to exactly ``residents`` (the last household takes what is left)."""
        rng = self._rng
        sizes: list[int] = []
        left = residents
        while left > 0:
            size = min(left, pick(rng, HOUSEHOLD_SIZES, _SIZE_CUM))
            sizes.append(size)
            left -= size
        return sizes

    def household(self, size: int, collective: bool = False) -> Household:
        """The people of one household of ``size``, head first."""
        rng = self._rng
        if collective:
            return self._collective(size)
        ethnicity = household_ethnicity(rng)
        roll = rng.random()
        if ethnicity == "维吾尔族":
            origin, place = FLOATING, rng.choice(XINJIANG_PLACES)
        elif roll < 0.78:
            origin, place = LOCAL, self._city.district
        elif roll < 0.87:
            origin, place = SEPARATED, rng.choice(self._city.city_places)
        else:
            origin, place = FLOATING, pick(rng, _ORIGINS, _ORIGIN_CUM)
        _, relations, youngest, oldest = pick(rng, TEMPLATES[size], _TEMPLATE_CUM[size])
        people = self._family(relations, rng.randint(youngest, oldest), ethnicity)
        head = people[0]
        years_here = rng.randint(0, 6) if origin == FLOATING else rng.randint(0, max(0, head.age - 18))
        moved_in = dt.date.fromordinal(self._today_ord - years_here * 365 - rng.randrange(365))
        domicile = self._local_domicile if origin == LOCAL else place.name
        household = Household(people, origin, domicile, False, moved_in)
        self._fill_in(household, place)
        return household

    def _family(self, relations: tuple[Relation, ...], head_age: int, ethnicity: str) -> list[Person]:
        rng = self._rng
        names = self._names
        has_spouse = S in relations
        head_male = rng.random() < (0.75 if has_spouse else 0.42 if head_age >= 65 else 0.55)
        head = Person(H, head_male, head_age, names.surname(ethnicity), ethnicity)
        people = [head]
        spouse: Person | None = None
        children: list[Person] = []
        child_spouse: Person | None = None
        for relation in relations[1:]:
            if relation is S:
                gap = max(-3, min(10, round(rng.gauss(2, 2.5))))  # the husband is usually older
                age = head_age - gap if head_male else head_age + gap
                spouse_ethnicity = ethnicity if rng.random() < 0.8 else "汉族"
                spouse = Person(
                    S,
                    not head_male,
                    max(20, min(100, age)),
                    names.surname(spouse_ethnicity),
                    spouse_ethnicity,
                )
                people.append(spouse)
            elif relation is C:
                mother = _mother(head, spouse)
                father = _father(head, spouse)
                if children:
                    age = children[-1].age - rng.randint(1, 8)
                else:
                    age = mother.age - rng.randint(22, 36)
                    if CS in relations:  # a married child: at least 22
                        age = max(22, min(age, mother.age - 20))
                surname = (
                    father.surname if father is not None and rng.random() < 0.92 else mother.surname
                )
                if father is None and rng.random() < 0.4:
                    surname = names.surname(
                        ethnicity
                    )  # a divorced mother's child keeps the father's name
                child_ethnicity = ethnicity_of_child(rng, head, spouse)
                child = Person(C, rng.random() < 0.515, max(0, age), surname, child_ethnicity)
                children.append(child)
                people.append(child)
            elif relation is CS:
                child = children[0]
                cs_ethnicity = child.ethnicity if rng.random() < 0.85 else "汉族"
                child_spouse = Person(
                    CS,
                    not child.male,
                    max(20, child.age + rng.randint(-3, 3)),
                    names.surname(cs_ethnicity),
                    cs_ethnicity,
                )
                people.append(child_spouse)
            elif relation is GC:
                parent = children[0] if children else None
                previous = [p for p in people if p.relation is GC]
                if previous:
                    age = previous[-1].age - rng.randint(1, 6)
                elif parent is not None:
                    mother = parent if not parent.male else child_spouse or parent
                    age = mother.age - rng.randint(22, 34)
                else:  # grandparents raising a grandchild whose parents work elsewhere (留守儿童)
                    age = head_age - rng.randint(46, 58)
                    if age >= 16:
                        age = rng.randint(3, 15)
                if parent is not None:
                    surname = (
                        parent.surname if parent.male or child_spouse is None else child_spouse.surname
                    )
                else:
                    surname = (
                        _father(head, spouse).surname if rng.random() < 0.8 else names.surname(ethnicity)
                    )
                people.append(Person(GC, rng.random() < 0.515, max(0, age), surname, ethnicity))
            elif relation in (P, PIL):
                of = head if relation is P or spouse is None else spouse
                already = [p for p in people if p.relation is relation]
                male = (not already[0].male) if already else rng.random() < 0.35  # widows outlive
                age = min(98, of.age + rng.randint(22, 34) + (2 if male else 0))
                surname = of.surname if male else names.surname(of.ethnicity)
                people.append(Person(relation, male, age, surname, of.ethnicity))
            elif relation is GP:
                people.append(
                    Person(
                        GP,
                        rng.random() < 0.3,
                        min(100, head_age + rng.randint(48, 60)),
                        head.surname,
                        ethnicity,
                    )
                )
            elif relation is SIB:
                people.append(
                    Person(
                        SIB,
                        rng.random() < 0.5,
                        max(18, head_age + rng.randint(-8, 8)),
                        head.surname,
                        ethnicity,
                    )
                )
            else:  # a live-in carer (保姆), usually a woman from elsewhere
                people.append(
                    Person(OTH, rng.random() < 0.1, rng.randint(40, 60), names.surname(), "汉族")
                )
        return people

    def _collective(self, size: int) -> Household:
        """A collective household (集体户): an employer's dormitory of young workers from elsewhere."""
        rng = self._rng
        place = pick(rng, _ORIGINS, _ORIGIN_CUM)
        men = rng.random() < 0.6
        people = []
        for i in range(size):
            male = men if rng.random() < 0.85 else not men
            people.append(
                Person(H if i == 0 else OTH, male, rng.randint(18, 45), self._names.surname(), "汉族")
            )
        moved_in = dt.date.fromordinal(self._today_ord - rng.randrange(3 * 365))
        household = Household(people, FLOATING, place.name, True, moved_in)
        self._fill_in(household, place)
        return household

    # -- the registration form ---------------------------------------------------------------------

    def _fill_in(self, household: Household, place: Place) -> None:
        rng = self._rng
        today_ord = self._today_ord
        year = self._today.year
        people = household.people
        landline = self.landline() if rng.random() < 0.12 else None
        for person in people:
            person.birth = dt.date.fromordinal(today_ord - int((person.age + rng.random()) * 365.2425))
        self._name(people)
        couple = len(people) == 2 and people[1].relation is S
        for person in people:
            age = person.age
            person.id_number = self._id_number(person, household.origin, place)
            person.marital = marital_status(rng, person, people)
            person.education = education_level(rng, age, year - age)
            person.political = political_status(rng, age)
            person.religion = religion(rng, person.ethnicity, age)
            if age >= 23 and rng.random() < (0.05 if person.male else 0.003):
                person.military = "退役军人"
            if age >= 16:
                mobile = 0.97 if age < 60 else 0.82 if age < 75 else 0.45
                if rng.random() < mobile:
                    person.phone = self._mobile()
                elif age >= 60:
                    person.phone = landline
            tags = person.tags
            tags.append(_ORIGIN_TAGS[household.origin])
            if age >= 60 and (len(people) == 1 or (couple and min(p.age for p in people) >= 60)):
                tags.append("独居/空巢老人")
            if age >= 80:
                tags.append("高龄老人")
            if person.military:
                tags.append("退役军人")
            health_and_care_tags(rng, person)
        minimum_income = rng.random() < 0.015
        if minimum_income:
            for person in people:
                person.tags.append("低保")
        if len(people) == 1 and people[0].age >= 60 and not minimum_income and rng.random() < 0.01:
            people[0].tags.append("特困人员")
        # Grandchildren without their parents: left behind when both parents work far away (the
        # others' parents live elsewhere in the city).
        if not any(p.relation is C for p in people) and rng.random() < 0.5:
            for person in people:
                if person.relation is GC and person.age < 16:
                    person.tags.append("留守儿童")

    def _name(self, people: list[Person]) -> None:
        names = self._names
        year = self._today.year
        if people[0].ethnicity != "维吾尔族":
            for person in people:
                person.name = names.full_name(
                    person.surname, person.male, year - person.age, person.ethnicity
                )
            return
        # Uyghur names: own name · father's name, so children carry their father's own name.
        fathers = [p for p in people if p.male and p.relation in (H, S)]
        for person in people:
            person.own_name = names.uyghur_given(person.male)
        for person in people:
            if person.relation is C and fathers:
                father_name = fathers[0].own_name
            else:
                father_name = names.uyghur_given(True)
                while father_name == person.own_name:  # 买买提·买买提 is possible, but confusing
                    father_name = names.uyghur_given(True)
            person.name = f"{person.own_name}·{father_name}"

    def _id_number(self, person: Person, origin: str, place: Place) -> str | None:
        rng = self._rng
        if person.age == 0 and rng.random() < 0.4:
            return None  # a baby not yet registered
        roll = rng.random()
        born_here = person.age < 30 and roll < 0.85
        if origin == FLOATING:
            code = self._city.district.code if person.age < 10 and roll < 0.4 else place.code
        elif born_here or roll < 0.55:
            code = self._city.district.code if origin == LOCAL else place.code
        elif roll < 0.8:
            code = rng.choice(self._city.city_places).code
        elif roll < 0.95:
            code = rng.choice(PROVINCE_PLACES).code
        else:
            code = pick(rng, _ORIGINS, _ORIGIN_CUM).code
        birth = person.birth
        parity = 1 if person.male else 0
        number = make_id_number(code, birth, rng.randrange(500) * 2 + parity)
        while number[:17] in self._used_ids:
            number = make_id_number(code, birth, rng.randrange(500) * 2 + parity)
        self._used_ids.add(number[:17])
        return number

    def _mobile(self) -> str:
        rng = self._rng
        number = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
        while number in self._used_phones:
            number = rng.choice(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
        self._used_phones.add(number)
        return number

    def landline(self) -> str:
        digits = self._city.landline_digits
        local = (
            str(self._rng.randint(2, 8)) + f"{self._rng.randrange(10 ** (digits - 1)):0{digits - 1}d}"
        )
        return f"{self._city.landline_area}-{local}"

    def outsider(self) -> tuple[str, str]:
        """Name and phone of a staff member who lives outside the street."""
        rng = self._rng
        male = rng.random() < 0.45
        surname = self._names.surname()
        return self._names.full_name(
            surname, male, self._today.year - rng.randint(25, 50)
        ), self._mobile()


def _mother(head: Person, spouse: Person | None) -> Person:
    if spouse is not None and spouse.male is False:
        return spouse
    return head


def _father(head: Person, spouse: Person | None) -> Person:
    if head.male:
        return head
    return spouse if spouse is not None else head
