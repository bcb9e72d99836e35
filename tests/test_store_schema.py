"""The Alembic migrations on SQLite and PostgreSQL: they build exactly schema.py, go down and up again, and
adopt a store made by the walking skeleton (before migrations) without losing its articles."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from attribution import Article
from attribution.store import MIGRATIONS, Store, statement_key
from attribution.store import schema as store_schema

TEXT = "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready."


def _config(conn) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def test_the_migrations_build_exactly_the_schema(store_url: str) -> None:
    with Store(store_url) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": store_schema.include_name})
        assert compare_metadata(context, store_schema.metadata) == []
        assert context.get_current_revision() == ScriptDirectory.from_config(_config(conn)).get_current_head()


def test_down_to_nothing_and_up_again(store_url: str) -> None:
    Store(store_url).close()
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_config(conn), "base")
        with engine.connect() as conn:
            assert set(conn.dialect.get_table_names(conn)) <= {"alembic_version"}
    finally:
        engine.dispose()
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        assert store.count_statements() == 1


def test_a_skeleton_store_is_adopted_and_its_articles_re_extracted(store_url: str) -> None:
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:  # the walking skeleton's tables, made without Alembic
            command.downgrade(_config(conn), "base")  # the PostgreSQL test database starts migrated
            command.upgrade(_config(conn), "0001")
            conn.execute(text("DROP TABLE alembic_version"))
            article_id = conn.execute(
                text(
                    "INSERT INTO articles (key, text, content_hash, ingested_at) VALUES (:k, :t, :h, :at) RETURNING id"
                ),
                {"k": "a1", "t": TEXT, "h": Article("a1", TEXT).content_hash, "at": datetime.now(UTC)},
            ).scalar_one()
            conn.execute(text(
                'INSERT INTO statements (article_id, key, position, start, "end", spans, text, kind, speaker, '
                "anonymous, confidence) VALUES (:a, :k, 0, 42, 78, '[[42, 78]]', :t, 'indirect', 'Sergey Lavrov', "
                "false, 0.7)"
            ), {"a": article_id, "k": statement_key("a1", "that the delegation is ready", 0),
                "t": "that the delegation is ready"})  # fmt: skip
    finally:
        engine.dispose()
    with Store(store_url) as store:
        [old] = store.statements()
        assert old.speaker == "Sergey Lavrov" and old.speaker_id is None and store.review(old.id).version == 0
        store.save_review(old.id, expected_version=0, reviewer="ann", verdict="confirmed")
        summary = store.ingest([Article("a1", TEXT)])  # same text; no engine fingerprint yet: re-extracted
        assert (summary.updated, summary.unchanged) == (1, 0)
        [now] = store.statements()
        assert now.id == old.id and now.speaker_id is not None and now.verdict == "confirmed"


# A stored statement's cue → its speech value after migration 0009 (the lexicon's speech column decides).
SPEECH_ON_MIGRATION = [
    ("said", True),
    ("told", True),
    ("according to", True),
    ("thinks", False),
    ("believed", False),
    ("plans", False),
    ("wants", False),
    ("also thinks", False),  # the first listed cue among the words decides
    (None, True),  # a colon or a floating quote: no cue
    ("grumbled", True),  # a cue not (or no longer) listed
]


def test_migration_0009_gives_stored_statements_their_speech_from_the_cue(store_url: str) -> None:
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:
            command.downgrade(_config(conn), "base")
            command.upgrade(_config(conn), "0006")
            article_id = conn.execute(
                text(
                    "INSERT INTO articles (key, text, content_hash, ingested_at) VALUES (:k, :t, :h, :at) RETURNING id"
                ),
                {"k": "a1", "t": TEXT, "h": Article("a1", TEXT).content_hash, "at": datetime.now(UTC)},
            ).scalar_one()
            for n, (cue, _) in enumerate(SPEECH_ON_MIGRATION):
                conn.execute(text(
                    'INSERT INTO statements (article_id, key, position, start, "end", spans, text, kind, '
                    "anonymous, confidence, cue) VALUES (:a, :k, :n, 0, 5, '[[0, 5]]', 'words', 'indirect', "
                    "false, 0.5, :cue)"
                ), {"a": article_id, "k": f"k{n}", "n": n, "cue": cue})  # fmt: skip
            command.upgrade(_config(conn), "0009")
            got = dict(conn.execute(text("SELECT position, speech FROM statements")).all())
    finally:
        engine.dispose()
    assert [(cue, bool(got[n])) for n, (cue, _) in enumerate(SPEECH_ON_MIGRATION)] == SPEECH_ON_MIGRATION
