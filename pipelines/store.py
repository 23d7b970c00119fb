"""Stage 9, store: articles written in batches, with their versions, copies and stories."""

from __future__ import annotations

import asyncio
import atexit
import logging
import time
from datetime import UTC, datetime

from scrapy import signals
from scrapy.exceptions import DropItem
from sqlalchemy import RootTransaction
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.database import crawl_database
from crawler.runs import RunRecord, fail_run
from crawler.signals import (
    article_stored,
    batch_committed,
    indexes_stale,
    run_opened,
    shared_step,
)
from pipelines.similarity.stories import StoryGroup
from pipelines.similarity.terms import pack
from pipelines.storage.database import Database
from pipelines.storage.locks import (
    latest_article_id,
    store_lock_options,
    take_store_lock,
    try_store_lock,
)
from pipelines.storage.models import (
    ITEM_COLUMNS,
    VERSIONED_COLUMNS,
    Article,
    ArticleFeatures,
    ArticleVersion,
)
from pipelines.storage.writes import (
    apply_story_plan,
    features_row,
    open_stories,
    refresh_stories,
    repoint_copies,
    source_name,
    store_watch_scores,
)

# A batch whose time is up while admitted items are still on their way looks again this soon.
ADMITTED_RETRY_SECONDS = 0.01


def database_failed(error: SQLAlchemyError) -> bool:
    """Whether ``error`` is the database failing (unreachable, gone, locked, out of space),
    not one article refused (a constraint, a value)."""
    return isinstance(error, OperationalError | InterfaceError) or bool(
        getattr(error, "connection_invalidated", False)
    )


def first_line(error: BaseException) -> str:
    """The first line of the database's own message."""
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class StorePipeline:
    """Writes each item to the database within the current crawl run, committing in batches."""

    # The stages whose output it reads (checked at start-up).
    after = ("WatchPipeline", "DedupPipeline", "StoryPipeline")

    def __init__(
        self,
        database: Database,
        crawler,
        batch_size: int,
        batch_seconds: float,
        shared: bool = False,
    ):
        self.database = database
        self.crawler = crawler
        self.run_id: int | None = None
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self.batch: Session | None = None  # the store's session in the open batch, if any
        self.transaction: RootTransaction | None = None
        self.uncommitted = 0
        self.stale_stories: set[int] = set()  # stories to recount before the batch commits
        self.timer: asyncio.TimerHandle | None = None
        self.run = RunRecord(self.database, crawler)
        self.failed = False  # the database failed: nothing more is written in this run
        # Distributed mode: each batch holds the store lock; the latest article id seen when
        # this process last held it tells whether others stored articles since.
        self.shared = shared
        self.latest_seen: int | None = None
        # Items let through the shared step under this batch's lock and not yet stored: the
        # batch does not commit (and release the lock) before they are decided and written.
        self.admitted: set[int] = set()
        self.locked: RootTransaction | None = None  # the lock taken for the next batch

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        shared = bool(settings.get("REDIS_URL"))
        prefix = "SHARED_" if shared else ""
        pipeline = cls(
            crawl_database(crawler),
            crawler,
            settings.getint(prefix + "STORE_BATCH_SIZE"),
            settings.getfloat(prefix + "STORE_BATCH_SECONDS"),
            shared=shared,
        )
        if shared:
            crawler.signals.connect(pipeline.step_begins, signal=shared_step)
            crawler.signals.connect(pipeline.item_left, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        return pipeline

    def open_spider(self):
        self.run_id = self.run.open()
        self.crawler.signals.send_catch_log(run_opened, run_id=self.run_id)
        # A crawl that ends without closing the spider (a second Ctrl-C) still commits.
        atexit.register(self.at_exit)

    def close_spider(self):
        self.commit()
        atexit.unregister(self.at_exit)
        if self.failed:
            return
        try:
            self.run.finish()
        except SQLAlchemyError as error:
            self._give_up(error)

    def spider_closed(self, reason: str):
        """The crawl is over: judge it and record the verdict."""
        self.run.conclude(reason)

    def item_left(self, item, **_):
        """An item admitted to the shared step was dropped or failed before the store."""
        self.admitted.discard(id(item))

    def item_error(self, failure, item=None, **_):
        """Another pipeline hit the database and it failed: the run fails as if here."""
        self.admitted.discard(id(item))
        error = failure.value
        if isinstance(error, SQLAlchemyError) and database_failed(error) and not self.failed:
            self._give_up(error)

    def at_exit(self) -> None:
        """The process ends without a clean close: commit what was accepted, mark the run."""
        self.commit()
        self.run.interrupted()

    def step_begins(self, item, **_):
        """Distributed mode: ``item`` is about to be decided. True once the batch is open with
        the store lock held (the decision then sees what the other processes committed; the
        batch does not commit before the item is stored). Otherwise :meth:`wait_for_lock`,
        for the caller to run in a thread: PostgreSQL queues the waiting processes fairly,
        and this process's reactor meanwhile goes on fetching and extracting."""
        if self.failed:
            return True
        if self.batch is None:
            if self.locked is None and not self._try_lock():
                return self.wait_for_lock
            transaction, self.locked = self.locked, None
            self._open_batch(transaction)
        self.admitted.add(id(item))
        return True

    def _try_lock(self) -> bool:
        """Take the store lock at once if it is free (no thread needed when no one waits)."""
        if self.database.engine.dialect.name != "postgresql":
            return False  # SQLite's lock is BEGIN IMMEDIATE, which waits: taken in a thread
        transaction = self._batch_connection().begin()
        try:
            taken = try_store_lock(transaction.connection)
        except SQLAlchemyError:
            taken = False
        if taken:
            self.locked = transaction
        else:
            _close_quietly(None, transaction)
        return taken

    def wait_for_lock(self) -> None:
        """Begin the next batch's transaction and wait for the store lock in it (in a thread)."""
        transaction = self._batch_connection().begin()
        try:
            take_store_lock(transaction.connection)
        except SQLAlchemyError:
            _close_quietly(None, transaction)
            raise
        self.locked = transaction

    def process_item(self, item):
        self.admitted.discard(id(item))
        if self.failed:
            self.crawler.stats.inc_value("newsmon/stored/lost")
            raise DropItem(f"Not stored (the database failed): {item.url}")
        now = datetime.now(UTC)
        known = (item.article_id, item.story_id)
        try:
            session = self._open_batch()
            with session.begin_nested():  # a savepoint: a failing article is undone alone
                if item.article_id is not None:
                    self._update(session.get(Article, item.article_id), item, now, session)
                else:
                    self._insert(session, item, now)
                store_watch_scores(session, item)
        except SQLAlchemyError as error:
            item.article_id, item.story_id = known
            if database_failed(error):
                self.crawler.stats.inc_value("newsmon/stored/lost")
                self._give_up(error)
                raise DropItem(f"Not stored (the database failed): {item.url}") from error
            self.crawler.stats.inc_value("newsmon/stored/failed")
            raise DropItem(f"Not stored: {item.url}: {error}", log_level="ERROR") from error
        if item.story_id is not None:
            self.stale_stories.add(item.story_id)
        self.crawler.signals.send_catch_log(article_stored, item=item)
        self.uncommitted += 1
        if self.uncommitted >= self.batch_size and not self.admitted:
            self.commit()
        return item

    def timed_commit(self) -> None:
        """The batch's time is up: commit, unless items admitted under its lock are still on
        their way to the store (then shortly after)."""
        self.timer = None
        if self.admitted:
            self._schedule_commit(ADMITTED_RETRY_SECONDS)
            return
        self.commit()

    def commit(self) -> None:
        """Commit the open batch, if any."""
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.batch is None:
            return
        session, transaction = self.batch, self.transaction
        self.batch = self.transaction = self.database.batch = None
        began = time.perf_counter()
        try:
            refresh_stories(session, self.stale_stories)
            self.stale_stories = set()
            session.flush()
            if self.shared:
                self.latest_seen = latest_article_id(transaction.connection)
            transaction.commit()
        except SQLAlchemyError as error:
            self._give_up(error)
            return
        finally:
            _close_quietly(session, transaction)
        self.crawler.stats.inc_value("newsmon/store/batches")
        self.crawler.stats.inc_value("newsmon/store/committed", self.uncommitted)
        self.crawler.stats.inc_value(
            "newsmon/store/commit_seconds", time.perf_counter() - began, start=0.0
        )
        self.uncommitted = 0
        self.crawler.signals.send_catch_log(batch_committed)

    def _give_up(self, error: SQLAlchemyError) -> None:
        """The database failed: the open batch is lost (nothing in it counts as stored, so
        the next run fetches it again), nothing more is written, and the run stops."""
        lost = self.uncommitted
        self.crawler.stats.inc_value("newsmon/stored/lost", lost)
        self.failed = True
        self.uncommitted = 0
        if self.batch is not None:
            session, transaction = self.batch, self.transaction
            self.batch = self.transaction = self.database.batch = None
            _close_quietly(session, transaction)
        fail_run(
            self.crawler,
            f"the database failed: {first_line(error)}; {lost} article(s) of the open batch"
            " not stored (the next run fetches them again)",
        )

    def _batch_connection(self):
        connection = self.database.engine.connect()
        if self.shared:
            connection = connection.execution_options(**store_lock_options(connection.engine))
        return connection

    def _open_batch(self, transaction: RootTransaction | None = None) -> Session:
        """The open batch, opened if need be (in distributed mode with the store lock: in
        ``transaction`` that holds it already, else waiting for it)."""
        if self.batch is None:
            if transaction is None:
                transaction = self._batch_connection().begin()
                if self.shared:
                    take_store_lock(transaction.connection)
            connection = transaction.connection
            self.transaction = transaction
            self.batch = Session(bind=connection, expire_on_commit=False)
            self.database.batch = connection
            if self.shared:
                self._catch_up(connection)
            self._schedule_commit()
        return self.batch

    def _catch_up(self, connection) -> None:
        """With the store lock held: if other processes stored articles since this one last
        held it, the in-memory indexes reload from the database."""
        latest = latest_article_id(connection)
        if latest != self.latest_seen:
            began = time.perf_counter()
            self.crawler.signals.send_catch_log(indexes_stale)
            self.crawler.stats.inc_value("newsmon/store/index_reloads")
            self.crawler.stats.inc_value(
                "newsmon/store/index_reload_seconds", time.perf_counter() - began, start=0.0
            )
        self.latest_seen = latest

    def _schedule_commit(self, delay: float | None = None) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not inside a running crawl: batch size and close commit
            return
        self.timer = loop.call_later(
            self.batch_seconds if delay is None else delay, self.timed_commit
        )

    def _insert(self, session, item, now: datetime) -> None:
        """A new article: its row, features, story, and the copies it re-points."""
        item.story_plan = item.story_plan or [StoryGroup(item.story_id)]
        open_stories(session, item.story_plan)
        item.story_id = item.story_plan[0].story_id
        article = Article(
            url=item.canonical_url, crawled_at=item.fetched_at or now, run_id=self.run_id
        )
        self._fill(article, item, now)
        article.story_id = item.story_id
        session.add(article)
        session.flush()
        item.article_id = article.id
        session.add(features_row(item, article))
        repoint_copies(session, item)
        self.stale_stories |= apply_story_plan(session, item.story_plan)
        self.crawler.stats.inc_value("newsmon/stored/new")
        if item.duplicate_of is not None:
            self.crawler.stats.inc_value("newsmon/stored/copy")

    def _update(self, article: Article, item, now: datetime, session) -> None:
        """A known URL seen again: keep the old text as a version if it was edited."""
        if article.text_hash != item.text_hash:
            session.add(
                ArticleVersion(
                    article_id=article.id,
                    version=article.version,
                    seen_at=article.last_seen_at,
                    **{name: getattr(article, name) for name in VERSIONED_COLUMNS},
                )
            )
            article.version += 1
            self._fill(article, item, now)
            features = session.get(ArticleFeatures, article.id)
            if features is None:
                session.add(features_row(item, article))
            else:
                features.words, features.signature = item.words, item.signature
                features.terms = pack(item.terms) if item.terms else None
                features.names = pack(item.terms.names) if item.terms else None
            self.crawler.stats.inc_value("newsmon/stored/edited")
        else:
            article.last_seen_at = now
            self.crawler.stats.inc_value("newsmon/stored/unchanged")

    @staticmethod
    def _fill(article: Article, item, now: datetime) -> None:
        for name in ITEM_COLUMNS:
            setattr(article, name, getattr(item, name))
        article.source = source_name(item)
        article.set_dates(item.published, item.updated)
        article.last_seen_at = now


def _close_quietly(session: Session | None, transaction: RootTransaction) -> None:
    """Close a batch's session and connection; a dead connection cannot refuse."""
    try:
        if session is not None:
            session.close()
        transaction.connection.close()
    except SQLAlchemyError as error:
        logging.getLogger(__name__).debug("Closing a failed batch: %s", error)
