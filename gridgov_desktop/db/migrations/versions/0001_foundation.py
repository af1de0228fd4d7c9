"""foundation: organisation tree, residents, households, tags, roles, users, audit

Revision ID: 0001_foundation
Revises: (none)
Create Date: 2026-11-21 07:21:30.547684
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.Column("failed_logins", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(role = 'admin' OR role = 'front_desk' OR role = 'mediator' OR role = 'grid_worker' OR role = 'head')",
            name=op.f("ck_app_user_role"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "org_node",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column(
            "path",
            sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("depth", sa.SmallInteger(), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column(
            "label",
            sa.String(length=32).with_variant(sa.String(length=32, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("household_type", sa.String(length=16), nullable=True),
        sa.Column("resident_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("household_count", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "household_type IS NULL OR (household_type = 'family' OR household_type = 'collective')",
            name=op.f("ck_org_node_household_type"),
        ),
        sa.CheckConstraint(
            "(kind = 'street' OR kind = 'community' OR kind = 'grid' OR kind = 'compound' OR kind = 'building' OR kind = 'unit' OR kind = 'household')",
            name=op.f("ck_org_node_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["org_node.id"],
            name=op.f("fk_org_node_parent_id_org_node"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_node")),
        sa.UniqueConstraint("path", name=op.f("uq_org_node_path")),
    )
    with op.batch_alter_table("org_node", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_org_node_label"), ["label"], unique=False)
        batch_op.create_index("ix_org_node_parent_sort", ["parent_id", "sort_order", "id"], unique=False)

    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("sensitive", sa.Boolean(), server_default=sa.text("(false)"), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_log_user_id_app_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_log_entry_hash")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "node_search_key",
        sa.Column(
            "key",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["org_node.id"],
            name=op.f("fk_node_search_key_node_id_org_node"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "node_id", name=op.f("pk_node_search_key")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("node_search_key", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_node_search_key_node_id"), ["node_id"], unique=False)

    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "name",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("ethnicity", sa.String(length=16), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column(
            "id_number",
            sa.String(length=18).with_variant(sa.String(length=18, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "id_number_rev",
            sa.String(length=18).with_variant(sa.String(length=18, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("domicile", sa.String(length=200), nullable=True),
        sa.Column("political_status", sa.String(length=16), nullable=True),
        sa.Column("marital_status", sa.String(length=16), nullable=True),
        sa.Column("education", sa.String(length=16), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column(
            "phone_digits",
            sa.String(length=24).with_variant(sa.String(length=24, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column(
            "phone_digits_rev",
            sa.String(length=24).with_variant(sa.String(length=24, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("religion", sa.String(length=16), nullable=True),
        sa.Column("military_service", sa.String(length=16), nullable=True),
        sa.Column("employer", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="living", nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(sex = 'M' OR sex = 'F')", name=op.f("ck_resident_sex")),
        sa.CheckConstraint(
            "(status = 'living' OR status = 'moved_out' OR status = 'deceased')",
            name=op.f("ck_resident_status"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["org_node.id"],
            name=op.f("fk_resident_household_id_org_node"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
        sa.UniqueConstraint("id_number", name=op.f("uq_resident_id_number")),
    )
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_id_number_rev"), ["id_number_rev"], unique=False)
        batch_op.create_index("ix_resident_name", ["name"], unique=False)
        batch_op.create_index("ix_resident_name_birth", ["name", "birth_date"], unique=False)
        batch_op.create_index("ix_resident_status_household", ["status", "household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_phone_digits"), ["phone_digits"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_resident_phone_digits_rev"), ["phone_digits_rev"], unique=False
        )

    op.create_table(
        "household_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.SmallInteger(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.CheckConstraint("relation BETWEEN 0 AND 9", name=op.f("ck_household_member_relation")),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["org_node.id"],
            name=op.f("fk_household_member_household_id_org_node"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_household_member_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
    )
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.create_index("ix_household_member_household", ["household_id", "left_on"], unique=False)
        batch_op.create_index(
            "uq_household_member_current",
            ["resident_id"],
            unique=True,
            sqlite_where=sa.text("left_on IS NULL"),
            postgresql_where=sa.text("left_on IS NULL"),
        )

    op.create_table(
        "node_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["node_id"], ["org_node.id"], name=op.f("fk_node_role_node_id_org_node"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_node_role_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_node_role_user_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_node_role")),
        sa.UniqueConstraint("node_id", "role", "resident_id", name="uq_node_role_person"),
    )
    with op.batch_alter_table("node_role", schema=None) as batch_op:
        batch_op.create_index("ix_node_role_node", ["node_id", "role"], unique=False)
        batch_op.create_index(batch_op.f("ix_node_role_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "resident_search_key",
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column(
            "key",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'g' OR kind = 'i' OR kind = 'p')", name=op.f("ck_resident_search_key_kind")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_resident_search_key_resident_id_resident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("kind", "key", "resident_id", name=op.f("pk_resident_search_key")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("resident_search_key", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resident_search_key_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "resident_tag",
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_resident_tag_resident_id_resident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_resident_tag_tag_id_tag"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("tag_id", "resident_id", name=op.f("pk_resident_tag")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("resident_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_tag_resident_id"), ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("resident_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_tag_resident_id"))

    op.drop_table("resident_tag")
    with op.batch_alter_table("resident_search_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_search_key_resident_id"))

    op.drop_table("resident_search_key")
    with op.batch_alter_table("node_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_node_role_resident_id"))
        batch_op.drop_index("ix_node_role_node")

    op.drop_table("node_role")
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_household_member_current",
            sqlite_where=sa.text("left_on IS NULL"),
            postgresql_where=sa.text("left_on IS NULL"),
        )
        batch_op.drop_index("ix_household_member_household")

    op.drop_table("household_member")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_phone_digits_rev"))
        batch_op.drop_index(batch_op.f("ix_resident_phone_digits"))
        batch_op.drop_index("ix_resident_status_household")
        batch_op.drop_index("ix_resident_name_birth")
        batch_op.drop_index("ix_resident_name")
        batch_op.drop_index(batch_op.f("ix_resident_id_number_rev"))
        batch_op.drop_index(batch_op.f("ix_resident_household_id"))

    op.drop_table("resident")
    with op.batch_alter_table("node_search_key", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_node_search_key_node_id"))

    op.drop_table("node_search_key")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")
        batch_op.drop_index("ix_audit_log_at")

    op.drop_table("audit_log")
    op.drop_table("tag")
    with op.batch_alter_table("org_node", schema=None) as batch_op:
        batch_op.drop_index("ix_org_node_parent_sort")
        batch_op.drop_index(batch_op.f("ix_org_node_label"))

    op.drop_table("org_node")
    op.drop_table("app_user")
    op.drop_table("app_setting")
