"""The database schema (SQLAlchemy 2.0 typed ORM)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator):
    """Timezone-aware timestamps stored as UTC, on SQLite (which keeps no zone) as elsewhere."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def offset_minutes(moment: datetime | None) -> int | None:
    """The UTC offset ``moment`` was written with, in minutes (None without a moment)."""
    offset = moment.utcoffset() if moment else None
    return None if offset is None else int(offset.total_seconds() // 60)


def with_offset(moment: datetime | None, minutes: int | None) -> datetime | None:
    """A stored UTC timestamp shown again in the offset it was written with."""
    if moment is None or minutes is None:
        return moment
    return moment.astimezone(timezone(timedelta(minutes=minutes)))


class Base(DeclarativeBase):
    pass


class CrawlRun(Base):
    """One run of a spider: what "new since the last run" is measured against, and how it
    went (``scrapy runs``)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stats: Mapped[dict | None] = mapped_column(JSON)
    # What it crawled: the spider's arguments (sources file, URLs, replay path).
    sources: Mapped[str | None] = mapped_column(Text)
    # running, ok, failed, interrupted; the exit status and, unless ok, the reason in one line.
    status: Mapped[str] = mapped_column(String(16), default="running")
    exit_code: Mapped[int | None] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text)


class SourceRun(Base):
    """What one source of the sources file delivered in one crawl run: its health record."""

    __tablename__ = "source_runs"
    __table_args__ = (UniqueConstraint("run_id", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id"), index=True)
    source: Mapped[str] = mapped_column(String(255), index=True)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    pages_fetched: Mapped[int] = mapped_column(Integer, default=0)  # 2xx/3xx responses
    # Article pages stored (new, edited or unchanged) or skipped as already stored.
    articles_found: Mapped[int] = mapped_column(Integer, default=0)
    articles_no_text: Mapped[int] = mapped_column(Integer, default=0)  # extraction found none
    errors: Mapped[dict] = mapped_column(JSON, default=dict)  # kind ("http_404", …) → count
    # Each start URL (feed, sitemap, page): {"status": HTTP status, "digest": body SHA-256}.
    start_urls: Mapped[dict] = mapped_column(JSON, default=dict)
    # The end of the latest run, this one included, in which the source had articles.
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Article(Base):
    """One piece of journalism at one URL. Copies of another article point to it."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    source: Mapped[str] = mapped_column(String(255), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(512))
    site_name: Mapped[str | None] = mapped_column(String(255))
    description: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    language_probability: Mapped[float | None] = mapped_column(Float)
    language_unwanted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Timestamps are stored in UTC; the offsets they were written with are kept beside them,
    # and the publication day as the outlet printed it (local to that offset).
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    published_offset: Mapped[int | None] = mapped_column(SmallInteger)
    published_date: Mapped[date | None] = mapped_column(Date, index=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_offset: Mapped[int | None] = mapped_column(SmallInteger)
    date_source: Mapped[str] = mapped_column(String(16), default="none")
    date_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    crawled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))

    def set_dates(self, published: datetime | None, updated: datetime | None) -> None:
        """Store published and updated timestamps with their original offsets and local day."""
        self.published_at, self.updated_at = published, updated
        self.published_offset = offset_minutes(published)
        self.updated_offset = offset_minutes(updated)
        self.published_date = published.date() if published else None

    @property
    def published_local(self) -> datetime | None:
        """``published_at`` in the offset it was written with."""
        return with_offset(self.published_at, self.published_offset)

    @property
    def updated_local(self) -> datetime | None:
        """``updated_at`` in the offset it was written with."""
        return with_offset(self.updated_at, self.updated_offset)


# The article columns taken as they are from the item of the same names (the rest are derived:
# dates with their offsets, the source, ids and times of the store).
ITEM_COLUMNS = (
    "title",
    "author",
    "site_name",
    "description",
    "text",
    "text_hash",
    "language",
    "language_probability",
    "language_unwanted",
    "date_source",
    "date_confidence",
    "duplicate_of",
)
# What an earlier version keeps of the article.
VERSIONED_COLUMNS = ("title", "text", "text_hash")


class ArticleVersion(Base):
    """An earlier text of an article that has since been edited."""

    __tablename__ = "article_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CachedListing(Base):
    """The last response of a feed or sitemap (``crawler/httpcache.py``): its validators
    (ETag, Last-Modified) make the next request conditional, and its body is read again
    when the server answers 304 Not Modified."""

    __tablename__ = "http_cache"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)  # Scrapy's
    url: Mapped[str] = mapped_column(String(2048))
    status: Mapped[int] = mapped_column(Integer)
    headers: Mapped[list] = mapped_column(JSON)  # [[name, value], …] as latin-1 text
    body: Mapped[bytes] = mapped_column(LargeBinary)  # gzip-compressed
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArticleFeatures(Base):
    """What dedup and story clustering compare, persisted so that the in-memory indexes
    are rebuilt at start-up without re-reading every text."""

    __tablename__ = "article_features"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    words: Mapped[int] = mapped_column(Integer, default=0)
    # MinHash of the word 3-shingles (little-endian uint32 per permutation); None if short.
    signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Content-term vector (pipelines.similarity.terms.pack); None for texts too short for stories.
    terms: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Names-and-numbers vector (same packing as ``terms``): the second evidence of one event.
    names: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The time story windows are measured on: published, else first seen.
    event_time: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # True when ``event_time`` is a publication date (False: first seen, the date is unknown).
    dated: Mapped[bool] = mapped_column(Boolean, default=True)


class Story(Base):
    """Coverage of one event: articles from any outlet that report it, copies included."""

    __tablename__ = "stories"
    # Ids are never handed out twice (SQLite would reuse the highest id of a deleted row).
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    # The story this one was merged into (its articles moved there); None while it lives.
    merged_into: Mapped[int | None] = mapped_column(Integer, index=True)
    merged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    title: Mapped[str | None] = mapped_column(Text)
    title_article_id: Mapped[int | None] = mapped_column(Integer)
    first_seen: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    last_seen: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    outlet_count: Mapped[int] = mapped_column(Integer, default=0)
    language_count: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WatchScore(Base):
    """How relevant one article is to one watch of the sources file."""

    __tablename__ = "watch_scores"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    watch: Mapped[str] = mapped_column(String(255), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)
    relevant: Mapped[bool] = mapped_column(Boolean, index=True)


class SiteDocument(Base):
    """An article's text as extracted, before its site's learned boilerplate was removed.

    Kept so that the stored text can be recomputed whenever the site's boilerplate changes
    (see :mod:`pipelines.text.boilerplate`): the same set of articles gives the same texts in any
    crawl order.
    """

    __tablename__ = "site_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)  # the article's canonical URL
    site: Mapped[str] = mapped_column(String(255), index=True)
    document: Mapped[str] = mapped_column(String(64))  # hash of the text: copies count once
    text: Mapped[str] = mapped_column(Text)
    # The site's boilerplate changed since its stored article's text was written: the text is
    # rewritten as the crawl closes (a crawl that died leaves it to the next one).
    rewrite_pending: Mapped[bool] = mapped_column(Boolean, default=False)


class SiteParagraph(Base):
    """A paragraph fingerprint of one article of a site: what boilerplate is learned from."""

    __tablename__ = "site_paragraphs"
    __table_args__ = (Index("ix_site_paragraphs_site_fingerprint", "site", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("site_documents.id", ondelete="CASCADE"), index=True
    )
    site: Mapped[str] = mapped_column(String(255))
    fingerprint: Mapped[str] = mapped_column(String(16))
    document: Mapped[str] = mapped_column(String(64))  # SiteDocument.document, for counting


class DerivedVersion(Base):
    """The version of the code that computed one kind of stored derived data.

    ``article_features`` (text hashes, word counts, MinHash signatures, term vectors:
    :data:`pipelines.similarity.features.FEATURES_VERSION`) and ``site_paragraphs``
    (paragraph fingerprints and document digests:
    :data:`pipelines.text.boilerplate.PARAGRAPHS_VERSION`). A crawl refuses to add to data
    of another version than the one its code computes; ``scrapy db rebuild-features``
    recomputes it (:mod:`pipelines.storage.rebuild`).
    """

    __tablename__ = "derived_versions"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
