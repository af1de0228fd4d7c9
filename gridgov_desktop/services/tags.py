"""Resident categories (人员类别): the editable tag list and its defaults.

The defaults live in ``resources/seed/tags.csv`` (name, sensitive, sort_order) so that an office can
read and change them without reading code. A tag is *sensitive* when it reveals what PIPL art. 28 and
GB/T 35273 call sensitive personal information — health (残疾, 慢性病患者, 严重精神障碍患者), minors
(留守儿童, 困境儿童) and criminal or police matters (重点人员, 社区矫正人员, 刑满释放人员) — and is then
shown only to roles that need it. 低保 and 特困人员 are not: offices post those lists publicly (公示).

SQLAlchemy is imported inside the functions, for the same reason as in ``services.registry``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.paths import SEED_DIR
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows

TAGS_CSV = SEED_DIR / "tags.csv"

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DefaultTag:
    name: str
    sensitive: bool
    sort_order: int


def load_default_tags(path: Path = TAGS_CSV) -> tuple[DefaultTag, ...]:
    """The tags of a seed file, in file order. ``sensitive`` is ``1``/``0`` (or true/false, yes/no)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return tuple(
            DefaultTag(
                name=row["name"].strip(),
                sensitive=row["sensitive"].strip().lower() in ("1", "true", "yes"),
                sort_order=int(row["sort_order"]),
            )
            for row in csv.DictReader(handle)
            if row["name"].strip()
        )


DEFAULT_TAGS: tuple[DefaultTag, ...] = load_default_tags()


def ensure_default_tags(session: Session) -> dict[str, int]:
    """Add the default tags that are missing, in the caller's transaction; returns every tag's name → id.

    Idempotent. Existing tags are left as they are: an administrator may have renamed, re-sorted or
    deactivated them, and a seed must not undo that.
    """
    from sqlalchemy import insert, select

    from gridgov_desktop.db.tables import Tag

    existing = set(session.scalars(select(Tag.name)))
    missing = [tag for tag in DEFAULT_TAGS if tag.name not in existing]
    if missing:
        session.execute(
            insert(Tag),
            [
                {"name": t.name, "sensitive": t.sensitive, "sort_order": t.sort_order, "is_active": True}
                for t in missing
            ],
        )
    return {name: tag_id for name, tag_id in session.execute(select(Tag.name, Tag.id))}


def set_resident_tags(session: Session, actor: Actor, resident_id: int, names: Sequence[str]) -> None:
    """Replace the resident's categories with ``names``; sensitive ones the actor cannot see are
    kept as they were (a clerk who cannot see 重点人员 must not erase it by saving)."""
    from sqlalchemy import delete, insert, select

    from gridgov_desktop.db.tables import ResidentTag, Tag

    wanted = {str(n).strip() for n in names if str(n).strip()}
    known = {t.name: t for t in session.scalars(select(Tag).where(Tag.is_active.is_(True)))}
    unknown = wanted - set(known)
    if unknown:
        raise ValidationError("unknown_tag", field="tags", tags="、".join(sorted(unknown)))
    may_see_sensitive = allows(actor, Permission.VIEW_SENSITIVE_TAGS)
    if not may_see_sensitive and any(known[n].sensitive for n in wanted):
        raise ValidationError("unknown_tag", field="tags")
    current: dict[int, bool] = {
        tag_id: sensitive
        for tag_id, sensitive in session.execute(
            select(Tag.id, Tag.sensitive)
            .join(ResidentTag, ResidentTag.tag_id == Tag.id)
            .where(ResidentTag.resident_id == resident_id)
        )
    }
    keep = {tag_id for tag_id, sensitive in current.items() if sensitive and not may_see_sensitive}
    target = keep | {known[n].id for n in wanted}
    removed = set(current) - target
    if removed:
        session.execute(
            delete(ResidentTag).where(
                ResidentTag.resident_id == resident_id, ResidentTag.tag_id.in_(removed)
            )
        )
    added = target - set(current)
    if added:
        session.execute(insert(ResidentTag), [{"tag_id": t, "resident_id": resident_id} for t in added])
