"""The database locked or gone while a form is open: the clerk is told why in words, the form stays
open with everything typed or ticked, and the same save goes through once the database is back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from gui_helpers import Street, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db import dbapi
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation, UserRole
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import registry
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.services.catalogue import ensure_seed_catalogue
from gridgov_desktop.services.service_requests import get_request, resident_id_by_number
from gridgov_desktop.settings import WINDOW_NUMBER, Settings
from gridgov_desktop.ui.dialogs.household_picker import HouseholdChoice
from gridgov_desktop.ui.dialogs.intake_dialog import IntakeDialog
from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog
from gridgov_desktop.ui.dialogs.resident_dialog import ResidentDialog
from gridgov_desktop.ui.workers import Worker

TODAY = dt.date(2026, 11, 21)
CLERK = Actor(user_id=None, username="clerk", display_name="李办事", role=UserRole.FRONT_DESK)


def test_the_resident_form_keeps_what_was_typed_while_the_database_file_is_gone(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    admin: Actor,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    household = HouseholdChoice(street.household, "3-2-501", "幸福里小区3栋2单元501室")
    dialog = ResidentDialog(sqlite_db, admin, worker, lang="zh_CN", household=household, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready)
    ui = dialog.ui
    number = make_id_number("210102", dt.date(2012, 6, 1), 35)
    type_text(ui.nameEdit, "张䶮𠇔")
    type_text(ui.idNumberEdit, number)
    ui.relationCombo.setCurrentIndex(ui.relationCombo.findData(int(Relation.CHILD)))
    qtbot.waitUntil(lambda: dialog.ready)

    path = Path(dbapi.sqlite_path(sqlite_db.url))
    aside = path.with_name("aside.sqlite3")
    path.rename(aside)  # deleted by mistake, or the shared folder dropped
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "找不到数据库文件" in ui.formMessage.text(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.grab().save(str(Path("/tmp/gridgov-db-gone-resident.png")))
    assert "Traceback" not in ui.formMessage.text() and "已输入的内容仍保留" in ui.formMessage.text()
    assert dialog.isVisible()
    assert (ui.nameEdit.text(), ui.idNumberEdit.text()) == ("张䶮𠇔", number)
    assert ui.relationCombo.currentData() == int(Relation.CHILD)
    assert not path.exists()  # no empty database appeared in its place

    aside.rename(path)  # restored
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = registry.get_resident(sqlite_db, SYSTEM, saved.args[0])
    assert (detail.name, detail.relation) == ("张䶮𠇔", Relation.CHILD)


def test_the_intake_keeps_its_ticks_while_another_desk_holds_the_database(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    settings: Settings,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sqlite_db.session(write=True) as session:
        ensure_seed_catalogue(session)
    resident = resident_id_by_number(sqlite_db, SYSTEM, street.ids["张三明"])
    assert resident is not None
    shown: list[str] = []
    monkeypatch.setattr(
        PrintPreviewDialog, "exec", lambda preview: shown.append(preview.windowTitle()) or 0
    )
    monkeypatch.setattr(dbapi, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the real wait is 10 s
    sqlite_db.dispose()
    settings.set(WINDOW_NUMBER, 3)
    dialog = IntakeDialog(sqlite_db, CLERK, settings, worker, resident_id=resident, lang="zh_CN")
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.filterEdit, "jzzm")
    qtbot.keyClick(dialog.ui.filterEdit, Qt.Key.Key_Return)
    dialog.tick_all()
    ticks = _ticks(dialog)

    other_desk = sqlite3.connect(dbapi.sqlite_path(sqlite_db.url), isolation_level=None)
    other_desk.execute("BEGIN IMMEDIATE")  # another window is in the middle of a long write
    try:
        dialog.ui.acceptButton.click()
        message = dialog.ui.messageLabel.text()
        dialog.grab().save("/tmp/gridgov-db-locked-intake.png")
    finally:
        other_desk.execute("ROLLBACK")
        other_desk.close()
    assert "数据库正被其他窗口占用" in message and "Traceback" not in message
    assert dialog.isVisible() and _ticks(dialog) == ticks and shown == []
    assert dialog.ui.acceptButton.isEnabled()

    dialog.ui.acceptButton.click()  # the other desk is done: the same accept goes through
    assert len(shown) == 1 and "数据库" not in dialog.ui.messageLabel.text()
    number = shown[0].split()[-1]
    assert get_request(sqlite_db, CLERK, number).summary.receipt_no == number


def _ticks(dialog: IntakeDialog) -> list[bool]:
    materials = dialog.ui.materialsList
    return [
        materials.item(row).checkState() == Qt.CheckState.Checked for row in range(materials.count())
    ]
