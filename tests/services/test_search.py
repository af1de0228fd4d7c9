"""The search box's service call, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from conftest_helpers import names  # type: ignore[import-not-found]

from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.search import MatchKind, search_residents


def test_exact_id_number_finds_the_person_first(shared_street) -> None:
    db, small_street = shared_street
    hits = search_residents(db, SYSTEM, small_street.ids["曾小红"])
    assert [h.row.name for h in hits] == ["曾小红"]
    assert hits[0].match is MatchKind.ID_NUMBER


def test_id_number_typed_with_full_width_digits_and_lower_case_x(shared_street) -> None:
    db, small_street = shared_street
    number = small_street.ids["张三明"]
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in number)
    hits = search_residents(db, SYSTEM, " " + full_width.lower() + " ")
    assert names(hits) == ["张三明"]


@pytest.mark.parametrize("digits", [4, 5, 6])
def test_last_digits_of_the_id_number(shared_street, digits: int) -> None:
    db, small_street = shared_street
    number = small_street.ids["单田芳"]
    hits = search_residents(db, SYSTEM, number[-digits:])
    assert "单田芳" in names(hits)
    assert next(h for h in hits if h.row.name == "单田芳").match is MatchKind.ID_SUFFIX


def test_phone_and_its_last_four_digits(shared_street) -> None:
    db, _ = shared_street
    assert names(search_residents(db, SYSTEM, "13812345678")) == ["张三明"]
    assert names(search_residents(db, SYSTEM, "138 1234 5678")) == ["张三明"]
    hits = search_residents(db, SYSTEM, "5678")
    assert "张三明" in names(hits)
    assert names(search_residents(db, SYSTEM, "02487654321")) == ["单田芳"]


def test_name_exact_prefix_and_one_or_two_character_fragments(shared_street) -> None:
    db, _ = shared_street
    assert names(search_residents(db, SYSTEM, "张三明"))[0] == "张三明"
    assert set(names(search_residents(db, SYSTEM, "张"))) == {"张三明", "张小明"}
    # A single character anywhere in the name: FTS5 trigram would find nothing here.
    assert set(names(search_residents(db, SYSTEM, "明"))) == {"张三明", "张小明"}
    assert set(names(search_residents(db, SYSTEM, "小明"))) == {"张小明"}
    assert set(names(search_residents(db, SYSTEM, "阳娜娜"))) == {"欧阳娜娜"}


def test_pinyin_initials_and_full_pinyin(shared_street) -> None:
    db, _ = shared_street
    assert names(search_residents(db, SYSTEM, "zsm")) == ["张三明"]
    assert names(search_residents(db, SYSTEM, "ZSM")) == ["张三明"]
    assert "张三明" in names(search_residents(db, SYSTEM, "zhangsan"))
    assert names(search_residents(db, SYSTEM, "oynn")) == ["欧阳娜娜"]


def test_surnames_read_as_surnames_and_heteronyms_match_either_reading(shared_street) -> None:
    db, _ = shared_street
    assert names(search_residents(db, SYSTEM, "shantianfang")) == ["单田芳"]
    assert names(search_residents(db, SYSTEM, "stf")) == ["单田芳"]
    assert names(search_residents(db, SYSTEM, "zxh")) == ["曾小红"]
    assert names(search_residents(db, SYSTEM, "cxh")) == ["曾小红"]  # the common reading still matches


def test_rare_characters_are_stored_and_found(shared_street) -> None:
    db, _ = shared_street
    assert names(search_residents(db, SYSTEM, "王䶮")) == ["王䶮"]
    assert names(search_residents(db, SYSTEM, "䶮")) == ["王䶮"]
    assert names(search_residents(db, SYSTEM, "𠇔")) == ["李𠇔"]


def test_address_fragments(shared_street) -> None:
    db, _ = shared_street
    in_501 = {"张三明", "曾小红", "张小明"}
    assert set(names(search_residents(db, SYSTEM, "3-2-501"))) == in_501
    assert set(names(search_residents(db, SYSTEM, "3栋2单元501"))) == in_501
    assert set(names(search_residents(db, SYSTEM, "锦绣"))) == {"王䶮", "李𠇔"}
    assert set(names(search_residents(db, SYSTEM, "幸福里小区3栋2单元502"))) == {"单田芳", "欧阳娜娜"}


def test_results_are_masked(shared_street) -> None:
    db, small_street = shared_street
    hit = search_residents(db, SYSTEM, "张三明")[0]
    number = small_street.ids["张三明"]
    assert hit.row.id_number_masked == number[:6] + "********" + number[-4:]
    assert hit.row.phone_masked == "138****5678"
    assert hit.row.address == "幸福里小区3栋2单元501室"


def test_nothing_found_and_odd_input(shared_street) -> None:
    db, _ = shared_street
    for text in ["", "   ", "%", "_", "'; DROP TABLE resident; --", "<b>", "😀", "x" * 500, "\x00"]:
        assert search_residents(db, SYSTEM, text) == [] or all(
            h.row.name for h in search_residents(db, SYSTEM, text)
        )
    assert search_residents(db, SYSTEM, "周") == []


def test_limit_is_respected(shared_street) -> None:
    db, _ = shared_street
    assert len(search_residents(db, SYSTEM, "张", limit=1)) == 1
