"""``scrapy articles``: stored articles as JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from sqlalchemy import select

from crawler.commands.crawl import exit_on_config_error
from pipelines.database import open_database
from pipelines.models import Article


def article_record(article: Article) -> dict:
    """The JSON form of a stored article."""
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "author": article.author,
        "text": article.text,
        "language": article.language,
        "language_probability": article.language_probability,
        "language_unwanted": article.language_unwanted,
        "published": _iso(article.published_date),
        "published_at": _iso(article.published_local),
        "updated_at": _iso(article.updated_local),
        "date_source": article.date_source,
        "date_confidence": article.date_confidence,
        "story_id": article.story_id,
        "duplicate_of": article.duplicate_of,
        "version": article.version,
        "crawled_at": _iso(article.crawled_at),
    }


def _iso(moment: date | datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def day(value: str) -> date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--lang CODE] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N]"

    def short_desc(self) -> str:
        return "Print stored articles as JSON Lines"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--lang", help="only articles in this language (ISO 639-1)")
        parser.add_argument("--since", type=day, help="only articles published on or after")
        parser.add_argument("--until", type=day, help="only articles published on or before")
        parser.add_argument("--limit", type=int, help="at most this many articles")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        exit_on_config_error(open_database, self.settings["DATABASE_URL"])

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError(f"unexpected arguments: {' '.join(args)}")
        database = open_database(self.settings["DATABASE_URL"])
        query = select(Article).order_by(Article.id)
        if opts.lang:
            query = query.where(Article.language == opts.lang)
        # The publication day as the outlet printed it, in its own time zone.
        if opts.since:
            query = query.where(Article.published_date >= opts.since)
        if opts.until:
            query = query.where(Article.published_date <= opts.until)
        if opts.limit is not None:
            query = query.limit(opts.limit)
        with database.session() as session:
            for article in session.scalars(query):
                sys.stdout.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
