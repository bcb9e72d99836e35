"""The language of each article's text (ISO 639-1, "en", "ru"), so that a store holding news in several
languages can be filtered by it and a text the engine does not read is shown as such, not as an article
without statements. Articles stored before stay NULL (unknown) until they are ingested again.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on SQLite too: a batch copy of `articles` would drop 0006's FTS triggers.
    op.add_column("articles", sa.Column("language", sa.String(16)))
    op.create_index("ix_articles_language", "articles", ["language"])


def downgrade() -> None:
    op.drop_index("ix_articles_language", "articles")
    op.drop_column("articles", "language")  # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): no copy of the table
