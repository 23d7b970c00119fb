"""The base of the commands that read the store (``scrapy articles``, ``scrapy stories``)."""

from __future__ import annotations

import argparse

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands.crawl import exit_on_config_error
from pipelines.storage.database import Database, open_database


class DatabaseCommand(ScrapyCommand):
    """A command on the database at ``DATABASE_URL``: checked before it runs, no arguments."""

    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        exit_on_config_error(self.check_database, self.settings["DATABASE_URL"])

    def check_database(self, url: str) -> None:
        """ConfigError if the command cannot work on the database at ``url``: by default,
        unless it is usable and has the schema this newsmon needs (or is new)."""
        open_database(url)

    def database(self, args: list[str]) -> Database:
        """The database, once ``args`` are known to be empty."""
        if args:
            raise UsageError(f"unexpected arguments: {' '.join(args)}")
        return open_database(self.settings["DATABASE_URL"])
