"""The administrator's editor of the service catalogue: the services on the left (with a filter), the
selected one's fields and materials on the right, its versions under "History".

Saving writes a new version (``services.catalogue``): what earlier receipts printed never changes.
Catalogue calls are small (one item, a few dozen rows), so they run on the GUI thread. Roles without
``MANAGE_CATALOGUE`` see everything read-only. Esc asks before unsaved edits are dropped; a save
refused because someone else saved first says so and offers to reload.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import Conflict, DomainError, ValidationError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import catalogue
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.catalogue_drafts import (
    CatalogueEntry,
    MaterialDraft,
    ServiceDraft,
    clean_draft,
    draft_of,
)
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.forms.ui_catalogue_dialog import Ui_CatalogueDialog
from gridgov_desktop.ui.widgets.catalogue_materials import MaterialsTable
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn

# What "New service" starts from: nearly every service asks for the applicant's ID card.
NEW_SERVICE = ServiceDraft(
    code="", name="", department="", materials=(MaterialDraft("申请人居民身份证"),)
)
_CODE_ROLE = Qt.ItemDataRole.UserRole
_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class CatalogueDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CatalogueDialog()
        ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._lang = db, actor, lang
        self.may_edit = allows(actor, Permission.MANAGE_CATALOGUE)
        self.entries: list[CatalogueEntry] = []
        self.current: CatalogueEntry | None = None  # the stored item the form shows (None: new)
        self._loaded = NEW_SERVICE  # what the form held when loaded: the base of "unsaved edits"
        self._filling = False
        self._messages: dict[str, QLabel] = {
            "code": ui.codeMessage, "name": ui.nameMessage, "department": ui.departmentMessage,
            "legal_basis": ui.textMessage, "conditions": ui.textMessage, "fee": ui.textMessage,
            "materials": ui.materialsMessage,
        }  # fmt: skip
        ui.timeLimitSpin.setSuffix(self.tr(" working days"))
        ui.timeLimitSpin.setSpecialValueText(self.tr("On the spot"))
        self.materials = MaterialsTable(ui.materialsTable, self._edited, editable=self.may_edit)
        ui.historyTree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.splitter.setSizes([330, 850])
        if (screen := self.screen()) is not None:  # a 1366×768 screen still shows the buttons
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))
        self._departments = QStringListModel(self)  # typing a department offers the known ones
        ui.departmentEdit.setCompleter(QCompleter(self._departments, self))
        self._connect()
        self._set_editable()
        self.reload()
        ui.serviceList.setFocus()

    # --- wiring ------------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        ui.filterEdit.textChanged.connect(lambda _text: self._fill_list())
        ui.serviceList.currentItemChanged.connect(self._picked)
        ui.newButton.clicked.connect(self.new_service)
        ui.upButton.clicked.connect(lambda: self.move_service(up=True))
        ui.downButton.clicked.connect(lambda: self.move_service(up=False))
        ui.addMaterialButton.clicked.connect(self.materials.add)
        ui.removeMaterialButton.clicked.connect(self.materials.remove)
        ui.materialUpButton.clicked.connect(lambda: self.materials.move(-1))
        ui.materialDownButton.clicked.connect(lambda: self.materials.move(1))
        ui.saveButton.clicked.connect(self.save)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.closeButton.clicked.connect(self.reject)
        for edit in (ui.codeEdit, ui.nameEdit, ui.departmentEdit, ui.feeEdit):
            edit.textChanged.connect(self._edited)
        for text in (ui.legalBasisEdit, ui.conditionsEdit):
            text.textChanged.connect(self._edited)
        ui.timeLimitSpin.valueChanged.connect(self._edited)
        ui.mustCollectCheck.toggled.connect(self._edited)
        fields = [ui.codeEdit, ui.nameEdit, ui.departmentEdit, ui.feeEdit, ui.timeLimitSpin]
        self._keys = EnterMovesOn(fields, ui.materialsTable.setFocus, self)
        table, window = ui.materialsTable, Qt.ShortcutContext.WindowShortcut
        widget = Qt.ShortcutContext.WidgetShortcut
        children = Qt.ShortcutContext.WidgetWithChildrenShortcut
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: ui.filterEdit.setFocus())
        if not self.may_edit:
            return
        for keys, owner, context, slot, button in (
            (QKeySequence.StandardKey.Save, self, window, self.save, ui.saveButton),
            (QKeySequence.StandardKey.New, self, window, self.new_service, ui.newButton),
            ("Alt+Up", ui.serviceList, widget, lambda: self.move_service(up=True), ui.upButton),
            ("Alt+Down", ui.serviceList, widget, lambda: self.move_service(up=False), ui.downButton),
            ("Ins", table, widget, self.materials.add, ui.addMaterialButton),
            ("Del", table, widget, self.materials.remove, ui.removeMaterialButton),
            ("Alt+Up", table, children, lambda: self.materials.move(-1), ui.materialUpButton),
            ("Alt+Down", table, children, lambda: self.materials.move(1), ui.materialDownButton),
        ):  # fmt: skip
            sequence = QKeySequence(keys)
            shortcut = QShortcut(sequence, owner)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))

    def _set_editable(self) -> None:
        ui, editable = self.ui, self.may_edit
        for edit in (ui.codeEdit, ui.nameEdit, ui.departmentEdit, ui.feeEdit):
            edit.setReadOnly(not editable)
        ui.legalBasisEdit.setReadOnly(not editable)
        ui.conditionsEdit.setReadOnly(not editable)
        ui.timeLimitSpin.setReadOnly(not editable)
        ui.mustCollectCheck.setEnabled(editable)
        if not editable:
            ui.materialsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for button in (
            ui.newButton, ui.upButton, ui.downButton, ui.addMaterialButton, ui.removeMaterialButton,
            ui.materialUpButton, ui.materialDownButton, ui.saveButton, ui.activeButton,
        ):  # fmt: skip
            button.setVisible(editable)
        if not editable:
            self._status(Level.NOTE, self.tr("Read only: only an administrator changes the catalogue."))

    # --- the list ----------------------------------------------------------------------------------
    def reload(self, select: str | None = None, *, show: bool = True) -> None:
        """Read the catalogue again; ``show`` puts ``select`` (default: the current item) in the form."""
        code = select or (self.current.service.code if self.current else None)
        self.entries = catalogue.catalogue_entries(self._db)
        self._departments.setStringList(sorted({e.service.department for e in self.entries}))
        if show or self.current is not None:
            found = next((e for e in self.entries if e.service.code == code), None)
            if show:
                self._show(found or (self.entries[0] if self.entries else None))
            else:
                self.current = found
        self._fill_list()

    def _fill_list(self) -> None:
        ui, wanted = self.ui, self.ui.filterEdit.text().strip().lower()
        self._filling = True
        try:
            ui.serviceList.clear()
            shown = 0
            for entry in self.entries:
                service = entry.service
                if wanted and not any(
                    wanted in text.lower() for text in (service.code, service.name, service.department)
                ):
                    continue
                text = service.name
                if not service.is_active:
                    text = self.tr("{name} (no longer offered)").format(name=service.name)
                item = QListWidgetItem(text)
                item.setData(_CODE_ROLE, service.code)
                item.setToolTip(f"{service.name}\n{service.code} · {service.department}")
                if not service.is_active:
                    item.setForeground(ui.serviceList.palette().placeholderText())
                ui.serviceList.addItem(item)
                shown += 1
                if self.current is not None and service.code == self.current.service.code:
                    ui.serviceList.setCurrentItem(item)
            ui.countLabel.setText(
                self.tr("{shown} of {total} services").format(shown=shown, total=len(self.entries))
            )
        finally:
            self._filling = False
        self._update_buttons()

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        code = item.data(_CODE_ROLE)
        if self.current is not None and code == self.current.service.code:
            return
        if not self._may_drop_edits():
            if previous is not None:
                self._filling = True
                self.ui.serviceList.setCurrentItem(previous)
                self._filling = False
            return
        self._show(next(e for e in self.entries if e.service.code == code))

    # --- the form ----------------------------------------------------------------------------------
    def _show(self, entry: CatalogueEntry | None) -> None:
        ui = self.ui
        self.current = entry
        self._fill_form(draft_of(entry.service) if entry else NEW_SERVICE)
        ui.codeEdit.setReadOnly(entry is not None or not self.may_edit)
        ui.historyTree.clear()
        if entry is None:
            ui.versionLabel.setText(self.tr("New service: not saved yet."))
        else:
            service = entry.service
            state = self.tr("offered") if service.is_active else self.tr("no longer offered")
            ui.versionLabel.setText(
                self.tr("Version {number}, {state}.").format(number=service.number, state=state)
            )
            ui.activeButton.setText(self._active_words(service.is_active))
            for record in catalogue.version_history(self._db, service.code):
                saved = record.saved_at.replace(tzinfo=dt.UTC).astimezone()
                row = QTreeWidgetItem(
                    [
                        self.tr("Version {number}").format(number=record.service.number),
                        saved.strftime("%Y-%m-%d %H:%M"),
                        self._saver(record.saved_by),
                        self._days(record.service.time_limit_days),
                        str(len(record.service.materials)),
                    ]
                )
                row.setToolTip(4, "\n".join(m.description_zh for m in record.service.materials))
                ui.historyTree.addTopLevelItem(row)
        ui.activeButton.setVisible(self.may_edit and entry is not None)
        if self.may_edit:
            self._status(Level.NONE, "")
        self._update_buttons()

    def _fill_form(self, draft: ServiceDraft) -> None:
        ui = self.ui
        self._filling = True
        try:
            ui.codeEdit.setText(draft.code)
            ui.nameEdit.setText(draft.name)
            ui.departmentEdit.setText(draft.department)
            ui.legalBasisEdit.setPlainText(draft.legal_basis)
            ui.conditionsEdit.setPlainText(draft.conditions)
            ui.feeEdit.setText(draft.fee)
            ui.timeLimitSpin.setValue(draft.time_limit_days)
            ui.mustCollectCheck.setChecked(draft.must_collect)
            self.materials.set(draft.materials)
        finally:
            self._filling = False
        self._loaded = self.form_draft()
        for label in {*self._messages.values()}:
            show_message(label, Level.NONE)

    def form_draft(self) -> ServiceDraft:
        """What the form holds, as typed."""
        ui = self.ui
        return ServiceDraft(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            department=ui.departmentEdit.text(),
            legal_basis=ui.legalBasisEdit.toPlainText(),
            conditions=ui.conditionsEdit.toPlainText(),
            fee=ui.feeEdit.text(),
            time_limit_days=ui.timeLimitSpin.value(),
            must_collect=ui.mustCollectCheck.isChecked(),
            materials=self.materials.get(),
        )

    def is_dirty(self) -> bool:
        return self.may_edit and self.form_draft() != self._loaded

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._check()
        self._status(Level.NOTE, self.tr("Unsaved changes.") if self.is_dirty() else "")

    def _check(self) -> bool:
        """The service's own checks, shown under the field they concern as the administrator types."""
        for label in {*self._messages.values()}:
            show_message(label, Level.NONE)
        try:
            clean_draft(self.form_draft())
        except ValidationError as error:
            self._show_error(error)
            return False
        return True

    def _show_error(self, error: DomainError) -> None:
        label = self._messages.get(str(error.args_map.get("field", "")))
        text = describe_error(error, self._lang)
        if label is None:
            self._status(Level.ERROR, text)
        else:
            show_message(label, Level.ERROR, text)

    def _status(self, level: Level, text: str) -> None:
        show_message(self.ui.statusLabel, level, text)

    # --- actions -----------------------------------------------------------------------------------
    def new_service(self) -> None:
        if not self.may_edit or not self._may_drop_edits():
            return
        self._filling = True
        self.ui.serviceList.setCurrentRow(-1)
        self._filling = False
        self._show(None)
        self._status(Level.NONE, "")
        self.ui.codeEdit.setFocus()

    def save(self) -> None:
        if not self.may_edit:
            return
        if not self._check():
            return
        entry = self.current
        try:
            saved = catalogue.save_service(
                self._db,
                self._actor,
                self.form_draft(),
                expected_version=entry.lock_version if entry else None,
            )
        except Conflict as error:
            self._conflict(error)
            return
        except DomainError as error:
            self._show_error(error)
            return
        number = saved.service.number
        self.reload(saved.service.code)
        if entry is not None and entry.service.number == number:
            words = self.tr("Nothing changed: still version {number}.")
        else:
            words = self.tr("Saved as version {number}.")
        self._status(Level.NOTE, words.format(number=number))

    def toggle_active(self) -> None:
        entry = self.current
        if entry is None or not self.may_edit:
            return
        service, active = entry.service, not entry.service.is_active
        if not active:
            question = self.tr(
                "Stop offering “{name}”? The windows can no longer accept it; past requests and "
                "their receipts stay as they are."
            ).format(name=service.name)
            if QMessageBox.question(self, self.tr("Deactivate"), question, _YES | _NO, _NO) != _YES:
                return
        try:
            changed = catalogue.set_active(
                self._db, self._actor, service.code, active, entry.lock_version
            )
        except Conflict as error:
            self._conflict(error)
            return
        except DomainError as error:
            self._status(Level.ERROR, describe_error(error, self._lang))
            return
        # The form keeps what was typed: only the offered/not offered state changed.
        self.reload(changed.service.code, show=False)
        self.ui.activeButton.setText(self._active_words(active))
        state = self.tr("offered") if active else self.tr("no longer offered")
        self.ui.versionLabel.setText(
            self.tr("Version {number}, {state}.").format(number=service.number, state=state)
        )
        if active:
            words = self.tr("“{name}” is offered again.")
        else:
            words = self.tr("“{name}” is no longer offered.")
        self._status(Level.NOTE, words.format(name=service.name))

    def move_service(self, *, up: bool) -> None:
        entry = self.current
        if entry is None or not self.may_edit:
            return
        code = entry.service.code
        try:
            self.entries = catalogue.move_service(self._db, self._actor, code, up=up)
        except DomainError as error:
            self._status(Level.ERROR, describe_error(error, self._lang))
            return
        # Moving changes no lock version: the form, edits included, stays valid.
        self.current = next(e for e in self.entries if e.service.code == code)
        self._fill_list()
        self.ui.serviceList.setFocus()

    def _conflict(self, error: Conflict) -> None:
        text = describe_error(error, self._lang)
        question = text + "\n\n" + self.tr("Reload it now? What you typed here will be lost.")
        if QMessageBox.question(self, self.tr("Changed meanwhile"), question, _YES | _NO, _YES) == _YES:
            self.reload()
            self._status(Level.NOTE, self.tr("Reloaded: this is the latest version."))
        else:
            self._status(Level.ERROR, text)

    def _may_drop_edits(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard unsaved edits?"),
            self.tr("The service has edits that are not saved. Discard them?"),
            _YES | _NO,
            _NO,
        )
        return answer == _YES

    def reject(self) -> None:
        if self._may_drop_edits():
            super().reject()

    def _update_buttons(self) -> None:
        codes = [e.service.code for e in self.entries]
        code = self.current.service.code if self.current else None
        position = codes.index(code) if code in codes else -1
        self.ui.upButton.setEnabled(position > 0)
        self.ui.downButton.setEnabled(0 <= position < len(codes) - 1)

    def _saver(self, saved_by: str) -> str:
        # The seed is written by "system" (ensure_seed_catalogue), not by a person.
        return self.tr("System (initial catalogue)") if saved_by == "system" else saved_by

    def _active_words(self, active: bool) -> str:
        return self.tr("Deactivate") if active else self.tr("Reactivate")

    def _days(self, days: int) -> str:
        return self.tr("On the spot") if days == 0 else self.tr("{days} working days").format(days=days)
