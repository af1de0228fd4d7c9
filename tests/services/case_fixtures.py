"""Mediation cases written straight into the tables, for the register and statistics tests (which do
not need the case services, only what they leave behind). Works on any street that has 幸福社区,
第一网格, 幸福里小区 and 锦绣花园 (the small street of the service tests, the GUI tests' street).

Five cases registered in the first quarter of 2026, one before and one after:

    1 01-05 当事人申请 邻里     幸福里小区  at risk  written agreement, closed 02-20
    2 01-20 网格上报   婚姻家庭 第一网格             failed, referred to 东风区人民法院
    3 02-03 公安移交   邻里     锦绣花园    at risk  oral agreement, followed up
    4 03-10 主动调解   物业     (no place)           withdrawn, closed
    5 03-15 当事人申请 合同     幸福社区             in mediation
    6 2025-12-30 and 7 2026-04-02: outside the quarter
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.db.tables_mediation import CaseMediator, CaseParty, DisputeType, MediationCase
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.mediation import DEFAULT_DISPUTE_TYPES
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM

QUARTER = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
SECRET = "楼上卫生间漏水，双方曾发生推搡"  # a summary: never in a register
PHONE = "13812345678"


@dataclass(frozen=True)
class CaseSpec:
    sequence: int
    registered_on: dt.date
    source: str
    dispute_type: str
    place: str | None  # a node's name
    status: str
    at_risk: bool = False
    agreement_kind: str | None = None
    referred_to: str | None = None
    referred_to_name: str | None = None
    outcome_on: dt.date | None = None
    closed_on: dt.date | None = None
    parties: tuple[tuple[str, str], ...] = (("applicant", "张三明"), ("respondent", "王五"))
    mediators: tuple[str, ...] = ("周调解",)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def number(self) -> str:
        return f"〔{self.registered_on.year}〕东风调字第{self.sequence}号"


D = dt.date
QUARTER_CASES = (
    CaseSpec(1, D(2026, 1, 5), "application", "邻里", "幸福里小区", "closed", at_risk=True,
             agreement_kind="written", outcome_on=D(2026, 1, 28), closed_on=D(2026, 2, 20),
             parties=(("applicant", "张三明"), ("respondent", "王五"), ("third_party", "赵六")),
             mediators=("吴协助", "周调解")),
    CaseSpec(2, D(2026, 1, 20), "grid_report", "婚姻家庭", "第一网格", "failed",
             referred_to="court", referred_to_name="东风区人民法院", outcome_on=D(2026, 2, 10),
             parties=(("applicant", "曾小红"), ("respondent", "张三明"))),
    CaseSpec(3, D(2026, 2, 3), "police_referral", "邻里", "锦绣花园", "followed_up", at_risk=True,
             agreement_kind="oral", outcome_on=D(2026, 2, 4)),
    CaseSpec(4, D(2026, 3, 10), "own_initiative", "物业", None, "closed",
             outcome_on=D(2026, 3, 12), closed_on=D(2026, 3, 20)),
    CaseSpec(5, D(2026, 3, 15), "application", "合同", "幸福社区", "in_mediation"),
    CaseSpec(90, D(2025, 12, 30), "application", "邻里", "幸福里小区", "registered"),
    CaseSpec(6, D(2026, 4, 2), "application", "邻里", "幸福里小区", "registered"),
)  # fmt: skip


def insert_cases(
    db: Database, specs: tuple[CaseSpec, ...] = QUARTER_CASES, *, id_number: str = ""
) -> None:
    """Write ``specs`` (dispute types and mediator accounts as needed). ``id_number`` is given to
    every applicant, with a phone and the secret summary, to prove the registers leave them out."""
    mediator_ids: dict[str, int] = {}
    for name in sorted({m for spec in specs for m in spec.mediators}):
        account = f"med{len(mediator_ids) + 1}"
        mediator_ids[name] = users.add_user(
            db, SYSTEM, account, "Tiaojie2026!", UserRole.MEDIATOR, name
        ).id
    with db.session(write=True) as session:
        if not session.scalar(select(func.count()).select_from(DisputeType)):
            for order, name in enumerate(DEFAULT_DISPUTE_TYPES):
                session.add(DisputeType(name=name, sort_order=order))
            session.flush()
        types = {name: id_ for name, id_ in session.execute(select(DisputeType.name, DisputeType.id))}
        nodes = {name: id_ for name, id_ in session.execute(select(OrgNode.name, OrgNode.id))}
        paths = {id_: path for id_, path in session.execute(select(OrgNode.id, OrgNode.path))}
        for spec in specs:
            node = nodes[spec.place] if spec.place else None
            case = MediationCase(
                number=spec.number, year=spec.registered_on.year, sequence=spec.sequence,
                registered_on=spec.registered_on, source=spec.source,
                dispute_type_id=types[spec.dispute_type], summary=SECRET, node_id=node,
                node_path=paths[node] if node else None, at_risk=spec.at_risk, status=spec.status,
                deadline_on=spec.registered_on + dt.timedelta(days=30),
                agreement_kind=spec.agreement_kind, referred_to=spec.referred_to,
                referred_to_name=spec.referred_to_name, outcome_on=spec.outcome_on,
                closed_on=spec.closed_on, created_by="test", updated_by="test",
            )  # fmt: skip
            session.add(case)
            session.flush()
            for position, (role, name) in enumerate(spec.parties):
                applicant = role == "applicant"
                session.add(CaseParty(
                    case_id=case.id, position=position, role=role, name=name,
                    id_number=id_number or None if applicant else None,
                    phone=PHONE if applicant else None,
                ))  # fmt: skip
            for index, name in enumerate(spec.mediators):
                lead = index == len(spec.mediators) - 1  # the last named leads: order is checked
                session.add(CaseMediator(case_id=case.id, user_id=mediator_ids[name], is_lead=lead))
