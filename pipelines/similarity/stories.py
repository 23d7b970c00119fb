"""Stories: the coverage of one event across outlets, copies included.

Two articles are *linked* when

* one is a copy of the other (see :mod:`pipelines.similarity.copies`), or
* both have at least ``STORY_MIN_WORDS`` words, their times (published, else
  first seen) are at most ``STORY_WINDOW_DAYS`` apart, the cosine similarity of
  their content-term vectors (:mod:`pipelines.similarity.terms`) is at least
  ``STORY_THRESHOLD`` and they share at least ``STORY_MIN_SHARED_TERMS`` terms.

A story is a connected component of that relation. Because a link depends on
the two articles alone (term weights use no corpus statistics), the stories do
not depend on the order articles arrive in, nor on how many runs bring them:
a new article joins the story it links to, opens one if it links to none, and
merges stories it bridges (the lowest story id is kept). Nothing is
re-clustered.

Term vectors are persisted (``article_features``) and loaded per day bucket the
first time a window needs that day: one query per day of the crawl's windows,
never one per article.
"""

from __future__ import annotations

import logging
import math
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import select

from pipelines.similarity.terms import TermVector, cosine, unpack
from pipelines.storage.database import Database
from pipelines.storage.models import Article, ArticleFeatures

logger = logging.getLogger(__name__)

DAY = 86400.0
# The numpy pre-filter sums in another order than cosine(): let near misses through to it.
PREFILTER_SLACK = 1e-4


def event_time(item) -> datetime:
    """The time a story window is measured on: published, else first seen."""
    moment = item.published or item.fetched_at or datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class DayBucket:
    """The articles of one day that can link by similarity, with their vectors.

    The vectors are also kept as flat arrays (term ids, weights, owning entry),
    extended as articles arrive, for a vectorised pre-filter.
    """

    def __init__(self):
        self.article_ids: list[int] = []
        self.story_ids: list[int] = []
        self.times: list[float] = []
        self.vectors: list[TermVector] = []
        self._flat = (np.empty(0, np.uint32), np.empty(0, np.float64), np.empty(0, np.int64))
        self._pending: list[TermVector] = []

    def append(self, article_id: int, story_id: int, moment: float, vector: TermVector) -> None:
        self.article_ids.append(article_id)
        self.story_ids.append(story_id)
        self.times.append(moment)
        self.vectors.append(vector)
        self._pending.append(vector)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All vectors as flat arrays: term ids, weights, and the entry each belongs to."""
        if self._pending:
            first = len(self.vectors) - len(self._pending)
            lengths = [len(v.ids) for v in self._pending]
            ids = np.fromiter((i for v in self._pending for i in v.ids), np.uint32, sum(lengths))
            weights = np.fromiter(
                (w for v in self._pending for w in v.weights), np.float64, sum(lengths)
            )
            owners = np.repeat(np.arange(first, len(self.vectors)), lengths)
            self._flat = tuple(
                np.concatenate([old, new])
                for old, new in zip(self._flat, (ids, weights, owners), strict=True)
            )
            self._pending = []
        return self._flat

    def similar(self, vector: TermVector, threshold: float, min_shared: int) -> list[tuple]:
        """(entry, cosine, shared terms) of the entries that may reach both limits.

        Cosines are summed by numpy here, in another order than :func:`cosine`;
        the caller recomputes those within :data:`PREFILTER_SLACK` of the threshold.
        """
        if not self.vectors or not vector:
            return []
        ids, weights, owner = self.arrays()
        query_ids = np.asarray(vector.ids, dtype=np.uint32)
        query_weights = np.asarray(vector.weights, dtype=np.float64)
        position = np.minimum(np.searchsorted(query_ids, ids), len(query_ids) - 1)
        hit = query_ids[position] == ids
        owners = owner[hit]
        scores = np.bincount(
            owners, weights=weights[hit] * query_weights[position[hit]], minlength=len(self)
        )
        shared = np.bincount(owners, minlength=len(self))
        entries = np.flatnonzero((scores >= threshold - PREFILTER_SLACK) & (shared >= min_shared))
        return list(
            zip(entries.tolist(), scores[entries].tolist(), shared[entries].tolist(), strict=True)
        )

    def __len__(self) -> int:
        return len(self.vectors)


class StoryIndex:
    """Day buckets of term vectors (loaded on first use) and the story merges of this run."""

    def __init__(
        self,
        database: Database | None,
        window_days: float,
        threshold: float,
        min_shared: int,
        min_words: int,
    ):
        self.database = database
        self.min_words = min_words
        self.window = window_days * DAY
        self.threshold = threshold
        self.min_shared = min_shared
        self.days: dict[int, DayBucket] = {}
        self.merged_into: dict[int, int] = {}

    def resolve(self, story_id: int) -> int:
        """The story a (possibly merged) story id now belongs to."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    def bucket(self, day: int) -> DayBucket:
        if day not in self.days:
            self.days[day] = self._load_day(day)
        return self.days[day]

    def _load_day(self, day: int) -> DayBucket:
        bucket = DayBucket()
        if self.database is None:
            return bucket
        start = datetime.fromtimestamp(day * DAY, UTC)
        end = datetime.fromtimestamp((day + 1) * DAY, UTC)
        query = (
            select(Article.id, Article.story_id, ArticleFeatures.event_time, ArticleFeatures.terms)
            .join(ArticleFeatures, ArticleFeatures.article_id == Article.id)
            .where(
                ArticleFeatures.event_time >= start,
                ArticleFeatures.event_time < end,
                ArticleFeatures.terms.is_not(None),
                ArticleFeatures.words >= self.min_words,
                Article.story_id.is_not(None),
            )
            .order_by(Article.id)
        )
        with self.database.session() as session:
            for row in session.execute(query):
                bucket.append(row.id, row.story_id, row.event_time.timestamp(), unpack(row.terms))
        return bucket

    def linked_stories(self, vector: TermVector, moment: datetime) -> set[int]:
        """The stories of stored articles that ``vector`` at ``moment`` links to."""
        when = moment.timestamp()
        found = set()
        first, last = math.floor((when - self.window) / DAY), math.floor((when + self.window) / DAY)
        for day in range(first, last + 1):
            bucket = self.bucket(day)
            for entry, score, _ in bucket.similar(vector, self.threshold, self.min_shared):
                if abs(bucket.times[entry] - when) > self.window:
                    continue
                if abs(score - self.threshold) < PREFILTER_SLACK:
                    score, _ = cosine(vector, bucket.vectors[entry])
                if score >= self.threshold:
                    found.add(self.resolve(bucket.story_ids[entry]))
        return found

    def add(
        self, article_id: int, story_id: int, moment: datetime, vector: TermVector | None
    ) -> None:
        """Register a stored article (with ``vector`` if it may link by similarity)."""
        day = math.floor(moment.timestamp() / DAY)
        if day not in self.days:
            self.bucket(day)  # loads the day from the database, this article included
        elif vector:
            self.days[day].append(article_id, story_id, moment.timestamp(), vector)

    def merge(self, merged: list[int], kept: int) -> None:
        for story_id in merged:
            if story_id != kept:
                self.merged_into[story_id] = kept


def story_decision(linked: set[int]) -> tuple[int | None, list[int]]:
    """The story a new article joins (the lowest linked id) and the stories merged into it."""
    if not linked:
        return None, []
    kept = min(linked)
    return kept, sorted(linked - {kept})
