"""The item that flows through the pipelines, filled in step by step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class ArticleItem:
    """One fetched page (or replayed fixture) on its way to the store.

    The spider fills the first block; each pipeline fills its own block.
    """

    # --- from the spider
    url: str
    body: bytes | str | None = field(default=None, repr=False)  # raw page, dropped once extracted
    content_type: str = "html"  # "html", or "text" for plain-text fixtures
    encoding: str | None = None  # charset the response declared, if any
    source: str | None = None  # outlet name from the sources file
    # the following pages of a multi-page article (rel=next): (url, body, encoding) each
    next_pages: list[tuple[str, bytes, str | None]] = field(default_factory=list)
    feed_published: datetime | None = None  # pubDate / news:publication_date of the link
    feed_modified: datetime | None = None  # Atom updated / sitemap lastmod of the link
    http_last_modified: str | None = None
    fetched_at: datetime | None = None

    # --- extract
    canonical_url: str | None = None
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    description: str | None = None
    text: str = ""
    tags: list[str] = field(default_factory=list)
    image: str | None = None
    language_hint: str | None = None  # the page's declared lang
    page_published: datetime | None = None  # dates the page itself states
    page_updated: datetime | None = None
    page_date_source: str | None = None
    page_date_confidence: float = 0.0
    text_date: datetime | None = None  # leading " date YYYY-MM-DD " marker of text fixtures
    no_text: str | None = None  # why no article text was found (the item is then dropped)

    # --- language
    language: str | None = None
    language_probability: float | None = None
    language_unwanted: bool = False  # not in LANGUAGES (kept because LANGUAGE_ACTION = "flag")

    # --- date
    published: datetime | None = None
    updated: datetime | None = None
    date_source: str = "none"
    date_confidence: float = 0.0

    # --- watches
    terms: Any = None  # pipelines.similarity.terms.TermVector of title and text
    watch_scores: dict[str, tuple[float, bool]] = field(default_factory=dict)  # (score, relevant)
    relevant: bool | None = None  # relevant to at least one watch (None: no watches)

    # --- dedup
    text_hash: str | None = None
    words: int = 0
    signature: bytes | None = None  # MinHash of the word shingles (None for short texts)
    article_id: int | None = None  # set when the URL is already stored
    duplicate_of: int | None = None
    absorbed_originals: list[int] = field(default_factory=list)  # now copies of this group
    copy_stories: list[int] = field(default_factory=list)  # stories of the copied articles
    # dedup's decision, applied to its in-memory index once the store has written the item:
    # a pipelines.similarity.copies.CopyDecision (None: not decided), and the index slot of a
    # known URL. Kept on the item, so a dropped item leaves nothing behind.
    copy_decision: Any = field(default=None, repr=False)
    known_slot: int | None = field(default=None, repr=False)

    # --- stories
    story_id: int | None = None  # None for a new article: the store opens a story
    # The stories of the article's component once it joins, its own first
    # (pipelines.similarity.stories.StoryGroup): ids (None: new), moved articles, merges.
    story_plan: list[Any] = field(default_factory=list)
    # Decided by the story step; its index learns the entry (None: too short to compare) once
    # the article is stored.
    story_pending: bool = False
    story_entry: Any = field(default=None, repr=False)
