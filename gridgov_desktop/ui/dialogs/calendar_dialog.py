"""The working-day calendar of one year, for an administrator: the statutory holidays and make-up
working days (调休) that deadlines count with, set a day at a time or imported from the State Council's
notice as a file, and exported.

Keyboard: the year spin box and the list come first; selecting a day fills the form below; in the
form Enter moves on and saves on the last field (Ctrl+S saves from anywhere), Delete on the list makes
the selected day ordinary again, Ctrl+O imports, Ctrl+E exports. Roles without ``MANAGE_CALENDAR``
see the same list and can export, but the form and the import are hidden (the service refuses them
anyway). Each change is one service call (on ``worker`` when given), then the list reloads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from gridgov_desktop.db.engine import Database
from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.services.actor import Actor
from gridgov_desktop.services.permissions import Permission, allows
from gridgov_desktop.ui.forms.ui_calendar_dialog import Ui_CalendarDialog
from gridgov_desktop.ui.widgets.field_message import Level, show_message
from gridgov_desktop.ui.widgets.form_keys import EnterMovesOn
from gridgov_desktop.ui.widgets.org_errors import error_text
from gridgov_desktop.ui.workers import Worker

if TYPE_CHECKING:
    from gridgov_desktop.services.work_calendar import (
        CalendarDayInfo,
        CalendarStatus,
        CalendarYearInfo,
        ImportSummary,
    )

DATE, WEEKDAY, KIND, NAME = range(4)
MAX_PROBLEMS_SHOWN = 8


def weekday_name(day: dt.date) -> str:
    names = (
        QCoreApplication.translate("CalendarDialog", "Monday"),
        QCoreApplication.translate("CalendarDialog", "Tuesday"),
        QCoreApplication.translate("CalendarDialog", "Wednesday"),
        QCoreApplication.translate("CalendarDialog", "Thursday"),
        QCoreApplication.translate("CalendarDialog", "Friday"),
        QCoreApplication.translate("CalendarDialog", "Saturday"),
        QCoreApplication.translate("CalendarDialog", "Sunday"),
    )
    return names[day.weekday()]


def kind_label(kind: str) -> str:
    if kind == "holiday":
        return QCoreApplication.translate("CalendarDialog", "Holiday (rest)")
    return QCoreApplication.translate("CalendarDialog", "Make-up working day")


class CalendarDialog(QDialog):
    """``changed()`` after any change: whoever shows the "next year not loaded" warning refreshes."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker | None = None,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self._db, self._actor, self._worker, self._lang = db, actor, worker, lang
        self._today = today or dt.date.today()
        self.may_edit = allows(actor, Permission.MANAGE_CALENDAR)
        self.days: list[CalendarDayInfo] = []
        self.years: dict[int, CalendarYearInfo] = {}
        self.busy = False
        ui = self.ui
        for kind in ("holiday", "workday"):
            ui.kindCombo.addItem(kind_label(kind), kind)
        header = ui.daysTree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for label in (ui.warningLabel, ui.dateMessage, ui.messageLabel):
            show_message(label, Level.NONE)
        close = ui.buttonBox.button(ui.buttonBox.StandardButton.Close)
        if isinstance(close, QPushButton):
            close.setAutoDefault(False)  # Enter in the form saves the day, it does not close
        ui.buttonBox.rejected.connect(self.reject)
        ui.yearSpin.setValue(self._today.year)
        ui.yearSpin.valueChanged.connect(lambda _year: self.reload())
        ui.daysTree.currentItemChanged.connect(lambda *_args: self._selected())
        ui.daysTree.itemActivated.connect(lambda *_args: self._edit_selected())
        ui.dateEdit.textChanged.connect(lambda _text: self._date_typed())
        ui.saveDayButton.clicked.connect(self.save_day)
        ui.removeDayButton.clicked.connect(self.remove_day)
        ui.importButton.clicked.connect(self.import_file)
        ui.exportButton.clicked.connect(self.export_year)
        ui.dayBox.setVisible(self.may_edit)
        ui.importButton.setVisible(self.may_edit)
        self._enter = EnterMovesOn([ui.dateEdit, ui.kindCombo, ui.nameEdit], self.save_day, self)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_day, ui.saveDayButton)
        self._shortcut(QKeySequence.StandardKey.Open, self.import_file, ui.importButton)
        self._shortcut(QKeySequence("Ctrl+E"), self.export_year, ui.exportButton)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.daysTree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        ui.removeDayButton.setToolTip(self.tr("Make the day an ordinary day again (Delete)"))
        ui.daysTree.setFocus()
        self.reload()

    def _shortcut(
        self,
        keys: QKeySequence | QKeySequence.StandardKey,
        slot: Callable[[], None],
        button: QPushButton,
    ) -> None:
        shortcut = QShortcut(keys, self)
        shortcut.activated.connect(slot)
        text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        label = re.sub(r"\(&\w\)|&", "", button.text()).rstrip("…")  # 保存(&S) → 保存
        button.setToolTip(f"{label} ({text})")

    @property
    def year(self) -> int:
        return self.ui.yearSpin.value()

    # --- list --------------------------------------------------------------------------------------
    def reload(self, keep: dt.date | None = None) -> None:
        db, year, today = self._db, self.year, self._today

        def load() -> tuple[list[CalendarDayInfo], list[CalendarYearInfo], CalendarStatus]:
            from gridgov_desktop.services import work_calendar as wc

            return wc.calendar_days(db, year), wc.calendar_years(db), wc.calendar_status(db, today)

        self._run(load, lambda result: self._loaded(year, *result, keep=keep))

    def _loaded(
        self,
        year: int,
        days: list[CalendarDayInfo],
        years: list[CalendarYearInfo],
        status: CalendarStatus,
        *,
        keep: dt.date | None,
    ) -> None:
        from gridgov_desktop.services.work_calendar import status_text

        if year != self.year:
            return  # the year changed meanwhile: its own reload is on the way
        ui = self.ui
        self.days, self.years = days, {info.year: info for info in years}
        show_message(ui.warningLabel, Level.WARNING, status_text(status, self._lang))
        info = self.years.get(year)
        if info is None:
            ui.sourceLabel.setText(
                self.tr("Not loaded: {year} counts Monday to Friday only.").format(year=year)
            )
        else:
            ui.sourceLabel.setText(
                self.tr("Loaded from {source} on {date}.").format(
                    source=info.source, date=info.loaded_at.date().isoformat()
                )
            )
        tree = ui.daysTree
        tree.clear()
        for day in days:
            row = QTreeWidgetItem(
                [day.day.isoformat(), weekday_name(day.day), kind_label(day.kind), day.name or ""]
            )
            row.setData(DATE, Qt.ItemDataRole.UserRole, day.day.toordinal())
            tree.addTopLevelItem(row)
            if day.day == keep:
                tree.setCurrentItem(row)
        holidays = sum(day.kind == "holiday" for day in days)
        ui.countLabel.setText(
            self.tr("{holidays} days off, {workdays} make-up working days").format(
                holidays=holidays, workdays=len(days) - holidays
            )
        )
        self._selected()

    def current_day(self) -> CalendarDayInfo | None:
        row = self.ui.daysTree.currentItem()
        if row is None:
            return None
        ordinal = row.data(DATE, Qt.ItemDataRole.UserRole)
        return next((d for d in self.days if d.day.toordinal() == ordinal), None)

    def _selected(self) -> None:
        day = self.current_day()
        ui = self.ui
        ui.removeDayButton.setEnabled(self.may_edit)
        if day is None:
            return
        ui.dateEdit.setText(day.day.isoformat())
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(day.kind.value))
        ui.nameEdit.setText(day.name or "")

    def _edit_selected(self) -> None:
        if self.may_edit and self.current_day() is not None:
            self.ui.nameEdit.setFocus()
            self.ui.nameEdit.selectAll()

    def _date_typed(self) -> None:
        day = self._typed_date(quiet=True)
        self.ui.dateHintLabel.setText(weekday_name(day) if day is not None else "")
        show_message(self.ui.dateMessage, Level.NONE)

    def _typed_date(self, *, quiet: bool = False) -> dt.date | None:
        from gridgov_desktop.services.calendar_file import CalendarRowError, parse_day

        text = self.ui.dateEdit.text().strip()
        try:
            return parse_day(text)
        except CalendarRowError as error:
            if not quiet:
                problem = (
                    self.tr("Type the date as 2026-10-01.")
                    if error.args_map["detail"] == "bad_date"
                    else self.tr("There is no such date.")
                )
                show_message(self.ui.dateMessage, Level.ERROR, problem)
                self.ui.dateEdit.setFocus()
            return None

    # --- changes -----------------------------------------------------------------------------------
    def save_day(self) -> None:
        if not self.may_edit or self.busy:
            return
        day = self._typed_date()
        if day is None:
            return
        ui = self.ui
        kind, name = str(ui.kindCombo.currentData()), ui.nameEdit.text()
        db, actor = self._db, self._actor

        def work() -> CalendarDayInfo | None:
            from gridgov_desktop.services.work_calendar import set_day

            return set_day(db, actor, day, kind, name)

        text = self.tr("Saved {date}: {kind}.").format(date=day.isoformat(), kind=kind_label(kind))
        self._run(work, lambda _info: self._changed(text, day))

    def remove_selected(self) -> None:
        """Delete on the list: the selected day becomes ordinary."""
        day = self.current_day()
        if day is not None:
            self._remove(day.day)

    def remove_day(self) -> None:
        """The button: the day typed in the form becomes ordinary."""
        day = self._typed_date()
        if day is not None:
            self._remove(day)

    def _remove(self, day: dt.date) -> None:
        if not self.may_edit or self.busy:
            return
        db, actor = self._db, self._actor

        def work() -> None:
            from gridgov_desktop.services.work_calendar import set_day

            set_day(db, actor, day, None)

        text = self.tr("{date} is an ordinary day again.").format(date=day.isoformat())
        self._run(work, lambda _none: self._changed(text, None))

    def import_file(self) -> None:
        if not self.may_edit or self.busy:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import holidays"),
            "",
            self.tr("Calendar files (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if not path:
            return
        db, actor = self._db, self._actor

        def work() -> ImportSummary:
            from gridgov_desktop.services.work_calendar import import_calendar

            return import_calendar(db, actor, Path(path))

        self._run(work, self._imported)

    def _imported(self, summary: ImportSummary) -> None:
        text = self.tr("Imported {file}: {years}, {holidays} days off, {workdays} make-up working days.")
        text = text.format(
            file=summary.file_name,
            years=", ".join(map(str, summary.years)),
            holidays=summary.holidays,
            workdays=summary.workdays,
        )
        show_message(self.ui.messageLabel, Level.NOTE, text)
        self.changed.emit()
        if summary.years and summary.years[0] != self.year:
            self.ui.yearSpin.setValue(summary.years[0])  # reloads
        else:
            self.reload()

    def export_year(self) -> None:
        if self.busy:
            return
        year = self.year
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export holidays"), f"{year}.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".csv")
        db = self._db

        def work() -> int | OSError:
            from gridgov_desktop.services.work_calendar import export_calendar

            try:
                return export_calendar(db, year, target)
            except OSError as error:
                return error

        self._run(work, lambda result: self._exported(result, target))

    def _exported(self, result: int | OSError, target: Path) -> None:
        if isinstance(result, OSError):
            text = self.tr("Cannot write {file}: {reason}").format(
                file=target, reason=result.strerror or str(result)
            )
            show_message(self.ui.messageLabel, Level.ERROR, text)
            return
        text = self.tr("Exported {count} days to {file}.").format(count=result, file=target)
        show_message(self.ui.messageLabel, Level.NOTE, text)

    def _changed(self, text: str, keep: dt.date | None) -> None:
        show_message(self.ui.messageLabel, Level.NOTE, text)
        self.changed.emit()
        if keep is not None and keep.year != self.year:
            spin = self.ui.yearSpin
            spin.blockSignals(True)  # one reload, the one that selects the day
            spin.setValue(keep.year)
            spin.blockSignals(False)
        self.reload(keep)

    # --- running -----------------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True

        def finish(result: Any) -> None:
            self.busy = False
            done(result)

        if self._worker is None:
            try:
                result = work()
            except DomainError as error:
                self._failed(error)
                return
            finish(result)
            return
        self._worker.run(work, on_done=finish, on_error=self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        from gridgov_desktop.services.calendar_file import CalendarDayRefused, CalendarImportRefused

        self.busy = False
        if not isinstance(error, DomainError):
            raise error
        text = error_text(error, self._lang)
        if isinstance(error, CalendarImportRefused):
            lines = [error_text(problem, self._lang) for problem in error.problems]
            more = len(lines) - MAX_PROBLEMS_SHOWN
            lines = lines[:MAX_PROBLEMS_SHOWN]
            if more > 0:
                lines.append(self.tr("… and {count} more.").format(count=more))
            text = "\n".join([text, *lines])
        if isinstance(error, CalendarDayRefused):
            show_message(self.ui.dateMessage, Level.ERROR, text)
            return
        show_message(self.ui.messageLabel, Level.ERROR, text)
