"""``scrapy crawl``, checking the configuration before anything starts."""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from crawler.errors import ConfigError
from crawler.options import check_settings
from pipelines.storage.database import describe, open_database
from pipelines.storage.rebuild import check_versions


def exit_on_config_error(check, *args) -> None:
    """Run ``check``; on a ConfigError print one line naming the fault and exit with status 2."""
    try:
        check(*args)
    except ConfigError as error:
        print(f"newsmon: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None


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
        check_versions(open_database(url), describe(url))
        check_settings(self.settings)
        try:
            spider_class = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return  # Scrapy reports unknown spiders itself
        check = getattr(spider_class, "check_arguments", None)
        if check:
            check(**spider_args)
