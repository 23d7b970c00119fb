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
this or any earlier run; so the same set of articles gives the same texts in any crawl
order. A recomputed article's text hash, MinHash signature and content-term vector are
rewritten with its text, so that dedup and stories read a consistent store at their next
start-up (their in-memory indexes keep the old values for the rest of the run, and copy
groups formed earlier are not re-decided).

An article quoting a sentence of such a paragraph keeps it: the quote is part of a paragraph
of its own, with another fingerprint. Copies of one text count once, so that a story
republished three times on one site is not its own boilerplate.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select

from pipelines.canonical_urls import article_url
from pipelines.database import open_database
from pipelines.dedup import DEFAULT_MIN_WORDS as DEDUP_MIN_WORDS
from pipelines.dedup import copy_features, normalise_text, text_fingerprint
from pipelines.models import Article, ArticleFeatures, SiteDocument, SiteParagraph
from pipelines.terms import pack, term_vector

logger = logging.getLogger(__name__)

# How many different articles of a site make a paragraph its boilerplate, unless the
# BOILERPLATE_MIN_ARTICLES setting says otherwise.
DEFAULT_MIN_ARTICLES = 3
# Single words ("Anzeige") recur for other reasons than boilerplate as often as for it.
MIN_WORDS = 2


def paragraph_fingerprint(paragraph: str) -> str | None:
    """A short stable hash of a paragraph's words, or None for a paragraph too short to judge."""
    words = normalise_text(paragraph)
    if len(words.split()) < MIN_WORDS:
        return None
    return hashlib.sha1(words.encode()).hexdigest()[:16]


def text_fingerprints(text: str) -> set[str]:
    """The fingerprints of the paragraphs (lines) of ``text``."""
    return {fp for fp in map(paragraph_fingerprint, text.split("\n")) if fp}


def without_boilerplate(text: str, boilerplate: set[str]) -> str:
    """``text`` without its paragraphs whose fingerprint is in ``boilerplate``.

    A text that would lose every paragraph is left whole: it is not an article with
    boilerplate but the same text again, and dedup's business.
    """
    paragraphs = text.split("\n")
    kept = [p for p in paragraphs if paragraph_fingerprint(p) not in boilerplate]
    return "\n".join(kept) if kept and len(kept) < len(paragraphs) else text


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

    One transaction per item records its paragraphs and reads, with one indexed query, how
    many articles of the site share each: the counts change with every article, so they are
    read where they are written rather than held in memory.
    """

    def __init__(self, database_url: str, min_articles: int, stats, dedup_min_words: int):
        self.database = open_database(database_url)
        self.min_articles = min_articles
        self.stats = stats
        self.dedup_min_words = dedup_min_words

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            settings["DATABASE_URL"],
            settings.getint("BOILERPLATE_MIN_ARTICLES", DEFAULT_MIN_ARTICLES),
            crawler.stats,
            settings.getint("DEDUP_MIN_WORDS", DEDUP_MIN_WORDS),
        )

    def process_item(self, item):
        if self.min_articles <= 0 or not item.text:
            return item
        url = article_url(item.url, item.canonical_url)
        site = site_key(url, item.site_name, item.source)
        with self.database.session() as session, session.begin():
            cleaned = self.learn(session, site, url, item.text)
        if cleaned != item.text:
            self.stats.inc_value("newsmon/boilerplate/cleaned")
        item.text = cleaned
        return item

    def learn(self, session, site: str, url: str, text: str) -> str:
        """Record the article at ``url`` with its extracted ``text``; its text without the
        site's boilerplate. Earlier articles whose boilerplate changed are recomputed."""
        fingerprints = text_fingerprints(text)
        document = session.scalar(select(SiteDocument).where(SiteDocument.url == url))
        earlier = set()
        if document is not None:
            earlier = set(
                session.scalars(
                    select(SiteParagraph.fingerprint).where(
                        SiteParagraph.document_id == document.id
                    )
                )
            )
        touched = fingerprints | earlier
        before = self.boilerplate(session, site, touched)
        document = self._replace(session, document, site, url, text, fingerprints)
        after = self.boilerplate(session, site, touched)
        if before != after:
            self._recompute_others(session, site, url, before ^ after)
        return without_boilerplate(text, after & fingerprints)

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
    def _replace(session, document, site, url, text, fingerprints) -> SiteDocument:
        """This URL's document and paragraphs, replacing what an earlier version left."""
        digest = text_fingerprint(text)
        if document is None:
            document = SiteDocument(url=url, site=site, document=digest, text=text)
            session.add(document)
        else:
            document.site, document.document, document.text = site, digest, text
            session.execute(delete(SiteParagraph).where(SiteParagraph.document_id == document.id))
        session.flush()
        session.add_all(
            SiteParagraph(document_id=document.id, site=site, fingerprint=fp, document=digest)
            for fp in sorted(fingerprints)
        )
        session.flush()
        return document

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
            article = session.scalar(select(Article).where(Article.url == document.url))
            if article is None:
                continue
            own = text_fingerprints(document.text)
            text = without_boilerplate(document.text, self.boilerplate(session, site, own))
            if text != article.text:
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
