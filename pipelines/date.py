"""Stage 3, date: published and updated from every signal, in the documented order of trust
(:mod:`pipelines.dates`)."""

from __future__ import annotations

from pipelines.dates.resolve import (
    PageDates,
    resolve_dates,
    text_dates,
)


class DatePipeline:
    """Sets ``published``, ``updated``, ``date_source`` and ``date_confidence``."""

    # The stages whose output it reads (checked at start-up).
    after = ("ExtractPipeline", "LanguagePipeline")

    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if item.content_type == "text":
            page = text_dates(item.text, item.language, item.text_date, item.fetched_at)
        else:
            page = PageDates(
                item.page_published,
                item.page_updated,
                item.page_date_source or "none",
                item.page_date_confidence,
            )
        resolved = resolve_dates(
            page,
            item.feed_published,
            item.feed_modified,
            item.http_last_modified,
            now=item.fetched_at,
            where=item.url,
        )
        item.published, item.updated = resolved.published, resolved.updated
        item.date_source, item.date_confidence = resolved.source, resolved.confidence
        if self.stats is not None:
            self.stats.inc_value(f"newsmon/date_source/{resolved.source}")
        return item
