"""Watches: how relevant each article is to each ``[[watches]]`` entry of the sources file.

A watch is described by example articles (files: ``.txt`` texts or ``.html``
pages; or URLs) and/or keywords. An article's score for a watch is the larger of

* the cosine similarity of its content terms (:mod:`pipelines.terms`) with the
  closest example, and
* the share of the watch's keywords (phrases, case and punctuation ignored) its
  title and text contain,

so 0 is unrelated and 1 is an example itself or an article naming every
keyword. ``WATCH_MIN_SCORE`` (default 0.2) divides relevant from irrelevant;
``WATCH_IRRELEVANT`` says what happens to an article relevant to no watch:
``flag`` (stored, its scores marking it irrelevant) or ``drop`` (not stored).

URL examples are taken from the database when already stored, else fetched
once through Scrapy's downloader (robots.txt, throttling and all) before the
first article is scored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import scrapy
from scrapy.exceptions import DropItem, NotConfigured
from sqlalchemy import select

from crawler.errors import ConfigError
from crawler.sources import Watch
from pipelines.canonical_urls import canonical_url
from pipelines.database import open_database
from pipelines.dedup import normalise_text
from pipelines.extract import decode_html, extract_article, extract_text_document
from pipelines.language import detect_language
from pipelines.models import Article
from pipelines.terms import TermVector, cosine, term_vector

logger = logging.getLogger(__name__)

DEFAULT_MIN_SCORE = 0.2
IRRELEVANT_ACTIONS = ("flag", "drop")


@dataclass(frozen=True)
class WatchProfile:
    """A watch made comparable: its examples' term vectors and its normalised keywords."""

    name: str
    examples: tuple[TermVector, ...] = ()
    keywords: tuple[str, ...] = ()


def example_article(text: str, title: str | None = None) -> TermVector:
    """The term vector of an example article's text."""
    language, _ = detect_language(text, title)
    return term_vector(title, text, language)


def read_example_file(path: str) -> TermVector:
    """An example from a file: a text (``.txt``) or a saved page; ConfigError if unusable."""
    file = Path(path)
    try:
        body = file.read_bytes()
    except OSError as error:
        raise ConfigError(f"watch example {path!r} is unreadable: {error}") from error
    if file.suffix.lower() == ".txt":
        text, _ = extract_text_document(decode_html(body))
        title = None
    else:
        extracted = extract_article(body, file.resolve().as_uri())
        text, title = extracted.text, extracted.title
    if not text.strip():
        raise ConfigError(f"watch example {path!r} has no article text")
    return example_article(text, title)


def watch_profile(watch: Watch, examples: list[TermVector]) -> WatchProfile:
    keywords = tuple(k for k in (normalise_text(k) for k in watch.keywords) if k)
    return WatchProfile(watch.name, tuple(e for e in examples if e), keywords)


def relevance(profile: WatchProfile, vector: TermVector, normalised_text: str) -> float:
    """The article's score for one watch, from 0 (unrelated) to 1."""
    example = max((cosine(vector, e)[0] for e in profile.examples), default=0.0)
    padded = f" {normalised_text} "
    found = sum(1 for k in profile.keywords if f" {k} " in padded)
    keyword = found / len(profile.keywords) if profile.keywords else 0.0
    return round(min(1.0, max(example, keyword)), 4)


def is_url(example: str) -> bool:
    return "://" in example and not example.startswith("file:")


class WatchPipeline:
    """Scores every article against every watch of the spider's sources file."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.min_score = settings.getfloat("WATCH_MIN_SCORE", DEFAULT_MIN_SCORE)
        self.irrelevant = settings.get("WATCH_IRRELEVANT", "flag")
        if self.irrelevant not in IRRELEVANT_ACTIONS:
            raise NotConfigured(
                f"WATCH_IRRELEVANT must be one of {', '.join(IRRELEVANT_ACTIONS)},"
                f" not {self.irrelevant!r}"
            )
        self.database = open_database(settings["DATABASE_URL"])
        self.watches: list[Watch] = []
        self.profiles: list[WatchProfile] | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.watches = list(getattr(self.crawler.spider, "watches", None) or [])
        if not any(is_url(e) for w in self.watches for e in w.examples):
            self.profiles = [self._profile(w, {}) for w in self.watches]

    async def process_item(self, item):
        if not self.watches:
            return item
        if self.profiles is None:
            fetched = await self._fetch_url_examples()
            self.profiles = [self._profile(w, fetched) for w in self.watches]
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

    async def _fetch_url_examples(self) -> dict[str, TermVector]:
        """URL examples: from the database if stored, else downloaded once."""
        found = {}
        for url in sorted({e for w in self.watches for e in w.examples if is_url(e)}):
            with self.database.session() as session:
                stored = session.execute(
                    select(Article.title, Article.text).where(Article.url == canonical_url(url))
                ).first()
            if stored:
                found[url] = example_article(stored.text, stored.title)
                continue
            try:
                response = await self.crawler.engine.download_async(scrapy.Request(url))
                extracted = extract_article(response.body, response.url)
            except Exception as error:  # a watch example that cannot be fetched is not fatal
                logger.error("Watch example %s could not be fetched: %s", url, error)
                continue
            if extracted.text:
                found[url] = example_article(extracted.text, extracted.title)
            else:
                logger.error("Watch example %s has no article text", url)
        return found
