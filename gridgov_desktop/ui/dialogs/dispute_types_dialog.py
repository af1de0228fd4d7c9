"""The dispute types (纠纷类型) the justice bureau's statistics use, for administrators: add one, stop
using one (old cases keep it), use it again. Nothing is deleted: the registers of past years still
count by it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.ui.widgets.field_message import Level, show_message

INACTIVE = QColor("#757575")


class DisputeTypesDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, *, parent: QWidget | None = None, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._lang = db, actor, lang
        self.setWindowTitle(self.tr("Dispute types"))
        layout = QVBoxLayout(self)
        self.typeList = QListWidget(self)
        layout.addWidget(self.typeList, 1)
        row = QHBoxLayout()
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setPlaceholderText(self.tr("A new type's name"))
        self.nameEdit.setMaxLength(32)
        self.addButton = QPushButton(self.tr("&Add"), self)
        row.addWidget(self.nameEdit, 1)
        row.addWidget(self.addButton)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.toggleButton = QPushButton(self.tr("&Stop using / use again"), self)
        self.closeButton = QPushButton(self.tr("Close"), self)
        buttons.addWidget(self.toggleButton)
        buttons.addStretch(1)
        buttons.addWidget(self.closeButton)
        layout.addLayout(buttons)
        self.messageLabel = QLabel(self)
        layout.addWidget(self.messageLabel)
        show_message(self.messageLabel, Level.NONE)
        for button in (self.addButton, self.toggleButton, self.closeButton):
            button.setAutoDefault(False)
        self.nameEdit.returnPressed.connect(self.add)
        self.addButton.clicked.connect(self.add)
        self.toggleButton.clicked.connect(self.toggle)
        self.closeButton.clicked.connect(self.accept)
        self.resize(380, 480)
        self.reload()
        self.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self, select: int | None = None) -> None:
        from gridgov_desktop.services.mediation_cases import dispute_types

        active = {type_id for type_id, _name in dispute_types(self._db)}
        self.typeList.clear()
        for type_id, name in dispute_types(self._db, include_inactive=True):
            used = type_id in active
            item = QListWidgetItem(name if used else self.tr("{name} (not in use)").format(name=name))
            item.setData(Qt.ItemDataRole.UserRole, (type_id, used))
            if not used:
                item.setForeground(QBrush(INACTIVE))
            self.typeList.addItem(item)
            if type_id == select:
                self.typeList.setCurrentItem(item)

    def add(self) -> None:
        from gridgov_desktop.services.mediation_cases import add_dispute_type

        name = self.nameEdit.text().strip()
        if not name:
            return
        try:
            type_id = add_dispute_type(self._db, self._actor, name)
        except DomainError as error:
            show_message(self.messageLabel, Level.ERROR, describe_error(error, self._lang))
            return
        self.nameEdit.clear()
        show_message(self.messageLabel, Level.NOTE, self.tr("Added {name}.").format(name=name))
        self.reload(type_id)

    def toggle(self) -> None:
        from gridgov_desktop.services.mediation_cases import set_dispute_type_active

        item = self.typeList.currentItem()
        if item is None:
            return
        type_id, used = item.data(Qt.ItemDataRole.UserRole)
        try:
            set_dispute_type_active(self._db, self._actor, int(type_id), not used)
        except DomainError as error:
            show_message(self.messageLabel, Level.ERROR, describe_error(error, self._lang))
            return
        show_message(self.messageLabel, Level.NONE)
        self.reload(int(type_id))
