"""Each kind of event, driven through the real services, leaves an audit entry saying who, what and
(where there is one) before → after. Covered here: a resident registered and edited, a tree node
renamed, a masked number revealed, an export, a login that succeeds and one that fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from street_fixtures import SmallStreet

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import AuthenticationFailed
from gridgov_desktop.services import registry, tree_edit, users
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.audit_chain import verify_chain
from gridgov_desktop.services.audit_log import AuditFilter, AuditRow, find_entries
from gridgov_desktop.services.resident_export import export_residents

PASSWORD = "window-1-pass"


def _last(db: Database, **where: str) -> AuditRow:
    rows = find_entries(db, SYSTEM, AuditFilter(**where), limit=1)  # type: ignore[arg-type]
    assert rows, f"no audit entry for {where}"
    return rows[0]


def _version(db: Database, table: str, row_id: int) -> int:
    with db.session() as session:
        return int(session.scalar(text(f"SELECT version FROM {table} WHERE id = :id"), {"id": row_id}))


def test_each_kind_of_event_is_audited(db: Database, small_street: SmallStreet, tmp_path: Path) -> None:
    admin = users.add_user(db, SYSTEM, "admin", PASSWORD, UserRole.ADMIN, "王主任")
    actor = users.authenticate(db, "admin", PASSWORD)
    login = _last(db, action="login")
    assert (login.username, login.entity, login.entity_id) == ("admin", "user", str(admin.id))
    with pytest.raises(AuthenticationFailed):
        users.authenticate(db, "admin", "wrong-password-1")
    failed = _last(db, action="login_failed")
    assert failed.username == "admin"

    created = _last(db, action="create", entity="resident")
    assert created.username == "system" and "name" in (created.after or "")

    resident_id = int(created.entity_id or 0)
    registry.update_resident(db, actor, resident_id, {"notes": "腿脚不便"},
                             expected_version=_version(db, "resident", resident_id))  # fmt: skip
    updated = _last(db, action="update", entity="resident", record=str(resident_id))
    assert updated.username == "admin"
    assert json.loads(updated.after or "{}")["notes"] == "腿脚不便"
    assert json.loads(updated.before or "{}")["notes"] != "腿脚不便"

    tree_edit.rename_node(db, actor, small_street.compound, "幸福里北区",
                          _version(db, "org_node", small_street.compound))  # fmt: skip
    renamed = _last(db, action="rename", record=str(small_street.compound))
    assert "幸福里小区" in (renamed.before or "") and "幸福里北区" in (renamed.after or "")

    registry.reveal(db, actor, resident_id, "id_number")
    revealed = _last(db, action="reveal", record=str(resident_id))
    assert revealed.username == "admin" and "id_number" in (revealed.after or "")

    export_residents(db, actor, tmp_path / "居民.xlsx", node_id=None)
    exported = _last(db, action="export", entity="resident")
    assert exported.username == "admin" and "居民.xlsx" in (exported.after or "")

    assert verify_chain(db, SYSTEM).ok
