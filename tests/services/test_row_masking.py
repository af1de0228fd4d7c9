"""List rows are masked exactly as the domain's masking rules say, whatever their fast path."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from gridgov_desktop.domain.id_number import make_id_number, mask_id_number
from gridgov_desktop.domain.phone import mask_phone
from gridgov_desktop.services.residents import rows_from_values

ids = st.builds(
    make_id_number,
    st.sampled_from(["110101", "210102", "330102", "650102"]),
    st.dates(dt.date(1900, 1, 1), dt.date(2026, 1, 1)),
    st.integers(0, 999),
)
phones = st.one_of(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.from_regex(r"0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}", fullmatch=True),
    st.from_regex(r"0[1-9][0-9]{1,2}-[2-8][0-9]{6,7}-[0-9]{1,4}", fullmatch=True),
)


@given(id_number=ids, phone=phones)
def test_fast_masks_equal_the_domain_rules(id_number: str, phone: str) -> None:
    (row,) = rows_from_values([(1, "张三", "M", "1980-01-02", id_number, phone, "living", None)])
    assert row.id_number_masked == mask_id_number(id_number)
    assert row.phone_masked == mask_phone(phone)
    assert id_number not in row and phone not in row
    assert row.birth_date == dt.date(1980, 1, 2) and row.address == ""


def test_missing_values_stay_empty() -> None:
    (row,) = rows_from_values([(2, "李四", "F", None, None, None, "moved_out", "幸福里")])
    assert (row.id_number_masked, row.phone_masked, row.birth_date) == ("", "", None)
