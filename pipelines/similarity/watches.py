"""Watches: how relevant each article is to each ``[[watches]]`` entry of the sources file.

A watch is described by example articles (files: ``.txt`` texts or ``.html``
pages; or URLs) and/or keywords. An article's score for a watch is the larger of

* the cosine similarity of its content terms (:mod:`pipelines.similarity.terms`) with the
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

from crawler.errors import ConfigError
from crawler.sources import Watch
from pipelines.similarity.copies import normalise_text
from pipelines.similarity.terms import TermVector, cosine, term_vector
from pipelines.text.extraction import decode_html, extract_article, extract_text_document
from pipelines.text.language import detect_language

logger = logging.getLogger(__name__)


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
