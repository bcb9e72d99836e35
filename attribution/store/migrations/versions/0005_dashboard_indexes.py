"""Indexes for the dashboard's filters at a million statements.

- ix_statements_retired (retired): every query leaves retired statements out, and a filter that names its
  statements by id (topic, free text, the fact-check aids' flags) checked `retired` in each statement's large
  row; SQLite reads it from this index instead, (retired, rowid), a lookup in a small b-tree (a topic's count
  at 1M: 133 → 63 ms).
- ix_statement_topics_topic gains statement_id: a topic's statements are read from the index alone, not
  from one table row each.

A SQLite store with planner statistics gets them for the new indexes too (a second at 1M): without them
SQLite takes `retired IS 0` for a selective condition and may read every statement through the new index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_statements_retired", "statements", ["retired"])
    op.drop_index("ix_statement_topics_topic", "statement_topics")
    op.create_index("ix_statement_topics_topic", "statement_topics", ["topic", "statement_id"])
    bind = op.get_bind()
    analyzed = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    if bind.dialect.name == "sqlite" and bind.scalar(sa.text(analyzed)):
        op.execute("ANALYZE statements")
        op.execute("ANALYZE statement_topics")


def downgrade() -> None:
    op.drop_index("ix_statement_topics_topic", "statement_topics")
    op.create_index("ix_statement_topics_topic", "statement_topics", ["topic"])
    op.drop_index("ix_statements_retired", "statements")
