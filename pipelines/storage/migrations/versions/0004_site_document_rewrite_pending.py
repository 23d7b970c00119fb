"""Site documents marked for a rewrite.

- ``site_documents``: ``rewrite_pending``, set when the site's learned boilerplate changed
  after the article's text was stored; the crawl rewrites such texts as it closes, and a crawl
  that died leaves them to the next one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("site_documents") as batch_op:
        batch_op.add_column(
            sa.Column("rewrite_pending", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("site_documents") as batch_op:
        batch_op.alter_column("rewrite_pending", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("site_documents") as batch_op:
        batch_op.drop_column("rewrite_pending")
