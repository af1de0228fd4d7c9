"""Monthly service register (便民服务事项受理登记台账) of 10,000 requests: the register, timed end to
end — the service's query over the month, masking and banding by day, then the PDF — against drawing
the same rows straight on a ReportLab canvas, in the same run.

The register (`services.service_registers.service_register` + `pdf.service_registers.register_pdf`,
what the GUI and `gridgov register services` use) wraps long service and department names, repeats
the header row and the day's band on every page, adapts row heights, numbers pages "第 x 页 共 y 页"
and ends with the signature line. The baseline draws the same thirteen cell texts per row with one
`drawString` each, fixed row heights, no wrapping and manual page breaks, from data already in
memory: the least a PDF of these rows costs with ReportLab. Both use the same embedded fonts
(registered before timing) and run alternately, several rounds; the medians are compared.

The bench database is the 10,000-resident demo street (bench/common.py) copied, with 10,000
requests of November 2026 written straight into it with SQLAlchemy Core (statuses, windows,
services and clerks spread as at a busy hall; receipt numbers gapless per day).

    .venv/bin/python bench/service_register_pdf.py [--requests 10000] [--rounds 3]

Target (issue 4): register time (query + PDF) ≤ 2 × canvas time ("at least half the canvas speed").
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import shutil
import statistics
import time
from pathlib import Path

from common import DATA_DIR, ensure_demo_db
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, insert, select

from gridgov_desktop.db.engine import Database
from gridgov_desktop.db.tables import OrgNode, Resident
from gridgov_desktop.db.tables_service import ServiceItem, ServiceItemVersion, ServiceRequest
from gridgov_desktop.domain.working_days import working_days_after
from gridgov_desktop.pdf.fonts import BODY, TITLE, register_fonts
from gridgov_desktop.pdf.service_registers import register_pdf
from gridgov_desktop.services import service_register_sheets as sheets
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.services.catalogue import ensure_seed_catalogue
from gridgov_desktop.services.service_register_types import ServiceRegister
from gridgov_desktop.services.service_registers import service_register
from gridgov_desktop.services.work_calendar import load_calendar

TARGET_RATIO = 2.0
MONTH_FROM, MONTH_TO = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
TODAY = dt.date(2026, 12, 10)
CLERKS = ("李静", "王芳", "张伟", "刘洋", "陈晨", "赵敏")
STATUSES = ("collected", "collected", "completed", "completed", "completed", "in_progress",
            "accepted", "paused", "refused")  # fmt: skip


def bench_database(requests: int) -> Path:
    """The demo street of 10,000 residents with ``requests`` requests in November 2026, built once."""
    path = DATA_DIR / f"service-register-{requests // 1000}k.sqlite3"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        try:
            with db.session() as session:
                if session.scalar(select(func.count()).select_from(ServiceRequest)) == requests:
                    return path
        finally:
            db.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(ensure_demo_db(10_000), path)
    db = Database(f"sqlite:///{path}")
    started = time.perf_counter()
    calendar = load_calendar(db)
    rng = random.Random(2026)
    with db.session(write=True) as session:
        ensure_seed_catalogue(session)
        services = session.execute(
            select(
                ServiceItem.id, ServiceItem.current_version_id, ServiceItemVersion.time_limit_days
            ).join(ServiceItemVersion, ServiceItemVersion.id == ServiceItem.current_version_id)
        ).all()
        people = session.execute(
            select(Resident.id, OrgNode.path).join(OrgNode, OrgNode.id == Resident.household_id)
        ).all()
        days = [
            MONTH_FROM + dt.timedelta(days=n)
            for n in range((MONTH_TO - MONTH_FROM).days + 1)
            if calendar.is_working_day(MONTH_FROM + dt.timedelta(days=n))
        ]
        moments = sorted(
            dt.datetime.combine(rng.choice(days), dt.time(8, 30))
            + dt.timedelta(seconds=rng.randrange(8 * 3600))
            for _ in range(requests)
        )
        rows, numbers = [], {}
        for moment in moments:
            day = moment.date()
            numbers[day] = numbers.get(day, 0) + 1
            item, version, limit = rng.choice(services)
            resident, node_path = rng.choice(people)
            due = working_days_after(day, limit, calendar)
            status = rng.choice(STATUSES)
            done = status in ("completed", "collected")
            finished = working_days_after(day, rng.randint(0, limit + 2), calendar) if done else None
            refused = "不符合条件" if status == "refused" else None
            clerk = rng.randrange(len(CLERKS))
            rows.append({
                "receipt_no": f"{day:%Y%m%d}-{numbers[day]:04d}", "check_code": "0000",
                "resident_id": resident, "service_item_id": item, "service_version_id": version,
                "node_path": node_path, "window_no": clerk + 1, "clerk_name": CLERKS[clerk],
                "status": status, "accepted_at": moment, "accepted_on": day, "promised_on": due,
                "due_on": due, "paused_on": day if status == "paused" else None, "paused_days": 0,
                "completed_at": None if finished is None else dt.datetime.combine(finished, dt.time(15)),
                "completed_on": finished, "refused_reason": refused,
                "print_count": 1, "updated_at": moment, "updated_by": CLERKS[clerk], "version": 1,
            })  # fmt: skip
        session.execute(insert(ServiceRequest), rows)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    db.dispose()
    print(f"built {path.name}: {requests:,} requests in {time.perf_counter() - started:.1f} s")
    return path


def canvas_baseline(register: ServiceRegister) -> bytes:
    """The same cells, drawn with drawString one by one, fixed rows, a page break every so often."""
    columns = sheets._REQUEST_COLUMNS
    widths = [c.width_mm * mm for c in columns]
    headers = [c.header.replace("\n", "") for c in columns]
    page_width, page_height = landscape(A4)
    left, top, bottom, row = 25 * mm, page_height - 20 * mm, 24 * mm, 5.5 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_width, page_height))
    page = 1

    def new_page() -> float:
        canvas.setFont(TITLE, 9)
        x = left
        for header, width in zip(headers, widths, strict=True):
            canvas.drawString(x + 1.2 * mm, top - row + 1.8 * mm, header)
            x += width
        return top - row

    y = new_page()
    number = 0
    for group in register.groups:
        for item in group.rows:
            if y - row < bottom:
                canvas.setFont(BODY, 9)
                canvas.drawCentredString(page_width / 2, 12 * mm, f"第 {page} 页")
                canvas.showPage()
                page += 1
                y = new_page()
            number += 1
            cells = [
                str(number), item.receipt_no, item.accepted_at.strftime("%m-%d %H:%M"),
                str(item.window_no), item.clerk_name, item.resident_name, item.resident_id_masked,
                item.service_name, item.department, item.status.label_zh, item.due_on.isoformat(),
                item.completed_on.isoformat() if item.completed_on else "",
                "逾期" if item.overdue else "",
            ]  # fmt: skip
            canvas.setFont(BODY, 9)
            x = left
            for text, width in zip(cells, widths, strict=True):
                canvas.drawString(x + 1.2 * mm, y - row + 1.8 * mm, text)
                x += width
            y -= row
    canvas.setFont(BODY, 9)
    canvas.drawCentredString(page_width / 2, 12 * mm, f"第 {page} 页")
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    db = Database(f"sqlite:///{bench_database(args.requests)}")
    register_fonts()
    load_calendar(db)  # seeded and warm, as in the running app
    service_register(db, SYSTEM, MONTH_FROM, MONTH_TO, today=TODAY, purpose="view")  # warm-up
    query_times, pdf_times, canvas_times = [], [], []
    engine_pdf = canvas_pdf = b""
    register = None
    for _round in range(args.rounds):
        started = time.perf_counter()
        register = service_register(db, SYSTEM, MONTH_FROM, MONTH_TO, today=TODAY)
        queried = time.perf_counter()
        engine_pdf = register_pdf(register)
        finished = time.perf_counter()
        query_times.append(queried - started)
        pdf_times.append(finished - queried)
        started = time.perf_counter()
        canvas_pdf = canvas_baseline(register)
        canvas_times.append(time.perf_counter() - started)
    assert register is not None
    query, pdf = statistics.median(query_times), statistics.median(pdf_times)
    total = statistics.median(q + p for q, p in zip(query_times, pdf_times, strict=True))
    canvas = statistics.median(canvas_times)
    print(f"{register.count:,} requests, {len(register.groups)} days, {len(engine_pdf) / 1e6:.1f} MB")
    print(f"register: query + banding   {query:6.2f} s")
    print(f"register: PDF               {pdf:6.2f} s")
    print(f"register: end to end        {total:6.2f} s")
    print(f"canvas (drawString)         {canvas:6.2f} s  {len(canvas_pdf) / 1e6:5.1f} MB")
    ratio = total / canvas
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"ratio register/canvas       {ratio:6.2f}   (target ≤ {TARGET_RATIO:.1f}: {verdict})")
    print(f"ratio PDF only/canvas       {pdf / canvas:6.2f}")
    db.dispose()


if __name__ == "__main__":
    main()
