"""Stage 6½, shared step (distributed mode only): before an item's copies and story are decided,
the store takes the cross-process store lock and, if other processes stored articles since,
the dedup and story indexes reload (see :mod:`pipelines.storage.locks`)."""

from __future__ import annotations

import asyncio
import time

from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_to_future
from twisted.internet import threads

from crawler.signals import shared_step


class SharedStepPipeline:
    """Sends ``shared_step`` until the store says its batch is open with the lock held; not
    enabled unless ``REDIS_URL`` is set. The store's wait for the lock runs in a thread: while
    another process decides, this one goes on fetching and extracting."""

    # It reads no stage's output; it comes before dedup with nothing asynchronous in between
    # (checked at start-up, crawler/itemflow.py): once it returns, the item is decided and
    # written with the lock held (the store's batch does not commit before the item is stored).

    def __init__(self, crawler):
        self.crawler = crawler
        self.gate: asyncio.Lock | None = None  # one item at a time waits for the lock

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("single-process crawl")
        return cls(crawler)

    async def process_item(self, item):
        self.gate = self.gate or asyncio.Lock()
        async with self.gate:
            while (wait := self._lock_wait(item)) is not None:
                began = time.perf_counter()
                await deferred_to_future(threads.deferToThread(wait))
                self.crawler.stats.inc_value(
                    "newsmon/store/lock_wait_seconds", time.perf_counter() - began, start=0.0
                )
        return item

    def _lock_wait(self, item):
        """None once the store admitted ``item`` under its lock, else the store's wait."""
        for _, answer in self.crawler.signals.send_catch_log(shared_step, item=item):
            if callable(answer):
                return answer
        return None
