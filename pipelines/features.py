"""Stage 5, features: text digest, MinHash signature and term vector, in the worker pool."""

from __future__ import annotations

from crawler.workers import WorkerPool, worker_pool
from pipelines.similarity.features import (
    WARM_UP,
    text_features,
)


class FeaturesPipeline:
    """Sets ``text_hash``, ``words``, ``signature`` and ``terms`` from the worker pool."""

    # The stages whose output it reads (checked at start-up).
    after = ("LanguagePipeline", "BoilerplatePipeline")

    def __init__(self, min_words: int, pool: WorkerPool):
        self.min_words = min_words
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        min_words = crawler.settings.getint("DEDUP_MIN_WORDS")
        pool.warm_up(text_features, *WARM_UP, "en", min_words)
        return cls(min_words, pool)

    async def process_item(self, item):
        text = item.text or ""
        features, terms = await self.pool.run(
            text_features, text, item.title, item.language, self.min_words
        )
        item.text_hash, item.words, item.signature = (
            features.text_hash,
            features.words,
            features.signature,
        )
        item.terms = terms
        return item
