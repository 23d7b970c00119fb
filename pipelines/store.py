"""Storage: new articles are inserted, known ones updated, edits kept as versions.

Copies and stories are decided upstream (dedup, stories); the store writes the
decisions: a new story row, copies re-pointed to an earlier original, stories
merged by a bridging article, their counts refreshed, watch scores. After each
write it sends ``article_stored`` so the in-memory indexes follow the database.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import aliased

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
    """Writes each item to the database within the current crawl run."""

    def __init__(self, database_url: str, crawler):
        self.database = open_database(database_url)
        self.crawler = crawler
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["DATABASE_URL"], crawler)

    def open_spider(self):
        with self.database.session() as session, session.begin():
            run = CrawlRun(spider=self.crawler.spider.name)
            session.add(run)
            session.flush()
            self.run_id = run.id

    def close_spider(self):
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
        with self.database.session() as session, session.begin():
            if item.article_id is not None:
                self._update(session.get(Article, item.article_id), item, now, session)
            else:
                self._insert(session, item, now)
            store_watch_scores(session, item)
        self.crawler.signals.send_catch_log(article_stored, item=item)
        return item

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
        refresh_story(session, item.story_id)
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


def refresh_story(session, story_id: int) -> None:
    """Recount a story: articles, outlets, languages, first and last seen, title.

    The title is that of the most republished original (the most copies), then
    the earliest (published, else first seen), then the lowest URL: it does not
    depend on the order the articles arrived in.
    """
    moment = func.coalesce(Article.published_at, Article.crawled_at)
    counts = session.execute(
        select(
            func.count(),
            func.count(func.distinct(Article.source)),
            func.min(moment),
            func.max(moment),
        ).where(Article.story_id == story_id)
    ).one()
    languages = sorted(
        session.scalars(
            select(Article.language)
            .where(Article.story_id == story_id, Article.language.is_not(None))
            .distinct()
        )
    )
    copies = aliased(Article)
    copy_count = select(func.count()).where(copies.duplicate_of == Article.id).scalar_subquery()
    first = session.execute(
        select(Article.id, Article.title)
        .where(Article.story_id == story_id, Article.duplicate_of.is_(None))
        .order_by(copy_count.desc(), moment, Article.url)
        .limit(1)
    ).first()
    story = session.get(Story, story_id)
    story.article_count, story.outlet_count = counts[0], counts[1]
    story.first_seen, story.last_seen = _aware(counts[2]), _aware(counts[3])
    story.languages, story.language_count = ",".join(languages), len(languages)
    story.title_article_id, story.title = (first.id, first.title) if first else (None, None)
    story.updated_at = datetime.now(UTC)


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
