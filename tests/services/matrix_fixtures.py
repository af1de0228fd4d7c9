"""The data of the permission matrix (``test_permission_matrix``): the mediation desk's street and
accounts (``mediation_desk.build_desk``), a grid worker looking after 第一网格, the seeded catalogue,
a service request and a case led by the desk's mediator; and makers of fresh objects for the calls
that consume theirs (a status move, a delete), each made by the system actor.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from pathlib import Path

from grid_scope_fixtures import actor_of, set_grids
from mediation_desk import PASSWORD, Desk, build_desk, new_case, resident
from street_fixtures import id_for

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, Relation, StaffRole, UserRole
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction
from gridgov_desktop.services import org, paired_units, ratings, registry, roles, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue, list_services
from gridgov_desktop.services.mediation_journal import add_commitment, schedule_follow_up
from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.services.paired_units import PairedUnitData, PairedUnitKind
from gridgov_desktop.services.request_flow import advance
from gridgov_desktop.services.resident_export import export_residents
from gridgov_desktop.services.residents import NewResident, register_resident
from gridgov_desktop.services.service_requests import accept_request
from gridgov_desktop.services.service_types import ServiceVersion

TODAY = dt.date(2026, 11, 21)
WORKER_PASSWORD = "Secret-pass-2026"  # what grid_scope_fixtures.actor_of gives its accounts
NOW = dt.datetime(2026, 11, 20, 10, 0)
_serial = itertools.count(1)


def serial() -> int:
    """A number no other call of this module got: unique names, usernames and ID numbers."""
    return next(_serial)


@dataclass(frozen=True)
class MatrixData:
    db: Database
    desk: Desk
    actors: dict[UserRole, Actor]  # one real account per role; the mediator leads ``case``
    grid_one: int  # the grid worker's grid: every resident used below lives in it
    unit: int  # 3栋2单元, parent of 501室 and 502室
    resident: int  # 欧阳娜娜 (502室, not a head: moves need no new head)
    service: ServiceVersion
    receipt_no: str
    case: CaseDetail
    passwords: dict[UserRole, str]  # each account's password (grid_scope_fixtures sets its own)
    target_user: int  # a grid worker the account calls change
    paired_unit: int
    party_org: int  # the branch of 第一网格 (under the community's committee)
    export_file: Path  # the street exported: what the import reads (dry run)
    folder: Path  # scratch files: exports, backups

    def new_resident(self) -> NewResident:
        seq = serial()
        born = dt.date(1990, 1, 1) + dt.timedelta(days=seq)
        return NewResident(name=f"新居民{seq}", id_number=id_for(born, 100 + seq % 800))

    def fresh_resident(self) -> int:
        household = self.desk.street.household_502
        row = register_resident(
            self.db, SYSTEM, self.new_resident(), household, Relation.OTHER, today=TODAY
        )
        return row.id

    def fresh_request(self, *, completed: bool = False) -> str:
        brought = [m.id for m in self.service.mandatory_materials]
        detail = accept_request(
            self.db, SYSTEM, self.resident, self.service.code, brought, window_no=1, now=NOW
        )
        receipt = detail.summary.receipt_no
        if completed:
            for action in (RequestAction.START, RequestAction.COMPLETE):
                version = _request_version(self, receipt)
                advance(self.db, SYSTEM, receipt, action, expected_version=version, now=NOW)
        return receipt

    def fresh_rectification(self, *, rectified: bool = False) -> int:
        rated = ratings.rate_request(
            self.db,
            SYSTEM,
            self.fresh_request(completed=True),
            RatingLevel.DISSATISFIED,
            "太慢",
            now=NOW,
        )
        assert rated.rectification is not None
        if rectified:
            ratings.record_measures(
                self.db, SYSTEM, rated.rectification.id, "加派人手", expected_version=1, today=TODAY
            )
        return rated.rectification.id

    def fresh_case(self, *, started: bool = False) -> CaseDetail:
        case = new_case(self.desk)
        if not started:
            return case
        from gridgov_desktop.domain.mediation import CaseAction
        from gridgov_desktop.services.mediation_flow import move_case

        return move_case(
            self.db, self.desk.lead, case.summary.id, CaseAction.START,
            expected_version=case.summary.version, on=dt.date(2026, 11, 3),
        )  # fmt: skip

    def fresh_commitment(self) -> int:
        return add_commitment(
            self.db, self.desk.lead, self.case.summary.id, "张三明", "修好水管", TODAY
        ).id

    def fresh_follow_up(self) -> int:
        from gridgov_desktop.domain.mediation import CaseAction
        from gridgov_desktop.services.mediation_flow import move_case

        case = self.fresh_case()
        move_case(
            self.db, self.desk.lead, case.summary.id, CaseAction.WITHDRAW,
            expected_version=case.summary.version, on=dt.date(2026, 11, 10),
        )  # fmt: skip
        return schedule_follow_up(self.db, self.desk.lead, case.summary.id, dt.date(2026, 12, 10)).id

    def fresh_node(self) -> int:
        return org.create_node(self.db, SYSTEM, self.unit, NodeKind.HOUSEHOLD, f"{serial()}室").id

    def fresh_paired_unit(self) -> int:
        data = PairedUnitData(name=f"结对单位{serial()}", kind=PairedUnitKind.SCHOOL)
        return paired_units.create_paired_unit(self.db, SYSTEM, self.desk.street.community, data).id

    def fresh_service_item(self) -> int:
        return paired_units.add_service_item(self.db, SYSTEM, self.paired_unit, f"服务{serial()}").id

    def item_version(self, item_id: int) -> int:
        return next(
            i.version for i in paired_units.service_items(self.db, self.paired_unit) if i.id == item_id
        )

    def fresh_done_item(self) -> int:
        item = self.fresh_service_item()
        paired_units.set_item_status(
            self.db, SYSTEM, item, paired_units.ItemStatus.DONE, self.item_version(item), on=TODAY
        )
        return item

    def fresh_building(self) -> int:
        building = f"{serial()}栋"
        return org.create_node(
            self.db, SYSTEM, self.desk.street.compound, NodeKind.BUILDING, building
        ).id

    def fresh_role(self) -> int:
        holder = roles.assign_role(
            self.db, SYSTEM, self.grid_one, StaffRole.VOLUNTEER,
            person_name=f"志愿者{serial()}", phone="13800001111", since=TODAY,
        )  # fmt: skip
        return holder.id

    def fresh_tag(self) -> int:
        return registry.add_tag(self.db, SYSTEM, f"标签{serial()}").id


def _request_version(data: MatrixData, receipt: str) -> int:
    from gridgov_desktop.services.service_requests import get_request

    return get_request(data.db, SYSTEM, receipt).summary.version


def build_matrix_data(db: Database, folder: Path) -> MatrixData:
    desk = build_desk(db)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
    grid_one = org.get_node(db, desk.street.compound).parent_id
    unit = org.get_node(db, desk.street.household_501).parent_id
    assert grid_one is not None and unit is not None
    worker = actor_of(db, "grid1", UserRole.GRID_WORKER)
    set_grids(db, worker.user_id or 0, grid_one)
    target = users.add_user(db, SYSTEM, "target", PASSWORD, UserRole.GRID_WORKER, "被管理者")
    service = next(s for s in list_services(db) if s.mandatory_materials)
    nana = resident(desk, "欧阳娜娜")
    brought = [m.id for m in service.mandatory_materials]
    request = accept_request(db, SYSTEM, nana, service.code, brought, window_no=1, now=NOW)
    unit_data = PairedUnitData(name="东风小学", kind=PairedUnitKind.SCHOOL)
    paired = paired_units.create_paired_unit(db, SYSTEM, desk.street.community, unit_data)
    from gridgov_desktop.services.party import PartyOrgKind, create_party_org

    create_party_org(db, SYSTEM, PartyOrgKind.COMMITTEE, desk.street.community)
    branch = create_party_org(db, SYSTEM, PartyOrgKind.BRANCH, grid_one)
    export_file = folder / "street.xlsx"
    export_residents(db, SYSTEM, export_file, node_id=None)
    return MatrixData(
        db=db,
        desk=desk,
        actors={
            UserRole.ADMIN: desk.admin,
            UserRole.FRONT_DESK: desk.front,
            UserRole.MEDIATOR: desk.lead,
            UserRole.GRID_WORKER: worker,
            UserRole.HEAD: desk.head,
        },
        grid_one=grid_one,
        unit=unit,
        resident=nana,
        service=service,
        receipt_no=request.summary.receipt_no,
        case=new_case(desk),
        passwords={
            role: WORKER_PASSWORD if role is UserRole.GRID_WORKER else PASSWORD for role in UserRole
        },
        target_user=target.id,
        paired_unit=paired.id,
        party_org=branch.id,
        export_file=export_file,
        folder=folder,
    )
