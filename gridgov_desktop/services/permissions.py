"""Who may do what: one table of permissions per role, checked by the services on every call.

The GUI hides what a role cannot do, but hiding is not the protection: these checks are.
"""

from __future__ import annotations

from enum import StrEnum

from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import PermissionDenied
from gridgov_desktop.services.actor import Actor


class Permission(StrEnum):
    VIEW_RESIDENTS = "view_residents"  # search, lists, records, households (grid workers: their grids)
    VIEW_RESIDENT_REGISTERS = "view_resident_registers"  # printed registers, counts, staff contacts
    EXPORT_RESIDENTS = "export_residents"  # a resident list as an editable .xlsx
    REVEAL_ID_NUMBER = "reveal_id_number"  # see a full ID number (audited)
    REVEAL_PHONE = "reveal_phone"  # see a full phone number (audited)
    VIEW_SENSITIVE_TAGS = "view_sensitive_tags"  # 重点人员, health, minors' special care (PIPL art. 28)
    EDIT_RESIDENTS = "edit_residents"  # register, edit, household changes
    EDIT_TREE = "edit_tree"
    EDIT_TAG_LIST = "edit_tag_list"
    MANAGE_USERS = "manage_users"
    SERVE_AT_WINDOW = "serve_at_window"  # one-time notices, receipts, request status, ratings
    FOLLOW_UP_RATINGS = "follow_up_ratings"  # rectification of bad reviews (差评整改)
    VIEW_SERVICE_REGISTERS = "view_service_registers"  # worklists, registers, statistics
    MANAGE_CATALOGUE = "manage_catalogue"  # the service catalogue
    MANAGE_CALENDAR = "manage_calendar"  # the working-day calendar
    MEDIATE = "mediate"  # open cases; on cases assigned to them: journal, parties, documents
    SEE_CASE_LIST = "see_case_list"  # that a case exists: number, status, dates — nothing said in it
    VIEW_CASE_REGISTERS = "view_case_registers"  # the case register and statistics (no contents)
    MANAGE_DISPUTE_TYPES = "manage_dispute_types"
    VIEW_AUDIT_LOG = "view_audit_log"  # read, verify and export the audit log
    BACK_UP = "back_up"  # back up on request (automatic backups run whoever is logged in)


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.ADMIN: _ALL,
    # The window verifies identities and contacts people: full numbers on request, audited.
    UserRole.FRONT_DESK: frozenset(
        {
            Permission.REVEAL_ID_NUMBER,
            Permission.REVEAL_PHONE,
            Permission.VIEW_RESIDENTS,
            Permission.VIEW_RESIDENT_REGISTERS,
            Permission.EXPORT_RESIDENTS,
            Permission.EDIT_RESIDENTS,
            Permission.SERVE_AT_WINDOW,
            Permission.FOLLOW_UP_RATINGS,
            Permission.VIEW_SERVICE_REGISTERS,
            Permission.SEE_CASE_LIST,
        }
    ),
    # Grid workers know their residents' circumstances, special care included. Every resident
    # permission of theirs is limited to their own grids (services.grid_scope).
    UserRole.GRID_WORKER: frozenset(
        {
            Permission.REVEAL_PHONE,
            Permission.VIEW_SENSITIVE_TAGS,
            Permission.VIEW_RESIDENTS,
            Permission.VIEW_RESIDENT_REGISTERS,
            Permission.EXPORT_RESIDENTS,
            Permission.EDIT_RESIDENTS,
        }
    ),
    # Mediators read what is said in the cases assigned to them (checked per case, not here); they
    # find people in the registry to add them as parties.
    # The agreement they print for signing may name the parties by full ID number (on request,
    # audited): judicial confirmation needs it.
    UserRole.MEDIATOR: frozenset(
        {
            Permission.VIEW_RESIDENTS,
            Permission.REVEAL_ID_NUMBER,
            Permission.REVEAL_PHONE,
            Permission.MEDIATE,
            Permission.SEE_CASE_LIST,
            Permission.VIEW_CASE_REGISTERS,
        }
    ),
    # Read-only statistics and registers (issue 6). The printed resident registers and the counts are
    # among them; the resident list, search and records (VIEW_RESIDENTS) are not: finding one person
    # by name, ID or phone is casework the head does not do, and a printed register is an audited
    # document while browsing is not (PIPL art. 6: no more personal data than the task needs).
    UserRole.HEAD: frozenset(
        {
            Permission.VIEW_RESIDENT_REGISTERS,
            Permission.VIEW_SERVICE_REGISTERS,
            Permission.SEE_CASE_LIST,
            Permission.VIEW_CASE_REGISTERS,
        }
    ),
}


def allows(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``actor``'s role has ``permission``."""
    if not allows(actor, permission):
        raise PermissionDenied(action=permission.value)


def require_any(actor: Actor, *permissions: Permission) -> None:
    """Raise ``PermissionDenied`` unless ``actor``'s role has one of ``permissions``."""
    if not any(allows(actor, permission) for permission in permissions):
        raise PermissionDenied(action=permissions[0].value)
