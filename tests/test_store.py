"""The store round trip on a fresh SQLite file."""

from __future__ import annotations

from pathlib import Path

from attribution import Article, extract
from attribution.store import StatementFilter, Store

TEXT = (
    "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said."
)


def test_round_trip(sqlite_url: str) -> None:
    article = Article("a1", TEXT, title="Talks", publisher="Example", url="https://example.org/a1")
    with Store(sqlite_url) as store:
        assert store.is_empty()
        summary = store.ingest([article])
        assert (summary.new, summary.statements) == (1, 2)
    with Store(sqlite_url) as store:  # a new connection sees what was committed
        rows = store.statements()
        expected = extract(TEXT, "a1")
        assert [r["text"] for r in rows] == [s.text for s in expected]
        assert [r["speaker"] for r in rows] == ["Sergey Lavrov", "Caroline Leavitt"]
        first = rows[0]
        assert (first["article"], first["title"], first["publisher"], first["url"]) == (
            "a1",
            "Talks",
            "Example",
            "https://example.org/a1",
        )
        assert first["spans"] == [[expected[0].start, expected[0].end]]
        assert first["affiliation"] == "Russian Foreign Ministry" and first["anonymous"] is False


def test_ingest_is_idempotent_and_updates_changed_text(sqlite_url: str) -> None:
    with Store(sqlite_url) as store:
        store.ingest([Article("a1", TEXT)])
        again = store.ingest([Article("a1", TEXT)])
        assert (again.new, again.unchanged, again.statements) == (0, 1, 0)
        assert store.count_statements() == 2
        changed = store.ingest([Article("a1", TEXT + "\nPeskov said the talks are over.")])
        assert changed.updated == 1 and store.count_statements() == 3


def test_filters_and_counts(seeded_url: str) -> None:
    with Store(seeded_url) as store:
        total = store.count_statements()
        leavitt = StatementFilter(speakers=("Caroline Leavitt",))
        assert store.count_statements(leavitt) == 4 < total
        assert {r["speaker"] for r in store.statements(leavitt)} == {"Caroline Leavitt"}
        counts = dict(store.speaker_counts())
        assert counts["Caroline Leavitt"] == 4 and sum(counts.values()) <= total
        assert len(store.statements(limit=5, offset=5)) == 5
        assert "John Kelley" in store.speakers()


def test_default_store_lives_in_data(monkeypatch, tmp_path: Path) -> None:
    from attribution.store import DEFAULT_URL, database_url

    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url() == DEFAULT_URL and DEFAULT_URL.endswith("data/quotes.db")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
    assert database_url() == "sqlite:///elsewhere.db"
    assert database_url("sqlite:///given.db") == "sqlite:///given.db"
