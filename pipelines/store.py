"""Storage: new articles are inserted, known ones updated, edits kept as versions.

Articles are written in batches: the store accepts an item at once and writes
it with the next batch, one transaction per ``STORE_BATCH_SIZE`` articles or
``STORE_BATCH_SECONDS``, and at the end of the crawl (also when the process
exits without a clean close). A new article's ``item.article_id`` is set when
its batch is written.

What deduplication must assume: an article accepted in this crawl may not be
in the database yet. Before looking an article up in the database by its
canonical URL or text hash, call :meth:`StorePipeline.flush_if_pending` with
them; an in-memory index of this crawl's articles must key them by what is
known before the write (canonical URL, text hash), not by row id.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import time
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sqlalchemy.exc import SQLAlchemyError

from pipelines.database import open_database
from pipelines.models import Article, ArticleVersion, CrawlRun

logger = logging.getLogger(__name__)


def source_name(item) -> str:
    """The outlet an article appeared in: its own site name, else the configured source
    name, else the host (or, for local files, the file name)."""
    if item.site_name:
        return item.site_name
    if item.source:
        return item.source
    parts = urlsplit(item.canonical_url or item.url)
    return parts.hostname or PurePosixPath(parts.path).stem or "unknown"


def article_store(crawler) -> StorePipeline | None:
    """The crawl's StorePipeline, once the pipelines are built (from ``open_spider`` on)."""
    try:
        return crawler.get_item_pipeline(StorePipeline)
    except RuntimeError:  # no engine: pipelines built by hand
        return None


class StorePipeline:
    """Writes items to the database within the current crawl run, in batches."""

    def __init__(
        self, database_url: str, crawler, batch_size: int = 200, batch_seconds: float = 5.0
    ):
        self.database = open_database(database_url)
        self.crawler = crawler
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self.run_id: int | None = None
        self.pending: list = []
        self.pending_keys: set[str] = set()  # canonical URLs and text hashes of pending items
        self.timer: asyncio.TimerHandle | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings["DATABASE_URL"],
            crawler,
            settings.getint("STORE_BATCH_SIZE", 200),
            settings.getfloat("STORE_BATCH_SECONDS", 5.0),
        )

    def open_spider(self):
        with self.database.session() as session, session.begin():
            run = CrawlRun(spider=self.crawler.spider.name)
            session.add(run)
            session.flush()
            self.run_id = run.id
        # A process that ends without closing the spider (a forced shutdown) still writes.
        atexit.register(self.flush)

    def close_spider(self):
        self.flush()
        atexit.unregister(self.flush)
        stats = {
            key: value
            for key, value in self.crawler.stats.get_stats().items()
            if isinstance(value, int | float | str)
        }
        with self.database.session() as session, session.begin():
            run = session.get(CrawlRun, self.run_id)
            run.finished_at = datetime.now(UTC)
            run.stats = stats

    def process_item(self, item):
        self.pending.append(item)
        self.pending_keys.update(key for key in (item.canonical_url, item.text_hash) if key)
        if len(self.pending) >= self.batch_size:
            self.flush()
        else:
            self._schedule_flush()
        return item

    def flush_if_pending(self, *keys: str | None) -> None:
        """Write the pending batch now if an article in it has one of ``keys`` (canonical
        URLs, text hashes), so that a database lookup of this crawl's articles finds it."""
        if any(key in self.pending_keys for key in keys):
            self.flush()

    def flush(self) -> None:
        """Write every pending item: one transaction, or one per item if the batch fails."""
        self._cancel_timer()
        batch, self.pending = self.pending, []
        self.pending_keys.clear()
        if not batch:
            return
        began = time.perf_counter()
        try:
            outcomes = self._write(batch)
        except SQLAlchemyError as error:
            logger.warning("Batch of %d articles not written (%s): one by one", len(batch), error)
            outcomes = self._write_one_by_one(batch)
        for outcome in outcomes:
            self.crawler.stats.inc_value(f"newsmon/stored/{outcome}")
        self.crawler.stats.inc_value("newsmon/store/batches")
        self.crawler.stats.inc_value(
            "newsmon/store/write_seconds", time.perf_counter() - began, start=0.0
        )

    def _write(self, batch: list) -> list[str]:
        known_ids = [item.article_id for item in batch]
        now = datetime.now(UTC)
        try:
            with self.database.session() as session, session.begin():
                outcomes = [self._write_item(session, item, now) for item in batch]
                session.flush()  # one round of INSERTs for the whole batch
                for item, (_, article) in zip(batch, outcomes, strict=True):
                    item.article_id = article.id
                return [outcome for outcome, _ in outcomes]
        except SQLAlchemyError:
            for item, article_id in zip(batch, known_ids, strict=True):
                item.article_id = article_id  # ids given inside the failed transaction are void
            raise

    def _write_one_by_one(self, batch: list) -> list[str]:
        outcomes = []
        for item in batch:
            try:
                outcomes += self._write([item])
            except SQLAlchemyError as error:
                logger.error("Article %s not stored: %s", item.url, error)
                outcomes.append("failed")
        return outcomes

    def _write_item(self, session, item, now: datetime) -> tuple[str, Article]:
        """Add or update the item's article in ``session``: (what happened, the article)."""
        if item.article_id is not None:
            article = session.get(Article, item.article_id)
            return self._update(article, item, now, session), article
        article = Article(url=item.canonical_url, crawled_at=now, run_id=self.run_id)
        self._fill(article, item, now)
        session.add(article)
        return "new", article

    def _schedule_flush(self) -> None:
        if self.timer is not None or not self.batch_seconds:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not inside a running crawl: batch size and close flush
            return
        self.timer = loop.call_later(self.batch_seconds, self.flush)

    def _cancel_timer(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _update(self, article: Article, item, now: datetime, session) -> str:
        """A known URL seen again: keep the old text as a version if it was edited."""
        if article.text_hash != item.text_hash:
            session.add(
                ArticleVersion(
                    article_id=article.id,
                    version=article.version,
                    title=article.title,
                    text=article.text,
                    text_hash=article.text_hash,
                    seen_at=article.last_seen_at,
                )
            )
            article.version += 1
            self._fill(article, item, now)
            return "edited"
        article.last_seen_at = now
        return "unchanged"

    @staticmethod
    def _fill(article: Article, item, now: datetime) -> None:
        article.source = source_name(item)
        article.title, article.author = item.title, item.author
        article.site_name, article.description = item.site_name, item.description
        article.text, article.text_hash = item.text, item.text_hash
        article.language, article.language_probability = item.language, item.language_probability
        article.published_at, article.updated_at = item.published, item.updated
        article.date_source, article.date_confidence = item.date_source, item.date_confidence
        article.duplicate_of = item.duplicate_of
        article.last_seen_at = now
