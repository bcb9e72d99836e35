"""Alembic environment: Store.open passes its connection; `alembic -x url=...` works too (see README)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from attribution.store import schema

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).begin() as connection:
        _migrate(connection)


def _migrate(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=schema.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        include_name=schema.include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
