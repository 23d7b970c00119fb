"""Source health: per-source counters collected from Scrapy's signals during a crawl, written
to ``source_runs`` when it closes, then judged by :mod:`crawler.monitors` and sent on by
:mod:`crawler.alerts`.

The counters live in the crawl stats under ``newsmon/source/<source>/…`` (so they are also in
the run's stats), where the downloader middleware below adds the download errors.
"""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DropItem

from crawler.alerts import send_run_digest
from crawler.database import crawl_database
from crawler.signals import run_opened
from crawler.sources import Outlet
from pipelines.storage.health import SourceCounts, write_source_runs

logger = logging.getLogger(__name__)
PREFIX = "newsmon/source/"


def outlet_label(outlet: Outlet) -> str:
    """The name a source is reported under: its name, else the host of its first start URL."""
    if outlet.name:
        return outlet.name
    first = outlet.start_urls[0]
    return urlsplit(first).hostname or first


def item_label(item) -> str | None:
    """The source an item came from: its configured name, else its host."""
    return item.source or urlsplit(item.url).hostname


def request_outlet(request) -> Outlet | None:
    """The outlet a request of the news spider was made for."""
    outlet = request.cb_kwargs.get("outlet") if request.cb_kwargs else None
    return outlet if isinstance(outlet, Outlet) else None


def error_kind(exception: BaseException) -> str:
    """A short name for a download error (``download_TimeoutError``)."""
    return f"download_{type(exception).__name__}"


class SourceErrorsMiddleware:
    """Downloader middleware: counts a source's requests that failed without a response
    (timeouts, refused connections, DNS), after the retries gave up."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_exception(self, request, exception):
        outlet = request_outlet(request)
        if outlet is not None:
            self.stats.inc_value(f"{PREFIX}{outlet_label(outlet)}/errors/{error_kind(exception)}")


class SourceHealth:
    """Extension: counts, per source of the spider's ``outlets``, pages fetched, articles
    found, articles without text, errors by kind and what each start URL answered; writes
    them to ``source_runs`` at close and hands the run to the alerts."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.run_id: int | None = None
        self.labels: dict[str, str] = {}  # host or name of the items → source label
        self.start_urls: dict[str, dict[str, dict]] = {}  # source → url → status, digest
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.run_opened, run_opened),
            (self.response_received, signals.response_received),
            (self.request_dropped, signals.request_dropped),
            (self.item_scraped, signals.item_scraped),
            (self.item_dropped, signals.item_dropped),
            (self.spider_error, signals.spider_error),
            (self.spider_closed, signals.spider_closed),
        ):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def count(self, source: str | None, counter: str, value: int = 1) -> None:
        if source:
            self.stats.inc_value(f"{PREFIX}{source}/{counter}", value)

    def spider_opened(self, spider):
        for outlet in getattr(spider, "outlets", None) or []:
            label = outlet_label(outlet)
            self.start_urls[label] = {}
            self.labels[outlet.name or label] = label

    def run_opened(self, run_id: int):
        self.run_id = run_id

    def response_received(self, response, request, spider):
        outlet = request_outlet(request)
        if outlet is None:
            return
        label = outlet_label(outlet)
        if response.status >= 400:
            self.count(label, f"errors/http_{response.status}")
        else:
            self.count(label, "pages")
        first_url = (request.meta.get("redirect_urls") or [request.url])[0]  # before redirects
        if first_url in outlet.start_urls:
            self.start_urls.setdefault(label, {})[first_url] = {
                "status": response.status,
                "digest": hashlib.sha256(response.body).hexdigest(),
            }

    def request_dropped(self, request, spider):
        """A request the duplicate filter refused: for an article link, an article already
        stored (found, not fetched again)."""
        outlet = request_outlet(request)
        if outlet is not None and getattr(request.callback, "__name__", "") == "parse_article":
            self.count(outlet_label(outlet), "articles")

    def source_of(self, item) -> str | None:
        label = item_label(item)
        return self.labels.get(label, label) if self.start_urls else None

    def item_scraped(self, item, response, spider):
        self.count(self.source_of(item), "articles")

    def item_dropped(self, item, response, exception, spider):
        if getattr(item, "no_text", None):
            self.count(self.source_of(item), "no_text")
        elif isinstance(exception, DropItem):
            self.count(self.source_of(item), "articles")  # dropped by choice (language, watch)

    def spider_error(self, failure, response, spider):
        outlet = request_outlet(response.request) if response.request else None
        if outlet is not None:
            self.count(outlet_label(outlet), f"errors/spider_{type(failure.value).__name__}")

    def counts(self) -> list[SourceCounts]:
        """This run's counters of each source, from the stats."""
        all_stats = self.stats.get_stats()
        result = []
        for label, start_urls in self.start_urls.items():
            prefix = f"{PREFIX}{label}/"
            errors = {
                key.removeprefix(prefix + "errors/"): value
                for key, value in all_stats.items()
                if key.startswith(prefix + "errors/")
            }
            result.append(
                SourceCounts(
                    source=label,
                    pages_fetched=all_stats.get(prefix + "pages", 0),
                    articles_found=all_stats.get(prefix + "articles", 0),
                    articles_no_text=all_stats.get(prefix + "no_text", 0),
                    errors=errors,
                    start_urls=start_urls,
                )
            )
        return result

    def spider_closed(self, spider, reason):
        if self.run_id is None:
            return
        database = crawl_database(self.crawler)
        if self.start_urls:
            write_source_runs(database, self.run_id, self.counts())
        send_run_digest(database, self.run_id, getattr(spider, "alerts", None), self.crawler)
