"""The mediator's notebook: entries never edited (a correction is a new entry, the original stays),
promised replies on the mediator's own to-do, follow-up visits, the case-file checklist, and the
worklist of every clock."""

from __future__ import annotations

import datetime as dt

import pytest
from mediation_desk import Desk, build_desk, new_case

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    EntryKind,
    FileItem,
)
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.mediation_cases import (
    extend_deadline,
    get_case,
    move_case,
    save_agreement,
)
from gridgov_desktop.services.mediation_journal import (
    add_commitment,
    add_entry,
    complete_commitment,
    my_commitments,
    record_follow_up,
    schedule_follow_up,
    set_file_item,
)
from gridgov_desktop.services.mediation_types import AgreementDraft
from gridgov_desktop.services.mediation_worklist import mediator_worklist


@pytest.fixture
def desk(db: Database) -> Desk:
    return build_desk(db)


def test_entries_are_never_edited_and_corrections_point_at_what_they_correct(desk: Desk) -> None:
    case = new_case(desk)
    visit = add_entry(
        desk.db, desk.lead, case.summary.id, EntryKind.HOME_VISIT, "张三明说漏水三个月",
        occurred_at=dt.datetime(2026, 11, 3, 15, 30, 12, 999), place="3-2-501",
    )  # fmt: skip
    meeting = add_entry(
        desk.db, desk.assistant, case.summary.id, EntryKind.SESSION, "张三明：要求赔偿；王五：同意修理",
        occurred_at=dt.datetime(2026, 11, 5, 9, 0), place="调解室", attendees="张三明、王五",
        agreed="王五一周内修好",
    )  # fmt: skip
    fix = add_entry(
        desk.db, desk.lead, case.summary.id, EntryKind.HOME_VISIT, "应为漏水两个月", corrects_id=visit.id
    )
    assert fix.corrects_id == visit.id and fix.occurred_at == visit.occurred_at
    assert visit.author == "周调解" and meeting.author == "吴协助"
    journal = get_case(desk.db, desk.lead, case.summary.id).journal
    assert [e.id for e in journal] == [visit.id, fix.id, meeting.id]
    original = journal[0]
    assert original.text == "张三明说漏水三个月" and original.corrected_by == (fix.id,)
    assert original.occurred_at == dt.datetime(2026, 11, 3, 15, 30, 12)
    assert journal[2].attendees == "张三明、王五" and journal[2].agreed == "王五一周内修好"
    # Notes do not make another desk's open case stale.
    assert get_case(desk.db, desk.lead, case.summary.id).summary.version == case.summary.version

    other = new_case(desk)
    with pytest.raises(NotFound) as foreign:
        add_entry(desk.db, desk.lead, other.summary.id, EntryKind.NOTE, "更正", corrects_id=visit.id)
    assert "记录" in describe_error(foreign.value)
    with pytest.raises(ValidationError):
        add_entry(desk.db, desk.lead, case.summary.id, EntryKind.NOTE, "  ")
    with pytest.raises(ValidationError):
        add_entry(desk.db, desk.lead, case.summary.id, EntryKind.NOTE, "x", place="地" * 201)


def test_promised_replies_are_the_mediators_own_to_do(desk: Desk) -> None:
    case = new_case(desk)
    later = add_commitment(
        desk.db, desk.lead, case.summary.id, "张三明", "答复维修方案", dt.date(2026, 11, 12)
    )
    sooner = add_commitment(
        desk.db, desk.lead, case.summary.id, "王五", "联系物业", dt.date(2026, 11, 6)
    )
    add_commitment(desk.db, desk.assistant, case.summary.id, "王五", "送达告知书", dt.date(2026, 11, 4))
    mine = my_commitments(desk.db, desk.lead)
    assert [c.id for c in mine] == [sooner.id, later.id]
    assert mine[0].case_number == case.summary.number and mine[0].owner == "周调解"
    done = complete_commitment(desk.db, desk.lead, sooner.id, dt.date(2026, 11, 5))
    assert done.done_on == dt.date(2026, 11, 5)
    assert [c.id for c in my_commitments(desk.db, desk.lead)] == [later.id]
    assert len(my_commitments(desk.db, desk.lead, open_only=False)) == 2
    with pytest.raises(ValidationError) as twice:
        complete_commitment(desk.db, desk.lead, sooner.id)
    assert "2026-11-05" in describe_error(twice.value)
    with pytest.raises(PermissionDenied):
        complete_commitment(desk.db, desk.other, later.id)
    with pytest.raises(PermissionDenied):
        my_commitments(desk.db, desk.front)
    assert get_case(desk.db, desk.lead, case.summary.id).clocks.open_commitments == 2


def test_follow_ups_are_scheduled_after_the_outcome(desk: Desk) -> None:
    case = new_case(desk)
    with pytest.raises(ValidationError, match="due_on"):
        schedule_follow_up(desk.db, desk.lead, case.summary.id, dt.date(2026, 12, 1))
    withdrawn = move_case(
        desk.db, desk.lead, case.summary.id, CaseAction.WITHDRAW,
        expected_version=case.summary.version, on=dt.date(2026, 11, 10),
    )  # fmt: skip
    with pytest.raises(ValidationError):
        schedule_follow_up(desk.db, desk.lead, withdrawn.summary.id, dt.date(2026, 11, 9))
    visit = schedule_follow_up(desk.db, desk.lead, withdrawn.summary.id, dt.date(2026, 12, 10))
    assert visit.done_on is None and visit.due_on == dt.date(2026, 12, 10)
    recorded = record_follow_up(desk.db, desk.lead, visit.id, None, "双方相安无事", dt.date(2026, 12, 9))
    assert recorded.done_on == dt.date(2026, 12, 9) and recorded.note == "双方相安无事"
    with pytest.raises(NotFound):
        record_follow_up(desk.db, desk.lead, 9999, None, "x")


def test_the_checklist_follows_the_case(desk: Desk) -> None:
    case = new_case(desk, agent=True)
    lines = {line.item: line for line in case.checklist}
    assert [line.item for line in case.checklist] == list(FileItem)
    assert {i for i, li in lines.items() if li.required} == {
        FileItem.APPLICATION, FileItem.RIGHTS_NOTICE, FileItem.IDENTITY, FileItem.POWER_OF_ATTORNEY,
    }  # fmt: skip
    assert not lines[FileItem.JUDICIAL_CONFIRMATION].required
    ticked = set_file_item(desk.db, desk.lead, case.summary.id, FileItem.EVIDENCE, True, "照片5张")
    evidence = next(li for li in ticked if li.item is FileItem.EVIDENCE)
    assert evidence.present and not evidence.automatic and evidence.note == "照片5张"
    started = move_case(
        desk.db, desk.lead, case.summary.id, CaseAction.START, expected_version=case.summary.version
    )
    records = next(li for li in started.checklist if li.item is FileItem.MEDIATION_RECORDS)
    assert records.required and not records.present
    add_entry(desk.db, desk.lead, case.summary.id, EntryKind.SESSION, "调解会")
    records = next(
        li for li in get_case(desk.db, desk.lead, case.summary.id).checklist
        if li.item is FileItem.MEDIATION_RECORDS
    )  # fmt: skip
    assert records.present and records.automatic
    unticked = set_file_item(desk.db, desk.lead, case.summary.id, FileItem.EVIDENCE, False)
    assert not next(li for li in unticked if li.item is FileItem.EVIDENCE).present


def test_the_worklist_holds_every_clock(desk: Desk) -> None:
    today = dt.date(2026, 12, 1)
    overdue = new_case(desk, registered_on=dt.date(2026, 10, 20))  # deadline 11-20
    due_soon = new_case(desk, registered_on=dt.date(2026, 11, 4))  # deadline 12-04
    new_case(desk, registered_on=dt.date(2026, 11, 21))  # deadline 12-21: not yet
    extended = new_case(desk, registered_on=dt.date(2026, 10, 21))
    extend_deadline(desk.db, desk.lead, extended.summary.id, dt.date(2026, 12, 31), "双方同意",
                    expected_version=extended.summary.version)  # fmt: skip
    agreed = new_case(desk, registered_on=dt.date(2026, 10, 1))
    agreed = move_case(desk.db, desk.lead, agreed.summary.id, CaseAction.START,
                       expected_version=agreed.summary.version)  # fmt: skip
    agreed = save_agreement(desk.db, desk.lead, agreed.summary.id,
                            AgreementDraft(AgreementKind.WRITTEN, terms="赔偿"),
                            expected_version=agreed.summary.version)  # fmt: skip
    agreed = move_case(desk.db, desk.lead, agreed.summary.id, CaseAction.AGREE,
                       expected_version=agreed.summary.version, on=dt.date(2026, 11, 3),
                       agreement_kind=AgreementKind.WRITTEN)  # fmt: skip
    promise = add_commitment(
        desk.db, desk.lead, due_soon.summary.id, "张三明", "回电", dt.date(2026, 12, 3)
    )
    add_commitment(desk.db, desk.lead, due_soon.summary.id, "张三明", "再回电", dt.date(2026, 12, 30))
    add_commitment(desk.db, desk.assistant, due_soon.summary.id, "王五", "送达", dt.date(2026, 12, 2))

    work = mediator_worklist(desk.db, desk.lead, today=today)
    assert [c.id for c in work.overdue] == [overdue.summary.id]
    assert [c.id for c in work.due_soon] == [due_soon.summary.id]
    assert [c.id for c in work.commitments] == [promise.id]
    # The follow-up falls 30 days after 11-03 (12-03); the judicial window ends then too.
    assert [(s.id, f.due_on) for s, f in work.follow_ups] == [(agreed.summary.id, dt.date(2026, 12, 3))]
    assert [c.id for c in work.judicial] == [agreed.summary.id]
    assert work.overdue[0].party_names == "张三明 诉 王五"

    admin = mediator_worklist(desk.db, desk.admin, today=today)
    assert len(admin.commitments) == 2 and [c.id for c in admin.overdue] == [overdue.summary.id]
    assert mediator_worklist(desk.db, desk.other, today=today).count == 0
    with pytest.raises(PermissionDenied):
        mediator_worklist(desk.db, desk.front, today=today)
    later = mediator_worklist(desk.db, desk.lead, today=dt.date(2026, 12, 11))
    assert later.judicial == () and len(later.follow_ups) == 1  # a visit stays until recorded
