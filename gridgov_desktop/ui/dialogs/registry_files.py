"""The main window's Excel and print actions: the import template, importing, exporting the list on
screen, and the registers (居民花名册, 户籍登记表, 网格工作人员通讯录) previewed before printing.

Each action is one service call on a worker thread; the register PDFs are built there too (a street's
register is thousands of rows), then shown in the print preview.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import LAST_FILE_FOLDER, Settings
from gridgov_desktop.ui.dialogs.import_dialog import ImportDialog, describe_file_error
from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow
from gridgov_desktop.ui.i18n import format_count
from gridgov_desktop.ui.workers import Worker

RESIDENTS, HOUSEHOLDS, ROLES = "residents", "households", "roles"


@dataclass(frozen=True)
class Scope:
    """What the resident list shows: a node of the tree, or search hits (``node_id`` None)."""

    node_id: int | None
    kind: NodeKind | None
    title: str


def _register_pdf(db: Database, actor: Actor, which: str, node_id: int | None) -> bytes:
    from gridgov_desktop.pdf import resident_registers as pdfs
    from gridgov_desktop.services import registers

    if which == ROLES:
        return pdfs.roles_pdf(registers.roles_register(db, actor, node_id))
    kind = (
        registers.RegisterKind.HOUSEHOLDS
        if which == HOUSEHOLDS
        else registers.RegisterKind.RESIDENTS_BY_BUILDING
    )
    data = registers.resident_register(db, actor, node_id, kind=kind)
    return pdfs.households_pdf(data) if which == HOUSEHOLDS else pdfs.residents_by_building_pdf(data)


class RegistryFiles(QObject):
    """``residents_changed`` after an import wrote rows; ``status(text)`` for the status bar."""

    residents_changed = Signal()
    status = Signal(str)

    def __init__(
        self,
        window: QWidget,
        db: Database,
        actor: Actor,
        worker: Worker,
        settings: Settings,
        scope: Callable[[], Scope],
        *,
        lang: str,
    ) -> None:
        super().__init__(window)
        self._window, self._db, self._actor, self._worker = window, db, actor, worker
        self._settings, self._scope, self._lang = settings, scope, lang
        self.import_dialog: ImportDialog | None = None
        self.preview: QWidget | None = None

    def connect_actions(self, ui: Ui_MainWindow) -> None:
        """The File menu's Excel and print actions."""
        ui.actionDownloadTemplate.triggered.connect(self.download_template)
        ui.actionImport.triggered.connect(self.import_residents)
        ui.actionExport.triggered.connect(self.export_list)
        ui.actionPrintResidents.triggered.connect(self.print_screen)
        ui.actionPrintHouseholds.triggered.connect(lambda: self.print_register(HOUSEHOLDS))
        ui.actionPrintRoles.triggered.connect(lambda: self.print_register(ROLES))

    def _folder(self) -> Path:
        return Path(self._settings.get(LAST_FILE_FOLDER) or str(Path.home()))

    def _save_path(self, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self._window, title, str(self._folder() / name), filter_text
        )
        if not path:
            return None
        target = Path(path if path.lower().endswith(suffix) else path + suffix)
        self._settings.set(LAST_FILE_FOLDER, str(target.parent))
        return target

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            raise error
        QMessageBox.warning(self._window, self.tr("Not done"), describe_file_error(error, self._lang))

    # --- Excel -------------------------------------------------------------------------------------
    def download_template(self) -> None:
        path = self._save_path(
            self.tr("Save the import template"),
            self.tr("Resident import template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        db = self._db

        def write() -> Path:
            from gridgov_desktop.services.excel_template import write_import_template

            write_import_template(path, db=db)
            return path

        self._worker.run(
            write,
            on_done=lambda done: self.status.emit(self.tr("Template saved: {file}").format(file=done)),
            on_error=self._failed,
            owner=self,
        )

    def import_residents(self) -> ImportDialog:
        dialog = ImportDialog(
            self._db, self._actor, self._worker, self._settings, lang=self._lang, parent=self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _rows: self.residents_changed.emit())
        dialog.template_requested.connect(self.download_template)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def export_list(self) -> None:
        scope = self._scope()
        if scope.node_id is None:
            self.status.emit(
                self.tr("Search results cannot be exported yet: choose a part of the tree on the left.")
            )
            return
        path = self._save_path(
            self.tr("Export the list"),
            self.tr("Residents {scope}.xlsx").format(scope=scope.title),
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return
        db, actor, node_id = self._db, self._actor, scope.node_id

        def export() -> object:
            from gridgov_desktop.services.resident_export import export_residents

            return export_residents(db, actor, path, node_id=node_id)

        self.status.emit(self.tr("Exporting…"))
        self._worker.run(
            export,
            on_done=lambda summary: self.status.emit(
                self.tr("Exported {count} residents to {file}.").format(
                    count=format_count(getattr(summary, "rows", 0)), file=path
                )
            ),
            on_error=self._failed,
            owner=self,
        )

    # --- registers ---------------------------------------------------------------------------------
    def print_register(self, which: str) -> None:
        scope = self._scope()
        if scope.node_id is None and which != ROLES:
            self.status.emit(self.tr("Choose the part of the tree to print on the left."))
            return
        titles = {
            RESIDENTS: self.tr("Residents by building"),
            HOUSEHOLDS: self.tr("Household register"),
            ROLES: self.tr("Grid staff contact sheet"),
        }
        title = titles[which]
        db, actor, node_id = self._db, self._actor, scope.node_id
        self.status.emit(self.tr("Preparing {title}…").format(title=title))
        self._worker.run(
            lambda: _register_pdf(db, actor, which, node_id),
            on_done=lambda pdf: self._preview(pdf, title, f"{title} {scope.title}.pdf"),
            on_error=self._failed,
            owner=self,
        )

    def print_screen(self) -> None:
        """Ctrl+P: the register of what the list shows (a household: its household register)."""
        scope = self._scope()
        self.print_register(HOUSEHOLDS if scope.kind is NodeKind.HOUSEHOLD else RESIDENTS)

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        self.show_preview(pdf, title, file_name)

    def show_preview(self, pdf: bytes, title: str, file_name: str) -> QWidget:
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog  # QtPdf: on first use

        self.status.emit("")
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=file_name, settings=self._settings, parent=self._window
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
        return preview
