"""The bad-input corpus reuses the Excel tests' street and sheet writer and the PDF tests' documents."""

from __future__ import annotations

import sys
from pathlib import Path

for _folder in ("excel", "pdf"):
    sys.path.insert(0, str(Path(__file__).parents[1] / _folder))
