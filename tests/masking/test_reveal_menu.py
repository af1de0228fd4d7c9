"""The case dialog's Print menu offers the agreement with full ID numbers only to a role that may
see them, and that entry asks the service for the unmasked print (which audits it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest
from masking_data import Hall, pdf_text  # type: ignore[import-not-found]
from mediation_desk import OUTSIDER_ID_NORMAL  # type: ignore[import-not-found]
from PySide6.QtWidgets import QWidget

from gridgov_desktop.services.mediation_cases import get_case
from gridgov_desktop.settings import Settings
from gridgov_desktop.ui.dialogs import print_preview
from gridgov_desktop.ui.dialogs.case_documents import CaseDocuments


class FakePreview(QWidget):
    shown: ClassVar[list[bytes]] = []

    def __init__(self, pdf: bytes, **_options: Any) -> None:
        super().__init__()
        FakePreview.shown.append(pdf)

    def open(self) -> None:
        pass


def test_the_unmasked_agreement_is_a_separate_menu_entry_for_allowed_roles(
    qtbot: Any, hall: Hall, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(print_preview, "PrintPreviewDialog", FakePreview)
    desk = hall.desk
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = Settings(tmp_path / "settings.ini")
    entries = {}
    for who in ("lead", "admin"):
        actor = getattr(desk, who)
        documents = CaseDocuments(parent, desk.db, actor, settings)
        detail = get_case(desk.db, actor, hall.cases[0].summary.id)
        menu = documents.menu(detail, None)
        entries[who] = {action.data(): action for action in menu.actions() if action.data()}
    # Mediators and administrators may print full ID numbers (audited); the masked print stays the
    # default entry. Roles that may not are refused by the service (test_reveal_on_request.py).
    assert {"agreement", "agreement:unmasked"} <= set(entries["lead"])
    assert {"agreement", "agreement:unmasked"} <= set(entries["admin"])
    entries["admin"]["agreement"].trigger()
    entries["admin"]["agreement:unmasked"].trigger()
    masked, full = (pdf_text(pdf) for pdf in FakePreview.shown[-2:])
    assert OUTSIDER_ID_NORMAL not in masked and OUTSIDER_ID_NORMAL in full
