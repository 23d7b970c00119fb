"""Text features, computed in the worker pool: what dedup, watches and stories compare.

Once site boilerplate is gone an article's text is final. Its copy features (text digest,
word count and MinHash signature, :func:`pipelines.dedup.copy_features`) and its content-term
vector (:func:`pipelines.terms.term_vector`) depend on that text alone and cost a few
milliseconds of CPU each. They are computed here, in the worker processes, so that the steps
that follow (dedup, stories, store), which must run one item at a time in the crawl's own
process, only look them up.
"""

from __future__ import annotations

from pipelines.dedup import DEFAULT_MIN_WORDS, CopyFeatures, copy_features
from pipelines.terms import TermVector, term_vector
from pipelines.workers import WorkerPool, worker_pool

WARM_UP = ("A sentence to fingerprint in every worker before the first article arrives.", None)


def text_features(
    text: str, title: str | None, language: str | None, min_words: int = DEFAULT_MIN_WORDS
) -> tuple[CopyFeatures, TermVector]:
    """The copy features and the content-term vector of an article's final text."""
    return copy_features(text, min_words), term_vector(title, text, language)


class FeaturesPipeline:
    """Sets ``text_hash``, ``words``, ``signature`` and ``terms`` from the worker pool."""

    def __init__(self, min_words: int, pool: WorkerPool):
        self.min_words = min_words
        self.pool = pool

    @classmethod
    def from_crawler(cls, crawler):
        pool = worker_pool(crawler)
        pool.warm_up(text_features, *WARM_UP, "en")
        return cls(crawler.settings.getint("DEDUP_MIN_WORDS", DEFAULT_MIN_WORDS), pool)

    async def process_item(self, item):
        text = item.text or ""
        features, terms = await self.pool.run(
            text_features, text, item.title, item.language, self.min_words
        )
        if (item.text or "") != text:  # site boilerplate learned meanwhile changed the text
            features, terms = text_features(
                item.text or "", item.title, item.language, self.min_words
            )
        item.text_hash, item.words, item.signature = (
            features.text_hash,
            features.words,
            features.signature,
        )
        item.terms = terms
        return item
