"""Storage: new articles are inserted, known ones updated, edits kept as versions."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

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
                article = Article(url=item.canonical_url, crawled_at=now, run_id=self.run_id)
                self._fill(article, item, now)
                session.add(article)
                session.flush()
                item.article_id = article.id
                self.crawler.stats.inc_value("newsmon/stored/new")
        return item

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
