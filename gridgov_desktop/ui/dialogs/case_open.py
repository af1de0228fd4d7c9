"""Opening a mediation case from a list or a number: the case dialog for those who may read it, the
summary box (number, state, dates — nothing said in it) for everyone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs.case_dialog import CaseDialog
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.workers import Worker

translate = QCoreApplication.translate


def open_case(
    parent: QWidget | None,
    db: Database,
    actor: Actor,
    settings: Settings,
    worker: Worker,
    case_id: int | str,
    *,
    lang: str | None = None,
) -> CaseDialog | None:
    """The case dialog for someone who may read the case, else the summary box (number, state,
    dates). None when no dialog was opened (the box was shown, or the case was not found)."""
    from gridgov_desktop.domain.errors import PermissionDenied
    from gridgov_desktop.services.mediation_cases import case_summary, get_case

    detail: CaseDetail | None = None
    try:
        if allows(actor, Permission.MEDIATE):
            try:
                detail = get_case(db, actor, case_id)
            except PermissionDenied:
                detail = None
        summary = detail.summary if detail is not None else case_summary(db, actor, case_id)
    except DomainError as error:
        QMessageBox.warning(
            parent, translate("CaseDialog", "Mediation case"), describe_error(error, lang)
        )
        return None
    if detail is None:
        show_summary(parent, summary)
        return None
    dialog = CaseDialog(db, actor, settings, worker, case_id=summary.id, parent=parent, lang=lang)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def show_summary(parent: QWidget | None, summary: object) -> None:
    """What anyone on the case list may know: the number, state and dates — nothing said in it."""
    from gridgov_desktop.services.mediation_types import CaseSummary

    assert isinstance(summary, CaseSummary)
    lines = [
        translate("CaseDialog", "Case number: {number}").format(number=summary.number),
        translate("CaseDialog", "State: {state}").format(state=words.status_text(summary.status)),
        translate("CaseDialog", "Registered: {date}").format(date=summary.registered_on.isoformat()),
        translate("CaseDialog", "Deadline: {date}").format(date=summary.deadline_on.isoformat()),
    ]
    if summary.closed_on is not None:
        lines.append(
            translate("CaseDialog", "Closed: {date}").format(date=summary.closed_on.isoformat())
        )
    lines.append("")
    lines.append(translate("CaseDialog", "What is said in a case is read only by its mediators."))
    title = translate("CaseDialog", "Mediation case {number}").format(number=summary.number)
    QMessageBox.information(parent, title, "\n".join(lines))
