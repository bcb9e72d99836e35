"""The article search on SQLite (FTS5) and PostgreSQL (a tsvector GIN index): words of the text by prefix, the
short columns by substring, kept in step with ingest, re-ingest and deletes, and built for a filled store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from alembic import command
from sqlalchemy import create_engine, delete, func, insert, select, text

from attribution import Article
from attribution.store import Store
from attribution.store.indexed import search_words, words_in_text
from attribution.store.schema import articles
from tests.test_store_schema import _config

CORPUS = [
    Article("brief-001", "Sergey Lavrov said the ceasefire talks would resume in Istanbul.", title="Moscow briefing",
            publisher="Harbour Gazette", published=date(2025, 5, 3), url="https://example.org/news/1"),
    Article("brief-002", "The minister's “final” offer (AND NOT a bluff) was rejected; talks ended.", title="Offer",
            publisher="Northwind Post", published=date(2025, 5, 2), url="https://example.org/news/2"),
    Article("brief-003", "Élysée officials discussed GAS prices with Zürich bankers.", title="Paris",
            publisher="Morning Ledger", published=date(2025, 5, 1), url="https://example.org/news/3"),
]  # fmt: skip
ALL = ["brief-001", "brief-002", "brief-003"]


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest(CORPUS)
        yield s


def _found(store: Store, search: str) -> list[str]:
    keys = [a.key for a in store.articles(search, limit=None)]
    assert store.count_articles(search) == len(keys)
    return keys


@pytest.mark.parametrize(
    ("search", "keys"),
    [
        ("lavrov", ["brief-001"]),  # a word of the text
        ("Lavr talk", ["brief-001"]),  # each word a prefix, in any order of the text
        ("TALKS", ["brief-001", "brief-002"]),  # any case
        ("gas PRICES", ["brief-003"]),
        ("lavrov offer", []),  # all words required, in one text
        ("avrov", []),  # a word's middle is not a word
        ("kyiv", []),
        ("moscow", ["brief-001"]),  # a word only in the title
        ("Brief", ALL),  # the title, key and URL by substring
        ("brief-00", ALL),  # the key
        ("ef-002", ["brief-002"]),  # a substring of the key
        ("example.org/news/3", ["brief-003"]),  # the URL
        ("northwind", ["brief-002"]),  # the publisher
        ("“final”", ["brief-002"]),  # quotes are not query syntax
        ('"final', ["brief-002"]),
        ("(AND NOT", ["brief-002"]),  # nor are operators and parentheses: words like any other
        ("minister's", ["brief-002"]),
        ("-bluff*", ["brief-002"]),
        ("talks OR lavrov", []),  # "or" begins no word of these texts: no OR operator
        ("", ALL),
        ("  ", ALL),
        ('"*-()', ALL),  # punctuation only: no text filter
    ],
)
def test_article_search_by_words_and_substrings(store: Store, search: str, keys: list[str]) -> None:
    assert _found(store, search) == keys


@pytest.mark.parametrize(
    ("search", "sqlite", "postgresql"),
    [
        ("Élysée zürich", ["brief-003"], ["brief-003"]),
        # FTS5 folds all of Unicode's case; PostgreSQL the database locale's, ASCII's alone in the tests' C locale
        ("élysée", ["brief-003"], []),
        ("elysee zurich", ["brief-003"], []),  # accents: FTS5 removes them, PostgreSQL's 'simple' keeps them
    ],
)
def test_article_search_case_and_accents(store: Store, search: str, sqlite: list, postgresql: list) -> None:
    assert _found(store, search) == {"sqlite": sqlite, "postgresql": postgresql}[store.dialect]


def test_a_re_ingested_article_is_found_by_its_new_words_only(store: Store) -> None:
    changed = replace(CORPUS[0], text="Maria Zakharova said the summit was postponed.")
    assert store.ingest([changed]).updated == 1
    assert _found(store, "zakharova postponed") == ["brief-001"]
    assert _found(store, "lavrov") == [] and _found(store, "talks") == ["brief-002"]


def test_a_deleted_article_is_not_found(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.execute(delete(articles).where(articles.c.key == "brief-003"))
    assert _found(store, "officials") == [] and _found(store, "prices") == []
    # SQLite gives the next article the deleted one's id (the largest): it must not inherit its words
    store.ingest([Article("brief-004", "Officials in Istanbul said so.", published=date(2025, 4, 1))])
    assert _found(store, "prices") == [] and _found(store, "officials") == ["brief-004"]
    assert _found(store, "istanbul") == ["brief-001", "brief-004"]


def test_the_search_reads_the_word_index(store: Store) -> None:
    query = select(func.count()).where(words_in_text(store.dialect, search_words("lavr talk")))
    with store.engine.connect() as conn:
        if store.dialect == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))  # 3 rows: the planner would rightly scan them
        compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN {compiled}")))
        if store.dialect == "sqlite":
            plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert {"sqlite": "articles_fts", "postgresql": "ix_articles_text_words"}[store.dialect] in plan


def test_the_migration_indexes_a_filled_store(store_url: str) -> None:
    Store(store_url).close()
    engine = create_engine(store_url)
    try:
        with engine.begin() as conn:  # articles stored before the word index existed
            command.downgrade(_config(conn), "0005")
            now = datetime.now(UTC)
            rows = [dict(key=a.id, title=a.title, publisher=a.publisher, published=a.published, url=a.url,
                         text=a.text, content_hash=a.content_hash, ingested_at=now) for a in CORPUS]  # fmt: skip
            conn.execute(insert(articles), rows)
    finally:
        engine.dispose()
    with Store(store_url) as store:
        assert _found(store, "lavr talk") == ["brief-001"] and _found(store, "bluff") == ["brief-002"]
        store.ingest([Article("late", "A later article about the bluff.")])  # the triggers work after it too
        assert _found(store, "bluff") == ["brief-002", "late"]
