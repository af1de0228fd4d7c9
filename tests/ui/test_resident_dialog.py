"""The resident form as a clerk uses it: checks as typed, duplicates, masked numbers, conflicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from gui_helpers import Street, focused, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import Relation, Sex, UserRole
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services import registry, users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.ui.dialogs.household_picker import HouseholdChoice, HouseholdPickerDialog
from gridgov_desktop.ui.dialogs.resident_dialog import ResidentDialog
from gridgov_desktop.ui.widgets.field_message import Level, message_level
from gridgov_desktop.ui.workers import Worker

TODAY = dt.date(2026, 11, 21)

Opener = Callable[..., ResidentDialog]


@pytest.fixture
def open_dialog(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    admin: Actor,
    worker: Worker,
    monkeypatch: pytest.MonkeyPatch,
) -> Opener:
    # Closing a form with typing in it asks first; at teardown the answer is "discard".
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)

    def open_(
        resident_id: int | None = None, household: HouseholdChoice | None = None, actor: Actor = admin
    ) -> ResidentDialog:
        dialog = ResidentDialog(
            sqlite_db,
            actor,
            worker,
            lang="zh_CN",
            resident_id=resident_id,
            household=household,
            today=TODAY,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.ready)
        return dialog

    return open_


def _household(street: Street) -> HouseholdChoice:
    return HouseholdChoice(street.household, "3-2-501", "幸福里小区3栋2单元501室")


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_id_number_is_checked_as_typed_and_tells_birth_sex_and_age(
    qtbot: QtBot, open_dialog: Opener, street: Street
) -> None:
    dialog = open_dialog(household=_household(street))
    ui = dialog.ui
    assert focused(ui.nameEdit), "the first field has the focus"
    assert ui.householdInfo.text() == "户主：张三明；共 3 人。"
    number = make_id_number("110105", dt.date(1990, 3, 8), 24)  # a woman
    wrong = number[:-1] + ("0" if number[-1] != "0" else "1")
    type_text(ui.idNumberEdit, wrong)
    assert message_level(ui.idNumberMessage) is Level.ERROR
    assert "校验位不符" in ui.idNumberMessage.text() and number[-1] in ui.idNumberMessage.text()
    ui.idNumberEdit.clear()
    type_text(ui.idNumberEdit, number[:10])
    assert message_level(ui.idNumberMessage) is Level.NOTE, "half typed is not an error"
    type_text(ui.idNumberEdit, number[10:])
    assert message_level(ui.idNumberMessage) is Level.NONE
    assert ui.derivedLabel.isVisible()
    assert ui.derivedLabel.text() == "出生日期 1990-03-08 · 女 · 36 岁"
    assert ui.sexCombo.currentText() == "女" and ui.birthDateEdit.text() == "1990-03-08"

    ui.birthDateEdit.selectAll()
    type_text(ui.birthDateEdit, "1990-03-09")
    assert ui.birthDateEdit.text() == "1990-03-09"
    assert message_level(ui.birthDateMessage) is Level.WARNING, "a mismatch warns, it does not block"
    assert "1990-03-08" in ui.birthDateMessage.text()
    assert ui.birthDateMessage.property("fieldWarning") is True
    assert ui.idNumberMessage.property("fieldError") is False
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findText("男"))
    ui.sexCombo.activated.emit(ui.sexCombo.currentIndex())
    assert message_level(ui.sexMessage) is Level.WARNING

    type_text(ui.phoneEdit, "1381234")
    assert message_level(ui.phoneMessage) is Level.ERROR and "11位" in ui.phoneMessage.text()


def test_a_new_resident_with_a_rare_character_name_is_saved(
    qtbot: QtBot, open_dialog: Opener, street: Street, sqlite_db: Database
) -> None:
    registry.add_tag(sqlite_db, SYSTEM, "留守儿童")
    dialog = open_dialog(household=_household(street))
    ui = dialog.ui
    number = make_id_number("210102", dt.date(2012, 6, 1), 35)
    type_text(ui.nameEdit, "张䶮𠇔")
    type_text(ui.idNumberEdit, number)
    ui.relationCombo.setCurrentIndex(ui.relationCombo.findData(int(Relation.CHILD)))
    ui.tagList.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(ui.nameEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    detail = registry.get_resident(sqlite_db, SYSTEM, saved.args[0])
    assert detail.name == "张䶮𠇔"
    assert (detail.sex, detail.birth_date) == (Sex.MALE, dt.date(2012, 6, 1))
    assert detail.relation is Relation.CHILD and detail.household_id == street.household
    assert detail.tags == (ui.tagList.item(0).text(),)
    assert detail.ethnicity == "汉族"


def test_saving_says_what_is_missing_next_to_each_field(open_dialog: Opener) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    dialog.save()
    assert dialog.isVisible()
    assert message_level(ui.nameMessage) is Level.ERROR and "姓名" in ui.nameMessage.text()
    assert message_level(ui.householdMessage) is Level.ERROR
    assert message_level(ui.relationMessage) is Level.ERROR
    assert message_level(ui.birthDateMessage) is Level.ERROR, "no ID number: the birth date is needed"
    assert focused(ui.nameEdit)


def test_the_same_id_number_is_refused_with_a_way_to_open_that_person(
    qtbot: QtBot, open_dialog: Opener, street: Street
) -> None:
    dialog = open_dialog(household=_household(street))
    ui = dialog.ui
    type_text(ui.idNumberEdit, street.ids["欧阳娜娜"])
    qtbot.waitUntil(lambda: message_level(ui.duplicateMessage) is Level.ERROR, timeout=5000)
    assert "欧阳娜娜" in ui.duplicateMessage.text()
    assert ui.openExistingButton.isVisible()
    with qtbot.waitSignal(dialog.open_resident) as opened:
        ui.openExistingButton.click()
    existing = registry.find_duplicates(
        dialog._db, SYSTEM, name="", birth_date=None, id_number=street.ids["欧阳娜娜"]
    )
    assert existing.same_id is not None and opened.args == [existing.same_id.id]
    assert not dialog.isVisible()


def test_same_name_and_birth_date_is_a_warning(
    qtbot: QtBot, open_dialog: Opener, street: Street
) -> None:
    dialog = open_dialog(household=_household(street))
    ui = dialog.ui
    type_text(ui.nameEdit, "张三明")
    type_text(ui.birthDateEdit, "1980-05-17")
    qtbot.waitUntil(lambda: message_level(ui.duplicateMessage) is Level.WARNING, timeout=5000)
    assert "张三明" in ui.duplicateMessage.text() and "同一人" in ui.duplicateMessage.text()


def _resident_id(db: Database, street: Street, name: str) -> int:
    found = registry.find_duplicates(db, SYSTEM, name="", birth_date=None, id_number=street.ids[name])
    assert found.same_id is not None
    return found.same_id.id


def test_an_existing_resident_shows_masked_numbers_and_reveals_on_request(
    qtbot: QtBot, open_dialog: Opener, street: Street, sqlite_db: Database
) -> None:
    resident_id = _resident_id(sqlite_db, street, "张三明")
    dialog = open_dialog(resident_id)
    ui = dialog.ui
    full = street.ids["张三明"]
    assert ui.idNumberEdit.text() == full[:6] + "********" + full[-4:]
    assert ui.phoneEdit.text() == "138****5678"
    assert ui.headingLabel.text() == "居民信息：张三明"
    assert ui.revealIdButton.isVisible() and ui.revealIdButton.text() == "显示"
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findText("女"))
    ui.sexCombo.activated.emit(ui.sexCombo.currentIndex())
    assert message_level(ui.sexMessage) is Level.WARNING, "the masked number still says 男"
    assert "男" in ui.sexMessage.text()
    ui.sexCombo.setCurrentIndex(ui.sexCombo.findText("男"))
    ui.revealIdButton.click()
    qtbot.waitUntil(lambda: ui.idNumberEdit.text() == full)
    assert not ui.revealIdButton.isVisible()
    assert not dialog.is_dirty(), "revealing is not typing"


def test_a_role_that_may_not_reveal_sees_no_show_button(
    open_dialog: Opener, street: Street, sqlite_db: Database
) -> None:
    users.add_user(sqlite_db, SYSTEM, "head", "Gongzuo2026!", UserRole.HEAD, "李主任")
    head = users.authenticate(sqlite_db, "head", "Gongzuo2026!")
    dialog = open_dialog(_resident_id(sqlite_db, street, "张三明"), actor=head)
    assert not dialog.ui.revealIdButton.isVisible() and not dialog.ui.revealPhoneButton.isVisible()
    assert not dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).isEnabled()


def test_an_edit_sends_only_what_changed_and_a_conflict_keeps_the_typing(
    qtbot: QtBot,
    open_dialog: Opener,
    street: Street,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resident_id = _resident_id(sqlite_db, street, "曾小红")
    dialog = open_dialog(resident_id)
    ui = dialog.ui
    sent: list[dict[str, object]] = []
    real = registry.update_resident

    def spy(*args: object, **kwargs: object) -> object:
        sent.append(dict(args[3]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(registry, "update_resident", spy)
    type_text(ui.employerEdit, "市第一医院")
    version = registry.get_resident(sqlite_db, SYSTEM, resident_id).version
    real(
        sqlite_db, SYSTEM, resident_id, {"domicile": "沈阳市"}, expected_version=version
    )  # another window
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.save()
    qtbot.waitUntil(lambda: bool(asked))
    assert sent == [{"employer": "市第一医院"}], "only the changed field"
    assert "其他窗口" in asked[0]
    assert dialog.isVisible() and ui.employerEdit.text() == "市第一医院", "the typing is kept"
    assert message_level(ui.formMessage) is Level.WARNING

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.save()
    qtbot.waitUntil(lambda: ui.domicileEdit.text() == "沈阳市" and dialog.ready, timeout=5000)
    assert ui.employerEdit.text() == "", "reloaded: the other window's record"
    type_text(ui.employerEdit, "市第一医院")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert registry.get_resident(sqlite_db, SYSTEM, resident_id).employer == "市第一医院"


def test_enter_moves_on_and_escape_asks_before_discarding(
    qtbot: QtBot, open_dialog: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog()
    ui = dialog.ui
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert focused(ui.idNumberEdit)
    qtbot.keyClick(ui.idNumberEdit, Qt.Key.Key_Return)
    assert focused(ui.sexCombo)
    dialog.reject()
    assert not dialog.isVisible(), "nothing typed: closes without asking"

    dialog = open_dialog()
    type_text(dialog.ui.nameEdit, "李四")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_household_is_chosen_from_the_tree_by_typing_its_room(
    qtbot: QtBot, open_dialog: Opener, street: Street
) -> None:
    dialog = open_dialog()
    picker = dialog.choose_household()
    assert isinstance(picker, HouseholdPickerDialog)
    type_text(picker.ui.filterEdit, "1-1-1")
    qtbot.waitUntil(lambda: not picker.filtering and "1 " in picker.ui.hintLabel.text(), timeout=5000)
    qtbot.keyClick(picker.ui.filterEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.householdInfo.text() == "户主：欧阳娜娜；共 1 人。")
    assert dialog.ui.householdEdit.text().startswith("1-1-101")
