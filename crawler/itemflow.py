"""Where a crawl's time goes: the time each item pipeline takes, in the crawl stats.

``TimedItemPipelineManager`` (the ``ITEM_PROCESSOR``) runs the pipelines as
Scrapy does and adds up, per pipeline class:

- ``newsmon/stage_seconds/<Pipeline>``: CPU time of the reactor thread in a
  synchronous ``process_item``;
- ``newsmon/stage_wait_seconds/<Pipeline>``: for an ``async def process_item``,
  the time from the call to its result, mostly spent waiting for the worker
  pool, whose own figures are ``newsmon/workers/…``.
"""

from __future__ import annotations

import inspect
import time

from scrapy.pipelines import ItemPipelineManager
from scrapy.utils.defer import ensure_awaitable

STAGE = "newsmon/stage_seconds/"
WAIT = "newsmon/stage_wait_seconds/"


class TimedItemPipelineManager(ItemPipelineManager):
    """Scrapy's item pipeline manager, timing each pipeline (pipelines take no spider argument)."""

    async def process_item_async(self, item):
        stats = self.crawler.stats
        for method in self.methods["process_item"]:
            name = type(method.__self__).__name__
            began, waited_from = time.thread_time(), time.perf_counter()
            result = method(item)
            if inspect.isawaitable(result):
                item = await ensure_awaitable(result)
                stats.inc_value(WAIT + name, time.perf_counter() - waited_from, start=0.0)
            else:
                stats.inc_value(STAGE + name, time.thread_time() - began, start=0.0)
                item = result
        return item
