"""Stage 8, story: which story a new article joins or opens, and how its component is
re-grouped (:mod:`pipelines.similarity.stories`)."""

from __future__ import annotations

from crawler.database import crawl_database
from crawler.signals import article_stored, indexes_stale
from pipelines.similarity.stories import PENDING, Entry, StoryGroup, StoryIndex, event_time
from pipelines.similarity.terms import term_vector
from pipelines.similarity.urls import url_hash
from pipelines.storage.database import Database


class StoryPipeline:
    """Sets ``terms``, ``story_id`` (None: a new story) and ``story_plan``: the groups of
    the article's component, its own first, that the store writes."""

    # The stages whose output it reads (checked at start-up).
    after = ("DedupPipeline",)

    def __init__(self, database: Database, **limits):
        self.database, self.limits = database, limits
        self.index = StoryIndex(database, **limits)
        self.min_words = self.index.min_words

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(
            crawl_database(crawler),
            window_days=settings.getfloat("STORY_WINDOW_DAYS"),
            threshold=settings.getfloat("STORY_THRESHOLD"),
            min_words=settings.getint("STORY_MIN_WORDS"),
        )
        crawler.signals.connect(pipeline.article_stored, signal=article_stored)
        crawler.signals.connect(pipeline.reload, signal=indexes_stale)
        return pipeline

    def reload(self, **_) -> None:
        """Other processes stored articles (distributed mode): the index forgets what it
        loaded and reads each day again when it next needs it."""
        self.index = StoryIndex(self.database, **self.limits)

    def process_item(self, item):
        if item.article_id is not None:
            return item  # a known article keeps its story
        if item.terms is None:
            item.terms = term_vector(item.title, item.text, item.language)
        entry = self._entry(item)
        if entry is None:  # too short to compare: it joins its copies' story, if any
            stories = sorted({self.index.resolve(story) for story in item.copy_stories})
            item.story_plan = [StoryGroup(stories[0] if stories else None, [], stories[1:])]
        else:
            item.story_plan = self.index.decide(entry)
        item.story_id = item.story_plan[0].story_id
        item.story_pending, item.story_entry = True, entry
        return item

    def _entry(self, item) -> Entry | None:
        if item.words < self.min_words or not item.terms:
            return None
        seen = item.fetched_at.timestamp()
        return Entry(
            PENDING, url_hash(item.canonical_url), event_time(item).timestamp(), seen,
            item.published is not None, item.terms,
        )  # fmt: skip

    def article_stored(self, item, **_):
        """The store wrote ``item`` (and its story plan): remember it."""
        if not item.story_pending:
            return
        entry = item.story_entry
        for group in item.story_plan:
            for story_id in group.absorbed:
                self.index.merged_into[story_id] = group.story_id
        if entry is None:
            return
        entry.article_id, entry.story_id = item.article_id, item.story_id
        self.index.add(entry, item.story_plan)
