"""Site-level boilerplate, learned: paragraphs that recur across a site's articles.

Subscription pitches, newsletter boxes, "Mehr zum Thema" blocks and author blurbs that
extraction keeps look like article text on one page; across a site they give themselves away
by recurring. A paragraph found in at least ``BOILERPLATE_MIN_ARTICLES`` different articles
of one site is that site's boilerplate and is removed from all of them.

Unlike trafilatura's per-process deduplication, which depends on what a process happened to
see first, this is deterministic. The store keeps, per article, its text as extracted and the
fingerprints of its paragraphs (tables ``site_documents`` and ``site_paragraphs``). An
article's stored text is always its extracted text minus the paragraphs that are boilerplate
given *all* articles stored so far: when a paragraph becomes boilerplate (or, after an edit,
stops being it), the articles of the site stored earlier that contain it are recomputed, in
this or any earlier run, and so are the items of this crawl that passed this step but are
not stored yet (the features step notices and recomputes what it derived from the text); so
the same set of articles gives the same texts in any crawl order. A recomputed article's
text hash, MinHash signature and content-term vector are rewritten with its text, so that
dedup and stories read a consistent store at their next start-up (their in-memory indexes
keep the old values for the rest of the run, and copy groups formed earlier are not
re-decided).

An article quoting a sentence of such a paragraph keeps it: the quote is part of a paragraph
of its own, with another fingerprint. Copies of one text count once, so that a story
republished three times on one site is not its own boilerplate.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit
from weakref import WeakValueDictionary

from sqlalchemy import bindparam, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from pipelines.canonical_urls import article_url
from pipelines.database import open_database
from pipelines.dedup import DEFAULT_MIN_WORDS as DEDUP_MIN_WORDS
from pipelines.dedup import copy_features, normalise_text
from pipelines.models import Article, ArticleFeatures, SiteDocument, SiteParagraph
from pipelines.store import article_stored
from pipelines.terms import pack, term_vector

logger = logging.getLogger(__name__)

# How many different articles of a site make a paragraph its boilerplate, unless the
# BOILERPLATE_MIN_ARTICLES setting says otherwise.
DEFAULT_MIN_ARTICLES = 3
# Single words ("Anzeige") recur for other reasons than boilerplate as often as for it.
MIN_WORDS = 2

# Statements built once; each item runs them with its own values.
FIND_DOCUMENT = select(SiteDocument.id, SiteDocument.document).where(
    SiteDocument.url == bindparam("url")
)
DOCUMENT_PRINTS = select(SiteParagraph.fingerprint).where(
    SiteParagraph.document_id == bindparam("document_id")
)
# Per fingerprint, the different texts of *other* articles holding it, and whether one of
# them is this article's old or new text (which then adds nothing: copies count once).
COUNT_OTHERS = (
    select(
        SiteParagraph.fingerprint,
        func.count(func.distinct(SiteParagraph.document)),
        func.max(case((SiteParagraph.document == bindparam("old_digest"), 1), else_=0)),
        func.max(case((SiteParagraph.document == bindparam("digest"), 1), else_=0)),
    )
    .where(
        SiteParagraph.site == bindparam("site"),
        SiteParagraph.fingerprint.in_(bindparam("fingerprints", expanding=True)),
        SiteParagraph.document_id != bindparam("document_id"),
    )
    .group_by(SiteParagraph.fingerprint)
)
INSERT_PARAGRAPHS = insert(SiteParagraph)


def paragraph_fingerprint(paragraph: str) -> str | None:
    """A short stable hash of a paragraph's words, or None for a paragraph too short to judge."""
    return _words_fingerprint(normalise_text(paragraph))


def _words_fingerprint(words: str) -> str | None:
    if len(words.split()) < MIN_WORDS:
        return None
    return hashlib.sha1(words.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Paragraphs:
    """A text cut into paragraphs (lines), each with its fingerprint (None: too short to
    judge), and the digest of the whole text (:func:`pipelines.dedup.text_fingerprint`)."""

    texts: list[str]
    prints: list[str | None]
    digest: str

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        texts = text.split("\n")
        words = [normalise_text(paragraph) for paragraph in texts]
        # The normalised text is its normalised lines joined by spaces: no second pass needed.
        digest = hashlib.sha256(" ".join(filter(None, words)).encode()).hexdigest()
        return cls(texts, [_words_fingerprint(w) for w in words], digest)

    @property
    def fingerprints(self) -> set[str]:
        return {fingerprint for fingerprint in self.prints if fingerprint}

    def without(self, boilerplate: set[str]) -> str:
        """The text without its paragraphs whose fingerprint is in ``boilerplate``.

        A text that would lose every paragraph is left whole: it is not an article with
        boilerplate but the same text again, and dedup's business.
        """
        kept = [p for p, fp in zip(self.texts, self.prints, strict=True) if fp not in boilerplate]
        return "\n".join(kept if kept and len(kept) < len(self.texts) else self.texts)


def text_fingerprints(text: str) -> set[str]:
    """The fingerprints of the paragraphs (lines) of ``text``."""
    return Paragraphs.of(text).fingerprints


def without_boilerplate(text: str, boilerplate: set[str]) -> str:
    """``text`` without its paragraphs whose fingerprint is in ``boilerplate`` (never empty)."""
    return Paragraphs.of(text).without(boilerplate)


def site_key(url: str, site_name: str | None = None, source: str | None = None) -> str:
    """The site an article belongs to for boilerplate: its host and the name it gives itself.

    Several outlets can share a host (and local mirrors have none): the page's site name
    tells them apart.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if not host:
        host = f"{parts.scheme or 'file'}:{PurePosixPath(parts.path).parent}"
    name = site_name or source
    return f"{host} {name}"[:255] if name else host[:255]


class BoilerplatePipeline:
    """Removes the site's learned boilerplate from each item; keeps stored articles in step.

    Each item records its paragraphs and reads, with one indexed query, how many articles of
    the site share each: the counts change with every article (and, on PostgreSQL, with other
    crawls writing the same sites), so they are read where they are written rather than held
    in memory. The writes go with the store's open batch (see :meth:`Database.connection`).
    """

    def __init__(self, database_url: str, min_articles: int, stats, dedup_min_words: int):
        self.database = open_database(database_url)
        self.min_articles = min_articles
        self.stats = stats
        self.dedup_min_words = dedup_min_words
        # Items past this step but not stored yet, by URL: their texts are recomputed too.
        self.in_flight: WeakValueDictionary[str, object] = WeakValueDictionary()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(
            settings["DATABASE_URL"],
            settings.getint("BOILERPLATE_MIN_ARTICLES", DEFAULT_MIN_ARTICLES),
            crawler.stats,
            settings.getint("DEDUP_MIN_WORDS", DEDUP_MIN_WORDS),
        )
        crawler.signals.connect(pipeline.article_stored, signal=article_stored)
        return pipeline

    def process_item(self, item):
        if self.min_articles <= 0 or not item.text:
            return item
        url = article_url(item.url, item.canonical_url)
        site = site_key(url, item.site_name, item.source)
        with self.database.connection() as connection:
            cleaned = self.learn(connection, site, url, item.text)
        if cleaned != item.text:
            self.stats.inc_value("newsmon/boilerplate/cleaned")
        item.text = cleaned
        self.in_flight[url] = item
        return item

    def article_stored(self, item, **_):
        """Once stored, an article's text is recomputed in the database, not in the item."""
        url = article_url(item.url, item.canonical_url)
        if self.in_flight.get(url) is item:
            del self.in_flight[url]

    def learn(self, connection, site: str, url: str, text: str) -> str:
        """Record the article at ``url`` with its extracted ``text``; its text without the
        site's boilerplate. Earlier articles whose boilerplate changed are recomputed."""
        paragraphs = Paragraphs.of(text)
        fingerprints, digest = paragraphs.fingerprints, paragraphs.digest
        known = connection.execute(FIND_DOCUMENT, {"url": url}).first()
        earlier = set()
        if known is not None:
            earlier = set(connection.scalars(DOCUMENT_PRINTS, {"document_id": known.id}))
        before, after = self._boilerplate_around(
            connection, site, known, earlier, fingerprints, digest
        )
        self._replace(connection, known, site, url, text, digest, fingerprints)
        if before != after:
            with Session(bind=connection) as session:
                self._recompute_others(session, site, url, before ^ after)
                session.commit()  # into the connection's transaction, which the caller ends
        return paragraphs.without(after & fingerprints)

    def _boilerplate_around(self, connection, site, known, earlier, fingerprints, digest):
        """The site's boilerplate among the article's paragraphs, old and new, before and after
        this version of it is recorded: one query counts the other articles, and this one is
        added where its text is not already counted (copies count once)."""
        touched = sorted(earlier | fingerprints)
        if not touched:
            return set(), set()
        rows = connection.execute(
            COUNT_OTHERS,
            {
                "site": site,
                "fingerprints": touched,
                "document_id": known.id if known is not None else -1,
                "old_digest": known.document if known is not None else "",
                "digest": digest,
            },
        )
        others = {
            fingerprint: (count, has_old, has_new) for fingerprint, count, has_old, has_new in rows
        }
        before, after = set(), set()
        for fingerprint in touched:
            count, has_old, has_new = others.get(fingerprint, (0, 0, 0))
            if count + (fingerprint in earlier and not has_old) >= self.min_articles:
                before.add(fingerprint)
            if count + (fingerprint in fingerprints and not has_new) >= self.min_articles:
                after.add(fingerprint)
        return before, after

    def boilerplate(self, session, site: str, fingerprints: Iterable[str]) -> set[str]:
        """Which of ``fingerprints`` recur in enough different articles of ``site``."""
        fingerprints = list(fingerprints)
        if not fingerprints:
            return set()
        counts = session.execute(
            select(SiteParagraph.fingerprint)
            .where(SiteParagraph.site == site, SiteParagraph.fingerprint.in_(fingerprints))
            .group_by(SiteParagraph.fingerprint)
            .having(func.count(func.distinct(SiteParagraph.document)) >= self.min_articles)
        )
        return set(counts.scalars())

    @staticmethod
    def _replace(connection, known, site, url, text, digest, fingerprints) -> None:
        """This URL's document and paragraphs, replacing what an earlier version left."""
        values = {"site": site, "document": digest, "text": text}
        if known is None:
            inserted = connection.execute(insert(SiteDocument), {"url": url, **values})
            document_id = inserted.inserted_primary_key[0]
        else:
            document_id = known.id
            connection.execute(
                update(SiteDocument).where(SiteDocument.id == document_id).values(**values)
            )
            connection.execute(
                delete(SiteParagraph).where(SiteParagraph.document_id == document_id)
            )
        if fingerprints:
            connection.execute(
                INSERT_PARAGRAPHS,
                [
                    {
                        "document_id": document_id,
                        "site": site,
                        "fingerprint": fp,
                        "document": digest,
                    }
                    for fp in sorted(fingerprints)
                ],
            )

    def _recompute_others(self, session, site: str, url: str, changed: set[str]) -> None:
        """Recompute the stored texts of the site's other articles holding a ``changed``
        paragraph (one that became boilerplate, or stopped being it)."""
        documents = session.scalars(
            select(SiteDocument)
            .where(
                SiteDocument.id.in_(
                    select(SiteParagraph.document_id).where(
                        SiteParagraph.site == site, SiteParagraph.fingerprint.in_(changed)
                    )
                ),
                SiteDocument.url != url,
            )
            .order_by(SiteDocument.id)
        ).all()
        for document in documents:
            own = text_fingerprints(document.text)
            text = without_boilerplate(document.text, self.boilerplate(session, site, own))
            pending = self.in_flight.get(document.url)
            if pending is not None and pending.text != text:
                pending.text = text
                self.stats.inc_value("newsmon/boilerplate/recomputed_in_flight")
            article = session.scalar(select(Article).where(Article.url == document.url))
            if article is not None and text != article.text:
                self._rewrite(session, article, text)
                self.stats.inc_value("newsmon/boilerplate/recomputed")

    def _rewrite(self, session, article: Article, text: str) -> None:
        """A stored article's new text, with what dedup and stories derive from it: its text
        hash, word count and MinHash signature, and its content-term vector."""
        features = copy_features(text, self.dedup_min_words)
        article.text, article.text_hash = text, features.text_hash
        stored = session.get(ArticleFeatures, article.id)
        if stored is not None:
            stored.words, stored.signature = features.words, features.signature
            if stored.terms is not None:
                stored.terms = pack(term_vector(article.title, text, article.language))
