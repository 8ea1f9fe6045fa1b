"""Full-text search index over every live record, backfilled from their data.

Revision ID: 0002_search
Revises: 0001_records
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision = "0001_records"
branch_labels = None
depends_on = None

_ENTITIES = (
    "organisation",
    "contact",
    "event",
    "project",
    "recommendation",
    "agreement",
    "practice",
    "attachment",
)


def upgrade() -> None:
    from greenbelt_desktop.store import search

    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        op.execute(
            "CREATE TABLE search_doc (rowid INTEGER PRIMARY KEY, entity VARCHAR(32) NOT NULL, "
            "record_id VARCHAR(36) NOT NULL UNIQUE, title TEXT NOT NULL)"
        )
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize='trigram')")
        op.execute("CREATE VIRTUAL TABLE search_cjk USING fts5(body, tokenize='unicode61')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE TABLE search_doc (rowid BIGSERIAL PRIMARY KEY, entity VARCHAR(32) NOT NULL, "
            "record_id VARCHAR(36) NOT NULL UNIQUE, title TEXT NOT NULL)"
        )
        op.execute(
            "CREATE TABLE search_index (rowid BIGINT PRIMARY KEY "
            "REFERENCES search_doc(rowid) ON DELETE CASCADE, body TEXT NOT NULL)"
        )
        op.execute(
            "CREATE INDEX ix_search_index_body_trgm ON search_index USING gin (body gin_trgm_ops)"
        )
    for entity in _ENTITIES:
        rows = conn.execute(sa.text(f"SELECT id, data FROM {entity} WHERE NOT deleted")).fetchall()
        search.index(conn, entity, ((row[0], json.loads(row[1])) for row in rows))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_cjk")
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_doc")
