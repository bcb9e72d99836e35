"""A new store's schema made at once, as running every migration from an empty database would leave it.

`schema.metadata`'s tables and indexes, then what the migrations make that SQLAlchemy's metadata has no form for:
the review history's append-only triggers (migration 0002), the search indexes (SQLite's FTS5 tables with their
triggers and an index of its own, 0004 and 0006; PostgreSQL's pg_trgm and GIN indexes) and the row the aids' change
log starts with (0003). The caller stamps the store at the newest revision. tests/test_store_fresh_s11.py checks,
on SQLite and PostgreSQL, that a store made here equals a migrated one (tables, columns, keys, indexes, triggers,
functions, rows): a migration that adds or changes any of these objects must change them here as well.
"""

from __future__ import annotations

from importlib import import_module

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, column, insert

from .schema import (
    ARTICLE_LIST_INDEX,
    ARTICLE_SEARCH_INDEX,
    SEARCH_INDEX,
    aids_changes,
    article_words,
    metadata,
)

# The SQL text of each object as the migrations wrote it (SQLite keeps a trigger's text verbatim): the review history's
# append-only triggers are taken from migration 0002 itself, whose file name no import statement can spell.
_APPEND_ONLY = import_module(f"{__package__}.migrations.versions.0002_reviews_speakers_topics")._APPEND_ONLY


def _fts(table: str, tokenize: str) -> list[str]:
    """An external-content FTS5 index of a table's text, kept in step by three triggers (0004, 0006)."""
    return [
        f"CREATE VIRTUAL TABLE {table}_fts USING fts5(text, content='{table}', content_rowid='id', "
        f"tokenize='{tokenize}')",
        f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')",  # as the migrations did: same empty index
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {table}_fts(rowid, text) VALUES (new.id, new.text); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {table}_fts({table}_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF text ON {table} BEGIN "
        f"INSERT INTO {table}_fts({table}_fts, rowid, text) VALUES ('delete', old.id, old.text); "
        f"INSERT INTO {table}_fts(rowid, text) VALUES (new.id, new.text); END",
    ]


_SEARCH = {
    "sqlite": [*_fts("statements", "trigram"), *_fts("articles", "unicode61 remove_diacritics 2")],
    "postgresql": [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE INDEX {SEARCH_INDEX} ON statements USING gin (text gin_trgm_ops)",
    ],
}
_LISTED = ("published", "id", "title", "publisher", "key", "url")  # SQLite's article list (0006)


def create(conn: Connection) -> None:
    """Make the whole schema in an empty database, in the caller's transaction."""
    dialect = conn.dialect.name
    metadata.create_all(conn)
    for ddl in (*_APPEND_ONLY[dialect], *_SEARCH[dialect]):
        conn.exec_driver_sql(ddl)
    op = Operations(MigrationContext.configure(conn))  # the indexes made by the call that made them in 0006
    if dialect == "sqlite":
        op.create_index(ARTICLE_LIST_INDEX, "articles", list(_LISTED))
    else:
        op.create_index(ARTICLE_SEARCH_INDEX, "articles", [article_words(column("text"))], postgresql_using="gin")
    conn.execute(insert(aids_changes).values(kind="all"))  # the aids were never computed: a full refresh is due
