"""The schema of the last release before migrations, exactly as its ``create_all`` made it.

A database that release wrote has no ``alembic_version`` table: ``scrapy db upgrade`` checks
that it has these tables and columns, stamps it as this revision and upgrades it from here.

Revision ID: 0001
Revises:
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The models' UTCDateTime is stored as this type (it only converts values on the way).
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("spider", sa.String(length=64), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("stats", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("title_article_id", sa.Integer(), nullable=True),
        sa.Column("first_seen", UTC_DATETIME, nullable=True),
        sa.Column("last_seen", UTC_DATETIME, nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("outlet_count", sa.Integer(), nullable=False),
        sa.Column("language_count", sa.Integer(), nullable=False),
        sa.Column("languages", sa.String(length=255), nullable=False),
        sa.Column("updated_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_stories_first_seen", "stories", ["first_seen"])
    op.create_index("ix_stories_last_seen", "stories", ["last_seen"])
    op.create_table(
        "site_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("site", sa.String(length=255), nullable=False),
        sa.Column("document", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    op.create_index("ix_site_documents_site", "site_documents", ["site"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.String(length=512), nullable=True),
        sa.Column("site_name", sa.String(length=255), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("language_probability", sa.Float(), nullable=True),
        sa.Column("language_unwanted", sa.Boolean(), nullable=False),
        sa.Column("published_at", UTC_DATETIME, nullable=True),
        sa.Column("published_offset", sa.SmallInteger(), nullable=True),
        sa.Column("published_date", sa.Date(), nullable=True),
        sa.Column("updated_at", UTC_DATETIME, nullable=True),
        sa.Column("updated_offset", sa.SmallInteger(), nullable=True),
        sa.Column("date_source", sa.String(length=16), nullable=False),
        sa.Column("date_confidence", sa.Float(), nullable=False),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("crawled_at", UTC_DATETIME, nullable=False),
        sa.Column("last_seen_at", UTC_DATETIME, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["articles.id"]),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"]),
    )
    for column in (
        "crawled_at",
        "duplicate_of",
        "language",
        "published_at",
        "published_date",
        "source",
        "story_id",
        "text_hash",
    ):
        op.create_index(f"ix_articles_{column}", "articles", [column])
    op.create_table(
        "site_paragraphs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=255), nullable=False),
        sa.Column("fingerprint", sa.String(length=16), nullable=False),
        sa.Column("document", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["document_id"], ["site_documents.id"], ondelete="CASCADE"),
    )
    op.create_index(
        "ix_site_paragraphs_site_fingerprint", "site_paragraphs", ["site", "fingerprint"]
    )
    op.create_index("ix_site_paragraphs_document_id", "site_paragraphs", ["document_id"])
    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("seen_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"]),
    )
    op.create_index("ix_article_versions_article_id", "article_versions", ["article_id"])
    op.create_table(
        "article_features",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column("terms", sa.LargeBinary(), nullable=True),
        sa.Column("event_time", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("article_id"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"]),
    )
    op.create_index("ix_article_features_event_time", "article_features", ["event_time"])
    op.create_table(
        "watch_scores",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("watch", sa.String(length=255), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("relevant", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("article_id", "watch"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"]),
    )
    op.create_index("ix_watch_scores_watch", "watch_scores", ["watch"])
    op.create_index("ix_watch_scores_relevant", "watch_scores", ["relevant"])


def downgrade() -> None:
    for table in (
        "watch_scores",
        "article_features",
        "article_versions",
        "site_paragraphs",
        "articles",
        "site_documents",
        "stories",
        "crawl_runs",
    ):
        op.drop_table(table)
