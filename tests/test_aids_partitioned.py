"""A partitioned full refresh of the fact-check aids (bounded memory) writes exactly what the in-memory one writes,
on SQLite and PostgreSQL, however small the partitions: groups, members, alerts, suggestions and claim matches,
with a person's accepted and rejected links."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest

from attribution import Article
from attribution.aids import group_statements
from attribution.aids.thresholds import load as load_thresholds
from attribution.store import AidsMode, Store, aids_partitioned
from attribution.store import aids as store_aids
from conftest import derived_aids

# Invented statements and near-copies: a reworded copy groups, a looser one is suggested, another speaker's copy
# is an alert, a changed number or negation is vetoed, a short one is never compared.
WORDINGS = [
    ["There is no military solution to the conflict in the region",
     "There is no military solution to this conflict in the region",
     "There is no military solution to this war in the region"],
    ["Our troops will stay in the region until the job is done",
     "Our troops will stay in the area until the work is done"],
    ["Shelling killed 5 people in the northern town on Monday",
     "Shelling killed 50 people in the northern town on Monday"],
    ["We will attend the summit in Geneva next week", "We will not attend the summit in Geneva next week",
     "We won't attend the summit in Geneva next week"],
    ["The harbour will reopen to grain ships before the end of the month",
     "The harbour will reopen to grain ships before the end of this month"],
    ["Talks on the new budget will continue after the holidays in January"],
    ["That is not true"],
]  # fmt: skip
SPEAKERS = ["Ivan Petrov", "Maria Olsen", "Ana Lind", "Tomas Berg"]
PUBLISHERS = ["Daily Alpha", "Morning Beta", "Evening Gamma", "Harbour Post", "Northwind"]
WIRES = ["Reuters", None, None]
BODIES = [
    "Farmers in the south began the harvest early this year because of the dry summer.",
    "The national football team lost its opening match on Sunday after a late goal.",
    "A new bridge over the river will open to traffic in March, two years late.",
    "Heavy snow closed several mountain roads overnight and delayed trains.",
    "Museum visitors can see the restored paintings from next week.",
]


def corpus(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        quotes = []
        for _ in range(rng.randint(1, 2)):
            quote, speaker = rng.choice(rng.choice(WORDINGS)), rng.choice(SPEAKERS)
            quotes.append(f"“{quote},” {speaker} said.")
        if k % 3 == 0:  # said once: a component of its own
            quotes.append(f"“The committee filed report number {k} on time this week,” {rng.choice(SPEAKERS)} said.")
        wire = rng.choice(WIRES)
        dateline = f"KYIV ({wire}) - " if wire else ""
        text = dateline + "\n".join(quotes) + f"\n{BODIES[k % len(BODIES)]} Report {k}."
        out.append(Article(f"a{k}", text, title=f"a{k}", publisher=rng.choice(PUBLISHERS)))
    return out


@pytest.fixture
def filled(store_url: str) -> Iterator[Store]:
    with Store(store_url) as store:
        store.ingest(corpus(90, seed=7))
        found = store.statements(limit=None, order="position")
        ids = [s.id for s in found]
        alone = [s.id for s in found if "report number" in s.text]
        for sid in ids[:4]:  # verdicts: claim matches
            review = store.review(sid)
            store.save_review(sid, expected_version=review.version, reviewer="ann", verdict="confirmed")
        suggestions = store.group_suggestions()
        assert len(suggestions) >= 2, "the corpus should give a person pairs to decide"
        store.decide_group_link(suggestions[0].a.id, suggestions[0].b.id, True, "ann")
        store.decide_group_link(suggestions[1].a.id, suggestions[1].b.id, False, "ann")
        store.decide_group_link(alone[0], alone[-1], True, "ann")  # a link never suggested joins two components
        yield store


@pytest.mark.parametrize("partition", [1, 3, 10, 40, 10_000])
def test_a_partitioned_refresh_writes_what_the_whole_one_does(
    filled: Store, partition: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert filled.refresh_aids(full=True, partition=0).mode is AidsMode.FULL
    whole = derived_aids(filled, decisions=True)
    assert all(whole.values()), {kind: len(rows) for kind, rows in whole.items()}
    stats: list[dict] = []
    close = aids_partitioned.Refresh.close
    monkeypatch.setattr(aids_partitioned.Refresh, "close", lambda self: (stats.append(self.stats), close(self)))
    summary = filled.refresh_aids(full=True, partition=partition)
    assert summary.mode is AidsMode.FULL
    assert derived_aids(filled, decisions=True) == whole
    assert (summary.groups, summary.alerts) == (len(whole["groups"]), len(whole["alerts"]))
    (seen,) = stats
    if partition <= 3:  # many partitions, each bounded (a component is never cut)
        assert seen["partitions"] > 5, seen
    assert seen["grouped_statements"] < seen["statements"], "statements alone in their component are skipped"
    assert filled.aids_status().up_to_date


@pytest.mark.parametrize("compact", [0, 1, 5])
def test_similar_pairs_found_in_several_buckets_are_kept_once(
    filled: Store, compact: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Repeats are dropped while scoring (COMPACT: how many pairs first), with the rows of one drop at the end."""
    filled.refresh_aids(full=True, partition=0)
    whole = derived_aids(filled, decisions=True)
    monkeypatch.setattr(aids_partitioned, "COMPACT", compact)
    filled.refresh_aids(full=True, partition=2)
    assert derived_aids(filled, decisions=True) == whole


def test_a_large_store_is_refreshed_in_partitions(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    monkeypatch.setattr(store_aids, "PARTITIONED_FROM", 10)
    monkeypatch.setattr(store_aids, "PARTITION", 25)
    real = aids_partitioned.Refresh.__init__

    def init(self, conn, thresholds, partition, *rest) -> None:
        made.append(partition)
        real(self, conn, thresholds, partition, *rest)

    monkeypatch.setattr(aids_partitioned.Refresh, "__init__", init)
    filled.refresh_aids(full=True)
    assert made == [25]
    monkeypatch.setattr(store_aids, "PARTITIONED_FROM", 10**9)
    filled.refresh_aids(full=True)
    assert made == [25], "a small store is refreshed in memory"


def test_incremental_updates_after_a_partitioned_refresh_read_the_texts_again(filled: Store) -> None:
    """The partitioned refresh keeps no texts; it moves the aids' generation on, so a process's kept texts are
    read again."""
    filled.refresh_aids(full=True, partition=0)
    with filled.engine.connect() as conn:
        before = store_aids._generation(conn)
    filled.refresh_aids(full=True, partition=5)
    with filled.engine.connect() as conn:
        assert store_aids._generation(conn) == before + 1
    assert filled not in store_aids._TEXTS
    filled.ingest(corpus(3, seed=99))
    incremental = derived_aids(filled, decisions=True)
    filled.refresh_aids(full=True, partition=0)
    assert derived_aids(filled, decisions=True) == incremental


@pytest.mark.parametrize("max_block", [1, 2, 3, 5000])
def test_word_pairs_too_common_to_compare_are_the_same_in_partitions(filled: Store, max_block: int) -> None:
    """A word pair in max_block texts opens no more comparisons: counted over the whole store, not a partition."""
    thresholds = replace(load_thresholds(), max_block=max_block)
    with store_aids._snapshot(filled) as conn:
        confirmed, rejected = store_aids._decisions(conn)
        whole = group_statements(store_aids._corpus(conn), thresholds, confirmed=confirmed, rejected=rejected)
        refresh = aids_partitioned.Refresh(conn, thresholds, 2, store_aids._LIVE, store_aids._load,
                                           store_aids._reviewed, confirmed, rejected)  # fmt: skip
        try:
            parts = list(refresh.groupings())
        finally:
            refresh.close()
    for kind in ("groups", "suggestions", "alerts"):
        assert {x for p in parts for x in getattr(p, kind)} == set(getattr(whole, kind)), kind
    assert whole.groups, "the store should have groups to compare"
