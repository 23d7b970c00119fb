"""A crawler with newsmon's own settings, for tests and benchmarks that drive pipelines
without ``scrapy crawl``."""

from __future__ import annotations


def project_crawler(spidercls=None, settings_dict: dict | None = None):
    """A crawler with newsmon's settings (``crawler/settings.py``) and ``settings_dict`` over
    them, as ``scrapy crawl`` would have: components find every default in one place."""
    from scrapy.utils.test import get_crawler

    from crawler import settings

    # Without EXTENSIONS: a test crawler has no reactor for the worker pool (in-process pool).
    defaults = {
        name: value
        for name, value in vars(settings).items()
        if name.isupper() and name != "EXTENSIONS"
    }
    return get_crawler(spidercls, {**defaults, **(settings_dict or {})})
