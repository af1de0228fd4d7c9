"""The review of a household change before it is made (UX.md: show what will change and ask once).

Two columns, before and after: each household involved with its members and their relation to the
head; what changes for a person is said in words on their line ("迁出", "原为子女", "新迁入") and in
bold, never by colour alone. People who leave the street's households are listed under the columns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridgov_desktop.domain.enums import ResidentStatus
from gridgov_desktop.services.households import ChangeKind, HouseholdPlan, HouseholdView, Member
from gridgov_desktop.ui.forms.ui_household_review import Ui_HouseholdReviewDialog
from gridgov_desktop.ui.widgets.resident_labels import relation_label


def change_label(kind: ChangeKind) -> str:
    labels = {
        ChangeKind.MOVE_IN: QCoreApplication.translate("HouseholdReview", "Move in"),
        ChangeKind.MOVE_OUT: QCoreApplication.translate("HouseholdReview", "Move out"),
        ChangeKind.CHANGE_HEAD: QCoreApplication.translate("HouseholdReview", "Change of head"),
        ChangeKind.SPLIT: QCoreApplication.translate("HouseholdReview", "Split household"),
        ChangeKind.DEATH: QCoreApplication.translate("HouseholdReview", "Death"),
    }
    return labels[kind]


class HouseholdReviewDialog(QDialog):
    """Accepting it means "make the change"; the caller applies the plan."""

    def __init__(self, plan: HouseholdPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HouseholdReviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated code has no annotations
        self.plan = plan
        ui = self.ui
        self.before_tables: list[QTableWidget] = []
        self.after_tables: list[QTableWidget] = []
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the change"))
        ok.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.summaryLabel.setText(
            self.tr("{change} on {date}.").format(
                change=change_label(plan.kind), date=plan.on.isoformat()
            )
        )
        before_ids = {v.household_id: v for v in plan.before}
        leaving = {d.member.resident_id: d for d in plan.departures}
        after_home = {m.resident_id: v for v in plan.after for m in v.members}
        for view in plan.before:
            marks = {}
            for member in view.members:
                if member.resident_id in leaving:
                    status = leaving[member.resident_id].status
                    marks[member.resident_id] = (
                        self.tr("Deceased")
                        if status is ResidentStatus.DECEASED
                        else self.tr("Moves out")
                    )
                elif (home := after_home.get(member.resident_id)) is not None and (
                    home.household_id != view.household_id
                ):
                    marks[member.resident_id] = self.tr("Moves to {household}").format(
                        household=home.label
                    )
            self.before_tables.append(self._add(ui.beforeGroupLayout, view, marks, new=False))
        for view in plan.after:
            old = {m.resident_id: m for m in before_ids.get(view.household_id, _EMPTY).members}
            marks = {}
            for member in view.members:
                was = old.get(member.resident_id)
                if was is None:
                    marks[member.resident_id] = self.tr("Joins")
                elif was.relation is not member.relation:
                    marks[member.resident_id] = self.tr("Was: {relation}").format(
                        relation=relation_label(was.relation)
                    )
            new = view.household_id == 0
            self.after_tables.append(self._add(ui.afterGroupLayout, view, marks, new=new))
        ui.beforeGroupLayout.addStretch(1)
        ui.afterGroupLayout.addStretch(1)
        self._departures(plan)
        ui.warningLabel.setText("\n".join(plan.warnings))
        ui.warningLabel.setVisible(bool(plan.warnings))
        ok.setFocus()

    def _departures(self, plan: HouseholdPlan) -> None:
        lines = []
        for departure in plan.departures:
            member = departure.member
            if departure.status is ResidentStatus.DECEASED:
                line = self.tr("{name}: deceased on {date}").format(
                    name=member.name, date=plan.on.isoformat()
                )
            else:
                line = self.tr("{name}: moves out on {date}").format(
                    name=member.name, date=plan.on.isoformat()
                )
            if departure.reason:
                line += self.tr(" ({reason})").format(reason=departure.reason)
            lines.append("• " + line)
        if lines:
            self.ui.departuresLabel.setText(
                self.tr("Leaving the street's households:") + "\n" + "\n".join(lines)
            )
        self.ui.departuresLabel.setVisible(bool(lines))

    def _add(
        self, layout: QVBoxLayout, view: HouseholdView, marks: dict[int, str], *, new: bool
    ) -> QTableWidget:
        title = view.label + (self.tr(" (new household)") if new else "")
        if view.address:
            title += "　" + view.address
        heading = QLabel(title)
        heading.setProperty("countLabel", True)  # bold, as the count above lists
        heading.setWordWrap(True)
        table = QTableWidget(len(view.members) or 1, 3)
        table.setObjectName(f"household_{view.household_id}")
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation to head"), self.tr("Change")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not view.members:
            table.setItem(0, 0, QTableWidgetItem(self.tr("(nobody)")))
        for row, member in enumerate(view.members):
            self._row(table, row, member, marks.get(member.resident_id, ""))
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height)
        layout.addWidget(heading)
        layout.addWidget(table)
        return table

    @staticmethod
    def _row(table: QTableWidget, row: int, member: Member, mark: str) -> None:
        cells = [member.name, relation_label(member.relation), mark]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if mark:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(row, column, item)

    def texts(self, side: str) -> list[list[str]]:
        """Each household's lines as "name relation change" (what a clerk reads; tests compare)."""
        tables = self.before_tables if side == "before" else self.after_tables

        def cell(table: QTableWidget, row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [
            [" ".join(filter(None, (cell(t, r, c) for c in range(3)))) for r in range(t.rowCount())]
            for t in tables
        ]


_EMPTY = HouseholdView(0, "", "", ())
