"""The column order of the positional rows that bulk loads (the demo street, the Excel import) build.

``db.bulk.BulkWriter`` checks each against its table before writing, so that a column added to a
table stops both loaders loudly instead of shifting values into the wrong fields.
"""

from __future__ import annotations

NODE_COLUMNS = (
    "id", "parent_id", "kind", "name", "code", "sort_order", "path", "depth", "address", "label",
    "household_type", "resident_count", "household_count", "version", "created_at", "updated_at",
)  # fmt: skip
RESIDENT_COLUMNS = (
    "id", "name", "sex", "ethnicity", "birth_date", "id_number", "id_number_rev", "domicile",
    "political_status", "marital_status", "education", "phone", "phone_digits", "phone_digits_rev",
    "religion", "military_service", "employer", "notes", "status", "status_date", "household_id",
    "version", "created_at", "updated_at",
)  # fmt: skip
ROLE_COLUMNS = ("id", "node_id", "role", "resident_id", "person_name", "phone", "since", "user_id")

# What a registration writes, row by row: the layouts both loaders share.
RESIDENT_LAYOUTS: dict[str, tuple[str, ...]] = {
    "org_node": NODE_COLUMNS,
    "node_search_key": ("key", "node_id"),
    "resident": RESIDENT_COLUMNS,
    "household_member": ("id", "household_id", "resident_id", "relation", "joined_on", "left_on"),
    "resident_tag": ("tag_id", "resident_id"),
    "resident_search_key": ("kind", "key", "resident_id"),
}
