"""people's mediation cases

Revision ID: 0004_mediation
Revises: 0003_service_window
Create Date: 2026-11-21 10:49:55.948689
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_mediation"
down_revision = "0003_service_window"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dispute_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("(true)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_type")),
        sa.UniqueConstraint("name", name=op.f("uq_dispute_type_name")),
    )
    op.create_table(
        "mediation_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("dispute_type_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=True),
        sa.Column(
            "node_path",
            sa.String(length=255).with_variant(sa.String(length=255, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("at_risk", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("deadline_on", sa.Date(), nullable=False),
        sa.Column("extended_until", sa.Date(), nullable=True),
        sa.Column("extension_note", sa.Text(), nullable=True),
        sa.Column("agreement_kind", sa.String(length=8), nullable=True),
        sa.Column("agreement_effective_on", sa.Date(), nullable=True),
        sa.Column("referred_to", sa.String(length=16), nullable=True),
        sa.Column("referred_to_name", sa.String(length=100), nullable=True),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("missing_items_note", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.CheckConstraint(
            "(source = 'application' OR source = 'own_initiative' OR source = 'grid_report' OR source = 'police_referral' OR source = 'court_commission')",
            name=op.f("ck_mediation_case_source"),
        ),
        sa.CheckConstraint(
            "(status = 'registered' OR status = 'in_mediation' OR status = 'agreed' OR status = 'failed' OR status = 'withdrawn' OR status = 'followed_up' OR status = 'closed')",
            name=op.f("ck_mediation_case_status"),
        ),
        sa.CheckConstraint(
            "agreement_kind IS NULL OR (agreement_kind = 'written' OR agreement_kind = 'oral')",
            name=op.f("ck_mediation_case_agreement_kind"),
        ),
        sa.CheckConstraint(
            "referred_to IS NULL OR (referred_to = 'court' OR referred_to = 'arbitration' OR referred_to = 'department')",
            name=op.f("ck_mediation_case_referred_to"),
        ),
        sa.ForeignKeyConstraint(
            ["dispute_type_id"],
            ["dispute_type.id"],
            name=op.f("fk_mediation_case_dispute_type_id_dispute_type"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["org_node.id"],
            name=op.f("fk_mediation_case_node_id_org_node"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediation_case")),
        sa.UniqueConstraint("number", name=op.f("uq_mediation_case_number")),
        sa.UniqueConstraint("year", "sequence", name="uq_mediation_case_year_sequence"),
    )
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.create_index("ix_mediation_case_path", ["node_path"], unique=False)
        batch_op.create_index("ix_mediation_case_registered", ["registered_on"], unique=False)
        batch_op.create_index(
            "ix_mediation_case_status_deadline", ["status", "deadline_on"], unique=False
        )

    op.create_table(
        "case_agreement",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("dispute_points", sa.Text(), nullable=False),
        sa.Column("responsibilities", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("performance", sa.Text(), nullable=False),
        sa.Column("performance_due_on", sa.Date(), nullable=True),
        sa.Column("copies", sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_agreement_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_agreement")),
    )
    op.create_table(
        "case_commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("promised_to", sa.String(length=64), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_commitment_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["app_user.id"],
            name=op.f("fk_case_commitment_owner_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_commitment")),
    )
    with op.batch_alter_table("case_commitment", schema=None) as batch_op:
        batch_op.create_index("ix_case_commitment_due", ["done_on", "due_on"], unique=False)

    op.create_table(
        "case_file_item",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=24), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_file_item_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "item", name=op.f("pk_case_file_item")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "case_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("performed", sa.Boolean(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_name", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_follow_up_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_follow_up")),
    )
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        batch_op.create_index("ix_case_follow_up_due", ["done_on", "due_on"], unique=False)

    op.create_table(
        "case_mediator",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_mediator_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_case_mediator_user_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("case_id", "user_id", name=op.f("pk_case_mediator")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_mediator_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("agent_name", sa.String(length=64), nullable=True),
        sa.Column("agent_phone", sa.String(length=32), nullable=True),
        sa.Column("agent_relation", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "(role = 'applicant' OR role = 'respondent' OR role = 'third_party')",
            name=op.f("ck_case_party_role"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_case_party_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_case_party_resident_id_resident"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_party")),
    )
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.create_index("ix_case_party_case", ["case_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_party_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=64), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agreed", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(kind = 'note' OR kind = 'phone_call' OR kind = 'home_visit' OR kind = 'session')",
            name=op.f("ck_journal_entry_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["app_user.id"],
            name=op.f("fk_journal_entry_author_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["mediation_case.id"],
            name=op.f("fk_journal_entry_case_id_mediation_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_id"],
            ["journal_entry.id"],
            name=op.f("fk_journal_entry_corrects_id_journal_entry"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.create_index("ix_journal_entry_case", ["case_id", "occurred_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("journal_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_journal_entry_case")

    op.drop_table("journal_entry")
    with op.batch_alter_table("case_party", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_party_resident_id"))
        batch_op.drop_index("ix_case_party_case")

    op.drop_table("case_party")
    with op.batch_alter_table("case_mediator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_mediator_user_id"))

    op.drop_table("case_mediator")
    with op.batch_alter_table("case_follow_up", schema=None) as batch_op:
        batch_op.drop_index("ix_case_follow_up_due")

    op.drop_table("case_follow_up")
    op.drop_table("case_file_item")
    with op.batch_alter_table("case_commitment", schema=None) as batch_op:
        batch_op.drop_index("ix_case_commitment_due")

    op.drop_table("case_commitment")
    op.drop_table("case_agreement")
    with op.batch_alter_table("mediation_case", schema=None) as batch_op:
        batch_op.drop_index("ix_mediation_case_status_deadline")
        batch_op.drop_index("ix_mediation_case_registered")
        batch_op.drop_index("ix_mediation_case_path")

    op.drop_table("mediation_case")
    op.drop_table("dispute_type")
