"""Storage: new articles are inserted, known ones updated, edits kept as versions.

Copies and stories are decided upstream (dedup, stories); the store writes the
decisions: a new story row, copies re-pointed to an earlier original, stories
merged by a bridging article, watch scores; the counts of the stories a batch
touched are refreshed once, just before it commits. After each
write it sends ``article_stored`` so the in-memory indexes follow the database.

Commits come in batches. Each item's rows are written at once, in the store's
open transaction (so ids are known and ``article_stored`` goes out as before),
each item inside a savepoint of its own (a bad article costs only itself); the
transaction is committed once per ``STORE_BATCH_SIZE`` articles or
``STORE_BATCH_SECONDS``, at close, and at exit if the crawl ends without a clean
close. A session opened on the same database meanwhile works inside the open
batch (:meth:`Database.session`): reads see every article the indexes know,
and other pipelines' writes are committed with the batch.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from scrapy.exceptions import DropItem
from sqlalchemy import RootTransaction, delete, func, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, aliased

from pipelines.database import open_database
from pipelines.models import (
    Article,
    ArticleFeatures,
    ArticleVersion,
    CrawlRun,
    Story,
    WatchScore,
)
from pipelines.terms import pack

logger = logging.getLogger(__name__)

# Sent (synchronously) after an item's rows are committed: ``item`` has its ids.
article_stored = object()

# Stories recounted per query: well under every database's limit on bound parameters.
RECOUNT_CHUNK = 500


def source_name(item) -> str:
    """The outlet an article appeared in: its own site name, else the configured source
    name, else the host (or, for local files, the file name)."""
    if item.site_name:
        return item.site_name
    if item.source:
        return item.source
    parts = urlsplit(item.canonical_url or item.url)
    return parts.hostname or PurePosixPath(parts.path).stem or "unknown"


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
            settings.getint("STORE_BATCH_SIZE", 200),
            settings.getfloat("STORE_BATCH_SECONDS", 5.0),
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
        if item.story_id is None:
            story = Story()
            session.add(story)
            session.flush()
            item.story_id = story.id
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
        merge_stories(session, item.merged_stories, item.story_id)
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


def features_row(item, article: Article) -> ArticleFeatures:
    """What dedup and stories need of an article at the next start-up."""
    moment = item.published or article.crawled_at
    return ArticleFeatures(
        article_id=article.id,
        words=item.words,
        signature=item.signature,
        terms=pack(item.terms) if item.terms else None,
        event_time=moment,
    )


def repoint_copies(session, item) -> None:
    """Former originals that ``item`` predates, and their copies, now point to the original."""
    if not item.absorbed_originals:
        return
    original = item.duplicate_of if item.duplicate_of is not None else item.article_id
    session.execute(
        update(Article)
        .where(
            or_(
                Article.id.in_(item.absorbed_originals),
                Article.duplicate_of.in_(item.absorbed_originals),
            ),
            Article.id != original,
        )
        .values(duplicate_of=original)
    )


def merge_stories(session, merged: list[int], kept: int) -> None:
    """Stories bridged by a new article become one: ``kept``."""
    if not merged:
        return
    session.execute(update(Article).where(Article.story_id.in_(merged)).values(story_id=kept))
    session.execute(delete(Story).where(Story.id.in_(merged)))


def refresh_stories(session, story_ids: Iterable[int]) -> None:
    """Recount stories: articles, outlets, languages, first and last seen, title.

    The title is that of the most republished original (the most copies), then
    the earliest (published, else first seen), then the lowest URL: it does not
    depend on the order the articles arrived in. A few grouped queries per
    :data:`RECOUNT_CHUNK` stories, so a batch pays them once, not once per article.
    """
    ids = sorted(set(story_ids))
    for first in range(0, len(ids), RECOUNT_CHUNK):
        _refresh_chunk(session, ids[first : first + RECOUNT_CHUNK])


def _refresh_chunk(session, ids: list[int]) -> None:
    moment = func.coalesce(Article.published_at, Article.crawled_at)
    counts = {
        row.story_id: row
        for row in session.execute(
            select(
                Article.story_id,
                func.count().label("articles"),
                func.count(func.distinct(Article.source)).label("outlets"),
                func.min(moment).label("first"),
                func.max(moment).label("last"),
            )
            .where(Article.story_id.in_(ids))
            .group_by(Article.story_id)
        )
    }
    languages: dict[int, list[str]] = {}
    for story_id, language in session.execute(
        select(Article.story_id, Article.language)
        .where(Article.story_id.in_(ids), Article.language.is_not(None))
        .distinct()
        .order_by(Article.story_id, Article.language)
    ):
        languages.setdefault(story_id, []).append(language)
    titles = {row.story_id: row for row in session.execute(_title_articles(ids, moment))}
    for story in session.scalars(select(Story).where(Story.id.in_(ids))):
        count = counts.get(story.id)
        title = titles.get(story.id)
        spoken = languages.get(story.id, [])
        story.article_count = count.articles if count else 0
        story.outlet_count = count.outlets if count else 0
        story.first_seen = _aware(count.first) if count else None
        story.last_seen = _aware(count.last) if count else None
        story.languages, story.language_count = ",".join(spoken), len(spoken)
        story.title_article_id, story.title = (title.id, title.title) if title else (None, None)
        story.updated_at = datetime.now(UTC)


def _title_articles(ids: list[int], moment):
    """Per story, the original that gives it its title (see :func:`refresh_stories`)."""
    copies = aliased(Article)
    copy_count = select(func.count()).where(copies.duplicate_of == Article.id).scalar_subquery()
    rank = (
        func.row_number()
        .over(partition_by=Article.story_id, order_by=(copy_count.desc(), moment, Article.url))
        .label("rank")
    )
    ranked = (
        select(Article.story_id, Article.id, Article.title, rank)
        .where(Article.story_id.in_(ids), Article.duplicate_of.is_(None))
        .subquery()
    )
    return select(ranked.c.story_id, ranked.c.id, ranked.c.title).where(ranked.c.rank == 1)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite's MIN/MAX over a COALESCE returns text or naive datetimes: make them UTC.
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def store_watch_scores(session, item) -> None:
    """The item's relevance to each watch (replacing earlier scores of the article)."""
    if not item.watch_scores:
        return
    session.execute(delete(WatchScore).where(WatchScore.article_id == item.article_id))
    session.add_all(
        WatchScore(article_id=item.article_id, watch=name, score=score, relevant=relevant)
        for name, (score, relevant) in sorted(item.watch_scores.items())
    )
