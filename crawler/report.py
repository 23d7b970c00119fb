"""What happened since a moment: new and grown stories, new and updated articles per outlet,
copies found and sources in trouble, rendered as text or as one self-contained HTML file
(``templates/``, Jinja2) with a coverage timeline per story (:mod:`crawler.timeline`).

"New" means first stored in the period; an article is "updated" when it was stored before the
period, seen again in it, and has an earlier version (its text was edited at some point).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from crawler.monitors import SourceStatus, monitor_settings, source_statuses
from crawler.timeline import Timeline, timeline
from pipelines.storage.database import Database
from pipelines.storage.models import Article, CrawlRun, Story


@dataclass
class StoryEntry:
    """A story with articles new in the period."""

    id: int
    title: str
    outlets: list[str]
    languages: list[str]
    first_article: datetime | None
    last_article: datetime | None
    articles: int
    new_articles: int
    chart: Timeline
    undated: int = 0  # articles without a publication date, left off the chart

    @property
    def is_new(self) -> bool:
        return self.new_articles == self.articles


@dataclass
class Copy:
    """A new article found to copy another one."""

    source: str
    title: str
    url: str
    original_source: str
    original_title: str
    original_url: str


@dataclass
class Report:
    since: datetime | None
    made_at: datetime
    stories: list[StoryEntry] = field(default_factory=list)
    more_stories: int = 0
    new_by_outlet: dict[str, list[Article]] = field(default_factory=dict)
    updated_by_outlet: dict[str, list[Article]] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    troubled: list[SourceStatus] = field(default_factory=list)

    @property
    def new_stories(self) -> list[StoryEntry]:
        return [story for story in self.stories if story.is_new]

    @property
    def grown_stories(self) -> list[StoryEntry]:
        return [story for story in self.stories if not story.is_new]


def last_run_start(database: Database) -> datetime | None:
    """When the latest finished crawl run started (None if there was none)."""
    with database.session() as session:
        return session.scalar(
            select(CrawlRun.started_at)
            .where(CrawlRun.finished_at.is_not(None))
            .order_by(CrawlRun.started_at.desc())
            .limit(1)
        )


def in_period(column, since: datetime | None):
    return column >= since if since else column.is_not(None)


def timeline_counts(articles: list[Article]) -> tuple[dict[tuple[date, str], int], int]:
    """Articles per (day, outlet) on their publication day, and how many have no date.

    Undated articles would stretch the chart to the day they were crawled, so they are left
    off, unless no article of the story has a date: then all count on the day they were stored.
    """
    dated = [a for a in articles if a.published_date]
    undated = len(articles) - len(dated)
    counts: dict[tuple[date, str], int] = defaultdict(int)
    for article in dated or articles:
        counts[(article.published_date or article.crawled_at.date(), article.source)] += 1
    return dict(counts), undated if dated else 0


def by_outlet(articles: list[Article]) -> dict[str, list[Article]]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        grouped[article.source].append(article)
    return dict(sorted(grouped.items()))


def story_entry(story: Story, articles: list[Article], since: datetime | None) -> StoryEntry:
    """A story's report entry, its timeline counted from all its articles."""
    counts, undated = timeline_counts(articles)
    moments = [a.published_at or a.crawled_at for a in articles]
    return StoryEntry(
        id=story.id,
        title=story.title or articles[0].title or "(untitled)",
        outlets=sorted({a.source for a in articles}),
        languages=sorted({a.language for a in articles if a.language}),
        first_article=min(moments),
        last_article=max(moments),
        articles=len(articles),
        new_articles=sum(1 for a in articles if not since or a.crawled_at >= since),
        chart=timeline(counts),
        undated=undated,
    )


def story_entries(session, since: datetime | None, limit: int) -> tuple[list[StoryEntry], int]:
    """Stories with new articles, most new articles first (at most ``limit``), and how many
    more there were."""
    ranked = list(
        session.execute(
            select(Article.story_id, func.count())
            .where(in_period(Article.crawled_at, since), Article.story_id.is_not(None))
            .group_by(Article.story_id)
            .order_by(func.count().desc(), Article.story_id)
        )
    )
    entries = []
    for story_id, _ in ranked[:limit]:
        story = session.get(Story, story_id)
        articles = list(
            session.scalars(
                select(Article).where(Article.story_id == story_id).order_by(Article.id)
            )
        )
        if story is not None and articles:
            entries.append(story_entry(story, articles, since))
    return entries, max(0, len(ranked) - limit)


def copies_found(session, since: datetime | None) -> list[Copy]:
    original = aliased(Article)
    query = (
        select(Article, original)
        .join(original, original.id == Article.duplicate_of)
        .where(in_period(Article.crawled_at, since))
        .order_by(Article.id)
    )
    return [
        Copy(a.source, a.title or a.url, a.url, o.source, o.title or o.url, o.url)
        for a, o in session.execute(query)
    ]


def build_report(database: Database, settings, since: datetime | None) -> Report:
    """Everything new since ``since`` (everything stored, if None)."""
    report = Report(since=since, made_at=datetime.now(UTC))
    with database.session() as session:
        report.stories, report.more_stories = story_entries(
            session, since, settings.getint("REPORT_MAX_STORIES")
        )
        new = session.scalars(
            select(Article).where(in_period(Article.crawled_at, since)).order_by(Article.id)
        )
        report.new_by_outlet = by_outlet(list(new))
        if since:
            updated = session.scalars(
                select(Article)
                .where(
                    Article.crawled_at < since, Article.last_seen_at >= since, Article.version > 1
                )
                .order_by(Article.id)
            )
            report.updated_by_outlet = by_outlet(list(updated))
        report.copies = copies_found(session, since)
    failing_runs, unchanged_runs = monitor_settings(settings)
    report.troubled = [
        s for s in source_statuses(database, failing_runs, unchanged_runs) if s.state != "ok"
    ]
    return report


def templates() -> Environment:
    environment = Environment(
        loader=PackageLoader("crawler", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["moment"] = lambda m: m.strftime("%Y-%m-%d %H:%M") if m else "–"
    return environment


def render(report: Report, template: str) -> str:
    """The report through ``report.html.j2`` or ``report.txt.j2``."""
    return templates().get_template(template).render(report=report)
