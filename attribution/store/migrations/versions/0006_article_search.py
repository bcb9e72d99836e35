"""A word index over articles' text, for the article search (Store.articles, count_articles).

- SQLite: an FTS5 external-content table over articles.text (unicode61, diacritics removed: "lavrov" finds
  "Lavróv"), kept in step by triggers and filled here from the stored articles.
  With it, ix_articles_listed (published, id, title, publisher, key, url): a count or a page of a search reads
  the short columns from this index alone, not from the articles' large rows (a page walks it newest first).
  (On PostgreSQL a b-tree on title and URL could not take a long one.)
  NOTE: a later migration that rebuilds `articles` on SQLite (batch_alter_table copying the table) drops its
  triggers; such a migration must create the three triggers below again.
- PostgreSQL: a GIN index on to_tsvector('simple', text) (built in: lowercased words, no stemming), its
  non-ASCII punctuation made spaces first (schema.article_words, which queries use too: the index serves
  only its own expression).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from attribution.store.schema import ARTICLE_LIST_INDEX, ARTICLE_SEARCH_INDEX, article_words

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SEARCH = [  # SQLite
    "CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='articles', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO articles_fts(rowid, text) VALUES (new.id, new.text); END",
]
_DROP_SEARCH = [
    "DROP TRIGGER articles_fts_update",
    "DROP TRIGGER articles_fts_delete",
    "DROP TRIGGER articles_fts_insert",
    "DROP TABLE articles_fts",
]


_LISTED = ["published", "id", "title", "publisher", "key", "url"]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for ddl in _SEARCH:
            op.execute(ddl)
        op.create_index(ARTICLE_LIST_INDEX, "articles", _LISTED)
    else:
        op.create_index(ARTICLE_SEARCH_INDEX, "articles", [article_words(sa.column("text"))], postgresql_using="gin")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index(ARTICLE_LIST_INDEX, "articles")
        for ddl in _DROP_SEARCH:
            op.execute(ddl)
    else:
        op.drop_index(ARTICLE_SEARCH_INDEX, "articles")
