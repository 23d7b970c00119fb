"""Stage 8, story: which story a new article joins, opens or merges."""

from __future__ import annotations

from crawler.database import crawl_database
from crawler.signals import article_stored
from pipelines.similarity.stories import (
    StoryIndex,
    event_time,
    story_decision,
)
from pipelines.similarity.terms import term_vector
from pipelines.storage.database import Database


class StoryPipeline:
    """Sets ``terms``, ``story_id`` (None: a new story) and ``merged_stories``."""

    # The stages whose output it reads (checked at start-up).
    after = ("DedupPipeline",)

    def __init__(self, database: Database, **limits):
        self.index = StoryIndex(database, **limits)
        self.min_words = self.index.min_words

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(
            crawl_database(crawler),
            window_days=settings.getfloat("STORY_WINDOW_DAYS"),
            threshold=settings.getfloat("STORY_THRESHOLD"),
            min_shared=settings.getint("STORY_MIN_SHARED_TERMS"),
            min_words=settings.getint("STORY_MIN_WORDS"),
        )
        crawler.signals.connect(pipeline.article_stored, signal=article_stored)
        return pipeline

    def process_item(self, item):
        if item.article_id is not None:
            return item  # a known article keeps its story
        if item.terms is None:
            item.terms = term_vector(item.title, item.text, item.language)
        linked = {self.index.resolve(story) for story in item.copy_stories}
        comparable = item.terms if item.words >= self.min_words and item.terms else None
        if comparable:
            linked |= self.index.linked_stories(comparable, event_time(item))
        item.story_id, item.merged_stories = story_decision(linked)
        item.story_pending = True
        return item

    def article_stored(self, item, **_):
        """The store wrote ``item`` (and opened or merged its story): remember it."""
        if not item.story_pending:
            return
        vector = item.terms if item.words >= self.min_words and item.terms else None
        self.index.merge(item.merged_stories, item.story_id)
        self.index.add(item.article_id, item.story_id, event_time(item), vector)
