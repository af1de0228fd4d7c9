"""The audit log's verification, query and export: tampering with the table by raw SQL is found and
named, a noted head that was cut off is reported, filters select what they say, exports hold what the
viewer shows, and only administrators may do any of it."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import PermissionDenied, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import audit, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.audit_chain import describe_report, verify_chain
from gridgov_desktop.services.audit_log import AuditFilter, count_entries, export_entries, find_entries
from gridgov_desktop.services.audit_words import change_summary, mask_numbers

CLERK = Actor(user_id=None, username="wang", display_name="王窗口", role=UserRole.FRONT_DESK)


def _fill(db: Database, entries: int = 12) -> list[int]:
    """``entries`` entries by two users about residents and requests; returns their ids."""
    ids = []
    with db.session(write=True) as session:
        for i in range(entries):
            actor = SYSTEM if i % 2 else CLERK
            entity = "resident" if i % 3 else "service_request"
            entry = audit.record(
                session, actor, "update" if i % 4 else "create", entity, i + 100,
                before={"name": f"张{i}"} if i % 4 else None, after={"name": f"李{i}", "备注": "测试"},
            )  # fmt: skip
            ids.append(entry.id)
    return ids


def _all_ids(db: Database) -> list[int]:
    with db.session() as session:
        return list(session.scalars(text("SELECT id FROM audit_log ORDER BY id")))


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_an_untouched_chain_verifies_and_the_verification_is_audited(db: Database) -> None:
    ids = _fill(db)
    report = verify_chain(db, SYSTEM)
    assert report.ok and report.broken is None and report.problems == 0
    assert report.count == len(_all_ids(db)) - 1  # the verification's own entry came after
    assert report.head_id == ids[-1]
    assert "审计日志完整" in describe_report(report, "zh_CN")
    last = find_entries(db, SYSTEM, AuditFilter(action="verify"), limit=1)[0]
    assert last.entity == "audit_log" and '"ok": true' in (last.after or "")
    assert verify_chain(db, SYSTEM).ok  # the verify entry itself chains on


def test_an_empty_log_verifies(db: Database) -> None:
    _sql(db, "DELETE FROM audit_log")
    report = verify_chain(db, SYSTEM)
    assert report.ok and report.count == 0 and report.head_id is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("at", "shift"),
        ("user_id", "other"),
        ("username", "mallory"),
        ("action", "delete"),
        ("entity", "household"),
        ("entity_id", "999"),
        ("before", '{"name": "王五"}'),
        ("after", '{"name": "赵六"}'),
        ("entry_hash", "f" * 64),
    ],
)
def test_editing_any_column_of_a_middle_entry_is_found_and_named(
    db: Database, column: str, value: object
) -> None:
    ids = _fill(db)
    victim = ids[5]
    if column == "at":
        with db.session() as session:
            at = session.scalar(text("SELECT at FROM audit_log WHERE id = :id"), {"id": victim})
        value = (at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)) + dt.timedelta(
            seconds=1
        )
    if column == "user_id":  # another account's id (the entries were written with none)
        value = users.add_user(db, SYSTEM, "other", "window-1-pass", UserRole.FRONT_DESK).id
    _sql(db, f"UPDATE audit_log SET {column} = :value WHERE id = :id", value=value, id=victim)
    report = verify_chain(db, SYSTEM)
    assert not report.ok
    assert report.broken is not None and report.broken.id == victim
    assert report.broken.reason == "content_changed"
    words = describe_report(report, "zh_CN")
    assert f"#{victim}" in words and "断开" in words


def test_a_changed_and_rehashed_entry_breaks_the_link_to_the_next(db: Database) -> None:
    ids = _fill(db)
    with db.session() as session:
        row = session.execute(text("SELECT * FROM audit_log WHERE id = :id"), {"id": ids[5]}).one()
    values = dict(row._mapping)
    values["after"] = '{"name": "篡改"}'
    if not isinstance(values["at"], dt.datetime):
        values["at"] = dt.datetime.fromisoformat(values["at"])
    forged = audit.hash_of(values)
    _sql(db, "UPDATE audit_log SET after = :a, entry_hash = :h WHERE id = :id",
         a=values["after"], h=forged, id=ids[5])  # fmt: skip
    report = verify_chain(db, SYSTEM)
    assert report.broken is not None
    assert (report.broken.id, report.broken.reason) == (ids[6], "chain_broken")
    assert report.broken.previous_id == ids[5]


def test_deleting_a_middle_entry_is_found(db: Database) -> None:
    ids = _fill(db)
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=ids[5])
    report = verify_chain(db, SYSTEM)
    assert report.broken is not None
    assert (report.broken.id, report.broken.reason, report.broken.previous_id) == (
        ids[6], "chain_broken", ids[4],
    )  # fmt: skip
    assert report.problems == 1  # one deletion, one problem: the rest still links
    assert "被删除" in describe_report(report, "zh_CN")
    assert "deleted" in describe_report(report, "en")


def test_deleting_the_oldest_entries_is_found(db: Database) -> None:
    _fill(db)
    first = _all_ids(db)[0]
    _sql(db, "DELETE FROM audit_log WHERE id = :id", id=first)
    report = verify_chain(db, SYSTEM)
    assert report.broken is not None and report.broken.reason == "not_genesis"


def test_reordering_entries_is_found(db: Database) -> None:
    ids = _fill(db)
    a, b = ids[3], ids[4]
    _sql(db, "UPDATE audit_log SET id = -1 WHERE id = :a", a=a)
    _sql(db, "UPDATE audit_log SET id = :a WHERE id = :b", a=a, b=b)
    _sql(db, "UPDATE audit_log SET id = :b WHERE id = -1", b=b)
    report = verify_chain(db, SYSTEM)
    assert report.broken is not None
    assert (report.broken.id, report.broken.reason) == (a, "chain_broken")


def test_a_noted_head_that_was_cut_off_is_reported(db: Database) -> None:
    ids = _fill(db)
    noted = verify_chain(db, SYSTEM)
    assert verify_chain(db, SYSTEM, expected_head=noted.head_hash).expected_head_found is True
    assert verify_chain(db, SYSTEM, expected_head=noted.head_hash[:12].upper()).ok
    # The newest entries deleted (the noted one among them): the shorter chain is whole...
    _sql(db, "DELETE FROM audit_log WHERE id >= :id", id=ids[-2])
    assert verify_chain(db, SYSTEM).ok
    # ...but the head written down earlier is gone.
    report = verify_chain(db, SYSTEM, expected_head=noted.head_hash)
    assert not report.ok and report.broken is None and report.expected_head_found is False
    assert "已不在日志中" in describe_report(report, "zh_CN")


@pytest.mark.parametrize("head", ["abc", "z" * 64, "0" * 65])
def test_a_malformed_head_is_refused_in_words(db: Database, head: str) -> None:
    with pytest.raises(ValidationError) as caught:
        verify_chain(db, SYSTEM, expected_head=head)
    assert "十六进制" in describe_error(caught.value, "zh_CN")


def test_filters_select_what_they_say(db: Database) -> None:
    _fill(db)
    everything = find_entries(db, SYSTEM, AuditFilter(), limit=1000)
    assert [r.id for r in everything] == sorted((r.id for r in everything), reverse=True)
    wang = find_entries(db, SYSTEM, AuditFilter(user="wang"), limit=1000)
    assert wang and {r.username for r in wang} == {"wang"}
    assert count_entries(db, SYSTEM, AuditFilter(user="wang")) == len(wang) == 6
    requests = find_entries(db, SYSTEM, AuditFilter(entity="service_request"), limit=1000)
    assert {r.entity for r in requests} == {"service_request"} and len(requests) == 4
    one = find_entries(db, SYSTEM, AuditFilter(entity="resident", record="101"), limit=1000)
    assert [(r.entity, r.entity_id) for r in one] == [("resident", "101")]
    created = find_entries(db, SYSTEM, AuditFilter(action="create", user="wang"), limit=1000)
    assert {(r.action, r.username) for r in created} == {("create", "wang")}
    today = dt.date.today()
    assert count_entries(db, SYSTEM, AuditFilter(since=today, until=today)) == len(everything)
    assert count_entries(db, SYSTEM, AuditFilter(until=today - dt.timedelta(days=1))) == 0
    assert count_entries(db, SYSTEM, AuditFilter(since=today + dt.timedelta(days=1))) == 0
    # Paging: by offset, or after the last id seen.
    page1 = find_entries(db, SYSTEM, AuditFilter(), limit=5)
    page2 = find_entries(db, SYSTEM, AuditFilter(), offset=5, limit=5)
    assert page2 == find_entries(db, SYSTEM, AuditFilter(), limit=5, before_id=page1[-1].id)
    assert [r.id for r in page1 + page2] == [r.id for r in everything[:10]]
    with pytest.raises(ValidationError):
        find_entries(db, SYSTEM, AuditFilter(since=today, until=today - dt.timedelta(days=1)))


def test_full_numbers_never_leave_the_viewer_unmasked() -> None:
    text_ = '{"collector_id": "210102198005170113", "phone": "13812345678", "n": 5}'
    masked = mask_numbers(text_) or ""
    assert "210102********0113" in masked and "138****5678" in masked
    assert change_summary(None, text_).count("*") >= 12
    assert change_summary('{"a": 1, "b": "x"}', '{"a": 2, "b": "x"}') == "a: 1 → 2"


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_holds_the_filtered_entries_and_is_audited(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    _fill(db)
    target = tmp_path / f"审计{suffix}"
    result = export_entries(db, SYSTEM, AuditFilter(user="wang"), target)
    assert result.rows == 6 and target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gridgov-")]
    if suffix == ".csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    else:
        sheet = load_workbook(target, read_only=True).active
        rows = [[c or "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:4] == ["序号", "时间", "用户", "操作"]
    assert len(rows) == 7 and {row[2] for row in rows[1:]} == {"wang"}
    assert {row[3] for row in rows[1:]} <= {"新增", "修改"}
    assert any("李" in row[9] for row in rows[1:])
    last = find_entries(db, SYSTEM, AuditFilter(action="export", entity="audit_log"), limit=1)[0]
    assert target.name in (last.after or "") and '"user": "wang"' in (last.after or "")


def test_export_refuses_other_formats_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    before = count_entries(db, SYSTEM, AuditFilter())
    with pytest.raises(ValidationError) as caught:
        export_entries(db, SYSTEM, AuditFilter(), tmp_path / "log.pdf")
    assert ".xlsx" in describe_error(caught.value, "zh_CN")
    assert list(tmp_path.iterdir()) == []
    assert count_entries(db, SYSTEM, AuditFilter()) == before


@pytest.mark.parametrize("role", [r for r in UserRole if r is not UserRole.ADMIN])
def test_only_administrators_may_read_verify_or_export(
    db: Database, tmp_path: Path, role: UserRole
) -> None:
    actor = Actor(user_id=None, username="x", display_name="x", role=role)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    before = count_entries(db, SYSTEM, AuditFilter())
    for call in (
        lambda: verify_chain(db, actor),
        lambda: find_entries(db, actor, AuditFilter()),
        lambda: count_entries(db, actor, AuditFilter()),
        lambda: export_entries(db, actor, AuditFilter(), tmp_path / "x.csv"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert list(tmp_path.iterdir()) == []
    assert count_entries(db, SYSTEM, AuditFilter()) == before
