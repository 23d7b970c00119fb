"""newsmon's own signals, sent through ``crawler.signals`` like Scrapy's.

Connect with ``crawler.signals.connect(handler, signal=article_stored)``.
"""

article_stored = object()
"""Sent synchronously by the store after an article's rows are written in the open batch.

Arguments: ``item`` (the :class:`crawler.items.ArticleItem`, with ``article_id`` and
``story_id`` set). The in-memory indexes of dedup and stories learn the article from it, so
they agree with the database before the next item is decided.
"""

run_opened = object()
"""Sent by the store once the crawl run's row exists. Arguments: ``run_id`` (its id)."""
