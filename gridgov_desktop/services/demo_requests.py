"""Two months of the demo street's service window: requests accepted at windows 1–4 and moved along
through the real services (``accept_request``, ``advance``, ``rate_request`` and the rectification
calls, each with the moment it happened), so that the worklists, registers and statistics have
something true to show.

Most requests were completed on time and collected; some are late, some paused waiting for the
resident, some refused, the latest still in progress or waiting for collection; most completed ones
were rated, and the few bad reviews have rectifications at every stage. The same seed, reference date
and street give the same requests: one ``random.Random(seed)`` decides everything.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import ResidentStatus, UserRole
from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction
from gridgov_desktop.domain.working_days import WorkCalendar, working_days_after
from gridgov_desktop.services import ratings
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services
from gridgov_desktop.services.request_flow import Collector, advance
from gridgov_desktop.services.service_requests import accept_request
from gridgov_desktop.services.service_types import ServiceVersion
from gridgov_desktop.services.work_calendar import load_calendar

HISTORY_DAYS = 61
MAX_REQUESTS = 5_000
CLERKS = ((1, "李静"), (2, "王芳"), (3, "张伟"), (4, "刘洋"))
SUPERVISOR = Actor(user_id=None, username="demo-head", display_name="赵主任", role=UserRole.ADMIN)
# How often each service is asked for, by catalogue code (others: 1).
_DEMAND = {
    "residence-cert": 8, "medical-insurance": 6, "pension-insurance": 4, "senior-card": 4,
    "elderly-allowance": 3, "employment-reg": 3, "unemployment-reg": 3, "dibao": 2,
    "temp-assistance": 2, "birth-reg": 2, "disability-card": 2,
}  # fmt: skip
_LEVELS = (
    (RatingLevel.VERY_SATISFIED, 60), (RatingLevel.SATISFIED, 24),
    (RatingLevel.BASICALLY_SATISFIED, 9), (RatingLevel.DISSATISFIED, 4),
    (RatingLevel.VERY_DISSATISFIED, 2),
)  # fmt: skip
_PRAISE = ("", "", "", "办事效率高，一次办好。", "工作人员很耐心，讲解清楚。", "不用跑第二趟，满意。")
_COMPLAINTS = (
    "排队等候时间太长，只开了一个窗口。",
    "材料要求前后说法不一，多跑了一趟。",
    "办理进度没有人主动告知。",
    "工作人员态度生硬，解释不耐心。",
)
_MEASURES = (
    "已对经办人员进行批评教育，组织窗口服务规范再培训；高峰时段增开窗口。",
    "已统一一次性告知内容并张贴材料清单，杜绝前后说法不一。",
    "建立办理进度短信告知机制，办结当日电话通知申请人。",
)
_REPLIES = (
    "已电话回复申请人，说明整改措施，申请人表示认可。",
    "已上门回访并致歉，申请人表示满意。",
)
_PAUSE_NOTES = ("等待申请人补充户口簿复印件", "等待申请人补交收入证明", "等待申请人本人到场签字确认")
_REFUSALS = ("不符合办理条件：户籍不在本街道", "申请人主动撤回申请", "经审核不符合申请条件")

Progress = Callable[[int, int], None]

# Words for the codes raised here (merged into ``messages``, which loads no SQLAlchemy: neither does
# this module at import).
MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("validation", "requests_exist"): (
        "该数据库中已有受理事项，不能再生成演示事项。",
        "This database already holds requests: demo requests cannot be added.",
    ),
    ("validation", "no_residents"): (
        "没有可受理事项的居民（须在册、有户、有身份证号）：请先生成演示街道。",
        "No resident to serve (living, in a household, with an ID number): build the demo street first.",
    ),
}


@dataclass(frozen=True)
class DemoRequestsSummary:
    requests: int
    by_status: dict[str, int]  # status value → requests in it now
    overdue: int  # open past the due date on the reference date
    ratings: int
    bad_reviews: int
    seconds: float


@dataclass(frozen=True)
class _Planned:
    accepted_at: dt.datetime
    window_no: int
    service: ServiceVersion
    resident: tuple[int, str, str]  # id, name, ID number


def build_demo_requests(
    db: Database,
    *,
    today: dt.date,
    count: int = 240,
    seed: int = 2026,
    progress: Progress | None = None,
) -> DemoRequestsSummary:
    """Add ``count`` requests accepted over the two months up to ``today`` to a database that has
    residents and no requests yet (the catalogue is seeded if empty). Raises
    ``ValidationError("requests_exist")`` when there already are requests, ``("no_residents")`` when
    no living resident has an ID number and a household."""
    if not 1 <= count <= MAX_REQUESTS:
        raise ValidationError("out_of_range", field="count", minimum=1, maximum=MAX_REQUESTS)
    from sqlalchemy import func, select

    from gridgov_desktop.db.tables import Resident
    from gridgov_desktop.db.tables_service import ServiceRequest

    started = time.perf_counter()
    with db.session(write=True) as session:
        if session.scalar(select(ServiceRequest.id).limit(1)) is not None:
            raise ValidationError("requests_exist", field="database")
        ensure_seed_catalogue(session)
        people = session.execute(
            select(Resident.id, Resident.name, Resident.id_number)
            .where(
                Resident.status == ResidentStatus.LIVING.value,
                Resident.household_id.is_not(None),
                Resident.id_number.is_not(None),
            )
            .order_by(Resident.id)
            .limit(20_000)
        ).all()
    if not people:
        raise ValidationError("no_residents", field="residents")
    rng = random.Random(seed)
    calendar = load_calendar(db)
    plans = _plan(
        rng, count, today, calendar, list_services(db), [(p[0], p[1], p[2] or "") for p in people]
    )
    bad = rated = 0
    for done, plan in enumerate(plans, start=1):
        level = _play(db, rng, plan, today, calendar)
        rated += level is not None
        bad += level is not None and level.is_bad
        if progress is not None:
            progress(done, len(plans))
    with db.session() as session:
        statuses = dict(
            session.execute(
                select(ServiceRequest.status, func.count()).group_by(ServiceRequest.status)
            ).all()
        )
        overdue = session.scalar(
            select(func.count()).where(
                ServiceRequest.status.in_(("accepted", "in_progress")),
                ServiceRequest.due_on < today,
            )
        )
    return DemoRequestsSummary(
        len(plans), dict(Counter(statuses)), overdue or 0, rated, bad, time.perf_counter() - started
    )


def _plan(
    rng: random.Random,
    count: int,
    today: dt.date,
    calendar: WorkCalendar,
    services: list[ServiceVersion],
    people: list[tuple[int, str, str]],
) -> list[_Planned]:
    """Who came when for what, in the order they came (receipt numbers follow the clock)."""
    days = [
        today - dt.timedelta(days=n)
        for n in range(HISTORY_DAYS)
        if calendar.is_working_day(today - dt.timedelta(days=n))
    ]
    weights = [_DEMAND.get(service.code, 1) for service in services]
    plans = []
    for _ in range(count):
        day = rng.choice(days)
        # Today only until mid-morning: the demo is opened during the day.
        if day == today:
            minute = rng.randrange(8 * 60 + 30, 10 * 60 + 30)
        else:
            minute = rng.choice((rng.randrange(8 * 60 + 30, 11 * 60 + 45),
                                 rng.randrange(13 * 60 + 30, 17 * 60)))  # fmt: skip
        at = dt.datetime.combine(day, dt.time(minute // 60, minute % 60, rng.randrange(60)))
        window, _clerk = rng.choice(CLERKS)
        service = rng.choices(services, weights)[0]
        plans.append(_Planned(at, window, service, rng.choice(people)))
    plans.sort(key=lambda plan: plan.accepted_at)
    return plans


def _play(
    db: Database, rng: random.Random, plan: _Planned, today: dt.date, calendar: WorkCalendar
) -> RatingLevel | None:
    """Accept the request and move it along as far as ``today``; returns its rating if rated."""
    clerk = Actor(
        None, f"demo-window{plan.window_no}", dict(CLERKS)[plan.window_no], UserRole.FRONT_DESK
    )
    service, start = plan.service, plan.accepted_at
    mandatory = [m.id for m in service.mandatory_materials]
    optional = [m.id for m in service.materials if not m.mandatory and rng.random() < 0.6]
    detail = accept_request(
        db, clerk, plan.resident[0], service.code, mandatory + optional,
        window_no=plan.window_no, now=start,
    )  # fmt: skip
    clock = _Clock(rng, today, calendar, start)
    limit = service.time_limit_days

    def move(
        action: RequestAction, at: dt.datetime, note: str = "", collector: Collector | None = None
    ) -> None:
        nonlocal detail
        detail = advance(
            db, clerk, detail.summary.receipt_no, action, expected_version=detail.summary.version,
            note=note, collector=collector, now=at,
        )  # fmt: skip

    if rng.random() < 0.04:
        if (at := clock.after(rng.randint(0, 2))) is not None:
            move(RequestAction.REFUSE, at, rng.choice(_REFUSALS))
        return None
    if limit > 0:
        if (at := clock.after(rng.randint(0, 1))) is None:
            return None
        move(RequestAction.START, at)
    paused = 0
    if limit > 1 and rng.random() < 0.1:
        if (at := clock.after(rng.randint(1, limit - 1), base=start)) is None:
            return None
        move(RequestAction.PAUSE, at, rng.choice(_PAUSE_NOTES))
        # Most residents bring what was missing within days; some take weeks (still paused).
        paused = rng.randint(1, 6) if rng.random() < 0.7 else rng.randint(10, 30)
        if (at := clock.after(paused)) is None:
            return None
        move(RequestAction.RESUME, at, "申请人已补正")
    late = rng.random() < 0.1
    took = limit + rng.randint(1, 12) if late else round(limit * rng.uniform(0.3, 1.0))
    if (at := clock.at_least(took + paused, base=start)) is None:
        return None
    move(RequestAction.COMPLETE, at)
    if service.must_collect:
        if (at := clock.after(rng.randint(0, 6))) is None:
            return None
        _resident, name, id_number = plan.resident
        move(RequestAction.COLLECT, at, collector=Collector(name, id_number))
    if rng.random() > 0.8 or (at := clock.after(0)) is None:
        return None
    level = rng.choices([lv for lv, _ in _LEVELS], [w for _, w in _LEVELS])[0]
    comment = rng.choice(_COMPLAINTS) if level.is_bad else rng.choice(_PRAISE)
    rated = ratings.rate_request(db, clerk, detail.summary.receipt_no, level, comment, now=at)
    rectification = rated.rectification
    if rectification is not None and (at := clock.after(rng.randint(1, 8))) is not None:
        info = ratings.record_measures(
            db, SUPERVISOR, rectification.id, rng.choice(_MEASURES),
            expected_version=rectification.version, today=at.date(),
        )  # fmt: skip
        if (at := clock.after(rng.randint(1, 6))) is not None:
            ratings.reply_to_resident(
                db, SUPERVISOR, info.id, rng.choice(_REPLIES),
                expected_version=info.version, today=at.date(),
            )  # fmt: skip
    return level


class _Clock:
    """The moments of one request's steps: each after the last, in office hours, never past the
    reference date (a step that would come later has not happened yet: ``None``)."""

    def __init__(
        self, rng: random.Random, today: dt.date, calendar: WorkCalendar, start: dt.datetime
    ) -> None:
        self.rng, self.today, self.calendar, self.last = rng, today, calendar, start

    def after(self, working_days: int, base: dt.datetime | None = None) -> dt.datetime | None:
        """``working_days`` after the last step (or ``base``)."""
        origin = base or self.last
        day = working_days_after(origin.date(), working_days, self.calendar)
        return self._at(day)

    def at_least(self, working_days: int, base: dt.datetime) -> dt.datetime | None:
        """``working_days`` after ``base``, but not before the last step."""
        day = max(working_days_after(base.date(), working_days, self.calendar), self.last.date())
        return self._at(day)

    def _at(self, day: dt.date) -> dt.datetime | None:
        if day > self.today:
            return None
        if day == self.last.date():
            moment = self.last + dt.timedelta(minutes=self.rng.randint(10, 90))
            if moment.date() != day:
                moment = self.last + dt.timedelta(seconds=1)
        else:
            minute = self.rng.randrange(8 * 60 + 30, 17 * 60 + 30)
            moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        if day == self.today and moment.time() > dt.time(11, 30):
            return None  # later today: not yet
        self.last = moment
        return moment
