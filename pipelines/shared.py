"""Stage 6½, shared step (distributed mode only): before an item's copies and story are decided,
the store takes the cross-process store lock and, if other processes stored articles since,
the dedup and story indexes reload (see :mod:`pipelines.storage.locks`)."""

from __future__ import annotations

import asyncio
import time

from scrapy.exceptions import NotConfigured

from crawler.signals import shared_step

# How often a waiting item asks again for the store lock.
LOCK_POLL_SECONDS = 0.02


class SharedStepPipeline:
    """Sends ``shared_step`` until the store says its batch is open with the lock held; not
    enabled unless ``REDIS_URL`` is set. It waits asynchronously: while another process
    decides, this one goes on fetching and extracting."""

    # It reads no stage's output; it comes before dedup with nothing asynchronous in between
    # (checked at start-up, crawler/itemflow.py): once it returns, the item is decided and
    # written before the loop runs anything else, so the lock is held throughout.

    def __init__(self, crawler):
        self.crawler = crawler
        self.gate: asyncio.Lock | None = None  # one waiting item asks the store at a time

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("single-process crawl")
        return cls(crawler)

    async def process_item(self, item):
        began = time.perf_counter()
        self.gate = self.gate or asyncio.Lock()
        async with self.gate:
            while not self._step_open(item):
                await asyncio.sleep(LOCK_POLL_SECONDS)
        self.crawler.stats.inc_value(
            "newsmon/store/lock_wait_seconds", time.perf_counter() - began, start=0.0
        )
        return item

    def _step_open(self, item) -> bool:
        answers = self.crawler.signals.send_catch_log(shared_step, item=item)
        return all(answer is True for _, answer in answers)
