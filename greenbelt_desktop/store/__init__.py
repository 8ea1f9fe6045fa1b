"""The local record store: SQLAlchemy models, database opening and migrations,
record writes with sync metadata, full-text search, the audit log and backups."""
