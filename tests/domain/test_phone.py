"""Phone numbers of mainland China: parsing typed forms, masking, search digits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gridgov_desktop.domain.errors import InvalidPhone
from gridgov_desktop.domain.phone import PhoneNumber, mask_phone, parse_phone, phone_digits

quick = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "(138)12345678",
        "１３８１２３４５６７８",
        "１３８　１２３４　５６７８",
        "+86 138 1234 5678",
        "+86-13812345678",
        "+8613812345678",
        "008613812345678",
        "0086 138 1234 5678",
        "8613812345678",
        "86 138 1234 5678",
        "  13812345678\n",
    ],
)
def test_mobile_forms(typed: str) -> None:
    phone = parse_phone(typed)
    assert phone == PhoneNumber("13812345678", "mobile")
    assert phone.digits == "13812345678"


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("024-87654321", "024-87654321"),
        ("02487654321", "024-87654321"),
        ("(024)87654321", "024-87654321"),
        ("（０２４）８７６５４３２１", "024-87654321"),
        ("024 8765 4321", "024-87654321"),
        ("(024) 8765-4321", "024-87654321"),
        ("010-62345678", "010-62345678"),
        ("0755-2345678", "0755-2345678"),
        ("075523456789", "0755-23456789"),
        ("+86 24 8765 4321", "024-87654321"),
        ("0086 10 62345678", "010-62345678"),
        ("024-87654321-123", "024-87654321-123"),
        ("024 87654321 转 123", "024-87654321-123"),
        ("(0755)2345678-99", "0755-2345678-99"),
        ("0755-2345678-9", "0755-23456789"),  # 8 digits are a Shenzhen number, not an extension
    ],
)
def test_landline_forms(typed: str, number: str) -> None:
    phone = parse_phone(typed)
    assert phone == PhoneNumber(number, "landline")
    assert phone.digits == number.replace("-", "")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "empty"),
        (" \u3000 ", "empty"),
        ("138abc45678", "characters"),
        ("138.1234.5678", "characters"),
        ("138+12345678", "characters"),
        ("--", "length"),
        ("1381234567", "length"),
        ("138123456789", "length"),
        ("1", "length"),
        ("024-123456", "length"),
        ("024876543211234", "length"),  # an extension only when set apart
        ("024-87654321-1234567", "length"),
        ("+86", "length"),
        ("12812345678", "prefix"),
        ("10012345678", "prefix"),
        ("87654321", "prefix"),
        ("0012345678", "prefix"),
        ("024-07654321", "prefix"),
        ("+1 212 555 0100", "prefix"),
    ],
)
def test_rejections(typed: str, expected: str) -> None:
    with pytest.raises(InvalidPhone) as exc:
        parse_phone(typed)
    assert exc.value.args_map["detail"] == expected
    assert exc.value.args_map["field"] == "phone"


@quick
@given(
    number=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    separators=st.lists(st.sampled_from(["", " ", "-", "\u3000"]), min_size=11, max_size=11),
    prefix=st.sampled_from(["", "+86 ", "0086", "86"]),
)
def test_any_mobile_with_any_separators(number: str, separators: list[str], prefix: str) -> None:
    typed = prefix + "".join(d + s for d, s in zip(number, separators, strict=True))
    phone = parse_phone(typed)
    assert phone.number == number
    assert phone.kind == "mobile"


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("13812345678", "138****5678"),
        ("024-87654321", "024-****4321"),
        ("0755-2345678", "0755-***5678"),
        ("024-87654321-123", "024-****4321-123"),
        ("+86 138 1234 5678", "138****5678"),  # typed forms are read first
        ("hello world", "*******orld"),
        ("12345", "*2345"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


def test_phone_digits() -> None:
    assert phone_digits("（０２４）８７６５-4321") == "02487654321"
    assert phone_digits("+86 138 1234 5678") == "8613812345678"
    assert phone_digits("5678") == "5678"
    assert phone_digits("no digits") == ""
