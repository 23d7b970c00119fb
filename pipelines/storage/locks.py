"""The run lock: one crawl at a time on a database (schema changes have their own lock,
:mod:`pipelines.storage.schema`).

* :class:`RunLock`: held by a crawl from start to end. On SQLite an exclusive ``flock`` on
  a file beside the database (``newsmon.db.lock``); on PostgreSQL a session advisory lock
  on a connection of its own. Both go with the process: a killed run leaves no lock.
  Distributed crawls (several processes sharing one frontier) take it *shared*: they crawl
  together, and a single-process run waits for all of them (and they for it).
* :func:`take_store_lock`: distributed mode's serialised step. A batch of the store takes it
  in its transaction and holds it until it commits, so that each process decides copies and
  stories knowing every article the others committed (PostgreSQL: a transaction-level
  advisory lock, granted to waiting processes in turn; SQLite: the batch begins with
  ``BEGIN IMMEDIATE``, one writer at a time). The boilerplate step's rewrites as a crawl
  closes take it too (:func:`store_locked`).
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from pipelines.storage.models import Article, CrawlRun

# Advisory lock keys (any 64-bit numbers, the same in every newsmon process).
RUN_LOCK_KEY = 0x6E6577736D6F6E01  # "newsmon" 1
STORE_LOCK_KEY = 0x6E6577736D6F6E03  # "newsmon" 3
POLL_SECONDS = 0.5


class RunLock:
    """The right to crawl into one database; :meth:`acquire` it, :meth:`release` it."""

    def __init__(self, engine: Engine, shared: bool = False):
        self.engine = engine
        self.shared = shared  # distributed processes crawl together
        self.held = None  # the lock file or the connection holding the lock

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to ``wait`` seconds for another run to end."""
        deadline = time.monotonic() + max(0.0, wait)
        while not self._try():
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL_SECONDS)
        return True

    @property
    def lock_file(self) -> Path | None:
        """The lock file of a SQLite database file (None for other databases)."""
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database not in (None, "", ":memory:"):
            return Path(database + ".lock")
        return None

    def _try(self) -> bool:
        if self.lock_file is not None:
            return self._try_file(self.lock_file)
        if self.engine.dialect.name == "postgresql":
            return self._try_advisory()
        return True  # another backend, or an in-memory database: nothing to share

    def _try_file(self, path: Path) -> bool:
        handle = open(path, "a+")  # noqa: SIM115 - held open for the run
        try:
            fcntl.flock(handle, (fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        if not self.shared:
            handle.truncate(0)
        handle.write(f"pid {os.getpid()} on {socket.gethostname()} since {now()}\n")
        handle.flush()
        self.held = handle
        return True

    def _try_advisory(self) -> bool:
        connection = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        function = "pg_try_advisory_lock_shared" if self.shared else "pg_try_advisory_lock"
        taken = connection.scalar(text(f"SELECT {function}(:key)"), {"key": RUN_LOCK_KEY})
        if not taken:
            connection.close()
            return False
        self.held = connection
        return True

    def release(self) -> None:
        """Let the next run in."""
        held, self.held = self.held, None
        if held is None:
            return
        try:
            if isinstance(held, Connection):
                function = "pg_advisory_unlock_shared" if self.shared else "pg_advisory_unlock"
                held.execute(text(f"SELECT {function}(:key)"), {"key": RUN_LOCK_KEY})
        except SQLAlchemyError:
            pass  # the connection is gone, and its lock with it
        finally:
            held.close()  # closing the lock file releases its flock

    def holder(self) -> str:
        """Who holds the lock: the latest running run, else what the lock file says."""
        with self.engine.connect() as connection:
            run = connection.execute(
                select(CrawlRun.id, CrawlRun.spider, CrawlRun.sources, CrawlRun.started_at)
                .where(CrawlRun.status == "running")
                .order_by(CrawlRun.id.desc())
                .limit(1)
            ).first()
        if run is None:
            written = self.lock_file.read_text().strip() if self.lock_file else ""
            return f"another run ({written or 'starting'})"
        started = run.started_at.strftime("%Y-%m-%d %H:%M:%S") if run.started_at else "?"
        what = f"{run.spider} {run.sources}" if run.sources else run.spider
        return f"another run (run {run.id}: {what}, started {started} UTC)"


def store_lock_options(engine: Engine) -> dict:
    """Execution options of a connection whose transactions take the store lock as they begin
    (SQLite: ``BEGIN IMMEDIATE``; other databases take it in :func:`take_store_lock`)."""
    return {"sqlite_begin": "BEGIN IMMEDIATE"} if engine.dialect.name == "sqlite" else {}


def take_store_lock(connection: Connection) -> None:
    """Wait for the store lock in ``connection``'s transaction; it is released at its end."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": STORE_LOCK_KEY})


@contextmanager
def store_locked(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the store lock, committed when the block
    ends: for writes that must not interleave with another process's batch."""
    with (
        engine.connect().execution_options(**store_lock_options(engine)) as connection,
        connection.begin(),
    ):
        take_store_lock(connection)
        yield connection


def try_store_lock(connection: Connection) -> bool:
    """Take the PostgreSQL store lock in ``connection``'s transaction if it is free."""
    return bool(
        connection.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": STORE_LOCK_KEY})
    )


def latest_article_id(connection: Connection) -> int:
    """The highest article id: articles are only inserted under the store lock, so a change
    since a process last committed means another process stored articles."""
    return connection.scalar(select(func.max(Article.id))) or 0


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
