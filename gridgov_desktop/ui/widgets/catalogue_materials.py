"""The materials table of the catalogue editor: one row per required material (name, form, copies,
mandatory, note), in checklist order, with add / remove / move."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from gridgov_desktop.domain.service_requests import MaterialForm
from gridgov_desktop.services.catalogue_drafts import MAX_COPIES, MaterialDraft

NAME, FORM, COPIES, MANDATORY, NOTE = range(5)
_MATERIAL = Qt.ItemDataRole.UserRole  # a read-only row keeps its material on the name cell


def form_label(form: MaterialForm) -> str:
    translate = QCoreApplication.translate
    return {
        MaterialForm.ORIGINAL: translate("MaterialsTable", "Original"),
        MaterialForm.COPY: translate("MaterialsTable", "Copy"),
        MaterialForm.ORIGINAL_AND_COPY: translate("MaterialsTable", "Original and copy"),
        MaterialForm.FORM: translate("MaterialsTable", "Application form"),
    }[form]


def _header(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    return item.text() if item is not None else ""


class MaterialsTable:
    """Drives ``table`` (a five-column QTableWidget from the form); ``changed()`` after any edit."""

    def __init__(self, table: QTableWidget, changed: Callable[[], None], *, editable: bool) -> None:
        self.table, self._changed, self.editable = table, changed, editable
        self._quiet = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Cell widgets do not size their column: room for the longest form and two digits.
        metrics = table.fontMetrics()
        longest = max(metrics.horizontalAdvance(form_label(form)) for form in MaterialForm)
        for column, width in (
            (FORM, longest + 56),
            (COPIES, metrics.horizontalAdvance("20") + 64),
            (MANDATORY, metrics.horizontalAdvance(_header(table, MANDATORY)) + 40),
            (NOTE, 240),
        ):
            header.resizeSection(column, width)
        table.verticalHeader().setVisible(False)
        if not editable:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.itemChanged.connect(lambda _item: self._edited())

    def set(self, materials: Sequence[MaterialDraft]) -> None:
        self._quiet = True
        try:
            self.table.setRowCount(0)
            for row, material in enumerate(materials):
                self._insert(row, material)
        finally:
            self._quiet = False

    def get(self) -> tuple[MaterialDraft, ...]:
        table, materials = self.table, []
        for row in range(table.rowCount()):
            forms, copies = table.cellWidget(row, FORM), table.cellWidget(row, COPIES)
            name, mandatory, note = (table.item(row, column) for column in (NAME, MANDATORY, NOTE))
            if not isinstance(forms, QComboBox) or not isinstance(copies, QSpinBox):
                shown = name.data(_MATERIAL) if name is not None else None  # a read-only row
                materials.append(shown if isinstance(shown, MaterialDraft) else MaterialDraft(""))
                continue
            materials.append(
                MaterialDraft(
                    name=name.text() if name else "",
                    form=MaterialForm(forms.currentData()),
                    copies=copies.value(),
                    mandatory=mandatory is not None and mandatory.checkState() == Qt.CheckState.Checked,
                    note=note.text() if note else "",
                )
            )
        return tuple(materials)

    def add(self) -> None:
        """A blank row after the current one, its name being edited."""
        table = self.table
        row = table.currentRow() + 1 if table.currentRow() >= 0 else table.rowCount()
        self._quiet = True
        self._insert(row, MaterialDraft(""))
        self._quiet = False
        table.setFocus()
        table.setCurrentCell(row, NAME)
        if (item := table.item(row, NAME)) is not None:
            table.editItem(item)
        self._changed()

    def remove(self) -> None:
        table = self.table
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            table.setCurrentCell(min(row, table.rowCount() - 1), NAME)
            self._changed()

    def move(self, step: int) -> None:
        row, materials = self.table.currentRow(), list(self.get())
        if row < 0 or not 0 <= row + step < len(materials):
            return
        materials[row], materials[row + step] = materials[row + step], materials[row]
        self.set(materials)
        self.table.setCurrentCell(row + step, NAME)
        self._changed()

    def _insert(self, row: int, material: MaterialDraft) -> None:
        table = self.table
        table.insertRow(row)
        name = QTableWidgetItem(material.name)
        name.setToolTip(material.name)
        table.setItem(row, NAME, name)
        mandatory = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        mandatory.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags)
        mandatory.setCheckState(Qt.CheckState.Checked if material.mandatory else Qt.CheckState.Unchecked)
        table.setItem(row, MANDATORY, mandatory)
        note = QTableWidgetItem(material.note)
        note.setToolTip(material.note)
        table.setItem(row, NOTE, note)
        if not self.editable:  # plain text reads better than greyed-out controls
            name.setData(_MATERIAL, material)
            table.setItem(row, FORM, QTableWidgetItem(form_label(material.form)))
            table.setItem(row, COPIES, QTableWidgetItem(str(material.copies)))
            return
        forms = QComboBox()
        for form in MaterialForm:
            forms.addItem(form_label(form), form.value)
        forms.setCurrentIndex(list(MaterialForm).index(material.form))
        forms.currentIndexChanged.connect(lambda _index: self._edited())
        copies = QSpinBox()
        copies.setRange(1, MAX_COPIES)
        copies.setValue(material.copies)
        copies.valueChanged.connect(lambda _value: self._edited())
        table.setCellWidget(row, FORM, forms)
        table.setCellWidget(row, COPIES, copies)

    def _edited(self) -> None:
        if not self._quiet:
            self._changed()
