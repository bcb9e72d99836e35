"""Canonical speakers, outlets, topics, check-worthiness, reviews with an append-only history.

Articles stored before this revision have no engine fingerprint, so the next ingest of them
re-extracts their statements and links them to canonical speakers; their reviews start unstarted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Review history is evidence: the database itself refuses to change or delete it.
_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history "
        "BEGIN SELECT RAISE(ABORT, 'review_history is append-only'); END",
        "CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history "
        "BEGIN SELECT RAISE(ABORT, 'review_history is append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION review_history_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'review_history is append-only'; END $$",
        "CREATE TRIGGER review_history_append_only BEFORE UPDATE OR DELETE ON review_history "
        "FOR EACH ROW EXECUTE FUNCTION review_history_append_only()",
    ],
}
_DROP_APPEND_ONLY = {
    "sqlite": ["DROP TRIGGER review_history_no_update", "DROP TRIGGER review_history_no_delete"],
    "postgresql": [
        "DROP TRIGGER review_history_append_only ON review_history",
        "DROP FUNCTION review_history_append_only()",
    ],
}


def upgrade() -> None:
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("role", sa.String(300)),
        sa.Column("affiliation", sa.String(300)),
        sa.Column("country", sa.String(100)),
        sa.Column("known", sa.Boolean, nullable=False),
        sa.Column("merged_into", sa.Integer, sa.ForeignKey("speakers.id")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_speakers_merged_into", "speakers", ["merged_into"])
    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, sa.ForeignKey("speakers.id"), nullable=False),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.Column("folded", sa.String(300), nullable=False),
        sa.UniqueConstraint("speaker_id", "folded", name="uq_speaker_aliases_speaker_folded"),
    )
    op.create_index("ix_speaker_aliases_folded", "speaker_aliases", ["folded"])
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("country", sa.String(100)),
        sa.Column("kind", sa.String(32)),
    )
    op.add_column("articles", sa.Column("engine", sa.String(64)))
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_publisher", "articles", ["publisher"])
    with op.batch_alter_table("statements") as batch:
        batch.add_column(sa.Column("speaker_id", sa.Integer))
        batch.add_column(sa.Column("speaker_mention", sa.String(300)))
        batch.add_column(sa.Column("check_score", sa.Float))
        batch.add_column(sa.Column("check_reasons", sa.JSON))
        batch.add_column(sa.Column("retired", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.create_foreign_key("fk_statements_speaker_id_speakers", "speakers", ["speaker_id"], ["id"])
    for column in ("speaker_id", "country", "kind", "check_score"):
        op.create_index(f"ix_statements_{column}", "statements", [column])
    op.create_table(
        "statement_topics",
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("topic", sa.String(100), primary_key=True),
    )
    op.create_index("ix_statement_topics_topic", "statement_topics", ["topic"])
    op.create_table(
        "reviews",
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("workflow", sa.String(32), nullable=False, server_default="unstarted"),
        sa.Column("verdict", sa.String(32)),
        sa.Column("rating", sa.String(32)),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence_urls", sa.JSON, nullable=False),
        sa.Column("reviewer", sa.String(200)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.Column("version", sa.Integer, nullable=False, server_default="0"),
    )
    for column in ("workflow", "verdict", "rating"):
        op.create_index(f"ix_reviews_{column}", "reviews", [column])
    op.execute("INSERT INTO reviews (statement_id, evidence_urls) SELECT id, '[]' FROM statements")
    op.create_table(
        "review_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id"), nullable=False),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_index("ix_review_history_statement", "review_history", ["statement_id"])
    for ddl in _APPEND_ONLY[op.get_bind().dialect.name]:
        op.execute(ddl)
    op.create_table(
        "merge_suggestions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_id", sa.Integer, sa.ForeignKey("speakers.id"), nullable=False),
        sa.Column("b_id", sa.Integer, sa.ForeignKey("speakers.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("a_id", "b_id", name="uq_merge_suggestions_pair"),
        sa.CheckConstraint("a_id < b_id", name="ck_merge_suggestions_ordered"),
    )
    op.create_index("ix_merge_suggestions_status", "merge_suggestions", ["status"])
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("store_meta")
    op.drop_table("merge_suggestions")
    for ddl in _DROP_APPEND_ONLY[op.get_bind().dialect.name]:
        op.execute(ddl)
    op.drop_table("review_history")
    op.drop_table("reviews")
    op.drop_table("statement_topics")
    for column in ("speaker_id", "country", "kind", "check_score"):
        op.drop_index(f"ix_statements_{column}", "statements")
    with op.batch_alter_table("statements") as batch:
        batch.drop_constraint("fk_statements_speaker_id_speakers", type_="foreignkey")
        for column in ("retired", "check_reasons", "check_score", "speaker_mention", "speaker_id"):
            batch.drop_column(column)
    op.drop_index("ix_articles_publisher", "articles")
    op.drop_index("ix_articles_published", "articles")
    op.drop_column("articles", "engine")
    op.drop_table("outlets")
    op.drop_table("speaker_aliases")
    op.drop_table("speakers")
