"""The item flow: the order of the pipelines, checked, and the time each one takes.

:func:`check_item_pipelines` holds ``ITEM_PIPELINES`` to what the stages declare: a stage runs
after the stages whose output it reads (its ``after`` attribute), and every stage from dedup to
the store is synchronous, so that each item's copy and story decisions are written and learned
by the in-memory indexes before the next item is decided. A wrong order stops the run.

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
from scrapy.utils.conf import build_component_list
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.misc import load_object

from crawler.errors import ConfigError

STAGE = "newsmon/stage_seconds/"
WAIT = "newsmon/stage_wait_seconds/"
# The span of stages that decide and write one item at a time (in distributed mode it begins
# after the shared step, which waits for the store lock for the decisions that follow).
IN_STEP = ("DedupPipeline", "StorePipeline")
SHARED_STEP = "SharedStepPipeline"


def check_item_pipelines(settings) -> None:
    """ConfigError naming the first pipeline of ``ITEM_PIPELINES`` that is out of order."""
    classes = [load_object(path) for path in build_component_list(settings["ITEM_PIPELINES"])]
    position = {cls.__name__: index for index, cls in enumerate(classes)}
    for index, cls in enumerate(classes):
        for earlier in getattr(cls, "after", ()):
            if position.get(earlier, -1) > index:
                raise ConfigError(
                    f"ITEM_PIPELINES: {cls.__name__} reads what {earlier} writes:"
                    f" give it a higher order than {earlier}"
                )
    first, last = (position.get(name) for name in IN_STEP)
    if first is None or last is None:
        return
    start = IN_STEP[0]
    if position.get(SHARED_STEP, first) < first:
        # The shared step itself waits asynchronously for the lock; what follows may not.
        first, start = position[SHARED_STEP] + 1, SHARED_STEP
    for cls in classes[first : last + 1]:
        if inspect.iscoroutinefunction(cls.process_item):
            raise ConfigError(
                f"ITEM_PIPELINES: {cls.__name__} is asynchronous but runs between"
                f" {start} and {IN_STEP[1]}, which must decide one item at a time"
            )


class TimedItemPipelineManager(ItemPipelineManager):
    """Scrapy's item pipeline manager, timing each pipeline (pipelines take no spider argument)."""

    @classmethod
    def from_crawler(cls, crawler):
        check_item_pipelines(crawler.settings)
        return super().from_crawler(crawler)

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
