"""The Secretariat's reference data: entries received in consolidated bundles or made
by the Secretariat, laid over the reference data shipped with the application.

Revision ID: 0005_reference
Revises: 0004_list_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_reference"
down_revision = "0004_list_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_entry",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("list", sa.String(length=32), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=True),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_entry")),
    )
    with op.batch_alter_table("reference_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reference_entry_change_counter"), ["change_counter"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_reference_entry_origin"), ["origin"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reference_entry_updated_at"), ["updated_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("reference_entry")
