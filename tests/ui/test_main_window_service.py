"""The service window in the main window: F4, Ctrl+1 / Ctrl+2, receipts typed in the search box,
QR codes scanned anywhere (and slow typing left alone), the window number, roles, the calendar."""

from __future__ import annotations

import datetime as dt
import io
import sys
import types
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from gui_helpers import Street, focused, type_text
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from service_helpers import Requests, make_requests

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.enums import UserRole
from gridgov_desktop.services import users
from gridgov_desktop.services.actor import SYSTEM, Actor
from gridgov_desktop.settings import RECEIPT_PAGE_SIZE, WINDOW_NUMBER, Settings
from gridgov_desktop.ui.main_window import MainWindow
from gridgov_desktop.ui.models.resident_table_model import NAME
from gridgov_desktop.ui.service_desk import RESIDENTS_TAB, WORKLIST_TAB
from gridgov_desktop.ui.workers import Worker


class FakeRequestDialog(QDialog):
    opened: ClassVar[list[str]] = []
    request_changed = Signal(str)

    def __init__(self, *_args: Any, receipt_no: str, parent: QWidget | None = None, **_kw: Any):
        super().__init__(parent)
        FakeRequestDialog.opened.append(receipt_no)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The receipts the request dialog was opened for (a stand-in dialog records them)."""
    module = types.ModuleType("gridgov_desktop.ui.dialogs.request_dialog")
    module.RequestDialog = FakeRequestDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    FakeRequestDialog.opened = []
    return FakeRequestDialog.opened


@pytest.fixture
def requests(sqlite_db: Database, street: Street, admin: Actor) -> Requests:
    return make_requests(sqlite_db, admin, street)


@pytest.fixture
def window(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
    requests: Requests,
) -> Iterator[MainWindow]:
    yield _open(qtbot, sqlite_db, admin, settings, worker)


def _open(
    qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker, *, lists: bool = True
) -> MainWindow:
    window = MainWindow(db, actor, settings, worker, lang="zh_CN")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if lists:  # the office head lists nobody; a grid worker with no grids neither
        qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    return window


def _row_of(window: MainWindow, name: str) -> int:
    model = window.table_model
    return [model.index(row, NAME).data() for row in range(model.rowCount())].index(name)


def _payload(db: Database, actor: Actor, receipt_no: str) -> str:
    from gridgov_desktop.services.service_requests import print_receipt

    return print_receipt(db, actor, receipt_no).qr_payload


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _type_keys(widget: QWidget, text: str, clock: Clock, gap: float) -> None:
    """Key presses as a keyboard (or a scanner) sends them, ``gap`` seconds apart."""
    for char in text:
        clock.now += gap
        key = ord(char.upper()) if char.isalnum() else Qt.Key.Key_Minus.value
        modifiers = (
            Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
        )
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, char))
    clock.now += gap
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        )


# --- F4 and the tabs ------------------------------------------------------------------------------
def test_f4_takes_a_request_of_the_selected_resident(
    qtbot: QtBot, window: MainWindow, requests: Requests
) -> None:
    from gridgov_desktop.ui.dialogs.intake_dialog import IntakeDialog

    table = window.ui.residentTable
    table.setFocus()
    table.selectRow(_row_of(window, "欧阳娜娜"))
    window.activateWindow()
    qtbot.keyClick(table, Qt.Key.Key_F4)
    dialog = window.service.dialogs.intake_dialog
    assert isinstance(dialog, IntakeDialog) and dialog.isVisible()
    assert dialog._resident_id == requests.resident_ids["欧阳娜娜"]  # type: ignore[attr-defined]
    dialog.reject()
    assert window.ui.actionNewRequest.shortcut().toString() == "F4"


def test_f4_in_the_resident_form_found_by_search_goes_on_to_the_intake(
    qtbot: QtBot, window: MainWindow, requests: Requests, street: Street
) -> None:
    """Door to intake with the keyboard: scan the ID card, Enter opens the person, F4."""
    box = window.ui.searchBox
    box.setFocus()
    qtbot.keyClicks(box, street.ids["欧阳娜娜"])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not None, timeout=5000)
    form = window.residents.resident_dialog
    assert form is not None
    qtbot.waitUntil(lambda: form.ready)
    form.activateWindow()
    qtbot.keyClick(form, Qt.Key.Key_F4)
    assert not form.isVisible()
    intake = window.service.dialogs.intake_dialog
    assert intake is not None and intake.isVisible()
    assert intake._resident_id == requests.resident_ids["欧阳娜娜"]  # type: ignore[attr-defined]
    intake.reject()


def test_door_to_printed_receipt_with_the_keyboard_only(
    qtbot: QtBot,
    window: MainWindow,
    street: Street,
    sqlite_db: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The whole visit: the ID card scanned into the search box, Enter, F4, the service's initials,
    Enter, Ctrl+A, Ctrl+Enter, then Ctrl+P in the preview prints the receipt."""
    from gridgov_desktop.services.service_requests import get_request
    from gridgov_desktop.ui.dialogs.print_preview import PrintPreviewDialog

    printed: list[bytes] = []

    def exec_(preview: PrintPreviewDialog) -> int:
        preview.show()
        preview.activateWindow()
        qtbot.waitUntil(preview.isActiveWindow)
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        preview.close()
        return 0

    monkeypatch.setattr(PrintPreviewDialog, "exec", exec_)
    monkeypatch.setattr(PrintPreviewDialog, "print_document", lambda self: printed.append(self.pdf))
    box = window.ui.searchBox
    box.setFocus()
    qtbot.keyClicks(box, street.ids["曾小红"])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not None, timeout=5000)
    form = window.residents.resident_dialog
    assert form is not None
    qtbot.waitUntil(lambda: form.ready)
    form.activateWindow()
    qtbot.keyClick(form, Qt.Key.Key_F4)
    intake = window.service.dialogs.intake_dialog
    assert intake is not None
    intake.activateWindow()
    qtbot.waitUntil(intake.isActiveWindow)
    qtbot.keyClicks(intake.ui.filterEdit, "jzzm")
    qtbot.keyClick(intake.ui.filterEdit, Qt.Key.Key_Return)
    qtbot.keyClick(intake.ui.materialsList, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(intake.request_accepted) as accepted:
        qtbot.keyClick(intake.ui.materialsList, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    number = accepted.args[0]
    assert len(printed) == 1  # the receipt went to the printer
    from pypdf import PdfReader

    assert number in "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0])).pages)
    detail = get_request(sqlite_db, admin, number)
    assert detail.summary.resident_name == "曾小红" and detail.print_count == 1
    intake.done(0)


def test_f4_without_a_resident_goes_to_the_search_box(
    qtbot: QtBot, window: MainWindow, chinese: None
) -> None:
    window.ui.residentTable.selectionModel().clear()
    window.activateWindow()
    qtbot.keyClick(window.ui.residentTable, Qt.Key.Key_F4)
    assert window.service.dialogs.intake_dialog is None
    assert focused(window.ui.searchBox)
    assert window.statusBar().currentMessage().startswith("请先选择居民")


def test_ctrl_2_shows_the_worklists_built_on_first_show_and_ctrl_1_goes_back(
    qtbot: QtBot, window: MainWindow, requests: Requests
) -> None:
    assert window.service.panel is None, "the worklist tab is not built at start"
    assert window.ui.viewTabs.tabText(WORKLIST_TAB) == "服务窗口"
    window.activateWindow()
    qtbot.keyClick(window.ui.residentTable, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.service.panel
    assert panel is not None and panel.isVisible()
    assert window.ui.viewTabs.currentIndex() == WORKLIST_TAB
    assert focused(panel.ui.requestTable)
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=10_000)
    assert panel.ui.titleLabel.text() == "今日到期 · 第1号窗口", "this window by default"
    assert panel.ui.openButton.text() == "全部在办 (2)"
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.viewTabs.currentIndex() == RESIDENTS_TAB
    assert focused(window.ui.residentTable)


def test_f4_on_the_worklist_takes_a_request_of_the_highlighted_applicant(
    qtbot: QtBot, window: MainWindow, requests: Requests
) -> None:
    window.service.show_worklist()
    panel = window.service.panel
    assert panel is not None
    panel.set_scope("hall")
    panel.show_list("paused")
    qtbot.waitUntil(lambda: not panel.is_loading() and panel.proxy.rowCount() == 1, timeout=10_000)
    panel.ui.requestTable.selectRow(0)
    window.activateWindow()
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_F4)
    dialog = window.service.dialogs.intake_dialog
    assert dialog is not None
    assert dialog._resident_id == requests.resident_ids["张小明"]  # type: ignore[attr-defined]
    dialog.reject()


# --- receipts typed and scanned -------------------------------------------------------------------
def test_a_receipt_number_typed_in_the_search_box_opens_the_request(
    qtbot: QtBot, window: MainWindow, requests: Requests, opened: list[str]
) -> None:
    box = window.ui.searchBox
    type_text(box, requests.overdue.replace("-", ""))  # 202610190001: the dash is optional
    assert not box.is_searching(), "a receipt number is not searched among residents"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [requests.overdue], timeout=5000)
    assert box.selectedText() == box.text(), "the next scan replaces it"


def test_a_name_in_the_search_box_still_finds_residents(
    qtbot: QtBot, window: MainWindow, opened: list[str]
) -> None:
    box = window.ui.searchBox
    type_text(box, "欧阳")
    qtbot.waitUntil(lambda: not box.is_searching() and bool(box.hits), timeout=5000)
    with qtbot.waitSignal(box.resident_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert opened == []


def test_an_unknown_receipt_number_is_said_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, opened: list[str]
) -> None:
    box = window.ui.searchBox
    type_text(box, "20261118-0099")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "20261118-0099" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage().startswith("找不到")
    assert opened == []


def test_a_scan_with_the_focus_in_the_resident_table_opens_the_request(
    qtbot: QtBot,
    window: MainWindow,
    requests: Requests,
    sqlite_db: Database,
    admin: Actor,
    opened: list[str],
) -> None:
    clock = Clock()
    window.service.scanner.clock = clock
    payload = _payload(sqlite_db, admin, requests.paused)
    table = window.ui.residentTable
    table.setFocus()
    _type_keys(table, payload, clock, gap=0.004)
    qtbot.waitUntil(lambda: opened == [requests.paused], timeout=5000)
    assert window.residents.resident_dialog is None, "the swallowed Enter opened nobody's form"


def test_a_scan_through_qts_own_key_dispatch_opens_the_request(
    qtbot: QtBot,
    window: MainWindow,
    requests: Requests,
    sqlite_db: Database,
    admin: Actor,
    opened: list[str],
) -> None:
    """QTest sends shortcut overrides, presses and releases as a keyboard does; the clock stands
    still, as if the scanner typed everything within a millisecond."""
    window.service.scanner.clock = Clock()
    table = window.ui.residentTable
    window.activateWindow()
    table.setFocus()
    qtbot.keyClicks(table, _payload(sqlite_db, admin, requests.due_today))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [requests.due_today], timeout=5000)
    assert window.residents.resident_dialog is None


def test_a_scan_into_a_text_field_is_taken_out_of_it(
    qtbot: QtBot,
    window: MainWindow,
    requests: Requests,
    sqlite_db: Database,
    admin: Actor,
    opened: list[str],
) -> None:
    clock = Clock()
    window.service.scanner.clock = clock
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText("备注：")
    edit.setCursorPosition(len(edit.text()))
    _type_keys(edit, _payload(sqlite_db, admin, requests.overdue), clock, gap=0.01)
    qtbot.waitUntil(lambda: opened == [requests.overdue], timeout=5000)
    assert edit.text() == "备注：", "what the scanner typed is gone, the clerk's text stays"


def test_slow_typing_of_the_same_text_is_left_alone(
    qtbot: QtBot,
    window: MainWindow,
    requests: Requests,
    sqlite_db: Database,
    admin: Actor,
    opened: list[str],
) -> None:
    clock = Clock()
    window.service.scanner.clock = clock
    payload = _payload(sqlite_db, admin, requests.overdue)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    entered: list[str] = []
    edit.returnPressed.connect(lambda: entered.append(edit.text()))
    _type_keys(edit, payload, clock, gap=0.12)  # a person: over a hundred milliseconds a key
    QApplication.processEvents()
    assert edit.text() == payload
    assert entered == [payload], "Enter reached the field"
    assert opened == []


def test_a_forged_qr_code_is_refused_in_words(
    qtbot: QtBot,
    window: MainWindow,
    requests: Requests,
    sqlite_db: Database,
    admin: Actor,
    opened: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    clock = Clock()
    window.service.scanner.clock = clock
    payload = _payload(sqlite_db, admin, requests.overdue)
    forged = payload[:-6] + ("AAAAAA" if not payload.endswith("AAAAAA") else "BBBBBB")
    _type_keys(window.ui.residentTable, forged, clock, gap=0.004)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "校验" in shown[0] and opened == []


def test_ctrl_o_asks_for_a_receipt_and_opens_it(
    qtbot: QtBot, window: MainWindow, requests: Requests, opened: list[str]
) -> None:
    window.activateWindow()
    tree = window.org_panel.tree_view  # where Ctrl+R renames a node
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    prompt = window.service.receipt_prompt
    assert isinstance(prompt, QInputDialog) and prompt.isVisible()
    edit = prompt.findChild(QLineEdit)
    assert edit is not None
    qtbot.keyClicks(edit, requests.awaiting)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [requests.awaiting], timeout=5000)


# --- this desk, roles, calendar --------------------------------------------------------------------
def test_the_window_number_is_set_remembered_and_shown(
    qtbot: QtBot, window: MainWindow, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.service.window_label.text() == "第1号窗口"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (3, True))
    window.ui.actionWindowNumber.trigger()
    assert settings.get(WINDOW_NUMBER) == 3
    assert window.service.window_label.text() == "第3号窗口"


def test_receipts_are_a5_unless_a4_is_chosen_in_the_service_menu(
    window: MainWindow, settings: Settings, requests: Requests, sqlite_db: Database, admin: Actor
) -> None:
    from gridgov_desktop.pdf.window_documents import render_receipt
    from gridgov_desktop.services.service_requests import print_receipt

    assert settings.get(RECEIPT_PAGE_SIZE) == "A5"
    assert not window.ui.actionReceiptOnA4.isChecked()
    window.ui.actionReceiptOnA4.trigger()
    assert settings.get(RECEIPT_PAGE_SIZE) == "A4"
    document = print_receipt(sqlite_db, admin, requests.overdue)
    pdf = render_receipt(document, page_size=settings.get(RECEIPT_PAGE_SIZE))
    from pypdf import PdfReader

    width_mm = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == 210
    window.ui.actionReceiptOnA4.trigger()
    assert settings.get(RECEIPT_PAGE_SIZE) == "A5"


@pytest.mark.parametrize(
    ("role", "visible"),
    [
        (UserRole.FRONT_DESK, {"actionNewRequest", "actionOpenReceipt", "actionWorklist"}),
        (UserRole.HEAD, {"actionOpenReceipt", "actionWorklist", "actionServiceRegisters"}),
        (UserRole.GRID_WORKER, set()),
    ],
)
def test_what_a_role_may_not_do_is_hidden(
    qtbot: QtBot,
    sqlite_db: Database,
    street: Street,
    settings: Settings,
    worker: Worker,
    role: UserRole,
    visible: set[str],
) -> None:
    users.add_user(sqlite_db, SYSTEM, "someone", "Gongzuo2026!", role, "某人")
    actor = users.authenticate(sqlite_db, "someone", "Gongzuo2026!")
    lists = role not in (UserRole.HEAD, UserRole.GRID_WORKER)
    window = _open(qtbot, sqlite_db, actor, settings, worker, lists=lists)
    ui = window.ui
    for name in visible:
        assert getattr(ui, name).isVisible() or getattr(ui, name).isEnabled(), name
    if role is UserRole.GRID_WORKER:
        assert not ui.menuService.menuAction().isVisible()
        assert not ui.viewTabs.isTabVisible(WORKLIST_TAB)
        assert not ui.actionWorklist.isEnabled()
    if role is UserRole.HEAD:
        assert not ui.actionNewRequest.isEnabled()
        assert not ui.actionCatalogue.isEnabled() and not ui.actionCalendar.isEnabled()
    if role is UserRole.FRONT_DESK:
        assert ui.actionRectifications.isEnabled()
        assert not ui.actionCatalogue.isEnabled()


def test_the_administrator_is_warned_when_next_years_holidays_are_missing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.service.check_calendar(dt.date(2026, 11, 18))
    qtbot.waitUntil(lambda: window.service.calendar_label is not None, timeout=5000)
    label = window.service.calendar_label
    assert label is not None
    assert label.text() == "⚠ 2027年节假日安排尚未导入，请在“工作日历”中导入"
    assert "2027" in label.toolTip()
    window.service.check_calendar(dt.date(2025, 6, 1))  # 2025 and 2026 are both loaded
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=5000)


def test_others_get_a_quiet_note_about_the_calendar(
    qtbot: QtBot, sqlite_db: Database, street: Street, settings: Settings, worker: Worker, chinese: None
) -> None:
    users.add_user(sqlite_db, SYSTEM, "clerk", "Gongzuo2026!", UserRole.FRONT_DESK, "李办事")
    clerk = users.authenticate(sqlite_db, "clerk", "Gongzuo2026!")
    window = _open(qtbot, sqlite_db, clerk, settings, worker)
    window.service.check_calendar(dt.date(2026, 11, 18))
    qtbot.waitUntil(lambda: "2027" in window.statusBar().currentMessage(), timeout=5000)
    assert window.service.calendar_label is None


def test_the_window_loads_no_sqlalchemy_when_imported() -> None:
    """Start-up stays without SQLAlchemy (bench/startup.py): the service desk imports its services
    and dialogs when first used."""
    import subprocess

    code = (
        "import sys\n"
        "import gridgov_desktop.ui.main_window\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy') or 'worklist' in m))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- the real dialogs ------------------------------------------------------------------------------
def test_a_typed_receipt_opens_the_real_request_dialog_and_a_move_there_refreshes_the_list(
    qtbot: QtBot, window: MainWindow, requests: Requests
) -> None:
    from gridgov_desktop.ui.dialogs.request_dialog import RequestDialog

    window.service.show_worklist()
    panel = window.service.panel
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=10_000)
    box = window.ui.searchBox
    type_text(box, requests.due_today)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.service.dialogs.request_dialog is not None, timeout=5000)
    dialog = window.service.dialogs.request_dialog
    assert isinstance(dialog, RequestDialog) and dialog.receipt_no == requests.due_today
    loads = []
    panel.loaded.connect(lambda: loads.append(1))
    dialog.request_changed.emit(requests.due_today)
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    dialog.reject()


@pytest.mark.parametrize(
    ("action", "attribute", "class_name"),
    [
        ("actionRectifications", "rectification_dialog", "RectificationDialog"),
        ("actionServiceRegisters", "registers_dialog", "ServiceRegistersDialog"),
        ("actionCatalogue", "catalogue_dialog", "CatalogueDialog"),
        ("actionCalendar", "calendar_dialog", "CalendarDialog"),
    ],
)
def test_the_service_menu_opens_its_dialogs(
    qtbot: QtBot, window: MainWindow, action: str, attribute: str, class_name: str
) -> None:
    getattr(window.ui, action).trigger()
    dialog = getattr(window.service.dialogs, attribute)
    assert dialog is not None and type(dialog).__name__ == class_name
    assert dialog.isVisible()
    if class_name == "ServiceRegistersDialog":  # over the part of the tree selected: the street
        assert dialog._node_id == window.org_panel.current_node().id  # type: ignore[union-attr]
    qtbot.wait(50)  # let their first loads arrive before the dialog goes
    dialog.close()


def test_f5_and_ctrl_p_act_on_the_worklist_when_it_is_shown(
    qtbot: QtBot, window: MainWindow, requests: Requests
) -> None:
    window.service.show_worklist()
    panel = window.service.panel
    assert panel is not None
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=10_000)
    loads: list[int] = []
    panel.loaded.connect(lambda: loads.append(1))
    window.activateWindow()
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    qtbot.keyClick(panel.ui.requestTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    assert panel.preview is not None
    assert panel.preview.windowTitle() == "打印预览：今日到期"
    assert window.files.preview is None, "not the residents' register"
    panel.preview.close()


def test_no_window_shortcut_is_also_taken_inside_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """Two shortcuts on one key are ambiguous to Qt, and then neither fires."""
    from PySide6.QtGui import QAction, QShortcut

    window.service.show_worklist()
    window_keys: dict[str, str] = {}
    others: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            key = sequence.toString()
            if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                assert key not in window_keys, f"{key}: {window_keys[key]} and {action.text()}"
                window_keys[key] = action.text()
            else:
                others.append((key, action.text()))
    others += [(shortcut.key().toString(), "QShortcut") for shortcut in window.findChildren(QShortcut)]
    clashes = [(key, name) for key, name in others if key and key in window_keys]
    assert clashes == []
    assert "Ctrl+R" in {key for key, _name in others}, "the tree's rename is seen (and left alone)"
    assert {"F4", "Ctrl+O", "Ctrl+1", "Ctrl+2", "F5", "Ctrl+P"} <= set(window_keys)
