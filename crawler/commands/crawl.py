"""``scrapy crawl``, checking the configuration before any request is made."""

from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.spiderloader import get_spider_loader

from crawler.errors import ConfigError
from pipelines.database import open_database


class Command(ScrapyCrawl):
    """Scrapy's crawl, but a bad DATABASE_URL or spider argument stops it with one clear line."""

    def run(self, args, opts):
        if len(args) == 1:
            try:
                self.check_configuration(args[0], opts.spargs)
            except ConfigError as error:
                print(f"newsmon: error: {error}", file=sys.stderr)
                self.exitcode = 2
                return
        super().run(args, opts)

    def check_configuration(self, spider_name: str, spider_args: dict[str, str]) -> None:
        open_database(self.settings["DATABASE_URL"])
        try:
            spider_class = get_spider_loader(self.settings).load(spider_name)
        except KeyError:
            return  # Scrapy reports unknown spiders itself
        check = getattr(spider_class, "check_arguments", None)
        if check:
            check(**spider_args)
