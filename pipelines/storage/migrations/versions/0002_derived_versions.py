"""Derived data carries a version: table ``derived_versions``.

Stored MinHash signatures, term vectors and text hashes (``article_features``) and paragraph
fingerprints (``site_paragraphs``) depend on the code that computed them. Each kind gets a
row naming the version of that code; everything an earlier newsmon stored is version 1. The
code declares its current versions (``FEATURES_VERSION``, ``PARAGRAPHS_VERSION``); a crawl
refuses to mix versions, and ``scrapy db rebuild-features`` recomputes the data.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "derived_versions",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    # Frozen here, not read from the code: this is what the releases before it computed.
    op.bulk_insert(
        table,
        [
            {"name": "article_features", "version": 1},
            {"name": "site_paragraphs", "version": 1},
        ],
    )


def downgrade() -> None:
    op.drop_table("derived_versions")
