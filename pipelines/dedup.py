"""Stage 7, dedup: known URLs, exact and near copies (:mod:`pipelines.similarity.copies`)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from sqlalchemy import select

from crawler.database import crawl_database
from crawler.signals import article_stored, indexes_stale
from pipelines.similarity.copies import (
    CopyDecision,
    CopyFeatures,
    CopyIndex,
    _timestamp,
    copy_features,
    fingerprint_key,
)
from pipelines.similarity.urls import article_url, canonical_url, url_hash
from pipelines.storage.database import Database
from pipelines.storage.models import Article

logger = logging.getLogger(__name__)


class DedupPipeline:
    """Sets ``canonical_url``, ``text_hash``, the MinHash ``signature`` and, for known
    articles and copies, ``article_id``, ``duplicate_of`` and ``absorbed_originals``.

    A page's declared canonical URL is its identity only when plausible
    (:func:`pipelines.similarity.urls.article_url`), is not one of the crawl's start URLs
    (feeds, sitemaps, section pages) and does not name a stored article with a clearly
    different text: otherwise the page keeps its own URL (``newsmon/canonical_ignored``),
    so that a template canonical cannot merge different articles into one.
    """

    # The stages whose output it reads (checked at start-up).
    after = ("DatePipeline", "FeaturesPipeline")

    def __init__(self, database: Database, threshold: float, min_words: int, containment: float):
        self.database = database
        self.min_words = min_words
        self.index = CopyIndex(threshold, containment)
        self.listings: set[int] = set()  # digests of the crawl's start URLs
        self.stats = self.crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(
            crawl_database(crawler),
            settings.getfloat("DEDUP_THRESHOLD"),
            settings.getint("DEDUP_MIN_WORDS"),
            settings.getfloat("DEDUP_CONTAINMENT"),
        )
        pipeline.stats, pipeline.crawler = crawler.stats, crawler
        crawler.signals.connect(pipeline.article_stored, signal=article_stored)
        crawler.signals.connect(pipeline.reload, signal=indexes_stale)
        return pipeline

    def open_spider(self):
        spider = getattr(self.crawler, "spider", None)
        self.listings = {
            url_hash(canonical_url(url))
            for outlet in getattr(spider, "outlets", None) or []
            for url in outlet.start_urls
        }
        started = time.perf_counter()
        self.index.load(self.database)
        logger.info(
            "Copy index: %d articles loaded in %.2f s",
            len(self.index),
            time.perf_counter() - started,
        )

    def reload(self, **_) -> None:
        """Other processes stored articles (distributed mode): read the index afresh."""
        self.index = CopyIndex(self.index.threshold, self.index.containment)
        self.index.load(self.database)

    def process_item(self, item):
        item.fetched_at = item.fetched_at or datetime.now(UTC)
        features = self._copy_features(item)
        item.canonical_url = self._identity(item, features)
        known = self.index.slot_of_url(item.canonical_url)
        if known is not None:
            item.article_id = self.index.ids[known]
            item.duplicate_of = self.index.original_id(known)
            item.copy_decision, item.known_slot = CopyDecision(), known
            return item
        if not features.words:
            item.copy_decision = CopyDecision()
            return item
        key = (
            _timestamp(item.published) or _timestamp(item.fetched_at),
            _timestamp(item.fetched_at),
            url_hash(item.canonical_url),
        )
        decision = self.index.decide(features, item.text, key, self._stored_text)
        if decision.groups:
            originals = [self.index.ids[root] for root in decision.groups]
            if decision.original is None:
                item.absorbed_originals = originals
            else:
                item.duplicate_of = self.index.ids[decision.original]
                item.absorbed_originals = [i for i in originals if i != item.duplicate_of]
            item.copy_stories = self.index.group_stories(decision)
            self.stats.inc_value("newsmon/dedup/copies")
        item.copy_decision = decision
        return item

    def _identity(self, item, features: CopyFeatures) -> str:
        """The URL ``item`` is stored under: its declared canonical if trusted, else its own."""
        own = canonical_url(item.url)
        declared = article_url(item.url, item.canonical_url)
        if declared == own:
            return own
        slot = self.index.slot_of_url(declared)
        if url_hash(declared) in self.listings or (
            slot is not None and self._other_article(slot, features)
        ):
            if self.stats is not None:
                self.stats.inc_value("newsmon/canonical_ignored")
            logger.info("Canonical %s of %s not trusted: kept the page's own URL", declared, own)
            return own
        return declared

    def _other_article(self, slot: int, features: CopyFeatures) -> bool:
        """Whether the article stored at ``slot`` has a clearly different text (not an edit)."""
        if self.index.by_text.get(fingerprint_key(features.text_hash)) == slot:
            return False
        if features.signature is None:
            return True
        estimate = self.index.signatures.estimated_jaccard(features.signature, [slot])[0]
        return estimate < self.index.threshold / 2

    def _copy_features(self, item) -> CopyFeatures:
        """The item's copy features: from the features step if it ran, else computed here."""
        if item.text_hash is None:
            features = copy_features(item.text, self.min_words)
            item.text_hash, item.signature, item.words = (
                features.text_hash,
                features.signature,
                features.words,
            )
        return CopyFeatures(item.text_hash, item.words, item.signature)

    def _stored_text(self, article_id: int) -> str | None:
        """An LSH candidate's text, to confirm the candidate with the exact Jaccard."""
        with self.database.session() as session:
            return session.scalar(select(Article.text).where(Article.id == article_id))

    def article_stored(self, item, **_):
        """The store wrote ``item``: make the index agree with the database."""
        if item.copy_decision is None:
            return  # not decided here (e.g. a store test without dedup)
        features = CopyFeatures(item.text_hash, item.words, item.signature)
        if item.known_slot is not None:
            self.index.update(item.known_slot, item, features)
        else:
            self.index.add(item, item.copy_decision, features)
