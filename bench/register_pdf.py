"""Register PDF of 10,000 residents: the register engine against drawing the same rows straight on a
ReportLab canvas, in the same run.

The engine (`pdf.resident_registers.residents_by_building_pdf`, what the GUI and `gridgov print
residents` use) lays out a table that wraps long cells, repeats the header row and the building's
band on every page, adapts row heights, and numbers pages "第 x 页 共 y 页". The baseline draws the
same cell texts with one `drawString` per cell, fixed row heights, no wrapping and manual page
breaks: the least work a PDF of these rows can cost with ReportLab. Both use the same embedded fonts
(registered before timing) and run alternately, several rounds; the medians are compared.

    .venv/bin/python bench/register_pdf.py [--residents 10000] [--rounds 3]

Target (issue 3): engine time ≤ 2 × canvas time ("at least half the canvas speed").
"""

from __future__ import annotations

import argparse
import io
import statistics
import time

from common import ensure_demo_db
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridgov_desktop.db.engine import Database
from gridgov_desktop.pdf import resident_registers
from gridgov_desktop.pdf.fonts import BODY, TITLE, register_fonts
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.registers import ResidentRegister, resident_register

TARGET_RATIO = 2.0


def canvas_baseline(register: ResidentRegister) -> bytes:
    """The same cells, drawn with drawString one by one, 11 mm rows, a page break every so often."""
    widths = [c.width_mm * mm for c in resident_registers._RESIDENT_COLUMNS]
    headers = [c.header.replace("\n", "") for c in resident_registers._RESIDENT_COLUMNS]
    page_width, page_height = landscape(A4)
    left, top, bottom, row = 25 * mm, page_height - 20 * mm, 24 * mm, 6.5 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height))
    page, y = 1, top

    def new_page() -> float:
        canvas.setFont(TITLE, 10.5)
        x = left
        for header, width in zip(headers, widths, strict=True):
            canvas.drawString(x + 1.2 * mm, top - row + 2 * mm, header)
            x += width
        return top - row

    y = new_page()
    number = 0
    for building in register.buildings:
        for household in building.households:
            for person in household.people:
                if y - row < bottom:
                    canvas.setFont(BODY, 10.5)
                    canvas.drawCentredString(page_width / 2, 12 * mm, f"第 {page} 页")
                    canvas.showPage()
                    page += 1
                    y = new_page()
                number += 1
                cells = [
                    str(number), person.name, person.sex.label_zh,
                    person.birth_date.isoformat() if person.birth_date else "", person.id_number,
                    person.phone, person.relation.label_zh if person.relation is not None else "",
                    person.domicile, "、".join(person.tags), household.room,
                ]  # fmt: skip
                canvas.setFont(BODY, 10.5)
                x = left
                for text, width in zip(cells, widths, strict=True):
                    canvas.drawString(x + 1.2 * mm, y - row + 2 * mm, text)
                    x += width
                y -= row
    canvas.setFont(BODY, 10.5)
    canvas.drawCentredString(page_width / 2, 12 * mm, f"第 {page} 页")
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--residents", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = ensure_demo_db(args.residents)
    db = Database(f"sqlite:///{path}")
    register_fonts()
    started = time.perf_counter()
    register = resident_register(db, SYSTEM)
    query = time.perf_counter() - started
    print(f"{register.resident_count:,} residents, {register.household_count:,} households")
    print(f"service query (data for the register): {query * 1000:.0f} ms")
    engine_times, canvas_times = [], []
    engine_pdf = canvas_pdf = b""
    for _round in range(args.rounds):
        started = time.perf_counter()
        engine_pdf = resident_registers.residents_by_building_pdf(register)
        engine_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        canvas_pdf = canvas_baseline(register)
        canvas_times.append(time.perf_counter() - started)
    engine, canvas = statistics.median(engine_times), statistics.median(canvas_times)
    ratio = engine / canvas
    print(f"engine  (register):     {engine:6.2f} s  {len(engine_pdf) / 1e6:5.1f} MB")
    print(f"canvas  (drawString):   {canvas:6.2f} s  {len(canvas_pdf) / 1e6:5.1f} MB")
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"ratio engine/canvas:    {ratio:6.2f}   (target ≤ {TARGET_RATIO:.1f}: {verdict})")
    db.dispose()


if __name__ == "__main__":
    main()
