"""Reading the audit log: verify its hash chain, find entries, export them — administrators only.

The chain (``services.audit``) makes every edit, deletion or reordering *inside* the log detectable:
each entry's hash covers its content and the previous entry's hash. What a chain alone cannot show
is a cut tail: deleting the newest entries leaves a shorter chain that is still whole. That is why
every ``ChainReport`` carries the head (last id, its hash, the number of entries): written down or
kept outside the database (a printout, the backup log), a head noted earlier can be checked later
with ``expected_head`` — if that hash is no longer in the chain, entries at or before it are gone or
changed. Ids are not expected to be gapless: a PostgreSQL sequence skips numbers on every rolled-back
transaction, so only the hashes are evidence.

SQLAlchemy is imported inside the functions: the command line and the GUI import this module for the
action names without paying for it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gridgov_desktop.db.engine import Database

Progress = Callable[[int, int], None]
BrokenReason = Literal["content_changed", "chain_broken", "not_genesis"]
_BATCH = 5_000
_HEAD_PREFIX_MIN = 12  # a hash written down by hand may be shortened, but not to something ambiguous
_HEX = re.compile(r"[0-9a-f]+")

# Every action code the app records, in words (Chinese, English). Codes not listed show as themselves.
ACTION_NAMES: dict[str, tuple[str, str]] = {
    "create": ("新增", "create"),
    "update": ("修改", "update"),
    "delete": ("删除", "delete"),
    "status": ("状态变更", "status change"),
    "move": ("移动", "move"),
    "rename": ("改名", "rename"),
    "reorder": ("调整顺序", "reorder"),
    "retire": ("停用", "retire"),
    "deactivate": ("停用", "deactivate"),
    "reactivate": ("重新启用", "reactivate"),
    "login": ("登录", "login"),
    "login_failed": ("登录失败", "failed login"),
    "login_refused_locked": ("账号锁定拒绝登录", "login refused (locked)"),
    "reveal": ("查看完整号码", "reveal"),
    "print": ("打印", "print"),
    "print_unmasked": ("打印（未隐藏号码）", "print (unmasked)"),
    "reprint": ("补打", "reprint"),
    "export": ("导出", "export"),
    "import": ("导入", "import"),
    "verify": ("校验审计日志", "verify audit log"),
    "seed": ("载入预置数据", "load seed data"),
    "demo_build": ("生成演示街道", "build demo street"),
    "move_in": ("迁入", "move in"),
    "move_out": ("迁出", "move out"),
    "change_head": ("变更户主", "change head"),
    "split": ("分户", "split household"),
    "death": ("死亡注销", "death"),
    "assign": ("任职", "assign role"),
    "end": ("卸任", "end role"),
    "add_member": ("增加党员", "add member"),
    "remove_member": ("移除党员", "remove member"),
    "set_position": ("设置党内职务", "set position"),
    "set_secretary": ("设置书记", "set secretary"),
    "rate": ("星级评定", "star rating"),
    "evaluate": ("评价", "evaluate"),
    "extend": ("延期", "extend"),
    "backup": ("备份", "backup"),
    "restore": ("恢复", "restore"),
}

# What an entry is about, in words, for the record column ("居民 #12").
ENTITY_NAMES: dict[str, tuple[str, str]] = {
    "resident": ("居民", "resident"),
    "household": ("户", "household"),
    "node": ("节点", "node"),
    "tag": ("人员类别", "category"),
    "user": ("用户", "user"),
    "role": ("任职", "role"),
    "party_org": ("党组织", "party unit"),
    "paired_unit": ("共建单位", "paired unit"),
    "paired_service_item": ("领办事项", "paired service item"),
    "service_item": ("服务事项", "service"),
    "service_request": ("回执", "request"),
    "service_rating": ("评价", "rating"),
    "rectification": ("整改记录", "rectification"),
    "one_time_notice": ("一次性告知书", "one-time notice"),
    "service_register": ("服务台账", "service register"),
    "register": ("花名册", "register"),
    "mediation_case": ("调解案件", "mediation case"),
    "mediation_agreement": ("调解协议", "mediation agreement"),
    "journal_entry": ("调解记录", "journal entry"),
    "case_file_item": ("卷宗材料", "case file item"),
    "case_commitment": ("履行承诺", "commitment"),
    "case_follow_up": ("回访", "follow-up"),
    "case_register": ("调解台账", "case register"),
    "dispute_type": ("纠纷类型", "dispute type"),
    "calendar": ("工作日历", "calendar"),
    "calendar_day": ("日历日", "calendar day"),
    "office": ("办公信息", "office"),
    "setting": ("设置", "setting"),
    "street": ("街道", "street"),
    "audit_log": ("审计日志", "audit log"),
    "database": ("数据库", "database"),
}


def action_name(code: str, lang: str) -> str:
    words = ACTION_NAMES.get(code)
    return code if words is None else words[1 if lang == "en" else 0]


def entity_name(code: str, lang: str) -> str:
    words = ENTITY_NAMES.get(code)
    return code if words is None else words[1 if lang == "en" else 0]


# --- verification -----------------------------------------------------------------------------------
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


# --- finding entries ----------------------------------------------------------------------------------
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


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the machine's time zone, naive again for display."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


# --- words for one entry ------------------------------------------------------------------------------
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")


def mask_numbers(text: str | None) -> str | None:
    """Full ID numbers and mobile numbers in ``text`` masked, should any entry carry one: the log
    must not spread what lists hide (the services already write masked values)."""
    from gridgov_desktop.domain.id_number import mask_id_number
    from gridgov_desktop.domain.phone import mask_phone

    if not text:
        return text
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group(1)), text)
    return _MOBILE.sub(lambda m: mask_phone(m.group(1)), text)


def record_label(entity: str, entity_id: str | None, lang: str) -> str:
    name = entity_name(entity, lang)
    return name if entity_id is None else f"{name} #{entity_id}"


def change_summary(before: str | None, after: str | None, *, limit: int = 200) -> str:
    """``before → after`` in one line: changed keys as ``key: old → new``, others as ``key: value``."""
    old, new = _loaded(mask_numbers(before)), _loaded(mask_numbers(after))
    parts: list[str] = []
    for key in sorted(set(old) | set(new)):
        if key in old and key in new:
            if old[key] != new[key]:
                parts.append(f"{key}: {_short(old[key])} → {_short(new[key])}")
        elif key in new:
            if new[key] is not None:
                parts.append(f"{key}: {_short(new[key])}")
        elif old[key] is not None:
            parts.append(f"{key}: {_short(old[key])} → —")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pretty_json(text: str | None) -> str:
    """An entry's before or after, indented for the detail pane."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


def _loaded(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"?": text}
    return value if isinstance(value, dict) else {"": value}


def _short(value: Any) -> str:
    text = (
        "—"
        if value is None
        else value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False)
    )
    return text if len(text) <= 40 else text[:39] + "…"


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
    import os
    import tempfile

    from gridgov_desktop.services.excel_errors import ExcelFileError

    require(actor, Permission.VIEW_AUDIT_LOG)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ValidationError("export_format", field="file", name=path.name)
    rows = _export_rows(db, actor, where, lang)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".gridgov-", suffix=suffix, dir=path.parent)
    except OSError as error:
        raise ExcelFileError(
            "unwritable", name=str(path), reason=error.strerror or str(error)
        ) from error
    os.close(handle)
    moved = False
    try:
        header = EXPORT_HEADER_EN if lang == "en" else EXPORT_HEADER_ZH
        if suffix == ".csv":
            _write_csv(Path(temporary), header, rows)
        else:
            _write_xlsx(Path(temporary), header, rows, lang)
        with db.session(write=True) as session:
            audit.record(
                session, actor, "export", "audit_log", None,
                after={"file": path.name, "rows": len(rows), "filter": _filter_json(where)},
            )  # fmt: skip
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise ExcelFileError(
                    "unwritable", name=str(path), reason=error.strerror or str(error)
                ) from error
            moved = True
    except BaseException:
        (path if moved else Path(temporary)).unlink(missing_ok=True)
        raise
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
