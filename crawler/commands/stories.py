"""``scrapy stories``: the stories found so far, as a table, JSON Lines or CSV, with the stories
each absorbed (merged into it); ``--merged`` lists the absorbed ones too."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from crawler.commands.articles import day, iso, period_filter
from crawler.database_command import DatabaseCommand
from crawler.export import add_format_option, write_records
from pipelines.storage.models import Story

TABLE_COLUMNS = (
    ("id", 6),
    ("first_seen", 10),
    ("last_seen", 10),
    ("articles", 8),
    ("outlets", 7),
    ("languages", 9),
    ("absorbed", 8),
    ("title", 0),
)


def story_record(story: Story, absorbed: list[int]) -> dict:
    """The JSON form of a story (``absorbed``: the stories merged into it)."""
    return {
        "id": story.id,
        "title": story.title,
        "first_seen": iso(story.first_seen),
        "last_seen": iso(story.last_seen),
        "articles": story.article_count,
        "outlets": story.outlet_count,
        "languages": story.language_count,
        "language_codes": story.languages.split(",") if story.languages else [],
        "absorbed": absorbed,
        "merged_into": story.merged_into,
    }


def table_row(record: dict) -> str:
    cells = {
        **record,
        "first_seen": (record["first_seen"] or "")[:10],
        "last_seen": (record["last_seen"] or "")[:10],
        "languages": ",".join(record["language_codes"]) or "-",
        "absorbed": ",".join(map(str, record["absorbed"])) or "-",
        "title": record["title"] or "",
    }
    return "  ".join(
        str(cells[name]).ljust(width) if width else str(cells[name])
        for name, width in TABLE_COLUMNS
    )


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return (
            "[--format table|jsonl|csv] [--json] [--since YYYY-MM-DD] [--until YYYY-MM-DD]"
            " [--min-articles N] [--limit N] [--merged]"
        )

    def short_desc(self) -> str:
        return "List stories: coverage of one event across outlets (newest first)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        add_format_option(parser, "table", ("table", "jsonl", "csv"))
        parser.add_argument("--json", action="store_true", help="the same as --format jsonl")
        parser.add_argument("--since", type=day, help="only stories last seen on or after")
        parser.add_argument("--until", type=day, help="only stories first seen on or before")
        parser.add_argument("--min-articles", type=int, default=1, help="at least N articles")
        parser.add_argument("--limit", type=int, help="at most this many stories")
        parser.add_argument(
            "--merged", action="store_true", help="also the stories merged into others"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        database = self.database(args)
        query = (
            select(Story)
            .where(Story.article_count >= opts.min_articles)
            .order_by(Story.last_seen.desc(), Story.id)
        )
        query = period_filter(query, Story.last_seen, opts.since, None)
        query = period_filter(query, Story.first_seen, None, opts.until)
        if not opts.merged:
            query = query.where(Story.merged_into.is_(None))
        if opts.limit is not None:
            query = query.limit(opts.limit)
        with database.session() as session:
            absorbed: dict[int, list[int]] = {}
            for story_id, into in session.execute(
                select(Story.id, Story.merged_into)
                .where(Story.merged_into.is_not(None))
                .order_by(Story.id)
            ):
                absorbed.setdefault(into, []).append(story_id)
            records = [
                story_record(story, absorbed.get(story.id, []))
                for story in session.scalars(query)
            ]
        fmt = "jsonl" if opts.json else opts.format
        if fmt != "table":
            write_records(records, fmt)
            return
        sys.stdout.write(table_row({n: n for n, _ in TABLE_COLUMNS} | {"language_codes": [
            "languages"], "absorbed": ["absorbed"]}) + "\n")  # fmt: skip
        for record in records:
            sys.stdout.write(table_row(record) + "\n")
