"""The main window: organisation tree left, residents of the selected node right, search on top.

Everything it shows comes from service calls: the tree model asks for one level at a time, the table
holds resident ids and fetches rows in pages, the search box runs its queries on a worker thread.
The id list of a large node (the whole street: 200,000 ids) is loaded off the GUI thread too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QMainWindow, QMessageBox

from gridgov_desktop import __version__
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services import residents
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.settings import (
    FONT_SIZE_PT,
    LANGUAGE,
    MAIN_SPLITTER_STATE,
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    MAX_FONT_PT,
    MIN_FONT_PT,
    RESIDENT_PAGE_SIZE,
    SEARCH_DEBOUNCE_MS,
    SEARCH_LIMIT,
    THEME,
    Settings,
)
from gridgov_desktop.ui import theme as themes
from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow
from gridgov_desktop.ui.i18n import format_count, role_label
from gridgov_desktop.ui.icons import app_icon
from gridgov_desktop.ui.models import resident_table_model as columns
from gridgov_desktop.ui.models.org_tree_model import COUNT_COLUMN, NAME_COLUMN, OrgTreeModel
from gridgov_desktop.ui.models.resident_table_model import ResidentTableModel
from gridgov_desktop.ui.workers import Task, Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.search import ResidentHit

# Column widths in average character widths: computed, never measured over 200,000 rows.
# Name and status are CJK characters wide; the rest are digits. The address takes what is left.
_COLUMN_CHARS = {
    columns.NAME: 6,
    columns.SEX: 3,
    columns.BIRTH_DATE: 12,
    columns.AGE: 5,
    columns.ID_NUMBER: 21,
    columns.PHONE: 13,
    columns.STATUS: 4,
}


def _search_residents(db: Database, limit: int) -> Callable[[str], list[ResidentHit]]:
    def search(text: str) -> list[ResidentHit]:
        from gridgov_desktop.services.search import search_residents  # on first use, off the GUI thread

        return search_residents(db, text, limit=limit)

    return search


class MainWindow(QMainWindow):
    """``first_data_painted`` fires once the table has painted its first rows (for --quit-after-show)."""

    first_data_painted = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        lang: str,
    ) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._settings, self._worker = db, actor, settings, worker
        self._lang = lang
        self._ids_task: Task | None = None
        self._ids_generation = 0
        self._painted = False
        self._data_set = False
        self._error_showing = False
        self.setWindowIcon(app_icon())
        self.tree_model = OrgTreeModel(db, self)
        self.table_model = ResidentTableModel(db, settings.get(RESIDENT_PAGE_SIZE), self)
        self._setup_views()
        self._setup_actions()
        self._setup_status_bar()
        self.ui.searchBox.configure(
            _search_residents(db, settings.get(SEARCH_LIMIT)), worker, settings.get(SEARCH_DEBOUNCE_MS)
        )
        self.ui.searchBox.resident_chosen.connect(self._show_search_hits)
        self.ui.searchBox.nothing_found.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("No resident matches “{text}”.").format(text=text), 5000
            )
        )
        self.ui.searchBox.search_failed.connect(self._report_error)
        for model in (self.tree_model, self.table_model):
            model.load_error.connect(self._report_error, Qt.ConnectionType.QueuedConnection)
        self._restore_geometry()
        self.ui.residentTable.viewport().installEventFilter(self)
        self.tree_model.load()
        self._select_first_root()

    # --- set-up ------------------------------------------------------------------------------------
    def _setup_views(self) -> None:
        tree = self.ui.orgTree
        tree.setModel(self.tree_model)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        tree.selectionModel().currentChanged.connect(self._node_changed)
        table = self.ui.residentTable
        table.setModel(self.table_model)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(columns.ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._size_columns()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([330, 950])

    def _size_columns(self) -> None:
        self.ui.residentTable.ensurePolished()  # the stylesheet's font, not the default one
        metrics = self.ui.residentTable.fontMetrics()
        digit, wide = metrics.horizontalAdvance("0"), metrics.horizontalAdvance("中")
        header = self.ui.residentTable.horizontalHeader()
        for column, chars in _COLUMN_CHARS.items():
            width = (
                chars * (wide if column in (columns.NAME, columns.SEX, columns.STATUS) else digit) + 16
            )
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        tree_header = self.ui.orgTree.header()
        count_width = max(digit * 8, tree_header.sectionSizeHint(COUNT_COLUMN)) + 8
        tree_header.resizeSection(COUNT_COLUMN, count_width)
        self.ui.residentTable.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionFind.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F3")])
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionRefresh.triggered.connect(self.refresh)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        for action in (ui.actionFind, ui.actionRefresh, ui.actionQuit):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        themes_group = QActionGroup(self)
        for action, name in ((ui.actionThemeLight, "light"), (ui.actionThemeDark, "dark")):
            themes_group.addAction(action)
            action.setChecked(self._settings.get(THEME) == name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n))
        languages = QActionGroup(self)
        for action, code in ((ui.actionChinese, "zh_CN"), (ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setChecked(self._lang == code)
            action.triggered.connect(lambda _checked=False, c=code: self._set_language(c))
        ui.actionLargerText.triggered.connect(
            lambda: self.set_font_size(self._settings.get(FONT_SIZE_PT) + 1)
        )
        ui.actionSmallerText.triggered.connect(
            lambda: self.set_font_size(self._settings.get(FONT_SIZE_PT) - 1)
        )
        ui.actionDefaultTextSize.triggered.connect(lambda: self.set_font_size(FONT_SIZE_PT.default))
        ui.actionLargerText.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])

    def _setup_status_bar(self) -> None:
        user = self._actor.display_name or self._actor.username
        self.user_label = QLabel(
            self.tr("User: {user} ({role})").format(user=user, role=role_label(self._actor.role))
        )
        database = self._db.description
        shown = database if len(database) <= 60 else "…" + database[-59:]
        self.database_label = QLabel(self.tr("Database: {database}").format(database=shown))
        self.database_label.setToolTip(database)
        separator = QLabel("|")
        for label in (self.user_label, separator, self.database_label):
            self.statusBar().addPermanentWidget(label)

    # --- tree and table ----------------------------------------------------------------------------
    def _select_first_root(self) -> None:
        root = self.tree_model.index(0, 0)
        if not root.isValid():
            self.ui.scopeLabel.setText(self.tr("No street has been set up yet."))
            self._set_ids([], self.tr("No street has been set up yet."))
            return
        self.ui.orgTree.expand(root)
        self.ui.orgTree.selectionModel().setCurrentIndex(
            root,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _node_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model.node_at(current)
        if node is None:
            return
        self._ids_generation += 1
        generation = self._ids_generation
        if self._ids_task is not None:
            self._ids_task.cancel()
        self.ui.scopeLabel.setText(node.display_name)
        self.ui.countLabel.setText(self.tr("Loading…"))
        db, node_id = self._db, node.id
        self._ids_task = self._worker.run(
            lambda: residents.resident_ids(db, node_id),
            on_done=lambda ids: self._ids_loaded(generation, node.display_name, ids),
            on_error=self._report_error,
            owner=self,
        )

    def _ids_loaded(self, generation: int, scope: str, ids: list[int]) -> None:
        if generation == self._ids_generation:
            self._ids_task = None
            self._set_ids(ids, scope)

    def _set_ids(self, ids: list[int], scope: str) -> None:
        self.table_model.set_ids(ids)
        self.ui.scopeLabel.setText(scope)
        self.ui.countLabel.setText(self.count_text(len(ids)))
        self._data_set = True
        self.ui.residentTable.viewport().update()

    def count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Total: 1 resident")
        return self.tr("Total: {count} residents").format(count=format_count(count))

    def _show_search_hits(self, chosen: ResidentHit, hits: list[ResidentHit]) -> None:
        text = self.ui.searchBox.text().strip()
        self._ids_generation += 1  # a node's ids still loading must not replace the hits
        self.ui.orgTree.selectionModel().clear()  # so that clicking the node again shows its list
        self._set_ids(
            [hit.row.id for hit in hits], self.tr("Search results for “{text}”").format(text=text)
        )
        row = next((i for i, hit in enumerate(hits) if hit is chosen), 0)
        index = self.table_model.index(row, 0)
        self.ui.residentTable.selectRow(row)
        self.ui.residentTable.scrollTo(index)
        self.statusBar().showMessage(
            self.tr("Selected {name} ({id_number}).").format(
                name=hits[row].row.name, id_number=hits[row].row.id_number_masked or "-"
            ),
            5000,
        )

    def selected_resident_id(self) -> int | None:
        rows = self.ui.residentTable.selectionModel().selectedRows()
        return self.table_model.resident_id(rows[0].row()) if rows else None

    # --- actions -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        box = self.ui.searchBox
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def refresh(self) -> None:
        """F5: reload the tree (keeping the selected node's branch open) and the list."""
        current = self.tree_model.node_at(self.ui.orgTree.currentIndex())
        path = [int(part) for part in current.path.strip("/").split("/")] if current else []
        self.tree_model.load()
        self.table_model.invalidate()
        index = QModelIndex()
        for node_id in path:
            found = self.tree_model.child_index(index, node_id)
            if not found.isValid():
                break
            index = found
            if node_id != path[-1]:
                self.ui.orgTree.expand(index)
        if index.isValid():
            self.ui.orgTree.setCurrentIndex(index)
        else:
            self._select_first_root()
        self.statusBar().showMessage(self.tr("Refreshed."), 3000)

    def set_theme(self, name: str) -> None:
        self._settings.set(THEME, name)
        self._apply_theme()

    def set_font_size(self, points: int) -> None:
        points = max(MIN_FONT_PT, min(MAX_FONT_PT, points))
        self._settings.set(FONT_SIZE_PT, points)
        self._apply_theme()
        self.statusBar().showMessage(self.tr("Text size: {points} pt").format(points=points), 3000)

    def _apply_theme(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            themes.apply_theme(app, self._settings.get(THEME), self._settings.get(FONT_SIZE_PT))
            self._size_columns()

    def _set_language(self, code: str) -> None:
        self._settings.set(LANGUAGE, code)
        self.statusBar().showMessage(
            self.tr("The language changes the next time the program starts."), 8000
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Street Office Service Hall {version}\nResidents, one-stop services and mediation."
            ).format(version=__version__),
        )

    def _report_error(self, error: object) -> None:
        """A database that is locked or gone: say so in words; the window stays up."""
        if not isinstance(error, DomainError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        text = describe_error(error, self._lang)
        self.statusBar().showMessage(text, 15000)
        if self.ui.countLabel.text() == self.tr("Loading…"):
            self.ui.countLabel.setText("")
        if not self._error_showing:  # one box at a time, however many pages failed
            self._error_showing = True
            try:
                QMessageBox.warning(self, self.tr("Database unavailable"), text)
            finally:
                self._error_showing = False

    # --- events ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and self._data_set
            and event.type() == QEvent.Type.Paint
            and watched is self.ui.residentTable.viewport()
        ):
            self._painted = True
            QTimer.singleShot(0, self.first_data_painted.emit)
        return False

    def _restore_geometry(self) -> None:
        geometry = self._settings.get(MAIN_WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self._settings.get(MAIN_WINDOW_STATE)
        if state:
            self.restoreState(state)
        splitter = self._settings.get(MAIN_SPLITTER_STATE)
        if splitter:
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(MAIN_WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(MAIN_WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(MAIN_SPLITTER_STATE, bytes(self.ui.splitter.saveState().data()))
        self._settings.sync()
        super().closeEvent(event)
