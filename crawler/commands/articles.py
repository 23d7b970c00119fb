"""``scrapy articles``: stored articles as JSON Lines, or CSV with ``--format csv``
(:mod:`crawler.export`).

``--story ID`` lists one story (originals first, each followed by its copies);
``--watch NAME`` lists the articles relevant to a watch, most relevant first;
``--versions ID`` prints one article's versions, each as a unified diff against the one
before.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from crawler.database_command import DatabaseCommand
from crawler.export import add_format_option, write_records
from pipelines.storage.models import Article, ArticleVersion, WatchScore

# The columns of a stored article shown as they are; article_record adds the dates and scores.
RECORD_COLUMNS = (
    "id",
    "url",
    "source",
    "title",
    "author",
    "text",
    "language",
    "language_probability",
    "language_unwanted",
    "date_source",
    "date_confidence",
    "story_id",
    "duplicate_of",
    "version",
)


def article_record(article: Article, watches: dict[str, float] | None = None) -> dict:
    """The JSON form of a stored article (``watches``: its score per watch)."""
    return {
        **{name: getattr(article, name) for name in RECORD_COLUMNS},
        "published": iso(article.published_date),
        "published_at": iso(article.published_local),
        "updated_at": iso(article.updated_local),
        "crawled_at": iso(article.crawled_at),
        "watches": watches or {},
    }


def iso(moment: date | datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def period_filter(query, column, since: date | None, until: date | None):
    """``query`` limited to ``column`` on or after ``since`` and on or before ``until``."""
    if since:
        query = query.where(column >= datetime.combine(since, time(), UTC))
    if until:
        query = query.where(column < datetime.combine(until, time.max, UTC))
    return query


def story_order(query):
    """Originals first (earliest first), each followed by its copies (earliest first)."""
    original = func.coalesce(Article.duplicate_of, Article.id)
    moment = func.coalesce(Article.published_at, Article.crawled_at)
    other = aliased(Article)
    original_moment = (
        select(func.coalesce(other.published_at, other.crawled_at))
        .where(other.id == original)
        .scalar_subquery()
    )
    copies = Article.duplicate_of.is_not(None)
    return query.order_by(None).order_by(original_moment, original, copies, moment, Article.id)


def versions(session, article: Article) -> list[tuple[int, str | None, str, datetime]]:
    """(version, title, text, last seen) of every version of ``article``, oldest first."""
    earlier = session.scalars(
        select(ArticleVersion)
        .where(ArticleVersion.article_id == article.id)
        .order_by(ArticleVersion.version)
    )
    return [
        *((v.version, v.title, v.text, v.seen_at) for v in earlier),
        (article.version, article.title, article.text, article.last_seen_at),
    ]


def version_history(session, article: Article) -> str:
    """Each version of ``article``: a heading, then the first one's text, and for each later
    one a unified diff (title and text, line by line) against the one before."""
    lines = [f"article {article.id}: {article.url}"]
    previous = None
    for number, title, text, seen in versions(session, article):
        lines.append(f"\n== version {number} (last seen {iso(seen)})")
        current = [f"# {title or ''}", "", *text.splitlines()]
        if previous is None:
            lines.extend(current)
        else:
            lines.extend(
                difflib.unified_diff(
                    previous[1], current, f"version {previous[0]}", f"version {number}",
                    lineterm="",
                )
            )  # fmt: skip
        previous = (number, current)
    return "\n".join(lines) + "\n"


def day(value: str) -> date:
    """An argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


class Command(DatabaseCommand):
    def syntax(self) -> str:
        return (
            "[--lang CODE] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--story ID]"
            " [--watch NAME] [--limit N] [--format jsonl|csv] | --versions ID"
        )

    def short_desc(self) -> str:
        return "Print stored articles as JSON Lines or CSV"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--lang", help="only articles in this language (ISO 639-1)")
        parser.add_argument("--since", type=day, help="only articles published on or after")
        parser.add_argument("--until", type=day, help="only articles published on or before")
        parser.add_argument("--story", type=int, help="only this story (originals and copies)")
        parser.add_argument("--watch", help="only articles relevant to this watch, best first")
        parser.add_argument("--limit", type=int, help="at most this many articles")
        add_format_option(parser)
        parser.add_argument(
            "--versions", type=int, metavar="ID", help="one article's versions, as diffs"
        )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        database = self.database(args)
        if opts.versions is not None:
            with database.session() as session:
                article = session.get(Article, opts.versions)
                if article is None:
                    print(f"newsmon: error: no article {opts.versions}", file=sys.stderr)
                    self.exitcode = 1
                    return
                sys.stdout.write(version_history(session, article))
            return
        query = select(Article).order_by(Article.id)
        if opts.lang:
            query = query.where(Article.language == opts.lang)
        # The publication day as the outlet printed it, in its own time zone.
        if opts.since:
            query = query.where(Article.published_date >= opts.since)
        if opts.until:
            query = query.where(Article.published_date <= opts.until)
        if opts.story is not None:
            query = story_order(query.where(Article.story_id == opts.story))
        if opts.watch:
            query = (
                query.join(WatchScore, WatchScore.article_id == Article.id)
                .where(WatchScore.watch == opts.watch, WatchScore.relevant.is_(True))
                .order_by(None)
                .order_by(WatchScore.score.desc(), Article.id)
            )
        if opts.limit is not None:
            query = query.limit(opts.limit)
        with database.session() as session:
            articles = list(session.scalars(query))
            scores = watch_scores(session, [a.id for a in articles])
            records = [article_record(a, scores.get(a.id)) for a in articles]
        write_records(records, opts.format)


def watch_scores(session, article_ids: list[int]) -> dict[int, dict[str, float]]:
    """Each article's score per watch (one query per thousand articles)."""
    scores: dict[int, dict[str, float]] = {}
    for start in range(0, len(article_ids), 1000):
        chunk = article_ids[start : start + 1000]
        for row in session.execute(select(WatchScore).where(WatchScore.article_id.in_(chunk))):
            score = row[0]
            scores.setdefault(score.article_id, {})[score.watch] = score.score
    return scores
