"""Stage 4, boilerplate: paragraphs a site repeats in many articles are learned and removed."""

from __future__ import annotations

from collections.abc import Iterable
from weakref import WeakValueDictionary

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crawler.database import crawl_database
from crawler.signals import article_stored
from pipelines.similarity.copies import copy_features
from pipelines.similarity.terms import pack, term_vector
from pipelines.similarity.urls import article_url
from pipelines.storage.database import Database
from pipelines.storage.models import Article, ArticleFeatures, SiteDocument, SiteParagraph
from pipelines.storage.sites import (
    COUNT_OTHERS,
    DOCUMENT_PRINTS,
    FIND_DOCUMENT,
    INSERT_PARAGRAPHS,
)
from pipelines.text.boilerplate import (
    Paragraphs,
    site_key,
    text_fingerprints,
    without_boilerplate,
)

# Fingerprints asked about in one query (SQLite's limit on bound values is 32,766).
QUERY_CHUNK = 5000


class BoilerplatePipeline:
    """Removes the site's learned boilerplate from each item; keeps stored articles in step.

    Each item records its paragraphs and reads, with one indexed query, how many articles of
    the site share each: the counts change with every article (and, on PostgreSQL, with other
    crawls writing the same sites), so they are read where they are written rather than held
    in memory. The writes go with the store's open batch (see :meth:`Database.connection`).
    """

    # The stages whose output it reads (checked at start-up).
    after = ("ExtractPipeline",)

    def __init__(self, database: Database, min_articles: int, stats, dedup_min_words: int):
        self.database = database
        self.min_articles = min_articles
        self.stats = stats
        self.dedup_min_words = dedup_min_words
        # Items past this step but not stored yet, by URL: their texts are recomputed too.
        self.in_flight: WeakValueDictionary[str, object] = WeakValueDictionary()

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(
            crawl_database(crawler),
            settings.getint("BOILERPLATE_MIN_ARTICLES"),
            crawler.stats,
            settings.getint("DEDUP_MIN_WORDS"),
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
        fingerprints = sorted(fingerprints)
        found: set[str] = set()
        for start in range(0, len(fingerprints), QUERY_CHUNK):
            counts = session.execute(
                select(SiteParagraph.fingerprint)
                .where(
                    SiteParagraph.site == site,
                    SiteParagraph.fingerprint.in_(fingerprints[start : start + QUERY_CHUNK]),
                )
                .group_by(SiteParagraph.fingerprint)
                .having(func.count(func.distinct(SiteParagraph.document)) >= self.min_articles)
            )
            found.update(counts.scalars())
        return found

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
        # One query for the documents' paragraphs together: what recurs is the same for all.
        own = {document.id: text_fingerprints(document.text) for document in documents}
        recurring = self.boilerplate(session, site, set().union(*own.values()))
        for document in documents:
            text = without_boilerplate(document.text, recurring & own[document.id])
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
                vector = term_vector(article.title, text, article.language)
                stored.terms, stored.names = pack(vector), pack(vector.names)
