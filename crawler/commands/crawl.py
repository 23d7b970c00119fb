"""``scrapy crawl``, checking the configuration before anything starts and ending with an
honest exit status: 0 when the run did its job, else one last line saying why."""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from crawler.errors import ConfigError
from crawler.options import check_settings
from crawler.runs import BUSY_EXIT, EXIT_CODE, EXIT_CODES, MESSAGE, STATUS
from pipelines.storage.database import describe, open_database
from pipelines.storage.locks import RunLock
from pipelines.storage.rebuild import check_versions


def exit_on_config_error(check, *args) -> None:
    """Run ``check``; on a ConfigError print one line naming the fault and exit with status 2."""
    try:
        check(*args)
    except ConfigError as error:
        print(f"newsmon: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


def run_outcome(crawler, bootstrap_failed: bool) -> tuple[int, str | None]:
    """The exit status of a finished crawl and the last line to print (None: nothing)."""
    status = crawler.stats.get_value(STATUS)
    if bootstrap_failed:
        return EXIT_CODES["failed"], "failed: the crawl crashed (see the log above)"
    if status is None:
        if crawler.stats.get_value("finish_reason") is None:  # the spider never closed
            return EXIT_CODES["interrupted"], "interrupted: forced shutdown"
        return 0, None  # a spider without the store: nothing judged
    message = crawler.stats.get_value(MESSAGE)
    return crawler.stats.get_value(EXIT_CODE), (f"{status}: {message}" if message else None)


class Command(ScrapyCrawl):
    """Scrapy's crawl; a bad DATABASE_URL or spider argument, a database with an older schema
    or derived data of another version stop it with one clear line."""

    def process_options(self, args, opts):
        super().process_options(args, opts)
        # Checked here, before Scrapy sets up logging and the crawler process.
        if len(args) == 1:
            exit_on_config_error(self.check_configuration, args[0], opts.spargs)

    def check_configuration(self, spider_name: str, spider_args: dict[str, str]) -> None:
        url = self.settings["DATABASE_URL"]
        # Opened (and its schema checked) once: the run lock uses the same engine.
        self.database = open_database(url)
        check_versions(self.database, describe(url))
        check_settings(self.settings)
        try:
            spider_class = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return  # Scrapy reports unknown spiders itself
        check = getattr(spider_class, "check_arguments", None)
        if check:
            check(**spider_args)

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give one spider: scrapy crawl NAME")
        url = self.settings["DATABASE_URL"]
        # Distributed processes (REDIS_URL) share the lock: they crawl together.
        lock = RunLock(self.database.engine, shared=bool(self.settings.get("REDIS_URL")))
        if not lock.acquire(self.settings.getfloat("RUN_LOCK_WAIT")):
            print(
                f"newsmon: {lock.holder()} holds the database {describe(url)}; this run did"
                " not start",
                file=sys.stderr,
            )
            self.exitcode = BUSY_EXIT
            return
        try:
            crawler = self.crawler_process.create_crawler(args[0])
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
        finally:
            lock.release()
        self.exitcode, last_line = run_outcome(crawler, self.crawler_process.bootstrap_failed)
        if last_line:
            print(f"newsmon: {last_line}", file=sys.stderr)
