"""Stage 2, language: langdetect on the clean text; unwanted languages dropped or flagged."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from crawler.options import language_settings
from crawler.workers import WorkerPool, worker_pool
from pipelines.text.language import (
    WARM_UP_TEXT,
    detect_language,
)

logger = logging.getLogger(__name__)


class LanguagePipeline:
    """Sets ``language`` and ``language_probability``; drops or flags unwanted languages."""

    def __init__(self, wanted: set[str], action: str, stats, pool: WorkerPool | None = None):
        self.wanted = wanted
        self.action = action
        self.stats = stats
        self.pool = pool if pool is not None else WorkerPool(0, stats=stats)

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(detect_language, WARM_UP_TEXT)
        return cls(*language_settings(crawler.settings), crawler.stats, pool)

    async def process_item(self, item):
        item.language, item.language_probability = await self.pool.run(
            detect_language, item.text, item.title, item.description, item.language_hint
        )
        if item.language_probability == 0.0:
            logger.info("No language detected in %s (declared: %s)", item.url, item.language_hint)
        if not self.wanted or item.language is None or item.language in self.wanted:
            return item
        if self.action == "drop":
            self.stats.inc_value("newsmon/dropped/language")
            raise DropItem(f"Language {item.language} not wanted: {item.url}")
        self.stats.inc_value("newsmon/flagged/language")
        item.language_unwanted = True
        return item
