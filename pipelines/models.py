"""The database schema (SQLAlchemy 2.0 typed ORM)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
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


class Base(DeclarativeBase):
    pass


class CrawlRun(Base):
    """One run of a spider: what "new since the last run" is measured against."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    spider: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    stats: Mapped[dict | None] = mapped_column(JSON)


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
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    date_source: Mapped[str] = mapped_column(String(16), default="none")
    date_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    crawled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("crawl_runs.id"))


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


class SiteDocument(Base):
    """An article's text as extracted, before its site's learned boilerplate was removed.

    Kept so that the stored text can be recomputed whenever the site's boilerplate changes
    (see :mod:`pipelines.boilerplate`): the same set of articles gives the same texts in any
    crawl order.
    """

    __tablename__ = "site_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)  # the article's canonical URL
    site: Mapped[str] = mapped_column(String(255), index=True)
    document: Mapped[str] = mapped_column(String(64))  # hash of the text: copies count once
    text: Mapped[str] = mapped_column(Text)


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
