"""service window

Revision ID: 0003_service_window
Revises: 0002_party_paired_units
Create Date: 2026-11-21 09:39:59.640933
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_service_window"
down_revision = "0002_party_paired_units"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=True),
        sa.CheckConstraint("(kind = 'holiday' OR kind = 'workday')", name=op.f("ck_calendar_day_kind")),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_calendar_day")),
    )
    op.create_table(
        "calendar_year",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_calendar_year")),
    )
    op.create_table(
        "daily_counter",
        sa.Column("series", sa.String(length=4), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "day", name=op.f("pk_daily_counter")),
    )
    op.create_table(
        "service_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "code",
            sa.String(length=32).with_variant(sa.String(length=32, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("current_version_id", sa.Integer(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.ForeignKeyConstraint(
            ["current_version_id"],
            ["service_item_version.id"],
            name=op.f("fk_service_item_current_version_id_service_item_version"),
            ondelete="RESTRICT",
            use_alter=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_item")),
        sa.UniqueConstraint("code", name=op.f("uq_service_item_code")),
    )
    op.create_table(
        "service_item_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("fee", sa.String(length=100), nullable=False),
        sa.Column("time_limit_days", sa.SmallInteger(), nullable=False),
        sa.Column("must_collect", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "time_limit_days >= 0 AND time_limit_days <= 365",
            name=op.f("ck_service_item_version_time_limit"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["service_item.id"],
            name=op.f("fk_service_item_version_item_id_service_item"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_item_version")),
        sa.UniqueConstraint("item_id", "number", name="uq_service_item_version_number"),
    )
    if op.get_bind().dialect.name != "sqlite":
        # The item → current version key is created with the item table on SQLite; elsewhere it
        # waits for the version table to exist.
        op.create_foreign_key(
            op.f("fk_service_item_current_version_id_service_item_version"),
            "service_item",
            "service_item_version",
            ["current_version_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    op.create_table(
        "service_material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("copies", sa.SmallInteger(), nullable=False),
        sa.Column("mandatory", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "(form = 'original' OR form = 'copy' OR form = 'original_and_copy' OR form = 'form')",
            name=op.f("ck_service_material_form"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["service_item_version.id"],
            name=op.f("fk_service_material_version_id_service_item_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_material")),
    )
    with op.batch_alter_table("service_material", schema=None) as batch_op:
        batch_op.create_index("ix_service_material_version", ["version_id", "position"], unique=False)

    op.create_table(
        "service_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("receipt_no", sa.String(length=16), nullable=False),
        sa.Column("check_code", sa.String(length=16), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_item_id", sa.Integer(), nullable=False),
        sa.Column("service_version_id", sa.Integer(), nullable=False),
        sa.Column(
            "node_path",
            sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("window_no", sa.SmallInteger(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("clerk_name", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("resume_status", sa.String(length=16), nullable=True),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("paused_on", sa.Date(), nullable=True),
        sa.Column("paused_days", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("refused_reason", sa.Text(), nullable=True),
        sa.Column("collected_at", sa.DateTime(), nullable=True),
        sa.Column("collected_by", sa.String(length=64), nullable=True),
        sa.Column("collected_by_id", sa.String(length=18), nullable=True),
        sa.Column("print_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(status = 'accepted' OR status = 'in_progress' OR status = 'paused' OR status = 'completed' OR status = 'refused' OR status = 'collected')",
            name=op.f("ck_service_request_status"),
        ),
        sa.ForeignKeyConstraint(
            ["clerk_id"],
            ["app_user.id"],
            name=op.f("fk_service_request_clerk_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_service_request_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_item_id"],
            ["service_item.id"],
            name=op.f("fk_service_request_service_item_id_service_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_version_id"],
            ["service_item_version.id"],
            name=op.f("fk_service_request_service_version_id_service_item_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_request")),
        sa.UniqueConstraint("receipt_no", name=op.f("uq_service_request_receipt_no")),
    )
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_request_day_window", ["accepted_on", "window_no"], unique=False
        )
        batch_op.create_index(
            "ix_service_request_item_day", ["service_item_id", "accepted_on"], unique=False
        )
        batch_op.create_index("ix_service_request_path", ["node_path"], unique=False)
        batch_op.create_index(
            "ix_service_request_resident", ["resident_id", "accepted_on"], unique=False
        )
        batch_op.create_index("ix_service_request_status_due", ["status", "due_on"], unique=False)

    op.create_table(
        "one_time_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_no", sa.String(length=16), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("service_item_id", sa.Integer(), nullable=False),
        sa.Column("service_version_id", sa.Integer(), nullable=False),
        sa.Column("window_no", sa.SmallInteger(), nullable=False),
        sa.Column("clerk_id", sa.Integer(), nullable=True),
        sa.Column("clerk_name", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["clerk_id"],
            ["app_user.id"],
            name=op.f("fk_one_time_notice_clerk_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_request.id"],
            name=op.f("fk_one_time_notice_request_id_service_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_one_time_notice_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_item_id"],
            ["service_item.id"],
            name=op.f("fk_one_time_notice_service_item_id_service_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["service_version_id"],
            ["service_item_version.id"],
            name=op.f("fk_one_time_notice_service_version_id_service_item_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_one_time_notice")),
        sa.UniqueConstraint("notice_no", name=op.f("uq_one_time_notice_notice_no")),
    )
    with op.batch_alter_table("one_time_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_one_time_notice_issued_on"), ["issued_on"], unique=False)
        batch_op.create_index(
            "ix_one_time_notice_resident", ["resident_id", "service_item_id"], unique=False
        )

    op.create_table(
        "request_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("user_display", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_request.id"],
            name=op.f("fk_request_event_request_id_service_request"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_request_event_user_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_event")),
    )
    with op.batch_alter_table("request_event", schema=None) as batch_op:
        batch_op.create_index("ix_request_event_request", ["request_id", "id"], unique=False)

    op.create_table(
        "request_material",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("brought", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["material_id"],
            ["service_material.id"],
            name=op.f("fk_request_material_material_id_service_material"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_request.id"],
            name=op.f("fk_request_material_request_id_service_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "material_id", name=op.f("pk_request_material")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "service_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("rated_at", sa.DateTime(), nullable=False),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "(level = 'very_satisfied' OR level = 'satisfied' OR level = 'basically_satisfied' OR level = 'dissatisfied' OR level = 'very_dissatisfied')",
            name=op.f("ck_service_rating_level"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_request.id"],
            name=op.f("fk_service_rating_request_id_service_request"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_rating")),
        sa.UniqueConstraint("request_id", name=op.f("uq_service_rating_request_id")),
    )
    with op.batch_alter_table("service_rating", schema=None) as batch_op:
        batch_op.create_index("ix_service_rating_day", ["rated_on"], unique=False)

    op.create_table(
        "notice_material",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("brought", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["material_id"],
            ["service_material.id"],
            name=op.f("fk_notice_material_material_id_service_material"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["one_time_notice.id"],
            name=op.f("fk_notice_material_notice_id_one_time_notice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("notice_id", "material_id", name=op.f("pk_notice_material")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "rectification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rating_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("rectified_on", sa.Date(), nullable=True),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("handled_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(status = 'open' OR status = 'rectified' OR status = 'replied')",
            name=op.f("ck_rectification_status"),
        ),
        sa.ForeignKeyConstraint(
            ["rating_id"],
            ["service_rating.id"],
            name=op.f("fk_rectification_rating_id_service_rating"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["service_request.id"],
            name=op.f("fk_rectification_request_id_service_request"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectification")),
        sa.UniqueConstraint("rating_id", name=op.f("uq_rectification_rating_id")),
    )
    with op.batch_alter_table("rectification", schema=None) as batch_op:
        batch_op.create_index("ix_rectification_status_due", ["status", "due_on"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            op.f("fk_service_item_current_version_id_service_item_version"),
            "service_item",
            type_="foreignkey",
        )
    with op.batch_alter_table("rectification", schema=None) as batch_op:
        batch_op.drop_index("ix_rectification_status_due")

    op.drop_table("rectification")
    op.drop_table("notice_material")
    with op.batch_alter_table("service_rating", schema=None) as batch_op:
        batch_op.drop_index("ix_service_rating_day")

    op.drop_table("service_rating")
    op.drop_table("request_material")
    with op.batch_alter_table("request_event", schema=None) as batch_op:
        batch_op.drop_index("ix_request_event_request")

    op.drop_table("request_event")
    with op.batch_alter_table("one_time_notice", schema=None) as batch_op:
        batch_op.drop_index("ix_one_time_notice_resident")
        batch_op.drop_index(batch_op.f("ix_one_time_notice_issued_on"))

    op.drop_table("one_time_notice")
    with op.batch_alter_table("service_request", schema=None) as batch_op:
        batch_op.drop_index("ix_service_request_status_due")
        batch_op.drop_index("ix_service_request_resident")
        batch_op.drop_index("ix_service_request_path")
        batch_op.drop_index("ix_service_request_item_day")
        batch_op.drop_index("ix_service_request_day_window")

    op.drop_table("service_request")
    with op.batch_alter_table("service_material", schema=None) as batch_op:
        batch_op.drop_index("ix_service_material_version")

    op.drop_table("service_material")
    op.drop_table("service_item_version")
    op.drop_table("service_item")
    op.drop_table("daily_counter")
    op.drop_table("calendar_year")
    op.drop_table("calendar_day")
