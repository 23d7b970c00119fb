"""``scrapy report``: what is new since a day or since the last run, as text or as one
self-contained HTML file (:mod:`crawler.report`)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, time
from pathlib import Path

from scrapy.exceptions import UsageError

from crawler.commands.articles import day
from crawler.database_command import DatabaseCommand
from crawler.report import build_report, last_run_start, render


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return "[--since YYYY-MM-DD | --since-last-run] [--html FILE]"

    def short_desc(self) -> str:
        return "Report new and grown stories, new articles, copies and sources in trouble"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        period = parser.add_mutually_exclusive_group()
        period.add_argument("--since", type=day, help="what was stored on or after this day")
        period.add_argument(
            "--since-last-run", action="store_true", help="what the latest finished run stored"
        )
        parser.add_argument("--html", metavar="FILE", help="write an HTML report to FILE")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        database = self.database(args)
        since = None
        if opts.since:
            since = datetime.combine(opts.since, time(), UTC)
        elif opts.since_last_run:
            since = last_run_start(database)
            if since is None:
                raise UsageError("--since-last-run: no finished crawl run yet")
        report = build_report(database, self.settings, since)
        if not opts.html:
            sys.stdout.write(render(report, "report.txt.j2"))
            return
        Path(opts.html).write_text(render(report, "report.html.j2"), encoding="utf-8")
        sys.stdout.write(f"Report written to {opts.html}\n")
