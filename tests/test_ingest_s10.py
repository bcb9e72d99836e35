"""The everyday ingest's cheaper work stores what it stored before: the driver's JSON is json.dumps's, a write
transaction of several chunks stores what a transaction a chunk did (speaker linking included), the speaker matcher
compares a pair of descriptions once, and the records the workers send back are rebuilt equal."""

from __future__ import annotations

import json
import pickle
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from attribution import canonical
from attribution.canonical import Entity, Matcher
from attribution.models import Article, Kind, Span, Statement
from attribution.store import Store
from attribution.store import ingest as ingest_module
from attribution.store.driver import to_json
from attribution.store.ingest import Extracted
from conftest import count_calls


@pytest.mark.parametrize(
    "value",
    [
        None, [], [[0, 12]], [[3, 9], [15, 40], [41, 41]], [[True, 2]], [[1, 2, 3]], [[1.0, 2]], [[1, None]],
        [[1, 2], "x"], [(1, 2)], ["number", "absolute: 'all'"], ["é\u2019\"\\\n"], ["a", 1], [None], {"a": [1]},
        "text", 3, 2.5, True,
    ],
)  # fmt: skip
def test_rows_json_is_that_of_json_dumps(value) -> None:
    assert to_json(value) == json.dumps(value)


_TEXTS = [  # (article, text): a bare surname linked while one person has it, then asked again when two have it
    ("a1", "Ted Cruz said the vote would be close."),
    ("a2", "Cruz said the bill was dead."),
    ("a3", "Heidi Cruz, a banker, said the campaign raised money."),
    ("a4", "Cruz said the debate was unfair."),
    ("a5", "Governor Greg Abbott said the border was open."),
    ("a6", "Gov. Greg Abbot said the storm had passed."),  # a similar spelling: joined, a new alias
    ("a7", "Abbot said the state would sue."),
    ("a8", "Ted Cruz, the senator, said he would run again."),
]


def _tables(url: str) -> dict[str, list]:
    engine = create_engine(url)
    queries = {
        "speakers": "SELECT id, name, kind, affiliation, country, key FROM speakers ORDER BY id",
        "aliases": "SELECT speaker_id, alias, folded FROM speaker_aliases ORDER BY speaker_id, folded",
        "suggestions": "SELECT a_id, b_id, score, reason FROM merge_suggestions ORDER BY a_id, b_id",
        "statements": "SELECT a.key, s.key, s.text, s.speaker, s.speaker_id FROM statements s "
        "JOIN articles a ON a.id = s.article_id ORDER BY s.id",
        "indexed": "SELECT id FROM statements_fts_docsize ORDER BY id",  # the word index (FTS5) holds each row
        "found": "SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'would' ORDER BY rowid",
    }
    try:
        with engine.connect() as conn:
            return {name: [tuple(r) for r in conn.execute(text(q))] for name, q in queries.items()}
    finally:
        engine.dispose()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_transaction_of_several_chunks_stores_what_a_transaction_a_chunk_did(tmp_path, monkeypatch, workers) -> None:
    """Chunks of one article, so that each is linked apart: the speaker matcher takes in, at a chunk's start, what
    the chunks before it stored, whether they were committed or not."""
    corpus = [Article(i, t) for i, t in _TEXTS]
    stored = {}
    for group in (1, 4):
        monkeypatch.setattr(ingest_module, "GROUP", group)
        url = f"sqlite:///{tmp_path / f'{group}.db'}"
        with Store(url) as store:
            summary = store.ingest(corpus, workers=workers, batch_size=1)
        assert (summary.new, summary.failed) == (8, 0)
        stored[group] = _tables(url)
    assert stored[4] == stored[1]
    speakers = {s: i for _, _, _, s, i in stored[4]["statements"]}
    names = {i: n for i, n, *_ in stored[4]["speakers"]}
    assert names[speakers["Ted Cruz"]] == "Ted Cruz"
    assert speakers["Heidi Cruz"] != speakers["Ted Cruz"]
    assert len({i for _, _, _, s, i in stored[4]["statements"] if s == "Cruz"}) == 2  # linked, then not
    assert (len(stored[4]["indexed"]), len(stored[4]["found"])) == (8, 3)


def test_the_matcher_compares_a_pair_of_descriptions_once(monkeypatch) -> None:
    calls = []
    compatible = canonical.compatible
    monkeypatch.setattr(canonical, "compatible", lambda *a: (calls.append(a[:4]), compatible(*a))[1])
    matcher = Matcher.of([Entity(1, "Ted Cruz", affiliation="Senate"), Entity(2, "Heidi Cruz", affiliation="bank")])
    decisions = [matcher.decide("Ted Cruz", affiliation="US Senate") for _ in range(5)]
    decisions += [matcher.decide("Cruz", affiliation="US Senate") for _ in range(5)]
    assert {d.entity_id for d in decisions} == {1}
    assert sorted(calls) == [("Senate", None, "US Senate", None), ("bank", None, "US Senate", None)]


_STATEMENTS = [
    Statement("a1", (Span(4, 20),), "the bridge would open", Kind.INDIRECT),
    Statement("a1", (Span(30, 41), Span(50, 61)), "“We will,” he said, “soon.”", Kind.DIRECT, "Ana Ruiz", Span(0, 8),
              False, "mayor", "City Council", "Spain", "Reuters", "told", Span(9, 13), 0.9, False),
    Statement("a2", (Span(0, 0),), "", Kind.MIXED, None, None, True),
]  # fmt: skip


def test_records_sent_between_processes_come_back_equal_and_are_rebuilt_by_their_class() -> None:
    """An ingest worker's results are pickled to the process that stores them: each record is read back as a call
    of its class (its default pickling set each field apart, several Python calls a field)."""
    article = Article("a1", "Ana Ruiz told Reuters", "Title", "Pub", date(2026, 12, 7), "https://x.org/1", "en")
    found = Extracted(tuple(_STATEMENTS), (("roads",), (), ()), ((0.4, ("number",)), (None, ()), (0.0, ())), -3,
                      "AP", None, ("k1", "k2", "k3"), "en")  # fmt: skip
    for record in (article, found, *_STATEMENTS, Span(1, 2)):
        assert pickle.loads(pickle.dumps(record)) == record
    sent = pickle.dumps(found)
    calls, back = count_calls(lambda: pickle.loads(sent))
    assert back == found
    spans = sum(len(s.spans) + (s.speaker_span is not None) + (s.cue_span is not None) for s in _STATEMENTS)
    assert calls <= 2 + 3 * len(_STATEMENTS) + spans  # the lambda, a call a record (and its kind): none a field (102)
