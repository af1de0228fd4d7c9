"""The filter box above the tree: matches by name or household label, shown with all their ancestors."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
import test_tree_edit  # type: ignore[import-not-found]
from sqlalchemy import select
from street_fixtures import SmallStreet  # type: ignore[import-not-found]

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.services import org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.demo import build_demo_street
from gridgov_desktop.services.tree_filter import TreeFilterResult, filter_tree

# The small street restored from a snapshot instead of registered again (see test_tree_edit).
small_street = test_tree_edit.small_street


def names(result: TreeFilterResult, ids: frozenset[int]) -> set[str]:
    nodes = result.nodes
    return {nodes[i].display_name for i in ids}


def test_a_match_keeps_its_ancestors_expanded(shared_street: tuple[Database, SmallStreet]) -> None:
    db, street = shared_street
    result = filter_tree(db, "幸福")
    assert names(result, result.matched_ids) == {"幸福社区", "幸福里小区"}
    assert names(result, result.visible_ids) == {"东风街道", "幸福社区", "第一网格", "幸福里小区"}
    # The community is a match and an ancestor of a match: shown expanded down to the compound.
    assert names(result, result.expanded_ids) == {"东风街道", "幸福社区", "第一网格"}
    assert [n.name for n in result.children[None]] == ["东风街道"]
    assert [n.name for n in result.children[street.street]] == ["幸福社区"]
    grid = result.children[street.community][0]
    assert grid.name == "第一网格" and grid.has_children
    (compound,) = result.children[grid.id]
    assert compound.id == street.compound and compound.resident_count == 5 and compound.has_children
    assert not result.truncated and result.text == "幸福"


def test_labels_and_names_of_one_character(shared_street: tuple[Database, SmallStreet]) -> None:
    db, street = shared_street
    result = filter_tree(db, "3")
    assert names(result, result.matched_ids) == {"3栋", "3-2-501", "3-2-502"}
    unit = result.nodes[street.household_501].parent_id
    assert unit in result.expanded_ids and unit not in result.matched_ids
    assert [h.display_name for h in result.children[unit]] == ["3-2-501", "3-2-502"]
    household = filter_tree(db, "1-1-101")
    assert household.matched_ids == {street.other_household}
    assert names(household, household.visible_ids) == {
        "东风街道", "幸福社区", "第一网格", "锦绣花园", "1栋", "1单元", "1-1-101",
    }  # fmt: skip
    # Full-width digits and dashes typed with a Chinese input method are the same label.
    assert filter_tree(db, "３－２").matched_ids == {street.household_501, street.household_502}


def test_longer_texts_must_be_held_whole(shared_street: tuple[Database, SmallStreet]) -> None:
    db, street = shared_street
    assert filter_tree(db, "幸福里小区").matched_ids == {street.compound}
    assert filter_tree(db, " 幸福 里 ").matched_ids == {street.compound}
    assert filter_tree(db, "福里小").matched_ids == {street.compound}
    assert not filter_tree(db, "幸福花园").matched_ids
    # LIKE's wildcards are plain characters here.
    assert not filter_tree(db, "幸%").matched_ids and not filter_tree(db, "幸_").matched_ids
    assert not filter_tree(db, "501").matched_ids  # households are found by their label's start
    for blank in ("", "   ", "\u3000"):
        assert filter_tree(db, blank) == TreeFilterResult(text="")


def test_latin_letters_ignore_case(db: Database, small_street: SmallStreet) -> None:
    grid = org.children(db, small_street.community)[0]
    created = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "SOHO现代城")
    assert filter_tree(db, "soho现代").matched_ids == {created.id}
    assert filter_tree(db, "So").matched_ids == {created.id}


def test_the_limit_keeps_the_highest_levels(shared_street: tuple[Database, SmallStreet]) -> None:
    db, street = shared_street
    result = filter_tree(db, "幸福", limit=1)
    assert result.matched_ids == {street.community} and result.truncated
    assert filter_tree(db, "幸福", limit=0).matched_ids == frozenset()


@pytest.fixture
def district(db: Database) -> Database:
    """Three streets of a small demo district, for checks against a brute-force filter."""
    build_demo_street(db, residents=900, seed=4, today=dt.date(2026, 11, 21), streets=3)
    return db


def _plain(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


def test_matches_and_ancestors_equal_a_brute_force_filter(district: Database) -> None:
    with district.session() as session:
        nodes = {n.id: n for n in session.scalars(select(OrgNode))}
    assert len(org.roots(district)) == 3
    compound = next(n.name for n in nodes.values() if n.kind == "compound")
    household = next(n.label for n in nodes.values() if n.kind == "household")
    assert household is not None
    for text in ("1", "社区", "网格", compound, compound[1:3], household, household[:3], "2单元"):
        needle = _plain(text)
        result = filter_tree(district, text, limit=10_000)
        expected = {
            n.id
            for n in nodes.values()
            if (n.kind != "household" and needle in _plain(n.name))
            or (n.kind == "household" and n.label and n.label.startswith(needle) and "-" in needle)
            or (n.kind == "household" and n.label and n.label.startswith(needle) and needle.isdigit())
        }
        assert result.matched_ids == expected, text
        ancestors = {int(i) for m in expected for i in nodes[m].path.strip("/").split("/")}
        assert result.visible_ids == ancestors and not result.truncated
        for parent, group in result.children.items():
            assert parent is None or parent in result.expanded_ids
            orders = [(nodes[n.id].sort_order, n.id) for n in group]
            assert orders == sorted(orders)
            assert all(n.resident_count == nodes[n.id].resident_count for n in group)
    truncated = filter_tree(district, "1", limit=5)
    depths = sorted(nodes[i].depth for i in truncated.matched_ids)
    assert truncated.truncated and len(truncated.matched_ids) == 5
    every = filter_tree(district, "1", limit=10_000).matched_ids
    assert max(depths) <= min(nodes[i].depth for i in every - truncated.matched_ids)
