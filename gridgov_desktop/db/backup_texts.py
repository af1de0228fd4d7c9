"""Error texts of this part of the app, merged by ``messages`` on the first error described."""

from __future__ import annotations

MESSAGE_TEXTS: dict[tuple[str, str], tuple[str, str]] = {}
