"""The main window: organisation tree left, residents of the selected node right, search on top;
the service window's worklists on a second tab (Ctrl+1 / Ctrl+2).

Everything it shows comes from service calls: the tree model asks for one level at a time, the table
holds resident ids and fetches rows in pages, the search box runs its queries on a worker thread.
The id list of a large node (the whole street: 200,000 ids) is loaded off the GUI thread too.
Enter (in the search box or on a row), a double click or a scanned ID number opens the person's form;
F2 registers a new resident; the File menu holds the Excel and print actions (``registry_files``);
the 服务 menu, F4, receipts and scanned QR codes belong to ``service_desk``; the 调解 menu and the
mediation tab (Ctrl+3) to ``mediation_desk``. F5 and Ctrl+P act on the tab shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from gridgov_desktop import __version__
from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError, PermissionDenied
from gridgov_desktop.messages import describe_error
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import (
    FONT_SIZE_PT,
    LANGUAGE,
    MAIN_SPLITTER_STATE,
    MAIN_WINDOW_GEOMETRY,
    MAIN_WINDOW_STATE,
    MAX_FONT_PT,
    MIN_FONT_PT,
    ORG_PANEL_STATE,
    RESIDENT_PAGE_SIZE,
    SEARCH_DEBOUNCE_MS,
    SEARCH_LIMIT,
    THEME,
    Settings,
)
from gridgov_desktop.ui import theme as themes
from gridgov_desktop.ui.admin_actions import AdminActions
from gridgov_desktop.ui.dialogs.registry_files import RegistryFiles, Scope
from gridgov_desktop.ui.dialogs.resident_actions import ResidentActions
from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow
from gridgov_desktop.ui.i18n import format_count, role_label
from gridgov_desktop.ui.icons import app_icon
from gridgov_desktop.ui.mediation_desk import MediationDesk
from gridgov_desktop.ui.models.resident_table_model import ResidentTableModel
from gridgov_desktop.ui.service_desk import ServiceDesk
from gridgov_desktop.ui.widgets.org_panel import OrgPanel
from gridgov_desktop.ui.widgets.resident_list import ResidentListView
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.org import NodeSummary
    from gridgov_desktop.services.search import ResidentHit


def _search_residents(db: Database, actor: Actor, limit: int) -> Callable[[str], list[ResidentHit]]:
    def search(text: str) -> list[ResidentHit]:
        from gridgov_desktop.services.search import search_residents  # on first use, off the GUI thread

        return search_residents(db, actor, text, limit=limit)

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
        self._painted = False
        self._data_set = False
        self._error_showing = False
        self._node: NodeSummary | None = None  # None while the list shows search hits
        self._lists_residents = allows(actor, Permission.VIEW_RESIDENTS)
        self.setWindowIcon(app_icon())
        self.org_panel = OrgPanel(db, actor, worker, self, lang=lang, settings=settings)
        self.tree_model = self.org_panel.tree_model
        self.table_model = ResidentTableModel(db, actor, settings.get(RESIDENT_PAGE_SIZE), self)
        self.list_view = ResidentListView(
            self.ui.residentTable, self.table_model, settings, db=db, worker=worker
        )
        self.residents = ResidentActions(self, db, actor, worker, lang=lang)
        self.files = RegistryFiles(self, db, actor, worker, settings, self.current_scope, lang=lang)
        self.service = ServiceDesk(
            self,
            self.ui,
            db,
            actor,
            settings,
            worker,
            selected_resident=self.selected_resident_id,
            tree_scope=self._tree_scope,
            lang=lang,
        )
        self.mediation = MediationDesk(
            self, self.ui, db, actor, settings, worker, tree_scope=self._tree_scope, lang=lang
        )
        self.admin = AdminActions(self, self.ui, db, actor, settings, worker, lang=lang)
        self._setup_views()
        self._setup_actions()
        self._setup_status_bar()
        self.ui.searchBox.configure(
            _search_residents(db, actor, settings.get(SEARCH_LIMIT)),
            worker,
            settings.get(SEARCH_DEBOUNCE_MS),
        )
        self.ui.searchBox.setEnabled(self._lists_residents)
        self.ui.searchBox.resident_chosen.connect(self._show_search_hits)
        self.ui.searchBox.nothing_found.connect(
            lambda text: self.statusBar().showMessage(
                self.tr("No resident matches “{text}”.").format(text=text), 5000
            )
        )
        self.ui.searchBox.search_failed.connect(self._report_error)
        self._connect_residents()
        for failing in (self.org_panel, self.table_model):
            failing.load_error.connect(self._report_error, Qt.ConnectionType.QueuedConnection)
        self._restore_geometry()
        self.ui.residentTable.viewport().installEventFilter(self)
        # The panel selected the first street while it was being built, before we listened.
        self._node_selected(self.org_panel.current_node())
        self.admin.start()

    # --- set-up ------------------------------------------------------------------------------------
    def _connect_residents(self) -> None:
        view, residents = self.list_view, self.residents
        view.sort_requested.connect(lambda *_: self.ui.countLabel.setText(self.tr("Sorting…")))
        view.loaded.connect(self._ids_loaded)
        view.open_requested.connect(residents.open_resident)
        residents.saved.connect(self._resident_saved)
        residents.request_service.connect(self.service.new_request_for)
        for changed in (residents.residents_changed, self.files.residents_changed):
            changed.connect(lambda: self.refresh(quiet=True))
        for status in (
            view.status, residents.status, self.files.status, self.service.status, self.mediation.status
        ):  # fmt: skip
            status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        for failed in (view.failed, residents.failed, self.service.failed, self.mediation.failed):
            failed.connect(self._report_error)

    def _setup_views(self) -> None:
        # The organisation panel (tree, filter, roles, party, paired units) takes the place the
        # Designer form keeps for the tree.
        panel = self.org_panel
        self.ui.splitter.replaceWidget(0, panel)
        self.ui.orgTree.deleteLater()
        panel.current_changed.connect(self._node_selected)
        panel.tree_changed.connect(lambda _id: self.table_model.invalidate())
        panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        panel.open_household_requested.connect(lambda _id: self.open_household())
        self._size_columns()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([480, 800])

    def _size_columns(self) -> None:
        self.list_view.size_columns()
        self.org_panel.size_columns()

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionFind.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F3")])
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionRefresh.triggered.connect(self.refresh_shown)
        ui.actionPrint.triggered.connect(self.print_shown)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionNewResident.triggered.connect(self.new_resident)
        ui.actionOpenResident.triggered.connect(self.list_view.open_current)
        ui.actionHousehold.triggered.connect(self.open_household)
        ui.actionColumns.triggered.connect(
            lambda: self.list_view.columns_menu().exec(self.ui.residentTable.mapToGlobal(QPoint(0, 0)))
        )
        self.files.connect_actions(ui)
        shortcuts = (ui.actionFind, ui.actionRefresh, ui.actionQuit, ui.actionNewResident)
        for action in (*shortcuts, ui.actionHousehold, ui.actionPrint):
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
        self.service.add_status_widgets()
        # After the first rows are painted: start-up does not wait for the calendar.
        self.first_data_painted.connect(
            lambda: QTimer.singleShot(1000, self.service, self.service.check_calendar)
        )

    # --- tree and table ----------------------------------------------------------------------------
    def _node_selected(self, node: NodeSummary | None) -> None:
        if node is None:
            if self.tree_model.rowCount() == 0:
                self.ui.scopeLabel.setText(self.tr("No street has been set up yet."))
                self._set_ids([], self.tr("No street has been set up yet."))
            return
        self._node = node
        self.ui.scopeLabel.setText(node.display_name)
        if not self._lists_residents:
            self._set_ids([], node.display_name)
            self.ui.countLabel.setText(
                self.tr("Your role does not list residents: print registers from the File menu.")
            )
            return
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.list_view.load(node.id, node.display_name)

    def _ids_loaded(self, ids: list[int], scope: str, select: int | None) -> None:
        self._set_ids(ids, scope)
        if select is not None:
            self.select_resident(select)

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
        self._node = None
        self.list_view.show_search()  # a node's ids still loading must not replace the hits
        self.table_model.set_sort(None)
        self.list_view.show_sort()
        # So that clicking the node again shows its list.
        self.org_panel.tree_view.selectionModel().clear()
        self._set_ids(
            [hit.row.id for hit in hits], self.tr("Search results for “{text}”").format(text=text)
        )
        row = next((i for i, hit in enumerate(hits) if hit is chosen), 0)
        index = self.table_model.index(row, 0)
        self.ui.residentTable.selectRow(row)
        self.ui.residentTable.scrollTo(index)
        self.statusBar().showMessage(
            self.tr("Opened {name} ({id_number}).").format(
                name=hits[row].row.name, id_number=hits[row].row.id_number_masked or "-"
            ),
            5000,
        )
        self.residents.open_resident(hits[row].row.id)  # Enter and a scanned ID open the person

    def selected_resident_id(self) -> int | None:
        rows = self.ui.residentTable.selectionModel().selectedRows()
        return self.table_model.resident_id(rows[0].row()) if rows else None

    def select_resident(self, resident_id: int) -> None:
        row = self.table_model.row_of(resident_id)
        if row is not None:
            self.ui.residentTable.selectRow(row)
            self.ui.residentTable.scrollTo(self.table_model.index(row, 0))

    def _tree_scope(self) -> tuple[int | None, str]:
        node = self.org_panel.current_node() or self._node
        return (node.id, node.display_name) if node is not None else (None, "")

    def current_scope(self) -> Scope:
        node = self._node
        if node is None:
            return Scope(None, None, self.ui.scopeLabel.text())
        return Scope(node.id, node.kind, node.display_name)

    # --- residents and households ------------------------------------------------------------------
    def new_resident(self) -> None:
        """F2: a new resident, in the household selected in the tree if one is."""
        self.residents.new_resident(self._node)

    def open_household(self) -> None:
        """F6: the selected household (in the tree), else the highlighted resident's household."""
        self.residents.open_household_for(self._node, self.selected_resident_id())

    def _resident_saved(self, resident_id: int, new: bool, path: str) -> None:
        """The list shows the saved person: a new one in their household (so F2 again registers the
        next member there), an edited one where they are."""
        self.statusBar().showMessage(self.tr("Saved."), 5000)
        if new:
            self.refresh(quiet=True, path=path, select_resident=resident_id)
        else:
            self.table_model.invalidate()

    # --- actions -----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        box = self.ui.searchBox
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def refresh_shown(self) -> None:
        """F5: the worklist or the mediation desk when shown, else the tree and the resident list."""
        if self.mediation.shown():
            self.mediation.refresh()
        elif self.service.worklist_shown() and self.service.panel is not None:
            self.service.panel.refresh()
        else:
            self.refresh()

    def print_shown(self) -> None:
        """Ctrl+P: the worklist or the case list as on screen, or the register of the residents."""
        if self.mediation.shown():
            self.mediation.print_list()
        elif self.service.worklist_shown() and self.service.panel is not None:
            self.service.panel.print_list()
        else:
            self.files.print_screen()

    def refresh(
        self, *, quiet: bool = False, path: str | None = None, select_resident: int | None = None
    ) -> None:
        """F5: reload the tree (keeping the selected node's branch open, or opening ``path``) and the
        list, selecting ``select_resident`` once it is loaded."""
        current = self.org_panel.current_node()
        path = path or (current.path if current else (self._node.path if self._node else ""))
        self.list_view.select_when_loaded = select_resident or self.selected_resident_id()
        self.table_model.invalidate()
        self.org_panel.refresh()  # the tree is reset: selecting fires current_changed, the list reloads
        if not (path and self.org_panel.select_path(path)):
            self._node_selected(self.org_panel.current_node())
        if not quiet:
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
        if isinstance(error, PermissionDenied):  # a grid worker's click outside their grids
            self._set_ids([], self.ui.scopeLabel.text())
            self.ui.countLabel.setText(text)
            return
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
        panel = self._settings.get(ORG_PANEL_STATE)
        if panel:
            self.org_panel.restore_state(panel)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(MAIN_WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(MAIN_WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(MAIN_SPLITTER_STATE, bytes(self.ui.splitter.saveState().data()))
        self._settings.set(ORG_PANEL_STATE, self.org_panel.save_state())
        self._settings.sync()
        self.admin.on_close()
        self.service.close()
        super().closeEvent(event)
