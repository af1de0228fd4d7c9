"""Which residents an actor may see: the one place that says it (issue 6, "who may do what").

Grid workers see and edit only the residents whose household lies in the subtree of one of the grids
they look after (``user_grid``), as the Chinese grid systems do; every other role that may read the
registry sees everyone. A subtree is a materialised-path prefix (``org_node.path``), so a scoped read
is a range on the path index — ``db.queries.starts_with`` — never a walk.

Refusals: a record outside the scope raises ``PermissionDenied`` rather than ``NotFound``. Record ids
are sequential and reveal nothing about a person; saying "not found" would send a clerk to register
the person again (refused anyway by the ID-number check), while "not in your grids" says what to do:
ask the person's grid worker or the administrator. Lists and searches simply leave such people out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.queries import prefix_upper_bound
from gridgov_desktop.db.statements import statement
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import Duplicate, PermissionDenied
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, require_any

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session

NO_GRIDS = "no_grids"
OUTSIDE_GRIDS = "outside_grids"

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {
    ("permission_denied", NO_GRIDS): (
        "您还没有负责的网格，因此看不到任何居民。请联系管理员为您分配网格。",
        "No grids are assigned to you, so you see no residents. Ask the administrator to assign "
        "your grids.",
    ),
    ("permission_denied", OUTSIDE_GRIDS): (
        "该居民或地点不在您负责的网格内，您无权查看或修改。",
        "This resident or place is outside your grids: you may not see or change it.",
    ),
    ("duplicate", OUTSIDE_GRIDS): (
        "该公民身份号码已登记在其他网格的居民名下，不能重复登记。请联系管理员或服务窗口。",
        "This ID number is already registered to a resident outside your grids: it cannot be "
        "registered twice. Ask the administrator or the service window.",
    ),
}


@dataclass(frozen=True)
class GridScope:
    """The subtrees an actor may see: ``paths`` None means everywhere."""

    paths: tuple[str, ...] | None

    @property
    def everywhere(self) -> bool:
        return self.paths is None

    def covers(self, path: str | None) -> bool:
        """Whether a node (a household) with materialised ``path`` lies in the scope."""
        if self.paths is None:
            return True
        return path is not None and any(path.startswith(grid) for grid in self.paths)

    def check(self, path: str | None) -> None:
        """Refuse a record or node outside the scope."""
        if not self.covers(path):
            raise PermissionDenied(action=OUTSIDE_GRIDS, detail=OUTSIDE_GRIDS)

    def within(self, node_path: str | None) -> tuple[str, ...] | None:
        """The path prefixes of ``node_path``'s subtree (everything when None) that are in scope:
        None when nothing needs filtering; refused when the subtree holds none of the grids.

        A grid worker clicking their community sees their grids in it; clicking inside a grid, that
        subtree; clicking another grid is refused.
        """
        if self.paths is None:
            return None if node_path is None else (node_path,)
        if node_path is None:
            return self.paths
        if any(node_path.startswith(grid) for grid in self.paths):
            return (node_path,)
        below = tuple(grid for grid in self.paths if grid.startswith(node_path))
        if not below:
            raise PermissionDenied(action=OUTSIDE_GRIDS, detail=OUTSIDE_GRIDS)
        return below

    def filter(self, path_column: Any) -> ColumnElement[bool] | None:
        """A WHERE clause keeping rows whose household path (``path_column``) is in scope."""
        return paths_filter(path_column, self.paths) if self.paths is not None else None


EVERYWHERE = GridScope(None)


def paths_filter(path_column: Any, paths: Sequence[str]) -> ColumnElement[bool]:
    """``path_column`` starts with one of ``paths``: ranges on the path index (OR-ed)."""
    from sqlalchemy import false, or_

    from gridgov_desktop.db.queries import starts_with

    if not paths:
        return false()
    return or_(*(starts_with(path_column, path) for path in paths))


def path_ranges(paths: Sequence[str]) -> list[dict[str, str]]:
    """``{"lo", "hi"}`` bind parameters of each path's subtree range."""
    return [{"lo": path, "hi": prefix_upper_bound(path)} for path in paths]


def is_scoped(actor: Actor) -> bool:
    """Whether the actor's role sees only their grids (no query needed to know)."""
    return actor.role is UserRole.GRID_WORKER


def scope_of(db: Database, actor: Actor, *permissions: Permission) -> GridScope:
    """Check that ``actor`` has one of ``permissions`` (default: ``VIEW_RESIDENTS``) and return what
    they may see (on the fast read path: no session)."""
    require_any(actor, *(permissions or (Permission.VIEW_RESIDENTS,)))
    if not is_scoped(actor):
        return EVERYWHERE
    rows = db.fast_reader.rows("grid_scope.paths", {"user": actor.user_id or 0})
    return _scope([row[0] for row in rows])


def scope_in(session: Session, actor: Actor, *permissions: Permission) -> GridScope:
    """``scope_of`` inside an open transaction (writes check their scope in the same one)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, UserGrid

    require_any(actor, *(permissions or (Permission.VIEW_RESIDENTS,)))
    if not is_scoped(actor):
        return EVERYWHERE
    paths = session.scalars(
        select(OrgNode.path)
        .join(UserGrid, UserGrid.node_id == OrgNode.id)
        .where(UserGrid.user_id == (actor.user_id or 0))
    )
    return _scope(list(paths))


def household_path(session: Session, resident_id: int) -> str | None:
    """The path of the household a resident lives in (None: in none, or no such resident)."""
    from sqlalchemy import select

    from gridgov_desktop.db.tables import OrgNode, Resident

    return session.scalar(
        select(OrgNode.path)
        .join(Resident, Resident.household_id == OrgNode.id)
        .where(Resident.id == resident_id)
    )


def check_resident(session: Session, scope: GridScope, resident_id: int) -> None:
    """Refuse a resident outside the scope (people in no household are outside every grid)."""
    if not scope.everywhere:
        scope.check(household_path(session, resident_id))


def refuse_duplicate(session: Session, scope: GridScope, resident_id: int) -> NoReturn:
    """Refuse an ID number registered already; to a grid worker, without saying to whom when that
    person lives outside their grids (the refusal must not become a way to look people up)."""
    if scope.everywhere or scope.covers(household_path(session, resident_id)):
        raise Duplicate(entity="resident", key=resident_id)
    raise Duplicate(OUTSIDE_GRIDS, entity="resident", key="")


def _scope(paths: list[str]) -> GridScope:
    if not paths:
        raise PermissionDenied(action=NO_GRIDS, detail=NO_GRIDS)
    ordered = sorted(set(paths))
    # A grid inside another one adds nothing: keep the outermost, so that no range is counted twice.
    outermost = [p for p in ordered if not any(p != q and p.startswith(q) for q in ordered)]
    return GridScope(tuple(outermost))


@statement("grid_scope.paths")
def _paths_sql(backend: str) -> Any:
    from sqlalchemy import bindparam, select

    from gridgov_desktop.db.tables import OrgNode, UserGrid

    return (
        select(OrgNode.path)
        .join(UserGrid, UserGrid.node_id == OrgNode.id)
        .where(UserGrid.user_id == bindparam("user"))
    )
