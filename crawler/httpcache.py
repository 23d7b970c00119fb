"""Conditional requests for feeds and sitemaps, with Scrapy's own HTTP cache middleware.

Scrapy's ``HttpCacheMiddleware`` does the HTTP work: it sends a cached response's
validators (``If-None-Match``, ``If-Modified-Since``) and, on ``304 Not Modified``,
hands the cached response to the spider. newsmon plugs in

* :class:`ListingPolicy`: RFC 2616 rules (``RFC2616Policy``), but only feeds and sitemaps
  are kept (article pages are stored as articles, section pages change all the time), and
  a cached listing is always revalidated: a news feed is re-read on every run, at the
  price of a 304 when it did not change (RFC 2616's heuristic freshness, 10 % of the age
  of a Last-Modified, would skip a feed for hours);
* :class:`DatabaseCacheStorage`: the listings live in the database (``http_cache``), next
  to the articles, written in the store's open batch. So they share its fate: a database
  that fails loses both, and a listing whose articles were lost is read again in full by
  the next run; a 304 still gives the spider the whole listing to read, so an entry whose
  article is not stored is fetched.

``file://`` URLs are never cached (``HTTPCACHE_IGNORE_SCHEMES``).
"""

from __future__ import annotations

import gzip

from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from sqlalchemy import select

from crawler.database import crawl_database
from pipelines.storage.models import CachedListing, utcnow
from pipelines.storage.upsert import upsert

LISTING_TYPES = (b"xml", b"rss", b"atom", b"gzip")
LISTING_SUFFIXES = (".xml", ".rss", ".atom", ".gz")


def is_listing(response) -> bool:
    """Whether ``response`` is a feed or sitemap, judged before decompression: by its
    Content-Type (XML, RSS, Atom, gzip; not XHTML) or, failing that, its URL."""
    content_type = (response.headers.get(b"Content-Type") or b"").lower()
    if b"xhtml" in content_type or b"html" in content_type:
        return False
    if any(kind in content_type for kind in LISTING_TYPES):
        return True
    return response.url.split("?", 1)[0].lower().endswith(LISTING_SUFFIXES)


class ListingPolicy(RFC2616Policy):
    """RFC 2616 caching for feeds and sitemaps that carry a validator, always revalidated."""

    def should_cache_response(self, response, request) -> bool:
        has_validator = b"ETag" in response.headers or b"Last-Modified" in response.headers
        return (
            response.status == 200
            and has_validator
            and is_listing(response)
            and super().should_cache_response(response, request)
        )

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        """Never fresh: ask the server, with the cached response's validators."""
        etag = cachedresponse.headers.get(b"ETag")
        modified = cachedresponse.headers.get(b"Last-Modified")
        if etag:
            request.headers[b"If-None-Match"] = etag
        if modified:
            request.headers[b"If-Modified-Since"] = modified
        return False


class DatabaseCacheStorage:
    """Scrapy cache storage in newsmon's database (table ``http_cache``)."""

    def __init__(self, settings):
        self.database = None
        self.cached: set[str] = set()
        self.fingerprinter = None

    def open_spider(self, spider) -> None:
        self.database = crawl_database(spider.crawler)
        self.fingerprinter = spider.crawler.request_fingerprinter
        with self.database.engine.connect() as connection:
            self.cached = set(connection.scalars(select(CachedListing.fingerprint)))

    def close_spider(self, spider) -> None:
        self.cached = set()

    def _key(self, request) -> str:
        return self.fingerprinter.fingerprint(request).hex()

    def retrieve_response(self, spider, request):
        """The cached response for ``request``, or None (most requests: a set lookup)."""
        key = self._key(request)
        if key not in self.cached:
            return None
        with self.database.connection() as connection:
            row = connection.execute(
                select(CachedListing).where(CachedListing.fingerprint == key)
            ).first()
        if row is None:
            return None
        headers = Headers([(name, value) for name, value in row.headers])
        body = gzip.decompress(row.body)
        cls = responsetypes.from_args(headers=headers, url=row.url, body=body)
        return cls(url=row.url, headers=headers, status=row.status, body=body)

    def store_response(self, spider, request, response) -> None:
        """Keep ``response`` (replacing the earlier one), in the store's open batch if any."""
        key = self._key(request)
        headers = [
            [name.decode("latin-1"), value.decode("latin-1")]
            for name, values in response.headers.items()
            for value in values
        ]
        row = {
            "fingerprint": key,
            "url": response.url,
            "status": response.status,
            "headers": headers,
            "body": gzip.compress(response.body, compresslevel=5),
            "stored_at": utcnow(),
        }
        with self.database.connection() as connection:
            upsert(connection, CachedListing.__table__, row, ["fingerprint"])
        self.cached.add(key)
