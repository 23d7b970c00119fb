"""Stories merged, not deleted; crawl runs judged; the HTTP cache; source health; names.

- ``stories``: ``merged_into`` and ``merged_at`` (a merged story is kept and marked, so its id
  is never handed out again); on SQLite the table is rebuilt with AUTOINCREMENT for the same
  reason.
- ``crawl_runs``: ``sources``, ``status`` (runs before this revision: ``ok`` when they
  finished, else ``lost``), ``exit_code``, ``message``.
- ``http_cache``: feeds and sitemaps kept for conditional requests.
- ``source_runs``: per source and run, what the crawl found (source health).
- ``article_features``: ``names`` (the names vector stories compare; filled by
  ``scrapy db rebuild-features``, version 2 of the features) and ``dated`` (whether the
  article's time is its publication date).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The models' UTCDateTime is stored as this type (it only converts values on the way).
UTC_DATETIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "http_cache",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("fingerprint"),
    )
    op.create_table(
        "source_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("finished_at", UTC_DATETIME, nullable=False),
        sa.Column("pages_fetched", sa.Integer(), nullable=False),
        sa.Column("articles_found", sa.Integer(), nullable=False),
        sa.Column("articles_no_text", sa.Integer(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.Column("start_urls", sa.JSON(), nullable=False),
        sa.Column("last_success_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["crawl_runs.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("run_id", "source"),
    )
    with op.batch_alter_table("source_runs") as batch_op:
        batch_op.create_index(batch_op.f("ix_source_runs_run_id"), ["run_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_source_runs_source"), ["source"], unique=False)

    with op.batch_alter_table("article_features") as batch_op:
        batch_op.add_column(sa.Column("names", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("dated", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    features = sa.table("article_features", sa.column("article_id"), sa.column("dated"))
    articles = sa.table("articles", sa.column("id"), sa.column("published_at"))
    undated = sa.select(articles.c.id).where(articles.c.published_at.is_(None))
    op.execute(features.update().where(features.c.article_id.in_(undated)).values(dated=False))
    with op.batch_alter_table("article_features") as batch_op:
        batch_op.alter_column("dated", server_default=None)

    with op.batch_alter_table("crawl_runs") as batch_op:
        batch_op.add_column(sa.Column("sources", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), nullable=False, server_default="lost")
        )
        batch_op.add_column(sa.Column("exit_code", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("message", sa.Text(), nullable=True))
    runs = sa.table("crawl_runs", sa.column("status"), sa.column("finished_at"))
    op.execute(runs.update().where(runs.c.finished_at.is_not(None)).values(status="ok"))
    with op.batch_alter_table("crawl_runs") as batch_op:
        batch_op.alter_column("status", server_default=None)

    # On SQLite the table is copied so that the copy gets AUTOINCREMENT (ids never reused);
    # PostgreSQL's sequences never hand an id out twice.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table(
        "stories",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("merged_at", UTC_DATETIME, nullable=True))
        batch_op.create_index(batch_op.f("ix_stories_merged_into"), ["merged_into"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stories") as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_merged_into"))
        batch_op.drop_column("merged_at")
        batch_op.drop_column("merged_into")
    with op.batch_alter_table("crawl_runs") as batch_op:
        batch_op.drop_column("message")
        batch_op.drop_column("exit_code")
        batch_op.drop_column("status")
        batch_op.drop_column("sources")
    with op.batch_alter_table("article_features") as batch_op:
        batch_op.drop_column("dated")
        batch_op.drop_column("names")
    with op.batch_alter_table("source_runs") as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_runs_source"))
        batch_op.drop_index(batch_op.f("ix_source_runs_run_id"))
    op.drop_table("source_runs")
    op.drop_table("http_cache")
