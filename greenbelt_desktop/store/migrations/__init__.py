"""Alembic migrations, shipped inside the package and applied at open time."""
