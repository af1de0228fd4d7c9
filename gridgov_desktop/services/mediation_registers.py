"""The mediation registers: 人民调解案件登记台账 (one row per case registered in a period) and the
statistics of the same cases (by dispute type, source, outcome and month; success rate; disputes
prevented from turning criminal).

Both read the same cases with the same filters (``_read``), and the statistics are counted from the
register's rows, so their totals always agree. A case counts where it arose: a part of the tree is
one range on the case's ``node_path``; a case without a place counts only for the whole office.

The head of the office reads these as well as the mediators (``VIEW_CASE_REGISTERS``), so nothing
said in a case is read here: no summary, no ID numbers, no journal — the parties by name only.
Every print or export is written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import starts_with
from gridgov_desktop.db.tables import AppUser, OrgNode
from gridgov_desktop.db.tables_mediation import CaseMediator, CaseParty, DisputeType, MediationCase
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.mediation import CaseSource, CaseStatus, PartyRole, ReferredTo
from gridgov_desktop.services import audit
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_register_types import (
    CaseOutcome,
    CaseRegister,
    CaseRegisterKind,
    CaseRegisterRow,
    CaseStatistics,
    StatisticsLine,
    counts_of,
)
from gridgov_desktop.services.permissions import Permission, require
from gridgov_desktop.services.service_register_common import Purpose, check_period, load_scope
from gridgov_desktop.services.service_register_types import RegisterScope


def case_register(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    *,
    node_id: int | None = None,
    purpose: Purpose = "print",
) -> CaseRegister:
    """The cases registered from ``date_from`` to ``date_to`` (both included) that arose in the
    subtree of ``node_id`` (None: all), in the order of their registration."""
    require(actor, Permission.VIEW_CASE_REGISTERS)
    check_period(date_from, date_to)
    scope, rows, _types = _read(db, date_from, date_to, node_id)
    register = CaseRegister(scope, date_from, date_to, rows)
    _audit(db, actor, CaseRegisterKind.CASES, purpose, register.scope, date_from, date_to, len(rows))
    return register


def case_statistics(
    db: Database,
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    *,
    node_id: int | None = None,
    purpose: Purpose = "view",
) -> CaseStatistics:
    """The counts of the cases ``case_register`` lists for the same period and part of the tree.
    Shown on screen (``purpose="view"``) it is not audited; printed or exported it is."""
    require(actor, Permission.VIEW_CASE_REGISTERS)
    check_period(date_from, date_to)
    scope, rows, types = _read(db, date_from, date_to, node_id)
    statistics = statistics_of(rows, scope, date_from, date_to, types)
    kind = CaseRegisterKind.CASE_STATISTICS
    _audit(db, actor, kind, purpose, scope, date_from, date_to, len(rows))
    return statistics


def statistics_of(
    rows: Sequence[CaseRegisterRow],
    scope: RegisterScope,
    date_from: dt.date,
    date_to: dt.date,
    dispute_types: Sequence[str] = (),
) -> CaseStatistics:
    """The statistics of the register's ``rows``: a line for each of ``dispute_types`` (the active
    list, in its order, even when empty) and for any other type used, each source, each month."""
    by_type: dict[str, list[CaseRegisterRow]] = {name: [] for name in dispute_types}
    by_source: dict[str, list[CaseRegisterRow]] = {source.value: [] for source in CaseSource}
    by_month: dict[str, list[CaseRegisterRow]] = {key: [] for key in _months(date_from, date_to)}
    for row in rows:
        by_type.setdefault(row.dispute_type, []).append(row)
        by_source[row.source.value].append(row)
        by_month.setdefault(row.registered_on.strftime("%Y-%m"), []).append(row)
    return CaseStatistics(
        scope,
        date_from,
        date_to,
        tuple(StatisticsLine(name, name, counts_of(part)) for name, part in by_type.items()),
        tuple(
            StatisticsLine(code, CaseSource(code).label_zh, counts_of(part))
            for code, part in by_source.items()
        ),
        tuple(StatisticsLine(key, _month_label(key), counts_of(part)) for key, part in by_month.items()),
        counts_of(rows),
    )


# --- reading --------------------------------------------------------------------------------------
def _read(
    db: Database, date_from: dt.date, date_to: dt.date, node_id: int | None
) -> tuple[RegisterScope, tuple[CaseRegisterRow, ...], list[str]]:
    with db.session() as session:
        scope, path = load_scope(session, node_id, None)
        filters = [MediationCase.registered_on >= date_from, MediationCase.registered_on <= date_to]
        if path is not None:
            filters.append(starts_with(MediationCase.node_path, path))
        ids = select(MediationCase.id).where(*filters)
        query = (
            select(
                MediationCase.id, MediationCase.number, MediationCase.registered_on,
                MediationCase.source, DisputeType.name.label("dispute_type"),
                MediationCase.node_path, MediationCase.status, MediationCase.agreement_kind,
                MediationCase.referred_to, MediationCase.referred_to_name,
                MediationCase.outcome_on, MediationCase.closed_on, MediationCase.at_risk,
            )
            .join(DisputeType, DisputeType.id == MediationCase.dispute_type_id)
            .where(*filters)
            .order_by(MediationCase.registered_on, MediationCase.year, MediationCase.sequence)
        )  # fmt: skip
        connection = session.connection()
        cases = connection.execute(query).all()
        parties = _parties(session, ids)
        mediators = _mediators(session, ids)
        places = _places(session, (case.node_path for case in cases))
        types = list(
            session.scalars(
                select(DisputeType.name)
                .where(DisputeType.is_active)
                .order_by(DisputeType.sort_order, DisputeType.id)
            )
        )
    rows = tuple(
        _row(case, parties.get(case.id, ""), mediators.get(case.id, ""), places) for case in cases
    )
    return scope, rows, types


def _parties(session: Session, ids: Select[Any]) -> dict[int, str]:
    """Each case's parties by name only, applicants first: "申请人：张三明；被申请人：李四、王五"."""
    query = (
        select(CaseParty.case_id, CaseParty.role, CaseParty.name)
        .where(CaseParty.case_id.in_(ids.scalar_subquery()))
        .order_by(CaseParty.case_id, CaseParty.position, CaseParty.id)
    )
    names: dict[int, dict[str, list[str]]] = defaultdict(lambda: {role.value: [] for role in PartyRole})
    for case_id, role, name in session.execute(query):
        names[case_id][role].append(name)
    return {case_id: _by_role(roles) for case_id, roles in names.items()}


def _by_role(roles: dict[str, list[str]]) -> str:
    present = ((PartyRole(role).label_zh, names) for role, names in roles.items() if names)
    return "；".join(f"{label}：{'、'.join(names)}" for label, names in present)


def _mediators(session: Session, ids: Select[Any]) -> dict[int, str]:
    query = (
        select(CaseMediator.case_id, AppUser.display_name)
        .join(AppUser, AppUser.id == CaseMediator.user_id)
        .where(CaseMediator.case_id.in_(ids.scalar_subquery()))
        .order_by(CaseMediator.case_id, CaseMediator.is_lead.desc(), AppUser.display_name)
    )
    names: dict[int, list[str]] = defaultdict(list)
    for case_id, name in session.execute(query):
        names[case_id].append(name)
    return {case_id: "、".join(people) for case_id, people in names.items()}


def _places(session: Session, paths: Iterable[str | None]) -> dict[str, str]:
    """Each path's names below the street ("幸福社区 第一网格"): the street is the office itself."""
    distinct = {path for path in paths if path}
    lineages = {path: [int(part) for part in path.strip("/").split("/")] for path in distinct}
    wanted = {node for lineage in lineages.values() for node in lineage}
    if not wanted:
        return {}
    query = select(OrgNode.id, OrgNode.name, OrgNode.kind).where(OrgNode.id.in_(wanted))
    names = {node: name for node, name, kind in session.execute(query) if kind != NodeKind.STREET.value}
    return {
        path: " ".join(names[node] for node in lineage if node in names)
        for path, lineage in lineages.items()
    }


def _row(case: Any, parties: str, mediators: str, places: dict[str, str]) -> CaseRegisterRow:
    status = CaseStatus(case.status)
    outcome = _outcome(status, case.agreement_kind, case.referred_to)
    return CaseRegisterRow(
        case.number, case.registered_on, CaseSource(case.source), case.dispute_type,
        places.get(case.node_path or "", ""), parties, mediators, status, outcome,
        _result(status, outcome, case.referred_to, case.referred_to_name), case.outcome_on,
        case.closed_on, bool(case.at_risk),
    )  # fmt: skip


def _outcome(status: CaseStatus, agreement_kind: str | None, referred_to: str | None) -> CaseOutcome:
    """The outcome whatever came after it: a followed-up or closed case keeps its agreement,
    referral or withdrawal."""
    if status.is_open:
        return CaseOutcome.PENDING
    if agreement_kind is not None:
        return CaseOutcome(agreement_kind)
    if status is CaseStatus.FAILED or referred_to is not None:
        return CaseOutcome.FAILED
    return CaseOutcome.WITHDRAWN


def _result(
    status: CaseStatus, outcome: CaseOutcome, referred_to: str | None, referred_name: str | None
) -> str:
    if outcome is CaseOutcome.PENDING:
        return status.label_zh
    if outcome.is_agreement:
        return f"协议（{'书面' if outcome is CaseOutcome.WRITTEN else '口头'}）"
    if outcome is CaseOutcome.FAILED:
        where = referred_name or (ReferredTo(referred_to).label_zh if referred_to else "")
        return f"调解不成（移交{where}）" if where else "调解不成"
    return "撤回"


# --- counting -------------------------------------------------------------------------------------
def _months(date_from: dt.date, date_to: dt.date) -> list[str]:
    months, (year, month) = [], (date_from.year, date_from.month)
    while (year, month) <= (date_to.year, date_to.month):
        months.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{year}年{int(month)}月"


def _audit(
    db: Database,
    actor: Actor,
    kind: CaseRegisterKind,
    purpose: Purpose,
    scope: RegisterScope,
    date_from: dt.date,
    date_to: dt.date,
    rows: int,
) -> None:
    """A print or an export in a short transaction of its own, after the read (as the service
    registers do): if this fails the caller gets the error, not the data."""
    if purpose == "view":
        return
    after = {
        "register": kind.value, "node_id": scope.node_id, "rows": rows,
        "from": date_from.isoformat(), "to": date_to.isoformat(),
    }  # fmt: skip
    with db.session(write=True) as session:
        audit.record(session, actor, purpose, "case_register", kind.value, after=after)
