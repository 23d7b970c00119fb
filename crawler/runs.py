"""Crawl runs: each one recorded (``crawl_runs``), judged, and given an honest exit status.

A run is ``ok`` (exit 0) when it did its job; ``failed`` (exit 1) when it could not:
every source unreachable (the spider says so through ``run_failure()``), the database
failing mid-crawl (:func:`fail_run`, called by the store), a crash; ``interrupted``
(exit 130) when it was shut down before the end (Ctrl-C, SIGTERM). A run killed
outright keeps ``running`` until the next run finds it so and marks it ``lost``.

The verdict goes into the crawl stats (``newsmon/run/…``), where ``scrapy crawl``
reads it to print one last line and exit with its status.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from scrapy.utils.defer import deferred_from_coro
from sqlalchemy import update

from pipelines.storage.models import CrawlRun

logger = logging.getLogger(__name__)

FAILURE = "newsmon/run/failure"
STATUS = "newsmon/run/status"
EXIT_CODE = "newsmon/run/exit_code"
MESSAGE = "newsmon/run/message"
LOST = "ended without recording its end (killed, or the database failed)"
EXIT_CODES = {"ok": 0, "failed": 1, "interrupted": 130}
BUSY_EXIT = 75  # EX_TEMPFAIL: another run holds the database; try again later
# Crawl stats that count errors, by kind (prefixes end with "/": the rest names the kind).
ERROR_STATS = {
    "downloader/exception_type_count/": "",
    "newsmon/broken/": "broken ",
    "spider_exceptions/": "spider ",
    "newsmon/sources/unreachable": "unreachable source",
    "newsmon/stored/failed": "not stored",
    "newsmon/stored/lost": "lost with the database",
    "newsmon/workers/failed": "worker failed",
    "newsmon/watch/skipped": "watch skipped",
}
HTTP_STATUS = re.compile(r"^downloader/response_status_count/([45]\d\d)$")


def describe_arguments(**arguments: str | None) -> str:
    """A run's spider arguments as one line (``crawl_runs.sources``)."""
    return " ".join(f"{name}={value}" for name, value in arguments.items() if value)


def fail_run(crawler, message: str) -> None:
    """The run cannot do its job: remember why (the first reason counts) and stop it."""
    if crawler.stats.get_value(FAILURE) is None:
        crawler.stats.set_value(FAILURE, message)
        logger.error("Stopping the run: %s", message)
    if crawler.crawling:
        deferred_from_coro(crawler.stop_async())


def verdict(crawler, reason: str | None) -> tuple[str, str | None]:
    """The run's status and, unless ok, why: from a failure, the spider, the close reason."""
    failure = crawler.stats.get_value(FAILURE)
    if failure:
        return "failed", failure
    spider_failure = getattr(crawler.spider, "run_failure", None)
    if spider_failure and (message := spider_failure()):
        return "failed", message
    if reason == "shutdown":
        return "interrupted", "interrupted before the end (shutdown requested)"
    if reason not in (None, "finished"):
        return "failed", f"the crawl ended early: {reason}"
    return "ok", None


def errors_by_kind(stats: dict | None) -> dict[str, int]:
    """The errors a run counted, by kind (network error types, HTTP statuses, broken
    feeds, articles not stored …)."""
    found: dict[str, int] = {}
    for key, value in (stats or {}).items():
        if match := HTTP_STATUS.match(key):
            found[f"http {match.group(1)}"] = value
            continue
        for prefix, kind in ERROR_STATS.items():
            if key == prefix or (prefix.endswith("/") and key.startswith(prefix)):
                name = kind + key.removeprefix(prefix).rsplit(".", 1)[-1]
                found[name.strip()] = found.get(name.strip(), 0) + value
    return found


def plain_stats(crawler) -> dict:
    """The crawl stats that fit in JSON."""
    return {
        key: value
        for key, value in crawler.stats.get_stats().items()
        if isinstance(value, int | float | str)
    }


class RunRecord:
    """The ``crawl_runs`` row of one crawl: opened, finished, judged."""

    def __init__(self, database, crawler):
        self.database = database
        self.crawler = crawler
        self.run_id: int | None = None
        self.concluded = False

    def open(self) -> int:
        """A new row for this run; rows left ``running`` by a killed run become ``lost``."""
        spider = self.crawler.spider
        with self.database.session() as session, session.begin():
            # Distributed processes run together: another one's row is not left over.
            if not self.crawler.settings.get("REDIS_URL"):
                session.execute(
                    update(CrawlRun)
                    .where(CrawlRun.status == "running", CrawlRun.finished_at.is_(None))
                    .values(status="lost", message=LOST)
                )
            run = CrawlRun(
                spider=spider.name,
                sources=getattr(spider, "run_sources", None),
                status="running",
            )
            session.add(run)
            session.flush()
            self.run_id = run.id
        return self.run_id

    def finish(self, status: str | None = None, message: str | None = None) -> None:
        """Record the end: time and stats, and the verdict when it is known."""
        values = {"finished_at": datetime.now(UTC), "stats": plain_stats(self.crawler)}
        if status:
            values |= {"status": status, "exit_code": EXIT_CODES[status], "message": message}
        with self.database.engine.begin() as connection:
            connection.execute(update(CrawlRun).where(CrawlRun.id == self.run_id).values(values))

    def conclude(self, reason: str | None) -> None:
        """Judge the run (spider closed with ``reason``), put the verdict in the stats and
        record it; a database that fails here costs the record, not the verdict."""
        status, message = verdict(self.crawler, reason)
        stats = self.crawler.stats
        stats.set_value(STATUS, status)
        stats.set_value(EXIT_CODE, EXIT_CODES[status])
        stats.set_value(MESSAGE, message)
        self.concluded = True
        if self.run_id is None:
            return
        try:
            self.finish(status, message)
        except Exception as error:  # the verdict stands even if it cannot be recorded
            logger.error("Could not record the end of run %s: %s", self.run_id, error)

    def interrupted(self) -> None:
        """At exit without a clean close (a second Ctrl-C): the row says interrupted."""
        if self.concluded or self.run_id is None:
            return
        message = "forced shutdown: ended without closing"
        try:
            with self.database.engine.begin() as connection:
                connection.execute(
                    update(CrawlRun)
                    .where(CrawlRun.id == self.run_id)
                    .values(
                        finished_at=datetime.now(UTC),
                        status="interrupted",
                        exit_code=EXIT_CODES["interrupted"],
                        message=message,
                    )
                )
        except Exception as error:
            logger.error("Could not record the end of run %s: %s", self.run_id, error)
