"""The journal of a case (说事记录本): its entries oldest first, the selected one in full, and the
form of a new entry — a note, a phone call, a home visit or a mediation session (where, who attended,
what each side said, what was agreed).

Entries are never edited: "Correct…" starts a new entry linked to the selected one, and the original
stays listed and readable, marked "已更正 → #12". Ctrl+Enter adds the entry the form holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.domain.mediation import EntryKind
from gridgov_desktop.services.mediation_types import Entry
from gridgov_desktop.ui.widgets import case_labels as words
from gridgov_desktop.ui.widgets.field_message import Level, show_message

CORRECTED = QColor("#757575")
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class EntryDraft:
    kind: EntryKind
    text: str
    occurred_at: dt.datetime | None
    place: str
    attendees: str
    agreed: str
    corrects_id: int | None


def _time(at: dt.datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M}"


class JournalView(QWidget):
    """``add_requested(EntryDraft)``: the dialog saves it and calls ``entry_saved()``."""

    add_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[Entry, ...] = ()
        self._corrects: int | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QSplitter(Qt.Orientation.Horizontal, splitter)
        self.table = QTableWidget(0, 5, top)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Time"), self.tr("Kind"), self.tr("Author"), self.tr("Entry")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.detail = QTextBrowser(top)
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: self.select_entry(int(url.fragment() or 0)))
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        form_box = QWidget(splitter)
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 4, 0, 0)
        self.correctingLabel = QLabel(form_box)
        form_layout.addWidget(self.correctingLabel)
        form = QFormLayout()
        row = QHBoxLayout()
        self.kindCombo = QComboBox(form_box)
        for kind in EntryKind:
            self.kindCombo.addItem(words.kind_text(kind), kind.value)
        self.timeEdit = QLineEdit(form_box)
        self.timeEdit.setPlaceholderText("2026-11-21 14:30")
        self.timeEdit.setToolTip(self.tr("When it happened; empty: now"))
        self.placeEdit = QLineEdit(form_box)
        self.placeEdit.setPlaceholderText(self.tr("Where"))
        kind_label = QLabel(self.tr("&Kind:"), form_box)
        kind_label.setBuddy(self.kindCombo)
        time_label = QLabel(self.tr("&Time:"), form_box)
        time_label.setBuddy(self.timeEdit)
        row.addWidget(kind_label)
        row.addWidget(self.kindCombo)
        row.addWidget(time_label)
        row.addWidget(self.timeEdit)
        row.addWidget(self.placeEdit, 1)
        form.addRow(row)
        self.attendeesEdit = QLineEdit(form_box)
        self.attendeesEdit.setPlaceholderText(self.tr("Who attended"))
        self.attendeesLabel = QLabel(self.tr("Atte&ndees:"), form_box)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
        form.addRow(self.attendeesLabel, self.attendeesEdit)
        self.textEdit = QPlainTextEdit(form_box)
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setPlaceholderText(self.tr("What happened, what each party said"))
        form.addRow(self.tr("T&ext:"), self.textEdit)
        self.agreedEdit = QPlainTextEdit(form_box)
        self.agreedEdit.setTabChangesFocus(True)
        self.agreedEdit.setMaximumHeight(60)
        self.agreedLabel = QLabel(self.tr("A&greed:"), form_box)
        self.agreedLabel.setBuddy(self.agreedEdit)
        form.addRow(self.agreedLabel, self.agreedEdit)
        form_layout.addLayout(form)
        self.messageLabel = QLabel(form_box)
        form_layout.addWidget(self.messageLabel)
        buttons = QHBoxLayout()
        self.addButton = QPushButton(self.tr("&Add entry"), form_box)
        self.addButton.setToolTip(self.tr("Add this entry to the journal (Ctrl+Enter)"))
        self.correctButton = QPushButton(self.tr("Co&rrect the selected entry…"), form_box)
        self.correctButton.setToolTip(
            self.tr("Write a correcting entry; the original stays in the journal")
        )
        self.cancelCorrectButton = QPushButton(self.tr("Not a correction"), form_box)
        for button in (self.addButton, self.correctButton, self.cancelCorrectButton):
            button.setAutoDefault(False)
        buttons.addWidget(self.addButton)
        buttons.addWidget(self.correctButton)
        buttons.addWidget(self.cancelCorrectButton)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        self.form = form_box
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        for edit in (self.textEdit, self.agreedEdit):
            edit.installEventFilter(self)  # the text edits take Ctrl+Enter as a line break
        self.addButton.clicked.connect(self.submit)
        self.correctButton.clicked.connect(self.correct_selected)
        self.cancelCorrectButton.clicked.connect(lambda: self._set_correcting(None))
        self.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        show_message(self.messageLabel, Level.NONE)
        self._set_correcting(None)
        self._kind_changed()

    def set_writable(self, writable: bool) -> None:
        self.form.setVisible(writable)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in (self.textEdit, self.agreedEdit):
            assert isinstance(event, QKeyEvent)
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit()
                return True
        return False

    # --- entries -----------------------------------------------------------------------------------
    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        keep = self.selected_entry()
        self.entries = entries
        table = self.table
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            first = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
            if entry.corrects_id is not None:
                first = self.tr("Corrects #{number}: ").format(number=entry.corrects_id) + first
            if entry.corrected_by:
                marks = "、".join(f"#{i}" for i in entry.corrected_by)
                first = self.tr("[corrected → {numbers}] ").format(numbers=marks) + first
            cells = [f"#{entry.id}", _time(entry.occurred_at), words.kind_text(entry.kind),
                     entry.author, first]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ENTRY_ID_ROLE, entry.id)
                if entry.corrected_by:
                    item.setForeground(QBrush(CORRECTED))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        if (keep is None or not self.select_entry(keep.id)) and entries:
            table.selectRow(len(entries) - 1)
            table.scrollToBottom()
        self._show_selected()

    def selected_entry(self) -> Entry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select_entry(self, entry_id: int) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        entry = self.selected_entry()
        self.correctButton.setEnabled(entry is not None)
        if entry is None:
            self.detail.clear()
            return
        from html import escape

        def para(label: str, text: str) -> str:
            body = escape(text).replace("\n", "<br>")
            return f"<p><b>{escape(label)}</b>　{body}</p>" if text else ""

        parts = [
            f"<h3>#{entry.id} {escape(words.kind_text(entry.kind))}　{_time(entry.occurred_at)}</h3>"
        ]
        parts.append(
            "<p>"
            + escape(
                self.tr("Written by {author} at {time}").format(
                    author=entry.author, time=_time(entry.written_at)
                )
            )
            + "</p>"
        )
        if entry.corrects_id is not None:
            link = f'<a href="#{entry.corrects_id}">#{entry.corrects_id}</a>'
            parts.append("<p>" + self.tr("Corrects entry {link}.").format(link=link) + "</p>")
        if entry.corrected_by:
            links = "、".join(f'<a href="#{i}">#{i}</a>' for i in entry.corrected_by)
            parts.append(
                '<p style="color:#c62828">⚠ '
                + self.tr("Corrected by {links}; kept as it was written.").format(links=links)
                + "</p>"
            )
        parts.append(para(self.tr("Place:"), entry.place))
        parts.append(para(self.tr("Attendees:"), entry.attendees))
        parts.append(para(self.tr("Entry:"), entry.text))
        parts.append(para(self.tr("Agreed:"), entry.agreed))
        self.detail.setHtml("".join(parts))

    # --- the form ----------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        session = self.kindCombo.currentData() == EntryKind.SESSION.value
        self.agreedLabel.setVisible(session)
        self.agreedEdit.setVisible(session)

    def set_kind(self, kind: EntryKind) -> None:
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(kind.value))

    def correct_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self._set_correcting(entry.id)
        self.set_kind(entry.kind)
        self.placeEdit.setText(entry.place)
        self.attendeesEdit.setText(entry.attendees)
        self.timeEdit.setText(_time(entry.occurred_at))
        self.textEdit.setPlainText(entry.text)
        self.agreedEdit.setPlainText(entry.agreed)
        self.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_correcting(self, entry_id: int | None) -> None:
        self._corrects = entry_id
        self.cancelCorrectButton.setVisible(entry_id is not None)
        if entry_id is None:
            self.correctingLabel.hide()
        else:
            show_message(
                self.correctingLabel,
                Level.WARNING,
                self.tr("Correcting entry #{number}: a new entry; the original stays.").format(
                    number=entry_id
                ),
            )

    def has_typing(self) -> bool:
        return bool(self.textEdit.toPlainText().strip() or self.agreedEdit.toPlainText().strip())

    def draft(self) -> EntryDraft | None:
        """The entry the form holds, or None (and why, under the form)."""
        text = self.textEdit.toPlainText().strip()
        if not text:
            show_message(self.messageLabel, Level.ERROR, self.tr("Write what happened."))
            self.textEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        when: dt.datetime | None = None
        typed = self.timeEdit.text().strip()
        if typed:
            try:
                when = dt.datetime.fromisoformat(typed)
            except ValueError:
                show_message(
                    self.messageLabel, Level.ERROR, self.tr("Type the time as 2026-11-21 14:30.")
                )
                self.timeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        kind = EntryKind(self.kindCombo.currentData())
        agreed = self.agreedEdit.toPlainText().strip() if kind is EntryKind.SESSION else ""
        return EntryDraft(kind, text, when, self.placeEdit.text().strip(),
                          self.attendeesEdit.text().strip(), agreed, self._corrects)  # fmt: skip

    def submit(self) -> None:
        if not self.form.isVisible():
            return
        draft = self.draft()
        if draft is not None:
            self.add_requested.emit(draft)

    def entry_saved(self, entry_id: int) -> None:
        for edit in (self.textEdit, self.agreedEdit):
            edit.clear()
        for line in (self.timeEdit, self.placeEdit, self.attendeesEdit):
            line.clear()
        self._set_correcting(None)
        show_message(
            self.messageLabel, Level.NOTE, self.tr("Entry #{number} added.").format(number=entry_id)
        )
        self.select_entry(entry_id)

    def show_error(self, text: str) -> None:
        show_message(self.messageLabel, Level.ERROR, text)
