"""Set up a party unit for a place (社区党委 at a community, 网格党支部 at a grid, 楼栋党小组 at a
building, 党员中心户 at a household), or edit one: name, star rating (星级) with its date, secretary.

Setting up asks only for the name (left empty, the service names it after the place). Editing sends
one service call per part that changed (name, secretary, rating), each naming the version it read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.org import NodeSummary
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, format_date, read_date
from gridgov_desktop.ui.forms.ui_party_org_dialog import Ui_PartyOrgDialog
from gridgov_desktop.ui.widgets.community_labels import party_kind_label, stars
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.party import PartyOrgInfo

# The party unit set up at each level of the tree (services.party.LEVELS, by value).
KIND_AT = {
    "community": "committee",
    "grid": "branch",
    "building": "group",
    "household": "member_household",
}


class PartyOrgDialog(ServiceFormDialog):
    """New unit of ``kind`` at ``node`` when ``unit`` is None, else edit ``unit``.
    ``saved(PartyOrgInfo)`` after the save."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        *,
        lang: str | None = None,
        node: NodeSummary | None = None,
        unit: PartyOrgInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_PartyOrgDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        assert (node is None) != (unit is None)
        self._node, self._unit = node, unit
        ui = self.ui
        ui.starsCombo.addItem(stars(None), None)
        for rating in range(1, 6):
            ui.starsCombo.addItem(
                self.tr("{stars}  {count} star(s)").format(stars=stars(rating), count=rating), rating
            )
        ui.secretaryPicker.configure(db, actor, worker, allow_nobody=True, phone_required=False)
        if unit is None:
            assert node is not None
            kind = KIND_AT[node.kind.value]
            self.kind = kind
            self.setWindowTitle(self.tr("Set up a {kind}").format(kind=party_kind_label(kind)))
            ui.placeLabel.setText(
                self.tr("Serving {place}").format(place=node.address or node.display_name)
            )
            ui.nameEdit.setPlaceholderText(self.tr("Leave empty to name it after the place"))
            for widget in (
                ui.starsLabel,
                ui.starsCombo,
                ui.ratedOnLabel,
                ui.ratedOnEdit,
                ui.secretaryGroup,
            ):
                widget.hide()
            fields: list[QWidget] = [ui.nameEdit]
        else:
            self.kind = unit.kind.value
            self.setWindowTitle(self.tr("Edit {name}").format(name=unit.name))
            ui.placeLabel.setText(
                self.tr("{kind}, serving {place}").format(
                    kind=party_kind_label(unit.kind), place=unit.place
                )
            )
            ui.nameEdit.setText(unit.name)
            ui.starsCombo.setCurrentIndex(unit.star_rating or 0)
            ui.ratedOnEdit.setText(format_date(unit.rated_on))
            ui.secretaryPicker.set_value(
                unit.secretary_resident_id, unit.secretary_name, unit.secretary_phone
            )
            fields = [ui.nameEdit, ui.starsCombo, ui.ratedOnEdit, *ui.secretaryPicker.input_fields()]
            ui.starsCombo.currentIndexChanged.connect(self._stars_changed)
        ui.headingLabel.setText(self.windowTitle())
        self.setup_form(
            fields,
            ui.buttonBox,
            messages={"org_name": ui.nameMessage, "star_rating": ui.ratedOnMessage},
            form_message=ui.formMessage,
        )

    def _stars_changed(self, index: int) -> None:
        if index and not self.ui.ratedOnEdit.text().strip():
            self.ui.ratedOnEdit.setText(dt.date.today().isoformat())

    def submit(self) -> None:
        name = " ".join(self.ui.nameEdit.text().split())
        db, actor = self._db, self._actor
        if self._unit is None:
            assert self._node is not None
            node_id, kind = self._node.id, self.kind

            def create() -> PartyOrgInfo:
                from gridgov_desktop.services import party  # SQLAlchemy: off the GUI thread

                return party.create_party_org(
                    db, actor, party.PartyOrgKind(kind), node_id, name=name or None
                )

            self.run(create, self._done)
            return
        unit = self._unit
        if not name:
            self.ui.nameEdit.setFocus()
            return
        ok, rated_on = read_date(self.ui.ratedOnEdit, self.ui.ratedOnMessage)
        picker = self.ui.secretaryPicker
        if not ok or not picker.validate():
            return
        rating = self.ui.starsCombo.currentData()
        person = picker.value()
        secretary = (person.resident_id, person.name, person.phone) if person else (None, None, None)
        was = (unit.secretary_resident_id, unit.secretary_name, unit.secretary_phone)
        typed_phone = person.phone if person is not None else None
        secretary_changed = secretary[:2] != was[:2] or (
            typed_phone is not None and typed_phone != was[2]
        )

        def edit() -> PartyOrgInfo:
            from gridgov_desktop.services import party

            info = unit
            if name != info.name:
                info = party.rename_party_org(db, actor, info.id, name, info.version)
            if secretary_changed:
                resident_id, person_name, phone = secretary
                info = party.set_secretary(
                    db,
                    actor,
                    info.id,
                    info.version,
                    resident_id=resident_id,
                    name=None if resident_id else person_name,
                    phone=phone,
                )
            if (rating, rated_on if rating else None) != (unit.star_rating, unit.rated_on):
                info = party.rate_party_org(db, actor, info.id, rating, info.version, rated_on=rated_on)
            return info

        self.run(edit, self._done)

    def _done(self, info: PartyOrgInfo) -> None:
        self.saved.emit(info)
        self.accept()
