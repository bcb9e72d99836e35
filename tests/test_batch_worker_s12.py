"""Corpus scale, session 12: what a Dask worker does once and what it does per partition.

A worker's task thread was measured costing what the same partition costs in a plain process (README, corpus
scale): these guard the reasons, each of which would make a worker slower than the plain engine if it broke."""

from __future__ import annotations

import json
from pathlib import Path

TEXTS = [
    'Mara Quill, the port minister of Norvania, said the ferries would run on Monday. "We are ready," she said.',
    'The harbour union said it would not strike. "Talks go on," its chair, Olek Brandt, told Radio Meridian.',
    "Officials said the bridge would reopen in spring, according to a statement from the transport office.",
    '"Nothing is decided," Ines Varro said on Tuesday.',
    "Tomas Weld, an adviser to the mayor, said the budget would grow by 4 percent next year.",
]


def _worker_state() -> dict:
    import gc

    from attribution.engine import lexicons

    return {
        "lexicon_loads": lexicons._load.cache_info().misses,
        "folders_resolved": lexicons._load_from.cache_info().misses,
        "collector_on": gc.isenabled(),
        "thresholds": gc.get_threshold(),
    }


def test_a_worker_loads_the_lexicons_once_for_all_its_partitions(tmp_path: Path) -> None:
    import gc

    from distributed import Client

    from attribution import batch

    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)), "utf-8")
    with batch.local_cluster(1) as cluster, Client(cluster) as client:
        summary = batch.run([source], tmp_path / "out", scheduler=cluster.scheduler_address, size=2)
        (state,) = client.run(_worker_state).values()
    assert (summary.partitions, summary.articles, summary.errors) == (3, 5, [])
    assert summary.statements >= 5
    # loaded by the first partition and kept by the worker process: not once a partition
    assert state["lexicon_loads"] == 1 and state["folders_resolved"] == 1
    # the engine's pause of the collector around each article is undone in the worker's task thread too, and the
    # worker collects as often as a plain process does
    assert state["collector_on"] and state["thresholds"] == gc.get_threshold()
