"""Who may do what (issue 6): every service call a user makes, called as every role.

The table ``MATRIX`` says, for each public service function that takes an ``actor``, which roles may
call it. It is written out by hand from the issue and the role descriptions of
``services.permissions`` — never computed from ``ROLE_PERMISSIONS``, or the test would prove nothing.
For each (function, role): an allowed role gets no ``PermissionDenied``; a refused role gets
``PermissionDenied`` and nothing is written (the row count of every table, the audit log included,
is unchanged). A service function with an ``actor`` parameter and no row here fails
``test_every_service_call_is_in_the_matrix``.

Grid workers call with residents and places of their own grid (the scoping itself is proven in
``test_grid_scope``); the mediator is the lead of the case used (what a mediator not on the case
sees is proven in ``test_mediation_access``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from matrix_fixtures import TODAY, MatrixData, build_matrix_data, serial
from mediation_desk import PASSWORD, resident
from sqlalchemy import text

import gridgov_desktop.services
from gridgov_desktop.db import backup
from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import Base
from gridgov_desktop.domain.enums import NodeKind, Relation, StaffRole, UserRole
from gridgov_desktop.domain.errors import DomainError, PermissionDenied
from gridgov_desktop.domain.mediation import AgreementKind, CaseAction, EntryKind, FileItem
from gridgov_desktop.domain.service_requests import RatingLevel, RequestAction
from gridgov_desktop.domain.working_days import DayKind
from gridgov_desktop.services import (
    accounts,
    audit_chain,
    audit_log,
    catalogue,
    households,
    mediation_cases,
    mediation_documents_data,
    mediation_flow,
    mediation_journal,
    mediation_lists,
    mediation_registers,
    mediation_worklist,
    office,
    org,
    paired_units,
    party,
    ratings,
    registers,
    registry,
    request_flow,
    resident_export,
    resident_import,
    residents,
    roles,
    search,
    service_registers,
    service_requests,
    service_statistics,
    tree_edit,
    users,
    work_calendar,
    worklists,
)
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.audit_log import AuditFilter
from gridgov_desktop.services.catalogue_drafts import ServiceDraft, draft_of
from gridgov_desktop.services.mediation_types import AgreementDraft, PartyDraft
from gridgov_desktop.services.office import OfficeInfo
from gridgov_desktop.services.paired_units import Evaluation, ItemStatus, PairedUnitData, PairedUnitKind
from gridgov_desktop.services.party import PartyOrgKind, PartyPosition
from gridgov_desktop.services.worklists import Worklist

ROLE_NAMES = {
    "admin": UserRole.ADMIN,
    "front_desk": UserRole.FRONT_DESK,
    "mediator": UserRole.MEDIATOR,
    "grid_worker": UserRole.GRID_WORKER,
    "head": UserRole.HEAD,
}


def roles_of(names: str) -> frozenset[UserRole]:
    return frozenset(ROLE_NAMES[name] for name in names.split())


# The groups of the issue's text, by what each role is for.
EVERYONE = roles_of("admin front_desk mediator grid_worker head")
ADMIN = roles_of("admin")
RESIDENT_READERS = roles_of("admin front_desk mediator grid_worker")  # search, records (head: no)
RESIDENT_EDITORS = roles_of("admin front_desk grid_worker")  # register, edit, export, households
RESIDENT_REGISTERS = roles_of("admin front_desk grid_worker head")  # printed registers, counts
WINDOW = roles_of("admin front_desk")  # notices, receipts, request moves, ratings
SERVICE_READERS = roles_of("admin front_desk head")  # requests, worklists, registers, statistics
CASE_WORKERS = roles_of("admin mediator")  # a case's contents: its mediators and administrators
CASE_LIST = roles_of("admin front_desk mediator head")  # that a case exists; no contents
CASE_REGISTERS = roles_of("admin mediator head")
PHONE_REVEALERS = roles_of("admin front_desk mediator grid_worker")
# Mediators too: the agreement printed for judicial confirmation names the parties by ID number.
ID_REVEALERS = roles_of("admin front_desk mediator")

Call = Callable[[MatrixData, Actor, Any], object]


@dataclass(frozen=True)
class Row:
    allowed: frozenset[UserRole]
    call: Call  # (data, actor, fresh) → the service's result
    fresh: Callable[[MatrixData], Any] | None = None  # makes what the call consumes, before it


def row(
    allowed: frozenset[UserRole], call: Call, fresh: Callable[[MatrixData], Any] | None = None
) -> Row:
    return Row(allowed, call, fresh)


def _version(d: MatrixData, receipt: str) -> int:
    return service_requests.get_request(d.db, SYSTEM, receipt).summary.version


def _resident_version(d: MatrixData, resident_id: int) -> int:
    return registry.get_resident(d.db, SYSTEM, resident_id).version


def _draft(d: MatrixData) -> tuple[ServiceDraft, int]:
    entry = catalogue.catalogue_entry(d.db, d.service.code)
    return draft_of(entry.service), entry.lock_version


def _case_id(fresh: Any) -> int:
    return int(fresh.summary.id)


def _parties(d: MatrixData) -> tuple[PartyDraft, ...]:
    from gridgov_desktop.domain.mediation import PartyRole

    return (
        PartyDraft(PartyRole.APPLICANT, "", resident_id=resident(d.desk, "张三明")),
        PartyDraft(PartyRole.RESPONDENT, "王五", phone="13912345678"),
    )


def _lead(d: MatrixData) -> int:
    return d.desk.lead.user_id or 0


def _broken_backup(d: MatrixData) -> Path:
    path = d.folder / f"broken-{serial()}.sqlite3"
    path.write_bytes(b"not a database")
    return path


D = MatrixData
TYPES = "邻里"

MATRIX: dict[str, Row] = {
    # --- accounts (issue 6: the administrator manages accounts; everyone changes their own password)
    "accounts.change_own_password": row(
        EVERYONE,
        lambda d, a, _: accounts.change_own_password(
            d.db, a, d.passwords[a.role], f"Xin-mima-{serial()}!"
        ),
    ),
    "accounts.find_user": row(ADMIN, lambda d, a, _: accounts.find_user(d.db, a, "target")),
    "accounts.grid_choices": row(ADMIN, lambda d, a, _: accounts.grid_choices(d.db, a)),
    "accounts.list_users": row(ADMIN, lambda d, a, _: accounts.list_users(d.db, a)),
    "accounts.reset_password": row(
        ADMIN, lambda d, a, _: accounts.reset_password(d.db, a, d.target_user, "Temp-pass-2026!")
    ),
    "accounts.set_active": row(ADMIN, lambda d, a, _: accounts.set_active(d.db, a, d.target_user, True)),
    "accounts.set_role": row(
        ADMIN, lambda d, a, _: accounts.set_role(d.db, a, d.target_user, UserRole.GRID_WORKER)
    ),
    "accounts.set_user_grids": row(
        ADMIN, lambda d, a, _: accounts.set_user_grids(d.db, a, d.target_user, [d.grid_one])
    ),
    "accounts.unlock_account": row(
        ADMIN, lambda d, a, _: accounts.unlock_account(d.db, a, d.target_user)
    ),
    "users.add_user": row(
        ADMIN, lambda d, a, _: users.add_user(d.db, a, f"new{serial()}", PASSWORD, UserRole.HEAD)
    ),
    # --- the audit log and backups (administrators)
    "audit_log.audit_users": row(ADMIN, lambda d, a, _: audit_log.audit_users(d.db, a)),
    "audit_log.count_entries": row(
        ADMIN, lambda d, a, _: audit_log.count_entries(d.db, a, AuditFilter())
    ),
    "audit_log.export_entries": row(
        ADMIN,
        lambda d, a, _: audit_log.export_entries(
            d.db, a, AuditFilter(entity="user"), d.folder / f"audit-{serial()}.xlsx"
        ),
    ),
    "audit_log.find_entries": row(ADMIN, lambda d, a, _: audit_log.find_entries(d.db, a, AuditFilter())),
    "audit_chain.verify_chain": row(ADMIN, lambda d, a, _: audit_chain.verify_chain(d.db, a)),
    "backup.back_up": row(
        ADMIN,
        lambda d, a, _: backup.back_up(
            d.db, a, folder=d.folder, output=d.folder / f"backup-{serial()}.gridgov"
        ),
    ),
    # Allowed: refused further on because the file is no database (replacing the shared database
    # would be no test of permissions); that refusal comes after the permission check.
    "backup.restore": row(ADMIN, lambda d, a, p: backup.restore(d.db, a, p), _broken_backup),
    # --- the service catalogue, calendar and rectification period (administrators)
    "catalogue.move_service": row(
        ADMIN, lambda d, a, _: catalogue.move_service(d.db, a, d.service.code, up=False)
    ),
    "catalogue.save_service": row(
        ADMIN, lambda d, a, p: catalogue.save_service(d.db, a, p[0], expected_version=p[1]), _draft
    ),
    "catalogue.set_active": row(
        ADMIN,
        lambda d, a, p: catalogue.set_active(d.db, a, d.service.code, True, p),
        lambda d: catalogue.catalogue_entry(d.db, d.service.code).lock_version,
    ),
    "work_calendar.set_day": row(
        ADMIN,
        lambda d, a, _: work_calendar.set_day(d.db, a, dt.date(2027, 5, 6), DayKind.HOLIDAY, "调休"),
    ),
    "work_calendar.import_calendar": row(
        ADMIN, lambda d, a, p: work_calendar.import_calendar(d.db, a, p), lambda d: _calendar_file(d)
    ),
    "ratings.set_rectification_days": row(
        ADMIN, lambda d, a, _: ratings.set_rectification_days(d.db, a, 5)
    ),
    # --- the office and the organisation tree (administrators)
    "office.create_street": row(
        ADMIN, lambda d, a, _: office.create_street(d.db, a, f"新街道{serial()}")
    ),
    "office.set_office_info": row(
        ADMIN,
        lambda d, a, _: office.set_office_info(
            d.db, a, OfficeInfo("东风街道办事处", "东风路1号", "024-1")
        ),
    ),
    "org.create_node": row(
        ADMIN, lambda d, a, _: org.create_node(d.db, a, d.unit, NodeKind.HOUSEHOLD, f"{serial()}室")
    ),
    "tree_edit.delete_node": row(ADMIN, lambda d, a, n: tree_edit.delete_node(d.db, a, n), D.fresh_node),
    "tree_edit.move_node": row(
        ADMIN,
        lambda d, a, n: tree_edit.move_node(d.db, a, n, d.unit, org.get_node(d.db, n).version),
        D.fresh_node,
    ),
    "tree_edit.rename_node": row(
        ADMIN,
        lambda d, a, n: tree_edit.rename_node(
            d.db, a, n, f"{serial()}室", org.get_node(d.db, n).version
        ),
        D.fresh_node,
    ),
    "tree_edit.reorder_node": row(
        ADMIN, lambda d, a, n: tree_edit.reorder_node(d.db, a, n, 0), D.fresh_node
    ),
    "registry.add_tag": row(ADMIN, lambda d, a, _: registry.add_tag(d.db, a, f"标签{serial()}")),
    "registry.retire_tag": row(ADMIN, lambda d, a, t: registry.retire_tag(d.db, a, t), D.fresh_tag),
    "registry.list_tags": row(
        EVERYONE, lambda d, a, _: registry.list_tags(d.db, a)
    ),  # sensitive ones filtered
    "roles.assign_role": row(
        ADMIN,
        lambda d, a, _: roles.assign_role(
            d.db,
            a,
            d.grid_one,
            StaffRole.VOLUNTEER,
            person_name=f"志愿者{serial()}",
            phone="13800001111",
        ),
    ),
    "roles.end_role": row(
        ADMIN, lambda d, a, r: roles.end_role(d.db, a, r, ended_on=TODAY), D.fresh_role
    ),
    "roles.remove_role": row(ADMIN, lambda d, a, r: roles.remove_role(d.db, a, r), D.fresh_role),
    "roles.list_roles": row(EVERYONE, lambda d, a, _: roles.list_roles(d.db, a, d.grid_one)),
    "paired_units.create_paired_unit": row(
        ADMIN,
        lambda d, a, _: paired_units.create_paired_unit(
            d.db,
            a,
            d.desk.street.community,
            PairedUnitData(f"结对单位{serial()}", PairedUnitKind.COMPANY),
        ),
    ),
    "paired_units.update_paired_unit": row(
        ADMIN,
        lambda d, a, u: paired_units.update_paired_unit(
            d.db, a, u, PairedUnitData(f"结对单位{serial()}", PairedUnitKind.COMPANY), 1
        ),
        D.fresh_paired_unit,
    ),
    "paired_units.deactivate_paired_unit": row(
        ADMIN, lambda d, a, u: paired_units.deactivate_paired_unit(d.db, a, u, 1), D.fresh_paired_unit
    ),
    "paired_units.add_service_item": row(
        ADMIN, lambda d, a, _: paired_units.add_service_item(d.db, a, d.paired_unit, f"服务{serial()}")
    ),
    "paired_units.update_service_item": row(
        ADMIN,
        lambda d, a, i: paired_units.update_service_item(d.db, a, i, 1, title=f"服务{serial()}"),
        D.fresh_service_item,
    ),
    "paired_units.evaluate_item": row(
        ADMIN,
        lambda d, a, i: paired_units.evaluate_item(
            d.db, a, i, Evaluation.GOOD, i_version(d, i), evaluated_on=TODAY
        ),
        D.fresh_done_item,
    ),
    "paired_units.set_item_status": row(
        ADMIN,
        lambda d, a, i: paired_units.set_item_status(d.db, a, i, ItemStatus.IN_PROGRESS, 1, on=TODAY),
        D.fresh_service_item,
    ),
    "paired_units.remove_service_item": row(
        ADMIN, lambda d, a, i: paired_units.remove_service_item(d.db, a, i), D.fresh_service_item
    ),
    "party.create_party_org": row(
        ADMIN, lambda d, a, n: party.create_party_org(d.db, a, PartyOrgKind.GROUP, n), D.fresh_building
    ),
    "party.delete_party_org": row(
        ADMIN,
        lambda d, a, o: party.delete_party_org(d.db, a, o),
        lambda d: party.create_party_org(d.db, SYSTEM, PartyOrgKind.GROUP, d.fresh_building()).id,
    ),
    "party.rename_party_org": row(
        ADMIN,
        lambda d, a, v: party.rename_party_org(d.db, a, d.party_org, f"党委{serial()}", v),
        lambda d: _party_version(d),
    ),
    "party.rate_party_org": row(
        ADMIN,
        lambda d, a, v: party.rate_party_org(d.db, a, d.party_org, 4, v, rated_on=TODAY),
        lambda d: _party_version(d),
    ),
    "party.set_secretary": row(
        ADMIN,
        lambda d, a, v: party.set_secretary(d.db, a, d.party_org, v, name="书记", phone="13800002222"),
        lambda d: _party_version(d),
    ),
    "party.add_member": row(
        ADMIN,
        lambda d, a, _: party.add_member(
            d.db, a, d.party_org, person_name=f"党员{serial()}", phone="13800003333"
        ),
    ),
    "party.remove_member": row(
        ADMIN, lambda d, a, m: party.remove_member(d.db, a, m), lambda d: _member(d)
    ),
    "party.set_member_position": row(
        ADMIN,
        lambda d, a, m: party.set_member_position(d.db, a, m, PartyPosition.COMMITTEE_MEMBER),
        lambda d: _member(d),
    ),
    "party.party_members": row(EVERYONE, lambda d, a, _: party.party_members(d.db, a, d.party_org)),
    # --- residents (grid workers: their grid)
    "search.search_residents": row(
        RESIDENT_READERS, lambda d, a, _: search.search_residents(d.db, a, "欧阳")
    ),
    "residents.resident_ids": row(
        RESIDENT_READERS, lambda d, a, _: residents.resident_ids(d.db, a, d.grid_one)
    ),
    "residents.resident_rows": row(
        RESIDENT_READERS, lambda d, a, _: residents.resident_rows(d.db, a, [d.resident])
    ),
    "residents.count_living": row(RESIDENT_REGISTERS, lambda d, a, _: residents.count_living(d.db, a)),
    "residents.register_resident": row(
        RESIDENT_EDITORS,
        lambda d, a, _: residents.register_resident(
            d.db, a, d.new_resident(), d.desk.street.household_502, Relation.OTHER, today=TODAY
        ),
    ),
    "registry.get_resident": row(
        RESIDENT_READERS, lambda d, a, _: registry.get_resident(d.db, a, d.resident)
    ),
    "registry.find_duplicates": row(
        RESIDENT_READERS,
        lambda d, a, _: registry.find_duplicates(
            d.db, a, name="欧阳娜娜", birth_date=dt.date(1990, 12, 31), id_number=None
        ),
    ),
    "registry.update_resident": row(
        RESIDENT_EDITORS,
        lambda d, a, r: registry.update_resident(
            d.db, a, r, {"phone": "13700002222"}, expected_version=_resident_version(d, r), today=TODAY
        ),
        D.fresh_resident,
    ),
    "registry.reveal": row(
        ID_REVEALERS, lambda d, a, _: registry.reveal(d.db, a, d.resident, "id_number")
    ),
    "registry.reveal[phone]": row(
        PHONE_REVEALERS, lambda d, a, _: registry.reveal(d.db, a, d.resident, "phone")
    ),
    "households.household": row(
        RESIDENT_READERS, lambda d, a, _: households.household(d.db, a, d.desk.street.household_502)
    ),
    "households.plan_move_in": row(
        RESIDENT_EDITORS,
        lambda d, a, r: households.plan_move_in(
            d.db, a, r, d.desk.street.household_501, Relation.OTHER, TODAY
        ),
        D.fresh_resident,
    ),
    "households.plan_move_out": row(
        RESIDENT_EDITORS, lambda d, a, r: households.plan_move_out(d.db, a, [r], TODAY), D.fresh_resident
    ),
    "households.plan_death": row(
        RESIDENT_EDITORS, lambda d, a, r: households.plan_death(d.db, a, r, TODAY), D.fresh_resident
    ),
    "households.plan_change_head": row(
        RESIDENT_EDITORS,
        lambda d, a, _: households.plan_change_head(
            d.db,
            a,
            d.desk.street.household_502,
            {resident(d.desk, "欧阳娜娜"): Relation.HEAD, resident(d.desk, "单田芳"): Relation.OTHER},
            TODAY,
        ),
    ),
    "households.plan_split": row(
        RESIDENT_EDITORS,
        lambda d, a, r: households.plan_split(
            d.db,
            a,
            d.desk.street.household_502,
            {r: Relation.HEAD},
            TODAY,
            unit_id=d.unit,
            room=f"{600 + serial()}室",
        ),
        D.fresh_resident,
    ),
    "households.apply_plan": row(
        RESIDENT_EDITORS,
        lambda d, a, plan: households.apply_plan(d.db, a, plan),
        lambda d: households.plan_move_out(d.db, SYSTEM, [d.fresh_resident()], TODAY),
    ),
    "resident_export.export_residents": row(
        RESIDENT_EDITORS,
        lambda d, a, _: resident_export.export_residents(
            d.db, a, d.folder / f"export-{serial()}.xlsx", node_id=d.grid_one
        ),
    ),
    "resident_import.import_residents": row(
        RESIDENT_EDITORS,
        lambda d, a, _: resident_import.import_residents(
            d.db, a, d.export_file, dry_run=True, skip_bad_rows=True, today=TODAY
        ),
    ),
    "registers.resident_register": row(
        RESIDENT_REGISTERS, lambda d, a, _: registers.resident_register(d.db, a, d.grid_one, today=TODAY)
    ),
    "registers.roles_register": row(
        RESIDENT_REGISTERS, lambda d, a, _: registers.roles_register(d.db, a, d.grid_one, today=TODAY)
    ),
    # --- the service window
    "service_requests.intake_form": row(
        WINDOW,
        lambda d, a, _: service_requests.intake_form(d.db, a, d.resident, d.service.code, today=TODAY),
    ),
    "service_requests.issue_notice": row(
        WINDOW,
        lambda d, a, _: service_requests.issue_notice(
            d.db, a, d.resident, d.service.code, [], window_no=1
        ),
    ),
    "service_requests.accept_request": row(
        WINDOW,
        lambda d, a, _: service_requests.accept_request(
            d.db,
            a,
            d.resident,
            d.service.code,
            [m.id for m in d.service.mandatory_materials],
            window_no=1,
        ),
    ),
    "service_requests.print_receipt": row(
        WINDOW, lambda d, a, _: service_requests.print_receipt(d.db, a, d.receipt_no)
    ),
    "service_requests.get_request": row(
        SERVICE_READERS, lambda d, a, _: service_requests.get_request(d.db, a, d.receipt_no)
    ),
    "service_requests.find_request": row(
        SERVICE_READERS, lambda d, a, _: service_requests.find_request(d.db, a, d.receipt_no)
    ),
    "service_requests.requests_of_resident": row(
        SERVICE_READERS, lambda d, a, _: service_requests.requests_of_resident(d.db, a, d.resident)
    ),
    "service_requests.resident_id_by_number": row(
        RESIDENT_READERS,
        lambda d, a, _: service_requests.resident_id_by_number(d.db, a, d.desk.street.ids["欧阳娜娜"]),
    ),
    "request_flow.advance": row(
        WINDOW,
        lambda d, a, r: request_flow.advance(
            d.db, a, r, RequestAction.START, expected_version=_version(d, r)
        ),
        D.fresh_request,
    ),
    "ratings.rate_request": row(
        WINDOW,
        lambda d, a, r: ratings.rate_request(d.db, a, r, RatingLevel.SATISFIED),
        lambda d: d.fresh_request(completed=True),
    ),
    "ratings.record_measures": row(
        WINDOW,
        lambda d, a, r: ratings.record_measures(d.db, a, r, "加派人手", expected_version=1, today=TODAY),
        D.fresh_rectification,
    ),
    "ratings.reply_to_resident": row(
        WINDOW,
        lambda d, a, r: ratings.reply_to_resident(d.db, a, r, "已整改", expected_version=2, today=TODAY),
        lambda d: d.fresh_rectification(rectified=True),
    ),
    "ratings.rectifications": row(SERVICE_READERS, lambda d, a, _: ratings.rectifications(d.db, a)),
    "worklists.worklist": row(
        SERVICE_READERS, lambda d, a, _: worklists.worklist(d.db, a, Worklist.OPEN, today=TODAY)
    ),
    "worklists.worklist_counts": row(
        SERVICE_READERS, lambda d, a, _: worklists.worklist_counts(d.db, a, today=TODAY)
    ),
    "service_registers.service_register": row(
        SERVICE_READERS,
        lambda d, a, _: service_registers.service_register(d.db, a, TODAY, TODAY, today=TODAY),
    ),
    "service_registers.overdue_register": row(
        SERVICE_READERS, lambda d, a, _: service_registers.overdue_register(d.db, a, at=TODAY)
    ),
    "service_registers.rating_register": row(
        SERVICE_READERS,
        lambda d, a, _: service_registers.rating_register(d.db, a, TODAY, TODAY, today=TODAY),
    ),
    "service_registers.audit_worklist_print": row(
        SERVICE_READERS,
        lambda d, a, _: service_registers.audit_worklist_print(
            d.db, a, title="今日到期", scope="窗口1", count=1
        ),
    ),
    "service_statistics.service_statistics": row(
        SERVICE_READERS,
        lambda d, a, _: service_statistics.service_statistics(d.db, a, TODAY, TODAY, today=TODAY),
    ),
    # --- mediation (contents: the case's mediators and administrators; the list: not grid workers)
    "mediation_cases.list_cases": row(CASE_LIST, lambda d, a, _: mediation_cases.list_cases(d.db, a)),
    "mediation_cases.case_summary": row(
        CASE_LIST, lambda d, a, _: mediation_cases.case_summary(d.db, a, d.case.summary.id)
    ),
    "mediation_cases.get_case": row(
        CASE_WORKERS, lambda d, a, _: mediation_cases.get_case(d.db, a, d.case.summary.id)
    ),
    "mediation_cases.open_case": row(CASE_WORKERS, lambda d, a, _: _open_case(d, a)),
    "mediation_cases.update_case": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_cases.update_case(
            d.db, a, _case_id(c), expected_version=c.summary.version, at_risk=False
        ),
        D.fresh_case,
    ),
    "mediation_cases.set_mediators": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_cases.set_mediators(
            d.db, a, _case_id(c), _lead(d), [], expected_version=c.summary.version
        ),
        D.fresh_case,
    ),
    "mediation_cases.set_parties": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_cases.set_parties(
            d.db, a, _case_id(c), _parties(d), expected_version=c.summary.version
        ),
        D.fresh_case,
    ),
    "mediation_cases.save_agreement": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_cases.save_agreement(
            d.db,
            a,
            _case_id(c),
            AgreementDraft(AgreementKind.WRITTEN, facts="漏水", terms="修好"),
            expected_version=c.summary.version,
        ),
        lambda d: d.fresh_case(started=True),
    ),
    "mediation_flow.move_case": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_flow.move_case(
            d.db,
            a,
            _case_id(c),
            CaseAction.START,
            expected_version=c.summary.version,
            on=dt.date(2026, 11, 3),
        ),
        D.fresh_case,
    ),
    "mediation_flow.extend_deadline": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_flow.extend_deadline(
            d.db,
            a,
            _case_id(c),
            dt.date(2026, 12, 20),
            "双方同意延期",
            expected_version=c.summary.version,
        ),
        D.fresh_case,
    ),
    "mediation_journal.add_entry": row(
        CASE_WORKERS,
        lambda d, a, _: mediation_journal.add_entry(
            d.db, a, d.case.summary.id, EntryKind.PHONE_CALL, "电话联系双方"
        ),
    ),
    "mediation_journal.add_commitment": row(
        CASE_WORKERS,
        lambda d, a, _: mediation_journal.add_commitment(
            d.db, a, d.case.summary.id, "张三明", "修好水管", TODAY
        ),
    ),
    "mediation_journal.complete_commitment": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_journal.complete_commitment(d.db, a, c, TODAY),
        D.fresh_commitment,
    ),
    "mediation_journal.schedule_follow_up": row(
        CASE_WORKERS,
        lambda d, a, c: mediation_journal.schedule_follow_up(d.db, a, c, dt.date(2026, 12, 10)),
        lambda d: _withdrawn_case(d),
    ),
    "mediation_journal.record_follow_up": row(
        CASE_WORKERS,
        lambda d, a, f: mediation_journal.record_follow_up(d.db, a, f, None, "相安无事", TODAY),
        D.fresh_follow_up,
    ),
    "mediation_journal.set_file_item": row(
        CASE_WORKERS,
        lambda d, a, _: mediation_journal.set_file_item(
            d.db, a, d.case.summary.id, FileItem.APPLICATION, True
        ),
    ),
    "mediation_journal.my_commitments": row(
        CASE_WORKERS, lambda d, a, _: mediation_journal.my_commitments(d.db, a)
    ),
    "mediation_worklist.mediator_worklist": row(
        CASE_WORKERS, lambda d, a, _: mediation_worklist.mediator_worklist(d.db, a, today=TODAY)
    ),
    "mediation_documents_data.case_document": row(
        CASE_WORKERS,
        lambda d, a, _: mediation_documents_data.case_document(d.db, a, d.case.summary.id, "intake"),
    ),
    "mediation_lists.add_dispute_type": row(
        ADMIN, lambda d, a, _: mediation_lists.add_dispute_type(d.db, a, f"类型{serial()}")
    ),
    "mediation_lists.set_dispute_type_active": row(
        ADMIN,
        lambda d, a, _: mediation_lists.set_dispute_type_active(d.db, a, d.desk.types[TYPES], True),
    ),
    "mediation_registers.case_register": row(
        CASE_REGISTERS,
        lambda d, a, _: mediation_registers.case_register(d.db, a, dt.date(2026, 1, 1), TODAY),
    ),
    "mediation_registers.case_statistics": row(
        CASE_REGISTERS,
        lambda d, a, _: mediation_registers.case_statistics(d.db, a, dt.date(2026, 1, 1), TODAY),
    ),
}


# Functions taking an actor that are not calls a user makes: helpers inside a service's own
# transaction (they take a session, or are called after the caller's check) and the permission
# machinery itself. Each is exercised through the public calls above.
NOT_USER_CALLS = {
    "audit.entry_values",  # builds an audit row
    "audit.record",  # appends to the audit log inside the caller's transaction
    "audit.record_fast",  # the same on the fast reader
    "grid_scope.is_scoped",  # the scope machinery used by every resident call
    "grid_scope.scope_in",
    "grid_scope.scope_of",
    "mediation_access.is_assigned",  # the case confidentiality rule, inside each case call
    "mediation_access.may_read_contents",
    "mediation_access.readable_case",
    "mediation_access.writable_case",
    "mediation_detail.case_write",  # the write transaction of the case calls
    "mediation_detail.touch",  # stamps who changed a case
    "permissions.allows",
    "permissions.require",
    "permissions.require_any",
    "registry.visible_tags_of",  # tag filter inside get_resident
    "service_register_common.audit_register",  # logs a print after the register call's own check
    "tags.set_resident_tags",  # inside register/update_resident
}

# Modules outside ``services`` whose public calls take an actor (issue 6: "back up on request").
EXTRA_MODULES = ("gridgov_desktop.db.backup",)

# Where the services do not (yet) do what the table says: the cells they get wrong are expected to
# fail (strict: a fix makes them pass, and then this entry must go). Function → why.
KNOWN_WRONG: dict[str, str] = {}


def _party_version(d: MatrixData) -> int:
    pending = list(party.party_tree(d.db, d.desk.street.community))
    while pending:
        unit = pending.pop()
        if unit.id == d.party_org:
            return unit.version
        pending.extend(unit.children)
    raise AssertionError("the party branch is gone")


def i_version(d: MatrixData, item_id: int) -> int:
    return d.item_version(item_id)


def _member(d: MatrixData) -> int:
    return party.add_member(
        d.db, SYSTEM, d.party_org, person_name=f"党员{serial()}", phone="13800004444"
    ).id


def _withdrawn_case(d: MatrixData) -> int:
    case = d.fresh_case()
    mediation_flow.move_case(
        d.db, d.desk.lead, _case_id(case), CaseAction.WITHDRAW,
        expected_version=case.summary.version, on=dt.date(2026, 11, 10),
    )  # fmt: skip
    return _case_id(case)


def _open_case(d: MatrixData, actor: Actor) -> object:
    from gridgov_desktop.domain.mediation import CaseSource
    from gridgov_desktop.services.mediation_types import NewCase

    new = NewCase(
        registered_on=dt.date(2026, 11, 2),
        source=CaseSource.APPLICATION,
        dispute_type_id=d.desk.types[TYPES],
        summary="楼上漏水",
        parties=_parties(d),
        lead_mediator_id=_lead(d),
        assistant_ids=(),
        node_id=None,
        at_risk=False,
    )
    return mediation_cases.open_case(d.db, actor, new)


def _calendar_file(d: MatrixData) -> Path:
    path = d.folder / f"calendar-{serial()}.csv"
    path.write_text("date,kind,name\n2028-01-01,holiday,元旦\n", encoding="utf-8")
    return path


def service_calls_with_actor() -> dict[str, Callable[..., object]]:
    """Every public function of ``gridgov_desktop.services.*`` (and ``EXTRA_MODULES``) with a
    parameter named ``actor``, by "module.function" (the module's last name)."""
    packages = gridgov_desktop.services.__path__
    modules = [f"gridgov_desktop.services.{info.name}" for info in pkgutil.iter_modules(packages)]
    found: dict[str, Callable[..., object]] = {}
    for module_name in [*modules, *EXTRA_MODULES]:
        module = importlib.import_module(module_name)
        short = module_name.rsplit(".", 1)[-1]
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            if "actor" in inspect.signature(function).parameters:
                found[f"{short}.{name}"] = function
    return found


def _function_name(key: str) -> str:
    return key.split("[", 1)[0]


def test_every_service_call_is_in_the_matrix() -> None:
    covered = {_function_name(key) for key in MATRIX}
    missing = sorted(set(service_calls_with_actor()) - covered - NOT_USER_CALLS)
    assert not missing, f"service calls with an actor and no row in MATRIX: {missing}"


def test_the_matrix_names_only_existing_calls() -> None:
    existing = set(service_calls_with_actor())
    stale = sorted({_function_name(key) for key in MATRIX} - existing)
    assert not stale, f"MATRIX rows for functions that no longer exist: {stale}"
    assert not NOT_USER_CALLS & {_function_name(key) for key in MATRIX}
    assert set(KNOWN_WRONG) <= set(MATRIX)


@pytest.fixture(scope="module")
def matrix(module_db: Database, tmp_path_factory: pytest.TempPathFactory) -> MatrixData:
    return build_matrix_data(module_db, tmp_path_factory.mktemp("matrix"))


def _counts_sql(db: Database) -> str:
    names = [table.name for table in Base.metadata.sorted_tables]
    return "SELECT " + ", ".join(f'(SELECT count(*) FROM "{name}")' for name in names)


def row_counts(db: Database) -> dict[str, int]:
    """The number of rows of every table, the audit log included, in one round trip."""
    names = [table.name for table in Base.metadata.sorted_tables]
    with db.engine.connect() as conn:
        values = conn.execute(text(_counts_sql(db))).one()
    return dict(zip(names, values, strict=True))


def _cells() -> Iterator[Any]:
    for key, entry in MATRIX.items():
        for role in UserRole:
            marks = []
            allowed = role in entry.allowed
            if key in KNOWN_WRONG and not allowed:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[key]))
            verdict = "allowed" if allowed else "refused"
            yield pytest.param(key, role, id=f"{key}-{role.value}-{verdict}", marks=marks)


@pytest.mark.parametrize(("key", "role"), list(_cells()))
def test_role_may_or_may_not_call(matrix: MatrixData, key: str, role: UserRole) -> None:
    entry = MATRIX[key]
    actor = matrix.actors[role]
    if role in entry.allowed:
        fresh = entry.fresh(matrix) if entry.fresh else None
        try:
            entry.call(matrix, actor, fresh)
        except PermissionDenied as error:
            pytest.fail(f"{key}: {role.value} was refused: {error!r}")
        except DomainError as error:
            # Only the calls built to be refused further on (a broken backup file) get here.
            assert key == "backup.restore", f"{key} as {role.value}: {error!r}"
        return
    # A refused call leaves its object as it was (the row counts below, and a changed object would
    # make the next refusal a conflict): the refused roles share one, made on first use.
    spare_key = (str(matrix.db.url), key)
    if entry.fresh and spare_key not in _spares:
        _spares[spare_key] = entry.fresh(matrix)
    fresh = _spares.get(spare_key)
    before = row_counts(matrix.db)
    returned: object = None
    try:
        with pytest.raises(PermissionDenied):
            returned = entry.call(matrix, actor, fresh)
    except BaseException:
        _spares.pop(spare_key, None)  # it may have been consumed
        raise
    assert returned is None  # nothing read came back
    assert row_counts(matrix.db) == before, f"{key} as {role.value} wrote although refused"


_spares: dict[tuple[str, str], Any] = {}  # (database, row) → the object the refused roles share


def test_hiding_is_not_the_protection(matrix: MatrixData) -> None:
    """A head with no button for it still cannot edit a record, reveal an ID number, read a case or
    open the audit log by calling the service directly, even as an actor whose display name and
    user id claim to be the administrator's: the role alone decides."""
    head = matrix.actors[UserRole.HEAD]
    admin = matrix.desk.admin
    posing = replace(
        head, username=admin.username, user_id=admin.user_id, display_name=admin.display_name
    )
    for actor in (head, posing):
        before = row_counts(matrix.db)
        with pytest.raises(PermissionDenied):
            registry.update_resident(
                matrix.db, actor, matrix.resident, {"name": "改名"}, expected_version=1
            )
        with pytest.raises(PermissionDenied):
            registry.reveal(matrix.db, actor, matrix.resident, "id_number")
        with pytest.raises(PermissionDenied):
            mediation_cases.get_case(matrix.db, actor, matrix.case.summary.id)
        with pytest.raises(PermissionDenied):
            audit_log.find_entries(matrix.db, actor, AuditFilter())
        assert row_counts(matrix.db) == before
