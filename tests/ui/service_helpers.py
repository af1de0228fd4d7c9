"""Requests in every state of the worklists, taken through the services, for the window's GUI tests.

``TODAY`` is a Wednesday: each request is dated from it, so the lists do not depend on the day the
tests run (the panel and the dialogs are given ``TODAY``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gui_helpers import Street

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction
from gridgov_desktop.services import ratings
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services
from gridgov_desktop.services.request_flow import advance
from gridgov_desktop.services.service_requests import accept_request, resident_id_by_number
from gridgov_desktop.services.service_types import RequestDetail

TODAY = dt.date(2026, 11, 18)


@dataclass(frozen=True)
class Requests:
    due_today: str  # 居住证明开具 (1 working day), accepted yesterday at window 1
    overdue: str  # 临时救助申请, accepted a month ago at window 1, in progress
    accepted_today: str  # 最低生活保障申请, accepted today at window 2
    awaiting: str  # 老年人优待证办理, completed, to be collected; window 1
    paused: str  # 高龄津贴申领, paused for the resident; window 2
    resident_ids: dict[str, int]  # name → resident id


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def make_requests(db: Database, actor: Actor, street: Street) -> Requests:
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    services = {service.code: service for service in list_services(db)}
    people = {name: resident_id_by_number(db, SYSTEM, number) for name, number in street.ids.items()}
    ids = {name: person for name, person in people.items() if person is not None}

    def accept(name: str, code: str, at: dt.datetime, window: int) -> RequestDetail:
        service = services[code]
        brought = [material.id for material in service.mandatory_materials]
        return accept_request(db, actor, ids[name], code, brought, window_no=window, now=at)

    def move(detail: RequestDetail, action: RequestAction, at: dt.datetime, note: str = "") -> None:
        summary = detail.summary
        advance(
            db, actor, summary.receipt_no, action, expected_version=summary.version, note=note, now=at
        )

    yesterday = TODAY - dt.timedelta(days=1)
    due_today = accept("张三明", "residence-cert", at(yesterday, 9, 5), 1)
    overdue = accept("曾小红", "temp-assistance", at(dt.date(2026, 10, 19), 10), 1)
    move(overdue, RequestAction.START, at(dt.date(2026, 10, 20), 9))
    awaiting = accept("欧阳娜娜", "senior-card", at(dt.date(2026, 11, 9), 14), 1)
    move(awaiting, RequestAction.COMPLETE, at(dt.date(2026, 11, 13), 16))
    paused = accept("张小明", "elderly-allowance", at(dt.date(2026, 11, 16), 11), 2)
    move(paused, RequestAction.PAUSE, at(dt.date(2026, 11, 17), 9), "等待补交户口簿复印件")
    accepted_today = accept("张三明", "dibao", at(TODAY, 8, 45), 2)
    return Requests(
        due_today=due_today.summary.receipt_no,
        overdue=overdue.summary.receipt_no,
        accepted_today=accepted_today.summary.receipt_no,
        awaiting=awaiting.summary.receipt_no,
        paused=paused.summary.receipt_no,
        resident_ids=ids,
    )


def make_bad_reviews(db: Database, actor: Actor, street: Street) -> dict[str, str]:
    """Completed requests (none to collect: they stay off the worklists) rated badly twice — one
    long ago, so its follow-up is overdue on ``TODAY`` — and well once. Returns comment → receipt."""
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    services = {service.code: service for service in list_services(db)}
    resident = resident_id_by_number(db, SYSTEM, street.ids["曾小红"])
    assert resident is not None
    rated = {}
    for code, accepted, level, comment in (
        ("employment-reg", dt.date(2026, 9, 28), RatingLevel.VERY_DISSATISFIED, "材料被要求交了三次"),
        ("medical-insurance", dt.date(2026, 11, 12), RatingLevel.DISSATISFIED, "排队太久"),
        ("pension-insurance", dt.date(2026, 11, 12), RatingLevel.SATISFIED, "很好"),
    ):
        brought = [material.id for material in services[code].mandatory_materials]
        detail = accept_request(db, actor, resident, code, brought, window_no=1, now=at(accepted, 9))
        summary = detail.summary
        advance(
            db, actor, summary.receipt_no, RequestAction.COMPLETE,
            expected_version=summary.version, now=at(accepted, 15),
        )  # fmt: skip
        ratings.rate_request(
            db, actor, summary.receipt_no, level, comment,
            now=at(accepted + dt.timedelta(days=2), 10),
        )  # fmt: skip
        rated[comment] = summary.receipt_no
    return rated
