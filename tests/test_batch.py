"""Corpus scale: `batch` on a Dask LocalCluster of 2 worker processes, and its output loaded into the store."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from attribution import batch, export, readers
from attribution.cli import main

NAMES = ["Anna Berg", "Tomas Lind", "Maria Ortiz", "Jonas Keller", "Lena Novak", "Pavel Dobrev", "Sara Holm"]
ROLES = ["Foreign Minister", "Finance Minister", "Defence Minister", "spokeswoman"]


def _text(i: int) -> str:
    """An invented article with a direct quote, a reported statement and an unnamed source."""
    name, other = NAMES[i % len(NAMES)], NAMES[(i + 3) % len(NAMES)]
    return (
        f'"We will not accept terms number {i} as they stand," {ROLES[i % len(ROLES)]} {name} said on Tuesday.\n\n'
        f"{other} told reporters that the talks on item {i} would resume next week.\n\n"
        f'"Nothing is agreed yet," a senior official said, speaking on condition of anonymity.'
    )


def _input(root: Path) -> Path:
    """Five .txt files, a JSONL file (a line not JSON, a record without text), a .jsonl.gz and a Parquet file
    (a row without text): 19 articles, 3 bad records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = root / "input"
    (folder / "txt").mkdir(parents=True)
    for i in range(5):
        (folder / "txt" / f"a{i}.txt").write_text(_text(i), encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "text": _text(10 + i), "publisher": "Example News"}) for i in range(7)]
    lines[2] = "{not json"
    lines[5] = json.dumps({"id": "j5", "title": "no text"})
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [json.dumps({"text": _text(20 + i), "url": f"https://example.org/{i}"}) for i in range(4)]
    (folder / "wire.jsonl.gz").write_bytes(gzip.compress("\n".join(records).encode()))
    rows = [{"id": f"p{i}", "text": None if i == 1 else _text(30 + i), "published": f"2025-06-0{i + 1}"}
            for i in range(6)]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(rows), folder / "rows.parquet", row_group_size=2)
    return folder


BAD = ["wire.jsonl:3", "wire.jsonl:6", "rows.parquet:2"]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _input(tmp_path_factory.mktemp("corpus"))


def _statements(out: Path) -> list[dict]:
    import pyarrow.parquet as pq

    rows = [r for f in sorted((out / "statements").glob("*.parquet")) for r in pq.read_table(f).to_pylist()]
    return sorted(rows, key=lambda r: (r["article"], r["start"]))


def _extracted(folder: Path) -> list[dict]:
    from attribution import extract_article

    rows = [export.statement_record(s) for a in readers.read_paths([folder]).articles for s in extract_article(a)]
    return sorted(rows, key=lambda r: (r["article"], r["start"]))


def test_batch_output_equals_extract(cluster, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    # txt: 5 files in 2; jsonl: 7 lines in 3; gz: whole; parquet: row groups of 2 rows gathered to 3 rows or more
    assert summary.partitions == 2 + 3 + 1 + 2 and not summary.failed_partitions
    got = _statements(out)
    expected = _extracted(corpus)
    assert len(expected) > 30
    assert [{k: r[k] for k in expected[0]} for r in got] == expected
    assert {r["article"] for r in got} >= {"txt/a0", "j0", "p0", "https://example.org/0"}
    assert all(r["position"] is not None and r["topics"] is not None for r in got)
    assert sorted(e.split(": ")[0].removeprefix(f"{corpus}/") for e in summary.errors) == sorted(BAD)
    assert summary.articles == 19 - len(BAD) + 3  # (5 + 7 + 4 + 6) - 3 bad


def test_a_rerun_writes_only_the_partitions_missing(cluster, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    before = _statements(out)
    (out / "statements" / "part-000003.parquet").unlink()  # as a crash before its last file would leave it
    again = batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    assert (again.skipped, again.partitions) == (first.partitions - 1, first.partitions)
    assert 0 < again.articles < first.articles
    assert _statements(out) == before
    done = batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    assert (done.skipped, done.articles) == (first.partitions, 0)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ("another input", "output of another input"),
        ("another partition size", "output of another input"),
    ],
)
def test_an_output_folder_of_another_input_is_refused(cluster, corpus, tmp_path: Path, change, words) -> None:
    out = tmp_path / "out"
    batch.run([corpus / "txt"], out, scheduler=cluster.scheduler_address, size=3)
    other = ([corpus], 3) if change == "another input" else ([corpus / "txt"], 2)
    with pytest.raises(batch.BatchError, match=words):
        batch.run(other[0], out, scheduler=cluster.scheduler_address, size=other[1])


def test_bad_records_are_reported_with_file_and_line_in_the_output(cluster, corpus, tmp_path: Path, capsys) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    code = main(["batch", str(corpus), "--out", str(out), "--scheduler", cluster.scheduler_address,
                 "--partition", "3"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1  # something was not read
    for where in BAD:
        assert f"skipped {corpus}/{where}:" in err
    assert "Dask dashboard: http" in err
    stored = [r["error"] for f in (out / "errors").glob("*.parquet") for r in pq.read_table(f).to_pylist()]
    assert sorted(e.split(": ")[0].removeprefix(f"{corpus}/") for e in stored) == sorted(BAD)


def test_nothing_to_read(cluster, tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    code = main(["batch", str(tmp_path / "empty"), str(tmp_path / "nope"), "--out", str(tmp_path / "out"),
                 "--scheduler", cluster.scheduler_address])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "no such file or folder" in err and "no article found" in err


@pytest.fixture
def second_url(request, store_url: str, tmp_path: Path):
    """Another empty store of the same kind as `store_url`."""
    if store_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'plain.db'}"
        return
    from conftest import fresh_postgresql

    with fresh_postgresql(request.getfixturevalue("postgres_server")) as url:
        yield url


def _counts(url: str) -> dict:
    from sqlalchemy import func, select

    from attribution.store import Store
    from attribution.store.schema import articles, reviews, speaker_aliases, speakers, statement_topics, statements

    with Store(url) as store, store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (articles, statements, reviews, statement_topics, speakers, speaker_aliases)}  # fmt: skip


def _stored(url: str) -> list[tuple]:
    from attribution.store import Store

    with Store(url) as store:
        rows = store.statements(limit=None)
        return sorted((s.key, s.article_key, s.published, s.text, s.speaker, s.speaker_mention, s.kind, s.outlet,
                       s.topics, s.check_score, s.spans) for s in rows)  # fmt: skip


def test_a_batch_output_loads_as_a_plain_ingest_stores_it(cluster, corpus, tmp_path, store_url, second_url, capsys):
    from attribution.store import Store

    out = tmp_path / "out"
    batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    assert main(["ingest", str(out), "--db", store_url]) == 0
    assert "articles: 19 new" in capsys.readouterr().out
    assert main(["ingest", str(corpus), "--db", second_url]) == 1  # the bad records
    assert _counts(store_url) == _counts(second_url) and _counts(store_url)["statements"] > 30
    assert _stored(store_url) == _stored(second_url)
    # a review and a merge made in the store, then the output loaded again: nothing added, both kept
    with Store(store_url) as store:
        first = store.statements(limit=1)[0]
        store.save_review(first.id, expected_version=0, reviewer="ann", verdict="confirmed")
        a, b = store.speaker_entities(limit=2)[:2]
        store.merge_speakers(a.id, b.id)
    before = _counts(store_url)
    assert main(["ingest", str(out), "--db", store_url]) == 0
    assert "0 new, 0 updated, 19 unchanged" in capsys.readouterr().out
    assert _counts(store_url) == before
    with Store(store_url) as store:
        assert store.review(first.id).verdict.value == "confirmed"
        assert [e.id for e in store.speaker_entities(limit=None) if e.id == b.id] == []  # still merged away
    assert main(["ingest", str(corpus), "--db", store_url]) == 1  # a plain ingest after it: the same articles
    assert "0 new, 0 updated, 19 unchanged, 3 failed" in capsys.readouterr().out


def test_an_incomplete_partition_is_reported_not_loaded(cluster, corpus, tmp_path, sqlite_url, capsys) -> None:
    out = tmp_path / "out"
    batch.run([corpus / "txt"], out, scheduler=cluster.scheduler_address, size=3)
    (out / "statements" / "part-000001.parquet").unlink()
    assert main(["ingest", str(out), "--db", sqlite_url]) == 1
    captured = capsys.readouterr()
    assert "part-000001.parquet: partition not complete" in captured.err and "articles: 3 new" in captured.out


@pytest.mark.parametrize("crash", [False, True])
def test_a_large_load_rebuilds_the_word_indexes_once(cluster, corpus, tmp_path, sqlite_url, monkeypatch, crash):
    """SQLite: the word indexes' insert triggers are set aside during a large load and the indexes rebuilt after
    it, also when the load died before the end (the next opening of the store does it)."""
    from attribution.store import StatementFilter, Store, bulk

    out = tmp_path / "out"
    batch.run([corpus], out, scheduler=cluster.scheduler_address, size=3)
    monkeypatch.setattr(bulk, "DEFER_SEARCH", 1)
    if crash:
        monkeypatch.setattr(bulk, "restore_search_index", lambda write: None)
        with Store(sqlite_url) as store:
            store.load_batch(out)
            names = {r[0] for r in store.engine.connect().exec_driver_sql("SELECT name FROM sqlite_master")}
            assert "statements_fts_insert" not in names  # as a crashed load leaves it
        monkeypatch.undo()
    else:
        with Store(sqlite_url) as store:
            store.load_batch(out)
    with Store(sqlite_url) as store:
        names = {r[0] for r in store.engine.connect().exec_driver_sql("SELECT name FROM sqlite_master")}
        assert {"statements_fts_insert", "articles_fts_insert"} <= names
        assert store.count_statements(StatementFilter(text="terms number 3 as")) == 1  # found through the index
        assert len(store.articles("resume", limit=None)) == 19
        store.ingest([readers.article_from_record({"id": "late", "text": _text(3).replace("terms", "offers")})])
        assert store.count_statements(StatementFilter(text="offers number 3 as")) == 1  # the trigger works again
        assert len(store.articles("resume", limit=None)) == 20
