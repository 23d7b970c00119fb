"""Opening the database named by ``DATABASE_URL``; the unit of work a crawl shares.

A crawl opens its database once (:mod:`crawler.database`) and hands the :class:`Database` to
every component that needs it; commands open their own.

The schema is Alembic's (:mod:`pipelines.storage.schema`): a new, empty database is brought to
the schema this newsmon needs; one with an older schema is refused (``scrapy db upgrade``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from crawler.errors import ConfigError
from pipelines.storage.schema import BUSY_TIMEOUT_MS, prepare


class Database:
    """An engine plus a session factory, on a database with the schema this newsmon needs."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # The store's open batch: while there is one, sessions of this process join it.
        self.batch: Connection | None = None

    def session(self) -> Session:
        """A new session. While the store has a batch open, the session works inside it (in a
        savepoint of its own), so that it sees what the batch wrote and writes with it."""
        if self.batch is None:
            return self.sessions()
        return Session(bind=self.batch, join_transaction_mode="create_savepoint")

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A connection in a transaction for Core statements: inside the store's open batch
        (in a savepoint, so a failure undoes only this block) if there is one, else in a
        transaction of its own, committed when the block ends."""
        if self.batch is None:
            with self.engine.begin() as connection:
                yield connection
        else:
            with self.batch.begin_nested():
                yield self.batch


def describe(url: str) -> str:
    """``url`` with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def database_engine(url: str, pool: tuple[int, int] | None = None) -> Engine:
    """An engine for ``url``, its schema unchecked (for ``scrapy db``); ConfigError naming
    the URL if it is unusable. ``pool``: (size, overflow) of a server database's connection
    pool (SQLAlchemy's defaults if None; SQLite keeps its own pooling)."""
    try:
        parsed = make_url(url)
        sqlite = parsed.get_backend_name() == "sqlite"
        if sqlite and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        sizing = {} if sqlite or pool is None else {"pool_size": pool[0], "max_overflow": pool[1]}
        engine = create_engine(parsed, pool_pre_ping=True, **sizing)
    except (ArgumentError, NoSuchModuleError, ValueError, ImportError, OSError) as error:
        raise ConfigError(f"DATABASE_URL {describe(url)!r} is not usable: {error}") from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    return engine


def cannot_open(url: str, error: SQLAlchemyError) -> ConfigError:
    """The one line for a database that the driver cannot open or read."""
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return ConfigError(f"DATABASE_URL {describe(url)!r}: cannot open the database: {reason}")


def open_database(url: str, pool: tuple[int, int] | None = None) -> Database:
    """The database at ``url`` with the schema this newsmon needs, created if new.

    ConfigError naming the URL if it is unusable, or if its schema is older (or newer) than
    this newsmon's: that one line names ``scrapy db upgrade``.
    """
    engine = database_engine(url, pool)
    try:
        prepare(engine, describe(url))
    except SQLAlchemyError as error:
        engine.dispose()
        raise cannot_open(url, error) from error
    except ConfigError:
        engine.dispose()
        raise
    return Database(engine)


def _tune_sqlite(connection, _record) -> None:
    # WAL lets `scrapy articles` read while a crawl writes; a busy timeout rides out short locks.
    # The driver's own transaction handling breaks savepoints: SQLAlchemy's BEGIN instead.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


WAL_RETRY_SECONDS = 0.05


def _use_wal(cursor) -> None:
    """Switch the database file to WAL. SQLite does not call its busy handler for this
    switch: processes opening a new database together get "database is locked" at once, so
    the switch is retried until the busy timeout has passed."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


def _begin_sqlite(connection) -> None:
    # Schema changes begin with BEGIN IMMEDIATE: one writer at a time (see schema.py).
    connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))
