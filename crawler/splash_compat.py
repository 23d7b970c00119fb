"""scrapy-splash 0.11.1 on the Scrapy newsmon ships (2.16 and later): exactly what broke, fixed.

scrapy-splash 0.11.1 is the latest release and was written for Scrapy ≤ 2.13. Each fix below
names its breakage and has its own test (``tests/test_splash_compat.py``); when scrapy-splash
releases a fix (upstream issue #332), drop the fix, then this module, and name scrapy-splash's
own classes in :func:`crawler.rendering.enable_splash`.

1. ``from scrapy.utils.url import canonicalize_url`` fails (Scrapy removed that re-export of
   w3lib's function): :func:`provide_canonicalize_url` puts w3lib's back before scrapy_splash
   is imported.
2. ``Downloader._get_slot_key`` is gone: :class:`SplashMiddleware` asks the public
   ``Downloader.get_slot_key`` for the download slot of a page's domain.
3. ``SplashDeduplicateArgsMiddleware.process_spider_output`` is a plain generator, which
   Scrapy rejects for asynchronous spider output: :class:`SplashDeduplicateArgsMiddleware`
   has an asynchronous one.
4. ``process_start_requests`` is no longer called (Scrapy calls ``process_start``), so the
   spider state that scrapy-splash prepared there is missing: ``process_start`` prepares it.

Splash's dedup-aware request fingerprints (:func:`use_splash_fingerprints`) are kept: they are
what Scrapy's HTTP cache keys on, so scrapy-splash's deprecated ``SplashAwareFSCacheStorage``
is not needed.
"""

from __future__ import annotations

import scrapy.utils.url
from scrapy import Request
from w3lib.url import canonicalize_url


def provide_canonicalize_url() -> None:
    """Fix 1: ``scrapy.utils.url.canonicalize_url``, as Scrapy had it (w3lib's function)."""
    if not hasattr(scrapy.utils.url, "canonicalize_url"):
        scrapy.utils.url.canonicalize_url = canonicalize_url


provide_canonicalize_url()

import scrapy_splash  # noqa: E402  (needs fix 1 first)
from scrapy_splash import SplashCookiesMiddleware  # noqa: E402

__all__ = [
    "SplashCookiesMiddleware",
    "SplashDeduplicateArgsMiddleware",
    "SplashMiddleware",
    "SplashRequestFingerprinter",
    "use_splash_fingerprints",
]

SplashRequestFingerprinter = scrapy_splash.SplashRequestFingerprinter


class SplashMiddleware(scrapy_splash.SplashMiddleware):
    """scrapy-splash's downloader middleware with fix 2."""

    def _get_slot_key(self, request_or_response):
        return self.crawler.engine.downloader.get_slot_key(request_or_response)


class SplashDeduplicateArgsMiddleware(scrapy_splash.SplashDeduplicateArgsMiddleware):
    """scrapy-splash's spider middleware with fixes 3 and 4."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start):
        """Fix 4: the start requests, once the spider state they are registered in exists."""
        async for element in start:
            yield self._replace_args(element)

    async def process_spider_output(self, response, result):
        """Fix 3: a callback's output, synchronous or asynchronous."""
        async for element in result:
            yield self._replace_args(element)

    def _replace_args(self, element):
        """``element`` with its large Splash arguments replaced by their fingerprints."""
        if not isinstance(element, Request):
            return element
        spider = self.crawler.spider
        if not hasattr(spider, "state"):
            spider.state = {}
        spider.state.setdefault(self.local_values_key, {})
        return self._process_request(element, spider)


def use_splash_fingerprints(settings) -> None:
    """Splash-aware request fingerprints over the ones the project configured.

    A request through Splash is fingerprinted by its Splash options as well (endpoint,
    arguments, the page URL with its fragment), so two renderings of one page with different
    arguments are two cache entries; other requests keep the fingerprint of the configured
    ``REQUEST_FINGERPRINTER_CLASS``, which scrapy-splash's fingerprinter builds on. newsmon's
    dupefilter decides on a page's canonical URL before fingerprints are asked.
    """
    base = settings.get("REQUEST_FINGERPRINTER_CLASS")
    if base is SplashRequestFingerprinter:
        return
    settings.set("SCRAPY_SPLASH_REQUEST_FINGERPRINTER_BASE_CLASS", base, priority="spider")
    settings.set("REQUEST_FINGERPRINTER_CLASS", SplashRequestFingerprinter, priority="spider")
