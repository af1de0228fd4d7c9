"""A case from registration to the archive: moves and what each outcome needs, the deadline and its
extension, the follow-up visit and the judicial-confirmation window, closing with the case file."""

from __future__ import annotations

import datetime as dt

import pytest
from mediation_desk import OPENED, Desk, build_desk, new_case
from sqlalchemy import select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.mediation import (
    AgreementKind,
    CaseAction,
    CaseStatus,
    EntryKind,
    FileItem,
    ReferredTo,
)
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.mediation_cases import (
    extend_deadline,
    get_case,
    move_case,
    save_agreement,
)
from gridgov_desktop.services.mediation_journal import add_entry, record_follow_up, set_file_item
from gridgov_desktop.services.mediation_types import AgreementDraft, CaseDetail


@pytest.fixture
def desk(db: Database) -> Desk:
    return build_desk(db)


def _move(desk: Desk, case: CaseDetail, action: CaseAction, **options: object) -> CaseDetail:
    return move_case(
        desk.db, desk.lead, case.summary.id, action,
        expected_version=case.summary.version, **options,  # type: ignore[arg-type]
    )  # fmt: skip


def _refused(code: str, call: object) -> None:
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call()
    assert refused.value.args_map["detail"] == code, refused.value.args_map
    zh, en = describe_error(refused.value, "zh_CN"), describe_error(refused.value, "en")
    assert "{" not in zh + en and zh != en


def test_a_written_agreement_from_registration_to_the_archive(desk: Desk) -> None:
    case = new_case(desk)
    _refused("case_move_not_allowed", lambda: _move(desk, case, CaseAction.AGREE))
    case = _move(desk, case, CaseAction.START, on=dt.date(2026, 11, 3))
    assert case.summary.status is CaseStatus.IN_MEDIATION
    _refused(
        "agreement_kind_needed", lambda: _move(desk, case, CaseAction.AGREE, on=dt.date(2026, 11, 10))
    )
    _refused(
        "agreement_terms_needed",
        lambda: _move(desk, case, CaseAction.AGREE, agreement_kind=AgreementKind.WRITTEN),
    )
    case = save_agreement(
        desk.db, desk.lead, case.summary.id,
        AgreementDraft(AgreementKind.WRITTEN, facts="漏水", terms="王五赔偿张三明800元",
                       performance="现金", performance_due_on=dt.date(2026, 11, 20)),
        expected_version=case.summary.version,
    )  # fmt: skip
    assert case.agreement is not None and case.agreement.judicial_deadline is None
    agreed = _move(
        desk, case, CaseAction.AGREE, on=dt.date(2026, 11, 10), agreement_kind=AgreementKind.WRITTEN
    )
    assert agreed.summary.status is CaseStatus.AGREED
    assert agreed.summary.outcome_on == dt.date(2026, 11, 10)
    assert agreed.agreement is not None and agreed.agreement.kind is AgreementKind.WRITTEN
    assert agreed.agreement.effective_on == dt.date(2026, 11, 10)
    # Art. 33: 30 days for judicial confirmation; the first visit 30 days after the outcome.
    assert agreed.clocks.judicial_deadline == dt.date(2026, 12, 10)
    assert agreed.clocks.next_follow_up == dt.date(2026, 12, 10)
    assert [f.due_on for f in agreed.follow_ups] == [dt.date(2026, 12, 10)]

    _refused("follow_up_needed", lambda: _move(desk, agreed, CaseAction.FOLLOW_UP))
    _refused(
        "date_before",
        lambda: record_follow_up(
            desk.db, desk.lead, agreed.follow_ups[0].id, True, "已履行", dt.date(2026, 11, 1)
        ),
    )
    visit = record_follow_up(
        desk.db, desk.assistant, agreed.follow_ups[0].id, True, "已按约赔偿", dt.date(2026, 12, 8)
    )
    assert visit.by == "吴协助" and visit.performed is True
    followed = _move(desk, agreed, CaseAction.FOLLOW_UP, on=dt.date(2026, 12, 8))
    assert followed.summary.status is CaseStatus.FOLLOWED_UP

    # Closing needs the case file: the application, the notice, identities, the mediation
    # record (none: no session in the journal), the proof of performance.
    with pytest.raises(ValidationError) as missing:
        _move(desk, followed, CaseAction.CLOSE, on=dt.date(2026, 12, 9))
    words = describe_error(missing.value)
    assert "权利义务告知书" in words and "调解笔录" in words and "调解协议书" not in words
    assert "回访记录" not in words  # the recorded visit counts by itself
    for item in (FileItem.APPLICATION, FileItem.RIGHTS_NOTICE, FileItem.IDENTITY, FileItem.PERFORMANCE):
        set_file_item(desk.db, desk.lead, followed.summary.id, item, True)
    add_entry(desk.db, desk.lead, followed.summary.id, EntryKind.SESSION, "双方到场，达成协议")
    closed = _move(desk, followed, CaseAction.CLOSE, on=dt.date(2026, 12, 9))
    assert closed.summary.status is CaseStatus.CLOSED and closed.summary.closed_on == dt.date(
        2026, 12, 9
    )
    assert closed.missing_items_note == ""
    assert all(line.present for line in closed.checklist if line.required)
    with desk.db.session() as session:
        moves = session.scalars(
            select(AuditEntry.after)
            .where(AuditEntry.action == "status", AuditEntry.entity_id == case.summary.number)
            .order_by(AuditEntry.id)
        ).all()
    assert [m is not None and f'"action": "{a}"' in m for m, a in zip(
        moves, ("start", "agree", "follow_up", "close"), strict=True)] == [True] * 4  # fmt: skip


def test_a_case_closes_with_items_missing_when_the_mediator_says_why(desk: Desk) -> None:
    case = new_case(desk)
    withdrawn = _move(desk, case, CaseAction.WITHDRAW, on=dt.date(2026, 11, 5), note="双方和解")
    assert withdrawn.summary.outcome_on == dt.date(2026, 11, 5)
    closed = _move(
        desk, withdrawn, CaseAction.CLOSE, on=dt.date(2026, 11, 6),
        missing_items_note="当事人撤回，未签告知书",
    )  # fmt: skip
    assert closed.summary.status is CaseStatus.CLOSED
    assert closed.missing_items_note == "当事人撤回，未签告知书"
    _refused(
        "date_before",
        lambda: _move(desk, new_case(desk), CaseAction.WITHDRAW, on=OPENED - dt.timedelta(days=1)),
    )


def test_a_failed_case_names_where_it_was_referred(desk: Desk) -> None:
    case = _move(desk, new_case(desk), CaseAction.START)
    _refused("referral_needed", lambda: _move(desk, case, CaseAction.FAIL))
    _refused(
        "referral_name_needed",
        lambda: _move(desk, case, CaseAction.FAIL, referred_to=ReferredTo.COURT),
    )
    failed = _move(
        desk, case, CaseAction.FAIL, referred_to=ReferredTo.COURT, referred_to_name="东风区人民法院"
    )
    assert failed.summary.status is CaseStatus.FAILED and failed.referred_to is ReferredTo.COURT
    assert failed.referred_to_name == "东风区人民法院" and failed.agreement is None
    assert failed.follow_ups == ()
    # Arbitration needs no name.
    other = _move(desk, new_case(desk), CaseAction.START)
    arbitration = _move(desk, other, CaseAction.FAIL, referred_to=ReferredTo.ARBITRATION)
    assert arbitration.referred_to is ReferredTo.ARBITRATION and arbitration.referred_to_name == ""


def test_an_oral_agreement_records_its_content(desk: Desk) -> None:
    case = _move(desk, new_case(desk), CaseAction.START)
    _refused(
        "oral_content_needed",
        lambda: _move(desk, case, CaseAction.AGREE, agreement_kind=AgreementKind.ORAL),
    )
    agreed = _move(
        desk, case, CaseAction.AGREE, agreement_kind=AgreementKind.ORAL, on=dt.date(2026, 11, 4),
        note="王五当场道歉，张三明表示谅解",
    )  # fmt: skip
    assert agreed.agreement is not None and agreed.agreement.kind is AgreementKind.ORAL
    assert agreed.agreement.terms == "王五当场道歉，张三明表示谅解"
    assert agreed.agreement.judicial_deadline is None  # no written agreement to confirm
    line = next(li for li in agreed.checklist if li.item is FileItem.AGREEMENT)
    assert line.required and line.present and line.automatic


def test_the_deadline_extension_needs_consent_and_a_later_day(desk: Desk) -> None:
    case = new_case(desk)
    assert case.clocks.deadline_on == dt.date(2026, 12, 2) and case.clocks.extended_until is None
    assert case.summary.is_overdue(dt.date(2026, 12, 3))

    def extend(until: dt.date, note: str, version: int) -> CaseDetail:
        return extend_deadline(
            desk.db, desk.lead, case.summary.id, until, note, expected_version=version
        )

    _refused("case_required", lambda: extend(dt.date(2026, 12, 20), " ", case.summary.version))
    _refused(
        "extension_not_later", lambda: extend(dt.date(2026, 12, 2), "双方同意", case.summary.version)
    )
    extended = extend(dt.date(2026, 12, 31), "双方当事人于11月28日签字同意延期", case.summary.version)
    assert extended.clocks.extended_until == dt.date(2026, 12, 31)
    assert extended.clocks.deadline_on == dt.date(2026, 12, 2)
    assert extended.clocks.extension_note.startswith("双方当事人")
    assert extended.summary.deadline_on == dt.date(2026, 12, 31)
    assert not extended.summary.is_overdue(dt.date(2026, 12, 3))
    withdrawn = _move(desk, extended, CaseAction.WITHDRAW)
    _refused("case_not_open", lambda: extend(dt.date(2027, 1, 31), "同意", withdrawn.summary.version))
    with desk.db.session() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "extend"))
    assert get_case(desk.db, desk.admin, case.summary.id).clocks.extended_until == dt.date(2026, 12, 31)
