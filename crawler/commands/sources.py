"""``scrapy sources check FILE``: every problem of a sources file at once, or "ok".
``scrapy sources status [FILE]``: each source's health (:mod:`crawler.source_status`)."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands.crawl import exit_on_config_error
from crawler.source_status import print_status
from crawler.sources import check_sources, load_sources
from pipelines.storage.database import open_database


def check(args: list[str], settings) -> int:
    """``check FILE``: print each problem (exit status 2) or "ok" (0)."""
    if len(args) != 1:
        raise UsageError("give one sources file: scrapy sources check FILE")
    problems = check_sources(args[0])
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        print(f"newsmon: error: {args[0]}: {count}", file=sys.stderr)
        return 2
    print("ok")
    return 0


def status(args: list[str], settings) -> int:
    """``status [FILE]``: each source's state (ok, warning, broken) and why."""
    if len(args) > 1:
        raise UsageError(f"unexpected arguments: {' '.join(args[1:])}")
    sources = None
    if args:
        exit_on_config_error(load_sources, args[0], False)
        sources = load_sources(args[0], need_outlets=False)
    exit_on_config_error(open_database, settings["DATABASE_URL"])
    print_status(open_database(settings["DATABASE_URL"]), settings, sources)
    return 0


SUBCOMMANDS = {"check": check, "status": status}


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "check FILE | status [FILE]"

    def short_desc(self) -> str:
        return "Check a sources file, or show each source's state (ok, warning, broken) and why"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args or args[0] not in SUBCOMMANDS:
            raise UsageError(f"choose one of: {', '.join(SUBCOMMANDS)}")
        self.exitcode = SUBCOMMANDS[args[0]](args[1:], self.settings)
