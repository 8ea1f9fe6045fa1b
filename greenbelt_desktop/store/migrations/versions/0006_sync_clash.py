"""Received changes kept but not applied: id clashes and versions too far ahead.

Revision ID: 0006_sync_clash
Revises: 0005_reference
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_sync_clash"
down_revision = "0005_reference"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_clash",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("sender", sa.String(length=16), nullable=False),
        sa.Column("sender_device", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("held_entity", sa.String(length=32), nullable=False),
        sa.Column("held_origin", sa.String(length=16), nullable=False),
        sa.Column("held_state", sa.String(length=16), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_clash")),
    )
    with op.batch_alter_table("sync_clash", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_clash_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sync_clash")
