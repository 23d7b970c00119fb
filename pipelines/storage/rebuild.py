"""Versions of stored derived data, and recomputing the data when its version changes.

Two kinds of stored data are computed from article texts by code that may change:

* ``article_features``: each article's text hash, word count, MinHash signature and
  content-term vector (version :data:`~pipelines.similarity.features.FEATURES_VERSION`);
* ``site_paragraphs``: the paragraph fingerprints and document digests that site boilerplate
  is learned from (version :data:`~pipelines.text.boilerplate.PARAGRAPHS_VERSION`).

Table ``derived_versions`` records, per kind, the version of the code that computed what is
stored. A crawl refuses to add values of one version to values of another
(:func:`check_versions`); ``scrapy db rebuild-features`` recomputes the stale kinds
(:func:`rebuild`) and records the current versions. A kind with no stored rows takes the
current version as it is (a new database, or a crawl that stored none yet).

Paragraphs are recomputed from the texts as extracted (``site_documents``); each article's
text is then its extracted text without its site's boilerplate, as the boilerplate step
would make it, and an article whose text changes gets its features recomputed too. Copy
groups and stories formed earlier are not re-decided.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from crawler.errors import ConfigError
from pipelines.similarity.copies import copy_features
from pipelines.similarity.features import FEATURES_VERSION
from pipelines.similarity.terms import pack, term_vector
from pipelines.storage.database import Database
from pipelines.storage.models import (
    Article,
    ArticleFeatures,
    ArticleVersion,
    DerivedVersion,
    SiteDocument,
    SiteParagraph,
)
from pipelines.text.boilerplate import PARAGRAPHS_VERSION, Paragraphs

FEATURES = "article_features"
PARAGRAPHS = "site_paragraphs"


def current_versions() -> dict[str, int]:
    """The version of each kind of derived data that this newsmon computes."""
    return {FEATURES: FEATURES_VERSION, PARAGRAPHS: PARAGRAPHS_VERSION}


# The table whose rows hold each kind: without rows, there is nothing to recompute.
SOURCE_TABLES = {FEATURES: ArticleFeatures, PARAGRAPHS: SiteDocument}
# Articles recomputed per transaction.
CHUNK = 500


@dataclass(frozen=True)
class KindVersion:
    """One kind of derived data: the version stored (None: none recorded), the current one,
    and whether any rows hold it."""

    name: str
    stored: int | None
    current: int
    has_rows: bool

    @property
    def stale(self) -> bool:
        return self.has_rows and self.stored != self.current

    def describe(self) -> str:
        stored = "no version" if self.stored is None else f"version {self.stored}"
        return f"{self.name} {stored}, this newsmon computes version {self.current}"


def versions(database: Database) -> list[KindVersion]:
    """Each kind of derived data with its stored and current version (read only)."""
    with database.engine.connect() as connection:
        stored = dict(connection.execute(select(DerivedVersion.name, DerivedVersion.version)).all())
        return [
            KindVersion(
                name,
                stored.get(name),
                current,
                connection.scalar(select(SOURCE_TABLES[name]).limit(1)) is not None,
            )
            for name, current in current_versions().items()
        ]


def stale_kinds(database: Database) -> list[KindVersion]:
    """The kinds whose stored data has another version than the current one. A kind without
    rows is first given the current version: there is nothing to recompute."""
    kinds = versions(database)
    for kind in kinds:
        if kind.stored != kind.current and not kind.has_rows:
            _stamp(database, kind.name, kind.current)
    return [kind for kind in kinds if kind.stale]


def check_versions(database: Database, name: str) -> None:
    """ConfigError, one line naming ``scrapy db rebuild-features``, if stored derived data
    has another version than this newsmon computes (``name``: the database, as shown)."""
    stale = stale_kinds(database)
    if stale:
        kinds = "; ".join(s.describe() for s in stale)
        raise ConfigError(
            f"the database at {name} holds derived data of another version ({kinds}):"
            " run 'scrapy db rebuild-features'"
        )


def _stamp(database: Database, name: str, version: int) -> None:
    try:
        with database.engine.begin() as connection:
            connection.execute(delete(DerivedVersion).where(DerivedVersion.name == name))
            connection.execute(insert(DerivedVersion).values(name=name, version=version))
    except IntegrityError:
        pass  # processes starting together on a new database: another one stamped it first


def rebuild(
    database: Database,
    min_words: int,
    min_articles: int,
    everything: bool = False,
    progress: Callable[[str], None] = lambda _: None,
) -> dict[str, int]:
    """Recompute the stale kinds of derived data (every kind with ``everything``) and record
    their current versions. ``min_words``: ``DEDUP_MIN_WORDS``; ``min_articles``:
    ``BOILERPLATE_MIN_ARTICLES``. How many rows each step recomputed or changed.

    Each chunk of work is committed as it goes: an interrupted rebuild leaves the old version
    recorded, and running it again starts over.
    """
    current = current_versions()
    stale = {kind.name for kind in stale_kinds(database)}
    todo = set(current) if everything else stale
    counts: dict[str, int] = {}
    if PARAGRAPHS in todo:
        documents, texts = rebuild_paragraphs(database, min_words, min_articles, progress)
        counts.update(documents=documents, texts_changed=texts)
        _stamp(database, PARAGRAPHS, current[PARAGRAPHS])
    if FEATURES in todo:
        counts["articles"] = rebuild_features(database, min_words, progress)
        _stamp(database, FEATURES, current[FEATURES])
    return counts


def rebuild_features(
    database: Database, min_words: int, progress: Callable[[str], None] = lambda _: None
) -> int:
    """Every article's text hash and features, computed again from its stored text (and the
    text hashes of its earlier versions). How many articles."""
    done, last = 0, 0
    while True:
        with database.engine.begin() as connection:
            rows = connection.execute(
                select(Article.id, Article.title, Article.text, Article.language)
                .where(Article.id > last)
                .order_by(Article.id)
                .limit(CHUNK)
            ).all()
            if not rows:
                return done
            for row in rows:
                _write_features(connection, row.id, row.title, row.text, row.language, min_words)
            versions = connection.execute(
                select(ArticleVersion.id, ArticleVersion.text).where(
                    ArticleVersion.article_id.in_([row.id for row in rows])
                )
            ).all()
            for version in versions:
                connection.execute(
                    update(ArticleVersion)
                    .where(ArticleVersion.id == version.id)
                    .values(text_hash=copy_features(version.text, min_words).text_hash)
                )
        last = rows[-1].id
        done += len(rows)
        progress(f"article features: {done} articles")


def _write_features(connection, article_id, title, text, language, min_words) -> None:
    """An article's text hash and features from its ``text`` (what the features step stores)."""
    features = copy_features(text, min_words)
    terms = term_vector(title, text, language)
    connection.execute(
        update(Article).where(Article.id == article_id).values(text_hash=features.text_hash)
    )
    connection.execute(
        update(ArticleFeatures)
        .where(ArticleFeatures.article_id == article_id)
        .values(
            words=features.words,
            signature=features.signature,
            terms=pack(terms) if terms else None,
            names=pack(terms.names) if terms else None,
        )
    )


def rebuild_paragraphs(
    database: Database,
    min_words: int,
    min_articles: int,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[int, int]:
    """Every site's paragraph fingerprints and document digests, computed again from the
    texts as extracted; then each article's text without its site's boilerplate, and the
    features of those whose text changed. How many documents, and how many texts changed.
    One transaction per site."""
    with database.engine.connect() as connection:
        sites = connection.scalars(
            select(SiteDocument.site).distinct().order_by(SiteDocument.site)
        ).all()
    documents = changed = 0
    for number, site in enumerate(sites, 1):
        with database.engine.begin() as connection:
            site_documents, site_changed = _rebuild_site(connection, site, min_words, min_articles)
        documents += site_documents
        changed += site_changed
        progress(f"site paragraphs: {number}/{len(sites)} sites, {documents} documents")
    return documents, changed


def _rebuild_site(connection, site: str, min_words: int, min_articles: int) -> tuple[int, int]:
    rows = connection.execute(
        select(SiteDocument.id, SiteDocument.url, SiteDocument.text)
        .where(SiteDocument.site == site)
        .order_by(SiteDocument.id)
    ).all()
    parsed = {row.id: Paragraphs.of(row.text) for row in rows}
    ids = [row.id for row in rows]
    connection.execute(delete(SiteParagraph).where(SiteParagraph.document_id.in_(ids)))
    holders: dict[str, set[str]] = defaultdict(set)  # fingerprint → digests of its texts
    paragraphs = []
    for row in rows:
        text = parsed[row.id]
        connection.execute(
            update(SiteDocument).where(SiteDocument.id == row.id).values(document=text.digest)
        )
        for fingerprint in sorted(text.fingerprints):
            holders[fingerprint].add(text.digest)
            paragraphs.append(
                {
                    "document_id": row.id,
                    "site": site,
                    "fingerprint": fingerprint,
                    "document": text.digest,
                }
            )
    if paragraphs:
        connection.execute(insert(SiteParagraph), paragraphs)
    if min_articles <= 0:  # boilerplate switched off: texts are left as they are
        return len(rows), 0
    boilerplate = {fp for fp, digests in holders.items() if len(digests) >= min_articles}
    changed = 0
    for row in rows:
        text = parsed[row.id].without(boilerplate & parsed[row.id].fingerprints)
        article = connection.execute(
            select(Article.id, Article.title, Article.text, Article.language).where(
                Article.url == row.url
            )
        ).first()
        if article is None or article.text == text:
            continue
        connection.execute(update(Article).where(Article.id == article.id).values(text=text))
        _write_features(connection, article.id, article.title, text, article.language, min_words)
        changed += 1
    return len(rows), changed
