"""Verifying the audit log's hash chain — administrators only.

The chain (``services.audit``) makes every edit, deletion or reordering *inside* the log detectable:
each entry's hash covers its content and the previous entry's hash. What a chain alone cannot show
is a cut tail: deleting the newest entries leaves a shorter chain that is still whole. That is why
every ``ChainReport`` carries the head (last id, its hash, the number of entries): written down or
kept outside the database (a printout, the backup log), a head noted earlier can be checked later
with ``expected_head`` — if that hash is no longer in the chain, entries at or before it are gone or
changed. Ids are not expected to be gapless: a PostgreSQL sequence skips numbers on every rolled-back
transaction, so only the hashes are evidence.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.audit_words import action_name, local_time, record_label
from gridgov_desktop.services.permissions import Permission, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.engine import Database

Progress = Callable[[int, int], None]
BrokenReason = Literal["content_changed", "chain_broken", "not_genesis"]
_BATCH = 5_000
_HEAD_PREFIX_MIN = 12  # a hash written down by hand may be shortened, but not to something ambiguous
_HEX = re.compile(r"[0-9a-f]+")


@dataclass(frozen=True)
class BrokenEntry:
    """The first entry where the chain does not hold, and why."""

    id: int
    at: dt.datetime  # UTC
    username: str | None
    action: str
    entity: str
    entity_id: str | None
    reason: BrokenReason
    previous_id: int | None  # the entry read before it (for "chain_broken")


@dataclass(frozen=True)
class ChainReport:
    """What ``verify_chain`` found. ``head_*`` describe the newest entry read: note them down."""

    count: int
    head_id: int | None
    head_hash: str
    head_at: dt.datetime | None
    broken: BrokenEntry | None
    problems: int  # entries that fail a check (a single deletion makes one)
    expected_head: str | None = None
    expected_head_found: bool | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.broken is None and self.expected_head_found is not False


def verify_chain(
    db: Database,
    actor: Actor,
    *,
    expected_head: str | None = None,
    progress: Progress | None = None,
) -> ChainReport:
    """Check every entry's hash and its link to the previous one, oldest first, in batches.

    The first entry must start from the genesis hash; each following entry's ``prev_hash`` must be
    the previous entry's stored hash, and its stored hash what its content hashes to. The report
    names the first entry that fails. ``expected_head`` (a hash noted from an earlier report, or at
    least its first 12 characters) must still be in the chain: a chain whose newest entries were
    deleted is otherwise whole (see the module's docstring). The verification is itself audited.
    """
    require(actor, Permission.VIEW_AUDIT_LOG)
    wanted = _normalised_head(expected_head)
    started = time.perf_counter()
    count = problems = 0
    broken: BrokenEntry | None = None
    found: bool | None = None if wanted is None else False
    previous_hash, previous_id = audit.GENESIS_HASH, None
    head_at: dt.datetime | None = None
    with db.session() as session:
        total = _count_all(session)
        if progress is not None:
            progress(0, total)
        for batch in _batches(session):
            for row in batch:
                values = row._mapping
                reason: BrokenReason | None = None
                if values["prev_hash"] != previous_hash:
                    reason = "not_genesis" if previous_id is None else "chain_broken"
                elif audit.hash_of(values) != values["entry_hash"]:
                    reason = "content_changed"
                if reason is not None:
                    problems += 1
                    if broken is None:
                        broken = _broken(values, reason, previous_id)
                if wanted is not None and values["entry_hash"].startswith(wanted):
                    found = True
                previous_hash, previous_id, head_at = values["entry_hash"], values["id"], values["at"]
                count += 1
            if progress is not None:
                progress(count, max(total, count))
        report = ChainReport(
            count=count,
            head_id=previous_id,
            head_hash=previous_hash,
            head_at=head_at,
            broken=broken,
            problems=problems,
            expected_head=wanted,
            expected_head_found=found,
            seconds=time.perf_counter() - started,
        )
    with db.session(write=True) as session:
        audit.record(
            session, actor, "verify", "audit_log", None,
            after={"count": count, "ok": report.ok, "head_id": previous_id, "head_hash": previous_hash,
                   "first_broken_id": broken.id if broken else None, "problems": problems,
                   "expected_head": wanted, "expected_head_found": found},
        )  # fmt: skip
    return report


def _normalised_head(expected_head: str | None) -> str | None:
    if expected_head is None or not expected_head.strip():
        return None
    head = expected_head.strip().lower()
    if len(head) < _HEAD_PREFIX_MIN or len(head) > 64 or not _HEX.fullmatch(head):
        raise ValidationError("bad_head", field="expected_head", minimum=_HEAD_PREFIX_MIN)
    return head


def _count_all(session: Session) -> int:
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import AuditEntry

    return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def _batches(session: Session) -> Iterator[Sequence[Any]]:
    """The log oldest first, a batch at a time (keyset on the primary key: each batch is one index
    range, however deep into a million entries)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import AuditEntry as A

    columns = (A.id, A.at, A.user_id, A.username, A.action, A.entity, A.entity_id, A.before,
               A.after, A.prev_hash, A.entry_hash)  # fmt: skip
    last_id = -1
    while True:
        query = select(*columns).where(A.id > last_id).order_by(A.id).limit(_BATCH)
        batch = session.execute(query).all()
        if not batch:
            return
        yield batch
        last_id = batch[-1].id


def _broken(values: Any, reason: BrokenReason, previous_id: int | None) -> BrokenEntry:
    return BrokenEntry(
        id=values["id"],
        at=values["at"],
        username=values["username"],
        action=values["action"],
        entity=values["entity"],
        entity_id=values["entity_id"],
        reason=reason,
        previous_id=previous_id,
    )


def describe_report(report: ChainReport, lang: str) -> str:
    """The report in one or two sentences, for the command line and the viewer."""
    en = lang == "en"
    lines: list[str] = []
    if report.broken is not None:
        b = report.broken
        when = local_time(b.at).strftime("%Y-%m-%d %H:%M:%S")
        who = b.username or "—"
        what = f"{action_name(b.action, lang)} {record_label(b.entity, b.entity_id, lang)}"
        why = {
            "content_changed": (
                "内容在写入后被改动（哈希不符）",
                "its content was changed after it was written (hash mismatch)",
            ),
            "chain_broken": (
                f"与前一条（#{b.previous_id}）衔接不上：其间有记录被删除、顺序被调换，或前一条被改动后重算了哈希",
                f"it does not follow the entry before it (#{b.previous_id}): an entry between was "
                "deleted, entries were reordered, or the previous one was changed and re-hashed",
            ),
            "not_genesis": (
                "第一条记录不是从链首开始：更早的记录已被删除",
                "the first entry does not start the chain: older entries were deleted",
            ),
        }[b.reason][1 if en else 0]
        if en:
            lines.append(
                f"The audit log is broken at entry #{b.id} ({when}, {who}, {what}): {why}. "
                f"{report.problems} entr{'y' if report.problems == 1 else 'ies'} of "
                f"{report.count:,} fail the check."
            )
        else:
            lines.append(
                f"审计日志在第 #{b.id} 条处断开（{when}，{who}，{what}）：{why}。"
                f"共 {report.count:,} 条，其中 {report.problems} 条未通过校验。"
            )
    if report.expected_head_found is False:
        lines.append(
            f"The head noted earlier ({report.expected_head}) is no longer in the log: entries at or "
            "before it were deleted or changed."
            if en
            else f"此前记下的末条哈希（{report.expected_head}）已不在日志中："
            "该条或更早的记录已被删除或改动。"
        )
    if report.ok:
        head = f"#{report.head_id}" if report.head_id is not None else "—"
        lines.append(
            f"The audit log is intact: {report.count:,} entries, last {head}, hash {report.head_hash}."
            if en
            else f"审计日志完整：共 {report.count:,} 条，末条 {head} 哈希 {report.head_hash}"
        )
        if report.expected_head_found:
            lines.append(
                "The head noted earlier is still in the chain." if en else "此前记下的末条哈希仍在链中。"
            )
    else:
        head = f"#{report.head_id}" if report.head_id is not None else "—"
        lines.append(
            f"Last entry read: {head}, hash {report.head_hash}."
            if en
            else f"读到的末条：{head}，哈希 {report.head_hash}。"
        )
    return "\n".join(lines)
