"""Indexes for a million statements: substring search and the speaker facet.

- Free-text search: on SQLite an FTS5 table with the trigram tokenizer over statements.text, kept in
  step by triggers (an external-content table: it stores the index, not a copy of the text); on
  PostgreSQL a pg_trgm GIN index on text, which serves the substring filter's ILIKE.
  NOTE: a later migration that rebuilds `statements` on SQLite (batch_alter_table copying the table)
  drops its triggers; such a migration must create the three triggers below again.
- Every query leaves retired statements out, and a statement's row is large: indexes that hold `retired`
  let counts and facets read only the index. ix_statements_speaker_entity (speaker_id, speaker, retired)
  replaces ix_statements_speaker_id (counts per entity and name in index order, and the names of
  statements with no entity found by skipping through it, store/indexed.py); the facet and article
  indexes gain `retired`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SEARCH = {
    "sqlite": [
        "CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id', "
        "tokenize='trigram')",
        "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
        "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
        "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
        "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
        "CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN "
        "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
    ],
    "postgresql": [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",  # Debian's postgresql package ships it (contrib)
        "CREATE INDEX ix_statements_text_trgm ON statements USING gin (text gin_trgm_ops)",
    ],
}
_DROP_SEARCH = {
    "sqlite": [
        "DROP TRIGGER statements_fts_update",
        "DROP TRIGGER statements_fts_delete",
        "DROP TRIGGER statements_fts_insert",
        "DROP TABLE statements_fts",
    ],
    "postgresql": ["DROP INDEX ix_statements_text_trgm"],  # the extension stays: other databases may use it
}


# index: (columns before, columns after)
_WITH_RETIRED = {
    "ix_statements_affiliation": (["affiliation"], ["affiliation", "retired"]),
    "ix_statements_country": (["country"], ["country", "retired"]),
    "ix_statements_outlet": (["outlet"], ["outlet", "retired"]),
    "ix_statements_kind": (["kind"], ["kind", "retired"]),
    "ix_statements_article": (["article_id", "position"], ["article_id", "retired", "position"]),
}


def upgrade() -> None:
    for ddl in _SEARCH[op.get_bind().dialect.name]:
        op.execute(ddl)
    op.drop_index("ix_statements_speaker_id", "statements")
    op.create_index("ix_statements_speaker_entity", "statements", ["speaker_id", "speaker", "retired"])
    for name, (_, columns) in _WITH_RETIRED.items():
        op.drop_index(name, "statements")
        op.create_index(name, "statements", columns)


def downgrade() -> None:
    for name, (columns, _) in _WITH_RETIRED.items():
        op.drop_index(name, "statements")
        op.create_index(name, "statements", columns)
    op.drop_index("ix_statements_speaker_entity", "statements")
    op.create_index("ix_statements_speaker_id", "statements", ["speaker_id"])
    for ddl in _DROP_SEARCH[op.get_bind().dialect.name]:
        op.execute(ddl)
