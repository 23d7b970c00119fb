"""The schema's revision: what a database has, what this newsmon needs, and upgrading it.

Alembic owns the schema: its revisions live in ``migrations/versions/`` beside this module
(how to add one: ``migrations/README``). A database is in one of these states:

* ``empty``: no newsmon tables yet. :func:`prepare` brings it to the head revision, so that
  a first run just works.
* ``unversioned``: tables but no ``alembic_version``: written by the last release before
  migrations, whose ``create_all`` schema is revision ``0001``. :func:`upgrade` checks that
  it has that schema's tables and columns, stamps it ``0001`` and upgrades it.
* ``outdated``: an earlier revision; :func:`upgrade` brings it to the head.
* ``head``: used as it is.
* ``unknown``: a revision this newsmon does not know, written by a newer one.

Everything that changes the schema runs in one transaction under a lock, so that two
processes opening a new database at once do not both create it: a transaction-scoped
advisory lock on PostgreSQL (whose DDL is transactional), ``BEGIN IMMEDIATE`` on SQLite
(one writer at a time; the other waits for the busy timeout, then finds the work done).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, text

from crawler.errors import ConfigError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic is imported where it is used: the worker processes import the storage modules but
# never open a database, and need not load it.

MIGRATIONS = Path(__file__).with_name("migrations")
# The revision that is the schema of the last release before migrations.
FIRST_REVISION = "0001"
# A table every newsmon database has had: with it and no revision, a database is unversioned.
ARTICLES = "articles"
# How long a process waits for another one changing the schema of a SQLite database.
SCHEMA_WAIT_SECONDS = 600
# The busy timeout of newsmon's SQLite connections otherwise (storage/database.py).
BUSY_TIMEOUT_MS = 30000
# PostgreSQL advisory lock held while the schema changes (any constant bigint; "newsmon").
LOCK_KEY = int.from_bytes(b"newsmon", "big")


class SchemaOutdated(ConfigError):
    """The database's schema is not the one this newsmon needs (``scrapy db upgrade``)."""


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    """Alembic's configuration, built here (no alembic.ini): the scripts beside this module,
    and the ``connection`` the migrations run on (else ``url``, for developer commands)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def scripts() -> ScriptDirectory:
    """The revision scripts (read once per process)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The revision this newsmon needs."""
    return scripts().get_current_head()


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: its revision (None without one) and what that means."""

    revision: str | None
    kind: str  # empty | unversioned | outdated | head | unknown

    def describe(self) -> str:
        if self.kind == "empty":
            return "none (empty database)"
        if self.kind == "unversioned":
            return "unversioned (made before migrations)"
        return str(self.revision)

    def status(self) -> str:
        """A few words on what to do, for ``scrapy db current``."""
        return {
            "head": "up to date",
            "empty": "the first crawl or 'scrapy db upgrade' creates it",
            "unversioned": "needs upgrade: run 'scrapy db upgrade'",
            "outdated": "needs upgrade: run 'scrapy db upgrade'",
            "unknown": "unknown to this newsmon: written by a newer one",
        }[self.kind]


def schema_state(connection: Connection) -> SchemaState:
    """The state of the database behind ``connection`` (read only)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.util import CommandError

    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        if ARTICLES in inspect(connection).get_table_names():
            return SchemaState(None, "unversioned")
        return SchemaState(None, "empty")
    if revision == head():
        return SchemaState(revision, "head")
    try:
        known = scripts().get_revision(revision) is not None
    except CommandError:
        known = False
    return SchemaState(revision, "outdated" if known else "unknown")


def read_state(engine: Engine) -> SchemaState:
    with engine.connect() as connection:
        return schema_state(connection)


def outdated_error(name: str, state: SchemaState) -> ConfigError:
    """The one line a command that needs the head schema stops with."""
    if state.kind == "unknown":
        return ConfigError(
            f"the database at {name} has schema {state.revision}, unknown to this newsmon"
            f" (which needs {head()}): it was upgraded by a newer newsmon"
        )
    return SchemaOutdated(
        f"the database at {name} has schema {state.describe()}, this newsmon needs {head()}:"
        " run 'scrapy db upgrade'"
    )


def prepare(engine: Engine, name: str) -> None:
    """Make sure the database at ``engine`` has the head schema: an empty one is brought to
    it; any other state than ``head`` raises ConfigError (:class:`SchemaOutdated` if
    ``scrapy db upgrade`` helps). ``name`` is the URL as messages show it."""
    state = read_state(engine)
    if state.kind != "head":
        # Read again under the schema lock: another process may be creating the schema right
        # now, and its tables can appear between the two reads that tell the state.
        state = migrate(engine, name, only_empty=True)
    if state.kind != "head":
        raise outdated_error(name, state)


def upgrade(engine: Engine, name: str) -> tuple[SchemaState, SchemaState]:
    """Bring the database to the head schema; its state before and after."""
    before = read_state(engine)
    if before.kind == "unknown":
        raise outdated_error(name, before)
    return before, migrate(engine, name)


def migrate(engine: Engine, name: str, only_empty: bool = False) -> SchemaState:
    """Under the schema lock, in one transaction: read the state again (another process may
    have changed it meanwhile) and upgrade to the head. ``only_empty``: only if it is empty.
    The state afterwards."""
    from alembic import command

    with _schema_transaction(engine) as connection:
        state = schema_state(connection)
        if state.kind in ("head", "unknown") or (only_empty and state.kind != "empty"):
            return state
        config = alembic_config(connection)
        if state.kind == "unversioned":
            check_first_revision(connection, name)
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, "head")
        _check_foreign_keys(connection, name)
        return schema_state(connection)


@contextmanager
def _schema_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the schema lock; committed at the end."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # Batch migrations copy tables: foreign keys are checked once at the end instead
            # (the pragma takes effect outside a transaction only, hence on the driver's
            # connection before SQLAlchemy begins one).
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            # Another process may be migrating (copying tables, recomputing): wait it out.
            connection.connection.driver_connection.execute(
                f"PRAGMA busy_timeout={SCHEMA_WAIT_SECONDS * 1000}"
            )
            connection.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        try:
            with connection.begin():
                if engine.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY}
                    )
                yield connection
        finally:
            if sqlite:
                driver = connection.connection.driver_connection
                driver.execute("PRAGMA foreign_keys=ON")
                driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _check_foreign_keys(connection: Connection, name: str) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    if broken is not None:
        raise ConfigError(
            f"the database at {name}: the upgrade would break a reference of table"
            f" {broken[0]!r} (row {broken[1]}): nothing was changed"
        )


@lru_cache(maxsize=1)
def first_revision_columns() -> dict[str, frozenset[str]]:
    """The tables and columns of revision ``0001``, from the revision itself (run on a
    database in memory)."""
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), FIRST_REVISION)
            inspector = inspect(connection)
            return {
                table: frozenset(column["name"] for column in inspector.get_columns(table))
                for table in inspector.get_table_names()
                if table != "alembic_version"
            }
    finally:
        engine.dispose()


def check_first_revision(connection: Connection, name: str) -> None:
    """An unversioned database must have the tables and columns of revision ``0001`` to be
    stamped with it: older development versions of newsmon made other schemas."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    missing = []
    for table, columns in sorted(first_revision_columns().items()):
        if table not in tables:
            missing.append(table)
            continue
        present = {column["name"] for column in inspector.get_columns(table)}
        missing += [f"{table}.{column}" for column in sorted(columns - present)]
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        raise ConfigError(
            f"the database at {name} has no schema revision and lacks {shown} of schema"
            f" {FIRST_REVISION}: it was made by a newsmon too old to upgrade"
        )
