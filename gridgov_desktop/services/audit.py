"""The audit log: append-only, each entry chained to the previous by a sha256 hash.

Two writers share one definition of an entry and its hash: ``record`` inside an ORM session, and
``record_fast`` inside a fast-path transaction (the login at start-up, which runs before SQLAlchemy
is loaded). Both take the same turn-taking lock on PostgreSQL and read the same previous hash.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from gridgov_desktop.db.statements import statement
from gridgov_desktop.services.actor import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.fast_read import FastReader
    from gridgov_desktop.db.tables import AuditEntry

GENESIS_HASH = "0" * 64
_PG_AUDIT_LOCK = 4242  # appends from several desks take turns: one chain, no forks


def entry_values(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    prev_hash: str,
    at: dt.datetime,
) -> dict[str, Any]:
    """The columns of one audit entry, its hash included."""
    values: dict[str, Any] = {
        "at": at,
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "before": _dump(before),
        "after": _dump(after),
        "prev_hash": prev_hash,
    }
    values["entry_hash"] = hash_of(values)
    return values


def hash_of(values: dict[str, Any]) -> str:
    """sha256 over the previous hash and the entry's canonical content."""
    at: dt.datetime = values["at"]
    content = json.dumps(
        [
            values["prev_hash"],
            at.isoformat(timespec="microseconds"),
            values["user_id"],
            values["username"],
            values["action"],
            values["entity"],
            values["entity_id"],
            values["before"],
            values["after"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def entry_hash(entry: AuditEntry) -> str:
    """The hash an entry read back from the table should carry (``gridgov audit verify``)."""
    return hash_of({name: getattr(entry, name) for name in (
        "prev_hash", "at", "user_id", "username", "action", "entity", "entity_id", "before", "after"
    )})  # fmt: skip


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's ORM transaction, so it lands exactly when the change does."""
    from sqlalchemy import select, text

    from gridgov_desktop.db.tables import AuditEntry

    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_AUDIT_LOCK})"))
    prev_hash = (
        session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
        or GENESIS_HASH
    )
    entry = AuditEntry(
        **entry_values(actor, action, entity, entity_id, before, after, prev_hash, _now())
    )
    session.add(entry)
    session.flush()
    return entry


def record_fast(
    reader: FastReader,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one entry inside the caller's ``reader.transaction()``."""
    if reader.backend == "postgresql":
        reader.rows("audit.turn", {"key": _PG_AUDIT_LOCK})
    last = reader.rows("audit.last_hash", {})
    prev_hash = last[0][0] if last else GENESIS_HASH
    reader.execute(
        "audit.insert", entry_values(actor, action, entity, entity_id, before, after, prev_hash, _now())
    )


@statement("audit.turn")
def _turn(backend: str) -> Any:
    from sqlalchemy import bindparam, func, select

    return select(func.pg_advisory_xact_lock(bindparam("key")))


@statement("audit.last_hash")
def _last_hash(backend: str) -> Any:
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AuditEntry

    return select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)


@statement("audit.insert")
def _insert(backend: str) -> Any:
    from sqlalchemy import bindparam, insert

    from gridgov_desktop.db.tables import AuditEntry

    columns = ("at", "user_id", "username", "action", "entity", "entity_id", "before", "after",
               "prev_hash", "entry_hash")  # fmt: skip
    return insert(AuditEntry).values({name: bindparam(name) for name in columns})


def _dump(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
