"""What the register tests share: a small street registered through the services, and ways to read
a PDF back (its text with pypdf, its fonts, a page as pixels). Not named conftest: test modules import
it, and several folders have a conftest.py."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import NodeRole
from gridgov_desktop.domain.enums import NodeKind, Relation, StaffRole
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import office, org
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.residents import NewResident, register_resident

TODAY = dt.date(2026, 11, 21)
OFFICE = "东风街道办事处"
# Rare names: 䶮 (Extension A) and 𠇔 (Extension B) are in the body face; 㐂 and 𠮷 are not, so
# they print from the fallback faces.
PEOPLE = (
    # name, birth date, sequence, phone, household key, relation, categories
    ("张三明", dt.date(1980, 5, 17), 11, "13812345678", "501", Relation.HEAD, ("户籍人口", "低保")),
    ("曾小红", dt.date(1982, 3, 2), 22, "13912340000", "501", Relation.SPOUSE, ("户籍人口", "残疾")),
    ("张小明", dt.date(2010, 9, 1), 31, None, "501", Relation.CHILD, ()),
    ("单田芳", dt.date(1950, 1, 1), 41, "024-87654321", "502", Relation.HEAD, ("独居/空巢老人",)),
    ("王䶮", dt.date(1975, 6, 6), 61, "15011112222", "101", Relation.HEAD, ()),
    ("李𠇔", dt.date(1968, 2, 29), 72, "18600003333", "101", Relation.SPOUSE, ()),
    ("陈㐂𠮷", dt.date(1999, 9, 9), 83, "13700001111", "101", Relation.CHILD, ()),
)


@dataclass(frozen=True)
class Street:
    street: int
    community: int
    compound: int
    building: int
    ids: dict[str, str]  # name → full ID number
    phones: dict[str, str]  # name → full phone


def build_street(db: Database) -> Street:
    street = office.create_street(db, SYSTEM, "东风街道", "东风路1号", "024-12345678")  # 东风街道办事处
    community = org.create_node(db, SYSTEM, street, NodeKind.COMMUNITY, "幸福社区")
    grid = org.create_node(db, SYSTEM, community.id, NodeKind.GRID, "第一网格")
    compound = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "幸福里小区")
    building = org.create_node(db, SYSTEM, compound.id, NodeKind.BUILDING, "3栋")
    unit = org.create_node(db, SYSTEM, building.id, NodeKind.UNIT, "2单元")
    compound2 = org.create_node(db, SYSTEM, grid.id, NodeKind.COMPOUND, "锦绣花园")
    building2 = org.create_node(db, SYSTEM, compound2.id, NodeKind.BUILDING, "1栋")
    unit2 = org.create_node(db, SYSTEM, building2.id, NodeKind.UNIT, "1单元")
    households = {
        "501": org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "501室", label="3-2-501"),
        "502": org.create_node(db, SYSTEM, unit.id, NodeKind.HOUSEHOLD, "502室", label="3-2-502"),
        "101": org.create_node(db, SYSTEM, unit2.id, NodeKind.HOUSEHOLD, "101室", label="1-1-101"),
    }
    ids, phones = {}, {}
    for name, born, sequence, phone, household, relation, tags in PEOPLE:
        ids[name] = make_id_number("210102", born, sequence)
        if phone:
            phones[name] = phone
        data = NewResident(
            name=name, id_number=ids[name], phone=phone, domicile="辽宁省沈阳市和平区", tags=tags
        )
        register_resident(db, SYSTEM, data, households[household].id, relation, today=TODAY)
    with db.session(write=True) as session:
        session.add_all(
            [
                NodeRole(node_id=community.id, role=StaffRole.GRID_CHIEF.value, person_name="刘书记",
                         phone="13300001111", since=dt.date(2021, 3, 1)),
                NodeRole(node_id=grid.id, role=StaffRole.GRID_HEAD.value, person_name="周网格",
                         phone="13300002222", since=dt.date(2022, 4, 1)),
                NodeRole(node_id=building.id, role=StaffRole.BUILDING_HEAD.value, person_name="张三明",
                         phone="13812345678", since=dt.date(2023, 5, 1)),
                NodeRole(node_id=unit.id, role=StaffRole.UNIT_HEAD.value, person_name="曾小红",
                         phone="13912340000", since=None),
            ]
        )  # fmt: skip
    return Street(street, community.id, compound.id, building.id, ids, phones)


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def font_dicts(pdf: bytes) -> list[dict[str, object]]:
    """Every font dictionary that any page uses, resolved (descendant fonts included)."""
    found: dict[int, dict[str, object]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            found[id(font)] = font
            for descendant in font.get("/DescendantFonts", []):
                found[id(descendant)] = descendant.get_object()
    return list(found.values())


def render_page(pdf: bytes, page: int = 1, dpi: int = 60) -> Image.Image:
    """A page as pdftoppm renders it (PNG), in greyscale."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
             str(source), str(Path(folder) / "page")],
            check=True, timeout=60,
        )  # fmt: skip
        with Image.open(Path(folder) / "page.png") as image:
            return image.convert("L")
