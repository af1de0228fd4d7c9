"""The main window as a clerk uses it: the tree, the resident list, the search box, the shortcuts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from gui_helpers import Street, focused, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.id_number import make_id_number
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.main_window import MainWindow
from gridgov_desktop.ui.models.org_tree_model import NODE_ID_ROLE
from gridgov_desktop.ui.models.resident_table_model import ID_NUMBER, NAME, PHONE
from gridgov_desktop.ui.workers import Worker


@pytest.fixture
def window(
    qtbot: QtBot,
    chinese: None,
    sqlite_db: Database,
    street: Street,
    admin: Actor,
    settings: Settings,
    worker: Worker,
) -> Iterator[MainWindow]:
    yield _open(qtbot, sqlite_db, admin, settings, worker, "zh_CN")


def _open(
    qtbot: QtBot, db: Database, actor: Actor, settings: Settings, worker: Worker, lang: str
) -> MainWindow:
    window = MainWindow(db, actor, settings, worker, lang=lang)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.table_model.rowCount() > 0)
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.table_model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def _select_node(qtbot: QtBot, window: MainWindow, index: object) -> None:
    window.org_panel.tree_view.setCurrentIndex(index)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.ui.countLabel.text() != "正在加载…")


def test_tree_starts_with_the_street_and_its_communities_only(
    window: MainWindow, street: Street, chinese: None
) -> None:
    model = window.tree_model
    assert model.rowCount() == 1
    root = model.index(0, 0)
    assert root.data() == "东风街道"
    assert window.org_panel.tree_view.isExpanded(root), "the street is opened at start"
    assert [model.index(i, 0, root).data() for i in range(model.rowCount(root))] == [
        "幸福社区",
        "光明社区",
    ]
    assert model.fetched_count() == 3, "grids and below are not fetched until expanded"
    assert model.index(0, 1).data() == "4"

    community = model.index(0, 0, root)
    assert model.hasChildren(community) and model.rowCount(community) == 0
    window.org_panel.tree_view.expand(community)
    assert model.rowCount(community) == 1
    assert model.index(0, 0, community).data() == "第一网格"
    assert model.fetched_count() == 4


def test_selecting_a_node_lists_its_residents_masked_with_a_count(
    qtbot: QtBot, window: MainWindow, street: Street, chinese: None
) -> None:
    assert window.ui.countLabel.text() == "共 4 人"
    assert window.ui.scopeLabel.text() == "东风街道"
    root = window.tree_model.index(0, 0)
    community = window.tree_model.index(0, 0, root)
    assert community.data(NODE_ID_ROLE) == street.community
    _select_node(qtbot, window, community)
    assert window.ui.countLabel.text() == "共 3 人"
    assert window.ui.scopeLabel.text() == "幸福社区"
    assert sorted(_names(window)) == sorted(["张三明", "曾小红", "张小明"])
    model = window.table_model
    full = street.ids["张三明"]
    row = _names(window).index("张三明")
    assert model.index(row, ID_NUMBER).data() == full[:6] + "********" + full[-4:]
    assert model.index(row, PHONE).data() == "138****5678"
    assert model.headerData(ID_NUMBER, Qt.Orientation.Horizontal) == "公民身份号码"


def test_status_bar_names_the_user_and_the_database(
    window: MainWindow, sqlite_db: Database, chinese: None
) -> None:
    assert window.user_label.text() == "用户：王主任（管理员）"
    assert window.database_label.text().startswith("数据库：")
    assert window.database_label.toolTip() == sqlite_db.description


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.ui.searchBox
    box.clear()
    type_text(box, text)
    qtbot.waitUntil(lambda: not box.is_searching() and bool(box.hits), timeout=5000)


def test_search_by_name_then_enter_selects_the_person(
    qtbot: QtBot, window: MainWindow, chinese: None
) -> None:
    box = window.ui.searchBox
    _search(qtbot, window, "欧阳")
    assert [hit.row.name for hit in box.hits] == ["欧阳娜娜"]
    assert box.hit_list is not None and box.hit_list.isVisible()
    with qtbot.waitSignal(box.resident_chosen):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not box.hit_list.isVisible()
    assert _names(window) == ["欧阳娜娜"]
    assert window.selected_resident_id() == box.hits[0].row.id
    assert window.ui.countLabel.text() == "共 1 人"
    assert "欧阳" in window.ui.scopeLabel.text()


def test_search_by_the_last_four_id_digits_and_arrows_move_through_hits(
    qtbot: QtBot, window: MainWindow, street: Street, chinese: None
) -> None:
    box = window.ui.searchBox
    _search(qtbot, window, street.ids["曾小红"][-4:])
    assert box.hits[0].row.name == "曾小红"
    _search(qtbot, window, "张")
    names = [hit.row.name for hit in box.hits]
    assert len(names) >= 2
    qtbot.keyClick(box, Qt.Key.Key_Down)
    with qtbot.waitSignal(box.resident_chosen) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen.args[0].row.name == names[1], "Down then Enter takes the second hit"
    assert window.selected_resident_id() == box.hits[1].row.id


def test_a_scanned_id_number_and_enter_select_the_person_at_once(
    qtbot: QtBot, window: MainWindow, street: Street
) -> None:
    box = window.ui.searchBox
    box.setFocus()
    with qtbot.waitSignal(box.resident_chosen, timeout=5000) as chosen:
        qtbot.keyClicks(box, street.ids["张小明"])  # a scanner types fast…
        qtbot.keyClick(box, Qt.Key.Key_Return)  # …and ends with Enter, before the debounce
    assert chosen.args[0].row.name == "张小明"
    assert _names(window) == ["张小明"]
    assert box.selectedText() == box.text(), "the next scan replaces this one"


def test_ctrl_f_and_f3_focus_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    for key, modifier in (
        (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier),
    ):
        window.ui.residentTable.setFocus()
        window.activateWindow()
        qtbot.keyClick(window.ui.residentTable, key, modifier)
        assert focused(window.ui.searchBox)
    assert window.ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert "F3" in [s.toString() for s in window.ui.actionFind.shortcuts()]


def test_f5_refreshes_and_keeps_the_selected_node(
    qtbot: QtBot, window: MainWindow, street: Street
) -> None:
    root = window.tree_model.index(0, 0)
    _select_node(qtbot, window, window.tree_model.index(0, 0, root))
    qtbot.keyClick(window.org_panel.tree_view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 3)
    current = window.tree_model.node_at(window.org_panel.tree_view.currentIndex())
    assert current is not None and current.id == street.community


def test_english_interface(
    qtbot: QtBot, sqlite_db: Database, street: Street, admin: Actor, settings: Settings, worker: Worker
) -> None:
    window = _open(qtbot, sqlite_db, admin, settings, worker, "en")
    assert window.ui.countLabel.text() == "Total: 4 residents"
    assert window.ui.menuFile.title() == "&File"
    assert window.user_label.text() == "User: 王主任 (Administrator)"
    assert window.table_model.headerData(ID_NUMBER, Qt.Orientation.Horizontal) == "ID number"


def test_a_database_that_is_gone_is_reported_and_the_window_stays(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, chinese: None
) -> None:
    from gridgov_desktop.domain.errors import DatabaseUnavailable
    from gridgov_desktop.services import org

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))

    def gone(*_args: object) -> list[object]:
        raise DatabaseUnavailable("unable to open database file")

    monkeypatch.setattr(org, "children", gone)
    root = window.tree_model.index(0, 0)
    community = window.tree_model.index(0, 0, root)
    window.org_panel.tree_view.expand(community)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].startswith("无法访问数据库")
    assert window.isVisible()
    assert "无法访问数据库" in window.statusBar().currentMessage()


# --- residents: open, register, sort, choose columns, print ----------------------------------------
def _go_to(qtbot: QtBot, window: MainWindow, node_id: int) -> None:
    from gridgov_desktop.services import org

    window.refresh(quiet=True, path=org.get_node(window._db, node_id).path)
    qtbot.waitUntil(
        lambda: window.current_scope().node_id == node_id and window.ui.countLabel.text() != "正在加载…"
    )


def test_the_scanned_person_opens_in_the_resident_form(
    qtbot: QtBot, window: MainWindow, street: Street, chinese: None
) -> None:
    box = window.ui.searchBox
    box.setFocus()
    qtbot.keyClicks(box, street.ids["欧阳娜娜"])
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not None, timeout=5000)
    dialog = window.residents.resident_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.ui.nameEdit.text() == "欧阳娜娜"
    assert dialog.ui.headingLabel.text() == "居民信息：欧阳娜娜"


def test_enter_and_double_click_on_a_row_open_the_person(qtbot: QtBot, window: MainWindow) -> None:
    table = window.ui.residentTable
    row = _names(window).index("曾小红")
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not None)
    first = window.residents.resident_dialog
    assert first is not None
    qtbot.waitUntil(lambda: first.ready)
    assert first.ui.nameEdit.text() == "曾小红"
    first.reject()
    row = _names(window).index("张三明")
    rect = table.visualRect(window.table_model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not first)
    second = window.residents.resident_dialog
    assert second is not None
    qtbot.waitUntil(lambda: second.ready)
    assert second.ui.nameEdit.text() == "张三明"


def test_f2_registers_into_the_selected_household_and_the_list_shows_the_new_person(
    qtbot: QtBot, window: MainWindow, street: Street, chinese: None
) -> None:

    _go_to(qtbot, window, street.household)
    assert window.ui.countLabel.text() == "共 3 人"
    qtbot.keyClick(window.ui.residentTable, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.residents.resident_dialog is not None)
    dialog = window.residents.resident_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.ui.householdEdit.text().startswith("3-2-501")
    type_text(dialog.ui.nameEdit, "张小红")
    type_text(dialog.ui.idNumberEdit, make_id_number("210102", dt.date(2015, 2, 3), 42))
    dialog.ui.relationCombo.setCurrentIndex(dialog.ui.relationCombo.findText("子女"))
    dialog.save()
    qtbot.waitUntil(lambda: window.ui.countLabel.text() == "共 4 人", timeout=5000)
    assert "张小红" in _names(window)
    assert window.selected_resident_id() == window.table_model.resident_id(
        _names(window).index("张小红")
    )
    assert window.statusBar().currentMessage() == "已保存。"


def test_clicking_a_header_sorts_by_it_and_a_third_click_restores_the_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    header = window.ui.residentTable.horizontalHeader()
    household_order = _names(window)
    header.sectionClicked.emit(NAME)
    qtbot.waitUntil(lambda: _names(window) == ["欧阳娜娜", "曾小红", "张三明", "张小明"])
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == NAME
    header.sectionClicked.emit(NAME)
    qtbot.waitUntil(lambda: _names(window) == ["张小明", "张三明", "曾小红", "欧阳娜娜"])
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.sectionClicked.emit(NAME)
    qtbot.waitUntil(lambda: _names(window) == household_order)
    assert not header.isSortIndicatorShown()
    assert window.ui.countLabel.text() == "共 4 人"


def test_hidden_columns_are_remembered(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    admin: Actor,
    settings: Settings,
    worker: Worker,
) -> None:
    menu = window.list_view.columns_menu()
    phone = next(a for a in menu.actions() if a.text() == "联系电话")
    name = next(a for a in menu.actions() if a.text() == "姓名")
    assert not name.isEnabled(), "the name column cannot be hidden"
    phone.setChecked(False)
    assert window.ui.residentTable.horizontalHeader().isSectionHidden(PHONE)
    again = _open(qtbot, sqlite_db, admin, settings, worker, "zh_CN")
    assert again.ui.residentTable.horizontalHeader().isSectionHidden(PHONE)
    assert not again.ui.residentTable.horizontalHeader().isSectionHidden(ID_NUMBER)


def test_ctrl_p_previews_the_register_of_what_is_on_screen(
    qtbot: QtBot, window: MainWindow, street: Street, chinese: None
) -> None:
    _go_to(qtbot, window, street.household)
    window.activateWindow()
    qtbot.keyClick(window.ui.residentTable, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.files.preview is not None, timeout=10_000)
    preview = window.files.preview
    assert preview is not None
    assert preview.windowTitle() == "打印预览：户籍登记表"
    preview.close()
