"""The item that flows through the pipelines, filled in step by step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArticleItem:
    """One fetched page (or replayed fixture) on its way to the store.

    The spider fills the first block; each pipeline fills its own block.
    """

    # --- from the spider
    url: str
    body: bytes | str | None = None  # raw page, dropped once extracted
    content_type: str = "html"  # "html", or "text" for plain-text fixtures
    encoding: str | None = None  # charset the response declared, if any
    source: str | None = None  # outlet name from the sources file
    # the following pages of a multi-page article (rel=next): (url, body, encoding) each
    next_pages: list[tuple[str, bytes, str | None]] = field(default_factory=list)
    feed_published: datetime | None = None  # pubDate / news:publication_date of the link
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
    text_date: datetime | None = None  # leading " date YYYY-MM-DD " marker of text fixtures

    # --- language
    language: str | None = None
    language_probability: float | None = None

    # --- date
    published: datetime | None = None
    updated: datetime | None = None
    date_source: str = "none"
    date_confidence: float = 0.0

    # --- dedup
    text_hash: str | None = None
    article_id: int | None = None  # set when the URL is already stored
    duplicate_of: int | None = None
    story_id: int | None = None
