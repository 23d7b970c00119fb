"""Stage 6, watch: each article scored for relevance to the watches of the sources file."""

from __future__ import annotations

import asyncio
import logging

import scrapy
from scrapy.exceptions import DropItem
from sqlalchemy import select

from crawler.database import crawl_database
from crawler.guard import OPERATOR_URL
from crawler.options import watch_irrelevant
from crawler.runs import fail_run
from crawler.sources import Watch
from pipelines.similarity.copies import normalise_text
from pipelines.similarity.terms import TermVector, term_vector
from pipelines.similarity.urls import canonical_url
from pipelines.similarity.watches import (
    WatchProfile,
    example_article,
    is_url,
    read_example_file,
    relevance,
    watch_profile,
)
from pipelines.storage.models import Article
from pipelines.text.extraction import extract_article

logger = logging.getLogger(__name__)


class WatchPipeline:
    """Scores every article against every watch of the spider's sources file."""

    # The stages whose output it reads (checked at start-up).
    after = ("FeaturesPipeline",)

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.min_score = settings.getfloat("WATCH_MIN_SCORE")
        self.irrelevant = watch_irrelevant(settings)
        self.database = crawl_database(crawler)
        self.watches: list[Watch] = []
        self.profiles: list[WatchProfile] | None = None
        self.unreadable: str | None = None  # a watch example without text: the run stops
        self.loading: asyncio.Future | None = None  # the URL examples being fetched

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.watches = list(self.crawler.spider.watches)
        if not any(is_url(e) for w in self.watches for e in w.examples):
            self.profiles = [self._profile(w, {}) for w in self.watches]

    async def process_item(self, item):
        if not self.watches:
            return item
        if self.profiles is None:
            # Items arrive concurrently: the first starts the fetch, all wait for it.
            if self.loading is None:
                self.loading = asyncio.ensure_future(self._fetch_url_examples())
            fetched, down = await self.loading
            if self.profiles is None:
                self.profiles = [self._profile(w, fetched) for w in self._usable(down)]
        if self.unreadable:
            raise DropItem(f"Not scored: {self.unreadable}")
        if not self.profiles:  # every watch skipped: nothing to score against
            return item
        if item.terms is None:  # not made by the features step
            item.terms = term_vector(item.title, item.text, item.language)
        normalised = normalise_text(f"{item.title or ''}\n{item.text}")
        scores = {p.name: relevance(p, item.terms, normalised) for p in self.profiles}
        item.watch_scores = {name: (s, s >= self.min_score) for name, s in scores.items()}
        item.relevant = any(relevant for _, relevant in item.watch_scores.values())
        if not item.relevant:
            self.crawler.stats.inc_value("newsmon/watch/irrelevant")
            if self.irrelevant == "drop":
                raise DropItem(f"Relevant to no watch: {item.url}")
        return item

    def _profile(self, watch: Watch, fetched: dict[str, TermVector]) -> WatchProfile:
        examples = [
            fetched.get(e, TermVector()) if is_url(e) else read_example_file(e)
            for e in watch.examples
        ]
        return watch_profile(watch, examples)

    def _usable(self, down: dict[str, str]) -> list[Watch]:
        """The watches whose examples could all be read; the others are reported, skipped."""
        usable = []
        for watch in self.watches:
            missing = [e for e in watch.examples if e in down]
            if not missing:
                usable.append(watch)
                continue
            self.crawler.stats.inc_value("newsmon/watch/skipped")
            logger.error(
                "Watch %r skipped in this run: example %s could not be fetched (%s)",
                watch.name,
                missing[0],
                down[missing[0]],
            )
        return usable

    async def _fetch_url_examples(self) -> tuple[dict[str, TermVector], dict[str, str]]:
        """URL examples: from the database if stored, else downloaded once. Returns the
        examples read and, for those that could not be fetched, why. A page fetched without
        article text stops the run: the watch would score nothing."""
        found, down = {}, {}
        for url in sorted({e for w in self.watches for e in w.examples if is_url(e)}):
            with self.database.session() as session:
                stored = session.execute(
                    select(Article.title, Article.text).where(Article.url == canonical_url(url))
                ).first()
            if stored:
                found[url] = example_article(stored.text, stored.title)
                continue
            try:
                response = await self.crawler.engine.download_async(
                    scrapy.Request(url, meta={OPERATOR_URL: True})
                )
            except Exception as error:  # down: the watches using it are skipped
                down[url] = str(error) or type(error).__name__
                continue
            if response.status >= 400:
                down[url] = f"HTTP {response.status}"
                continue
            extracted = extract_article(response.body, response.url)
            if not extracted.text:
                self.unreadable = f"watch example {url} has no article text ({extracted.reason})"
                fail_run(self.crawler, self.unreadable)
                continue
            found[url] = example_article(extracted.text, extracted.title)
        return found, down
