"""Errors of the tree, roles, party and paired-unit services in words: ``messages.describe_error``,
which words every code these services raise, with one exception worded for the panel's context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gridgov_desktop.domain.errors import DomainError
from gridgov_desktop.messages import describe_error


def error_text(error: DomainError, lang: str | None = None) -> str:
    """One sentence for ``error`` in the user's language."""
    args = error.args_map
    if error.code == "validation" and args.get("detail") == "deceased":
        # describe_error says "cannot move in" (the household changes' wording); here the person
        # was chosen for a role or a party post.
        return QCoreApplication.translate("OrgErrors", "This person is recorded as deceased.")
    return describe_error(error, lang)
