"""The walking skeleton's schema: articles and statements.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("publisher", sa.String(300)),
        sa.Column("published", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("spans", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.String(300)),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("role", sa.String(300)),
        sa.Column("affiliation", sa.String(300)),
        sa.Column("country", sa.String(100)),
        sa.Column("outlet", sa.String(300)),
        sa.Column("cue", sa.String(100)),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_statements_article", "statements", ["article_id", "position"])
    op.create_index("ix_statements_speaker", "statements", ["speaker"])
    op.create_index("ix_statements_affiliation", "statements", ["affiliation"])
    op.create_index("ix_statements_outlet", "statements", ["outlet"])


def downgrade() -> None:
    op.drop_table("statements")
    op.drop_table("articles")
