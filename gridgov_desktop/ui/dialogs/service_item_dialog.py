"""A service item a paired unit takes on (领办): add or edit its title, details and claim date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, format_date, read_date
from gridgov_desktop.ui.forms.ui_service_item_dialog import Ui_ServiceItemDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.paired_units import ServiceItemInfo


class ServiceItemDialog(ServiceFormDialog):
    """New item of ``unit_id`` when ``item`` is None, else edit it. ``saved(ServiceItemInfo)``."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        unit_id: int,
        unit_name: str,
        *,
        item: ServiceItemInfo | None = None,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_ServiceItemDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._unit_id, self._item = unit_id, item
        ui = self.ui
        title = self.tr("New service item") if item is None else self.tr("Edit service item")
        self.setWindowTitle(title)
        ui.headingLabel.setText(title)
        ui.unitLabel.setText(self.tr("Taken on by {unit}").format(unit=unit_name))
        ui.titleEdit.setPlaceholderText(self.tr("Such as 义诊进社区 (free clinic)"))
        if item is None:
            ui.claimedEdit.setText(dt.date.today().isoformat())
        else:
            ui.titleEdit.setText(item.title)
            ui.descriptionEdit.setText(item.description or "")
            ui.claimedEdit.setText(format_date(item.claimed_on))
        fields = [ui.titleEdit, ui.descriptionEdit, ui.claimedEdit]
        messages = {"title": ui.titleMessage, "date": ui.claimedMessage}
        self.setup_form(fields, ui.buttonBox, messages=messages, form_message=ui.formMessage)

    def submit(self) -> None:
        ui = self.ui
        title = " ".join(ui.titleEdit.text().split())
        show_message(
            ui.titleMessage, Level.ERROR if not title else Level.NONE, self.tr("Type the item.")
        )
        ok, claimed = read_date(ui.claimedEdit, ui.claimedMessage)
        if not title or not ok:
            return
        db, actor, unit_id, item = self._db, self._actor, self._unit_id, self._item
        description = ui.descriptionEdit.text()

        def work() -> ServiceItemInfo:
            from gridgov_desktop.services import paired_units as pu  # SQLAlchemy: off the GUI thread

            if item is None:
                return pu.add_service_item(
                    db, actor, unit_id, title, description=description, claimed_on=claimed
                )
            return pu.update_service_item(
                db,
                actor,
                item.id,
                item.version,
                title=title,
                description=description,
                claimed_on=claimed,
            )

        self.run(work, self._done)

    def _done(self, info: ServiceItemInfo) -> None:
        self.saved.emit(info)
        self.accept()
