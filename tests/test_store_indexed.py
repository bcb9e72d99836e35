"""The store's indexes for a million statements, on SQLite and PostgreSQL: substring search through the trigram
indexes (FTS5 / pg_trgm) answers exactly as a plain scan does, also after edits, deletes and re-ingests; the
filter widgets' values, found by skipping through indexes, are those a scan of every current statement finds,
also after merges and retirements."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, select, text, update

from attribution import Article
from attribution.review import Rating, Verdict, Workflow
from attribution.store import StatementFilter, Store, indexed, statement_key
from attribution.store.filters import FACET_TABLES, FACETS, joined
from attribution.store.schema import articles, reviews, statements

TEXTS = [
    "The Grain Corridor will reopen",
    "ÉCOLE d'été à Genève",
    "école normale",
    "a 100% sure_thing",
    "100 percent surething",
    'she said "no deal" twice',
    "Ærø and ærø",
    "naïve café talks",
    "gas prices: 50/50",
    "ab",
    "x",
]

# (query, the texts it finds on every backend, or None where case folding beyond ASCII is the database's own)
QUERIES = [
    ("grain corridor", {"The Grain Corridor will reopen"}),
    ("GRAIN", {"The Grain Corridor will reopen"}),
    ("ain co", {"The Grain Corridor will reopen"}),
    ("corridor will reopen", {"The Grain Corridor will reopen"}),
    ("école", None),
    ("ÉCOLE", None),
    ("été", {"ÉCOLE d'été à Genève"}),
    ("ÆRØ", None),
    ("ær", {"Ærø and ærø"}),
    ("naïve", {"naïve café talks"}),
    ("%", {"a 100% sure_thing"}),  # LIKE's wildcards are plain characters to a search
    ("100%", {"a 100% sure_thing"}),
    ("0% s", {"a 100% sure_thing"}),
    ("_", {"a 100% sure_thing"}),
    ("e_t", {"a 100% sure_thing"}),
    ("sure_thing", {"a 100% sure_thing"}),
    ('"no deal"', {'she said "no deal" twice'}),  # FTS5's quote character
    ('"', {'she said "no deal" twice'}),
    ("no deal", {'she said "no deal" twice'}),
    ("50/50", {"gas prices: 50/50"}),  # the escape character of the LIKE
    ("/", {"gas prices: 50/50"}),
    ("d'é", {"ÉCOLE d'été à Genève"}),
    ("a", {t for t in TEXTS if "a" in t.lower()}),  # 1 and 2 characters: no trigram, a scan
    ("AB", {"ab"}),
    ("x", {"x"}),
    ("zzz", set()),
    ("grain  corridor", set()),
    ("NEAR", set()),  # FTS5 query syntax is text
    ("OR", {"The Grain Corridor will reopen", "école normale"}),
]


def _put(store: Store, texts: list[str], key: str = "typed") -> list[int]:
    """Statements with exactly these texts, written straight into the tables (no engine)."""
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        article_id = conn.execute(insert(articles).returning(articles.c.id), [dict(
            key=key, title=key, publisher="Harbour Gazette", published=date(2025, 5, 5), text=" ".join(texts),
            content_hash=hashlib.sha256(key.encode()).hexdigest(), engine="typed", ingested_at=now,
        )]).scalar_one()  # fmt: skip
        ids = [
            conn.execute(insert(statements).returning(statements.c.id), [dict(
                article_id=article_id, key=statement_key(key, t, i), position=i, start=0, end=len(t),
                spans=[[0, len(t)]], text=t, kind="direct", anonymous=False, confidence=0.9, retired=False,
            )]).scalar_one()
            for i, t in enumerate(texts)
        ]  # fmt: skip
        conn.execute(insert(reviews), [dict(statement_id=i, evidence_urls=[]) for i in ids])
    return ids


def _scanned(store: Store, query: str) -> set[int]:
    """What the substring filter finds without any index: LIKE over every current statement."""
    scan = select(statements.c.id).where(
        statements.c.text.icontains(query, autoescape=True), statements.c.retired.is_(False)
    )
    with store.engine.connect() as conn:
        return set(conn.execute(scan).scalars())


def _searched(store: Store, query: str) -> set[int]:
    flt = StatementFilter(text=query)
    found = {s.id for s in store.statements(flt, limit=None)}
    assert store.count_statements(flt) == len(found)
    return found


def _fts_is_in_step(store: Store) -> None:
    if store.dialect == "sqlite":  # raises when the index and the statements differ
        with store.engine.begin() as conn:
            conn.execute(text("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)"))


@pytest.fixture
def typed(store_url: str):
    with Store(store_url) as store:
        ids = _put(store, TEXTS)
        yield store, dict(zip(TEXTS, ids, strict=True))


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_search_finds_what_a_scan_finds(typed, query: str, expected: set[str] | None) -> None:
    store, ids = typed
    found = _searched(store, query)
    assert found == _scanned(store, query)
    if expected is not None:
        assert found == {ids[t] for t in expected}


@pytest.mark.parametrize(("query", "indexed_on_sqlite"), [("grain", True), ("été", True), ("ab", False), ("é", False)])
def test_sqlite_searches_through_fts5_from_three_characters(typed, query: str, indexed_on_sqlite: bool) -> None:
    store, _ = typed
    sql = str(select(statements.c.id).where(indexed.substring(query)).compile(store.engine))
    assert ("statements_fts MATCH" in sql) == (indexed_on_sqlite and store.dialect == "sqlite")


def test_the_search_index_exists(typed) -> None:
    store, _ = typed
    with store.engine.connect() as conn:
        if store.dialect == "sqlite":
            found = "SELECT name FROM sqlite_master WHERE name = 'statements_fts'"
        else:
            found = "SELECT indexname FROM pg_indexes WHERE indexname = 'ix_statements_text_trgm'"
        assert conn.execute(text(found)).scalar() is not None
    _fts_is_in_step(store)


def test_search_follows_edits_deletes_and_retirements(typed) -> None:
    store, ids = typed
    with store.engine.begin() as conn:
        conn.execute(update(statements).where(statements.c.id == ids["x"]).values(text="the grain deal"))
        conn.execute(delete(reviews).where(reviews.c.statement_id == ids["ab"]))
        conn.execute(delete(statements).where(statements.c.id == ids["ab"]))
        conn.execute(update(statements).where(statements.c.id == ids["naïve café talks"]).values(retired=True))
    _fts_is_in_step(store)
    assert _searched(store, "grain") == {ids["The Grain Corridor will reopen"], ids["x"]} == _scanned(store, "grain")
    assert _searched(store, "ab") == set() == _scanned(store, "ab")
    assert _searched(store, "café") == set() == _scanned(store, "café")
    new = _put(store, ["Grain again"], key="later")
    assert _searched(store, "grain") == {ids["The Grain Corridor will reopen"], ids["x"], *new}


TEXT = (
    "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said."
)


def test_search_after_re_ingest(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        store.ingest([Article("a1", TEXT.replace("the delegation is ready", "the convoy has left"))])
        _fts_is_in_step(store)
        for query in ("delegation", "convoy", "hope so", "we"):
            assert _searched(store, query) == _scanned(store, query)
        assert [s.text for s in store.statements(StatementFilter(text="CONVOY"))] == ["that the convoy has left"]
        assert store.count_statements(StatementFilter(text="delegation")) == 0


# -- filter widgets' values ---------------------------------------------------------------------------------

CORPUS = [
    Article("a1", TEXT, title="Talks", publisher="Harbour Gazette", published=date(2025, 5, 5)),
    Article("a2", "White House Press Secretary Caroline Leavitt said that new sanctions on Russian oil are coming.\n"
            "“We will not send a delegation,” Leavitt said.", title="Sanctions", publisher="Northwind Post",
            published=date(2025, 5, 14)),
    Article("a3", "Sergei Lavrov told RIA Novosti that the ceasefire talks will resume in Istanbul.",
            title="Ceasefire", publisher="Morning Ledger", published=date(2025, 6, 2)),
    Article("a4", "Kremlin spokesman Dmitry Peskov said the negotiations were difficult. An unnamed official said "
            "that the gas deal is off.", title="Undated"),
]  # fmt: skip
OPEN_FIELDS = ("speaker", "affiliation", "country", "outlet", "publisher", "topic")


def _values_by_scan(store: Store, field: str) -> list[str]:
    """Every value of `field` among current statements, by reading them all (what facet_values must equal)."""
    column = FACETS[field]
    query = (
        select(column).select_from(joined(*([FACET_TABLES[field]] if field in FACET_TABLES else [])))
        .where(statements.c.retired.is_(False), column.is_not(None)).distinct().order_by(column)
    )  # fmt: skip
    with store.engine.connect() as conn:
        return list(conn.execute(query).scalars())


@pytest.fixture
def corpus(store_url: str):
    with Store(store_url) as store:
        store.ingest(CORPUS)
        yield store


def _all_agree(store: Store) -> None:
    for field in OPEN_FIELDS:
        assert store.facet_values(field) == _values_by_scan(store, field), field


def test_facet_values_are_the_values_of_current_statements(corpus: Store) -> None:
    _all_agree(corpus)
    assert corpus.facet_values("publisher") == ["Harbour Gazette", "Morning Ledger", "Northwind Post"]
    assert "RIA Novosti" in corpus.facet_values("outlet")
    speakers = corpus.facet_values("speaker")
    assert "Sergey Lavrov" in speakers and "Sergei Lavrov" not in speakers  # one entity, its canonical name
    assert any(s.speaker_id is None for s in corpus.statements(limit=None))  # names without an entity count too
    assert {s.speaker for s in corpus.statements(limit=None) if s.speaker_id is None} <= set(speakers)


def test_facet_values_after_a_merge(corpus: Store) -> None:
    leavitt, peskov = (corpus.speaker_entities(name)[0] for name in ("Caroline Leavitt", "Dmitry Peskov"))
    corpus.merge_speakers(leavitt.id, peskov.id)
    _all_agree(corpus)
    assert "Dmitry Peskov" not in corpus.facet_values("speaker") and "Caroline Leavitt" in corpus.facet_values(
        "speaker"
    )


def test_facet_values_after_retirement_and_re_ingest(corpus: Store) -> None:
    [ria] = corpus.statements(StatementFilter(outlets=("RIA Novosti",)))
    corpus.save_review(ria.id, expected_version=0, reviewer="ann", note="checked")
    corpus.ingest([Article("a3", "Nothing was said.", title="Ceasefire", publisher="Morning Ledger",
                           published=date(2025, 6, 2))])  # fmt: skip
    assert corpus.statement(ria.id).retired  # reviewed, so kept but retired: its values are not offered
    _all_agree(corpus)
    assert "RIA Novosti" not in corpus.facet_values("outlet")
    assert "Morning Ledger" not in corpus.facet_values("publisher")  # an article with no statement left
    corpus.ingest([Article("a2", "Nothing new.", title="Sanctions", publisher="Valley Courier")])
    _all_agree(corpus)
    assert "Northwind Post" not in corpus.facet_values("publisher")
    assert "Caroline Leavitt" in corpus.facet_values("speaker")  # still quoted in a1
    corpus.ingest(CORPUS)  # everything back
    _all_agree(corpus)
    assert "RIA Novosti" in corpus.facet_values("outlet")


@pytest.mark.parametrize("field", ["workflow", "verdict", "rating"])
def test_review_counts_of_everything_leave_retired_statements_out(corpus: Store, field: str) -> None:
    """The unfiltered count of a review field is taken from the reviews less the retired statements' ones."""
    first, second, *_ = corpus.statements(limit=None)
    corpus.save_review(first.id, expected_version=0, reviewer="ann", workflow=Workflow.DONE, verdict=Verdict.CONFIRMED,
                       rating=Rating.TRUE)  # fmt: skip
    corpus.save_review(second.id, expected_version=0, reviewer="ann", workflow=Workflow.DONE,
                       verdict=Verdict.CONFIRMED, rating=Rating.TRUE)  # fmt: skip
    corpus.ingest([Article(first.article_key, "Nothing was said.", title="Gone")])  # retires the first, reviewed
    assert corpus.statement(first.id).retired
    expected = _counted(corpus, StatementFilter(), field)
    counts = corpus.facet_counts(StatementFilter(), field, limit=None)
    assert dict(counts) == expected and expected
    assert [n for _, n in counts] == sorted(expected.values(), reverse=True)
    assert corpus.facet_counts(StatementFilter(), field, limit=1) == counts[:1]


def test_facet_values_of_an_empty_store(store_url: str) -> None:
    with Store(store_url) as store:
        assert all(store.facet_values(field) == [] for field in OPEN_FIELDS)


# -- counts per speaker, grouped by entity id before naming ----------------------------------------------


def _counted(store: Store, flt: StatementFilter, field: str) -> dict[str, int]:
    """Counts of one field by reading every matching statement (what facet_counts must equal)."""
    out: dict[str, int] = {}
    for s in store.statements(flt, limit=None):
        for value in s.topics if field == "topic" else [getattr(s, field)]:
            if value is not None:
                out[value] = out.get(value, 0) + 1
    return out


@pytest.mark.parametrize(
    "flt",
    [StatementFilter(), StatementFilter(topics=("peace talks",)), StatementFilter(text="the"),
     StatementFilter(text="talks", fuzzy=True), StatementFilter(speakers=("Caroline Leavitt", "Dmitry Peskov")),
     StatementFilter(speakers=("unnamed official", "Sergey Lavrov")),  # no entity, and an entity
     StatementFilter(speakers=("Sergei Lavrov",)), StatementFilter(speakers=("Nobody",))],  # an alias is not a name
)  # fmt: skip
def test_speaker_counts_and_grid_are_those_of_the_statements(corpus: Store, flt: StatementFilter) -> None:
    def check() -> None:
        expected = _counted(corpus, flt, "speaker")
        assert dict(corpus.facet_counts(flt, "speaker", limit=None)) == expected
        counts = [n for _, n in corpus.facet_counts(flt, "speaker", limit=None)]
        assert counts == sorted(counts, reverse=True)
        grid = {(row, topic): n for row, topic, n in corpus.topic_grid(flt, by="speaker", limit=None)}
        by_cell: dict[tuple[str, str], int] = {}
        for s in corpus.statements(flt, limit=None):
            for topic in s.topics:
                by_cell[(s.speaker, topic)] = by_cell.get((s.speaker, topic), 0) + 1
        assert grid == by_cell

    check()
    assert corpus.count_statements(flt) == sum(_counted(corpus, flt, "speaker").values())
    if flt.speakers:  # the speaker filter keeps exactly the statements of those names
        assert {s.speaker for s in corpus.statements(flt, limit=None)} <= set(flt.speakers)
        everyone = corpus.statements(limit=None)
        assert corpus.count_statements(flt) == sum(s.speaker in flt.speakers for s in everyone)
    leavitt, peskov = (corpus.speaker_entities(name)[0] for name in ("Caroline Leavitt", "Dmitry Peskov"))
    corpus.merge_speakers(leavitt.id, peskov.id)
    check()


def test_a_grid_of_no_rows_is_empty(corpus: Store) -> None:
    assert corpus.topic_grid(StatementFilter(speakers=("Nobody",)), by="speaker") == []
    assert corpus.topic_grid(StatementFilter(text="zzz"), by="affiliation") == []


@pytest.mark.parametrize(("statements", "gathered"), [(3, False), (6, True)])
def test_sqlite_planner_statistics_are_gathered_once_a_store_is_large(
    store_url: str, monkeypatch, statements: int, gathered: bool
) -> None:
    monkeypatch.setattr(indexed, "STATISTICS_FROM", 5)
    with Store(store_url) as store:
        _put(store, TEXTS[:statements])
        assert indexed.refresh_statistics(store.engine, store._write) == (gathered and store.dialect == "sqlite")
        assert not indexed.refresh_statistics(store.engine, store._write)  # not again until it doubles
        _put(store, TEXTS[:statements] * 2, key="more")
        assert indexed.refresh_statistics(store.engine, store._write) == (store.dialect == "sqlite")
        if store.dialect == "sqlite":
            with store.engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar() > 0
