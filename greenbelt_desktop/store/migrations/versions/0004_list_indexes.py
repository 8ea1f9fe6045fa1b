"""Indexes on every column a list can be sorted by, so a sorted page of 100,000
records is read in index order instead of sorting the whole table.

Revision ID: 0004_list_indexes
Revises: 0003_sync
"""

from alembic import op

revision = "0004_list_indexes"
down_revision = "0003_sync"
branch_labels = None
depends_on = None

INDEXES = {
    "contact": ("full_name_latin", "email"),
    "event": ("end", "cross_border"),
    "project": ("end", "budget", "co2e_t_per_year", "renewable_mw"),
    "recommendation": ("proposed_by",),
}


def upgrade() -> None:
    for table, columns in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table, columns in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
