"""Which requests are made: articles known by their canonical URL, across crawls.

* :class:`ArticleRequestFingerprinter` (``REQUEST_FINGERPRINTER_CLASS``) gives a
  plain GET the fingerprint of its canonical URL, so that two links to one page
  are one request even when they differ in tracking parameters, fragments,
  scheme, ``www.``/``m.``/``amp.`` host or AMP path (see
  :mod:`pipelines.similarity.urls`). Other requests keep Scrapy's fingerprint.
* :class:`ArticleDupeFilter` (``DUPEFILTER_CLASS``): across crawls, the URLs of
  stored articles are loaded when the crawl starts (one query, bounded time)
  and not fetched again, unless the feed or sitemap entry that links one says it
  changed since it was last fetched (its Atom ``updated``, sitemap ``lastmod`` or
  publication date is later). ``RECHECK_DAYS`` > 0 re-fetches articles published
  in the last that many days, so that their edits are caught. Feeds, sitemaps and
  section pages are never stored as articles, so they are fetched on every run
  (feeds and sitemaps conditionally, see :mod:`crawler.httpcache`).

Both use Scrapy's public interfaces only (a fingerprinter's ``fingerprint``,
a dupefilter's ``from_crawler`` and ``request_seen``), so that the job
directory's ``requests.seen`` and its format stay Scrapy's.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from weakref import WeakKeyDictionary

from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.request import RequestFingerprinter
from sqlalchemy import func, select

from pipelines.similarity.urls import canonical_url, url_hash
from pipelines.storage.database import open_database
from pipelines.storage.models import Article

logger = logging.getLogger(__name__)


def known_article_fingerprints(database_url: str, recheck_days: float = 0) -> dict[bytes, float]:
    """Fingerprints of stored articles' URLs (as :func:`article_fingerprint` makes them),
    without those due for a re-check, each with the time (POSIX seconds) the article was
    last fetched."""
    database = open_database(database_url)
    query = select(Article.url, Article.last_seen_at)
    if recheck_days > 0:
        cutoff = datetime.now(UTC) - timedelta(days=recheck_days)
        query = query.where(func.coalesce(Article.published_at, Article.crawled_at) < cutoff)
    with database.engine.connect() as connection:
        result = connection.execution_options(yield_per=50000).execute(query)
        return {url_fingerprint(url): seen_time(seen) for url, seen in result}


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


def article_fingerprint(request) -> bytes | None:
    """The 8-byte fingerprint of a plain GET (no body): the digest of its canonical URL's key.

    None for other requests (forms, APIs), which keep Scrapy's fingerprint.
    """
    if request.method != "GET" or request.body:
        return None
    return url_fingerprint(canonical_url(request.url))


def url_fingerprint(url: str) -> bytes:
    """A canonical URL's fingerprint: :func:`~pipelines.similarity.urls.url_hash` as 8 bytes."""
    return url_hash(url).to_bytes(8, "big", signed=True)


class ArticleRequestFingerprinter:
    """A ``REQUEST_FINGERPRINTER_CLASS``: one fingerprint for all the URLs of one article.

    Fingerprints are remembered per request object, as Scrapy's own fingerprinter does.
    """

    def __init__(self, fallback=None):
        self.fallback = fallback or RequestFingerprinter()
        self.cache: WeakKeyDictionary = WeakKeyDictionary()

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's default fingerprinter for the requests that are not plain GETs."""
        return cls(RequestFingerprinter.from_crawler(crawler))

    def fingerprint(self, request) -> bytes:
        """``request``'s fingerprint (:func:`article_fingerprint`, else Scrapy's)."""
        fingerprint = self.cache.get(request)
        if fingerprint is None:
            fingerprint = article_fingerprint(request) or self.fallback.fingerprint(request)
            self.cache[request] = fingerprint
        return fingerprint


class ArticleDupeFilter(RFPDupeFilter):
    """Filters requests for pages already requested in this crawl or stored before.

    Stored articles are recognised by :func:`article_fingerprint`, whatever fingerprinter the
    crawl uses (scrapy-splash layers its own over :class:`ArticleRequestFingerprinter`).
    """

    known: dict[bytes, float] = {}
    stats = None

    @classmethod
    def from_crawler(cls, crawler):
        """Scrapy's dupefilter, told the fingerprints of the stored articles."""
        started = time.perf_counter()
        known = known_article_fingerprints(
            crawler.settings["DATABASE_URL"], crawler.settings.getfloat("RECHECK_DAYS")
        )
        logger.info(
            "Dupefilter: %d stored article URLs loaded in %.2f s",
            len(known),
            time.perf_counter() - started,
        )
        dupefilter = super().from_crawler(crawler)
        dupefilter.known = known
        dupefilter.stats = crawler.stats
        return dupefilter

    def _count(self, key: str) -> None:
        if self.stats:
            self.stats.inc_value(key)

    def request_seen(self, request) -> bool:
        """True for a stored article (not due for a re-check, and not listed as changed since
        it was last fetched) or a page requested before."""
        fingerprint = article_fingerprint(request) if self.known else None
        if fingerprint in self.known:
            changed = listed_change(request)
            if changed is None or changed <= self.known[fingerprint]:
                self._count("newsmon/dupefilter/stored_article")
                return True
            self._count("newsmon/dupefilter/changed_article")
            del self.known[fingerprint]  # fetched once in this crawl
        return super().request_seen(request)
