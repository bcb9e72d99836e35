"""Relay outlets a desk lists and merges: on `outlets` the outlet it was merged into (the merge a person made, kept
for undo), the outlet that stands for it now (`canonical_id`, the merges followed to the end; NULL: itself), its
look-up key (`folded`: case, accents, punctuation and a leading "the" ignored), when it was first stored and who
last edited it; `outlet_merges`, every merge with who made it, why and its undoing; `outlet_suggestions`, pairs
that may be one outlet, decided by a person as speaker merge suggestions are. Outlets named by statements but
never stored (none expected) are stored now.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _folded(name: str) -> str:
    # attribution.store.outlets.fold as of this revision: a migration does not import the code it migrates
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w\s]|_", " ", bare).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def upgrade() -> None:
    # SQLite adds a column with a foreign key by copying the table: `outlets` is small and holds no trigger
    with op.batch_alter_table("outlets") as batch:
        batch.add_column(
            sa.Column("merged_into", sa.Integer, sa.ForeignKey("outlets.id", name="fk_outlets_merged_into"))
        )
        batch.add_column(sa.Column("canonical_id", sa.Integer))
        batch.add_column(sa.Column("folded", sa.String(300)))
        batch.add_column(sa.Column("created_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("edited_by", sa.String(200)))
    op.create_index("ix_outlets_canonical", "outlets", ["canonical_id"])
    op.create_index("ix_outlets_folded", "outlets", ["folded"])
    op.create_table(
        "outlet_merges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("into_id", sa.Integer, sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("merged_by", sa.String(200), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_by", sa.String(200)),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_outlet_merges_outlet", "outlet_merges", ["outlet_id"])
    op.create_table(
        "outlet_suggestions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("a_id", sa.Integer, sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("b_id", sa.Integer, sa.ForeignKey("outlets.id"), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("a_id", "b_id", name="uq_outlet_suggestions_pair"),
        sa.CheckConstraint("a_id < b_id", name="ck_outlet_suggestions_ordered"),
    )
    op.create_index("ix_outlet_suggestions_status", "outlet_suggestions", ["status"])
    conn = op.get_bind()
    outlets = sa.table("outlets", sa.column("id"), sa.column("name"), sa.column("folded"))
    statements = sa.table("statements", sa.column("outlet"))
    stored = set(conn.execute(sa.select(outlets.c.name)).scalars())
    named = conn.execute(sa.select(statements.c.outlet).where(statements.c.outlet.is_not(None)).distinct()).scalars()
    missing = sorted(set(named) - stored)
    if missing:
        conn.execute(sa.insert(outlets), [{"name": n} for n in missing])
    for outlet_id, name in conn.execute(sa.select(outlets.c.id, outlets.c.name)).all():
        conn.execute(sa.update(outlets).where(outlets.c.id == outlet_id).values(folded=_folded(name)))


def downgrade() -> None:
    op.drop_table("outlet_suggestions")
    op.drop_table("outlet_merges")
    op.drop_index("ix_outlets_folded", "outlets")
    op.drop_index("ix_outlets_canonical", "outlets")
    with op.batch_alter_table("outlets") as batch:
        for name in ("edited_by", "created_at", "folded", "canonical_id", "merged_into"):
            batch.drop_column(name)
