"""The smaller tabs of a case: promises made to residents (承诺: add, mark done), the agreement form
(art. 29: facts, points in dispute, responsibilities, terms, how and by when, copies, effective date)
and the case file checklist (卷宗: present ticks, required items missing in red and in words).

Each widget only shows and collects; the case dialog calls the services and refills them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.domain.mediation import AgreementKind, FileItem
from gridgov_desktop.services.mediation_types import (
    Agreement,
    AgreementDraft,
    ChecklistLine,
    Commitment,
)
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message

LATE = QColor("#c62828")


def _date(edit: QLineEdit, message: QLabel, *, required: bool) -> tuple[bool, dt.date | None]:
    from gridgov_desktop.ui.dialogs.form_dialog import read_date

    return read_date(edit, message, required=required)


class CommitmentsView(QWidget):
    """``add_requested(promised_to, what, due_on)``, ``done_requested(commitment_id)``."""

    add_requested = Signal(str, str, object)
    done_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitments: tuple[Commitment, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Promised to"), self.tr("What"), self.tr("Due"), self.tr("Done"), self.tr("By")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.form = QWidget(self)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.toEdit = QLineEdit(self.form)
        self.toEdit.setPlaceholderText(self.tr("Whom it was promised to"))
        self.whatEdit = QLineEdit(self.form)
        self.whatEdit.setPlaceholderText(self.tr("e.g. reply on the property company's answer"))
        self.dueEdit = QLineEdit(self.form)
        self.dueEdit.setPlaceholderText("2026-11-28")
        self.dueMessage = QLabel(self.form)
        form.addRow(self.tr("Promised &to:"), self.toEdit)
        form.addRow(self.tr("&What:"), self.whatEdit)
        form.addRow(self.tr("D&ue by:"), self.dueEdit)
        form.addRow("", self.dueMessage)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(self.tr("&Add promise"), self.form)
        self.doneButton = QPushButton(self.tr("&Mark the selected one done"), self.form)
        for button in (self.addButton, self.doneButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(self.form)
        show_message(self.dueMessage, Level.NONE)
        self.addButton.clicked.connect(self.submit)
        self.dueEdit.returnPressed.connect(self.submit)
        self.doneButton.clicked.connect(self._done)

    def set_writable(self, writable: bool) -> None:
        self.form.setVisible(writable)

    def set_commitments(self, commitments: tuple[Commitment, ...], today: dt.date) -> None:
        self.commitments = commitments
        self.table.setRowCount(len(commitments))
        for row, promise in enumerate(commitments):
            late = promise.done_on is None and promise.due_on < today
            due = promise.due_on.isoformat()
            if promise.done_on is None:
                due += "  " + words.days_left_text(promise.due_on, today)[0]
            done = promise.done_on.isoformat() if promise.done_on else ""
            cells = [promise.promised_to, promise.what, ("⚠ " if late else "") + due, done,
                     promise.owner]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if late:
                    item.setForeground(QBrush(LATE))
                self.table.setItem(row, column, item)

    def has_typing(self) -> bool:
        return bool(self.whatEdit.text().strip())

    def submit(self) -> None:
        ok, due = _date(self.dueEdit, self.dueMessage, required=True)
        what = self.whatEdit.text().strip()
        if not what:
            show_message(self.dueMessage, Level.ERROR, self.tr("Say what was promised."))
            self.whatEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if ok and due is not None:
            self.add_requested.emit(self.toEdit.text().strip(), what, due)

    def saved(self) -> None:
        for edit in (self.toEdit, self.whatEdit, self.dueEdit):
            edit.clear()
        self.toEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.commitments) and self.commitments[row].done_on is None:
            self.done_requested.emit(self.commitments[row].id)


class AgreementForm(QWidget):
    """``save_requested(AgreementDraft)``."""

    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kindLabel = QLabel(self)
        form.addRow(self.tr("Kind:"), self.kindLabel)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label, height in (
            ("facts", self.tr("Main &facts:"), 60),
            ("dispute_points", self.tr("&Points in dispute:"), 50),
            ("responsibilities", self.tr("&Responsibilities:"), 50),
            ("terms", self.tr("Agreed &terms:"), 70),
            ("performance", self.tr("&How carried out:"), 40),
        ):
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(height)
            self.texts[name] = edit
            form.addRow(label, edit)
        self.byEdit = QLineEdit(self)
        self.byEdit.setPlaceholderText("2026-12-31")
        self.byMessage = QLabel(self)
        self.copiesSpin = QSpinBox(self)
        self.copiesSpin.setRange(1, 20)
        self.copiesSpin.setValue(3)
        self.copiesSpin.setToolTip(self.tr("One per party and one for the archive"))
        self.effectiveEdit = QLineEdit(self)
        self.effectiveEdit.setPlaceholderText(self.tr("The day every party and the mediator signed"))
        self.effectiveMessage = QLabel(self)
        form.addRow(self.tr("Carried out &by:"), self.byEdit)
        form.addRow("", self.byMessage)
        form.addRow(self.tr("&Copies:"), self.copiesSpin)
        form.addRow(self.tr("&Effective on:"), self.effectiveEdit)
        form.addRow("", self.effectiveMessage)
        self.saveButton = QPushButton(self.tr("&Save the agreement"), self)
        self.saveButton.setToolTip(self.tr("Save the agreement (Ctrl+S while this tab is shown)"))
        self.saveButton.setAutoDefault(False)
        self.judicialLabel = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.saveButton)
        row.addWidget(self.judicialLabel, 1)
        form.addRow(row)
        for message in (self.byMessage, self.effectiveMessage, self.judicialLabel):
            show_message(message, Level.NONE)
        self.saveButton.clicked.connect(self.submit)
        self._kind = AgreementKind.WRITTEN
        self._saved: tuple[object, ...] = self._snapshot()

    def set_writable(self, writable: bool) -> None:
        for edit in self.texts.values():
            edit.setReadOnly(not writable)
        for line in (self.byEdit, self.effectiveEdit):
            line.setReadOnly(not writable)
        self.copiesSpin.setEnabled(writable)
        self.saveButton.setVisible(writable)

    def set_agreement(self, agreement: Agreement | None, today: dt.date) -> None:
        self._kind = agreement.kind if agreement else AgreementKind.WRITTEN
        self.kindLabel.setText(
            words.agreement_text(self._kind) if agreement else self.tr("Not saved yet")
        )
        for name, edit in self.texts.items():
            edit.setPlainText(str(getattr(agreement, name)) if agreement else "")
        self.byEdit.setText(
            agreement.performance_due_on.isoformat()
            if agreement and agreement.performance_due_on
            else ""
        )
        self.copiesSpin.setValue(agreement.copies if agreement else 3)
        self.effectiveEdit.setText(
            agreement.effective_on.isoformat() if agreement and agreement.effective_on else ""
        )
        if agreement and agreement.judicial_deadline:
            text, late = words.due_text(agreement.judicial_deadline, today)
            show_message(
                self.judicialLabel,
                Level.NOTE,
                self.tr("Judicial confirmation may be applied for until {date}.").format(date=text)
                if not late
                else self.tr("The 30 days for judicial confirmation ended {date}.").format(
                    date=agreement.judicial_deadline.isoformat()
                ),
            )
        else:
            show_message(self.judicialLabel, Level.NONE)
        self._saved = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        texts = tuple(edit.toPlainText() for edit in self.texts.values())
        return (*texts, self.byEdit.text(), self.copiesSpin.value(), self.effectiveEdit.text())

    def has_typing(self) -> bool:
        return self.saveButton.isVisible() and self._snapshot() != self._saved

    def draft(self, kind: AgreementKind | None = None) -> AgreementDraft | None:
        ok_by, by = _date(self.byEdit, self.byMessage, required=False)
        ok_on, effective = _date(self.effectiveEdit, self.effectiveMessage, required=False)
        if not (ok_by and ok_on):
            return None
        texts = {name: edit.toPlainText().strip() for name, edit in self.texts.items()}
        return AgreementDraft(
            kind=kind or self._kind, performance_due_on=by, copies=self.copiesSpin.value(),
            effective_on=effective, **texts,
        )  # fmt: skip

    def submit(self) -> None:
        draft = self.draft()
        if draft is not None:
            self.save_requested.emit(draft)


class ChecklistView(QWidget):
    """``tick_requested(FileItem, present)`` when a tick of a non-automatic item changes."""

    tick_requested = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: tuple[ChecklistLine, ...] = ()
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Required"), self.tr("State"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table, 1)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(QLabel(self.tr("Space ticks the selected item as present in the file."), self))
        layout.addWidget(self.summaryLabel)
        self.writable = True

    def set_writable(self, writable: bool) -> None:
        self.writable = writable

    def set_lines(self, lines: tuple[ChecklistLine, ...], missing_note: str = "") -> None:
        self._filling = True
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            missing = line.required and not line.present
            name = QTableWidgetItem(f"{row + 1}. {words.file_item_text(line.item)}")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.writable and not line.automatic:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            name.setFlags(flags)
            name.setCheckState(Qt.CheckState.Checked if line.present else Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, line.item.value)
            required = QTableWidgetItem(self.tr("Required") if line.required else "")
            if line.present:
                state = self.tr("In the file") + (self.tr(" (automatic)") if line.automatic else "")
            else:
                state = ("⚠ " + self.tr("Missing")) if missing else self.tr("Not in the file")
            cells = [name, required, QTableWidgetItem(state), QTableWidgetItem(line.note)]
            for column, item in enumerate(cells):
                if column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if missing:
                    item.setForeground(QBrush(LATE))
                self.table.setItem(row, column, item)
        missing_items = self.missing()
        if missing_items:
            names = "、".join(words.file_item_text(item) for item in missing_items)
            show_message(
                self.summaryLabel, Level.ERROR,
                self.tr("Required items missing: {names}.").format(names=names),
            )  # fmt: skip
        else:
            show_message(self.summaryLabel, Level.NOTE, self.tr("Every required item is in the file."))
        if missing_note:
            self.summaryLabel.setText(
                self.summaryLabel.text()
                + "\n"
                + self.tr("Recorded why: {note}").format(note=missing_note)
            )
        self._filling = False

    def missing(self) -> list[FileItem]:
        return [line.item for line in self.lines if line.required and not line.present]

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        present = item.checkState() == Qt.CheckState.Checked
        self.tick_requested.emit(FileItem(str(item.data(Qt.ItemDataRole.UserRole))), present)
