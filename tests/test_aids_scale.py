"""The fact-check aids at corpus scale: what an update holds does not grow with the change log (a bulk load logs a
row a loaded statement), and the change rows an update took in go, those logged meanwhile stay."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy import select

from attribution import Article
from attribution.aids import AidStatement, ReviewedStatement, claims, match_claims
from attribution.aids.disjoint import DisjointSets
from attribution.review import Rating, Verdict
from attribution.store import AidsMode, Store, aids_partitioned
from attribution.store import aids as store_aids
from attribution.store.driver import write_rows
from attribution.store.schema import aids_changes

SAID = [
    "There is no military solution to the conflict in the region",
    "Our troops will stay in the region until the job is done",
    "The harbour will reopen to grain ships before the end of the month",
]  # fmt: skip


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store(store_url) as store:
        store.ingest([Article(f"a{k}", f"“{SAID[k % 3]},” Ivan Petrov said.\nReport {k}.", title=f"a{k}",
                              publisher=f"Outlet {k}") for k in range(6)])  # fmt: skip
        assert store.aids_status().up_to_date
        yield store


def _log(store: Store, rows: int) -> list[int]:
    """`rows` change rows over two statements (as re-ingesting them over and over would log)."""
    ids = [s.id for s in store.statements(limit=2)]
    with store._write() as conn:
        write_rows(conn, aids_changes, [{"statement_id": ids[k % 2], "kind": "statement"} for k in range(rows)])
    return ids


def _peak(call) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = call()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("full", "mode"),
    [
        (False, AidsMode.DEFERRED),  # the update at the end of a bulk load: it only has to decide to defer
        (True, AidsMode.FULL),  # the refresh after it
    ],
)
def test_an_update_does_not_hold_the_change_log(
    store: Store, monkeypatch: pytest.MonkeyPatch, full: bool, mode: AidsMode
) -> None:
    # Thresholds of a large store: more changed statements than are taken in one by one, fewer than 5 % of it.
    monkeypatch.setattr(store_aids, "INCREMENTAL_MAX", 1)
    monkeypatch.setattr(store_aids, "SYNC_FULL_MAX", 0)
    monkeypatch.setattr(store_aids, "FULL_SHARE", 1.0)
    peaks = {}
    for rows in (2_000, 60_000):
        _log(store, rows)
        summary, peaks[rows] = _peak(lambda: store.refresh_aids(full=full, partition=0))
        assert summary.mode is mode
        taken = rows if full else 0
        assert (summary.changes, store.aids_status().pending) == (taken, rows - taken)
        with store._write() as conn:
            conn.execute(aids_changes.delete())
    # Rows read one by one took ~200 bytes each (12 MB for 60,000); a count and runs of ids take none a row.
    assert peaks[60_000] < peaks[2_000] + 2_000_000, peaks


def test_a_full_refresh_leaves_the_changes_logged_while_it_ran(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _log(store, 10)
    with store._write() as conn:  # holes in the log: rows taken in by an earlier update
        gone = conn.execute(select(aids_changes.c.id).order_by(aids_changes.c.id)).scalars().all()[2:5]
        conn.execute(aids_changes.delete().where(aids_changes.c.id.in_(gone)))
    full = store_aids._full

    def meanwhile(conn, thresholds):  # another process logs a change after this update read the log
        with store._write() as other:
            write_rows(other, aids_changes, [{"statement_id": ids[0], "kind": "review"}])
        return full(conn, thresholds)

    monkeypatch.setattr(store_aids, "_full", meanwhile)
    runs = []
    run = store_aids._run
    monkeypatch.setattr(store_aids, "_run", lambda *args: runs.append(run(*args)) or runs[-1])
    store.refresh_aids(full=True, partition=0)
    # The 7 rows read went; the one logged meanwhile stayed, for the update that followed at once.
    assert [(r.mode, r.changes, r.pending) for r in runs] == [(AidsMode.FULL, 7, 1), (AidsMode.INCREMENTAL, 1, 0)]


@pytest.mark.parametrize(
    ("ids", "runs"),
    [
        ([], []),
        ([5], [(5, 5)]),
        ([1, 2, 3], [(1, 3)]),
        ([1, 2, 3, 7, 9, 10], [(1, 3), (7, 7), (9, 10)]),
        ([4, 6, 8], [(4, 4), (6, 6), (8, 8)]),
    ],
)
def test_the_change_ids_an_update_read_are_kept_as_runs(ids: list[int], runs: list[tuple[int, int]]) -> None:
    assert store_aids._runs(ids) == runs


@pytest.mark.parametrize(
    ("n", "edges"),
    [
        (0, []),
        (3, []),
        (4, [(0, 1), (2, 3)]),
        (5, [(4, 3), (3, 2), (2, 1), (1, 0)]),  # a chain, largest first
        (6, [(5, 0), (1, 5), (2, 4), (4, 2), (3, 3)]),  # an edge twice, a loop
        *[(200, [tuple(random.Random(seed).sample(range(200), 2)) for _ in range(150)]) for seed in range(5)],
    ],
)
def test_components_of_a_partitioned_refresh_are_the_disjoint_sets(n: int, edges: list[tuple[int, int]]) -> None:
    sets = DisjointSets(n)
    for a, b in edges:
        sets.union(a, b)
    a, b = (np.array([e[k] for e in edges], dtype=np.int64) for k in (0, 1))
    assert aids_partitioned._components(a, b, n).tolist() == [sets.find(i) for i in range(n)]


@pytest.mark.parametrize(
    ("verdict", "rating", "compared"),
    [(None, None, False), (Verdict.CONFIRMED, None, True), (None, Rating.FALSE, True)],
)
def test_claims_are_matched_only_when_a_review_has_a_verdict_or_rating(
    monkeypatch: pytest.MonkeyPatch, verdict: Verdict | None, rating: Rating | None, compared: bool
) -> None:
    """Without one there is nothing to match: the statements are not blocked and scored at all (a quarter of the
    everyday ingest's aids update did that)."""
    calls = []
    real = claims.similar_pairs
    monkeypatch.setattr(claims, "similar_pairs", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    statements = [AidStatement(k, k, SAID[0], "Ivan Petrov") for k in range(1, 4)]
    reviewed = [ReviewedStatement(AidStatement(9, 9, SAID[0], "Ana Lind"), verdict, rating)]
    found = match_claims(statements, reviewed)
    assert (bool(calls), len(found)) == (compared, 3 if compared else 0)


@pytest.mark.parametrize(
    ("rows", "texts", "at_once"),
    [(0, 1, 5), (1, 1, 5), (10, 3, 3), (5_000, 700, 1_000), (5_000, 5_000, 999), (20_000, 3_000, 20_000)],
)
def test_distinct_texts_found_a_range_of_hashes_at_a_time_are_those_of_one_sort(
    monkeypatch: pytest.MonkeyPatch, rows: int, texts: int, at_once: int
) -> None:
    monkeypatch.setattr(aids_partitioned, "DISTINCT", at_once)
    rng = np.random.default_rng(rows + texts)
    hashes = rng.integers(-(2**63), 2**63 - 1, size=texts, dtype=np.int64)[rng.integers(0, texts, size=rows)]
    _, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    rank = np.empty_like(first)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))  # texts numbered by first appearance
    text_of, is_first = aids_partitioned._distinct(hashes)
    assert text_of.tolist() == rank[inverse].tolist()
    assert np.flatnonzero(is_first).tolist() == sorted(first.tolist())
