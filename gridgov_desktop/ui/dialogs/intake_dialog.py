"""At the window: from the chosen service to a printed receipt or a one-time notice.

Built for a queue and the keyboard. The filter has focus on open and finds a service by its name,
code or pinyin initials ("jzzm" → 居住证明开具); arrows move through the list and Enter takes it.
The checklist then has focus, pre-ticked from the resident's last one-time notice: Space ticks,
Ctrl+A ticks all. Ctrl+Enter accepts (only when every required material is ticked) and opens the
receipt's preview, where Ctrl+P or Enter prints; Ctrl+G gives the one-time notice of everything
missing. Door to receipt: type, Enter, Ctrl+A, Ctrl+Enter, Enter.

The service calls are single small transactions and a receipt renders in a few milliseconds, so they
run on the GUI thread: each keystroke lands on the widget the previous one prepared. A refused call
says why under the checklist and keeps every tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDir, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import ResidentStatus
from gridgov_desktop.domain.errors import DomainError, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import registry, service_requests
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.service_requests import IntakeForm
from gridgov_desktop.services.service_types import Material
from gridgov_desktop.settings import RECEIPT_PAGE_SIZE, WINDOW_NUMBER, Settings
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.request_labels import long_date, screen_language
from gridgov_desktop.ui.widgets.service_chooser import ServiceChooser
from gridgov_desktop.ui.workers import Worker

_MATERIAL_ROLE = Qt.ItemDataRole.UserRole
# The theme draws a checked list row as a bare tick and an unchecked one as nothing, and the focused
# row solid blue: a checklist needs its empty boxes visible on every row. Only set when the theme's
# icons are there (``apply_theme``).
_CHECKLIST_RULES = """
QListView::indicator:unchecked { image: url(icon:/primary/checkbox_unchecked.svg); }
QListView::indicator:checked { image: url(icon:/primary/checkbox_checked.svg); }
QListView::indicator:disabled { image: none; }
QListView::item:selected, QListView::item:selected:focus {
    background-color: rgba(41, 121, 255, 0.22);
}
"""


class IntakeDialog(QDialog):
    """``request_accepted(receipt_no)`` once a request is accepted (before its receipt prints);
    ``notice_issued(notice_no)`` once a one-time notice is recorded."""

    request_accepted = Signal(str)
    notice_issued = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        resident_id: int,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._lang = lang or screen_language()
        self._resident_id = resident_id
        self._window_no = settings.get(WINDOW_NUMBER)
        self.form: IntakeForm | None = None
        self._clean_ticks: frozenset[int] = frozenset()
        self._accepted_as = ""  # this form's request: accepting again needs a fresh choice
        self._notice_for: frozenset[int] | None = None  # ticks a notice was given for
        self._set_up()
        self._load()
        self.ui.filterEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- set-up ------------------------------------------------------------------------------------
    def _set_up(self) -> None:
        ui = self.ui
        ui.windowLabel.setText(self.tr("Window {number}").format(number=self._window_no))
        self.chooser = ServiceChooser(ui.filterEdit, ui.serviceTree, ui.serviceCountLabel, self)
        self.chooser.chosen.connect(self.choose)
        if QDir.searchPaths("icon"):
            ui.materialsList.setStyleSheet(_CHECKLIST_RULES)
        ui.acceptButton.setToolTip(self.tr("Accept and print the receipt (Ctrl+Enter)"))
        ui.noticeButton.setToolTip(self.tr("Print a one-time notice of what is missing (Ctrl+G)"))
        ui.materialsList.itemChanged.connect(lambda _item: self._update_actions())
        ui.materialsList.installEventFilter(self)
        ui.acceptButton.clicked.connect(self.accept_request)
        ui.noticeButton.clicked.connect(self.issue_notice)
        ui.closeButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept_request)
        QShortcut(QKeySequence("Ctrl+G"), self, self.issue_notice)
        for label in (ui.messageLabel, ui.missingLabel):
            show_message(label, Level.NONE)
        self._show_form(None)

    def _load(self) -> None:
        from gridgov_desktop.services.catalogue import list_services

        try:
            resident = registry.get_resident(self._db, self._actor, self._resident_id)
            services = list_services(self._db)
        except DomainError as error:
            self._show_error(error)
            return
        parts = [resident.name, resident.id_number_masked, resident.address]
        self.ui.residentLabel.setText(
            self.tr("Applicant: {person}").format(person="　".join(p for p in parts if p))
        )
        self.setWindowTitle(self.tr("Accept a request: {name}").format(name=resident.name))
        if resident.status is not ResidentStatus.LIVING:
            # Said before the clerk chooses a service: no request can be taken for this person.
            self._show_error(ValidationError("not_living_here", field="resident"))
        self.chooser.set_services(services)

    # --- choosing the service ----------------------------------------------------------------------
    def choose(self, code: str) -> None:
        """Show the checklist of ``code`` for this resident, pre-ticked from the last notice."""
        if self.form is not None and not self._may_discard():
            return
        try:
            form = service_requests.intake_form(self._db, self._actor, self._resident_id, code)
        except DomainError as error:
            self._show_error(error)
            return
        show_message(self.ui.messageLabel, Level.NONE)
        self._accepted_as, self._notice_for = "", None
        self._show_form(form)
        self.ui.materialsList.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_form(self, form: IntakeForm | None) -> None:
        ui = self.ui
        self.form = form
        materials = ui.materialsList
        materials.blockSignals(True)
        materials.clear()
        brought = form.previously_brought if form else frozenset()
        for material in form.service.materials if form else ():
            materials.addItem(self._material_item(material, material.id in brought))
        materials.blockSignals(False)
        if materials.count():
            materials.setCurrentRow(0)
        self._clean_ticks = self.ticked()
        for widget in (ui.materialsLabel, materials, ui.conditionsLabel, ui.conditionsText):
            widget.setEnabled(form is not None)
        if form is None:
            ui.serviceTitleLabel.setText(self.tr("Choose a service on the left."))
            ui.promisedLabel.setText("")
            ui.noticeLabel.setText("")
            ui.conditionsText.setPlainText("")
            self._update_actions()
            return
        service = form.service
        ui.serviceTitleLabel.setText(service.name)
        when = long_date(form.promised_on, self._lang)
        ui.promisedLabel.setText(
            self.tr("Promised completion date: {date} ({days} working days)").format(
                date=when, days=service.time_limit_days
            )
            if service.time_limit_days
            else self.tr("Promised completion date: {date} (on the spot)").format(date=when)
        )
        ui.noticeLabel.setText(
            self.tr("Last one-time notice {number}: the materials brought then are ticked.").format(
                number=form.last_notice_no
            )
            if form.last_notice_no
            else ""
        )
        ui.noticeLabel.setVisible(bool(form.last_notice_no))
        ui.conditionsText.setPlainText(
            "\n".join(
                [
                    self.tr("Department: {text}").format(text=service.department),
                    self.tr("Conditions: {text}").format(text=service.conditions or "—"),
                    self.tr("Legal basis: {text}").format(text=service.legal_basis or "—"),
                    self.tr("Fee: {text}").format(text=service.fee or "—"),
                ]
            )
        )
        self._update_actions()

    def _material_item(self, material: Material, ticked: bool) -> QListWidgetItem:
        mark = self.tr("[required]") if material.mandatory else self.tr("[optional]")
        item = QListWidgetItem(f"{mark} {material.description_zh}")
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setData(_MATERIAL_ROLE, material.id)
        if material.mandatory:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        if material.note:
            item.setToolTip(material.note)
        return item

    # --- the checklist -----------------------------------------------------------------------------
    def ticked(self) -> frozenset[int]:
        materials = self.ui.materialsList
        return frozenset(
            materials.item(row).data(_MATERIAL_ROLE)
            for row in range(materials.count())
            if materials.item(row).checkState() == Qt.CheckState.Checked
        )

    def tick_all(self) -> None:
        materials = self.ui.materialsList
        for row in range(materials.count()):
            materials.item(row).setCheckState(Qt.CheckState.Checked)

    def missing(self) -> list[Material]:
        """Required materials not ticked."""
        if self.form is None:
            return []
        ticked = self.ticked()
        return [m for m in self.form.service.mandatory_materials if m.id not in ticked]

    def _update_actions(self) -> None:
        ui, form = self.ui, self.form
        missing = self.missing()
        open_form = form is not None and not self._accepted_as
        ui.acceptButton.setEnabled(open_form and not missing)
        ui.noticeButton.setEnabled(open_form and bool(missing) and self._notice_for != self.ticked())
        if not open_form:
            show_message(ui.missingLabel, Level.NONE)
        elif missing:
            names = "、".join(material.name for material in missing)
            show_message(
                ui.missingLabel,
                Level.WARNING,
                self.tr("{count} required missing: {names}. One-time notice: Ctrl+G.").format(
                    count=len(missing), names=names
                ),
            )
        else:
            show_message(
                ui.missingLabel,
                Level.NOTE,
                self.tr("Every required material is here: accept with Ctrl+Enter."),
            )

    # --- accepting and notices ---------------------------------------------------------------------
    def accept_request(self) -> None:
        """Accept (Ctrl+Enter), then print the receipt through its preview."""
        form = self.form
        if form is None or not self.ui.acceptButton.isEnabled():
            return
        detail = self._call(
            lambda: service_requests.accept_request(
                self._db, self._actor, self._resident_id, form.service.code, self.ticked(),
                window_no=self._window_no,
            )
        )  # fmt: skip
        if detail is None:
            return
        number = detail.summary.receipt_no
        self._accepted_as = number
        self._clean_ticks = self.ticked()
        self._update_actions()
        show_message(self.ui.messageLabel, Level.NOTE, self.tr("Accepted: receipt {number}.").format(
            number=number
        ))  # fmt: skip
        self.request_accepted.emit(number)
        self.print_receipt(number)

    def print_receipt(self, number: str) -> None:
        from gridgov_desktop.pdf.receipt import render_receipt

        try:
            document = service_requests.print_receipt(self._db, self._actor, number)
        except DomainError as error:
            reason = describe_error(error, self._lang)
            show_message(
                self.ui.messageLabel,
                Level.ERROR,
                self.tr("Accepted as {number}, but the receipt was not printed: {reason}").format(
                    number=number, reason=reason
                ),
            )
            return
        pdf = render_receipt(document, page_size=self._settings.get(RECEIPT_PAGE_SIZE))
        self._preview(pdf, self.tr("Receipt {number}").format(number=number), f"受理回执-{number}.pdf")

    def issue_notice(self) -> None:
        """The one-time notice of everything missing (Ctrl+G), recorded, then previewed."""
        from gridgov_desktop.pdf.notice import render_notice

        form = self.form
        if form is None or not self.ui.noticeButton.isEnabled():
            return
        ticked = self.ticked()
        document = self._call(
            lambda: service_requests.issue_notice(
                self._db, self._actor, self._resident_id, form.service.code, ticked,
                window_no=self._window_no,
            )
        )  # fmt: skip
        if document is None:
            return
        self._notice_for = self._clean_ticks = ticked
        self._update_actions()
        number = document.notice_no
        show_message(
            self.ui.messageLabel,
            Level.NOTE,
            self.tr("One-time notice {number} given.").format(number=number),
        )
        self.notice_issued.emit(number)
        pdf = render_notice(document, page_size=self._settings.get(RECEIPT_PAGE_SIZE))
        self._preview(
            pdf, self.tr("One-time notice {number}").format(number=number), f"一次性告知书-{number}.pdf"
        )

    def _call(self, call: Callable[[], Any]) -> Any:
        """One service call; a refusal is shown under the checklist (and None returned)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return call()
        except DomainError as error:
            self._show_error(error)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _preview(self, pdf: bytes, title: str, file_name: str) -> None:
        preview = PrintPreviewDialog(
            pdf, title=title, file_name=file_name, settings=self._settings, parent=self
        )
        preview.exec()
        preview.deleteLater()
        # Ready for the resident's next service.
        self.ui.filterEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.filterEdit.selectAll()

    def _show_error(self, error: DomainError) -> None:
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    # --- keys and closing --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if watched is self.ui.materialsList and event.matches(QKeySequence.StandardKey.SelectAll):
            self.tick_all()
            return True
        return False

    def is_dirty(self) -> bool:
        """Ticks changed and neither accepted nor noticed."""
        return self.form is not None and self.ticked() != self._clean_ticks

    def _may_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard the ticks?"),
            self.tr("The materials ticked for this service have not been accepted. Discard them?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def reject(self) -> None:
        if self._may_discard():
            super().reject()
