"""The administrator's Users dialog: every account with its role, state and grids; add, reset a
password, enable or disable, change the role, assign grids to grid workers, unlock.

Each change goes through ``services.accounts`` with the version the list showed: if another
administrator changed the account meanwhile, the message says so and the list reloads. Refusals
(the last administrator, one's own account) are shown in words under the list, never as a box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.domain.errors import Conflict, DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import accounts, users
from gridgov_desktop.services.accounts import GridChoice
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.users import UserInfo
from gridgov_desktop.ui.forms.ui_users_dialog import Ui_UsersDialog
from gridgov_desktop.ui.workers import Worker


def role_names() -> dict[UserRole, str]:
    return {
        UserRole.ADMIN: QCoreApplication.translate("UsersDialog", "Administrator"),
        UserRole.FRONT_DESK: QCoreApplication.translate("UsersDialog", "Front desk"),
        UserRole.MEDIATOR: QCoreApplication.translate("UsersDialog", "Mediator"),
        UserRole.GRID_WORKER: QCoreApplication.translate("UsersDialog", "Grid worker"),
        UserRole.HEAD: QCoreApplication.translate("UsersDialog", "Office head (read-only)"),
    }


class UsersDialog(QDialog):
    COLUMNS = 6

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        actor: Actor,
        worker: Worker | None = None,
        *,
        lang: str,
    ) -> None:
        # ``worker`` is taken like the other administration dialogs'; account changes are one-row
        # writes (plus one argon2 hash on a reset, ~30 ms), run here.
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._lang = db, actor, lang
        self._users: list[UserInfo] = []
        table = self.ui.usersTable
        table.setColumnCount(self.COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last login (UTC)"),
                self.tr("Grids"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self._change_role())
        self.ui.addButton.clicked.connect(self._add)
        self.ui.resetButton.clicked.connect(self._reset_password)
        self.ui.activeButton.clicked.connect(self._toggle_active)
        self.ui.roleButton.clicked.connect(self._change_role)
        self.ui.gridsButton.clicked.connect(self._assign_grids)
        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.messageLabel.hide()
        self.reload()
        if self._users:
            table.selectRow(0)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the list -----------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        selected = select_id if select_id is not None else self._selected_id()
        self._users = accounts.list_users(self._db, self._actor)
        table = self.ui.usersTable
        table.setRowCount(len(self._users))
        names = role_names()
        for row, user in enumerate(self._users):
            cells = [
                user.username,
                user.display_name,
                names[user.role],
                self._state(user),
                user.last_login_at.isoformat(sep=" ", timespec="minutes")
                if user.last_login_at
                else self.tr("never"),
                "、".join(user.grid_names),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                table.setItem(row, column, item)
            if user.id == selected:
                table.selectRow(row)
        self.ui.countLabel.setText(self.tr("{n} accounts").format(n=len(self._users)))
        self._update_buttons()

    def _state(self, user: UserInfo) -> str:
        parts = [self.tr("active") if user.is_active else self.tr("disabled")]
        if user.is_locked() and user.locked_until is not None:
            until = user.locked_until.isoformat(sep=" ", timespec="minutes")
            parts.append(self.tr("locked until {until}").format(until=until))
        if user.must_change_password:
            parts.append(self.tr("must change password"))
        return self.tr(", ").join(parts)

    def selected_user(self) -> UserInfo | None:
        user_id = self._selected_id()
        return next((u for u in self._users if u.id == user_id), None)

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self._users):
            if user.username == username:
                self.ui.usersTable.selectRow(row)

    def _selected_id(self) -> int | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.usersTable.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        user = self.selected_user()
        own = user is not None and user.id == self._actor.user_id
        self.ui.resetButton.setEnabled(user is not None and not own)
        self.ui.roleButton.setEnabled(user is not None and not own)
        self.ui.activeButton.setEnabled(user is not None and not own)
        self.ui.activeButton.setText(
            self.tr("&Enable") if user is not None and not user.is_active else self.tr("&Disable")
        )
        self.ui.gridsButton.setEnabled(user is not None and user.role is UserRole.GRID_WORKER)
        self.ui.unlockButton.setEnabled(user is not None and user.is_locked())

    # --- actions ------------------------------------------------------------------------------------
    def _apply(self, change: Callable[[UserInfo], Any], done: str) -> None:
        """Run one change on the selected account; say what happened under the list."""
        user = self.selected_user()
        if user is None:
            return
        try:
            change(user)
        except DomainError as error:
            text = describe_error(error, self._lang)
            if isinstance(error, Conflict):
                self.reload(user.id)
            self._say(text, error=True)
            return
        self.reload(user.id)
        self._say(done.format(user=user.username))

    def _say(self, text: str, *, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setProperty("fieldError", error)
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    def _add(self) -> None:
        dialog = AddUserDialog(self._db, self._actor, lang=self._lang, parent=self)
        if dialog.exec() and dialog.created is not None:
            self.reload(dialog.created.id)
            self._say(self.tr("Account {user} created.").format(user=dialog.created.username))

    def _reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr(
                "Temporary password for {user} (at least 8 characters, letters and digits).\n"
                "Tell it to them in person; they must choose a new one at their next login."
            ).format(user=user.username),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        self._apply(
            lambda u: accounts.reset_password(
                self._db, self._actor, u.id, password, expected_version=u.version
            ),
            self.tr("Temporary password set for {user}; it must be changed at the next login."),
        )

    def _toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        active = not user.is_active
        self._apply(
            lambda u: accounts.set_active(
                self._db, self._actor, u.id, active, expected_version=u.version
            ),
            self.tr("{user} enabled.") if active else self.tr("{user} disabled."),
        )

    def _change_role(self) -> None:
        user = self.selected_user()
        if user is None or user.id == self._actor.user_id:
            return
        names = role_names()
        roles = list(names)
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Change role"),
            self.tr("Role of {user}:").format(user=user.username),
            [names[r] for r in roles],
            roles.index(user.role),
            False,
        )
        if not ok:
            return
        role = roles[[names[r] for r in roles].index(label)]
        self._apply(
            lambda u: accounts.set_role(self._db, self._actor, u.id, role, expected_version=u.version),
            self.tr("{user} is now {role}.").replace("{role}", names[role]),
        )

    def _assign_grids(self) -> None:
        user = self.selected_user()
        if user is None or user.role is not UserRole.GRID_WORKER:
            return
        dialog = GridsDialog(
            accounts.grid_choices(self._db, self._actor), set(user.grids), user, parent=self
        )
        if not dialog.exec():
            return
        chosen = dialog.chosen()
        self._apply(
            lambda u: accounts.set_user_grids(
                self._db, self._actor, u.id, chosen, expected_version=u.version
            ),
            self.tr("Grids of {user} saved."),
        )

    def _unlock(self) -> None:
        self._apply(
            lambda u: accounts.unlock_account(self._db, self._actor, u.id, expected_version=u.version),
            self.tr("{user} unlocked."),
        )


class GridsDialog(QDialog):
    """A checkable list of the street's grids."""

    def __init__(
        self, grids: list[GridChoice], checked: set[int], user: UserInfo, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Grids of {name}").format(name=user.display_name))
        self.setMinimumSize(380, 360)
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr("{name} sees and edits only the residents of these grids:").format(
                name=user.display_name
            )
        )
        prompt.setWordWrap(True)
        self.grid_list = QListWidget(self)
        for grid in grids:
            item = QListWidgetItem(grid.label, self.grid_list)
            item.setData(Qt.ItemDataRole.UserRole, grid.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if grid.id in checked else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(prompt)
        layout.addWidget(self.grid_list)
        layout.addWidget(buttons)
        self.grid_list.setFocus()
        if self.grid_list.count():
            self.grid_list.setCurrentRow(0)

    def chosen(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.grid_list.item(row) for row in range(self.grid_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]


class AddUserDialog(QDialog):
    """A new account with a first password the administrator hands over; it must be changed at the
    first login."""

    def __init__(self, db: Database, actor: Actor, *, lang: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._lang = db, actor, lang
        self.created: UserInfo | None = None
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.username_edit = QLineEdit(self)
        self.username_edit.setMaxLength(32)
        self.display_name_edit = QLineEdit(self)
        self.display_name_edit.setMaxLength(64)
        self.role_combo = QComboBox(self)
        for role, name in role_names().items():
            self.role_combo.addItem(name, role.value)
        self.role_combo.setCurrentIndex(list(UserRole).index(UserRole.FRONT_DESK))
        self.password_edit = QLineEdit(self)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Name:"), self.display_name_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("First password:"), self.password_edit)
        self.error_label = QLabel(self)
        self.error_label.setProperty("fieldError", True)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.username_edit.setFocus()

    def _create(self) -> None:
        role = UserRole(self.role_combo.currentData())
        try:
            self.created = users.add_user(
                self._db,
                self._actor,
                self.username_edit.text(),
                self.password_edit.text(),
                role,
                self.display_name_edit.text(),
                must_change_password=True,
            )
        except DomainError as error:
            self.error_label.setText(describe_error(error, self._lang))
            self.error_label.show()
            return
        self.accept()
