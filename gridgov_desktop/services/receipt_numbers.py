"""Numbers of receipts and notices, and the check value their QR codes carry.

Numbers are gapless per day across every window: the next number is taken with one upsert on the
day's counter row, inside the transaction that writes the request. Two desks asking at once queue
on that row (SQLite: the write lock; PostgreSQL: the row lock), and a transaction that rolls back
gives its number back, so a day's receipts run 0001, 0002, … with no hole.

A QR code carries ``GGR-20261121-0007-K3F9Q2``: the number and a check value, six base32 characters
of an HMAC under a secret kept in the database. The check value is stored with the request; a code
whose value does not match (forged, or a digit mistyped when keyed by hand) is recognised as such.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

RECEIPT_SERIES = "R"
NOTICE_SERIES = "G"
_SECRET_KEY = "receipt.secret"
_QR_PREFIX = "GGR"

_QR_PATTERN = re.compile(r"^GGR-(\d{8})-(\d{1,6})-([A-Z2-7]{6})$")
_NUMBER_PATTERN = re.compile(r"^(\d{8})-?(\d{1,6})$")


def next_number(session: Session, series: str, day: dt.date) -> int:
    """The next number of ``series`` on ``day``, taken in the caller's transaction."""
    from gridgov_desktop.db.tables_service import DailyCounter

    insert = _insert_for(session)
    statement = insert(DailyCounter).values(series=series, day=day, last_number=1)
    statement = statement.on_conflict_do_update(
        index_elements=[DailyCounter.series, DailyCounter.day],
        set_={"last_number": DailyCounter.last_number + 1},
    ).returning(DailyCounter.last_number)
    return int(session.execute(statement).scalar_one())


def format_number(day: dt.date, number: int, series: str = RECEIPT_SERIES) -> str:
    """``20261121-0007`` for a receipt, ``G20261121-0003`` for a notice."""
    prefix = "" if series == RECEIPT_SERIES else series
    return f"{prefix}{day:%Y%m%d}-{number:04d}"


@dataclass(frozen=True)
class ScannedCode:
    """What a clerk typed or scanned: a receipt number, and the check value if it came from a QR."""

    receipt_no: str
    check_code: str | None


def parse_receipt_text(text: str) -> ScannedCode | None:
    """A receipt number or QR payload from what was typed or scanned; None if it is neither.

    Accepts ``20261121-0007``, ``202611210007``, ``20261121-7`` and full-width digits (an input
    method left on), and the QR payload in either case.
    """
    cleaned = _ascii(text).strip().upper()
    if not cleaned:
        return None
    found = _QR_PATTERN.match(cleaned)
    if found:
        day, number, check = found.groups()
        return ScannedCode(_canonical(day, number), check) if _is_date(day) else None
    compact = cleaned.replace(" ", "")
    if "-" not in compact and len(compact) == 12 and compact.isdigit():
        compact = f"{compact[:8]}-{compact[8:]}"
    found = _NUMBER_PATTERN.match(compact)
    if found and _is_date(found.group(1)):
        return ScannedCode(_canonical(*found.groups()), None)
    return None


def qr_payload(receipt_no: str, check_code: str) -> str:
    return f"{_QR_PREFIX}-{receipt_no}-{check_code}"


def check_code_for(session: Session, receipt_no: str) -> str:
    """The check value of ``receipt_no`` under this database's secret (made on first use)."""
    digest = hmac.new(_secret(session), receipt_no.encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:6]


def _secret(session: Session) -> bytes:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppSetting

    query = select(AppSetting.value).where(AppSetting.key == _SECRET_KEY)
    value = session.scalar(query)
    if value is None:
        # Two desks issuing their first receipts at once: one secret wins, both use it.
        insert = _insert_for(session)
        session.execute(
            insert(AppSetting)
            .values(key=_SECRET_KEY, value=secrets.token_hex(32))
            .on_conflict_do_nothing(index_elements=[AppSetting.key])
        )
        value = session.scalar(query)
    return bytes.fromhex(str(value))


def _insert_for(session: Session) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def _canonical(day: str, number: str) -> str:
    return f"{day}-{int(number):04d}"


def _is_date(text: str) -> bool:
    try:
        dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return True


def _ascii(text: str) -> str:
    """Full-width digits, letters and dashes (an input method left in full-width mode) as ASCII."""
    return (
        "".join(chr(ord(char) - 0xFEE0) if "\uff01" <= char <= "\uff5e" else char for char in text)
        .replace("\u2014", "-")
        .replace("\u2013", "-")
    )
