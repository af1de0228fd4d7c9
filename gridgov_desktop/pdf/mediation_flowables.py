"""The hand-filled parts of the mediation documents: a party's place to sign with its fingerprint
square, and the sign-off of the mediators with the committee's seal circle and the date.

An agreement takes effect only when every party has signed (or sealed, or pressed a fingerprint),
the mediator has signed and the committee has sealed it (People's Mediation Law art. 29), so each of
these is a real ruled line or box, never a row of underscores. Neither splits: a party's name is
never on one page and the line it signs on on the next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from gridgov_desktop.pdf.fonts import BODY, TITLE, string_width
from gridgov_desktop.pdf.text import text_out

BLANK_DATE = "　　　　年　　月　　日"  # filled in by hand on the day it is signed
FINGERPRINT_SIDE = 20 * mm
SEAL_DIAMETER = 40 * mm  # a committee's round seal is 38–42 mm across
_RULE_WIDTH = 0.6


def written_date(day: dt.date | None) -> str:
    """2026年11月21日, or the blank date to fill by hand."""
    return f"{day.year}年{day.month}月{day.day}日" if day else BLANK_DATE


def _rows_of_rules(
    text: PDFTextObject, rules: list[str], rows: Sequence[tuple[str, ...]], left: float, right: float,
    first_baseline: float, pitch: float, size: float,
) -> None:  # fmt: skip
    """Each row's captions with a rule after each. A row's later captions (a date beside a
    signature) get 32 mm to write in; the first takes the rest of the width."""
    for index, captions in enumerate(rows):
        y = first_baseline - index * pitch
        tails = [string_width(caption, size) + 32 * mm for caption in captions[1:]]
        widths = [right - left - sum(tails), *tails]
        x = left
        for caption, width in zip(captions, widths, strict=True):
            end = x + width
            text_out(text, x, y, caption, BODY, size)
            start = x + string_width(caption, size) + 0.5 * mm
            gap = 0.0 if end >= right - 0.01 else 5 * mm
            rules.append(f"{start:.2f} {y - 2.5:.2f} m {end - gap:.2f} {y - 2.5:.2f} l")
            x = end


class PartySignature(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """One party's place to sign: who it is (``heading``, in the Hei face), a ruled row per entry of
    ``rows`` (the party's signature, an agent's, a date), and at the right a square for the
    fingerprint, its top level with the heading."""

    def __init__(
        self, heading: str, rows: Sequence[tuple[str, ...]], size: float, *, fingerprint: bool = True
    ) -> None:
        super().__init__()
        self.heading, self.rows, self.size = heading, list(rows), size
        self.box = FINGERPRINT_SIDE if fingerprint else 0.0
        self.head = size * 1.6 if heading else 0.0
        self.pitch = size * 2.4  # room above each rule for a handwritten name
        self.spaceAfter = 2.5 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = max(self.head + len(self.rows) * self.pitch, self.box + 1 * mm)
        return self.width, self.height

    def draw(self) -> None:
        canvas, size, top = self.canv, self.size, self.height
        text = canvas.beginText()
        if self.heading:
            text.setFont(TITLE, size)
            text_out(text, 0, top - size * 1.05, self.heading, TITLE, size)
        text.setFont(BODY, size)
        right = self.width - (self.box + 6 * mm if self.box else 0.0)
        rules: list[str] = []
        # Each caption low in its band: the handwriting goes above the rule, not through it.
        first = top - self.head - self.pitch + size * 0.7
        _rows_of_rules(text, rules, self.rows, 0.0, right, first, self.pitch, size)
        if self.box:
            small = size * 0.75
            caption = "按指印处"
            x = self.width - self.box + (self.box - string_width(caption, small)) / 2
            text.setFont(BODY, small)
            text.setFillGray(0.45)
            text_out(text, x, top - self.box + 1.8 * mm, caption, BODY, small)
            text.setFillGray(0)
        canvas.drawText(text)
        canvas.setLineWidth(_RULE_WIDTH)
        if rules:
            canvas.addLiteral(f"n {' '.join(rules)} S")
        if self.box:
            canvas.setLineWidth(0.8)
            canvas.rect(self.width - self.box, top - self.box, self.box, self.box, stroke=1, fill=0)


class SignOff(Flowable):  # type: ignore[misc]
    """The foot of a mediation document: signature rows at the left (the mediators, the recorder)
    and at the right the committee's name with （盖章） and the date under it, a dashed circle
    across both where the seal goes (as offices stamp). Without a committee only the date."""

    def __init__(
        self, rows: Sequence[tuple[str, ...]], size: float, *, committee: str = "",
        day: dt.date | None = None, date_text: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.rows, self.size = list(rows), size
        self.committee_line = f"{committee}（盖章）" if committee else ""
        self.date_line = date_text if date_text is not None else written_date(day)
        self.pitch = size * 2.4
        self.spaceBefore = 3 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        lines = [line for line in (self.committee_line, self.date_line) if line]
        self.right_width = max((string_width(line, self.size) for line in lines), default=0.0)
        if self.committee_line:
            self.right_width = max(self.right_width, SEAL_DIAMETER)
        seal = SEAL_DIAMETER + 2 * mm if self.committee_line else len(lines) * self.size * 1.6
        self.height = max(len(self.rows) * self.pitch, seal)
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        text = canvas.beginText()
        text.setFont(BODY, size)
        middle = self.width - self.right_width / 2
        cy = self.height - SEAL_DIAMETER / 2 - 1 * mm if self.committee_line else self.height / 2
        # The committee's words just above the circle's centre, the date just below.
        placed = []
        if self.committee_line:
            placed.append((self.committee_line, cy + size * 0.35))
        if self.date_line:
            placed.append(
                (self.date_line, cy - size * 1.35 if self.committee_line else cy - size * 0.35)
            )
        for line, baseline in placed:
            text_out(text, middle - string_width(line, size) / 2, baseline, line, BODY, size)
        rules: list[str] = []
        left_room = self.width - self.right_width - 10 * mm
        first = self.height - self.pitch + size * 0.7
        _rows_of_rules(text, rules, self.rows, 0.0, left_room, first, self.pitch, size)
        canvas.drawText(text)
        canvas.setLineWidth(_RULE_WIDTH)
        if rules:
            canvas.addLiteral(f"n {' '.join(rules)} S")
        if self.committee_line:
            canvas.saveState()
            canvas.setLineWidth(0.7)
            canvas.setDash(3, 2)
            canvas.circle(middle, cy, SEAL_DIAMETER / 2)
            canvas.restoreState()
