"""party organisation and paired units

Revision ID: 0002_party_paired_units
Revises: 0001_foundation
Create Date: 2026-11-21 07:59:44.438760
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_party_paired_units"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "paired_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("contact_name", sa.String(length=64), nullable=True),
        sa.Column("contact_phone", sa.String(length=32), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(kind = 'government' OR kind = 'public_institution' OR kind = 'school' OR kind = 'hospital' OR kind = 'company' OR kind = 'social_organisation' OR kind = 'other')",
            name=op.f("ck_paired_unit_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["community_id"],
            ["org_node.id"],
            name=op.f("fk_paired_unit_community_id_org_node"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paired_unit")),
    )
    with op.batch_alter_table("paired_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_paired_unit_community_id"), ["community_id"], unique=False)

    op.create_table(
        "paired_service_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paired_unit_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("claimed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("evaluation", sa.String(length=16), nullable=True),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("evaluation_note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(status = 'claimed' OR status = 'in_progress' OR status = 'done' OR status = 'dropped')",
            name=op.f("ck_paired_service_item_status"),
        ),
        sa.CheckConstraint(
            "evaluation IS NULL OR (evaluation = 'excellent' OR evaluation = 'good' OR evaluation = 'fair' OR evaluation = 'poor')",
            name=op.f("ck_paired_service_item_evaluation"),
        ),
        sa.ForeignKeyConstraint(
            ["paired_unit_id"],
            ["paired_unit.id"],
            name=op.f("fk_paired_service_item_paired_unit_id_paired_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paired_service_item")),
    )
    with op.batch_alter_table("paired_service_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_paired_service_item_paired_unit_id"), ["paired_unit_id"], unique=False
        )

    op.create_table(
        "party_org",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("secretary_resident_id", sa.Integer(), nullable=True),
        sa.Column("secretary_name", sa.String(length=64), nullable=True),
        sa.Column("secretary_phone", sa.String(length=32), nullable=True),
        sa.Column("star_rating", sa.SmallInteger(), nullable=True),
        sa.Column("rated_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(kind = 'committee' OR kind = 'branch' OR kind = 'group' OR kind = 'member_household')",
            name=op.f("ck_party_org_kind"),
        ),
        sa.CheckConstraint(
            "star_rating IS NULL OR (star_rating >= 1 AND star_rating <= 5)",
            name=op.f("ck_party_org_stars"),
        ),
        sa.ForeignKeyConstraint(
            ["node_id"], ["org_node.id"], name=op.f("fk_party_org_node_id_org_node"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["party_org.id"],
            name=op.f("fk_party_org_parent_id_party_org"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["secretary_resident_id"],
            ["resident.id"],
            name=op.f("fk_party_org_secretary_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_org")),
    )
    with op.batch_alter_table("party_org", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_org_node_id"), ["node_id"], unique=False)
        batch_op.create_index(
            "ix_party_org_parent_sort", ["parent_id", "sort_order", "id"], unique=False
        )

    op.create_table(
        "party_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_org_id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("person_name", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("position", sa.String(length=20), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "(position = 'secretary' OR position = 'deputy_secretary' OR position = 'committee_member' OR position = 'member')",
            name=op.f("ck_party_member_position"),
        ),
        sa.ForeignKeyConstraint(
            ["party_org_id"],
            ["party_org.id"],
            name=op.f("fk_party_member_party_org_id_party_org"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_party_member_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_member")),
    )
    with op.batch_alter_table("party_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_party_member_party_org_id"), ["party_org_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_party_member_resident_id"), ["resident_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("party_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_party_member_resident_id"))
        batch_op.drop_index(batch_op.f("ix_party_member_party_org_id"))

    op.drop_table("party_member")
    with op.batch_alter_table("party_org", schema=None) as batch_op:
        batch_op.drop_index("ix_party_org_parent_sort")
        batch_op.drop_index(batch_op.f("ix_party_org_node_id"))

    op.drop_table("party_org")
    with op.batch_alter_table("paired_service_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paired_service_item_paired_unit_id"))

    op.drop_table("paired_service_item")
    with op.batch_alter_table("paired_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_paired_unit_community_id"))

    op.drop_table("paired_unit")
