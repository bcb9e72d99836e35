"""The store's query API on a fresh SQLite file and on a real PostgreSQL server: the same tests on both."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from attribution import Article, Kind, extract
from attribution.review import Workflow
from attribution.store import FilterError, NotFound, StatementFilter, Store, StoreError, fuzzy

TEXT = (
    "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said."
)

CORPUS = [
    Article("a1", TEXT, title="Talks", publisher="Harbour Gazette", published=date(2025, 5, 5),
            url="https://example.org/a1"),
    Article("a2", "White House Press Secretary Caroline Leavitt said that new sanctions on Russian oil are coming.\n"
            "“We will not send a delegation,” Leavitt said.", title="Sanctions", publisher="Northwind Post",
            published=date(2025, 5, 14), url="https://example.org/a2"),
    Article("a3", "Sergei Lavrov told RIA Novosti that the ceasefire talks will resume in Istanbul.",
            title="Ceasefire", publisher="Harbour Gazette", published=date(2025, 6, 2), url="https://example.org/a3"),
    Article("a4", "Kremlin spokesman Dmitry Peskov said the negotiations were difficult.", title="Undated"),
]  # fmt: skip


@pytest.fixture
def store(store_url: str):
    with Store(store_url) as s:
        s.ingest(CORPUS)
        yield s


def test_round_trip(store_url: str) -> None:
    article = Article("a1", TEXT, title="Talks", publisher="Example", url="https://example.org/a1")
    with Store(store_url) as store:
        assert store.is_empty()
        summary = store.ingest([article])
        assert (summary.new, summary.statements, summary.failed) == (1, 2, 0)
    with Store(store_url) as store:  # a new connection sees what was committed
        rows = store.statements(order="position")
        expected = extract(TEXT, "a1")
        assert [r.text for r in rows] == [s.text for s in expected]
        assert [r.speaker for r in rows] == ["Sergey Lavrov", "Caroline Leavitt"]
        first = rows[0]
        assert (first.article_key, first.article_title, first.publisher, first.url) == (
            "a1", "Talks", "Example", "https://example.org/a1",
        )  # fmt: skip
        assert first.spans == expected[0].spans and (first.start, first.end) == (expected[0].start, expected[0].end)
        assert first.affiliation == "Russian Foreign Ministry" and first.anonymous is False
        assert first.kind is Kind.INDIRECT and first.workflow is Workflow.UNSTARTED and first.verdict is None
        assert (
            first.speaker_mention
            == TEXT[first.speaker_start : first.speaker_end]
            == "Russian Foreign Minister Sergey Lavrov"
        )
        assert store.article(first.article_id).text == TEXT
        assert store.statement(first.id) == first


def test_ingest_is_idempotent_and_updates_changed_text(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        again = store.ingest([Article("a1", TEXT), Article("a1", TEXT)])
        assert (again.new, again.unchanged, again.statements) == (0, 2, 0)
        assert store.count_statements() == 2
        changed = store.ingest([Article("a1", TEXT + "\nPeskov said the talks are over.")])
        assert (changed.updated, changed.new) == (1, 0) and store.count_statements() == 3
        retitled = store.ingest([Article("a1", TEXT + "\nPeskov said the talks are over.", title="New title")])
        assert (retitled.updated, retitled.statements) == (1, 0) and store.articles()[0].title == "New title"
        assert len(store.articles()) == 1


def test_the_language_of_an_article_is_kept_or_detected_and_a_new_one_is_stored(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT), Article("ru1", "Лавров заявил, что переговоры продолжатся.", language="ru")])
        assert {a.key: a.language for a in store.articles()} == {"a1": "en", "ru1": "ru"}  # a1 declares none
        same = store.ingest([Article("a1", TEXT, language="en")])
        assert (same.unchanged, same.statements) == (1, 0)
        relabelled = store.ingest([Article("a1", TEXT, language="de")])  # no engine reads it: kept, unread
        assert (relabelled.updated, relabelled.statements, len(relabelled.unread)) == (1, 0, 1)
        a1 = store.article_by_key("a1")
        assert a1.language == "de" and store.count_statements(StatementFilter(article_ids=(a1.id,))) == 0


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (StatementFilter(), 6),
        (StatementFilter(speakers=("Caroline Leavitt",)), 3),
        (StatementFilter(speakers=("Sergey Lavrov",)), 2),  # "Sergei Lavrov" is the same entity
        (StatementFilter(speakers=("Sergey Lavrov", "Dmitry Peskov")), 3),
        (StatementFilter(speakers=("Nobody",)), 0),
        (StatementFilter(affiliations=("White House",)), 3),
        (StatementFilter(countries=("Russia",)), 3),
        (StatementFilter(outlets=("RIA Novosti",)), 1),
        (StatementFilter(publishers=("Harbour Gazette",)), 3),
        (StatementFilter(kinds=("direct",)), 2),
        (StatementFilter(topics=("sanctions",)), 1),
        (StatementFilter(topics=("peace talks",)), 4),
        (StatementFilter(date_from=date(2025, 5, 10)), 3),
        (StatementFilter(date_to=date(2025, 5, 5)), 2),
        (StatementFilter(date_from=date(2025, 5, 6), date_to=date(2025, 5, 31)), 2),
        (StatementFilter(text="DELEGATION"), 2),
        (StatementFilter(text="100%_"), 0),  # LIKE wildcards are literal
        (StatementFilter(workflows=("unstarted",)), 6),
        (StatementFilter(workflows=("done",)), 0),
        (StatementFilter(verdicts=("confirmed",)), 0),
        (StatementFilter(speakers=("Caroline Leavitt",), kinds=("direct",)), 2),
    ],
)
def test_filters(store: Store, flt: StatementFilter, expected: int) -> None:
    assert store.count_statements(flt) == expected
    assert len(store.statements(flt, limit=None)) == expected


def test_filter_by_ids_and_fuzzy_text(store: Store) -> None:
    all_ = store.statements(limit=None, order="position")
    one = all_[0]
    assert [s.id for s in store.statements(StatementFilter(statement_ids=(one.id,)))] == [one.id]
    assert store.count_statements(StatementFilter(article_ids=(one.article_id,))) == 2
    fuzzy = StatementFilter(text="cesefire tlks", fuzzy=True)  # typos
    assert store.count_statements(StatementFilter(text="cesefire tlks")) == 0
    ranked = store.statements(fuzzy)
    assert ranked and "ceasefire talks" in ranked[0].text and store.count_statements(fuzzy) == len(ranked)


def test_a_fuzzy_search_compares_the_newest_statements_the_other_filters_keep(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(fuzzy, "SCAN", 3)  # the store holds 6 statements: a3's one and a2's two are the newest 3
    typo = StatementFilter(text="delegaton", fuzzy=True)
    ranking = store.fuzzy_ranking(typo)
    assert (ranking.compared, ranking.complete) == (3, False)
    assert [s.text for s in store.statements(typo)] == ["“We will not send a delegation,”"]  # a1’s is older
    narrowed = replace(typo, publishers=("Harbour Gazette",))  # a1 and a3: all of them compared
    ranking = store.fuzzy_ranking(narrowed)
    assert (ranking.compared, ranking.complete) == (3, True)
    assert [s.article_key for s in store.statements(narrowed)] == ["a1"]
    assert store.count_statements(narrowed) == 1 and store.facet_counts(narrowed, "publisher") == [
        ("Harbour Gazette", 1)
    ]
    with pytest.raises(StoreError, match="fuzzy=True"):
        store.fuzzy_ranking(StatementFilter(text="delegation"))


def test_a_fuzzy_search_sees_a_new_statement_or_review_at_once(store: Store) -> None:
    talks = StatementFilter(text="ceasfire tlks", fuzzy=True)
    assert store.count_statements(talks) == 1
    store.ingest([Article("a5", "Lavrov said that the ceasefire talks would go on.", title="More talks")])
    assert store.count_statements(talks) == 2  # not the ranking kept from before
    started = replace(talks, workflows=(Workflow.IN_PROGRESS,))
    assert store.count_statements(started) == 0
    store.save_review(store.statements(talks)[0].id, expected_version=0, workflow=Workflow.IN_PROGRESS, reviewer="ann")
    assert store.count_statements(started) == 1


def test_order_and_pages(store: Store) -> None:
    newest = store.statements(limit=None)
    dates = [s.published for s in newest]
    assert dates[-1] is None and dates[:-1] == sorted(dates[:-1], reverse=True)  # undated last
    oldest = store.statements(limit=None, order="published_asc")
    assert [s.published for s in oldest][:-1] == sorted(dates[:-1])
    pages = store.statements(limit=4) + store.statements(limit=4, offset=4) + store.statements(limit=4, offset=8)
    assert [s.id for s in pages] == [s.id for s in newest]
    by_check = [s.check_score for s in store.statements(limit=None, order="check_score_desc")]
    assert by_check == sorted(by_check, reverse=True)
    streamed = list(store.iter_statements(page=2))
    assert [s.id for s in streamed] == [s.id for s in newest]
    with pytest.raises(StoreError, match="order must be one of"):
        store.statements(order="random")


def test_facets_timeline_and_grid(store: Store) -> None:
    speakers = dict(store.facet_counts(StatementFilter(), "speaker"))
    assert speakers == {"Caroline Leavitt": 3, "Sergey Lavrov": 2, "Dmitry Peskov": 1}
    assert store.facet_counts(StatementFilter(), "publisher", limit=1) == [("Harbour Gazette", 3)]
    assert dict(store.facet_counts(StatementFilter(), "workflow")) == {"unstarted": 6}
    topics = dict(store.facet_counts(StatementFilter(speakers=("Caroline Leavitt",)), "topic"))
    assert topics["sanctions"] == 1
    weeks = store.timeline(StatementFilter(), "week")
    assert weeks == [(date(2025, 5, 5), 2), (date(2025, 5, 12), 2), (date(2025, 6, 2), 1)]
    assert store.timeline(StatementFilter(), "month") == [(date(2025, 5, 1), 4), (date(2025, 6, 1), 1)]
    assert store.timeline(StatementFilter(), "day")[0] == (date(2025, 5, 5), 2)
    assert "Caroline Leavitt" in store.facet_values("speaker")
    assert store.facet_values("workflow") == [w.value for w in Workflow]
    assert store.facet_values("publisher") == ["Harbour Gazette", "Northwind Post"]
    grid = store.topic_grid(StatementFilter(), by="speaker")
    assert ("Caroline Leavitt", "sanctions", 1) in grid
    assert all(t == "peace talks" for _, t, _ in store.topic_grid(StatementFilter(), topics=["peace talks"]))
    assert store.topic_grid(StatementFilter(), by="affiliation", limit=1)[0][0] == "White House"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.facet_counts(StatementFilter(), "colour"), "field must be one of"),
        (lambda s: s.facet_values("colour"), "field must be one of"),
        (lambda s: s.timeline(StatementFilter(), "year"), "freq must be one of"),
        (lambda s: s.topic_grid(StatementFilter(), by="outlet"), "by must be speaker or affiliation"),
        (lambda s: s.ingest([], workers=0), "workers must be 1 or more"),
    ],
)
def test_bad_arguments_are_named_errors(store: Store, call, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        call(store)


@pytest.mark.parametrize("call", [lambda s: s.article(999), lambda s: s.statement(999), lambda s: s.review(999)])
def test_unknown_ids_are_not_found(store: Store, call) -> None:
    with pytest.raises(NotFound, match="999"):
        call(store)


def test_articles_newest_first(store: Store) -> None:
    listed = store.articles()
    assert [a.key for a in listed] == ["a3", "a2", "a1", "a4"]
    assert store.articles(limit=1, offset=1)[0].key == "a2" and listed[0].content_hash == CORPUS[2].content_hash


@pytest.mark.parametrize(
    ("search", "narrow", "keys"),
    [
        ("", {}, ["a3", "a2", "a1", "a4"]),
        ("ceasefire", {}, ["a3"]),  # the title (and the text)
        ("  LEAVITT ", {}, ["a2", "a1"]),  # the text, any case, spaces around ignored
        ("northwind", {}, ["a2"]),  # the publisher
        ("example.org/a1", {}, ["a1"]),  # the URL
        ("Undated", {}, ["a4"]),
        ("100%_", {}, []),  # LIKE wildcards are literal
        ("Kyiv", {}, []),
        ("", {"publisher": "Harbour Gazette"}, ["a3", "a1"]),
        ("", {"publisher": ["Harbour Gazette", "Northwind Post"]}, ["a3", "a2", "a1"]),
        ("", {"date_from": date(2025, 5, 10)}, ["a3", "a2"]),  # an undated article has no date to match
        ("", {"date_to": "2025-05-31"}, ["a2", "a1"]),
        ("lavrov", {"publisher": "Harbour Gazette", "date_from": "2025-06-01"}, ["a3"]),
    ],
)
def test_article_search(store: Store, search: str, narrow: dict, keys: list[str]) -> None:
    assert [a.key for a in store.articles(search, limit=None, **narrow)] == keys
    assert store.count_articles(search, **narrow) == len(keys)


def test_article_search_pages_and_keys(store: Store) -> None:
    pages = [store.articles("a", limit=2, offset=offset) for offset in (0, 2, 4)]
    assert [[a.key for a in page] for page in pages] == [["a3", "a2"], ["a1", "a4"], []]
    assert store.article_by_key("a2").title == "Sanctions"
    with pytest.raises(NotFound, match="no article with key 'nope'"):
        store.article_by_key("nope")
    with pytest.raises(StoreError, match="pass limit= and offset= by name"):
        store.articles(50)  # type: ignore[arg-type]
    with pytest.raises(FilterError, match="date range is empty"):
        store.articles(date_from="2025-06-01", date_to="2025-05-01")


def test_review_queue_filter_excludes_workflows(store: Store) -> None:
    first, second = store.statements(limit=2)
    store.save_review(first.id, expected_version=0, workflow=Workflow.DONE, reviewer="ann")
    store.save_review(second.id, expected_version=0, workflow=Workflow.IN_PROGRESS, reviewer="ann")
    not_done = StatementFilter(exclude_workflows=("done",))
    assert store.count_statements(not_done) == 5 and first.id not in {s.id for s in store.statements(not_done)}
    assert store.count_statements(StatementFilter(exclude_workflows=("done", "in progress"))) == 4
    assert store.count_statements(StatementFilter(workflows=("in progress",), exclude_workflows=("done",))) == 1
    assert dict(store.facet_counts(not_done, "workflow")) == {"unstarted": 4, "in_progress": 1}


FILTERS = [
    StatementFilter(),
    StatementFilter(speakers=("Sergey Lavrov", "Caroline Leavitt"), kinds=("direct",)),
    StatementFilter(workflows=("in progress", "done"), verdicts=("confirmed",), ratings=("false",)),
    StatementFilter(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31), text="talks", fuzzy=True),
    StatementFilter(article_ids=(3, 4), statement_ids=(10,), topics=("energy",), outlets=("TASS",)),
    StatementFilter(affiliations=("White House",), countries=("Russia",), publishers=("Harbour Gazette",)),
    StatementFilter(exclude_workflows=("done", "sent back")),
    StatementFilter(speech=True),
    StatementFilter(speech=False, kinds=("indirect",)),
]


@pytest.mark.parametrize("flt", FILTERS)
def test_filter_url_round_trip(flt: StatementFilter) -> None:
    params = flt.to_query_params()
    assert StatementFilter.from_query_params(params) == flt
    assert all(v for v in params.values())  # empty fields are left out of the URL


def test_filter_normalises_its_input() -> None:
    flt = StatementFilter(speakers=["Sergey Lavrov"], workflows=["In progress"], date_from="2025-05-01")  # type: ignore[arg-type]
    assert flt.speakers == ("Sergey Lavrov",) and flt.workflows == ("in_progress",)
    assert flt.date_from == date(2025, 5, 1) and hash(flt)
    assert StatementFilter(speakers="Lavrov").speakers == ("Lavrov",)  # type: ignore[arg-type]
    assert StatementFilter.from_query_params({"speaker": "Lavrov", "page": "3"}).speakers == ("Lavrov",)
    for value, speech in (("1", True), ("0", False), ("any", None), ("ALL", None), ("", None)):
        assert StatementFilter.from_query_params({"speech": value}).speech is speech


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"workflow": ["finished"]}, "not a workflow"),
        ({"verdict": "probably"}, "not a verdict"),
        ({"from": "May 5"}, "expected a date"),
        ({"article": ["x"]}, "whole number"),
        ({"from": "2025-06-01", "to": "2025-05-01"}, "date range is empty"),
        ({"not_workflow": "finished"}, "not a workflow"),
        ({"workflow": "done", "not_workflow": "done"}, "both asked for and excluded"),
        ({"speech": "perhaps"}, "speech: expected 1 .yes., 0 .no. or any"),
    ],
)
def test_bad_filter_values_are_named_errors(params: dict, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        StatementFilter.from_query_params(params)


def test_default_store_lives_in_data(monkeypatch, tmp_path: Path) -> None:
    from attribution.store import DEFAULT_URL, database_url

    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url() == DEFAULT_URL and DEFAULT_URL.endswith("data/quotes.db")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///elsewhere.db")
    assert database_url() == "sqlite:///elsewhere.db"
    assert database_url("sqlite:///given.db") == "sqlite:///given.db"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("nonsense://", "not a usable database URL"),
        ("postgresql://ann:s3cret@host:notaport/db", r"not a usable database URL: postgresql://ann:\*\*\*@host"),
        ("mysql://ann@host/db", "runs on SQLite or PostgreSQL, not mysql"),
        ("postgresql+psycopg://ann:s3cret@127.0.0.1:1/none", "cannot open the store at .*check that the server is"),
        ("sqlite:///{tmp}/no/such/folder/q.db", r"the folder .*/no/such/folder does not exist; create it"),
        ("sqlite:///{tmp}/file.txt/q.db", "is not a folder"),
        ("sqlite:///{tmp}/file.txt", "cannot open the store at .*check that the path is a SQLite file"),
    ],
)
def test_bad_store_urls_are_named_errors(tmp_path: Path, url: str, message: str) -> None:
    (tmp_path / "file.txt").write_text("not a database\n" * 100)
    with pytest.raises(StoreError, match=message) as caught:
        Store(url.format(tmp=tmp_path))
    assert "s3cret" not in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "no").exists()  # a mistyped path makes no folders


@pytest.mark.parametrize("query", ["", "?connect_timeout=1"])
def test_a_postgresql_server_that_never_answers_times_out(monkeypatch, query: str) -> None:
    import socket
    import time

    from attribution import store as store_module

    monkeypatch.setattr(store_module, "CONNECT_TIMEOUT", 1)  # the default (10 s) with the URL's own taking its place
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # the kernel completes the handshake; no server ever answers
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"cannot open the store at .*timeout"):
            Store(f"postgresql+psycopg://ann@127.0.0.1:{silent.getsockname()[1]}/none{query}")
        assert time.monotonic() - started < 15  # without a timeout: waits for ever
    finally:
        silent.close()
