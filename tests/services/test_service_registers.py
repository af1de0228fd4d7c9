"""The service window's registers and statistics: the rows are the requests, the bands and their
counts add up, a subtree or a window narrows them, 逾期 is counted in working days (National Day
2026 and the make-up Saturday included), nothing prints a full ID number, and prints are audited.

Six requests of a small street, built once per backend (read-only tests):

    A 09-29 win 1 张三明 居住证明 due 09-30, completed 10-08 (1 working day late), collected, 不满意
    B 09-29 win 2 王䶮   老年优待证 due 10-12, still in progress (on 10-20: 6 working days late)
    C 09-30 win 1 单田芳 低保     due in November, paused since 10-09 (not late)
    D 10-09 win 2 曾小红 失业登记 due 10-09, completed that day, 非常满意
    E 10-12 win 3 张三明 居住证明 refused
    F 10-09 win 1 王䶮   居住证明 due 10-10 (the make-up Saturday), paused 10-13 when 2 days late
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select
from street_fixtures import SmallStreet, build_small_street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import AuditEntry
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from gridgov_desktop.domain.service_requests import (
    RatingLevel,
    RectificationStatus,
    RequestAction,
    RequestStatus,
)
from gridgov_desktop.messages import describe_error
from gridgov_desktop.pdf.service_registers import register_pdf, worklist_pdf
from gridgov_desktop.services import ratings
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, get_service
from gridgov_desktop.services.office import OfficeInfo, set_office_info
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_register_sheets import (
    overdue_sheet,
    ratings_sheet,
    services_sheet,
    sheet_for,
)
from gridgov_desktop.services.service_register_types import Grouping
from gridgov_desktop.services.service_register_xlsx import write_register_xlsx
from gridgov_desktop.services.service_registers import (
    audit_worklist_print,
    overdue_register,
    rating_register,
    service_register,
)
from gridgov_desktop.services.service_requests import accept_request, resident_id_by_number
from gridgov_desktop.services.service_statistics import service_statistics
from gridgov_desktop.services.worklists import Worklist, worklist

CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)
HEAD = Actor(user_id=None, username="head", display_name="主任", role=UserRole.HEAD)
MEDIATOR = Actor(user_id=None, username="med", display_name="调解员", role=UserRole.MEDIATOR)
CLERK_ADMIN = Actor(user_id=None, username="system", display_name="system", role=UserRole.ADMIN)
TODAY = dt.date(2026, 10, 20)
FROM, TO = dt.date(2026, 9, 1), dt.date(2026, 10, 31)


@dataclass(frozen=True)
class Hall:
    db: Database
    street: SmallStreet
    numbers: dict[str, str]  # request letter → receipt number


def _at(day: str, time: str = "10:00") -> dt.datetime:
    return dt.datetime.fromisoformat(f"2026-{day}T{time}")


def _build(db: Database) -> Hall:
    street = build_small_street(db)
    set_office_info(db, CLERK_ADMIN, OfficeInfo("东风街道办事处", "东风路1号", "024-12345678"))
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    numbers: dict[str, str] = {}
    versions: dict[str, int] = {}

    def accept(letter: str, name: str, code: str, window: int, at: dt.datetime) -> None:
        resident = resident_id_by_number(db, SYSTEM, street.ids[name])
        assert resident is not None
        service = get_service(db, code)
        brought = [m.id for m in service.mandatory_materials]
        detail = accept_request(db, CLERK, resident, code, brought, window_no=window, now=at)
        numbers[letter], versions[letter] = detail.summary.receipt_no, detail.summary.version

    def move(letter: str, action: RequestAction, at: dt.datetime, **extra: object) -> None:
        detail = advance(
            db, CLERK, numbers[letter], action, expected_version=versions[letter], now=at,
            **extra,  # type: ignore[arg-type]
        )  # fmt: skip
        versions[letter] = detail.summary.version

    accept("A", "张三明", "residence-cert", 1, _at("09-29", "09:00"))
    accept("B", "王䶮", "senior-card", 2, _at("09-29", "10:00"))
    accept("C", "单田芳", "dibao", 1, _at("09-30", "11:00"))
    accept("D", "曾小红", "unemployment-reg", 2, _at("10-09", "09:30"))
    accept("F", "王䶮", "residence-cert", 1, _at("10-09", "10:00"))
    accept("E", "张三明", "residence-cert", 3, _at("10-12", "09:00"))
    move("A", RequestAction.START, _at("09-29", "10:00"))
    move("A", RequestAction.COMPLETE, _at("10-08"))
    collector = Collector("张三明", street.ids["张三明"])
    move("A", RequestAction.COLLECT, _at("10-09", "09:00"), collector=collector)
    move("B", RequestAction.START, _at("09-30"))
    move("C", RequestAction.PAUSE, _at("10-09"), note="等待补交收入证明")
    move("D", RequestAction.COMPLETE, _at("10-09", "11:00"))
    move("E", RequestAction.REFUSE, _at("10-12", "09:30"), note="户籍不在本街道")
    move("F", RequestAction.START, _at("10-09", "11:00"))
    move("F", RequestAction.PAUSE, _at("10-13"), note="等待本人签字")
    bad = ratings.rate_request(
        db, CLERK, numbers["A"], RatingLevel.DISSATISFIED, "等候太久", now=_at("10-09", "09:10")
    )
    ratings.rate_request(db, CLERK, numbers["D"], RatingLevel.VERY_SATISFIED, now=_at("10-09", "12:00"))
    assert bad.rectification is not None
    ratings.record_measures(
        db, CLERK, bad.rectification.id, "高峰时段增开窗口",
        expected_version=bad.rectification.version, today=dt.date(2026, 10, 12),
    )  # fmt: skip
    return Hall(db, street, numbers)


@pytest.fixture(scope="module")
def hall(module_db: Database) -> Hall:
    return _build(module_db)


def _numbers(rows: object) -> list[str]:
    return [row.receipt_no for row in rows]  # type: ignore[attr-defined]


# --- the service register -------------------------------------------------------------------------
def test_the_register_lists_every_request_of_the_period_in_order_masked(hall: Hall) -> None:
    register = service_register(hall.db, HEAD, FROM, TO, today=TODAY, purpose="view")
    rows = [row for group in register.groups for row in group.rows]
    n = hall.numbers
    assert _numbers(rows) == [n["A"], n["B"], n["C"], n["D"], n["F"], n["E"]]
    assert register.count == 6 and register.completed == 2 and register.refused == 1
    a = rows[0]
    assert (a.window_no, a.clerk_name, a.resident_name, a.service_name) == (
        1,
        "李办事",
        "张三明",
        "居住证明开具",
    )
    full = hall.street.ids["张三明"]
    assert a.resident_id_masked == full[:6] + "********" + full[-4:]
    assert a.status is RequestStatus.COLLECTED and a.completed_on == dt.date(2026, 10, 8)
    assert a.promised_on == a.due_on == dt.date(2026, 9, 30)
    late = {row.receipt_no for row in rows if row.overdue}
    assert late == {n["A"], n["B"], n["F"]}  # completed late, open past due, paused when late
    assert register.overdue == 3
    narrow = service_register(hall.db, HEAD, dt.date(2026, 10, 9), dt.date(2026, 10, 9), today=TODAY)
    assert _numbers(r for g in narrow.groups for r in g.rows) == [n["D"], n["F"]]


def test_bands_by_day_window_service_and_department_with_their_counts(hall: Hall) -> None:
    def bands(grouping: Grouping) -> list[tuple[str, int, int, int]]:
        register = service_register(
            hall.db, HEAD, FROM, TO, grouping=grouping, today=TODAY, purpose="view"
        )
        return [(g.label, len(g.rows), g.completed, g.overdue) for g in register.groups]

    assert bands(Grouping.DAY) == [
        ("2026年9月29日 星期二", 2, 1, 2),
        ("2026年9月30日 星期三", 1, 0, 0),
        ("2026年10月9日 星期五", 2, 1, 1),
        ("2026年10月12日 星期一", 1, 0, 0),
    ]
    assert bands(Grouping.WINDOW) == [
        ("第1号窗口", 3, 1, 2), ("第2号窗口", 2, 1, 1), ("第3号窗口", 1, 0, 0),
    ]  # fmt: skip
    by_service = bands(Grouping.SERVICE)
    assert by_service[0] == ("居住证明开具", 3, 1, 2)  # first in the catalogue
    assert sorted(b[0] for b in by_service) == sorted(
        ["居住证明开具", "老年人优待证办理", "最低生活保障申请", "失业登记"]
    )
    by_department = dict((label, count) for label, count, _c, _o in bands(Grouping.DEPARTMENT))
    assert by_department["区民政局"] == 1 and sum(by_department.values()) == 6


def test_the_register_sheet_bands_and_totals(hall: Hall) -> None:
    register = service_register(hall.db, HEAD, FROM, TO, today=TODAY, purpose="view")
    sheet = services_sheet(register)
    bands = [row.text for row in sheet.rows if not isinstance(row, tuple | list)]  # type: ignore[union-attr]
    assert bands[0] == "2026年9月29日 星期二　共 2 件　已办结 1 件　逾期 2 件"
    data = [row for row in sheet.rows if isinstance(row, tuple)]
    assert [row[0] for row in data] == ["1", "2", "3", "4", "5", "6"]
    assert data[0][1:4] == (hall.numbers["A"], "09-29 09:00", "1") and data[0][-1] == "逾期"
    assert "本期共受理 6 件：已办结 2 件，不予受理或退回 1 件，逾期 3 件" in sheet.notes[0]
    assert sheet.period == "2026年9月1日至2026年10月31日" and sheet.office == "东风街道办事处"


def test_a_subtree_and_a_window_narrow_every_register(hall: Hall) -> None:
    n = hall.numbers
    compound = hall.street.compound  # 幸福里小区: 张三明, 曾小红, 单田芳 — not 王䶮
    register = service_register(hall.db, HEAD, FROM, TO, node_id=compound, today=TODAY)
    assert sorted(_numbers(r for g in register.groups for r in g.rows)) == sorted(
        [n["A"], n["C"], n["D"], n["E"]]
    )
    assert register.scope.text_zh == "范围：东风街道 幸福社区 第一网格 幸福里小区"
    window = service_register(hall.db, HEAD, FROM, TO, window_no=1, node_id=compound, today=TODAY)
    assert _numbers(r for g in window.groups for r in g.rows) == [n["A"], n["C"]]
    assert window.scope.text_zh.endswith("　第1号窗口")
    household = service_register(hall.db, HEAD, FROM, TO, node_id=hall.street.other_household)
    assert sorted(_numbers(r for g in household.groups for r in g.rows)) == sorted([n["B"], n["F"]])
    statistics = service_statistics(hall.db, HEAD, FROM, TO, node_id=compound, today=TODAY)
    assert statistics.total.accepted == 4
    overdue = overdue_register(hall.db, HEAD, at=TODAY, date_from=FROM, node_id=compound)
    assert _numbers(overdue.open_rows) == [] and _numbers(overdue.late_rows) == [n["A"]]
    rated = rating_register(hall.db, HEAD, FROM, TO, window_no=2)
    assert _numbers(rated.rows) == [n["D"]]
    with pytest.raises(NotFound):
        service_register(hall.db, HEAD, FROM, TO, node_id=999_999)


# --- overdue ----------------------------------------------------------------------------------------
def test_overdue_is_counted_in_working_days(hall: Hall) -> None:
    n = hall.numbers
    register = overdue_register(hall.db, HEAD, at=TODAY, date_from=dt.date(2026, 10, 1))
    # B due Monday 10-12: 10-13 … 10-16, 10-19, 10-20 are six working days.
    # F due Saturday 10-10 (a make-up working day), paused on 10-13 two working days late: its
    # clock stopped, so it is still two days late, its due date moved on to 10-16.
    assert [(r.receipt_no, r.days_overdue, r.due_on) for r in register.open_rows] == [
        (n["B"], 6, dt.date(2026, 10, 12)),
        (n["F"], 2, dt.date(2026, 10, 16)),
    ]
    assert register.open_rows[1].status is RequestStatus.PAUSED
    # A due 09-30, completed 10-08: National Day (10-01 … 10-07) is not counted.
    assert [(r.receipt_no, r.days_overdue, r.completed_on) for r in register.late_rows] == [
        (n["A"], 1, dt.date(2026, 10, 8))
    ]
    assert register.count == 3
    # The register of an earlier day: A was not late yet on 09-30, B not before 10-13.
    earlier = overdue_register(hall.db, HEAD, at=dt.date(2026, 10, 12), date_from=dt.date(2026, 10, 1))
    assert _numbers(earlier.open_rows) == [n["F"]] and earlier.open_rows[0].days_overdue == 1
    assert _numbers(earlier.late_rows) == [n["A"]]
    # By default: from the first of the month of ``at``.
    assert overdue_register(hall.db, HEAD, at=TODAY).date_from == dt.date(2026, 10, 1)
    sheet = overdue_sheet(register)
    assert [row.text for row in sheet.rows if not isinstance(row, tuple)] == [  # type: ignore[union-attr]
        "截至2026年10月20日逾期未办结　共 2 件",
        "2026年10月1日至2026年10月20日逾期办结　共 1 件",
    ]


# --- ratings ----------------------------------------------------------------------------------------
def test_the_rating_register_shows_each_bad_review_with_its_rectification(hall: Hall) -> None:
    n = hall.numbers
    register = rating_register(hall.db, HEAD, FROM, TO, today=TODAY)
    assert _numbers(register.rows) == [n["A"], n["D"]]
    bad, good = register.rows
    assert bad.level is RatingLevel.DISSATISFIED and bad.comment == "等候太久"
    assert bad.rectification_status is RectificationStatus.RECTIFIED
    assert bad.measures == "高峰时段增开窗口" and bad.rectified_on == dt.date(2026, 10, 12)
    assert bad.rectification_due is not None and bad.reply == "" and bad.replied_on is None
    assert good.rectification_status is None and good.level is RatingLevel.VERY_SATISFIED
    assert register.average_score == 3.5 and register.bad == 1
    assert _numbers(rating_register(hall.db, HEAD, FROM, TO, bad_only=True).rows) == [n["A"]]
    sheet = ratings_sheet(register)
    cells = [row for row in sheet.rows if isinstance(row, tuple)]
    assert cells[0][6:] == ("不满意", "等候太久", bad.rectification_due.isoformat(),
                            "高峰时段增开窗口（2026-10-12）", "", "已整改")  # fmt: skip
    assert "满意率 50.0%，平均评分 3.50（5分制）。差评 1 件，已回复群众 0 件。" in sheet.notes[0]


# --- statistics -------------------------------------------------------------------------------------
def test_statistics_per_service_and_month_add_up_to_the_requests(hall: Hall) -> None:
    statistics = service_statistics(hall.db, HEAD, FROM, TO, today=TODAY, purpose="view")
    assert statistics.months == ((2026, 9), (2026, 10))
    total = statistics.total
    assert total.accepted == 6 == sum(row.accepted for row in statistics.rows)
    assert total.per_month == (3, 3)
    assert (total.completed, total.on_time, total.overdue, total.refused) == (2, 1, 3, 1)
    assert total.on_time_rate == 0.5 and total.average_score == 3.5 and total.bad_reviews == 1
    by_code = {row.code: row for row in statistics.rows}
    cert = by_code["residence-cert"]
    assert (cert.accepted, cert.per_month, cert.completed, cert.on_time, cert.overdue) == (
        3,
        (1, 2),
        1,
        0,
        2,
    )
    assert by_code["unemployment-reg"].on_time_rate == 1.0
    assert by_code["tekun"].accepted == 0 and by_code["tekun"].on_time_rate is None  # listed anyway
    for index in range(2):
        assert sum(row.per_month[index] for row in statistics.rows) == total.per_month[index]
    sheet = sheet_for(statistics)
    assert [c.header for c in sheet.columns][2:5] == ["9月", "10月", "合计"]
    assert sheet.rows[-1][:5] == ("", "合计", "3", "3", "6")  # type: ignore[index]
    one_month = service_statistics(
        hall.db, HEAD, dt.date(2026, 10, 1), dt.date(2026, 10, 31), today=TODAY
    )
    assert one_month.total.accepted == 3 and one_month.total.per_month == (3,)


def test_periods_are_checked(hall: Hall) -> None:
    with pytest.raises(ValidationError) as raised:
        service_register(hall.db, HEAD, TO, FROM)
    assert describe_error(raised.value, "zh_CN") == "起始日期（2026-10-31）晚于截止日期（2026-09-01）。"
    with pytest.raises(ValidationError) as raised:
        service_statistics(hall.db, HEAD, dt.date(2020, 1, 1), dt.date(2026, 1, 1))
    assert "期间过长" in describe_error(raised.value, "zh_CN")


# --- documents --------------------------------------------------------------------------------------
def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_no_register_prints_a_full_id_number(hall: Hall, tmp_path: Path) -> None:
    registers = [
        service_register(hall.db, HEAD, FROM, TO, today=TODAY),
        overdue_register(hall.db, HEAD, at=TODAY, date_from=FROM),
        rating_register(hall.db, HEAD, FROM, TO, today=TODAY),
        service_statistics(hall.db, HEAD, FROM, TO, today=TODAY),
    ]
    full_ids = list(hall.street.ids.values())
    for index, register in enumerate(registers):
        text = _pdf_text(register_pdf(register))
        sheet = sheet_for(register)
        assert sheet.title in text.replace(" ", "") and "第 1 页 共 1 页" in text
        assert not any(number in text for number in full_ids)
        path = tmp_path / f"{index}.xlsx"
        write_register_xlsx(sheet, path)
        cells = [
            str(v) for row in load_workbook(path).active.iter_rows(values_only=True) for v in row if v
        ]
        assert sheet.title in cells and not any(number in c for c in cells for number in full_ids)
    text = _pdf_text(register_pdf(registers[0]))
    masked = hall.street.ids["张三明"]
    assert f"{masked[:6]}********{masked[-4:]}" in text and "东风街道办事处" in text


def test_the_xlsx_has_title_rows_a_frozen_header_widths_and_number_cells(
    hall: Hall, tmp_path: Path
) -> None:
    statistics = service_statistics(hall.db, HEAD, FROM, TO, node_id=hall.street.compound, today=TODAY)
    path = tmp_path / "统计.xlsx"
    write_register_xlsx(sheet_for(statistics), path)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "服务事项统计表" and sheet["A1"].font.bold
    assert sheet["A2"].value == "填报单位：东风街道办事处"
    assert sheet["A3"].value == "期间：2026年9月1日至2026年10月31日"
    assert sheet["A4"].value == "范围：东风街道 幸福社区 第一网格 幸福里小区"
    assert [c.value for c in sheet[5]][:5] == ["序号", "服务事项", "9月", "10月", "合计"]
    assert sheet.freeze_panes == "A6" and sheet.print_title_rows == "$5:$5"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["C"].width
    first = [c.value for c in sheet[6]]
    assert first[:5] == ["1", "居住证明开具", 1, 1, 2]  # counts are numbers
    totals = next(row for row in sheet.iter_rows(values_only=True) if row[1] == "合计")
    assert totals[4] == 4


def test_the_worklist_prints_as_shown(hall: Hall) -> None:
    rows = worklist(hall.db, HEAD, Worklist.OPEN, today=TODAY)
    rows.reverse()  # whatever order the clerk sorted it in
    office = audit_worklist_print(hall.db, CLERK, title="全部在办", scope="全厅", count=len(rows))
    assert office == "东风街道办事处"
    text = _pdf_text(worklist_pdf(rows, "全部在办事项", "全厅", office, today=TODAY))
    assert "全部在办事项" in text.replace(" ", "") and "范围：全厅" in text
    positions = [text.index(row.receipt_no) for row in rows]
    assert positions == sorted(positions) and len(rows) == 3  # B, C, F
    assert "共 3 件，其中逾期 1 件" in text  # B: F is paused, its clock stopped
    assert not any(number in text for number in hall.street.ids.values())


# --- who may, and the audit -------------------------------------------------------------------------
def test_registers_need_the_permission_and_prints_are_audited(hall: Hall) -> None:
    for call in (
        lambda actor: service_register(hall.db, actor, FROM, TO),
        lambda actor: overdue_register(hall.db, actor),
        lambda actor: rating_register(hall.db, actor, FROM, TO),
        lambda actor: service_statistics(hall.db, actor, FROM, TO),
        lambda actor: audit_worklist_print(hall.db, actor, title="t", scope="s", count=0),
    ):
        with pytest.raises(PermissionDenied):
            call(MEDIATOR)

    def entries() -> list[tuple[str, str | None]]:
        with hall.db.session() as session:
            query = (
                select(AuditEntry.action, AuditEntry.entity_id)
                .where(AuditEntry.entity == "service_register")
                .order_by(AuditEntry.id)
            )
            return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]

    before = entries()
    service_register(hall.db, HEAD, FROM, TO, purpose="export")
    service_statistics(hall.db, HEAD, FROM, TO, purpose="view")
    rating_register(hall.db, HEAD, FROM, TO)
    assert entries()[len(before) :] == [("export", "services"), ("print", "ratings")]


def test_column_widths_fit_landscape_a4() -> None:
    from gridgov_desktop.services import service_register_sheets as sheets

    for columns in (sheets._REQUEST_COLUMNS, sheets._OVERDUE_COLUMNS, sheets._RATING_COLUMNS):
        assert sum(c.width_mm for c in columns) <= 252
