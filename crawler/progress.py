"""Progress of a long run: a log line every ``PROGRESS_PAGES`` pages.

Scrapy's LogStats says every minute how many pages were crawled and items scraped; this
adds a line per ``PROGRESS_PAGES`` pages with what a newsmon run is about: pages, articles
stored (new, updated) and the rate since the start.
"""

from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class Progress:
    """Logs ``Progress: N pages, M articles stored (…), R pages/s`` every N pages."""

    def __init__(self, crawler, every: int):
        self.crawler = crawler
        self.every = every
        self.pages = 0
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler):
        every = crawler.settings.getint("PROGRESS_PAGES")
        if every <= 0:
            raise NotConfigured("PROGRESS_PAGES is 0")
        progress = cls(crawler, every)
        crawler.signals.connect(progress.response_received, signal=signals.response_received)
        return progress

    def response_received(self, **_):
        self.pages += 1
        if self.pages % self.every == 0:
            logger.info(self.line())

    def line(self) -> str:
        stats = self.crawler.stats
        new = stats.get_value("newsmon/stored/new", 0)
        updated = stats.get_value("newsmon/stored/edited", 0)
        rate = self.pages / max(time.monotonic() - self.started, 1e-6)
        return (
            f"Progress: {self.pages} pages, {new + updated} articles stored ({new} new,"
            f" {updated} updated), {rate:.1f} pages/s"
        )
