"""Acceptance receipt PDF (受理回执) as the window prints it: `pdf.window_documents.render_receipt`
against a bare ReportLab canvas drawing the same strings with the same embedded fonts, in the same run.

The receipt lays out a ruled table of the resident and the service, the materials received, the
promised date, a QR code (encoded per receipt: error-correction level M, best of eight masks), the
signature lines and the seal circle. The baseline only places the receipt's strings with
`drawString` at fixed positions: no wrapping, no rules, no QR code — the least a PDF with these
texts can cost. Fonts are registered once before timing, as in the running app; then both run
alternately, after a warm-up, and the medians and 95th percentiles are compared.

    .venv/bin/python bench/receipt_pdf.py [--calls 200] [--page-size A5]

Target (issue 4): a receipt in ≤ 50 ms (median and p95 are printed; the target is on the median).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import time

from common import summary_ms
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.pdf.fonts import BODY, TITLE, register_fonts
from gridgov_desktop.pdf.window_documents import render_receipt
from gridgov_desktop.pdf.window_layout import chinese_date, chinese_datetime
from gridgov_desktop.services.service_types import (
    Material,
    OfficeLines,
    ReceiptDocument,
    ServiceVersion,
)

TARGET_MS = 50.0

_MATERIALS = (
    ("最低生活保障申请书", MaterialForm.FORM, ""),
    ("申请人及共同生活家庭成员居民身份证", MaterialForm.ORIGINAL_AND_COPY, "每人一份"),
    ("户口簿", MaterialForm.ORIGINAL_AND_COPY, ""),
    ("家庭经济状况核对授权书", MaterialForm.FORM, ""),
    ("收入证明", MaterialForm.ORIGINAL, ""),
    ("残疾人证", MaterialForm.COPY, "家庭成员有残疾的提供"),
    ("医疗费用票据", MaterialForm.COPY, ""),
)


def sample_receipt(number: int) -> ReceiptDocument:
    """A minimum-income application with seven materials, as the window accepts it."""
    materials = tuple(
        Material(i, i, name, form, 1, True, note)
        for i, (name, form, note) in enumerate(_MATERIALS, start=1)
    )
    service = ServiceVersion(
        item_id=2, code="DBSQ", version_id=3, number=2, name="最低生活保障申请",
        department="东风街道社会事务办公室（民政）",
        legal_basis="《社会救助暂行办法》（国务院令第649号）第九条至第十一条",
        conditions="共同生活的家庭成员人均月收入低于本市城乡居民最低生活保障标准。", fee="不收费",
        time_limit_days=30, must_collect=False, materials=materials,
    )  # fmt: skip
    receipt_no = f"20261121-{number:04d}"
    return ReceiptDocument(
        receipt_no=receipt_no, accepted_at=dt.datetime(2026, 11, 21, 14, 32), window_no=3,
        clerk_name="李娜", resident_name="张三明", resident_id_masked="210102********1234",
        resident_phone_masked="138****5678", service=service, materials_received=materials,
        promised_on=dt.date(2027, 1, 4),
        collection_note="办结后工作人员电话通知，请本人携带居民身份证和本回执到3号窗口领取。",
        office=OfficeLines("东风街道便民服务中心", "东风路1号东风街道便民服务大厅", "024-12345678"),
        qr_payload=f"GG1:{receipt_no}:K7Q2",
    )  # fmt: skip


def receipt_strings(doc: ReceiptDocument) -> list[tuple[str, float, str]]:
    """(font, size, text) of every string the receipt prints."""
    promised = (
        f"{chinese_date(doc.promised_on)}（{doc.service.time_limit_days}个工作日，不含法定节假日）"
    )
    lines = [
        (TITLE, 12.0, doc.office.name), (TITLE, 18.0, "受理回执"),
        (TITLE, 13.0, f"No. {doc.receipt_no}"),
        (BODY, 10.5, f"受理时间：{chinese_datetime(doc.accepted_at)}"),
    ]  # fmt: skip
    facts = (
        ("申请人", doc.resident_name), ("联系电话", doc.resident_phone_masked),
        ("公民身份号码", doc.resident_id_masked), ("受理窗口", f"第{doc.window_no}号窗口"),
        ("办理事项", doc.service.name), ("受理人", doc.clerk_name), ("办理部门", doc.service.department),
    )  # fmt: skip
    for label, value in facts:
        lines += [(TITLE, 10.5, label), (BODY, 10.5, value)]
    lines += [(TITLE, 10.5, header) for header in ("序号", "已收材料", "形式", "份数")]
    for number, material in enumerate(doc.materials_received, start=1):
        name = f"{material.name}（{material.note}）" if material.note else material.name
        lines += [(BODY, 10.5, str(number)), (BODY, 10.5, name)]
        lines += [(BODY, 10.5, material.form.label_zh), (BODY, 10.5, f"{material.copies}份")]
    lines += [
        (TITLE, 10.5, "承诺办结日期"), (TITLE, 10.5, promised), (TITLE, 10.5, "结果告知"),
        (BODY, 10.5, doc.collection_note), (BODY, 9.0, f"No. {doc.receipt_no}"),
        (BODY, 10.5, "申请人签字："), (BODY, 10.5, "日期："), (BODY, 9.0, "受理单位（盖章）"),
        (BODY, 9.0, chinese_date(doc.accepted_at.date())),
        (BODY, 9.0, f"咨询电话：{doc.office.phone}　地址：{doc.office.address}"),
        (BODY, 9.0, "请妥善保管本回执，凭回执（或扫描二维码）查询办理进度、领取办理结果。"),
    ]  # fmt: skip
    return lines


def canvas_baseline(doc: ReceiptDocument, page: tuple[float, float]) -> bytes:
    """The same strings, one drawString each, a line apart from the top down."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=page, initialFontName=BODY)
    y = page[1] - 15 * mm
    for font, size, text in receipt_strings(doc):
        canvas.setFont(font, size)
        canvas.drawString(12 * mm, y, text)
        y -= 4.2 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--page-size", choices=("A5", "A4"), default="A5")
    args = parser.parse_args()
    page = A5 if args.page_size == "A5" else A4

    started = time.perf_counter()
    register_fonts()  # once, at start-up, as the app does
    print(f"fonts registered once: {(time.perf_counter() - started) * 1000:.0f} ms")
    docs = [sample_receipt(n) for n in range(1, args.calls + args.warmup + 1)]
    for doc in docs[: args.warmup]:
        render_receipt(doc, page_size=args.page_size)
        canvas_baseline(doc, page)

    receipt_times, canvas_times, qr_times = [], [], []
    receipt_pdf = canvas_pdf = b""
    for doc in docs[args.warmup :]:  # a new number, so a new QR code, every call
        started = time.perf_counter()
        receipt_pdf = render_receipt(doc, page_size=args.page_size)
        receipt_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        canvas_pdf = canvas_baseline(doc, page)
        canvas_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        QrCodeWidget(doc.qr_payload, barLevel="M").qr.make()
        qr_times.append(time.perf_counter() - started)

    receipt_median, receipt_p95 = summary_ms(receipt_times)
    canvas_median, canvas_p95 = summary_ms(canvas_times)
    qr_median, _qr_p95 = summary_ms(qr_times)
    print(f"{args.calls} receipts, {args.page_size}, 7 materials, a new QR code each")
    for name, median, p95, pdf in (
        ("receipt (render_receipt): ", receipt_median, receipt_p95, receipt_pdf),
        ("canvas  (drawString only):", canvas_median, canvas_p95, canvas_pdf),
    ):
        print(f"{name} median {median:5.1f} ms  p95 {p95:5.1f} ms  {len(pdf) / 1e3:4.0f} kB")
    print(f"  of which QR encoding:     median {qr_median:5.1f} ms (the receipt's, not the canvas's)")
    print(f"ratio receipt/canvas:       {receipt_median / canvas_median:5.2f}")
    verdict = "met" if receipt_median <= TARGET_MS else "NOT met"
    print(f"target receipt ≤ {TARGET_MS:.0f} ms:      {verdict}")


if __name__ == "__main__":
    main()
