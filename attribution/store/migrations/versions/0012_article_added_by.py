"""Who added an article: the dashboard's signed-in editor (team mode) or the name typed on a single-user store,
as access.Identity.label records it ("Name <email>"). NULL for articles from the CLI and those stored before.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN on SQLite too: a batch copy of `articles` would drop 0006's FTS triggers.
    op.add_column("articles", sa.Column("added_by", sa.String(200)))


def downgrade() -> None:
    op.drop_column("articles", "added_by")  # ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): no copy of the table
