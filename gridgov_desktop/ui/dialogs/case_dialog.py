"""One mediation case: a new one (the intake page), or an existing one — its header and clocks, the
journal, parties, promises, agreement and case file, the moves its state allows, the extension and
the documents.

Only the mediators of the case and administrators get this dialog (``case_open.open_case`` gives
everyone else the summary box: number, state, dates). Every write that names the version this
dialog read may meet someone else's change: the dialog then says who and when, with Reload, and
keeps what was typed. Calls are small single transactions and run on the GUI thread.

Keys: Ctrl+S opens the case / saves the tab shown (the agreement, the parties; on the journal it adds
the entry), Ctrl+Enter adds a journal entry, Ctrl+E edits the case's details and mediators, Ctrl+P
the documents menu, F5 reloads, Esc asks before dropping typed text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.domain.mediation import CaseAction, CaseStatus
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.mediation_types import CaseDetail
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs import case_moves as asks
from gridgov_desktop.ui.dialogs.case_documents import CaseDocuments
from gridgov_desktop.ui.dialogs.case_new_form import NewCaseForm
from gridgov_desktop.ui.forms.ui_case_dialog import Ui_CaseDialog
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.case_header import case_clocks_text, case_info_text
from gridgov_desktop.ui.widgets.case_journal import EntryDraft, JournalView
from gridgov_desktop.ui.widgets.case_parties import PartiesEditor
from gridgov_desktop.ui.widgets.case_tabs import AgreementForm, ChecklistView, CommitmentsView
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.workers import Worker

T = TypeVar("T")
translate = QCoreApplication.translate
NEW_PAGE, CASE_PAGE = 0, 1
JOURNAL_TAB, PARTIES_TAB, COMMITMENTS_TAB, AGREEMENT_TAB, FILE_TAB = range(5)


class CaseDialog(QDialog):
    """``case_changed(case_id)`` after every change saved here (the case list reloads)."""

    case_changed = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        case_id: int | None = None,
        parent: QWidget | None = None,
        lang: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CaseDialog()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._lang, self._today = lang, today
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._may_write = allows(actor, Permission.MEDIATE)
        self.new_parties = PartiesEditor(ui.newPage)
        self.new_parties.configure(db, actor, worker)
        ui.partiesHostLayout.addWidget(self.new_parties, 1)
        self.new_form = NewCaseForm(ui, self.new_parties, db, actor, self.today())
        self.journal = JournalView(ui.journalTab)
        ui.journalLayout.addWidget(self.journal)
        self.parties = PartiesEditor(ui.partiesTab)
        self.parties.configure(db, actor, worker)
        ui.partiesLayout.addWidget(self.parties)
        self.savePartiesButton = QPushButton(self.tr("&Save the parties"), ui.partiesTab)
        self.savePartiesButton.setAutoDefault(False)
        ui.partiesLayout.addWidget(self.savePartiesButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.commitments = CommitmentsView(ui.commitmentsTab)
        ui.commitmentsLayout.addWidget(self.commitments)
        self.agreement = AgreementForm(ui.agreementTab)
        ui.agreementLayout.addWidget(self.agreement)
        self.checklist = ChecklistView(ui.fileTab)
        ui.fileLayout.addWidget(self.checklist)
        self.documents = CaseDocuments(self, db, actor, settings)
        self.action_buttons: dict[CaseAction, QPushButton] = {}
        self._set_up()
        if case_id is None:
            self._show_new()
        else:
            self.reload()

    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # --- set-up ------------------------------------------------------------------------------------
    def _set_up(self) -> None:
        ui = self.ui
        for number, action in enumerate(CaseAction, 1):
            button = QPushButton(f"&{number} {words.action_text(action)}", self)
            button.setAutoDefault(False)
            button.setToolTip(f"{words.action_text(action)} (Alt+{number})")
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            ui.actionsLayout.insertWidget(ui.actionsLayout.count() - 1, button)
            self.action_buttons[action] = button
        ui.conflictFrame.hide()
        ui.editInfoButton.hide()  # shown by ``_fill`` to those who may write
        for label in (ui.messageLabel, ui.overdueLabel, ui.conflictLabel):
            show_message(label, Level.NONE)
        ui.reloadButton.clicked.connect(self.reload)
        ui.closeButton.clicked.connect(self.reject)
        ui.saveButton.clicked.connect(self.save)
        ui.extendButton.clicked.connect(self.extend)
        ui.editInfoButton.clicked.connect(self.edit_info)
        ui.printButton.clicked.connect(self.print_menu)
        self.savePartiesButton.clicked.connect(self.save_parties)
        self.journal.add_requested.connect(self.add_entry)
        self.commitments.add_requested.connect(self.add_commitment)
        self.commitments.done_requested.connect(self.complete_commitment)
        self.agreement.save_requested.connect(self.save_agreement)
        self.checklist.tick_requested.connect(self.tick)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_menu)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_info)

    def _show_new(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("New mediation case"))
        ui.headingLabel.setText(self.tr("New mediation case"))
        ui.pages.setCurrentIndex(NEW_PAGE)
        for widget in (ui.infoLabel, ui.clocksLabel, ui.riskLabel, ui.printButton, ui.extendButton,
                       ui.editInfoButton, ui.actionsLabel):  # fmt: skip
            widget.hide()
        for button in self.action_buttons.values():
            button.hide()
        self.new_form.load_choices()
        ui.dateEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading -----------------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the case again (F5, and Reload after a conflict)."""
        if self.case_id is None:
            return False
        from gridgov_desktop.services.mediation_cases import get_case

        detail = self._call(lambda: get_case(self._db, self._actor, self.case_id or 0))
        if detail is None:
            return False
        self.ui.conflictFrame.hide()
        self._fill(detail)
        return True

    def _fill(self, detail: CaseDetail) -> None:
        ui, summary, today = self.ui, detail.summary, self.today()
        self.detail, self.case_id = detail, summary.id
        ui.pages.setCurrentIndex(CASE_PAGE)
        ui.saveButton.hide()
        self.setWindowTitle(self.tr("Mediation case {number}").format(number=summary.number))
        ui.headingLabel.setText(summary.number)
        ui.statusLabel.setText(words.status_text(summary.status))
        ui.riskLabel.setVisible(summary.at_risk)
        if summary.at_risk:
            show_message(ui.riskLabel, Level.WARNING, self.tr("At risk of turning criminal"))
        ui.infoLabel.show()
        ui.infoLabel.setText(case_info_text(detail))
        ui.clocksLabel.show()
        ui.clocksLabel.setText(case_clocks_text(detail, today))
        if summary.is_overdue(today):
            show_message(
                ui.overdueLabel, Level.ERROR,
                self.tr("{late}: the deadline was {date}.").format(
                    late=words.days_left_text(summary.deadline_on, today)[0],
                    date=summary.deadline_on.isoformat(),
                ),
            )  # fmt: skip
        else:
            show_message(ui.overdueLabel, Level.NONE)
        writable = self._may_write and summary.status is not CaseStatus.CLOSED
        self.journal.set_entries(detail.journal)
        self.journal.set_writable(writable)
        self.parties.set_parties(detail.parties)
        parties_open = writable and summary.status.is_open
        self.parties.set_editable(parties_open)
        self.savePartiesButton.setVisible(parties_open)
        self.commitments.set_commitments(detail.commitments, today)
        self.commitments.set_writable(writable)
        self.agreement.set_agreement(detail.agreement, today)
        self.agreement.set_writable(
            writable and summary.status in (CaseStatus.IN_MEDIATION, CaseStatus.AGREED)
        )
        self.checklist.set_writable(writable)
        self.checklist.set_lines(detail.checklist, detail.missing_items_note)
        allowed = set(detail.actions) if self._may_write else set()
        ui.actionsLabel.setVisible(bool(allowed))
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
            button.setEnabled(True)
        ui.extendButton.setVisible(self._may_write and summary.status.is_open)
        ui.extendButton.setEnabled(True)
        ui.editInfoButton.setVisible(self._may_write)
        ui.editInfoButton.setEnabled(summary.status is not CaseStatus.CLOSED)
        ui.printButton.show()

    # --- new case ----------------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S: open the new case, or save what the tab shown holds."""
        ui = self.ui
        if ui.pages.currentIndex() == NEW_PAGE:
            self.open_new()
            return
        tab = ui.tabs.currentIndex()
        if tab == AGREEMENT_TAB:
            self.agreement.submit()
        elif tab == PARTIES_TAB:
            self.save_parties()
        elif tab == JOURNAL_TAB:
            self.journal.submit()
        elif tab == COMMITMENTS_TAB:
            self.commitments.submit()

    def open_new(self) -> None:
        from gridgov_desktop.services.mediation_cases import open_case

        new = self.new_form.new_case()
        if new is None:
            return
        detail = self._call(lambda: open_case(self._db, self._actor, new))
        if detail is None:
            return
        self._fill(detail)
        self._note(self.tr("Case {number} opened.").format(number=detail.summary.number))
        self.case_changed.emit(detail.summary.id)
        self.ui.tabs.setCurrentIndex(JOURNAL_TAB)
        self.journal.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- writes ------------------------------------------------------------------------------------
    def add_entry(self, draft: EntryDraft) -> None:
        from gridgov_desktop.services.mediation_journal import add_entry

        entry = self._call(
            lambda: add_entry(
                self._db, self._actor, self._id(), draft.kind, draft.text,
                occurred_at=draft.occurred_at, place=draft.place, attendees=draft.attendees,
                agreed=draft.agreed, corrects_id=draft.corrects_id,
            ),
            on_error=self.journal.show_error,
        )  # fmt: skip
        if entry is not None and self.reload():
            self.journal.entry_saved(entry.id)
            self.case_changed.emit(self._id())

    def add_commitment(self, promised_to: str, what: str, due_on: dt.date) -> None:
        from gridgov_desktop.services.mediation_journal import add_commitment

        done = self._call(
            lambda: add_commitment(self._db, self._actor, self._id(), promised_to, what, due_on)
        )
        if done is not None and self.reload():
            self.commitments.saved()
            self._note(self.tr("Promise recorded."))
            self.case_changed.emit(self._id())

    def complete_commitment(self, commitment_id: int) -> None:
        from gridgov_desktop.services.mediation_journal import complete_commitment

        done = self._call(
            lambda: complete_commitment(self._db, self._actor, commitment_id, self.today())
        )
        if done is not None and self.reload():
            self._note(self.tr("Promise marked done."))
            self.case_changed.emit(self._id())

    def tick(self, item: object, present: bool) -> None:
        from gridgov_desktop.domain.mediation import FileItem
        from gridgov_desktop.services.mediation_journal import set_file_item

        assert isinstance(item, FileItem)
        if (
            self._call(lambda: set_file_item(self._db, self._actor, self._id(), item, present))
            is not None
        ):
            self.reload()

    def save_parties(self) -> None:
        from gridgov_desktop.services.mediation_cases import set_parties

        if self.detail is None or not self.savePartiesButton.isVisible():
            return
        if self.parties.has_typing() and not self.parties.add_current():
            return
        drafts = self.parties.drafts()
        self._versioned(
            lambda version: set_parties(
                self._db, self._actor, self._id(), drafts, expected_version=version
            ),
            self.tr("Parties saved."),
        )

    def save_agreement(self, draft: object) -> None:
        from gridgov_desktop.services.mediation_cases import save_agreement
        from gridgov_desktop.services.mediation_types import AgreementDraft

        assert isinstance(draft, AgreementDraft)
        self._versioned(
            lambda version: save_agreement(
                self._db, self._actor, self._id(), draft, expected_version=version
            ),
            self.tr("Agreement saved."),
        )

    def extend(self) -> None:
        from gridgov_desktop.services.mediation_flow import extend_deadline

        if self.detail is None or not self.ui.extendButton.isVisible():
            return
        answer = asks.ask_extension(self, self.detail.summary.deadline_on)
        if answer is None:
            return
        until, note = answer
        self._versioned(
            lambda version: extend_deadline(
                self._db, self._actor, self._id(), until, note, expected_version=version
            ),
            self.tr("Deadline extended until {date}.").format(date=until.isoformat()),
        )

    def edit_info(self) -> None:
        """Ctrl+E: the case's details and mediators, in their own dialog; the case reloads after."""
        from gridgov_desktop.ui.dialogs.case_info_dialog import CaseInfoDialog

        button = self.ui.editInfoButton
        if self.detail is None or not button.isVisible() or not button.isEnabled():
            return
        dialog = CaseInfoDialog(self._db, self._actor, self.detail, parent=self, lang=self._lang)
        dialog.exec()
        if dialog.saved:
            self._fill(dialog.detail)
            self._note(self.tr("Case details saved."))
            self.case_changed.emit(self._id())
        elif dialog.detail is not self.detail:
            self.reload()  # Reload was pressed there after a conflict: show the same here

    def act(self, action: CaseAction) -> None:
        """Make the move ``action``, first asking what it needs (and confirming the final ones)."""
        from gridgov_desktop.services.mediation_flow import move_case

        button = self.action_buttons[action]
        if self.detail is None or not button.isVisible() or not button.isEnabled():
            return
        detail, number = self.detail, self.detail.summary.number
        options: dict[str, object] = {}
        if action is CaseAction.AGREE:
            if self.agreement.has_typing():
                self.agreement.submit()  # the terms typed are saved first: a written one needs them
                if self.detail is detail:
                    return
            has_terms = self.detail.agreement is not None and bool(self.detail.agreement.terms)
            agreed = asks.ask_agreement(self, has_terms)
            if agreed is None:
                return
            options["agreement_kind"], options["note"] = agreed
        elif action is CaseAction.FAIL:
            referral = asks.ask_referral(self)
            if referral is None:
                return
            options["referred_to"], options["referred_to_name"] = referral
        elif action is CaseAction.FOLLOW_UP:
            answer = asks.ask_follow_up(self)
            if answer is None:
                return
            if not self._record_visit(answer):
                return
            options["note"] = answer.note
        elif action is CaseAction.CLOSE:
            missing = [words.file_item_text(item) for item in self.checklist.missing()]
            reason = asks.ask_close(self, number, missing)
            if reason is None:
                return
            options["missing_items_note"] = reason
        elif action is CaseAction.WITHDRAW:
            text = self.tr("Record that case {number} was withdrawn? This cannot be undone.")
            if not asks.confirm(self, words.action_text(action), text.format(number=number)):
                return
        self._versioned(
            lambda version: move_case(
                self._db, self._actor, self._id(), action, expected_version=version, on=self.today(),
                **options,  # type: ignore[arg-type]
            ),
            self.tr("Done: {action}.").format(action=words.action_text(action)),
        )  # fmt: skip

    def _record_visit(self, answer: asks.FollowUpAnswer) -> bool:
        """The visit itself, on the follow-up the agreement scheduled (if any is open)."""
        from gridgov_desktop.services.mediation_journal import record_follow_up

        assert self.detail is not None
        due = [visit for visit in self.detail.follow_ups if visit.done_on is None]
        if not due:
            return True
        recorded = self._call(
            lambda: record_follow_up(
                self._db, self._actor, due[0].id, answer.performed, answer.note, self.today()
            )
        )
        return recorded is not None

    # --- plumbing ----------------------------------------------------------------------------------
    def _id(self) -> int:
        assert self.case_id is not None
        return self.case_id

    def _versioned(self, call: Callable[[int], CaseDetail], done: str) -> None:
        assert self.detail is not None
        version = self.detail.summary.version
        try:
            detail = call(version)
        except Conflict as error:
            self._show_conflict(error)
            return
        except DomainError as error:
            self._show_error(error)
            return
        self._fill(detail)
        self._note(done)
        self.case_changed.emit(detail.summary.id)

    def _call(self, call: Callable[[], T], on_error: Callable[[str], None] | None = None) -> T | None:
        try:
            return call()
        except Conflict as error:
            self._show_conflict(error)
        except DomainError as error:
            if on_error is not None:
                on_error(describe_error(error, self._lang))
            else:
                self._show_error(error)
        return None

    def _show_conflict(self, error: Conflict) -> None:
        ui = self.ui
        show_message(ui.conflictLabel, Level.ERROR, describe_error(error, self._lang))
        ui.conflictFrame.show()
        for button in (*self.action_buttons.values(), ui.extendButton, ui.editInfoButton):
            button.setEnabled(False)  # any move would meet the same conflict until reloaded
        ui.reloadButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, error: DomainError) -> None:
        show_message(self.ui.messageLabel, Level.ERROR, describe_error(error, self._lang))

    def _note(self, text: str) -> None:
        show_message(self.ui.messageLabel, Level.NOTE, text)

    def print_menu(self) -> None:
        """Ctrl+P: the documents of the case, under the Print button."""
        if self.detail is None:
            return
        menu = self.documents.menu(self.detail, self.journal.selected_entry())
        button = self.ui.printButton
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def has_typing(self) -> bool:
        if self.ui.pages.currentIndex() == NEW_PAGE:
            return self.new_form.has_typing()
        return any(
            widget.has_typing()
            for widget in (self.journal, self.commitments, self.agreement, self.parties)
        )

    def reject(self) -> None:
        if self.has_typing():
            answer = QMessageBox.question(
                self,
                self.tr("Discard what was typed?"),
                self.tr("Some text has not been saved. Close without saving it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
