"""The free-text fields of a resident record and how typed text is cleaned before it is stored.

Registration and later edits share these rules, so a value refused on one path is refused on the other:
control characters (NUL breaks PostgreSQL; ESC and direction overrides disguise what a name says)
are dropped, surrounding space is trimmed, and over-long text is refused in words instead of reaching
the column's limit as a database error.
"""

from __future__ import annotations

from gridgov_desktop.domain.errors import ValidationError
from gridgov_desktop.domain.text import without_control_characters

# Free-text fields of the registration form a clerk may change directly.
TEXT_FIELDS = (
    "ethnicity", "domicile", "political_status", "marital_status", "education", "religion",
    "military_service", "employer", "notes",
)  # fmt: skip
MAX_TEXT = {"notes": 2000, "domicile": 200, "employer": 100}  # the others: 16 (choice lists)
MAX_NAME = 64


def clean_name(text: str) -> str:
    """The name as stored; refused when empty or longer than the column."""
    name = without_control_characters(text).strip()
    if not name:
        raise ValidationError("required", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError("too_long", field="name", maximum=MAX_NAME)
    return name


def clean_text(field: str, value: object) -> str | None:
    """A free-text field as stored (None when blank); refused when longer than its column."""
    if value is None:
        return None
    text = without_control_characters(str(value)).strip() or None
    maximum = MAX_TEXT.get(field, 16)
    if text is not None and len(text) > maximum:
        raise ValidationError("too_long", field=field, maximum=maximum)
    return text
