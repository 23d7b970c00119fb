"""Stage 4, boilerplate: paragraphs a site repeats in many articles are learned and removed."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from crawler.database import crawl_database
from crawler.workers import WorkerPool, worker_pool
from pipelines.similarity.copies import CopyFeatures
from pipelines.similarity.features import text_features
from pipelines.similarity.terms import TermVector, pack
from pipelines.similarity.urls import article_url
from pipelines.storage.database import Database
from pipelines.storage.locks import store_locked
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

logger = logging.getLogger(__name__)

# Fingerprints or documents asked about in one query (SQLite's limit on bound values is
# 32,766).
QUERY_CHUNK = 5000


class BoilerplatePipeline:
    """Removes from each item its site's boilerplate as it was when the crawl began, learns
    from the item, and applies what the crawl learned to the stored articles as it closes.

    Copies and stories are decided on the texts this step hands on. Were an item cleaned of
    what the crawl learned so far, its text would depend on which pages happened to come
    first, and so, with workers or concurrent requests, would its copies and stories. So the
    boilerplate an item loses is read once per site, before the crawl records any article of
    it; what the crawl learns changes no item in flight. Each stored article whose text the
    learning changes is marked (``site_documents.rewrite_pending``, written with the store's
    open batch) and rewritten as the crawl closes, with its text hash, signature and terms
    (computed in the worker pool), so that the next crawl reads the texts and features of
    everything learned. A crawl that dies before it closes leaves its marks to the next one.

    The paragraph counts are read where they are written rather than held in memory: they
    change with every article (and, on PostgreSQL, with other crawls of the same sites).
    """

    # The stages whose output it reads (checked at start-up).
    after = ("ExtractPipeline",)

    def __init__(
        self, database: Database, min_articles: int, stats, pool: WorkerPool, min_words: int
    ):
        self.database = database
        self.min_articles = min_articles
        self.stats = stats
        self.pool = pool  # computes the features of the articles rewritten at the close
        self.min_words = min_words  # dedup's: the copy features are computed with it
        # Per site, its boilerplate when this crawl began.
        self.at_start: dict[str, frozenset[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            crawl_database(crawler),
            settings.getint("BOILERPLATE_MIN_ARTICLES"),
            crawler.stats,
            worker_pool(crawler),
            settings.getint("DEDUP_MIN_WORDS"),
        )

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
        return item

    async def close_spider(self) -> None:
        """Rewrite the stored articles marked for it (the store, a later stage, closes first:
        its last batch has committed)."""
        if self.min_articles > 0:
            started = time.perf_counter()
            rewritten = await self.rewrite_pending()
            if rewritten:
                logger.info(
                    "Site boilerplate learned in this crawl: %d articles rewritten in %.1f s",
                    rewritten,
                    time.perf_counter() - started,
                )

    def learn(self, connection, site: str, url: str, text: str) -> str:
        """Record the article at ``url`` with its extracted ``text``; its text without the
        site's boilerplate as it was when the crawl began. Stored articles whose text the
        learning changes, this one included, are marked for a rewrite."""
        at_start = self._boilerplate_at_start(connection, site)
        paragraphs = Paragraphs.of(text)
        fingerprints, digest = paragraphs.fingerprints, paragraphs.digest
        known = connection.execute(FIND_DOCUMENT, {"url": url}).first()
        earlier = set()
        if known is not None:
            earlier = set(connection.scalars(DOCUMENT_PRINTS, {"document_id": known.id}))
        before, after = self._boilerplate_around(
            connection, site, known, earlier, fingerprints, digest
        )
        pending = bool((after ^ at_start) & fingerprints)  # its text will change as we close
        self._replace(connection, known, site, url, text, digest, fingerprints, pending)
        if before != after:
            self._mark_others(connection, site, url, before ^ after)
        return paragraphs.without(at_start & fingerprints)

    def _boilerplate_at_start(self, connection, site: str) -> frozenset[str]:
        if site not in self.at_start:
            self.at_start[site] = frozenset(connection.scalars(self._recurring(site)))
        return self.at_start[site]

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

    def _recurring(self, site: str):
        """The query of the paragraphs found in enough different articles of ``site``."""
        return (
            select(SiteParagraph.fingerprint)
            .where(SiteParagraph.site == site)
            .group_by(SiteParagraph.fingerprint)
            .having(func.count(func.distinct(SiteParagraph.document)) >= self.min_articles)
        )

    def boilerplate(self, session, site: str, fingerprints: Iterable[str]) -> set[str]:
        """Which of ``fingerprints`` recur in enough different articles of ``site``."""
        fingerprints = sorted(fingerprints)
        found: set[str] = set()
        for start in range(0, len(fingerprints), QUERY_CHUNK):
            chunk = fingerprints[start : start + QUERY_CHUNK]
            recurring = self._recurring(site).where(SiteParagraph.fingerprint.in_(chunk))
            found.update(session.scalars(recurring))
        return found

    @staticmethod
    def _replace(connection, known, site, url, text, digest, fingerprints, pending) -> None:
        """This URL's document and paragraphs, replacing what an earlier version left."""
        values = {"site": site, "document": digest, "text": text, "rewrite_pending": pending}
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

    @staticmethod
    def _mark_others(connection, site: str, url: str, changed: set[str]) -> None:
        """Mark for a rewrite the site's other articles holding a ``changed`` paragraph (one
        that became boilerplate, or stopped being it)."""
        holders = select(SiteParagraph.document_id).where(
            SiteParagraph.site == site, SiteParagraph.fingerprint.in_(sorted(changed))
        )
        connection.execute(
            update(SiteDocument)
            .where(SiteDocument.id.in_(holders), SiteDocument.url != url)
            .values(rewrite_pending=True)
        )

    def _texts(self, connection, site: str, documents) -> list[str]:
        """The texts of a site's ``documents`` (rows with a ``text``) without the boilerplate
        known now; one query for them together: what recurs is the same for all."""
        own = [text_fingerprints(document.text) for document in documents]
        recurring = self.boilerplate(connection, site, set().union(*own))
        return [
            without_boilerplate(document.text, recurring & fingerprints)
            for document, fingerprints in zip(documents, own, strict=True)
        ]

    async def rewrite_pending(self) -> int:
        """Rewrite the stored articles of the documents marked for it whose text changed, a
        chunk per transaction, and clear the marks; how many were rewritten. Their features
        are computed in the worker pool."""
        rewritten = 0
        while True:
            # Under the store lock: another process's batch may mark documents meanwhile.
            with (
                store_locked(self.database.engine) as connection,
                Session(bind=connection) as session,
            ):
                documents = session.execute(
                    select(SiteDocument.id, SiteDocument.url, SiteDocument.site, SiteDocument.text)
                    .where(SiteDocument.rewrite_pending)
                    .order_by(SiteDocument.id)
                    .limit(QUERY_CHUNK)
                ).all()
                if not documents:
                    return rewritten
                changed = self._changed_articles(session, documents)
                features = await asyncio.gather(
                    *(
                        self.pool.run(
                            text_features, text, article.title, article.language, self.min_words
                        )
                        for article, text in changed
                    )
                )
                for (article, text), (copy, terms) in zip(changed, features, strict=True):
                    rewrite_article(session, article, text, copy, terms)
                session.execute(
                    update(SiteDocument)
                    .where(SiteDocument.id.in_([d.id for d in documents]))
                    .values(rewrite_pending=False)
                )
                session.flush()  # into the connection's transaction, which the block commits
            rewritten += len(changed)
            self.stats.inc_value("newsmon/boilerplate/recomputed", len(changed))

    def _changed_articles(self, session, documents) -> list[tuple[Article, str]]:
        """The stored articles of ``documents`` whose text the site's boilerplate known now
        changes, with their new texts."""
        by_site: dict[str, list] = {}
        for document in documents:
            by_site.setdefault(document.site, []).append(document)
        articles = {
            article.url: article
            for article in session.scalars(
                select(Article).where(Article.url.in_([d.url for d in documents]))
            )
        }
        changed = []
        for site, members in by_site.items():
            for document, text in zip(members, self._texts(session, site, members), strict=True):
                article = articles.get(document.url)
                if article is not None and text != article.text:
                    changed.append((article, text))
        return changed


def rewrite_article(
    session, article: Article, text: str, copy: CopyFeatures, terms: TermVector
) -> None:
    """A stored article's new text, with what dedup and stories derive from it: its text hash,
    word count and MinHash signature, and its content-term vector."""
    article.text, article.text_hash = text, copy.text_hash
    stored = session.get(ArticleFeatures, article.id)
    if stored is not None:
        stored.words, stored.signature = copy.words, copy.signature
        if stored.terms is not None:
            stored.terms, stored.names = pack(terms), pack(terms.names)
