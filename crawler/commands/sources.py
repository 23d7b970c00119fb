"""``scrapy sources status [FILE]``: each source's health (:mod:`crawler.source_status`)."""

from __future__ import annotations

import argparse

from scrapy.exceptions import UsageError

from crawler.commands.crawl import exit_on_config_error
from crawler.database_command import DatabaseCommand
from crawler.source_status import print_status
from crawler.sources import load_sources
from pipelines.storage.database import open_database

SUBCOMMANDS = ("status",)


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return "status [SOURCES_FILE]"

    def short_desc(self) -> str:
        return "Show each source's state (ok, warning, broken) and why"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args or args[0] not in SUBCOMMANDS:
            raise UsageError(f"choose a subcommand: {', '.join(SUBCOMMANDS)}")
        if len(args) > 2:
            raise UsageError(f"unexpected arguments: {' '.join(args[2:])}")
        sources = None
        if len(args) == 2:
            exit_on_config_error(load_sources, args[1], False)
            sources = load_sources(args[1], need_outlets=False)
        print_status(open_database(self.settings["DATABASE_URL"]), self.settings, sources)
