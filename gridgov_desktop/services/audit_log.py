"""Reading the audit log: find entries and export them — administrators only.

Verifying the chain is ``audit_chain``; the words for entries are ``audit_words``. SQLAlchemy is
imported inside the functions: the command line and the GUI import this module without paying for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.audit_words import (
    action_name,
    change_summary,
    entity_name,
    local_time,
    mask_numbers,
)
from gridgov_desktop.services.audited_files import write_audited
from gridgov_desktop.services.permissions import Permission, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.engine import Database

_BATCH = 5_000


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every field narrows, None means any. ``since``/``until`` are local
    calendar days, both included."""

    user: str | None = None
    entity: str | None = None
    record: str | None = None  # the entity's id
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime  # UTC
    username: str | None
    action: str
    entity: str
    entity_id: str | None
    before: str | None  # JSON, ID numbers and phones masked
    after: str | None


def find_entries(
    db: Database,
    actor: Actor,
    where: AuditFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    before_id: int | None = None,
) -> list[AuditRow]:
    """The entries ``where`` selects, newest first. Page with ``offset``, or — cheaper deep into a
    long log — with ``before_id`` (the last id of the previous page)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AuditEntry as A

    require(actor, Permission.VIEW_AUDIT_LOG)
    query = _filtered(select(A.id, A.at, A.username, A.action, A.entity, A.entity_id, A.before,
                             A.after), where)  # fmt: skip
    if before_id is not None:
        query = query.where(A.id < before_id)
    query = query.order_by(A.id.desc()).offset(max(offset, 0)).limit(max(limit, 0))
    with db.session() as session:
        return [
            AuditRow(
                r.id,
                r.at,
                r.username,
                r.action,
                r.entity,
                r.entity_id,
                mask_numbers(r.before),
                mask_numbers(r.after),
            )
            for r in session.execute(query)
        ]


def count_entries(db: Database, actor: Actor, where: AuditFilter) -> int:
    """How many entries ``where`` selects."""
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import AuditEntry

    require(actor, Permission.VIEW_AUDIT_LOG)
    with db.session() as session:
        query = _filtered(select(func.count()).select_from(AuditEntry), where)
        return int(session.scalar(query) or 0)


def audit_users(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(user name, display name) of every account, plus ``system``: the choices of the user filter."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AppUser

    require(actor, Permission.VIEW_AUDIT_LOG)
    with db.session() as session:
        query = select(AppUser.username, AppUser.display_name).order_by(AppUser.username)
        users = [(r.username, r.display_name) for r in session.execute(query)]
    return [*users, ("system", "system")]


def _filtered(query: Any, where: AuditFilter) -> Any:
    from gridgov_desktop.db.tables import AuditEntry as A

    if where.since is not None and where.until is not None and where.since > where.until:
        raise ValidationError("period_reversed", field="date")
    if where.user:
        query = query.where(A.username == where.user.strip())
    if where.entity:
        query = query.where(A.entity == where.entity.strip())
    if where.record:
        query = query.where(A.entity_id == where.record.strip())
    if where.action:
        query = query.where(A.action == where.action.strip())
    if where.since is not None:
        query = query.where(A.at >= utc_start_of(where.since))
    if where.until is not None:
        query = query.where(A.at < utc_start_of(where.until + dt.timedelta(days=1)))
    return query


def utc_start_of(day: dt.date) -> dt.datetime:
    """Local midnight at the start of ``day`` as the naive UTC the log stores."""
    local = dt.datetime(day.year, day.month, day.day).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


# --- export -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditExport:
    path: Path
    rows: int


EXPORT_HEADER_ZH = ("序号", "时间", "用户", "操作", "操作代码", "对象", "对象编号", "变更摘要",
                    "变更前", "变更后")  # fmt: skip
EXPORT_HEADER_EN = ("No.", "Time", "User", "Action", "Action code", "Object", "Object id",
                    "Change", "Before", "After")  # fmt: skip


def export_entries(
    db: Database, actor: Actor, where: AuditFilter, path: Path | str, *, lang: str = "zh_CN"
) -> AuditExport:
    """Write the entries ``where`` selects (newest first) to ``path``: ``.xlsx`` or ``.csv`` (UTF-8
    with a byte-order mark, so that Excel reads the Chinese). The file appears whole or not at all,
    and only together with the audit entry that records the export."""
    require(actor, Permission.VIEW_AUDIT_LOG)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("export_format", field="file", name=path.name)
    rows = _export_rows(db, actor, where, lang)
    header = EXPORT_HEADER_EN if lang == "en" else EXPORT_HEADER_ZH

    def write(temporary: Path) -> None:
        if suffix == ".csv":
            _write_csv(temporary, header, rows)
        else:
            _write_xlsx(temporary, header, rows, lang)

    def record(session: Session) -> None:
        audit.record(
            session, actor, "export", "audit_log", None,
            after={"file": path.name, "rows": len(rows), "filter": _filter_json(where)},
        )  # fmt: skip

    write_audited(db, path, write, record, suffix=suffix)
    return AuditExport(path, len(rows))


def _export_rows(db: Database, actor: Actor, where: AuditFilter, lang: str) -> list[list[str]]:
    rows: list[list[str]] = []
    before_id: int | None = None
    while True:
        page = find_entries(db, actor, where, limit=_BATCH, before_id=before_id)
        for e in page:
            rows.append([
                str(e.id), local_time(e.at).strftime("%Y-%m-%d %H:%M:%S"), e.username or "",
                action_name(e.action, lang), e.action, entity_name(e.entity, lang), e.entity_id or "",
                change_summary(e.before, e.after, limit=1000), e.before or "", e.after or "",
            ])  # fmt: skip
        if len(page) < _BATCH:
            return rows
        before_id = page[-1].id


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(path: Path, header: tuple[str, ...], rows: list[list[str]], lang: str) -> None:
    from gridgov_desktop.services.excel_writer import HeaderCell, write_table

    widths = (8, 20, 12, 14, 14, 12, 10, 50, 40, 40)
    cells = [HeaderCell(title, width) for title, width in zip(header, widths, strict=True)]
    write_table(path, "Audit log" if lang == "en" else "审计日志", cells, rows)


def _filter_json(where: AuditFilter) -> dict[str, Any]:
    return {name: (value.isoformat() if isinstance(value, dt.date) else value)
            for name, value in vars(where).items() if value not in (None, "")}  # fmt: skip
