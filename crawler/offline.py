"""A crawler with newsmon's settings, for code that drives pipelines outside a crawl
(benchmarks, tests): components find every default where ``scrapy crawl`` finds it."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from crawler import settings


def project_crawler(spidercls=None, settings_dict: dict | None = None):
    """A crawler set up as ``scrapy crawl`` would set it up, ``settings_dict`` over the project's
    settings. Without a running reactor there is no worker pool: pipelines compute in-process."""
    defaults = {name: value for name, value in vars(settings).items() if name.isupper()}
    defaults["EXTENSIONS"] = {**settings.EXTENSIONS, "crawler.workers.WorkerPool": None}
    return get_crawler(spidercls, {**defaults, **(settings_dict or {})})
