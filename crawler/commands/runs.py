"""``scrapy runs``: the crawl runs, newest first: when, what, how much, which errors, status."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy import select

from crawler.commands.articles import iso
from crawler.database_command import DatabaseCommand
from crawler.runs import errors_by_kind
from pipelines.storage.models import CrawlRun

COUNTS = {
    "pages": "response_received_count",
    "new": "newsmon/stored/new",
    "updated": "newsmon/stored/edited",
    "copies": "newsmon/stored/copy",
}
TABLE_COLUMNS = (
    ("id", 5),
    ("started", 19),
    ("ended", 19),
    ("spider", 7),
    ("status", 11),
    ("pages", 6),
    ("new", 5),
    ("updated", 7),
    ("copies", 6),
    ("errors", 0),
)


def run_record(run: CrawlRun) -> dict:
    """The JSON form of a crawl run."""
    stats = run.stats or {}
    return {
        "id": run.id,
        "started": iso(run.started_at),
        "ended": iso(run.finished_at),
        "spider": run.spider,
        "sources": run.sources,
        **{name: stats.get(key, 0) for name, key in COUNTS.items()},
        "errors": errors_by_kind(stats),
        "status": run.status,
        "exit_code": run.exit_code,
        "message": run.message,
    }


def table_row(record: dict) -> str:
    """One line of the table; the reason of a run that was not ok on a line of its own."""
    cells = {
        **record,
        "started": (record["started"] or "")[:19].replace("T", " "),
        "ended": (record["ended"] or "-")[:19].replace("T", " "),
        "status": f"{record['status']}"
        + (f" ({record['exit_code']})" if record["exit_code"] else ""),
        "errors": ", ".join(f"{kind} {n}" for kind, n in sorted(record["errors"].items()))
        or "-",
    }
    line = "  ".join(
        str(cells[name]).ljust(width) if width else str(cells[name])
        for name, width in TABLE_COLUMNS
    )
    details = [f"       sources: {record['sources']}"] if record["sources"] else []
    if record["message"]:
        details.append(f"       {record['status']}: {record['message']}")
    return "\n".join([line, *details])


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return "[--json] [--limit N]"

    def short_desc(self) -> str:
        return "List crawl runs, newest first: pages, new, updated, copies, errors, exit status"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
        parser.add_argument("--limit", type=int, default=20, help="at most this many runs")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        database = self.database(args)
        query = select(CrawlRun).order_by(CrawlRun.id.desc()).limit(opts.limit)
        with database.session() as session:
            records = [run_record(run) for run in session.scalars(query)]
        if opts.json:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        sys.stdout.write("  ".join(n.ljust(w) if w else n for n, w in TABLE_COLUMNS) + "\n")
        for record in records:
            sys.stdout.write(table_row(record) + "\n")
