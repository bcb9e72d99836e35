"""Fact-check aids: article fingerprints and wire credits, statement groups, misattribution alerts, claim
matches, a person's decisions on suggested pairs, and the log of changes the aids have yet to see.

Articles stored before this revision get their fingerprint and wire credit at the first full refresh of
the aids (`python -m attribution aids refresh`), which the "all" change row below asks for.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("fingerprint", sa.BigInteger))
        batch.add_column(sa.Column("wire", sa.String(300)))
    op.create_table(
        "statement_groups",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("canonical_id", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("wordings", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(300)),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
    )
    op.create_index("ix_statement_groups_size", "statement_groups", ["size"])
    op.create_table(
        "statement_group_members",
        sa.Column("statement_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("group_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_statement_group_members_group", "statement_group_members", ["group_id"])
    op.create_table(
        "misattribution_alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("statement_id", sa.Integer, nullable=False),
        sa.Column("other_statement_id", sa.Integer, nullable=False),
        sa.Column("group_id", sa.Integer, nullable=False),
        sa.Column("other_group_id", sa.Integer, nullable=False),
        sa.Column("speaker", sa.String(300), nullable=False),
        sa.Column("other_speaker", sa.String(300), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_misattribution_alerts_group", "misattribution_alerts", ["group_id"])
    op.create_index("ix_misattribution_alerts_other_group", "misattribution_alerts", ["other_group_id"])
    op.create_table(
        "group_links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
        sa.Column("b_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("score", sa.Float),
        sa.Column("a_group_id", sa.Integer),
        sa.Column("b_group_id", sa.Integer),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("a_id", "b_id", name="uq_group_links_pair"),
        sa.CheckConstraint("a_id < b_id", name="ck_group_links_ordered"),
    )
    for name, column in (("status", "status"), ("a_group", "a_group_id"), ("b_group", "b_group_id"), ("b", "b_id")):
        op.create_index(f"ix_group_links_{name}", "group_links", [column])
    op.create_table(
        "claim_matches",
        sa.Column("statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "reviewed_statement_id", sa.Integer, sa.ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("same_speaker", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claim_matches_reviewed", "claim_matches", ["reviewed_statement_id"])
    op.create_table(
        "aids_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("statement_id", sa.Integer),
        sa.Column("kind", sa.String(16), nullable=False),
    )
    op.execute("INSERT INTO aids_changes (kind) VALUES ('all')")


def downgrade() -> None:
    for table in ("aids_changes", "claim_matches", "group_links", "misattribution_alerts", "statement_group_members",
                  "statement_groups"):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("wire")
        batch.drop_column("fingerprint")
