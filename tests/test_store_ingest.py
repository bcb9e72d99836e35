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
from attribution.store import Store, statement_key
from attribution.store import ingest as ingest_module
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
        seen: dict[str, int] = {}
        for s in extract_article(a):
            out.add(statement_key(a.id, s.text, seen.get(s.text, 0)))
            seen[s.text] = seen.get(s.text, 0) + 1
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
