"""Stage 4, boilerplate: paragraphs a site repeats in many articles are learned and removed."""

from __future__ import annotations

from collections.abc import Iterable
from weakref import WeakValueDictionary

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crawler.database import crawl_database
from crawler.signals import article_stored, batch_committing
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

    Items in flight get their new text at once. Stored articles whose text changes are noted
    and rewritten once per batch, just before it commits (``batch_committing``), in its
    transaction: as a site's boilerplate is learned, one article can change several times in
    a batch, and its text hash, signature and terms are recomputed only for the last.
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
        # Site documents whose stored article may need a new text, rewritten before the batch
        # commits.
        self.stale: set[int] = set()

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
        crawler.signals.connect(pipeline.batch_committing, signal=batch_committing)
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

    def batch_committing(self) -> None:
        """The store's batch is about to commit: rewrite the stored articles noted stale."""
        if self.stale:
            with self.database.connection() as connection:
                self._rewrite_stale(connection)

    def close_spider(self) -> None:
        """Rewrite what is still noted stale, in a transaction of its own (the store, a later
        stage, closes first: its last batch has committed)."""
        self.in_flight.clear()  # nothing is in flight any more
        self.batch_committing()

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
        if known is not None:
            self.stale.discard(known.id)  # its text is this one now
        if before != after:
            self._recompute_others(connection, site, url, before ^ after)
            if self.database.batch is None:  # no batch to wait for: what was noted goes now
                self._rewrite_stale(connection)
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

    def _recompute_others(self, connection, site: str, url: str, changed: set[str]) -> None:
        """The site's other articles holding a ``changed`` paragraph (one that became
        boilerplate, or stopped being it): items in flight get their new text now, stored
        articles are noted for a rewrite before the batch commits."""
        documents = connection.execute(
            select(SiteDocument.id, SiteDocument.url, SiteDocument.text)
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
        self.stale.update(document.id for document in documents)
        in_flight = [d for d in documents if d.url in self.in_flight]
        for document, text in zip(in_flight, self._texts(connection, site, in_flight), strict=True):
            item = self.in_flight.get(document.url)
            if item is not None and item.text != text:
                item.text = text
                self.stats.inc_value("newsmon/boilerplate/recomputed_in_flight")

    def _texts(self, connection, site: str, documents) -> list[str]:
        """The texts of a site's ``documents`` (rows with a ``text``) without the boilerplate
        known now; one query for them together: what recurs is the same for all."""
        own = [text_fingerprints(document.text) for document in documents]
        recurring = self.boilerplate(connection, site, set().union(*own))
        return [
            without_boilerplate(document.text, recurring & fingerprints)
            for document, fingerprints in zip(documents, own, strict=True)
        ]

    def _rewrite_stale(self, connection) -> None:
        """Rewrite the stored articles of the documents noted stale whose text changed; those
        whose item is in flight wait for it to be stored (it carries the new text, and the
        store compares it with the stored one to keep versions)."""
        waiting = set()
        with Session(bind=connection) as session:
            stale = sorted(self.stale)
            for start in range(0, len(stale), QUERY_CHUNK):
                documents = session.execute(
                    select(SiteDocument.id, SiteDocument.url, SiteDocument.site, SiteDocument.text)
                    .where(SiteDocument.id.in_(stale[start : start + QUERY_CHUNK]))
                    .order_by(SiteDocument.id)
                ).all()
                waiting.update(d.id for d in documents if d.url in self.in_flight)
                self._rewrite_documents(session, [d for d in documents if d.id not in waiting])
            session.commit()  # into the connection's transaction, which the caller ends
        self.stale = waiting

    def _rewrite_documents(self, session, documents) -> None:
        by_site: dict[str, list] = {}
        for document in documents:
            by_site.setdefault(document.site, []).append(document)
        articles = {
            article.url: article
            for article in session.scalars(
                select(Article).where(Article.url.in_([d.url for d in documents]))
            )
        }
        for site, members in by_site.items():
            for document, text in zip(members, self._texts(session, site, members), strict=True):
                article = articles.get(document.url)
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
