"""Alembic environment: the store passes its own connection in ``config.attributes``."""

from alembic import context

from greenbelt_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision` by developers
    from sqlalchemy import create_engine

    connection = create_engine(str(config.get_main_option("sqlalchemy.url"))).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
