"""What a review was made on: the statement's words, speaker and outlet when it was last saved.

A re-extraction that changes any of them keeps these, records the change in the history and sends the review
back to a person (workflow needs_recheck); ClaimReview publishes a verdict only for the words reviewed.
Reviews saved before this migration take the statement's current values (all the store knows).

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS = (("reviewed_text", "text"), ("reviewed_speaker", "speaker"), ("reviewed_outlet", "outlet"))


def upgrade() -> None:
    op.add_column("reviews", sa.Column("reviewed_text", sa.Text()))
    op.add_column("reviews", sa.Column("reviewed_speaker", sa.String(300)))
    op.add_column("reviews", sa.Column("reviewed_outlet", sa.String(300)))
    for column, source in _COLUMNS:
        op.execute(
            f"UPDATE reviews SET {column} = (SELECT statements.{source} FROM statements "
            "WHERE statements.id = reviews.statement_id) WHERE version > 0"
        )


def downgrade() -> None:
    for column, _ in reversed(_COLUMNS):
        op.drop_column("reviews", column)
