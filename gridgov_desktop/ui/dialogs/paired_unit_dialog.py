"""Record a paired unit (共建单位) that reported to a community (双报到), or edit one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.domain.phone import parse_phone
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, format_date, read_date
from gridgov_desktop.ui.forms.ui_paired_unit_dialog import Ui_PairedUnitDialog
from gridgov_desktop.ui.widgets.community_labels import unit_kind_label
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.paired_units import PairedUnitInfo

UNIT_KINDS = (
    "government",
    "public_institution",
    "school",
    "hospital",
    "company",
    "social_organisation",
    "other",
)


class PairedUnitDialog(ServiceFormDialog):
    """New unit of ``community_id`` when ``unit`` is None, else edit it. ``saved(PairedUnitInfo)``."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        community_id: int,
        community_name: str,
        *,
        unit: PairedUnitInfo | None = None,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_PairedUnitDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._community_id, self._unit = community_id, unit
        ui = self.ui
        for kind in UNIT_KINDS:
            ui.kindCombo.addItem(unit_kind_label(kind), kind)
        title = (
            self.tr("New paired unit") if unit is None else self.tr("Edit {name}").format(name=unit.name)
        )
        self.setWindowTitle(title)
        ui.headingLabel.setText(title)
        ui.communityLabel.setText(self.tr("Paired with {community}").format(community=community_name))
        ui.phoneEdit.setPlaceholderText(self.tr("Mobile or landline"))
        if unit is not None:
            ui.nameEdit.setText(unit.name)
            ui.kindCombo.setCurrentIndex(UNIT_KINDS.index(unit.kind.value))
            ui.contactEdit.setText(unit.contact_name or "")
            ui.phoneEdit.setText(unit.contact_phone or "")
            ui.reportedEdit.setText(format_date(unit.reported_on))
            ui.notesEdit.setText(unit.notes or "")
        fields = [ui.nameEdit, ui.kindCombo, ui.contactEdit, ui.phoneEdit, ui.reportedEdit, ui.notesEdit]
        messages = {
            "unit_name": ui.nameMessage,
            "contact_phone": ui.phoneMessage,
            "phone": ui.phoneMessage,
            "reported_on": ui.reportedMessage,
        }
        self.setup_form(fields, ui.buttonBox, messages=messages, form_message=ui.formMessage)
        ui.phoneEdit.editingFinished.connect(self.check_phone)

    def check_phone(self) -> bool:
        text = self.ui.phoneEdit.text().strip()
        problem = ""
        if text:
            try:
                parse_phone(text)
            except DomainError as error:
                problem = describe_error(error, self._lang)
        show_message(self.ui.phoneMessage, Level.ERROR if problem else Level.NONE, problem)
        return not problem

    def submit(self) -> None:
        ui = self.ui
        name = " ".join(ui.nameEdit.text().split())
        show_message(ui.nameMessage, Level.ERROR if not name else Level.NONE, self.tr("Type the name."))
        ok, reported = read_date(ui.reportedEdit, ui.reportedMessage)
        if not name or not self.check_phone() or not ok:
            return
        db, actor, community_id, unit = self._db, self._actor, self._community_id, self._unit
        kind = ui.kindCombo.currentData()
        contact, phone, notes = ui.contactEdit.text(), ui.phoneEdit.text(), ui.notesEdit.text()

        def work() -> PairedUnitInfo:
            from gridgov_desktop.services import paired_units as pu  # SQLAlchemy: off the GUI thread

            data = pu.PairedUnitData(name, pu.PairedUnitKind(kind), contact, phone, reported, notes)
            if unit is None:
                return pu.create_paired_unit(db, actor, community_id, data)
            return pu.update_paired_unit(db, actor, unit.id, data, unit.version)

        self.run(work, self._done)

    def _done(self, info: PairedUnitInfo) -> None:
        self.saved.emit(info)
        self.accept()
