"""Stories: the coverage of one event across outlets, copies included.

**Similarity.** Two articles (each with at least ``STORY_MIN_WORDS`` words) are
as similar as the lower of two cosines: that of their content-term vectors and
that of their names vectors (names, places, numbers, dates written in them; see
:mod:`pipelines.similarity.terms`; the first alone when a text has no names).
Same words *and* same names: two earthquakes share the vocabulary of
earthquakes, not their places and magnitudes.

**Comparable.** Two dated articles are compared when their publication times
are at most ``STORY_WINDOW_DAYS`` apart. An article without a date has no time
of its own: it is compared with the articles *first seen* within the window of
its own first sighting (those its crawl or replay brought along, dated or not),
and takes the time of the story it joins (a story's first and last seen come from
its dated articles when it has any).

**Stories.** Comparable articles at least ``STORY_THRESHOLD`` similar are
*linked*; the links form connected groups (components). Each component is cut
into stories by complete-link clustering: the two most similar groups are
joined while every comparable pair across them is at least ``STORY_THRESHOLD``
similar (pairs too far apart in time neither join nor block). No story is held
together by a chain of links: every member resembles every other member it
can be compared with.

**Order.** The clustering is a function of the component alone: its members are
taken in the order of their URL digests, and ties go to the first pair. When an
article arrives, the component it touches is clustered again; so the partition
into stories depends only on the set of articles, never on their order or the
number of runs. Story ids: each new group keeps the id most of its members had
(the new article's group chooses first, then the bigger), or opens a new story; a story left with no
members is *merged* into the one that took most of them (``stories.merged_into``).
Ids are never reused.

**Cost.** Vectors are persisted (``article_features``) and loaded per day bucket
(publication day of dated articles, first-seen day of all) the first time a window
needs that day; links found are kept in memory. An article costs one pre-filtered
comparison with the articles of its window and one clustering of its component
(tens of articles), whatever the size of the archive.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
from sqlalchemy import select

from pipelines.similarity.terms import TermVector, cosine, unpack
from pipelines.similarity.urls import url_hash
from pipelines.storage.database import Database
from pipelines.storage.models import Article, ArticleFeatures

logger = logging.getLogger(__name__)

DAY = 86400.0
# The numpy pre-filter sums in another order than cosine(): let near misses through to it.
PREFILTER_SLACK = 1e-4
# A pair the window does not compare: it neither joins nor blocks in the clustering.
UNKNOWN = np.nan
# The id an article has while it is decided, before the store gives it its own.
PENDING = 0
# A comparable pair under the threshold: it blocks a join.
APART = -1.0


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def event_time(item) -> datetime:
    """The time an article is placed at: published, else first seen."""
    return aware(item.published or item.fetched_at or datetime.now(UTC))


@dataclass(slots=True)
class Entry:
    """An article that can take part in stories: its times, vectors and story."""

    article_id: int
    key: int  # URL digest: the order clustering takes members in
    moment: float  # published, else first seen (UNIX seconds)
    seen: float  # first seen
    dated: bool
    vector: TermVector
    story_id: int = 0

    def comparable(self, other: Entry, window: float) -> bool:
        """Dated pairs by publication, pairs with an undated article by first sighting."""
        if self.dated and other.dated:
            return abs(self.moment - other.moment) <= window
        return abs(self.seen - other.seen) <= window


def similarity(first: TermVector, second: TermVector) -> float:
    """The lower of the content-term and the names cosine (the content-term cosine alone
    when a text writes no names: scripts without capitals, texts of numbers only)."""
    terms, _ = cosine(first, second)
    if not first.names or not second.names:
        return terms
    names, _ = cosine(first.names, second.names)
    return min(terms, names)


class DayBucket:
    """The entries of one day, with their content-term vectors as flat arrays (term ids,
    weights, owning entry) for a vectorised pre-filter, extended as articles arrive."""

    def __init__(self):
        self.entries: list[Entry] = []
        self._flat = (np.empty(0, np.uint32), np.empty(0, np.float64), np.empty(0, np.int64))
        self._pending: list[TermVector] = []

    def append(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._pending.append(entry.vector)

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All vectors as flat arrays: term ids, weights, and the entry each belongs to."""
        if self._pending:
            first = len(self.entries) - len(self._pending)
            lengths = [len(v.ids) for v in self._pending]
            ids = np.fromiter((i for v in self._pending for i in v.ids), np.uint32, sum(lengths))
            weights = np.fromiter(
                (w for v in self._pending for w in v.weights), np.float64, sum(lengths)
            )
            owners = np.repeat(np.arange(first, len(self.entries)), lengths)
            self._flat = tuple(
                np.concatenate([old, new])
                for old, new in zip(self._flat, (ids, weights, owners), strict=True)
            )
            self._pending = []
        return self._flat

    def candidates(self, vector: TermVector, threshold: float) -> list[Entry]:
        """The entries whose content-term cosine with ``vector`` may reach ``threshold``."""
        if not self.entries or not vector:
            return []
        ids, weights, owner = self.arrays()
        query_ids = np.asarray(vector.ids, dtype=np.uint32)
        query_weights = np.asarray(vector.weights, dtype=np.float64)
        position = np.minimum(np.searchsorted(query_ids, ids), len(query_ids) - 1)
        hit = query_ids[position] == ids
        scores = np.bincount(
            owner[hit], weights=weights[hit] * query_weights[position[hit]], minlength=len(self)
        )
        return [self.entries[i] for i in np.flatnonzero(scores >= threshold - PREFILTER_SLACK)]

    def __len__(self) -> int:
        return len(self.entries)


@dataclass
class StoryGroup:
    """One story after a re-clustering: its id (None: a new story), the stored articles
    that must move to it, and the stories merged into it."""

    story_id: int | None
    members: list[int] = field(default_factory=list)
    absorbed: list[int] = field(default_factory=list)


class StoryIndex:
    """Entries by day (loaded on first use), the links found so far, story merges."""

    def __init__(
        self, database: Database | None, window_days: float, threshold: float, min_words: int
    ):
        self.database = database
        self.min_words = min_words
        self.window = window_days * DAY
        self.threshold = threshold
        self.entries: dict[int, Entry] = {}
        self.by_moment: dict[int, DayBucket] = {}  # dated entries by publication day
        self.by_seen: dict[int, DayBucket] = {}  # all entries by first-seen day
        self.links: dict[int, dict[int, float]] = {}
        self.merged_into: dict[int, int] = {}

    # --- loading -------------------------------------------------------------
    def _buckets(self, family: dict[int, DayBucket], days: range, column) -> list[DayBucket]:
        """The buckets of ``days``; those not loaded yet are read with one query (a window's
        days one by one took most of this stage's time, mostly finding nothing)."""
        missing = [day for day in days if day not in family]
        if missing:
            loaded = {day: DayBucket() for day in missing}
            for entry in self._load_days(missing[0], missing[-1] + 1, column):
                moment = entry.moment if column is ArticleFeatures.event_time else entry.seen
                bucket = loaded.get(math.floor(moment / DAY))
                if bucket is not None:  # (not a day loaded before)
                    bucket.append(self.entries.setdefault(entry.article_id, entry))
            family.update(loaded)
        return [family[day] for day in days]

    def _load_days(self, first: int, end_day: int, column) -> list[Entry]:
        """The stored entries whose ``column`` falls on days ``first`` to ``end_day``
        (excluded), in article id order."""
        if self.database is None:
            return []
        start = datetime.fromtimestamp(first * DAY, UTC)
        end = datetime.fromtimestamp(end_day * DAY, UTC)
        query = (
            select(
                Article.id, Article.url, Article.story_id, Article.crawled_at,
                ArticleFeatures.event_time, ArticleFeatures.dated,
                ArticleFeatures.terms, ArticleFeatures.names,
            )
            .join(ArticleFeatures, ArticleFeatures.article_id == Article.id)
            .where(
                column >= start, column < end,
                ArticleFeatures.terms.is_not(None),
                ArticleFeatures.words >= self.min_words,
                Article.story_id.is_not(None),
            )
            .order_by(Article.id)
        )  # fmt: skip
        if column is ArticleFeatures.event_time:
            query = query.where(ArticleFeatures.dated.is_not(False))
        with self.database.session() as session:
            return [
                Entry(
                    row.id, url_hash(row.url), aware(row.event_time).timestamp(),
                    aware(row.crawled_at).timestamp(), row.dated is not False,
                    unpack(row.terms, row.names), row.story_id,
                )
                for row in session.execute(query)
            ]  # fmt: skip

    def _days(self, moment: float) -> range:
        first, last = (math.floor((moment + sign * self.window) / DAY) for sign in (-1, 1))
        return range(first, last + 1)

    def _candidates(self, entry: Entry) -> list[Entry]:
        """Stored entries in ``entry``'s windows whose content terms may reach the threshold."""
        found: dict[int, Entry] = {}
        # Undated ones by first sighting (all if undated).
        for bucket in self._buckets(self.by_seen, self._days(entry.seen), Article.crawled_at):
            for other in bucket.candidates(entry.vector, self.threshold):
                if entry.dated and other.dated:
                    continue
                found[other.article_id] = other
        if entry.dated:
            days = self._days(entry.moment)
            for bucket in self._buckets(self.by_moment, days, ArticleFeatures.event_time):
                for other in bucket.candidates(entry.vector, self.threshold):
                    found[other.article_id] = other
        found.pop(entry.article_id, None)
        return [found[key] for key in sorted(found)]

    def neighbours(self, entry: Entry) -> dict[int, float]:
        """The entries ``entry`` is linked to, with their similarity (found once, then kept)."""
        if entry.article_id not in self.links:
            self.links[entry.article_id] = {
                other.article_id: score
                for other in self._candidates(entry)
                if other.comparable(entry, self.window)
                and (score := similarity(entry.vector, other.vector)) >= self.threshold
            }
        return self.links[entry.article_id]

    # --- deciding ------------------------------------------------------------
    def component(self, entry: Entry) -> list[Entry]:
        """The entries connected to ``entry`` by links, in URL-digest order."""
        seen = {entry.article_id: entry}
        frontier = [entry]
        while frontier:
            current = frontier.pop()
            for other_id in self.neighbours(current):
                if other_id not in seen:
                    seen[other_id] = self.entries[other_id]
                    frontier.append(seen[other_id])
        return sorted(seen.values(), key=lambda e: (e.key, e.article_id))

    def similarities(self, members: list[Entry]) -> np.ndarray:
        """Pairwise similarities: linked pairs their score, comparable others :data:`APART`,
        pairs out of each other's window :data:`UNKNOWN`."""
        size = len(members)
        matrix = np.full((size, size), UNKNOWN)
        position = {e.article_id: i for i, e in enumerate(members)}
        for i, first in enumerate(members):
            for j in range(i + 1, size):
                if first.comparable(members[j], self.window):
                    matrix[i, j] = matrix[j, i] = APART
            for other_id, score in self.links.get(first.article_id, {}).items():
                if other_id in position:
                    matrix[i, position[other_id]] = matrix[position[other_id], i] = score
        return matrix

    def decide(self, entry: Entry) -> list[StoryGroup]:
        """The stories of ``entry``'s component once it joins: its own group first."""
        self.links.pop(PENDING, None)  # an earlier article that was not stored
        members = self.component(entry)
        clusters = complete_link(self.similarities(members), self.threshold)
        groups = [[members[i] for i in cluster] for cluster in clusters]
        groups.sort(key=lambda g: (entry not in g, -len(g), g[0].key))
        return assign_ids(groups, entry)

    # --- updates -------------------------------------------------------------
    def add(self, entry: Entry, groups: list[StoryGroup]) -> None:
        """Register a stored article and the story ids its groups were given."""
        self.entries[entry.article_id] = entry
        self.links[entry.article_id] = self.links.pop(PENDING, {})
        for other_id, score in self.links.get(entry.article_id, {}).items():
            self.links.setdefault(other_id, {})[entry.article_id] = score
        for group in groups:
            for article_id in group.members:
                self.entries[article_id].story_id = group.story_id
            for story_id in group.absorbed:
                self.merged_into[story_id] = group.story_id
        self._place(self.by_seen, math.floor(entry.seen / DAY), Article.crawled_at, entry)
        if entry.dated:
            day = math.floor(entry.moment / DAY)
            self._place(self.by_moment, day, ArticleFeatures.event_time, entry)

    def _place(self, family: dict[int, DayBucket], day: int, column, entry: Entry) -> None:
        if day in family:
            family[day].append(entry)
        else:  # loaded from the database, where the store has just written the article
            self._buckets(family, range(day, day + 1), column)

    def resolve(self, story_id: int) -> int:
        """The story a (possibly merged) story id now belongs to."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id


def complete_link(matrix: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative complete-link clustering: join the most similar pair of groups while
    the lowest known similarity across them reaches ``threshold`` (NaN: unknown, ignored;
    ties go to the first pair)."""
    similar = matrix.copy()
    np.fill_diagonal(similar, UNKNOWN)
    clusters = {i: [i] for i in range(len(matrix))}
    while len(clusters) > 1 and not np.all(np.isnan(similar)):
        best = int(np.nanargmax(similar))
        first, second = divmod(best, len(matrix))
        if similar[first, second] < threshold:
            break
        first, second = min(first, second), max(first, second)
        similar[first] = np.fmin(similar[first], similar[second])
        similar[:, first] = similar[first]
        similar[first, first] = UNKNOWN
        similar[second] = similar[:, second] = UNKNOWN
        clusters[first] += clusters.pop(second)
    return [sorted(members) for members in clusters.values()]


def assign_ids(groups: list[list[Entry]], entry: Entry) -> list[StoryGroup]:
    """Story ids for new groups: each takes the id most of its members had, unless a
    bigger group took it; stories left without members are merged into the group that took
    most of them. Only stored articles whose story changes are listed as members."""
    taken: dict[int, StoryGroup] = {}
    result = []
    for members in groups:
        counts: dict[int, int] = {}
        for member in members:
            if member.story_id:
                counts[member.story_id] = counts.get(member.story_id, 0) + 1
        choice = sorted((-n, story) for story, n in counts.items() if story not in taken)
        group = StoryGroup(choice[0][1] if choice else None)
        if group.story_id is not None:
            taken[group.story_id] = group
        group.members = [
            m.article_id for m in members if m is not entry and m.story_id != group.story_id
        ]
        result.append((group, counts))
    for story in sorted({m.story_id for g in groups for m in g if m.story_id} - set(taken)):
        heir = max(result, key=lambda pair: pair[1].get(story, 0))[0]
        heir.absorbed.append(story)
    return [group for group, _ in result]
