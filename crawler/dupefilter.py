"""A request dupefilter that knows articles by their canonical URL, across crawls.

* Within a crawl, two links to one page are one request even when they differ
  in tracking parameters, fragments, scheme, ``www.``/``m.``/``amp.`` host or
  AMP path (see :mod:`pipelines.similarity.urls`).
* Across crawls, the URLs of stored articles are loaded when the crawl starts
  (one query, bounded time) and not fetched again, unless the feed or sitemap
  entry that links one says it changed since it was last fetched (its Atom
  ``updated``, sitemap ``lastmod`` or publication date is later). ``RECHECK_DAYS``
  > 0 re-fetches articles published in the last that many days, so that their
  edits are caught. Feeds, sitemaps and section pages are never stored as
  articles, so they are fetched on every run (feeds and sitemaps conditionally,
  see :mod:`crawler.httpcache`).
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta

from scrapy.dupefilters import RFPDupeFilter
from sqlalchemy import func, select

from pipelines.similarity.urls import canonical_url, url_hash
from pipelines.storage.database import open_database
from pipelines.storage.models import Article

logger = logging.getLogger(__name__)


def known_article_urls(database_url: str, recheck_days: float = 0) -> dict[int, float]:
    """Digests of stored articles' URLs, without those due for a re-check, each with the
    time (POSIX seconds) the article was last fetched."""
    database = open_database(database_url)
    query = select(Article.url, Article.last_seen_at)
    if recheck_days > 0:
        cutoff = datetime.now(UTC) - timedelta(days=recheck_days)
        query = query.where(func.coalesce(Article.published_at, Article.crawled_at) < cutoff)
    with database.engine.connect() as connection:
        result = connection.execution_options(yield_per=50000).execute(query)
        return {url_hash(url): seen_time(seen) for url, seen in result}


def seen_time(moment: datetime | None) -> float:
    """POSIX seconds of a stored timestamp (naive ones are UTC, as SQLite returns them)."""
    if moment is None:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def listed_change(request) -> float | None:
    """When the feed or sitemap entry that linked ``request`` says its page last changed."""
    moment = request.meta.get("feed_modified") or request.meta.get("feed_published")
    return moment.timestamp() if isinstance(moment, datetime) else None


class ArticleDupeFilter(RFPDupeFilter):
    """Filters requests for pages already requested in this crawl or stored before."""

    def __init__(self, *args, known: dict[int, float] | None = None, stats=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.known = known or {}
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        started = time.perf_counter()
        known = known_article_urls(
            crawler.settings["DATABASE_URL"], crawler.settings.getfloat("RECHECK_DAYS")
        )
        logger.info(
            "Dupefilter: %d stored article URLs loaded in %.2f s",
            len(known),
            time.perf_counter() - started,
        )
        dupefilter = super().from_crawler(crawler)
        dupefilter.known, dupefilter.stats = known, crawler.stats
        return dupefilter

    def _count(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def request_seen(self, request) -> bool:
        if request.method != "GET" or request.body:
            return super().request_seen(request)
        digest = url_hash(canonical_url(request.url))
        if digest in self.known:
            changed = listed_change(request)
            if changed is None or changed <= self.known[digest]:
                self._count("newsmon/dupefilter/stored_article")
                return True
            self._count("newsmon/dupefilter/changed_article")
            del self.known[digest]  # fetched once in this crawl
        fingerprint = digest.to_bytes(8, "big", signed=True)
        if fingerprint in self._fingerprints:
            return True
        self._fingerprints.add(fingerprint)
        if self.file:
            self.file.write(len(fingerprint).to_bytes(2, "big") + fingerprint)
        return False
