"""The roles contact sheet (通讯录) of a node's subtree: made off the GUI thread (the roles register,
``services.registers.roles_register``, rendered by ``pdf.resident_registers.register_pdf``), then
shown in the print preview to print or save as PDF. Without the window's settings (which the
preview needs for its last folder) it is saved straight to a file the clerk names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker


def _contact_sheet(db: Database, actor: Actor, node_id: int) -> tuple[bytes, int]:
    from gridgov_desktop.pdf.resident_registers import register_pdf  # ReportLab: off the GUI thread
    from gridgov_desktop.services.registers import roles_register

    register = roles_register(db, actor, node_id)  # audited as a print
    return register_pdf(register), len(register.entries)


class ContactSheet(QObject):
    """``message(text)`` for the status bar; ``preview`` is the open print preview, if any."""

    message = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        settings: Settings | None,
        lang: str | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._worker = db, actor, worker
        self._settings, self._lang, self._parent = settings, lang, parent
        self.preview: QWidget | None = None

    def file_name(self, node: NodeSummary) -> str:
        return self.tr("Contact sheet {name} {date}.pdf").format(name=node.name, date=dt.date.today())

    def print_node(self, node: NodeSummary) -> None:
        if self._settings is None:
            self._save(node)
            return
        db, actor, node_id = self._db, self._actor, node.id
        self.message.emit(self.tr("Making the contact sheet…"))
        self._worker.run(
            lambda: _contact_sheet(db, actor, node_id),
            on_done=lambda made: self._show(made[0], node),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, pdf: bytes, node: NodeSummary) -> None:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog  # QtPdf: on first use

        assert self._settings is not None
        self.message.emit("")
        title = self.tr("Contact sheet of {name}").format(name=node.name)
        preview = PrintPreviewDialog(
            pdf,
            title=title,
            file_name=self.file_name(node),
            settings=self._settings,
            parent=self._parent.window(),
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.destroyed.connect(lambda _obj=None: setattr(self, "preview", None))
        preview.open()

    def _save(self, node: NodeSummary) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the contact sheet"),
            str(Path(folder) / self.file_name(node)),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        db, actor, node_id = self._db, self._actor, node.id

        def work() -> int:
            pdf, count = _contact_sheet(db, actor, node_id)
            target.write_bytes(pdf)
            return count

        def done(count: int) -> None:
            text = self.tr("Saved the contact sheet ({count} role(s)) to {path}.")
            self.message.emit(text.format(count=count, path=target))

        self.message.emit(self.tr("Making the contact sheet…"))
        self._worker.run(work, on_done=done, on_error=self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self.message.emit("")
        if isinstance(error, OSError):
            QMessageBox.warning(self._parent, self.tr("Not saved"), str(error))
        elif isinstance(error, DomainError):
            QMessageBox.warning(self._parent, self.tr("Not printed"), error_text(error, self._lang))
        else:
            raise error
