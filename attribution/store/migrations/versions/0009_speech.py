"""statements.speech: a speech act ("said", "told") rather than a belief, plan or perception ("thinks",
"plans", "polls show"); the dashboard shows speech acts unless asked for the rest.

Statements already stored get it from their cue's words, read with the current lexicon
(data/reporting_cues.csv, column speech): "thinks" no, "said" yes; a statement without a cue (a colon, a
floating quote) or with a cue no longer listed is a speech act. A re-ingest with the new engine writes the
engine's own value.

ix_statements_retired becomes (retired, speech), the facets' indexes (affiliation, outlet, speaker entity,
country, kind) end with (retired, speech) instead of retired, and ix_statements_article gains speech last: the
dashboard's default view asks for both on every query, and the indexes answer its counts and charts without
reading the statements' large rows (the speaker chart of the default view at 300k statements: 5.1 s → 0.16 s).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from attribution.engine import lexicons

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# index → its columns before (retired[, speech])
_INDEXES = {
    "ix_statements_retired": [],
    "ix_statements_affiliation": ["affiliation"],
    "ix_statements_outlet": ["outlet"],
    "ix_statements_speaker_entity": ["speaker_id", "speaker"],
    "ix_statements_country": ["country"],
    "ix_statements_kind": ["kind"],
}
_statements = sa.table("statements", sa.column("cue", sa.String), sa.column("speech", sa.Boolean))


def upgrade() -> None:
    op.add_column("statements", sa.Column("speech", sa.Boolean, nullable=False, server_default=sa.true()))
    bind = op.get_bind()
    lex = lexicons.load()
    cues = bind.execute(sa.select(_statements.c.cue).where(_statements.c.cue.is_not(None)).distinct()).scalars()
    beliefs = [cue for cue in cues if not lex.speech_of(cue)]
    for chunk in range(0, len(beliefs), 500):
        op.execute(_statements.update().where(_statements.c.cue.in_(beliefs[chunk : chunk + 500])).values(speech=False))
    for name, columns in _INDEXES.items():
        op.drop_index(name, "statements")
        op.create_index(name, "statements", [*columns, "retired", "speech"])
    op.drop_index("ix_statements_article", "statements")
    op.create_index("ix_statements_article", "statements", ["article_id", "retired", "position", "speech"])
    _analyze()


def downgrade() -> None:
    for name, columns in _INDEXES.items():
        op.drop_index(name, "statements")
        op.create_index(name, "statements", [*columns, "retired"])
    op.drop_index("ix_statements_article", "statements")
    op.create_index("ix_statements_article", "statements", ["article_id", "retired", "position"])
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35): a batch copy of `statements` would drop its search
    # triggers (0004)
    op.execute("ALTER TABLE statements DROP COLUMN speech")


def _analyze() -> None:
    """A SQLite store with planner statistics gets them for the new indexes too (see 0005)."""
    bind = op.get_bind()
    analyzed = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    if bind.dialect.name == "sqlite" and bind.scalar(sa.text(analyzed)):
        op.execute("ANALYZE statements")
