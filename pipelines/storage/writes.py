"""Storage: new articles are inserted, known ones updated, edits kept as versions.

Copies and stories are decided upstream (dedup, stories); the store writes the
decisions: a new story row, copies re-pointed to an earlier original, stories
merged by a bridging article, watch scores; the counts of the stories a batch
touched are refreshed once, just before it commits. After each
write it sends ``article_stored`` so the in-memory indexes follow the database.

Commits come in batches. Each item's rows are written at once, in the store's
open transaction (so ids are known and ``article_stored`` goes out as before),
each item inside a savepoint of its own (a bad article costs only itself); the
transaction is committed once per ``STORE_BATCH_SIZE`` articles or
``STORE_BATCH_SECONDS``, at close, and at exit if the crawl ends without a clean
close. A session opened on the same database meanwhile works inside the open
batch (:meth:`Database.session`): reads see every article the indexes know,
and other pipelines' writes are committed with the batch.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import aliased

from pipelines.similarity.terms import pack
from pipelines.storage.models import (
    Article,
    ArticleFeatures,
    Story,
    WatchScore,
)

logger = logging.getLogger(__name__)


# Stories recounted per query: well under every database's limit on bound parameters.
RECOUNT_CHUNK = 500


def source_name(item) -> str:
    """The outlet an article appeared in: its own site name, else the configured source
    name, else the host (or, for local files, the file name)."""
    if item.site_name:
        return item.site_name
    if item.source:
        return item.source
    parts = urlsplit(item.canonical_url or item.url)
    return parts.hostname or PurePosixPath(parts.path).stem or "unknown"


def features_row(item, article: Article) -> ArticleFeatures:
    """What dedup and stories need of an article at the next start-up."""
    moment = item.published or article.crawled_at
    return ArticleFeatures(
        article_id=article.id,
        words=item.words,
        signature=item.signature,
        terms=pack(item.terms) if item.terms else None,
        event_time=moment,
    )


def repoint_copies(session, item) -> None:
    """Former originals that ``item`` predates, and their copies, now point to the original."""
    if not item.absorbed_originals:
        return
    original = item.duplicate_of if item.duplicate_of is not None else item.article_id
    session.execute(
        update(Article)
        .where(
            or_(
                Article.id.in_(item.absorbed_originals),
                Article.duplicate_of.in_(item.absorbed_originals),
            ),
            Article.id != original,
        )
        .values(duplicate_of=original)
    )


def merge_stories(session, merged: list[int], kept: int) -> None:
    """Stories bridged by a new article become one: ``kept``."""
    if not merged:
        return
    session.execute(update(Article).where(Article.story_id.in_(merged)).values(story_id=kept))
    session.execute(delete(Story).where(Story.id.in_(merged)))


def refresh_stories(session, story_ids: Iterable[int]) -> None:
    """Recount stories: articles, outlets, languages, first and last seen, title.

    The title is that of the most republished original (the most copies), then
    the earliest (published, else first seen), then the lowest URL: it does not
    depend on the order the articles arrived in. A few grouped queries per
    :data:`RECOUNT_CHUNK` stories, so a batch pays them once, not once per article.
    """
    ids = sorted(set(story_ids))
    for first in range(0, len(ids), RECOUNT_CHUNK):
        _refresh_chunk(session, ids[first : first + RECOUNT_CHUNK])


def _refresh_chunk(session, ids: list[int]) -> None:
    moment = func.coalesce(Article.published_at, Article.crawled_at)
    counts = {
        row.story_id: row
        for row in session.execute(
            select(
                Article.story_id,
                func.count().label("articles"),
                func.count(func.distinct(Article.source)).label("outlets"),
                func.min(moment).label("first"),
                func.max(moment).label("last"),
            )
            .where(Article.story_id.in_(ids))
            .group_by(Article.story_id)
        )
    }
    languages: dict[int, list[str]] = {}
    for story_id, language in session.execute(
        select(Article.story_id, Article.language)
        .where(Article.story_id.in_(ids), Article.language.is_not(None))
        .distinct()
        .order_by(Article.story_id, Article.language)
    ):
        languages.setdefault(story_id, []).append(language)
    titles = {row.story_id: row for row in session.execute(_title_articles(ids, moment))}
    for story in session.scalars(select(Story).where(Story.id.in_(ids))):
        count = counts.get(story.id)
        title = titles.get(story.id)
        spoken = languages.get(story.id, [])
        story.article_count = count.articles if count else 0
        story.outlet_count = count.outlets if count else 0
        story.first_seen = _aware(count.first) if count else None
        story.last_seen = _aware(count.last) if count else None
        story.languages, story.language_count = ",".join(spoken), len(spoken)
        story.title_article_id, story.title = (title.id, title.title) if title else (None, None)
        story.updated_at = datetime.now(UTC)


def _title_articles(ids: list[int], moment):
    """Per story, the original that gives it its title (see :func:`refresh_stories`)."""
    copies = aliased(Article)
    copy_count = select(func.count()).where(copies.duplicate_of == Article.id).scalar_subquery()
    rank = (
        func.row_number()
        .over(partition_by=Article.story_id, order_by=(copy_count.desc(), moment, Article.url))
        .label("rank")
    )
    ranked = (
        select(Article.story_id, Article.id, Article.title, rank)
        .where(Article.story_id.in_(ids), Article.duplicate_of.is_(None))
        .subquery()
    )
    return select(ranked.c.story_id, ranked.c.id, ranked.c.title).where(ranked.c.rank == 1)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite's MIN/MAX over a COALESCE returns text or naive datetimes: make them UTC.
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def store_watch_scores(session, item) -> None:
    """The item's relevance to each watch (replacing earlier scores of the article)."""
    if not item.watch_scores:
        return
    session.execute(delete(WatchScore).where(WatchScore.article_id == item.article_id))
    session.add_all(
        WatchScore(article_id=item.article_id, watch=name, score=score, relevant=relevant)
        for name, (score, relevant) in sorted(item.watch_scores.items())
    )
