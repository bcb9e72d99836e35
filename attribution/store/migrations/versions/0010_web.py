"""News from the web: the `feeds` a desk follows (validators for conditional GET, last poll and error, how many
articles each brought), and on articles the fetched URL, the final URL after redirects, the canonical URL the
page declares (an article's identity across feeds and tracking parameters), when it was fetched and the page's
HTTP validators (ETag, Last-Modified), so that fetching an unchanged page again costs one 304.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_COLUMNS = ("fetched_url", "final_url", "canonical_url", "etag", "last_modified")


def upgrade() -> None:
    # Plain ADD COLUMNs on SQLite too: a batch copy of `articles` would drop 0006's FTS triggers.
    for name in _COLUMNS:
        op.add_column("articles", sa.Column(name, sa.Text))
    op.add_column("articles", sa.Column("fetched_at", sa.DateTime(timezone=True)))
    op.create_index("ix_articles_canonical_url", "articles", ["canonical_url"])
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("site", sa.Text),
        sa.Column("added_by", sa.String(200)),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_polled", sa.DateTime(timezone=True)),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_status", sa.String(32)),
        sa.Column("last_error", sa.Text),
        sa.Column("article_count", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("url", name="uq_feeds_url"),
    )


def downgrade() -> None:
    op.drop_table("feeds")
    op.drop_index("ix_articles_canonical_url", "articles")
    for name in (*_COLUMNS, "fetched_at"):
        op.drop_column("articles", name)
