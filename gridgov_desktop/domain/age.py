"""Age in completed years, as lists and forms show it."""

from __future__ import annotations

import datetime as dt


def age_on(born: dt.date | None, today: dt.date | None = None) -> int | None:
    """Completed years on ``today`` (default: today); None when the birth date is unknown."""
    if born is None:
        return None
    today = today or dt.date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
