"""Names with markup characters on printed documents: ReportLab's Paragraph reads its text as
markup, so "<" or "&" in a name must be escaped by the PDF layer, printed literally, never crash."""

from __future__ import annotations

import pytest
from pdf_helpers import page_texts  # type: ignore[import-not-found]
from test_window_documents import receipt  # type: ignore[import-not-found]

from gridgov_desktop.pdf.window_documents import render_receipt

MARKUP_NAMES = ["王<b>三", "李&amp;四", "赵<script>x</script>", "钱 & 孙", "周<五", "𠀀𪚥"]


@pytest.mark.parametrize("name", MARKUP_NAMES)
def test_receipt_prints_markup_in_names_literally(name: str) -> None:
    pdf = render_receipt(receipt(resident_name=name, clerk_name=name))
    text = "".join(page_texts(pdf)).replace(" ", "").replace("\n", "")
    assert name.replace(" ", "") in text
