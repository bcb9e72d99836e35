"""Ingest on SQLite and PostgreSQL: idempotent, workers, failures, reviews kept across engine changes, and
a consistent store after the ingesting process is killed in the middle of a batch."""

from __future__ import annotations

import dataclasses
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from attribution import Article, Span
from attribution.engine.pipeline import extract_article
from attribution.review import ReviewConflict
from attribution.store import StatementFilter, Store, statement_key
from attribution.store import ingest as ingest_module
from attribution.store.keys import statement_keys
from attribution.store.schema import articles, reviews, statements
from benchmarks.store_synthetic import articles as synthetic_articles
from conftest import ROOT

TEXT = (
    "Russian Foreign Minister Sergey Lavrov announced that the delegation is ready.\n"
    "“We hope so,” Caroline Leavitt said.\n"
    "White House Press Secretary Caroline Leavitt said that new sanctions on Russian oil are coming."
)


def _keys(corpus: list[Article]) -> set[str]:
    out = set()
    for a in corpus:
        out.update(statement_keys(a.id, (s.text for s in extract_article(a))))
    return out


def _stored(store: Store) -> set[tuple[str, str, str | None]]:
    return {(s.key, s.text, s.speaker) for s in store.statements(limit=None)}


def test_two_workers_store_what_one_stores(store_url: str, sqlite_url: str, tmp_path) -> None:
    corpus = synthetic_articles(12, seed=3, quotes=3)
    with Store(store_url) as one, Store(f"sqlite:///{tmp_path / 'two.db'}") as two:
        a = one.ingest(corpus, workers=1, batch_size=5)
        b = two.ingest(corpus, workers=2, batch_size=5)
        assert (a.new, a.statements) == (b.new, b.statements) == (12, len(_keys(corpus)))
        assert _stored(one) == _stored(two)
        assert {s.key for s in one.statements(limit=None)} == _keys(corpus)


def test_progress_is_reported_per_batch(store_url: str) -> None:
    calls: list[tuple[int, int | None]] = []
    with Store(store_url) as store:
        store.ingest(synthetic_articles(7, quotes=1), batch_size=3, progress=lambda d, t: calls.append((d, t)))
        store.ingest(iter(synthetic_articles(2, seed=9, quotes=1)), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(3, 7), (6, 7), (7, 7), (2, None)]  # an iterator has no length


def test_a_failing_article_is_reported_and_the_rest_stored(store_url: str, monkeypatch) -> None:
    real = ingest_module.extract_article

    def engine(article, lexicon=None):
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real(article, lexicon)

    monkeypatch.setattr(ingest_module, "extract_article", engine)
    with Store(store_url) as store:
        summary = store.ingest([Article("good", TEXT), Article("bad", TEXT), Article("also-good", "Peskov said no.")])
        assert (summary.new, summary.failed) == (2, 1)
        assert summary.errors == ("bad: the engine failed (IndexError: list index out of range)",)
        assert {a.key for a in store.articles()} == {"good", "also-good"}


# Statements whose words match but whose punctuation, case or spacing differ: one key each, all stored.
SAME_WORDS = [
    ("apostrophes", "“He's happy with the deal,” Tom Green said.\n\n“He’s happy with the deal,” Tom Green said again."),
    ("end marks", "“We are ready,” Mary Jones said.\n\n“We are ready!” Mary Jones said.\n\n“We are ready?” she said."),
    ("case and spaces", "“we  are READY,” Mary Jones said.\n\n“We are ready,” Mary Jones said."),
]


@pytest.mark.parametrize("text", [t for _, t in SAME_WORDS], ids=[n for n, _ in SAME_WORDS])
def test_statements_with_the_same_words_get_distinct_keys(store_url: str, text: str) -> None:
    found = extract_article(Article("a1", text))
    assert len(found) >= 2 and len({statement_key("a1", s.text, 0) for s in found}) == 1  # the words match
    with Store(store_url) as store:
        summary = store.ingest([Article("before", TEXT), Article("a1", text), Article("after", TEXT)])
        assert (summary.new, summary.failed, summary.errors) == (3, 0, ())
        assert len(store.statements(limit=None)) == len(found) + 2 * len(extract_article(Article("t", TEXT)))
        assert store.ingest([Article("a1", text)]).unchanged == 1


def test_statement_keys_count_repeats_by_their_words() -> None:
    cases = [  # texts -> occurrences
        (["He's here.", "He’s here!", "he s HERE"], [0, 1, 2]),
        (["a b", "a c", "a b"], [0, 0, 1]),
        (["…", "—"], [0, 1]),  # no words at all: still one key each
        ([], []),
    ]
    for texts, occurrences in cases:
        assert statement_keys("k", texts) == [statement_key("k", t, n) for t, n in zip(texts, occurrences, strict=True)]


def test_an_article_failing_at_write_is_reported_and_the_rest_of_its_batch_stored(store_url: str, monkeypatch) -> None:
    real = ingest_module._statement_rows

    def rows(conn, article_id, a, found, linker, lex):
        out = real(conn, article_id, a, found, linker, lex)
        if a.id == "bad":  # a second row with the first one's key: the UNIQUE constraint fails mid-article
            out.append(dict(out[0], position=len(out)))
        return out

    monkeypatch.setattr(ingest_module, "_statement_rows", rows)
    with Store(store_url) as store:
        batch = [Article("good", TEXT), Article("bad", TEXT), Article("also-good", "Peskov said no.")]
        summary = store.ingest(batch, batch_size=3)
        assert (summary.new, summary.failed) == (2, 1)
        assert len(summary.errors) == 1 and summary.errors[0].startswith("bad: not stored (IntegrityError")
        assert {a.key for a in store.articles()} == {"good", "also-good"}
        assert {s.article_key for s in store.statements(limit=None)} == {"good", "also-good"}


def _engine_v2(monkeypatch, change) -> None:
    """A new engine version: different code fingerprint, statements changed by `change`."""
    real = ingest_module.extract_article
    monkeypatch.setattr(ingest_module, "extract_article", lambda a, lexicon=None: change(a, real(a, lexicon)))
    monkeypatch.setattr(ingest_module, "engine_fingerprint", lambda data: "engine-v2")


def _drop_that(article: Article, found):
    """Engine v2 leaves "that" out of reported statements: spans and words change a little."""
    out = []
    for s in found:
        if s.text.startswith("that "):
            s = dataclasses.replace(s, text=s.text[5:], spans=(Span(s.start + 5, s.end),))
        out.append(s)
    return out


def test_reviews_stay_attached_when_spans_move(store_url: str) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        before = {s.text: s.id for s in store.statements(limit=None)}
        lavrov = before["that the delegation is ready"]
        store.save_review(lavrov, expected_version=0, reviewer="ann", verdict="confirmed")
        summary = store.ingest([Article("a1", "Moscow, Monday.\n\n" + TEXT)])  # every span moves
        assert (summary.updated, summary.relinked, summary.retired) == (1, 0, 0)
        after = {s.text: s.id for s in store.statements(limit=None)}
        assert after == before
        moved = store.statement(lavrov)
        assert moved.start == TEXT.index("that the delegation") + len("Moscow, Monday.\n\n")
        assert store.review(lavrov).verdict == "confirmed" and len(store.review_history(lavrov)) == 1


def test_reviews_are_relinked_by_text_after_an_engine_upgrade(store_url: str, monkeypatch) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        ids = {s.text: s.id for s in store.statements(limit=None)}
        reviewed = ids["that new sanctions on Russian oil are coming"]
        store.save_review(reviewed, expected_version=0, reviewer="ann", workflow="done", rating="half true")
        _engine_v2(monkeypatch, _drop_that)
        summary = store.ingest([Article("a1", TEXT)])  # same text, new engine: re-extracted
        assert (summary.updated, summary.unchanged, summary.relinked, summary.retired) == (1, 0, 1, 0)
        now = store.statement(reviewed)
        assert now.text == "new sanctions on Russian oil are coming" and now.rating == "half_true"
        assert sorted(s.id for s in store.statements(limit=None)) == sorted(ids.values())
        assert store.ingest([Article("a1", TEXT)]).unchanged == 1


REVIEWED = "that new sanctions on Russian oil are coming"


def _changed(field: str, value: str):
    """Engine v2 changes one field of the reviewed statement."""

    def change(article: Article, found):
        return [dataclasses.replace(s, **{field: value}) if s.text == REVIEWED else s for s in found]

    return change


# (case, engine v2's change to the reviewed statement, history fields recorded: () = the review stands)
RE_EXTRACTIONS = [
    ("words reversed", _changed("text", "that no new sanctions on Russian oil are coming"), ("statement",)),
    ("speaker changed", _changed("speaker", "Mary Jones"), ("speaker",)),
    ("outlet changed", _changed("outlet", "TASS"), ("outlet",)),
    ("punctuation only", _changed("text", "that new sanctions on Russian oil are coming!"), ()),
    ("nothing changed", lambda a, found: found, ()),
]


@pytest.mark.parametrize(("change", "fields"), [c[1:] for c in RE_EXTRACTIONS], ids=[c[0] for c in RE_EXTRACTIONS])
def test_a_review_whose_statement_changed_goes_back_to_a_person(store_url: str, monkeypatch, change, fields) -> None:
    from attribution import export

    org = export.Organisation("Example Checks", "https://checks.example.org")
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        sid = {s.text: s.id for s in store.statements(limit=None)}[REVIEWED]
        before = store.statement(sid)
        store.save_review(sid, expected_version=0, reviewer="ann", workflow="done", verdict="confirmed", rating="true")
        assert len(export.claimreview([store.statement(sid)], org)) == 2
        _engine_v2(monkeypatch, change)
        store.ingest([Article("a1", TEXT)])
        now, review, history = store.statement(sid), store.review(sid), store.review_history(sid)
        assert (review.verdict, review.rating) == ("confirmed", "true")  # the person's verdict is kept, as made
        assert (review.reviewed_text, review.reviewed_speaker, review.reviewed_outlet) == (
            before.text, before.extracted_speaker, before.outlet)  # fmt: skip
        changed = [h for h in history if h.reviewer == "ingest"]
        if not fields:
            assert (review.workflow, review.version, changed, now.changed_since_review) == ("done", 1, [], ())
            assert len(export.claimreview([now], org)) == 2
            return
        assert [h.field for h in changed] == [*fields, "workflow"]
        assert (changed[-1].old, changed[-1].new) == ("done", "needs_recheck")
        assert [f for f, _, _ in now.changed_since_review] == list(fields)
        assert (review.workflow, review.version) == ("needs_recheck", 2)
        assert export.claimreview([now], org) == [] == export.claimreview([now], org, finished_only=False)
        with pytest.raises(ReviewConflict):  # a save made on the old statement is refused, not applied
            store.save_review(sid, expected_version=1, reviewer="bob", verdict="misattributed")
        assert store.statements(StatementFilter(workflows=("needs_recheck",)), limit=None)[0].id == sid
        store.save_review(sid, expected_version=2, reviewer="ann", workflow="done", comment="checked again")
        again = store.statement(sid)
        assert again.changed_since_review == () and len(export.claimreview([again], org)) == 2


def test_a_reviewed_statement_no_longer_found_is_retired_not_lost(store_url: str, monkeypatch) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        ids = {s.text: s.id for s in store.statements(limit=None)}
        kept = ids["“We hope so,”"]
        store.save_review(kept, expected_version=0, reviewer="ann", note="checked the video")
        _engine_v2(monkeypatch, lambda a, found: [s for s in found if not s.text.startswith(("“We", "that new"))])
        summary = store.ingest([Article("a1", TEXT)])
        assert (summary.retired, summary.statements) == (1, 1)
        assert [s.id for s in store.statements(limit=None)] == [ids["that the delegation is ready"]]
        retired = store.statement(kept)
        assert retired.retired and retired.note == "checked the video"
        assert store.review_history(kept)[0].new == "checked the video"
        gone = ids["that new sanctions on Russian oil are coming"]  # unreviewed: removed
        with pytest.raises(Exception, match="no statement"):
            store.statement(gone)
        monkeypatch.setattr(ingest_module, "engine_fingerprint", lambda data: "engine-v3")
        monkeypatch.setattr(ingest_module, "extract_article", extract_article)
        store.ingest([Article("a1", TEXT)])  # found again: the same statement, with its review, is back
        assert not store.statement(kept).retired and store.count_statements() == 3


def test_metadata_only_changes_update_without_re_extracting(store_url: str, monkeypatch) -> None:
    with Store(store_url) as store:
        store.ingest([Article("a1", TEXT)])
        ids = [s.id for s in store.statements(limit=None)]
        summary = store.ingest([Article("a1", TEXT, title="Now with a title", url="https://example.org/a1")])
        assert (summary.updated, summary.statements) == (1, 0)
        assert [s.id for s in store.statements(limit=None)] == ids
        assert store.statements(limit=1)[0].article_title == "Now with a title"


# -- killed in the middle of a batch ------------------------------------------------------------------------

INGEST_SCRIPT = textwrap.dedent(
    """
    import sys
    from attribution.store import Store
    from benchmarks.store_synthetic import articles
    with Store(sys.argv[1]) as store:
        store.ingest(articles(int(sys.argv[2]), seed=7, quotes=4), batch_size=int(sys.argv[3]),
                     progress=lambda done, total: print(done, flush=True))
    """
)


def _writer_active(url: str) -> bool:
    """Whether another connection holds an open write transaction right now."""
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"), timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            conn.close()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            query = text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL"
            )
            return conn.execute(query).scalar_one() > 0
    finally:
        engine.dispose()


def test_killed_mid_batch_leaves_a_consistent_store_and_a_rerun_completes(store_url: str) -> None:
    n, batch = 150, 5
    corpus = synthetic_articles(n, seed=7, quotes=4)
    with Store(store_url):
        pass  # migrated before the child starts
    child = subprocess.Popen(
        [sys.executable, "-c", INGEST_SCRIPT, store_url, str(n), str(batch)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == str(batch)  # the first batch is committed
        deadline = time.monotonic() + 60
        while not _writer_active(store_url):  # wait until it is inside a later batch's transaction
            assert child.poll() is None and time.monotonic() < deadline, "ingest ended before it could be killed"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()

    expected = {a.id: len(extract_article(a)) for a in corpus}
    with Store(store_url) as store, store.engine.connect() as conn:
        per_article = dict(
            conn.execute(
                select(articles.c.key, func.count(statements.c.id))
                .select_from(articles.outerjoin(statements, statements.c.article_id == articles.c.id))
                .group_by(articles.c.key)
            ).all()
        )
        assert per_article and len(per_article) < n
        assert len(per_article) % batch == 0  # whole batches only
        assert all(per_article[k] == expected[k] for k in per_article)  # no article half-stored
        n_statements = conn.execute(select(func.count()).select_from(statements)).scalar_one()
        assert conn.execute(select(func.count()).select_from(reviews)).scalar_one() == n_statements

        ingest_module.engine_fingerprint.cache_clear()  # as the child saw the engine's files, should they change
        rerun = store.ingest(corpus, batch_size=batch)
        assert (rerun.unchanged, rerun.new, rerun.failed) == (len(per_article), n - len(per_article), 0)
        assert {s.key for s in store.statements(limit=None)} == _keys(corpus)
        assert store.count_statements() == sum(expected.values())
        assert len(store.articles(limit=None)) == n


def test_two_ingests_of_the_same_articles_at_once_store_each_once(store_url: str) -> None:
    import threading

    corpus = synthetic_articles(30, seed=11, quotes=2)
    with Store(store_url):
        pass
    summaries = []

    def run() -> None:
        with Store(store_url) as store:
            summaries.append(store.ingest(corpus, batch_size=5))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert len(summaries) == 2
    assert sum(s.new for s in summaries) == 30 and sum(s.new + s.unchanged for s in summaries) == 60
    with Store(store_url) as store:
        assert len(store.articles(limit=None)) == 30 and {s.key for s in store.statements(limit=None)} == _keys(corpus)


_INGEST_HALF = """
import sys
from attribution.store import Store
from benchmarks.store_synthetic import articles
half = int(sys.argv[2])
corpus = [a for i, a in enumerate(articles(40, seed=21, quotes=3)) if i % 2 == half]
with Store(sys.argv[1]) as store:
    store.ingest(corpus, batch_size=2)
"""


def _speaker_names(store: Store) -> list[str]:
    return sorted(e.name for e in store.speaker_entities(limit=None))


def _affiliations_given(store: Store) -> dict[str, set[str | None]]:
    """Each speaker's affiliation and the ones its statements give (the knowledge base's speakers without any are
    left out): an entity keeps the first it was stored with, which two racing writers may store in either order."""
    given: dict[str, set[str | None]] = {}
    for s in store.statements(limit=None):
        given.setdefault(s.speaker, set()).add(s.affiliation)
    return {e.name: (e.affiliation, given[e.name]) for e in store.speaker_entities(limit=None) if e.name in given}


def test_two_ingest_processes_create_each_speaker_once(store_url: str, tmp_path) -> None:
    with Store(store_url):
        pass  # migrated before the race
    runs = [subprocess.Popen([sys.executable, "-c", _INGEST_HALF, store_url, str(half)], cwd=ROOT,
                             stderr=subprocess.PIPE, text=True) for half in (0, 1)]  # fmt: skip
    for p in runs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    with Store(store_url) as both, Store(f"sqlite:///{tmp_path / 'one.db'}") as one:
        one.ingest(synthetic_articles(40, seed=21, quotes=3))
        assert _speaker_names(both) == _speaker_names(one)  # each speaker created once
        assert both.count_statements() == one.count_statements()
        for name, (kept, given) in _affiliations_given(both).items():
            assert kept is None or kept in given, name


@pytest.mark.parametrize("pool", [False, True])
def test_a_pool_given_extracts_in_its_processes_not_this_one(sqlite_url: str, monkeypatch, pool: bool) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    def stalled(article, lexicon=None):  # what this process would do: the pool's fresh processes never see it
        raise RuntimeError("extracted in the caller's process")

    monkeypatch.setattr(ingest_module, "extract_article", stalled)
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver")) if pool else None
    try:
        with Store(sqlite_url) as store:
            summary = store.ingest([Article("a1", TEXT), Article("a2", "Peskov said no.")], pool=executor)
            assert (summary.new, summary.failed) == ((2, 0) if pool else (0, 2))
            if pool:  # the pool stays the caller's, open for the next call
                assert store.ingest([Article("a3", TEXT)], pool=executor).new == 1
    finally:
        if executor:
            executor.shutdown()


def test_a_dead_worker_is_a_named_error(sqlite_url: str) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from attribution.store import WorkersBroken

    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("forkserver"))
    executor.submit(os_exit).exception()  # the worker dies; the pool is broken
    with Store(sqlite_url) as store, pytest.raises(WorkersBroken, match="the extraction workers stopped"):
        store.ingest([Article("a1", TEXT)], pool=executor)
    executor.shutdown()


def os_exit() -> None:
    import os

    os._exit(1)


# (case, the articles given in one run under one id, stored text, failed)
SAME_ID = [
    ("different text", [Article("r", TEXT), Article("r", "Peskov said no.")], TEXT, 1),
    ("different title", [Article("r", TEXT), Article("r", TEXT, title="Other")], TEXT, 1),
    ("the same article twice", [Article("r", TEXT), Article("r", TEXT)], TEXT, 0),
    ("in another batch", [Article("r", TEXT), *(Article(f"x{i}", "Peskov said no.") for i in range(3)),
                          Article("r", "Peskov said no.")], TEXT, 1),
]  # fmt: skip


@pytest.mark.parametrize(("batch", "text", "failed"), [c[1:] for c in SAME_ID], ids=[c[0] for c in SAME_ID])
def test_a_second_article_under_one_id_in_a_run_is_refused_not_overwriting(store_url: str, batch, text, failed) -> None:
    with Store(store_url) as store:
        summary = store.ingest(batch, batch_size=2)
        assert summary.failed == failed and store.article_by_key("r").text == text
        assert all("ids must be unique" in e for e in summary.errors)
