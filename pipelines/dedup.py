"""Deduplication: one row per piece of journalism.

The same canonical URL is the same article (a re-crawl updates it); the same
normalised text at another URL is a copy of the article first stored with it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit

import courlan
from sqlalchemy import select

from pipelines.database import open_database
from pipelines.models import Article
from pipelines.store import article_store

NON_WORD = re.compile(r"[\W_]+")


def canonical_url(url: str) -> str:
    """The URL an article is known by: lower-case host, no tracking parameters or fragment."""
    if urlsplit(url).scheme not in ("http", "https"):
        return url.split("#", 1)[0]
    return courlan.normalize_url(url, strict=True) or url


def normalise_text(text: str) -> str:
    """Text reduced to its words, so that spacing, case and punctuation do not count."""
    return NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def text_fingerprint(text: str) -> str:
    """A stable hash of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()


class DedupPipeline:
    """Sets ``canonical_url``, ``text_hash`` and, for known articles and copies, their ids."""

    def __init__(self, database_url: str, crawler=None):
        self.database = open_database(database_url)
        self.crawler = crawler
        self.store = None  # the StorePipeline, whose pending batch the database does not show yet

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["DATABASE_URL"], crawler)

    def open_spider(self):
        self.store = article_store(self.crawler)

    def process_item(self, item):
        item.canonical_url = canonical_url(item.canonical_url or item.url)
        item.text_hash = text_fingerprint(item.text)
        if self.store is not None:
            self.store.flush_if_pending(item.canonical_url, item.text_hash)
        with self.database.session() as session:
            item.article_id = session.scalar(
                select(Article.id).where(Article.url == item.canonical_url)
            )
            if item.article_id is None:
                item.duplicate_of = session.scalar(
                    select(Article.id)
                    .where(Article.text_hash == item.text_hash, Article.duplicate_of.is_(None))
                    .order_by(Article.id)
                    .limit(1)
                )
        return item
