"""Stage 6½, shared step (distributed mode only): before an item's copies and story are decided,
the store takes the cross-process store lock and, if other processes stored articles since,
the dedup and story indexes reload (see :mod:`pipelines.storage.locks`)."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from crawler.signals import shared_step


class SharedStepPipeline:
    """Sends ``shared_step`` for each item; not enabled unless ``REDIS_URL`` is set."""

    # It reads no stage's output; it comes before dedup with nothing asynchronous in between
    # (checked at start-up, crawler/itemflow.py), so the lock is held when dedup decides.

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("single-process crawl")
        return cls(crawler)

    def process_item(self, item):
        self.crawler.signals.send_catch_log(shared_step)
        return item
