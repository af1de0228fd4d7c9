"""First run: the administrator (password rules inline, no default password) and the street."""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from gui_helpers import focused, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import NodeKind, UserRole
from gridgov_desktop.services import office, org, users
from gridgov_desktop.services.actor import SYSTEM
from gridgov_desktop.ui.dialogs.first_run_wizard import (
    ADMIN_PAGE,
    PROGRESS_PAGE,
    STREET_PAGE,
    FirstRunWizard,
)
from gridgov_desktop.ui.workers import Worker

PASSWORD = "Jiedao2026"


def _wizard(qtbot: QtBot, db: Database, worker: Worker, existing_street: str = "") -> FirstRunWizard:
    wizard = FirstRunWizard(db, worker, lang="zh_CN", existing_street=existing_street)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _fill_admin(
    qtbot: QtBot, wizard: FirstRunWizard, password: str = PASSWORD, confirm: str = PASSWORD
) -> None:
    ui = wizard.ui
    qtbot.keyClicks(ui.usernameEdit, "admin")
    type_text(ui.displayNameEdit, "王主任")
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClicks(ui.confirmEdit, confirm)


def test_wizard_creates_the_administrator_and_a_street_named_in_chinese(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, chinese: None
) -> None:
    wizard = _wizard(qtbot, sqlite_db, worker)
    ui = wizard.ui
    assert wizard.currentId() == ADMIN_PAGE
    assert focused(ui.usernameEdit), "the first field has the focus"
    assert wizard.windowTitle() == "首次使用设置"

    # Too simple a password, then a confirmation that differs: refused inline, nothing saved.
    _fill_admin(qtbot, wizard, password="12345678", confirm="12345679")
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    assert ui.passwordError.isVisible() and ui.passwordError.text() == "密码不能只由数字或只由字母组成。"
    assert ui.confirmError.isVisible() and ui.confirmError.text() == "两次输入的密码不一致。"
    assert focused(ui.passwordEdit)
    ui.passwordEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, "short1")
    wizard.next()
    assert ui.passwordError.text() == "密码至少需要8个字符。"
    ui.passwordEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, PASSWORD)
    assert not ui.passwordError.isVisible(), "a fixed field loses its error as one types"
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE and ui.confirmError.isVisible()
    ui.confirmEdit.clear()
    qtbot.keyClicks(ui.confirmEdit, PASSWORD)
    qtbot.keyClick(ui.confirmEdit, Qt.Key.Key_Return)  # Enter on the last field goes on
    assert wizard.currentId() == STREET_PAGE
    assert users.has_users(sqlite_db) is False, "nothing is written before the last page"

    # The street page: a name is required; Chinese typed through the input method.
    assert ui.newStreetRadio.isChecked()
    wizard.next()
    assert wizard.currentId() == STREET_PAGE and ui.streetNameError.isVisible()
    type_text(ui.streetNameEdit, "新发街道")
    type_text(ui.addressEdit, "长春市新发路100号")
    qtbot.keyClicks(ui.phoneEdit, "0431-8888")
    wizard.next()
    assert wizard.currentId() == STREET_PAGE and ui.phoneError.isVisible(), (
        "a bad phone is refused inline"
    )
    ui.phoneEdit.clear()
    qtbot.keyClicks(ui.phoneEdit, "0431-88881234")
    wizard.next()
    assert wizard.currentId() == PROGRESS_PAGE
    qtbot.waitUntil(lambda: ui.progressPage.isComplete(), timeout=10_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "admin" in ui.progressLabel.text() and "新发街道" in ui.progressLabel.text()
    with qtbot.waitSignal(wizard.accepted):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.actor is not None and wizard.actor.role is UserRole.ADMIN
    assert wizard.actor.display_name == "王主任"
    assert users.authenticate(sqlite_db, "admin", PASSWORD).username == "admin"
    assert [root.name for root in org.roots(sqlite_db)] == ["新发街道"]
    info = office.office_info(sqlite_db)
    assert (info.name, info.address) == ("新发街道办事处", "长春市新发路100号")
    assert not office.needs_first_run(sqlite_db)


def test_enter_moves_through_the_fields(qtbot: QtBot, sqlite_db: Database, worker: Worker) -> None:
    wizard = _wizard(qtbot, sqlite_db, worker)
    ui = wizard.ui
    for field, following in (
        (ui.usernameEdit, ui.displayNameEdit),
        (ui.displayNameEdit, ui.passwordEdit),
        (ui.passwordEdit, ui.confirmEdit),
    ):
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert focused(following)
    assert wizard.currentId() == ADMIN_PAGE


def test_a_street_that_already_exists_is_kept(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, chinese: None
) -> None:
    org.create_node(sqlite_db, SYSTEM, None, NodeKind.STREET, "东风街道")
    wizard = _wizard(qtbot, sqlite_db, worker, existing_street="东风街道")
    _fill_admin(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == STREET_PAGE
    assert not wizard.ui.newStreetRadio.isVisible()
    assert "东风街道" in wizard.ui.existingStreetLabel.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.ui.progressPage.isComplete(), timeout=10_000)
    assert [root.name for root in org.roots(sqlite_db)] == ["东风街道"]
    assert users.has_users(sqlite_db)


def test_escape_asks_before_dropping_what_was_typed(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard = _wizard(qtbot, sqlite_db, worker)
    qtbot.keyClicks(wizard.ui.usernameEdit, "adm")
    qtbot.keyClick(wizard.ui.usernameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 1 and wizard.isVisible()
    with qtbot.waitSignal(wizard.rejected):
        qtbot.keyClick(wizard.ui.usernameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 2
    assert not users.has_users(sqlite_db)


@dataclass(frozen=True)
class _Summary:
    street_name: str
    households: int
    residents: int


def _fake_demo(monkeypatch: pytest.MonkeyPatch, build: Callable[..., _Summary]) -> None:
    """services.demo is another module's job: a stand-in with its signature drives the wizard here."""
    module = types.ModuleType("gridgov_desktop.services.demo")
    module.build_demo_street = build  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "gridgov_desktop.services.demo", module)


def test_demo_street_is_built_with_a_progress_bar(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    def build(
        db: Database,
        residents: int,
        seed: int = 2026,
        progress: Callable[[int, int], None] | None = None,
        requests: int = 0,
    ) -> _Summary:
        assert residents == 2000 and requests == 240  # the street comes with its window's history
        for done in range(0, residents + 1, 500):
            assert progress is not None
            progress(done, residents)
        org.create_node(db, SYSTEM, None, NodeKind.STREET, "演示街道")
        return _Summary("演示街道", 700, residents)

    _fake_demo(monkeypatch, build)
    wizard = _wizard(qtbot, sqlite_db, worker)
    _fill_admin(qtbot, wizard)
    wizard.next()
    wizard.ui.demoRadio.setChecked(True)
    assert not wizard.ui.newStreetFields.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.ui.progressPage.isComplete(), timeout=10_000)
    assert wizard.ui.progressBar.value() == 100
    assert "2,000" in wizard.ui.progressLabel.text()
    assert [root.name for root in org.roots(sqlite_db)] == ["演示街道"]
    assert wizard.actor is not None


def test_cancelling_the_demo_build_stops_it_and_saves_no_account(
    qtbot: QtBot, sqlite_db: Database, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def build(
        db: Database,
        residents: int,
        seed: int = 2026,
        progress: Callable[[int, int], None] | None = None,
        requests: int = 0,
    ) -> _Summary:
        assert progress is not None
        started.set()
        for done in range(10_000):
            progress(done, 10_000)  # raises once the wizard is cancelled
            threading.Event().wait(0.005)
        raise AssertionError("the build was not cancelled")

    _fake_demo(monkeypatch, build)
    wizard = _wizard(qtbot, sqlite_db, worker)
    _fill_admin(qtbot, wizard)
    wizard.next()
    wizard.ui.demoRadio.setChecked(True)
    wizard.next()
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(wizard.rejected, timeout=10_000):
        wizard.reject()
    assert not users.has_users(sqlite_db)
    assert wizard.actor is None
