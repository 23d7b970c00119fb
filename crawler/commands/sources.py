"""``scrapy sources check FILE``: every problem of a sources file at once, or "ok"."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.sources import check_sources


def check(args: list[str]) -> int:
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


SUBCOMMANDS = {"check": check}


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return f"{{{'|'.join(SUBCOMMANDS)}}} FILE"

    def short_desc(self) -> str:
        return "Check a sources file: every unknown key, wrong type and bad value at once"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if not args or args[0] not in SUBCOMMANDS:
            raise UsageError(f"choose one of: {', '.join(SUBCOMMANDS)}")
        self.exitcode = SUBCOMMANDS[args[0]](args[1:])
