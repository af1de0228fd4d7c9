"""trust: grid workers' grids, passwords to change after a reset, audit by user

Revision ID: 0005_trust
Revises: 0004_mediation
Create Date: 2026-11-21 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_trust"
down_revision = "0004_mediation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "app_user",
        sa.Column("must_change_password", sa.Boolean(), server_default=sa.text("false"), nullable=False),
    )
    op.create_table(
        "user_grid",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_grid_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["node_id"], ["org_node.id"], name=op.f("fk_user_grid_node_id_org_node"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "node_id", name=op.f("pk_user_grid")),
    )
    with op.batch_alter_table("user_grid", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_grid_node_id"), ["node_id"], unique=False)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_username", ["username"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_username")
    with op.batch_alter_table("user_grid", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_grid_node_id"))
    op.drop_table("user_grid")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("must_change_password")
