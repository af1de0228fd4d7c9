"""The conflict a second desk gets when someone else saved the record since it was read: who, when,
and what the record is now — the words the clerk needs to decide to reload."""

from __future__ import annotations

import datetime as dt

from gridgov_desktop.domain.errors import Conflict


def changed_by(
    entity: str, key: str, *, by: str, at: dt.datetime, status: str, version: int, today: dt.date
) -> Conflict:
    """``Conflict("changed_by")``: "14:05" when it happened today, "11-20 14:05" another day."""
    when = f"{at:%H:%M}" if at.date() == today else f"{at:%m-%d %H:%M}"
    return Conflict("changed_by", entity=entity, key=key, by=by, at=when, status=status, version=version)
