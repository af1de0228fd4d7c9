"""Preview a PDF document (a register from ``gridgov_desktop.pdf``), print it, or save it as PDF.

The document is shown with QtPdf (``QPdfDocument`` + ``QPdfView``), pages one under the other, fitted
to the width. Printing goes to the printer chosen in the system's print dialog: each page is rendered
by QtPdf at the printer's resolution (at most ``MAX_PRINT_DPI``: a 600 dpi A4 page would be 140 MB of
pixels) and drawn full-page, so the document's own margins and its landscape or portrait pages are
kept. "Save as PDF" writes the very bytes that were previewed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from gridgov_desktop.settings import LAST_FILE_FOLDER, Settings
from gridgov_desktop.ui.forms.ui_print_preview import Ui_PrintPreviewDialog

MAX_PRINT_DPI = 300
_ZOOM_STEP = 1.25


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self.pdf, self._title, self._file_name, self._settings = pdf, title, file_name, settings
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        ui = self.ui
        ui.pdfView.setDocument(self.document)
        ui.pdfView.setPageMode(QPdfView.PageMode.MultiPage)
        ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        ui.titleLabel.setText(title)
        pages = self.document.pageCount()
        ui.pagesLabel.setText(self.tr("%n page(s)", "", pages))
        ui.printButton.setDefault(True)
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_as)
        ui.closeButton.clicked.connect(self.reject)
        ui.zoomInButton.clicked.connect(lambda: self._zoom(_ZOOM_STEP))
        ui.zoomOutButton.clicked.connect(lambda: self._zoom(1 / _ZOOM_STEP))
        ui.fitWidthButton.clicked.connect(lambda: ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self._zoom(_ZOOM_STEP))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self._zoom(1 / _ZOOM_STEP)
        )
        ok = self.document.status() == QPdfDocument.Status.Ready and pages > 0
        ui.printButton.setEnabled(ok)
        ui.messageLabel.setText("" if ok else self.tr("The document could not be read."))
        ui.printButton.setFocus()

    def _zoom(self, factor: float) -> None:
        view = self.ui.pdfView
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.25, min(4.0, view.zoomFactor() * factor)))

    # --- printing ----------------------------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setFullPage(True)  # the PDF carries its own margins
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self._title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        printed = self.print_to(printer)
        self.ui.messageLabel.setText(self.tr("Sent %n page(s) to the printer.", "", printed))

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page (or the dialog's page range) on ``printer``; returns the pages sent."""
        document = self.document
        first, last = 0, document.pageCount() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, min(last, printer.toPage() - 1)
        painter = QPainter()
        printed = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for index in range(first, last + 1):
                size = document.pagePointSize(index)
                landscape = size.width() > size.height()
                printer.setPageOrientation(
                    QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
                )
                if printed == 0:
                    if not painter.begin(printer):
                        return 0
                else:
                    printer.newPage()
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = document.render(index, pixels)
                area = painter.viewport()
                fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(QPoint(area.x(), area.y()), fitted), image)
                printed += 1
                QApplication.processEvents()
        finally:
            if painter.isActive():
                painter.end()
            QApplication.restoreOverrideCursor()
        return printed

    # --- saving ------------------------------------------------------------------------------------
    def save_as(self) -> None:
        folder = self._settings.get(LAST_FILE_FOLDER) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(Path(folder) / self._file_name),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        try:
            handle, temporary = tempfile.mkstemp(prefix=".gridgov-", suffix=".pdf", dir=target.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(self.pdf)
            os.replace(temporary, target)
        except OSError as error:
            self.ui.messageLabel.setText(
                self.tr("Cannot write {file}: {reason}").format(file=target, reason=error.strerror)
            )
            return
        self._settings.set(LAST_FILE_FOLDER, str(target.parent))
        self.ui.messageLabel.setText(self.tr("Saved as {file}.").format(file=target))
