"""What the pipelines may read from the spider of a crawl: the one interface between them."""

from __future__ import annotations

import scrapy

from crawler.sources import Alerts, Outlet, Watch


class NewsmonSpider(scrapy.Spider):
    """The base of newsmon's spiders.

    Pipelines read these attributes (``crawler.spider.<name>``) at ``open_spider``, nothing else:

    - ``outlets``: the crawled outlets; the extract step applies each outlet's own disclaimer
      patterns to its items (``item.source`` is the outlet's name).
    - ``watches``: the sources file's ``[[watches]]``, scored by the watch step.
    - ``name``: recorded with the crawl run by the store.

    The source health extension (:mod:`crawler.health`) reads ``outlets`` too, and
    ``alerts``: the sources file's ``[alerts]`` (None: no digests).
    - ``run_sources``: what the run crawled, in one line (``crawl_runs.sources``).
    - ``run_failure()``: read when the crawl ends (:mod:`crawler.runs`): why the run could not
      do its job (e.g. every source unreachable), or None.
    """

    outlets: list[Outlet] = []
    watches: list[Watch] = []
    alerts: Alerts | None = None
    run_sources: str | None = None

    def run_failure(self) -> str | None:
        """Why the run could not do its job, if the spider knows; None by default."""
        return None

    @classmethod
    def check_arguments(cls, **arguments) -> None:
        """Raise ConfigError naming a spider argument that is unusable (before the crawl starts)."""
