"""Opening a mediation case: its number, clock, parties and mediators; bad input refused whole;
the dispute-type list; editing with optimistic locking."""

from __future__ import annotations

import datetime as dt

import pytest
from mediation_desk import (
    OPENED,
    OUTSIDER_ID_NORMAL,
    SECRET,
    Desk,
    build_desk,
    new_case,
    resident,
)
from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AppSetting, AuditEntry
from gridgov_desktop.db.tables_mediation import CaseParty, MediationCase
from gridgov_desktop.domain.errors import (
    Conflict,
    InvalidIdNumber,
    PermissionDenied,
    ValidationError,
)
from gridgov_desktop.domain.mediation import CaseSource, CaseStatus, PartyRole
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.mediation_cases import (
    add_dispute_type,
    case_summary,
    dispute_types,
    ensure_dispute_types,
    get_case,
    list_cases,
    mediators,
    open_case,
    set_dispute_type_active,
    set_mediators,
    set_parties,
    update_case,
)
from gridgov_desktop.services.mediation_settings import add_months
from gridgov_desktop.services.mediation_types import NewCase, PartyDraft


@pytest.fixture
def desk(db: Database) -> Desk:
    return build_desk(db)


def _new(desk: Desk, parties: tuple[PartyDraft, ...], **changes: object) -> NewCase:
    assert desk.lead.user_id is not None
    values: dict[str, object] = {
        "registered_on": OPENED,
        "source": CaseSource.APPLICATION,
        "dispute_type_id": desk.types["邻里"],
        "summary": SECRET,
        "parties": parties,
        "lead_mediator_id": desk.lead.user_id,
        **changes,
    }
    return NewCase(**values)  # type: ignore[arg-type]


APPLICANT = PartyDraft(PartyRole.APPLICANT, "王五")


def test_a_case_gets_its_number_clock_parties_and_mediators(desk: Desk) -> None:
    first = new_case(desk)
    second = new_case(desk)
    last_year = new_case(desk, registered_on=dt.date(2025, 1, 31))
    assert first.summary.number == "〔2026〕东风调字第1号"
    assert second.summary.number == "〔2026〕东风调字第2号"
    assert last_year.summary.number == "〔2025〕东风调字第1号"  # each year has its own series
    assert first.summary.status is CaseStatus.REGISTERED
    assert first.summary.deadline_on == dt.date(2026, 12, 2)
    assert last_year.summary.deadline_on == dt.date(2025, 2, 28)  # one calendar month
    assert first.summary.party_names == "张三明 诉 王五" and first.summary.at_risk
    assert first.summary.lead_mediator == "周调解" and first.summary_text == SECRET
    assert [(m.name, m.is_lead) for m in first.mediators] == [("周调解", True), ("吴协助", False)]

    applicant, respondent = first.parties
    # Picked from the registry: the registry's facts, masked; typed in: normalised, masked.
    assert applicant.resident_id == resident(desk, "张三明") and applicant.name == "张三明"
    assert applicant.id_number_masked == "210102********" + desk.street.ids["张三明"][-4:]
    assert applicant.phone_masked == "138****5678" and applicant.address == "幸福里小区3栋2单元501室"
    assert respondent.id_number_masked == "110105********002X" and respondent.sex == "F"
    assert respondent.phone_masked == "139****5678"
    with desk.db.session() as session:
        stored = session.scalars(select(CaseParty.id_number).order_by(CaseParty.id)).all()
        audit = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.entity == "mediation_case")
        ).all()
    assert OUTSIDER_ID_NORMAL in stored
    assert "〔2026〕东风调字第1号" in audit


def test_calendar_months_and_the_settings(desk: Desk) -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)
    with desk.db.session(write=True) as session:
        session.add(AppSetting(key="mediation.deadline_months", value="2"))
        session.add(AppSetting(key="mediation.number_format", value="{committee}调〔{year}〕{n:03d}号"))
        session.add(AppSetting(key="mediation.committee", value="东风街道"))
    case = new_case(desk, registered_on=dt.date(2025, 12, 31))
    assert case.summary.number == "东风街道调〔2025〕001号"
    assert case.summary.deadline_on == dt.date(2026, 2, 28)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"parties": (PartyDraft(PartyRole.RESPONDENT, "王五"),)}, "no_applicant"),
        ({"summary": "  "}, "case_required"),
        ({"summary": "长" * 4001}, "case_too_long"),
        ({"parties": (PartyDraft(PartyRole.APPLICANT, ""),)}, "case_required"),
        ({"parties": (PartyDraft(PartyRole.APPLICANT, "王五", sex="X"),)}, "bad_party_sex"),
    ],
)
def test_bad_input_is_refused_in_words_and_nothing_is_written(
    desk: Desk, change: dict[str, object], code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        changes = dict(change)
        parties = changes.pop("parties", (APPLICANT,))
        open_case(desk.db, desk.lead, _new(desk, parties, **changes))  # type: ignore[arg-type]
    assert refused.value.args_map["detail"] == code
    zh, en = describe_error(refused.value, "zh_CN"), describe_error(refused.value, "en")
    assert "{" not in zh + en and zh != en and "输入有误" not in zh
    with desk.db.session() as session:
        assert session.scalar(select(func.count()).select_from(MediationCase)) == 0
    # The number was given back: the next case is still number 1.
    assert new_case(desk).summary.number.endswith("第1号")


def test_party_id_numbers_phones_and_mediators_are_checked(desk: Desk) -> None:
    bad_id = PartyDraft(PartyRole.APPLICANT, "王五", id_number="110105194912310021")
    with pytest.raises(InvalidIdNumber) as refused:
        open_case(desk.db, desk.lead, _new(desk, (bad_id,)))
    assert refused.value.args_map["party"] == "王五" and "校验位" in describe_error(refused.value)
    with pytest.raises(ValidationError):
        open_case(desk.db, desk.lead, _new(desk, (PartyDraft(PartyRole.APPLICANT, "王五", phone="12"),)))
    assert desk.front.user_id is not None and desk.assistant.user_id is not None
    with pytest.raises(ValidationError) as not_mediator:
        open_case(desk.db, desk.lead, _new(desk, (APPLICANT,), lead_mediator_id=desk.front.user_id))
    assert not_mediator.value.args_map["detail"] == "not_a_mediator"
    assert "李办事" in describe_error(not_mediator.value)
    with pytest.raises(ValidationError, match="mediator"):
        open_case(
            desk.db,
            desk.lead,
            _new(desk, (APPLICANT,), assistant_ids=(desk.lead.user_id,)),
        )
    twice = PartyDraft(PartyRole.APPLICANT, "", resident_id=resident(desk, "张三明"))
    with pytest.raises(ValidationError, match="resident"):
        open_case(desk.db, desk.lead, _new(desk, (twice, twice)))
    # Only mediators (and administrators) open cases.
    with pytest.raises(PermissionDenied):
        open_case(desk.db, desk.front, _new(desk, (APPLICANT,)))
    assert new_case(desk, actor=desk.admin).summary.number.endswith("第1号")
    assert [name for _, name in mediators(desk.db)] == ["吴协助", "周调解", "郑调解"]


def test_the_dispute_type_list(desk: Desk) -> None:
    with desk.db.session(write=True) as session:
        ensure_dispute_types(session)  # again: nothing added
    names = [name for _, name in dispute_types(desk.db)]
    assert len(names) == 15 and names[0] == "婚姻家庭" and names[-1] == "其他"
    new_id = add_dispute_type(desk.db, desk.admin, " 宠物饲养 ")
    assert dispute_types(desk.db)[-1] == (new_id, "宠物饲养")
    with pytest.raises(ValidationError, match="dispute_type"):
        add_dispute_type(desk.db, desk.admin, "邻里")
    with pytest.raises(PermissionDenied):
        add_dispute_type(desk.db, desk.lead, "其它纠纷")
    set_dispute_type_active(desk.db, desk.admin, desk.types["邻里"], False)
    assert "邻里" not in [n for _, n in dispute_types(desk.db)]
    assert "邻里" in [n for _, n in dispute_types(desk.db, include_inactive=True)]
    with pytest.raises(ValidationError) as refused:
        new_case(desk)
    assert refused.value.args_map["detail"] == "unknown_dispute_type"


def test_editing_names_the_version_seen_and_a_stale_save_is_refused(desk: Desk) -> None:
    case = new_case(desk)
    version = case.summary.version
    updated = update_case(
        desk.db, desk.lead, case.summary.id, expected_version=version,
        summary="新的简要情况", node_id=desk.street.compound, at_risk=False,
        source=CaseSource.GRID_REPORT,
    )  # fmt: skip
    assert updated.summary_text == "新的简要情况" and not updated.summary.at_risk
    assert updated.summary.place == "幸福社区 第一网格 幸福里小区"
    assert updated.summary.source is CaseSource.GRID_REPORT
    assert updated.summary.version > version and updated.updated_by == "周调解"
    kept = update_case(desk.db, desk.lead, case.summary.id, expected_version=updated.summary.version)
    assert kept.summary.place == updated.summary.place  # node_id left out: unchanged

    with pytest.raises(Conflict) as stale:
        set_parties(desk.db, desk.assistant, case.summary.id, [APPLICANT], expected_version=version)
    assert stale.value.args_map["by"] == "周调解" and stale.value.args_map["detail"] == "changed_by"
    assert stale.value.args_map["key"] == case.summary.number

    current = get_case(desk.db, desk.assistant, case.summary.id).summary.version
    after = set_parties(
        desk.db, desk.assistant, case.summary.id,
        [APPLICANT, PartyDraft(PartyRole.THIRD_PARTY, "赵六")], expected_version=current,
    )  # fmt: skip
    assert [p.name for p in after.parties] == ["王五", "赵六"]
    assert after.summary.party_names == "王五"
    assert desk.other.user_id is not None and desk.lead.user_id is not None
    moved = set_mediators(
        desk.db, desk.admin, case.summary.id, desk.other.user_id, [desk.lead.user_id],
        expected_version=after.summary.version,
    )  # fmt: skip
    assert moved.summary.lead_mediator == "郑调解"
    # 吴协助 is no longer on the case: its contents are closed to them now.
    with pytest.raises(PermissionDenied):
        get_case(desk.db, desk.assistant, case.summary.id)


def test_cases_are_found_by_id_number_or_year_and_sequence(desk: Desk) -> None:
    case = new_case(desk)
    for ref in (
        case.summary.id,
        str(case.summary.id),
        case.summary.number,
        "2026-1",
        "(2026)东风调字第1号",
    ):
        assert get_case(desk.db, desk.lead, ref).summary.id == case.summary.id
    assert case_summary(desk.db, desk.front, "2026-1").number == case.summary.number
    with pytest.raises(ValidationError):
        get_case(desk.db, desk.lead, "hello")
    from gridgov_desktop.domain.errors import NotFound

    with pytest.raises(NotFound) as missing:
        get_case(desk.db, desk.lead, "2026-9")
    assert "调解案件" in describe_error(missing.value)
    assert [c.number for c in list_cases(desk.db, desk.lead, year=2026)] == [case.summary.number]
    assert list_cases(desk.db, desk.lead, year=2025) == []
    assert list_cases(desk.db, desk.other, mine_only=True) == []
    assert len(list_cases(desk.db, desk.lead, status=CaseStatus.REGISTERED)) == 1
    assert list_cases(desk.db, desk.lead, status=CaseStatus.CLOSED) == []


def test_saving_the_parties_again_keeps_the_numbers_the_form_showed_masked(desk: Desk) -> None:
    from dataclasses import replace

    from gridgov_desktop.services.mediation_cases import set_parties

    case = new_case(desk)
    # What a form sends back: the saved parties with their ids, numbers and phones left blank
    # (they were shown masked), plus a change of address for the outsider.
    again = [
        PartyDraft(
            party.role,
            party.name,
            resident_id=party.resident_id,
            party_id=party.id,
            address=party.address if party.resident_id else "北京市朝阳区",
        )
        for party in case.parties
    ]
    saved = set_parties(
        desk.db, desk.lead, case.summary.id, again, expected_version=case.summary.version
    )
    outsider = saved.parties[1]
    assert outsider.id_number_masked == "110105********002X" and outsider.phone_masked == "139****5678"
    assert outsider.address == "北京市朝阳区" and outsider.sex == "F"
    with desk.db.session() as session:
        assert OUTSIDER_ID_NORMAL in session.scalars(select(CaseParty.id_number)).all()
    # A party sent without its id is a new one: nothing is carried over.
    fresh = set_parties(
        desk.db, desk.lead, case.summary.id, [again[0], replace(again[1], party_id=None)],
        expected_version=saved.summary.version,
    )  # fmt: skip
    assert fresh.parties[1].id_number_masked == ""


def test_a_case_cannot_be_registered_after_today(desk: Desk) -> None:
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        new_case(desk, registered_on=tomorrow)
    assert "不能晚于今天" in describe_error(refused.value, "zh_CN")
