"""双评价 of a completed service item: the community's evaluation, its date and a note."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.dialogs.form_dialog import ServiceFormDialog, format_date, read_date
from gridgov_desktop.ui.forms.ui_evaluation_dialog import Ui_EvaluationDialog
from gridgov_desktop.ui.widgets.community_labels import evaluation_label
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.paired_units import ServiceItemInfo

EVALUATIONS = ("excellent", "good", "fair", "poor")


class EvaluationDialog(ServiceFormDialog):
    """``saved(ServiceItemInfo)`` after the evaluation is recorded (or withdrawn)."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        item: ServiceItemInfo,
        *,
        lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, worker, lang=lang, parent=parent)
        self.ui = Ui_EvaluationDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._item = item
        ui = self.ui
        ui.headingLabel.setText(self.tr("Evaluate the service item"))
        done = format_date(item.completed_on)
        ui.itemLabel.setText(self.tr("{title} (completed {date})").format(title=item.title, date=done))
        for evaluation in EVALUATIONS:
            ui.evaluationCombo.addItem(evaluation_label(evaluation), evaluation)
        ui.evaluationCombo.addItem(self.tr("Withdraw the evaluation"), None)
        if item.evaluation is not None:
            ui.evaluationCombo.setCurrentIndex(EVALUATIONS.index(item.evaluation.value))
            ui.evaluatedEdit.setText(format_date(item.evaluated_on))
            ui.noteEdit.setText(item.evaluation_note or "")
        else:
            ui.evaluatedEdit.setText(dt.date.today().isoformat())
        fields = [ui.evaluationCombo, ui.evaluatedEdit, ui.noteEdit]
        messages = {"date": ui.evaluatedMessage, "evaluation": ui.formMessage}
        self.setup_form(fields, ui.buttonBox, messages=messages, form_message=ui.formMessage)

    def submit(self) -> None:
        ui = self.ui
        ok, evaluated = read_date(ui.evaluatedEdit, ui.evaluatedMessage)
        if not ok:
            return
        db, actor, item = self._db, self._actor, self._item
        value, note = ui.evaluationCombo.currentData(), ui.noteEdit.text()

        def work() -> ServiceItemInfo:
            from gridgov_desktop.services import paired_units as pu  # SQLAlchemy: off the GUI thread

            evaluation = pu.Evaluation(value) if value else None
            return pu.evaluate_item(
                db, actor, item.id, evaluation, item.version, evaluated_on=evaluated, note=note
            )

        self.run(work, self._done)

    def _done(self, info: ServiceItemInfo) -> None:
        self.saved.emit(info)
        self.accept()
