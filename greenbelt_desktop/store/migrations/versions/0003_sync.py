"""Signed exchange bundles: keys, devices, applied bundles, exports, forwarded inner
bundles, conflicts, the ledger of exchanges and the import lock.

Revision ID: 0003_sync
Revises: 0002_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "sync_key",
        sa.Column("kid", sa.String(length=64), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("rotation", sa.Text(), nullable=True),
        sa.Column("replaced_by", sa.String(length=64), nullable=True),
        sa.Column("learned_at", sa.String(length=32), nullable=False),
        sa.Column("learned_from", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_sync_key")),
    )
    _index("sync_key", "party", "device")
    op.create_table(
        "sync_device",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("state_sequence", sa.Integer(), nullable=False),
        sa.Column("consolidated_sequence", sa.Integer(), nullable=False),
        sa.Column("consolidated_bundle", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("device", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("applied_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_applied")),
    )
    _index("sync_applied", "device")
    op.create_table(
        "sync_export",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("change_counter", sa.Integer(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_sync_export")),
    )
    op.create_table(
        "sync_forward",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("jws", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_forward")),
    )
    _index("sync_forward", "device")
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("lost_version", sa.String(length=64), nullable=False),
        sa.Column("won_version", sa.String(length=64), nullable=False),
        sa.Column("sharing", sa.String(length=16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("restored_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    _index("sync_conflict", "record_id")
    op.create_table(
        "sync_exchange",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("party", sa.String(length=16), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_exchange")),
    )
    _index("sync_exchange", "bundle_id")
    op.create_table(
        "sync_lock",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_lock")),
    )
    op.execute("INSERT INTO sync_lock (name, taken_at) VALUES ('import', '')")


def downgrade() -> None:
    for table in (
        "sync_lock",
        "sync_exchange",
        "sync_conflict",
        "sync_forward",
        "sync_export",
        "sync_applied",
        "sync_device",
        "sync_key",
    ):
        op.drop_table(table)
