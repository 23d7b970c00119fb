"""Alembic's environment for newsmon's schema (see README beside this file).

newsmon runs migrations through :mod:`pipelines.storage.schema`, which hands its own
connection in ``config.attributes["connection"]``, inside a transaction it holds (and a lock):
the migrations then neither open nor commit anything themselves. Without a connection (the
developer's ``python -m pipelines.storage.migrations``), the URL in the ``sqlalchemy.url``
option is used.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from pipelines.storage.models import Base

config = context.config
target_metadata = Base.metadata
OPTIONS = {
    "target_metadata": target_metadata,
    # SQLite alters most columns only by copying the table: batch operations do that.
    "render_as_batch": True,
    "compare_type": True,
}


def run_offline() -> None:
    """SQL to stdout (``--sql``), for a database administrator to read or run."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **OPTIONS,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), poolclass=NullPool)
    try:
        with engine.connect() as connection:
            run_on(connection)
            connection.commit()
    finally:
        engine.dispose()


def run_on(connection) -> None:
    context.configure(connection=connection, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
