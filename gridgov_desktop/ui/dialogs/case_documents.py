"""The documents of a case, from the case dialog's Print menu (Ctrl+P): the agreement (written or the
oral record), the session record of the selected journal entry, the notice of rights and duties,
the intake form and the case file checklist — rendered (one small case: on the GUI thread, with a
busy cursor), previewed, then printed.
Every print is audited by the service. The parties' ID numbers print masked; a role that may see
full ID numbers also gets the agreement with them in full (for a court's confirmation), audited.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.mediation import AgreementKind, EntryKind
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseDetail, Entry
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.widgets.field_message import Level, show_message

# The file names printed documents are saved under (Chinese, like the documents).
_FILE_NAMES = {
    "agreement": "人民调解协议书",
    "oral": "口头调解协议登记表",
    "record": "人民调解笔录",
    "rights": "人民调解权利义务告知书",
    "intake": "人民调解受理登记表",
    "checklist": "卷宗目录",
}


class CaseDocuments(QObject):
    def __init__(self, dialog: QWidget, db: Database, actor: Actor, settings: Settings) -> None:
        super().__init__(dialog)
        self._dialog, self._db, self._actor, self._settings = dialog, db, actor, settings
        self.preview: QWidget | None = None
        self.last_menu: QMenu | None = None

    def titles(self) -> dict[str, str]:
        return {
            "agreement": self.tr("Mediation &agreement"),
            "oral": self.tr("&Oral agreement record"),
            "record": self.tr("&Session record of the selected entry"),
            "rights": self.tr("Notice of &rights and duties"),
            "intake": self.tr("&Intake form"),
            "checklist": self.tr("Case file &checklist"),
        }

    def menu(self, detail: CaseDetail, entry: Entry | None) -> QMenu:
        menu = QMenu(self._dialog)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        agreement = detail.agreement
        sessions = [e for e in detail.journal if e.kind is EntryKind.SESSION]
        session = entry if entry is not None and entry.kind is EntryKind.SESSION else None
        if session is None and sessions:
            session = sessions[-1]
        available = {
            "agreement": agreement is not None and agreement.kind is AgreementKind.WRITTEN,
            "oral": agreement is not None and agreement.kind is AgreementKind.ORAL,
            "record": session is not None,
            "rights": True,
            "intake": True,
            "checklist": True,
        }
        for kind, title in self.titles().items():
            action = menu.addAction(title)
            action.setEnabled(available[kind])
            action.setData(kind)
            if kind == "record" and session is not None:
                action.setText(f"{title.replace('&', '')}（#{session.id}）")
            entry_id = session.id if kind == "record" and session is not None else None
            action.triggered.connect(
                lambda _c=False, k=kind, e=entry_id: self.show(detail.summary.number, k, e)
            )
        agreed = next((k for k in ("agreement", "oral") if available[k]), None)
        if agreed is not None and allows(self._actor, Permission.REVEAL_ID_NUMBER):
            menu.addSeparator()
            full = menu.addAction(self.tr("Agreement with &full ID numbers (audited)…"))
            full.setData(f"{agreed}:unmasked")
            full.triggered.connect(
                lambda _c=False, k=agreed: self.show(detail.summary.number, k, reveal=True)
            )
        self.last_menu = menu
        return menu

    def show(self, number: str, kind: str, entry_id: int | None = None, *, reveal: bool = False) -> None:
        """Render ``kind`` and preview it (a small document: on the GUI thread, with a busy cursor)."""
        from PySide6.QtWidgets import QApplication

        from gridgov_desktop.services.mediation_documents_data import case_document
        from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = case_document(self._db, self._actor, number, kind, entry_id, reveal=reveal)
        except DomainError as error:
            label = getattr(getattr(self._dialog, "ui", None), "messageLabel", None)
            if label is not None:
                show_message(label, Level.ERROR, describe_error(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        title = self.titles()[kind].replace("&", "")
        preview = PrintPreviewDialog(
            pdf, title=f"{title} {number}", file_name=f"{_FILE_NAMES[kind]}-{number}.pdf",
            settings=self._settings, parent=self._dialog,
        )  # fmt: skip
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()
