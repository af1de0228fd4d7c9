"""Small helpers shared by the service tests."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def names(hits: Iterable[Any]) -> list[str]:
    return [hit.row.name for hit in hits]
