"""Stage 9, store: articles written in batches, with their versions, copies and stories."""

from __future__ import annotations

import asyncio
import atexit
import time
from datetime import UTC, datetime

from scrapy.exceptions import DropItem
from sqlalchemy import RootTransaction
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from crawler.signals import article_stored
from pipelines.similarity.stories import StoryGroup
from pipelines.similarity.terms import pack
from pipelines.storage.database import open_database
from pipelines.storage.models import (
    Article,
    ArticleFeatures,
    ArticleVersion,
    CrawlRun,
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


class StorePipeline:
    """Writes each item to the database within the current crawl run, committing in batches."""

    def __init__(
        self, database_url: str, crawler, batch_size: int = 200, batch_seconds: float = 5.0
    ):
        self.database = open_database(database_url)
        self.crawler = crawler
        self.run_id: int | None = None
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds
        self.batch: Session | None = None  # the store's session in the open batch, if any
        self.transaction: RootTransaction | None = None
        self.uncommitted = 0
        self.stale_stories: set[int] = set()  # stories to recount before the batch commits
        self.timer: asyncio.TimerHandle | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings["DATABASE_URL"],
            crawler,
            settings.getint("STORE_BATCH_SIZE"),
            settings.getfloat("STORE_BATCH_SECONDS"),
        )

    def open_spider(self):
        with self.database.session() as session, session.begin():
            run = CrawlRun(spider=self.crawler.spider.name)
            session.add(run)
            session.flush()
            self.run_id = run.id
        # A crawl that ends without closing the spider (a second Ctrl-C) still commits.
        atexit.register(self.commit)

    def close_spider(self):
        self.commit()
        atexit.unregister(self.commit)
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
        now = datetime.now(UTC)
        session = self._open_batch()
        known = (item.article_id, item.story_id)
        try:
            with session.begin_nested():  # a savepoint: a failing article is undone alone
                if item.article_id is not None:
                    self._update(session.get(Article, item.article_id), item, now, session)
                else:
                    self._insert(session, item, now)
                store_watch_scores(session, item)
        except SQLAlchemyError as error:
            item.article_id, item.story_id = known
            self.crawler.stats.inc_value("newsmon/stored/failed")
            raise DropItem(f"Not stored: {item.url}: {error}", log_level="ERROR") from error
        if item.story_id is not None:
            self.stale_stories.add(item.story_id)
        self.crawler.signals.send_catch_log(article_stored, item=item)
        self.uncommitted += 1
        if self.uncommitted >= self.batch_size:
            self.commit()
        return item

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
            transaction.commit()
        finally:
            session.close()
            transaction.connection.close()
        self.crawler.stats.inc_value("newsmon/store/batches")
        self.crawler.stats.inc_value("newsmon/store/committed", self.uncommitted)
        self.crawler.stats.inc_value(
            "newsmon/store/commit_seconds", time.perf_counter() - began, start=0.0
        )
        self.uncommitted = 0

    def _open_batch(self) -> Session:
        if self.batch is None:
            connection = self.database.engine.connect()
            self.transaction = connection.begin()
            self.batch = Session(bind=connection, expire_on_commit=False)
            self.database.batch = connection
            self._schedule_commit()
        return self.batch

    def _schedule_commit(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not inside a running crawl: batch size and close commit
            return
        self.timer = loop.call_later(self.batch_seconds, self.commit)

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
                    title=article.title,
                    text=article.text,
                    text_hash=article.text_hash,
                    seen_at=article.last_seen_at,
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
        article.source = source_name(item)
        article.title, article.author = item.title, item.author
        article.site_name, article.description = item.site_name, item.description
        article.text, article.text_hash = item.text, item.text_hash
        article.language, article.language_probability = item.language, item.language_probability
        article.language_unwanted = item.language_unwanted
        article.set_dates(item.published, item.updated)
        article.date_source, article.date_confidence = item.date_source, item.date_confidence
        article.duplicate_of = item.duplicate_of
        article.last_seen_at = now
