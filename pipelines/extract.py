"""Stage 1, extract: the raw page becomes clean text and metadata (:mod:`pipelines.text`)."""

from __future__ import annotations

import logging
from dataclasses import fields

from scrapy.exceptions import DropItem

from crawler.deadline import Bounded, Stalled
from crawler.workers import WorkerPool, worker_pool
from pipelines.text.extraction import (
    WARM_UP_PAGE,
    ExtractedArticle,
    _shortfall,
    decode_html,
    extract_article,
    extract_text_document,
    join_pages,
    stats_key,
)

# What the page says of its own dates is one signal among several: the date step decides.
PAGE_DATE_FIELDS = {
    "published": "page_published",
    "updated": "page_updated",
    "date_source": "page_date_source",
    "date_confidence": "page_date_confidence",
}
EXTRACTED_FIELDS = tuple(f.name for f in fields(ExtractedArticle) if f.name != "reason")

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Turns the raw page of an item into clean text and metadata; drops pages without text.

    A source's own disclaimer patterns (``disclaimers`` in the sources file) apply to its
    items; the following pages of a multi-page article (``item.next_pages``) are joined.
    A page whose extraction takes more than ``EXTRACTION_TIMEOUT`` seconds is abandoned,
    logged and counted (``newsmon/stalled/extract``).
    """

    def __init__(self, stats, crawler=None, pool: WorkerPool | None = None, timeout: float = 0):
        self.stats = stats
        self.extract = Bounded(extract_article, timeout)
        self.extract_text = Bounded(extract_text_document, timeout)
        self.crawler = crawler
        self.disclaimers: dict[str, tuple[str, ...]] = {}
        self.pool = pool if pool is not None else WorkerPool(0, stats=stats)

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(extract_article, WARM_UP_PAGE, "https://example.org/warm-up")
        return cls(crawler.stats, crawler, pool, crawler.settings.getfloat("EXTRACTION_TIMEOUT"))

    def open_spider(self):
        self.disclaimers = {
            outlet.name: tuple(outlet.disclaimers)
            for outlet in self.crawler.spider.outlets
            if outlet.name and outlet.disclaimers
        }

    async def process_item(self, item):
        try:
            return await self.extracted(item)
        except Stalled as error:
            self.stats.inc_value("newsmon/stalled/extract")
            item.body, item.next_pages = None, []
            logger.error("Abandoned %s: %s", item.url, error)
            raise DropItem(f"Extraction of {item.url} stalled: {error}") from error

    async def extracted(self, item):
        """``item`` with its text and metadata; DropItem if the page has no article text."""
        disclaimers = self.disclaimers.get(item.source or "", ())
        if item.content_type == "text":
            raw = decode_html(item.body or b"", item.encoding)
            item.text, item.text_date = self.extract_text(raw, disclaimers)
            reason = _shortfall(item.text)
        else:
            result = await self.pool.run(
                self.extract, item.body or b"", item.url, item.encoding, disclaimers=disclaimers
            )
            if item.next_pages:
                following = [
                    await self.pool.run(self.extract, body, url, encoding, disclaimers=disclaimers)
                    for url, body, encoding in item.next_pages
                ]
                result = join_pages(result, following)
                self.stats.inc_value("newsmon/joined_pages", len(following))
            self._copy_result(item, result)
            reason = result.reason
        item.body, item.next_pages = None, []  # the raw pages are not needed past this point
        if reason:
            self.stats.inc_value(f"newsmon/no_text/{stats_key(reason)}")
            item.no_text = reason  # counted against the source's health (crawler.health)
            raise DropItem(f"No article text in {item.url}: {reason}")
        return item

    @staticmethod
    def _copy_result(item, result: ExtractedArticle) -> None:
        for name in EXTRACTED_FIELDS:
            setattr(item, PAGE_DATE_FIELDS.get(name, name), getattr(result, name))
