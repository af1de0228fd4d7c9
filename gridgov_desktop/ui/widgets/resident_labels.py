"""Words for the resident registry's codes: relations to the head, changes of household.

The choice lists of the form (民族, 政治面貌 …) are the words stored in the database and printed on
registers, so they are shown as they are, in Chinese, in both languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from gridgov_desktop.domain.enums import Relation


def relation_label(relation: Relation | None) -> str:
    if relation is None:
        return ""
    labels = {
        Relation.HEAD: QCoreApplication.translate("ResidentLabels", "Head of household"),
        Relation.SPOUSE: QCoreApplication.translate("ResidentLabels", "Spouse"),
        Relation.CHILD: QCoreApplication.translate("ResidentLabels", "Child"),
        Relation.PARENT: QCoreApplication.translate("ResidentLabels", "Parent"),
        Relation.PARENT_IN_LAW: QCoreApplication.translate("ResidentLabels", "Parent-in-law"),
        Relation.GRANDPARENT: QCoreApplication.translate("ResidentLabels", "Grandparent"),
        Relation.CHILD_SPOUSE: QCoreApplication.translate("ResidentLabels", "Child's spouse"),
        Relation.GRANDCHILD: QCoreApplication.translate("ResidentLabels", "Grandchild"),
        Relation.SIBLING: QCoreApplication.translate("ResidentLabels", "Sibling"),
        Relation.OTHER: QCoreApplication.translate("ResidentLabels", "Other"),
    }
    return labels[relation]


def fill_relations(combo: QComboBox, *, blank: bool = True) -> None:
    """Fill ``combo`` with the ten relations (item data: the Relation), after a blank entry."""
    combo.clear()
    if blank:
        combo.addItem("", None)
    for relation in Relation:
        combo.addItem(relation_label(relation), int(relation))


def select_relation(combo: QComboBox, relation: Relation | None) -> None:
    index = combo.findData(int(relation)) if relation is not None else 0
    combo.setCurrentIndex(max(index, 0))


def selected_relation(combo: QComboBox) -> Relation | None:
    data = combo.currentData()
    return Relation(data) if data is not None else None
