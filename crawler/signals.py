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

batch_committed = object()
"""Sent by the store after its open batch committed (no arguments): what it wrote is durable."""

shared_step = object()
"""Distributed mode: sent before an item enters the dedup → stories → store step. Arguments:
``item``. The store answers True once its batch is open with the cross-process store lock
held (the step then sees every article the other processes committed; the item is admitted,
and the batch does not commit before it is stored or dropped), else a function that waits
for the lock, for the sender to run in a thread and then ask again."""

indexes_stale = object()
"""Distributed mode: sent by the store when, on taking the store lock, it finds articles that
other processes stored since this one last looked; the dedup and story indexes reload."""
