"""statements.speech: a speech act ("said", "told") rather than a belief, plan or perception ("thinks",
"plans", "polls show"); the dashboard shows speech acts unless asked for the rest.

Statements already stored get it from their cue's words, read with the current lexicon
(data/reporting_cues.csv, column speech): "thinks" no, "said" yes; a statement without a cue (a colon, a
floating quote) or with a cue no longer listed is a speech act. A re-ingest with the new engine writes the
engine's own value.

ix_statements_retired becomes (retired, speech): the dashboard's default view asks for both on every query,
and the index answers them without reading the statements' large rows.

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

_statements = sa.table("statements", sa.column("cue", sa.String), sa.column("speech", sa.Boolean))


def upgrade() -> None:
    op.add_column("statements", sa.Column("speech", sa.Boolean, nullable=False, server_default=sa.true()))
    bind = op.get_bind()
    lex = lexicons.load()
    cues = bind.execute(sa.select(_statements.c.cue).where(_statements.c.cue.is_not(None)).distinct()).scalars()
    beliefs = [cue for cue in cues if not lex.speech_of(cue)]
    for chunk in range(0, len(beliefs), 500):
        op.execute(_statements.update().where(_statements.c.cue.in_(beliefs[chunk : chunk + 500])).values(speech=False))
    op.drop_index("ix_statements_retired", "statements")
    op.create_index("ix_statements_retired", "statements", ["retired", "speech"])


def downgrade() -> None:
    op.drop_index("ix_statements_retired", "statements")
    op.create_index("ix_statements_retired", "statements", ["retired"])
    # ALTER TABLE … DROP COLUMN in place (SQLite ≥ 3.35): a batch copy of `statements` would drop its search
    # triggers (0004)
    op.execute("ALTER TABLE statements DROP COLUMN speech")
