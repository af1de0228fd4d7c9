"""The print preview: a register shown with QtPdf, printed page by page, saved as the same PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from gui_helpers import Street
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.pdf.resident_registers import households_pdf
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.registers import RegisterKind, resident_register
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog


@pytest.fixture
def pdf(sqlite_db: Database, street: Street, admin: Actor) -> bytes:
    register = resident_register(sqlite_db, admin, street.street, kind=RegisterKind.HOUSEHOLDS)
    return households_pdf(register)


@pytest.fixture
def preview(qtbot: QtBot, chinese: None, pdf: bytes, settings: Settings) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(pdf, title="户籍登记表", file_name="户籍登记表.pdf", settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_register_is_previewed_with_its_page_count(preview: PrintPreviewDialog, pdf: bytes) -> None:
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert preview.document.pageCount() == pages >= 1
    assert preview.ui.pagesLabel.text() == f"共 {pages} 页"
    assert preview.ui.titleLabel.text() == "户籍登记表"
    assert preview.ui.printButton.isEnabled()


def test_printing_sends_every_page_to_the_chosen_printer(
    preview: PrintPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
        printer.setOutputFileName(str(out))
        printer.setResolution(96)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    preview.print_document()
    pages = preview.document.pageCount()
    assert len(PdfReader(out).pages) == pages
    assert preview.ui.messageLabel.text() == f"已发送 {pages} 页到打印机。"


def test_a_cancelled_print_dialog_prints_nothing(
    preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected))
    preview.print_document()
    assert preview.ui.messageLabel.text() == ""


def test_save_as_pdf_writes_the_previewed_bytes(
    preview: PrintPreviewDialog, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "台账"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    preview.ui.saveButton.click()
    saved = tmp_path / "台账.pdf"
    assert saved.read_bytes() == pdf
    assert str(saved) in preview.ui.messageLabel.text()
