"""An article id used in two partitions of a batch: named by the batch (both places, both partitions), and by the
loader, which keeps the first, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution import batch
from attribution.cli import main


def _text(i: int) -> str:
    return f'"We will review plan number {i} next week," Foreign Minister Anna Berg said on Tuesday.'


def _jsonl(path: Path, ids: list[str], start: int) -> None:
    lines = [json.dumps({"id": key, "text": _text(start + n)}) for n, key in enumerate(ids)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


CASES = [
    # (files: name → ids; clashes: (where the id comes again, where it came first), {d} being the input folder)
    ({"a.jsonl": ["x1", "x2", "x3"], "b.jsonl": ["y1", "y2"]}, []),
    ({"a.jsonl": ["x1", "x2", "x3"], "b.jsonl": ["y1", "x2"]},
     [("{d}/b.jsonl:2 (part-000002)", "{d}/a.jsonl:2 (part-000000)")]),
    ({"a.jsonl": ["x1", "x2", "x3", "x4"], "b.jsonl": ["x4", "x1"]},
     [("{d}/b.jsonl:1 (part-000002)", "{d}/a.jsonl:4 (part-000001)"),
      ("{d}/b.jsonl:2 (part-000002)", "{d}/a.jsonl:1 (part-000000)")]),
    ({"a.jsonl": ["x1", "x2", "x3"], "b.jsonl": ["x3"], "c.jsonl": ["x3"]},
     [("{d}/b.jsonl:1 (part-000002)", "{d}/a.jsonl:3 (part-000001)"),
      ("{d}/c.jsonl:1 (part-000003)", "{d}/a.jsonl:3 (part-000001)")]),
    ({"a.jsonl": ["x1", "x1"]}, []),  # within one partition: the reader refuses the second (a bad record)
]  # fmt: skip


@pytest.mark.parametrize(("files", "clashes"), CASES)
def test_the_batch_names_ids_used_in_two_partitions(cluster, tmp_path: Path, files, clashes, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, (name, ids) in enumerate(files.items()):
        _jsonl(folder / name, ids, 10 * n)
    out = tmp_path / "out"
    summary = batch.run([folder], out, scheduler=cluster.scheduler_address, size=2)
    found = sorted(summary.duplicates)
    assert len(found) == len(clashes), found
    for line, (later, first) in zip(found, clashes, strict=True):
        assert line.startswith(later.format(d=folder) + ": article id"), line
        assert f"already used by {first.format(d=folder)}; ingest of this output loads the first only" in line, line
    # a re-run (every partition already written) names them again; the command exits non-zero
    code = main(["batch", str(folder), "--out", str(out), "--scheduler", cluster.scheduler_address,
                 "--partition", "2"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == (1 if clashes else 0)
    assert err.count("duplicate id:") == len(clashes)


def test_the_loader_keeps_the_first_and_names_both_partitions(cluster, tmp_path: Path, store_url, capsys) -> None:
    from attribution.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", ["x1", "x2", "x3"], 0)
    _jsonl(folder / "b.jsonl", ["x2", "y1"], 10)
    out = tmp_path / "out"
    batch.run([folder], out, scheduler=cluster.scheduler_address, size=2)
    assert main(["ingest", str(out), "--db", store_url]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'b.jsonl'}:1 (part-000002): article id 'x2' is already used by {folder / 'a.jsonl'}:2 " \
           "(part-000000)" in err  # fmt: skip
    assert "run batch to a new --out" in err
    with Store(store_url) as store:
        kept = {s.article_key: s.text for s in store.statements(limit=None)}
    assert sorted(kept) == ["x1", "x2", "x3", "y1"]
    assert "plan number 1 " in kept["x2"], "the first article with the id is the one kept"
