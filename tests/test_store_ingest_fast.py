"""The plain ingest's write path at speed (issue 14): SQLite's word indexes filled once per batch instead of row by
row through their triggers, rows handed to the driver without SQLAlchemy's per-row processing, and the aids'
grouping reading plain columns. Each must leave the store exactly as before: searches, later edits and deletes,
bulk loads that set the triggers aside, failed batches, stored values, groups and sources."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import JSON, Boolean, Column, Float, Integer, MetaData, String, Table, create_engine, event, insert

from attribution import Article
from attribution.aids import AidStatement, group_statements
from attribution.aids.sources import independent_sources
from attribution.aids.thresholds import load as load_thresholds
from attribution.store import Store, bulk
from attribution.store import ingest as ingest_module
from attribution.store.driver import write_rows
from attribution.store.schema import statements
from benchmarks.store_synthetic import articles as synthetic_articles

WORDS = ["minister", "ceasefire", "Relkin", "wait", "told reporters", "sign this", "budget", "xqz"]


def _search_agrees_with_the_text(store: Store) -> None:
    """Every word finds through the FTS5 index exactly the rows whose text holds it, and the index is sound."""
    with store._read() as conn:
        for table in ("statements", "articles"):
            conn.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
            for word in WORDS:
                found = conn.exec_driver_sql(
                    f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? ORDER BY rowid", (f'"{word}"',)
                ).scalars()
                held = conn.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE instr(lower(text), lower(?)) > 0 ORDER BY id", (word,)
                ).scalars()
                assert list(found) == list(held), (table, word)


def _triggers(store: Store) -> set[str]:
    with store._read() as conn:
        found = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'")
        return set(found.scalars())


ALL_TRIGGERS = {f"{t}_fts_{op}" for t in ("statements", "articles") for op in ("insert", "update", "delete")}


def _edited(a, n: int):
    added = f'\n\n"We will not sign this, part {n}," Tavo Relkin said.'
    return dataclasses.replace(a, text=a.text.replace(" said", " told reporters", 1) + added)


@pytest.mark.parametrize(
    ("batch_size", "workers"),
    [(1, 1), (3, 1), (50, 1), (50, 2)],
    ids=["one-article-batches", "small-batches", "large-batches", "two-workers"],
)
def test_searches_after_ingest_edits_and_deletes_find_what_the_texts_hold(tmp_path, batch_size, workers) -> None:
    corpus = synthetic_articles(24, seed=21, quotes=5)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.ingest(corpus, batch_size=batch_size, workers=workers)
        _search_agrees_with_the_text(store)
        # edited articles: statements change words, some deleted, some new (the delete and update triggers)
        store.ingest([_edited(a, n) for n, a in enumerate(corpus[:6])] + corpus[6:], batch_size=batch_size)
        _search_agrees_with_the_text(store)
        with store._write() as conn:
            conn.exec_driver_sql("DELETE FROM statements WHERE id % 5 = 0")
        _search_agrees_with_the_text(store)
        assert _triggers(store) == ALL_TRIGGERS


@pytest.mark.parametrize(
    ("articles_n", "fts_inserts"),
    [(10, 2), (1, 0)],  # a batch of ~70 statements: one insert into each index; one short article: the triggers
    ids=["batch-fills-index-once", "few-rows-use-the-trigger"],
)
def test_a_batch_fills_each_word_index_in_one_statement(tmp_path, articles_n, fts_inserts) -> None:
    corpus = synthetic_articles(articles_n, seed=22, quotes=2 if articles_n == 1 else 6)
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        sent: list[str] = []
        event.listen(store.engine, "before_cursor_execute", lambda *a: sent.append(" ".join(a[2].split()[:3])))
        store.ingest(corpus, batch_size=50)
        assert sum(s.startswith("INSERT INTO statements_fts(rowid,") for s in sent) == (fts_inserts > 0)
        assert sum(s.startswith("INSERT INTO articles_fts(rowid,") for s in sent) == (articles_n >= 20)
        _search_agrees_with_the_text(store)
        assert _triggers(store) == ALL_TRIGGERS


@pytest.mark.parametrize("fails", [False, True], ids=["insert-succeeds", "insert-fails"])
def test_the_insert_trigger_is_back_after_a_batch_whatever_its_outcome(tmp_path, fails) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.ingest(synthetic_articles(2, seed=23))
        with store._read() as conn:
            template = dict(conn.execute(statements.select().limit(1)).mappings().one())
        rows = [dict(template, key=f"k{i}", text=f"fresh words number {i}") for i in range(30)]
        rows = [{k: v for k, v in r.items() if k != "id"} for r in rows]
        if fails:
            rows[-1]["key"] = template["key"]  # a key taken: the batch is refused as a whole
        with pytest.raises(Exception) if fails else _nothing(), store._write() as conn:
            ingest_module.insert_statements(conn, rows)
        assert _triggers(store) == ALL_TRIGGERS
        with store._write() as conn:  # one row: through the trigger, which is there and working
            ingest_module.insert_statements(conn, [dict(rows[0], key="single", text="a lone xqz sentence")])
        _search_agrees_with_the_text(store)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_bulk_load_s_deferred_triggers_stay_aside_until_its_rebuild(tmp_path) -> None:
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.ingest(synthetic_articles(2, seed=24))
        with store._write() as conn:
            bulk.defer_search_index(conn)
        store.ingest(synthetic_articles(12, seed=25), batch_size=50)
        assert _triggers(store) == ALL_TRIGGERS - {"statements_fts_insert", "articles_fts_insert"}
        bulk.restore_search_index(store._write)
        assert _triggers(store) == ALL_TRIGGERS
        _search_agrees_with_the_text(store)


_metadata = MetaData()
_VALUES = Table(
    "values_test",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("j", JSON),
    Column("b", Boolean),
    Column("f", Float),
    Column("s", String(50)),
)


@pytest.mark.parametrize(
    "row",
    [
        dict(j=None, b=True, f=1, s="plain"),  # JSON None is the text 'null', as SQLAlchemy writes it
        dict(j=[[0, 5], [9, 12]], b=False, f=0.25, s=None),
        dict(j=["named entity", "prédiction", "“quoted”"], b=True, f=None, s="ünïcode"),
        dict(j={"a": 1}, b=None, f=-3.5, s=""),
        dict(j=[], b=False, f=0, s="it's"),
    ],
)
def test_rows_handed_to_sqlite_are_stored_as_sqlalchemy_stores_them(tmp_path, row) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'v.db'}")
    _metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(_VALUES), [dict(row, id=1)])
        write_rows(conn, _VALUES, [dict(row, id=2)])
        stored = conn.exec_driver_sql(
            "SELECT typeof(j), j, typeof(b), b, typeof(f), f, typeof(s), s FROM values_test ORDER BY id"
        ).all()
    engine.dispose()
    assert stored[0] == stored[1]


# -- the aids' grouping reads plain columns: the same groups, suggestions and alerts --------------------------

_S = "The harbour will stay open for every ship until the end of the month"
_S2 = "The harbour will stay open for every ship until the end of this month"


def _aid(i: int, article: int, speaker: str | None, entity: int | None, text: str = _S, **kw) -> AidStatement:
    return AidStatement(i, article, text, speaker, entity, publisher=f"Paper {article}", **kw)


@pytest.mark.parametrize(
    ("a", "b", "grouped", "alerted"),
    [
        ((1, "Maren Tolvik", 7), (2, "M. Tolvik", 7), True, False),  # one entity, two spellings
        ((1, "Maren Tolvik", 7), (2, "Maren Tolvik", 8), False, True),  # two entities of one name
        ((1, "Maren Tolvik", 7), (2, "MAREN TOLVIK", None), True, False),  # no entity on one side: the name
        ((1, "Maren Tolvik", None), (2, "Daro Venk", None), False, True),  # two names
        ((1, None, None), (2, None, None), True, False),  # two unknown speakers count as one
        ((1, None, None), (2, "Daro Venk", 9), False, False),  # an unknown speaker is never a misattribution
        ((1, "", None), (2, None, None), True, False),  # no name is no name
        ((1, "Maren Tolvik", 7), (1, "Daro Venk", 9), False, False),  # one article: a second speaker agreeing
    ],
)
@pytest.mark.parametrize("text", [_S, _S2], ids=["same-words", "similar-words"])
def test_grouping_compares_speakers_as_same_speaker_does(a, b, grouped, alerted, text) -> None:
    first, second = _aid(1, a[0], a[1], a[2]), _aid(2, b[0], b[1], b[2], text)
    found = group_statements([first, second])
    assert (len(found.groups) == 1, len(found.alerts) == 1) == (grouped, alerted)
    if alerted:
        alert = found.alerts[0]
        assert (alert.statement_id, alert.other_statement_id) == (1, 2)
        assert (alert.speaker, alert.other_speaker) == (a[1] or "", b[1] or "")


@pytest.mark.parametrize(
    ("fingerprints", "sources"),
    [
        ((0b1011, 0b1011 ^ 0b111111), 1),  # six bits apart: copies (article_simhash_bits)
        ((0b1011, 0b1011 ^ 0b1111111), 2),  # seven: two sources
        ((-1, 2**63 - 1), 1),  # fingerprints are signed 64-bit in the store: these are the sign bit apart
        ((0, -1), 2),  # every bit apart
        ((2**63 - 1, -(2**63)), 2),
        ((5, 0xFFFF00, 5 ^ 3, 0xFFFF00 ^ (1 << 40)), 2),  # two pairs of copies
        ((5, 5 ^ 0b11, 5 ^ 0b1111100), 1),  # joined through the first: 2 and 5 bits from it, 7 from each other
        ((None, 5), 2),  # an article without a fingerprint is compared by nothing else here
    ],
)
def test_near_identical_articles_are_one_source(fingerprints, sources) -> None:
    members = [
        AidStatement(i, i, _S, "Maren Tolvik", 7, publisher=f"Paper {i}", article_fingerprint=f)
        for i, f in enumerate(fingerprints)
    ]
    assert len(independent_sources(members, load_thresholds())) == sources


# -- an article new to the store has its language found with its statements (in the workers, if any) ---------

_LANGUAGES = [
    (
        Article(
            "en",
            "Maren Tolvik said that the harbour would stay open for every ship until the end of the month."
            " The port authority expects more traffic in the spring and plans a second quay.",
        ),
        "en",
        False,
    ),
    (Article("ru", "Министр иностранных дел Сергей Лавров заявил, что переговоры продолжатся в мае."), "ru", False),
    (
        Article("uk", "Міністр заявив, що переговори з партнерами продовжаться наступного тижня у Києві. " * 4),
        "uk",
        True,
    ),
    (Article("de-declared", "Maren Tolvik said the port stays open.", language="de"), "de", True),
    (Article("en-declared", "Министр заявил, что порт открыт.", language="en"), "en", False),  # declared wins
    (Article("short", "12 - 14"), None, False),  # too few letters to tell: no language, read as English
]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_is_stored_with_its_declared_or_detected_language(store_url: str, workers: int) -> None:
    with Store(store_url) as store:
        summary = store.ingest([a for a, _, _ in _LANGUAGES], workers=workers)
        assert (summary.new, summary.failed) == (len(_LANGUAGES), 0)
        assert {a.key: a.language for a in store.articles(limit=None)} == {a.id: lang for a, lang, _ in _LANGUAGES}
        assert sorted(u.split(":")[0] for u in summary.unread) == sorted(a.id for a, _, unread in _LANGUAGES if unread)
        again = store.ingest([a for a, _, _ in _LANGUAGES], workers=workers)  # compared with the stored language
        assert (again.new, again.updated, again.unchanged) == (0, 0, len(_LANGUAGES))
