"""The crawl's database: one :class:`~pipelines.storage.database.Database` per crawl.

``CrawlDatabase`` (an extension) opens ``DATABASE_URL`` once; every component that reads or
writes the store gets that same object from :func:`crawl_database` in its ``from_crawler``.
The object carries the store's open batch (the unit of work): a session another component
opens while a batch is open works inside it, so it sees every article the in-memory indexes
know, and its writes are committed with the batch.
"""

from __future__ import annotations

from scrapy import signals

from crawler.errors import ConfigError
from pipelines.storage.database import Database, open_database


class CrawlDatabase:
    """Opens the crawl's database on first use and closes its connections when the engine stops."""

    def __init__(self, url: str, pool: tuple[int, int] | None = None):
        self.url = url
        self.pool = pool
        self._database: Database | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pool = (settings.getint("DATABASE_POOL_SIZE"), settings.getint("DATABASE_MAX_OVERFLOW"))
        extension = cls(settings["DATABASE_URL"], pool)
        crawler.signals.connect(extension.close, signal=signals.engine_stopped)
        return extension

    @property
    def database(self) -> Database:
        if self._database is None:
            self._database = open_database(self.url, self.pool)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.engine.dispose()


def crawl_database(crawler) -> Database:
    """The crawl's database; ConfigError if the ``CrawlDatabase`` extension is not enabled."""
    extension = crawler.get_extension(CrawlDatabase)
    if extension is None:
        raise ConfigError("EXTENSIONS must enable crawler.database.CrawlDatabase")
    return extension.database
