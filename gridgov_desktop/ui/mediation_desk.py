"""Mediation inside the main window: the 调解 menu and the mediation tab (Ctrl+3).

Grid workers see neither; front desk and office heads see the case list (summaries only: opening a
case shows its number, state and dates); mediators and administrators see their to-do, open cases
(Ctrl+Shift+N, Ctrl+N on the tab) and work in them. The tab is built the first time it is shown,
and the services are imported then, so start-up does not pay for mediation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QWidget

from gridgov_desktop.db.engine import Database
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.forms.ui_main_window import Ui_MainWindow
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.ui.widgets.case_panel import CasePanel

MEDIATION_TAB = 2


class MediationDesk(QObject):
    """``status(text)`` for the status bar; ``failed(error)`` for errors the window reports."""

    status = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        db: Database,
        actor: Actor,
        settings: Settings,
        worker: Worker,
        *,
        tree_scope: Callable[[], tuple[int | None, str]],
        lang: str | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self.ui, self._db, self._actor = window, ui, db, actor
        self._settings, self._worker, self._lang, self._tree_scope = settings, worker, lang, tree_scope
        self.panel: CasePanel | None = None
        self.dialog: QWidget | None = None
        self.mediates = allows(actor, Permission.MEDIATE)
        self.sees = self.mediates or allows(actor, Permission.SEE_CASE_LIST)
        self._setup_actions()
        ui.viewTabs.setTabVisible(MEDIATION_TAB, self.sees)
        ui.viewTabs.currentChanged.connect(self._tab_changed)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionOpenCase.triggered.connect(self.ask_case)
        ui.actionMediationTab.triggered.connect(self.show_tab)
        ui.actionCaseRegisters.triggered.connect(self.registers)
        ui.actionDisputeTypes.triggered.connect(self.dispute_types)
        allowed = {
            ui.actionNewCase: self.mediates,
            ui.actionOpenCase: self.sees,
            ui.actionMediationTab: self.sees,
            ui.actionCaseRegisters: allows(self._actor, Permission.VIEW_CASE_REGISTERS),
            ui.actionDisputeTypes: allows(self._actor, Permission.MANAGE_DISPUTE_TYPES),
        }
        for action, allowed_here in allowed.items():
            action.setVisible(allowed_here)
            action.setEnabled(allowed_here)
        ui.menuMediation.menuAction().setVisible(any(allowed.values()))
        if self.sees:
            ui.actionResidentsTab.setVisible(True)  # Ctrl+1 back from the mediation tab
        for action in (ui.actionNewCase, ui.actionMediationTab):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)

    # --- the tab -----------------------------------------------------------------------------------
    def shown(self) -> bool:
        return self.ui.viewTabs.currentIndex() == MEDIATION_TAB and self.panel is not None

    def show_tab(self) -> None:
        """Ctrl+3: the mediation desk, with the keyboard in the list."""
        if not self.sees:
            return
        self.ui.viewTabs.setCurrentIndex(MEDIATION_TAB)
        self.ensure_panel().table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if index == MEDIATION_TAB and self.sees:
            self.ensure_panel()

    def ensure_panel(self) -> CasePanel:
        if self.panel is None:
            from gridgov_desktop.ui.widgets.case_panel import CasePanel

            panel = CasePanel(self._db, self._actor, self._settings, self._worker, self.ui.mediationTab)
            panel.use_window_shortcuts()
            panel.status.connect(self.status.emit)
            panel.failed.connect(self.failed.emit)
            panel.open_requested.connect(self.open_case)
            panel.new_requested.connect(self.new_case)
            self.ui.mediationTabLayout.addWidget(panel)
            self.panel = panel
            if self.ui.viewTabs.currentIndex() == MEDIATION_TAB:
                panel.show()  # shown now, not after the layout's queued show: it loads on show
        return self.panel

    def refresh(self) -> None:
        if self.panel is not None:
            self.panel.refresh()

    def print_list(self) -> None:
        if self.panel is not None:
            self.panel.print_list()

    # --- cases -------------------------------------------------------------------------------------
    def new_case(self) -> None:
        """Ctrl+Shift+N (Ctrl+N on the tab): the intake form of a new case."""
        if not self.mediates:
            return
        from gridgov_desktop.ui.dialogs.case_dialog import CaseDialog

        dialog = CaseDialog(
            self._db, self._actor, self._settings, self._worker, parent=self._window, lang=self._lang
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._show(dialog)

    def open_case(self, case: int | str) -> None:
        """A case by id or number: its dialog, or for those who may not read it, its summary."""
        from gridgov_desktop.ui.dialogs.case_open import open_case

        dialog = open_case(
            self._window, self._db, self._actor, self._settings, self._worker, case, lang=self._lang
        )
        if dialog is not None:
            self._show(dialog)

    def _show(self, dialog: QWidget) -> None:
        from gridgov_desktop.ui.dialogs.case_dialog import CaseDialog

        assert isinstance(dialog, CaseDialog)
        dialog.case_changed.connect(lambda _id: self.refresh())
        self.dialog = dialog
        dialog.show()

    def ask_case(self) -> QInputDialog:
        """Mediation → Open case…: by its number (〔2026〕东风调字第12号)."""
        prompt = QInputDialog(self._window)
        prompt.setWindowTitle(self.tr("Open case"))
        prompt.setLabelText(self.tr("Case number (〔2026〕东风调字第12号):"))
        prompt.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prompt.textValueSelected.connect(self._open_typed)
        self.prompt = prompt
        prompt.open()
        return prompt

    def _open_typed(self, text: str) -> None:
        if text.strip():
            self.open_case(text.strip())

    # --- registers and dispute types ---------------------------------------------------------------
    def registers(self) -> None:
        from gridgov_desktop.ui.dialogs.case_statistics_dialog import CaseStatisticsDialog

        node_id, label = self._tree_scope()
        dialog = CaseStatisticsDialog(
            self._db, self._actor, self._settings, self._worker, self._window,
            node_id=node_id, node_label=label if node_id is not None else "", lang=self._lang,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.show()

    def dispute_types(self) -> None:
        from gridgov_desktop.ui.dialogs.dispute_types_dialog import DisputeTypesDialog

        dialog = DisputeTypesDialog(self._db, self._actor, parent=self._window, lang=self._lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
