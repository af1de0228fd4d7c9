"""What a move of a case needs, asked once (UX.md: irreversible moves show what changes and ask):
written or oral agreement, where a failed case was referred (named), how the follow-up visit went,
why a case closes with items missing from its file, an extension with both parties' consent.

Each ``ask_*`` returns None when the user cancels. Tests replace these functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.domain.mediation import AgreementKind, ReferredTo
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FollowUpAnswer:
    performed: bool | None
    note: str


class _Ask(QDialog):
    """A small form: a question, fields, an inline message, OK / Cancel."""

    def __init__(self, parent: QWidget | None, title: str, question: str, ok: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(question, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.message = QLabel(self)
        show_message(self.message, Level.NONE)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def problem(self) -> str:
        return ""

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            show_message(self.message, Level.ERROR, problem)
            return
        self.accept()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def ask_agreement(parent: QWidget | None, has_terms: bool) -> tuple[AgreementKind, str] | None:
    """(kind, what was agreed): an oral agreement without saved terms is recorded in words here."""
    ask = _Ask(
        parent,
        translate("CaseMoves", "Agreement reached"),
        translate(
            "CaseMoves",
            "Is the agreement written (art. 29: the agreement form must be saved with its terms) or "
            "oral (art. 28: the mediator records its content)?",
        ),
        translate("CaseMoves", "Record the agreement"),
    )
    combo = QComboBox(ask)
    for kind in AgreementKind:
        combo.addItem(words.agreement_text(kind), kind.value)
    combo.setCurrentIndex(0 if has_terms else 1)
    content = QPlainTextEdit(ask)
    content.setTabChangesFocus(True)
    content.setMaximumHeight(90)
    content.setPlaceholderText(translate("CaseMoves", "What the parties agreed orally"))
    ask.form.addRow(translate("CaseMoves", "&Kind:"), combo)
    if not has_terms:
        ask.form.addRow(translate("CaseMoves", "&Agreed:"), content)
    else:
        content.hide()

    def problem() -> str:
        oral = combo.currentData() == AgreementKind.ORAL.value
        if not has_terms and oral and not content.toPlainText().strip():
            return translate("CaseMoves", "Record what was agreed (art. 28).")
        if not has_terms and not oral:
            return translate("CaseMoves", "Save the written agreement's terms first (Agreement tab).")
        return ""

    ask.problem = problem  # type: ignore[method-assign]
    combo.setFocus(Qt.FocusReason.OtherFocusReason)
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return AgreementKind(combo.currentData()), content.toPlainText().strip()


def ask_referral(parent: QWidget | None) -> tuple[ReferredTo, str] | None:
    ask = _Ask(
        parent,
        translate("CaseMoves", "Mediation failed"),
        translate("CaseMoves", "Where were the parties referred? Name the court or the department."),
        translate("CaseMoves", "Record the failure"),
    )
    combo = QComboBox(ask)
    for where in ReferredTo:
        combo.addItem(words.referred_text(where), where.value)
    name = QLineEdit(ask)
    name.setPlaceholderText(translate("CaseMoves", "e.g. 东风区人民法院"))
    ask.form.addRow(translate("CaseMoves", "Referred &to:"), combo)
    ask.form.addRow(translate("CaseMoves", "&Name:"), name)

    def problem() -> str:
        needs_name = combo.currentData() in (ReferredTo.COURT.value, ReferredTo.DEPARTMENT.value)
        if needs_name and not name.text().strip():
            return translate("CaseMoves", "Name the court or the department.")
        return ""

    ask.problem = problem  # type: ignore[method-assign]
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return ReferredTo(combo.currentData()), name.text().strip()


def ask_follow_up(parent: QWidget | None) -> FollowUpAnswer | None:
    ask = _Ask(
        parent,
        translate("CaseMoves", "Follow-up visit"),
        translate("CaseMoves", "Record the follow-up visit: was the agreement carried out?"),
        translate("CaseMoves", "Record the visit"),
    )
    combo = QComboBox(ask)
    for text, value in (
        (translate("CaseMoves", "Carried out"), True),
        (translate("CaseMoves", "Not carried out"), False),
        (translate("CaseMoves", "Not applicable / unknown"), None),
    ):
        combo.addItem(text, value)
    note = QPlainTextEdit(ask)
    note.setTabChangesFocus(True)
    note.setMaximumHeight(90)
    ask.form.addRow(translate("CaseMoves", "&Performance:"), combo)
    ask.form.addRow(translate("CaseMoves", "&What was found:"), note)

    def problem() -> str:
        return "" if note.toPlainText().strip() else translate("CaseMoves", "Write what was found.")

    ask.problem = problem  # type: ignore[method-assign]
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return FollowUpAnswer(combo.currentData(), note.toPlainText().strip())


def ask_close(parent: QWidget | None, number: str, missing: list[str]) -> str | None:
    """The note on missing items ("" when none is missing), or None when not confirmed."""
    if not missing:
        text = translate("CaseMoves", "Close case {number} and archive its file? This cannot be undone.")
        ok = confirm(parent, translate("CaseMoves", "Close the case"), text.format(number=number))
        return "" if ok else None
    ask = _Ask(
        parent,
        translate("CaseMoves", "Close the case"),
        translate(
            "CaseMoves",
            "These required items are missing from the file:\n{items}\n\nA case closes with them "
            "missing only if you record why. Closing cannot be undone.",
        ).format(items="\n".join(f"  ⚠ {item}" for item in missing)),
        translate("CaseMoves", "Close with the reason"),
    )
    reason = QPlainTextEdit(ask)
    reason.setTabChangesFocus(True)
    reason.setMaximumHeight(90)
    ask.form.addRow(translate("CaseMoves", "&Why:"), reason)

    def problem() -> str:
        return (
            "" if reason.toPlainText().strip() else translate("CaseMoves", "Write why they are missing.")
        )

    ask.problem = problem  # type: ignore[method-assign]
    if ask.exec() != QDialog.DialogCode.Accepted:
        return None
    return reason.toPlainText().strip()


def ask_extension(parent: QWidget | None, deadline: dt.date) -> tuple[dt.date, str] | None:
    ask = _Ask(
        parent,
        translate("CaseMoves", "Extend the deadline"),
        translate(
            "CaseMoves",
            "The deadline is {date}. An extension needs both parties' consent: say until when, and "
            "how each party consented.",
        ).format(date=deadline.isoformat()),
        translate("CaseMoves", "Extend"),
    )
    until = QLineEdit(ask)
    until.setPlaceholderText((deadline + dt.timedelta(days=15)).isoformat())
    note = QPlainTextEdit(ask)
    note.setTabChangesFocus(True)
    note.setMaximumHeight(90)
    ask.form.addRow(translate("CaseMoves", "&Until:"), until)
    ask.form.addRow(translate("CaseMoves", "Both parties' &consent:"), note)
    chosen: list[dt.date] = []

    def problem() -> str:
        chosen.clear()
        try:
            day = dt.date.fromisoformat(until.text().strip())
        except ValueError:
            return translate("CaseMoves", "Type the date as 2026-11-21.")
        if day <= deadline:
            return translate("CaseMoves", "The new date must be after {date}.").format(
                date=deadline.isoformat()
            )
        if not note.toPlainText().strip():
            return translate("CaseMoves", "Record how both parties consented.")
        chosen.append(day)
        return ""

    ask.problem = problem  # type: ignore[method-assign]
    if ask.exec() != QDialog.DialogCode.Accepted or not chosen:
        return None
    return chosen[0], note.toPlainText().strip()
