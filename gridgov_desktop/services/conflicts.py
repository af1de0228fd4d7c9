"""The conflict a second desk gets when someone else saved the record since it was read: who, when,
and what the record is now — the words the clerk needs to decide to reload."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from gridgov_desktop.domain.errors import Conflict

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("conflict", "edited_by"): (
        "该{entity}已由 {by} 于 {at} 修改，您看到的不是最新内容，本次未保存。请重新加载后再修改。",
        "This {entity} was changed by {by} at {at}: what you saw is out of date and nothing was "
        "saved. Reload it, then make your change again.",
    ),
}


def changed_by(
    entity: str, key: str, *, by: str, at: dt.datetime, status: str, version: int, today: dt.date
) -> Conflict:
    """``Conflict("changed_by")``: "14:05" when it happened today, "11-20 14:05" another day."""
    return Conflict(
        "changed_by", entity=entity, key=key, by=by, at=_when(at, today), status=status, version=version
    )


def edited_by(session: Session, entity: str, key: object, *, version: int) -> Conflict:
    """``Conflict("edited_by")`` naming who saved the record last and when, from the audit log
    (the entity's ``entity``/``key`` as audited); a plain ``Conflict`` when the log has no entry."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AuditEntry

    last = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(key))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return Conflict(entity=entity, key=key, version=version)
    local = last.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)  # the log keeps UTC
    return Conflict(
        "edited_by",
        entity=entity,
        key=key,
        by=last.username or "?",
        at=_when(local, dt.date.today()),
        version=version,
    )


def _when(at: dt.datetime, today: dt.date) -> str:
    return f"{at:%H:%M}" if at.date() == today else f"{at:%m-%d %H:%M}"
