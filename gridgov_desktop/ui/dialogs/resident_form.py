"""The resident form's fields as values: filling the choice lists, reading what was typed, and
turning it into what the registry services take (``NewResident``, or only the changed fields)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from gridgov_desktop.domain.enums import Relation, Sex
from gridgov_desktop.domain.id_number import normalise_id_number
from gridgov_desktop.services.excel_columns import (
    EDUCATION_CHOICES,
    ETHNICITY_CHOICES,
    MARITAL_CHOICES,
    MILITARY_CHOICES,
    POLITICAL_CHOICES,
    RELIGION_CHOICES,
)
from gridgov_desktop.services.registry import ResidentDetail, TagInfo
from gridgov_desktop.services.residents import NewResident
from gridgov_desktop.ui.dialogs.resident_checks import parse_typed_date
from gridgov_desktop.ui.forms.ui_resident_dialog import Ui_ResidentDialog
from gridgov_desktop.ui.i18n import sex_label
from gridgov_desktop.ui.widgets.resident_labels import (
    fill_relations,
    select_relation,
    selected_relation,
)

# Free-text fields chosen from a list, with the combo box that holds each (see ``choice_combos``).
CHOICE_FIELDS = (
    "ethnicity", "political_status", "marital_status", "education", "religion", "military_service",
)  # fmt: skip
DEFAULT_ETHNICITY = "汉族"
_TAG_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class FormValues:
    """What the form holds. ``id_number``/``phone`` are None while they show a masked value."""

    name: str
    id_number: str | None
    sex: Sex | None
    birth_date: str
    phone: str | None
    domicile: str
    employer: str
    notes: str
    choices: tuple[tuple[str, str], ...]  # (field, text) for CHOICE_FIELDS
    tags: frozenset[str]
    household_id: int | None
    relation: Relation | None

    def choice(self, field: str) -> str:
        return dict(self.choices)[field]


def choice_combos(ui: Ui_ResidentDialog) -> dict[str, QComboBox]:
    return {
        "ethnicity": ui.ethnicityCombo,
        "political_status": ui.politicalCombo,
        "marital_status": ui.maritalCombo,
        "education": ui.educationCombo,
        "religion": ui.religionCombo,
        "military_service": ui.militaryCombo,
    }


def fill_choices(ui: Ui_ResidentDialog) -> None:
    lists = {
        "ethnicity": ETHNICITY_CHOICES,
        "political_status": POLITICAL_CHOICES,
        "marital_status": MARITAL_CHOICES,
        "education": EDUCATION_CHOICES,
        "religion": RELIGION_CHOICES,
        "military_service": MILITARY_CHOICES,
    }
    for field, combo in choice_combos(ui).items():
        combo.clear()
        combo.addItem("")
        combo.addItems(list(lists[field]))
        combo.setMaxVisibleItems(15)
    ui.sexCombo.clear()
    ui.sexCombo.addItem("", None)
    for sex in Sex:
        ui.sexCombo.addItem(sex_label(sex), sex.value)
    fill_relations(ui.relationCombo)


def set_combo_text(combo: QComboBox, text: str | None) -> None:
    """Select ``text``; a stored value not in the list (an old spelling) is added, not lost."""
    text = text or ""
    index = combo.findText(text, Qt.MatchFlag.MatchExactly)
    if index < 0:
        combo.addItem(text)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def set_sex(combo: QComboBox, sex: Sex | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(sex.value)) if sex is not None else 0)


def selected_sex(combo: QComboBox) -> Sex | None:
    data = combo.currentData()
    return Sex(data) if data else None


def fill_tags(tag_list: QListWidget, tags: list[TagInfo], checked: tuple[str, ...]) -> None:
    tag_list.setWrapping(True)  # (pyside6-uic writes the .ui's isWrapping as a setter that is missing)
    tag_list.clear()
    tag_list.ensurePolished()
    metrics = tag_list.fontMetrics()
    names = [tag.name for tag in tags]
    # A retired category the person still carries stays visible (and ticked) rather than vanish.
    for name in [*names, *(n for n in checked if n not in names)]:
        item = QListWidgetItem(name)
        # Each tag as wide as its name plus the tick box (the theme's box is wider than Qt assumes).
        item.setSizeHint(QSize(metrics.horizontalAdvance(name) + 52, metrics.height() + 14))
        item.setFlags(_TAG_FLAGS)
        item.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)
        tag_list.addItem(item)


def checked_tags(tag_list: QListWidget) -> frozenset[str]:
    items = (tag_list.item(row) for row in range(tag_list.count()))
    checked = Qt.CheckState.Checked
    return frozenset(i.text() for i in items if i is not None and i.checkState() == checked)


def read_values(ui: Ui_ResidentDialog, household_id: int | None) -> FormValues:
    return FormValues(
        name=ui.nameEdit.text().strip(),
        id_number=None if ui.idNumberEdit.masked else normalise_id_number(ui.idNumberEdit.text()),
        sex=selected_sex(ui.sexCombo),
        birth_date=ui.birthDateEdit.text().strip(),
        phone=None if ui.phoneEdit.masked else ui.phoneEdit.text().strip(),
        domicile=ui.domicileEdit.text().strip(),
        employer=ui.employerEdit.text().strip(),
        notes=ui.notesEdit.toPlainText().strip(),
        choices=tuple((field, box.currentText().strip()) for field, box in choice_combos(ui).items()),
        tags=checked_tags(ui.tagList),
        household_id=household_id,
        relation=selected_relation(ui.relationCombo),
    )


def new_resident(values: FormValues) -> NewResident:
    def text(value: str) -> str | None:
        return value or None

    return NewResident(
        name=values.name,
        id_number=text(values.id_number or ""),
        sex=values.sex,
        birth_date=parse_typed_date(values.birth_date),
        ethnicity=text(values.choice("ethnicity")),
        phone=text(values.phone or ""),
        domicile=text(values.domicile),
        political_status=text(values.choice("political_status")),
        marital_status=text(values.choice("marital_status")),
        education=text(values.choice("education")),
        religion=text(values.choice("religion")),
        military_service=text(values.choice("military_service")),
        employer=text(values.employer),
        notes=text(values.notes),
        tags=tuple(sorted(values.tags)),
    )


def changes_for_update(
    detail: ResidentDetail, values: FormValues, revealed: dict[str, str]
) -> dict[str, Any]:
    """Only the fields the clerk changed, as ``update_resident`` takes them."""
    changes: dict[str, Any] = {}
    if values.name != detail.name:
        changes["name"] = values.name
    if values.id_number and values.id_number != revealed.get("id_number", ""):
        changes["id_number"] = values.id_number
    if not detail.has_id_number and not values.id_number:
        if values.sex is not None and values.sex is not detail.sex:
            changes["sex"] = values.sex
        born = parse_typed_date(values.birth_date)
        if born != detail.birth_date:
            changes["birth_date"] = born
    if values.phone is not None and values.phone != revealed.get("phone", ""):
        changes["phone"] = values.phone
    stored: dict[str, str | None] = {
        "domicile": detail.domicile,
        "employer": detail.employer,
        "notes": detail.notes,
        **{field: getattr(detail, field) for field in CHOICE_FIELDS},
    }
    typed = {"domicile": values.domicile, "employer": values.employer, "notes": values.notes}
    typed.update(dict(values.choices))
    for field, before in stored.items():
        if (before or "") != typed[field]:
            changes[field] = typed[field] or None
    if values.tags != frozenset(detail.tags):
        changes["tags"] = sorted(values.tags)
    return changes


def fill_detail(ui: Ui_ResidentDialog, detail: ResidentDetail) -> None:
    """Put a registered person's record in the form (numbers masked)."""
    ui.nameEdit.setText(detail.name)
    ui.idNumberEdit.set_masked(detail.id_number_masked)
    ui.phoneEdit.set_masked(detail.phone_masked)
    set_sex(ui.sexCombo, detail.sex)
    ui.birthDateEdit.setText(detail.birth_date.isoformat() if detail.birth_date else "")
    ui.domicileEdit.setText(detail.domicile or "")
    ui.employerEdit.setText(detail.employer or "")
    ui.notesEdit.setPlainText(detail.notes or "")
    for field, combo in choice_combos(ui).items():
        set_combo_text(combo, getattr(detail, field))
    select_relation(ui.relationCombo, detail.relation)


def birth_date_or_none(text: str) -> dt.date | None:
    try:
        return parse_typed_date(text)
    except ValueError:
        return None
