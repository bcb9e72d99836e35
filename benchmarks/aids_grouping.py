"""How grouping "one statement, many outlets" grows with the store: prints JSON, one entry per size.

Synthetic statements only: fictional speakers, outlets and pseudo-words drawn from a Zipf distribution
(a few very common words, a long tail of rare ones, as in news text). Each original statement is
reported by one to ten outlets, some copies reworded by a word, some given to another speaker.

"results": attribution.aids.group_statements alone, in memory. "store": the same statements written into a
SQLite store (one article each), then the store's aids: a full refresh (in a process of its own, as the dashboard
starts it, then in this one), and the incremental update that follows ingesting one article (new words; a copy of
stored words; a verdict saved).

    .venv/bin/python benchmarks/aids_grouping.py [--sizes 10000 100000 1000000] [--store-sizes 10000 100000]
    .venv/bin/python benchmarks/aids_grouping.py --refresh-sizes 1000000 2000000 --partitions 0 100000
    .venv/bin/python benchmarks/aids_grouping.py --refresh-sizes 1000000 2000000 10000000 --partitions 100000 \
        --stream 10000000 --change-log --folder /var/tmp   # growth: prefixes of one stream, after a bulk load

"aids_refresh" (--refresh-sizes): a full refresh of a store of that size in a process of its own, in memory
(partition 0) and in partitions (see attribution/store/aids_partitioned.py): seconds, CPU and peak memory.
--stream: the stores are the first n statements of one synthetic stream of that many (otherwise each size is a
stream of its own: its speakers, one per 50 statements, differ). --change-log: the change log holds a row per
statement, as after a bulk load (`ingest DIR`), which the refresh takes in. A store takes ~1.4 GB a million
statements (--folder: where; the default temporary folder may be too small for 10M).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, literal, select

from attribution import extract
from attribution.aids import AidStatement, group_statements
from attribution.models import Article
from attribution.store import Store
from attribution.store import aids as store_aids
from attribution.store.schema import aids_changes, reviews
from attribution.store.schema import articles as articles_table
from attribution.store.schema import statements as statements_table
from benchmarks.store_synthetic import articles as synthetic_articles

VOCABULARY = 100_000
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choices(SYLLABLES, k=rng.randint(1, 4)))


def synthetic(n: int, seed: int) -> list[AidStatement]:
    return list(synthetic_stream(n, seed))


def synthetic_stream(n: int, seed: int) -> Iterator[AidStatement]:
    """synthetic() a statement at a time, for stores larger than memory."""
    rng = random.Random(seed)
    words = list(dict.fromkeys(pseudo_word(rng) for _ in range(VOCABULARY * 2)))[:VOCABULARY]
    weights = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(words))))
    speakers = [f"{pseudo_word(rng).title()} {pseudo_word(rng).title()}" for _ in range(max(10, n // 50))]
    outlets = [f"{pseudo_word(rng).title()} Daily" for _ in range(200)]
    wires = ["Reuters", "Associated Press", "Agence France-Presse", None, None, None]
    i = 0
    while i < n:
        text = rng.choices(words, cum_weights=weights, k=rng.randint(8, 30))
        speaker, wire = rng.choice(speakers), rng.choice(wires)
        for _ in range(min(n - i, rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 3, 10)))):
            copy = list(text)
            roll = rng.random()
            if roll < 0.2:  # reworded by one word
                copy[rng.randrange(len(copy))] = rng.choices(words, cum_weights=weights)[0]
            said_by = rng.choice(speakers) if roll > 0.98 else speaker  # misattributed copy
            yield AidStatement(i, i, " ".join(copy).capitalize() + ".", said_by, publisher=rng.choice(outlets),
                               wire=wire)  # fmt: skip
            i += 1


def fill(store: Store, statements: Iterable[AidStatement], chunk: int = 20_000) -> None:
    """One article per statement, written straight into the tables (no engine), with its aids columns set."""
    now = datetime.now(UTC)
    rng = random.Random(0)
    stream = iter(statements)
    with store.engine.begin() as conn:
        while part := list(itertools.islice(stream, chunk)):
            rows = [
                dict(key=f"aids-{s.id}", title=f"Report {s.id}", publisher=s.publisher, text=s.text,
                     content_hash=hashlib.sha256(f"aids-{s.id}".encode()).hexdigest(), ingested_at=now,
                     engine="synthetic", fingerprint=rng.getrandbits(64) - (1 << 63), wire=s.wire)
                for s in part
            ]  # fmt: skip
            ids = conn.execute(insert(articles_table).returning(articles_table.c.id), rows).scalars().all()
            inserted = conn.execute(insert(statements_table).returning(statements_table.c.id), [
                dict(article_id=a, key=f"aids-{s.id}", position=0, start=0, end=len(s.text), spans=[[0, len(s.text)]],
                     text=s.text, kind="direct", speaker=s.speaker, anonymous=False, confidence=0.9, retired=False)
                for a, s in zip(ids, part, strict=True)
            ])  # fmt: skip
            conn.execute(insert(reviews), [dict(statement_id=i, workflow="unstarted", evidence_urls=[])
                                           for i in inserted.scalars()])  # fmt: skip


def log_changes(store: Store) -> None:
    """Every statement logged as changed, as a bulk load logs it (a refresh takes the log in: logged again)."""
    with store.engine.begin() as conn:
        select_ids = select(statements_table.c.id, literal("statement"))
        conn.execute(insert(aids_changes).from_select(["statement_id", "kind"], select_ids))


def _copy(s: AidStatement) -> Article:
    """An article of another publisher quoting a stored statement word for word."""
    return Article(f"copy-{s.id}", f"“{s.text.rstrip('.')},” {s.speaker} said.", publisher="Copy Daily")


def store_costs(n: int, seed: int, folder: Path, repeat: int) -> dict:
    """A full refresh of a store of n statements, then the incremental updates after small changes (medians of
    `repeat` different changes): in the process that did the last update ("warm": it kept the texts it read), and
    in a new process ("cold": a new Store reads all texts)."""
    statements = synthetic(n, seed)
    summaries: list = []
    update = store_aids.update

    def recording(*args, **kwargs):  # the update Store.ingest and save_review run, with its summary kept
        summaries.append(update(*args, **kwargs))
        return summaries[-1]

    url = f"sqlite:///{folder / f'aids-{n}.db'}"
    out: dict = {"statements": n, "backend": "sqlite"}
    with Store(url) as store:
        started = time.perf_counter()
        fill(store, statements)
        out["fill_s"] = round(time.perf_counter() - started, 1)
    copies = (a for a in map(_copy, statements[len(statements) // 2 :]) if len(extract(a.text, a.id)) == 1)
    copies = iter([next(copies) for _ in range(repeat)])
    del statements  # a million records in memory would slow every garbage collection below
    cases = {
        "ingest 1 article (new words), warm": lambda store, i: store.ingest(synthetic_articles(1, seed=n + i)),
        "ingest 1 article (a copy of stored words), warm": lambda store, i: store.ingest([next(copies)]),
        "save a first verdict, warm": lambda store, i: store.save_review(
            i + 1, expected_version=0, reviewer="bench", verdict="confirmed"),
        "ingest 1 article (new words), cold": lambda store, i: store.ingest(synthetic_articles(1, seed=2 * n + i)),
    }  # fmt: skip
    # A full refresh as the dashboard runs it, in a process of its own: its peak memory is that process's alone.
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "attribution", "aids", "refresh", "--db", url], check=True,
                   capture_output=True, cwd=Path(__file__).resolve().parent.parent)  # fmt: skip
    seconds = round(time.perf_counter() - started, 1)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024  # the largest child yet: sizes ascend
    out["full_refresh_process"] = {"seconds": seconds, "max_rss_mb": peak}
    out["incremental"] = {}
    store_aids.update = recording
    try:
        with Store(url) as warm:
            full = warm.refresh_aids(full=True)  # this process keeps the texts it read
            out["full_refresh"] = {"seconds": full.seconds, "groups": full.groups, "suggestions": full.suggestions,
                                   "alerts": full.alerts}  # fmt: skip
            for name, call in cases.items():
                runs = []
                for i in range(repeat):
                    summaries.clear()
                    if name.endswith("cold"):
                        with Store(url) as cold:
                            started = time.perf_counter()
                            call(cold, i)
                    else:
                        started = time.perf_counter()
                        call(warm, i)
                    runs.append((time.perf_counter() - started, summaries[-1]))
                total, s = sorted(runs, key=lambda r: r[1].seconds)[len(runs) // 2]
                out["incremental"][name] = {"mode": s.mode.value, "changes": s.changes, "groups_written": s.groups,
                                            "aids_update_s": s.seconds, "call_s": round(total, 2)}  # fmt: skip
    finally:
        store_aids.update = update
    out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return out


REFRESH = """
import json, resource, sys, time
from attribution.store import Store
with Store(sys.argv[1]) as store:
    started = time.process_time()
    s = store.refresh_aids(full=True, partition=int(sys.argv[2]))
    cpu = time.process_time() - started
print(json.dumps({"seconds": s.seconds, "cpu_s": round(cpu, 1), "groups": s.groups, "suggestions": s.suggestions,
                  "alerts": s.alerts, "claim_matches": s.claim_matches,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
"""


def refresh_costs(n: int, seed: int, folder: Path, partitions: list[int], verdicts: int, stream: int | None = None,
                  change_log: bool = False) -> dict:  # fmt: skip
    """A full refresh of a SQLite store of n statements, each way in a process of its own (its peak memory alone):
    partition 0 is the in-memory refresh, others the partitioned one with that many statements a partition."""
    url = f"sqlite:///{folder / f'refresh-{n}.db'}"
    out: dict = {"statements": n, "backend": "sqlite", "stream": stream or n, "change_log": change_log}
    with Store(url) as store:
        started = time.perf_counter()
        fill(store, itertools.islice(synthetic_stream(stream or n, seed), n))
        with store.engine.begin() as conn:  # verdicts spread over the store: claim matches to find
            step = max(1, n // verdicts)
            conn.execute(reviews.update().where(reviews.c.statement_id % step == 0).values(verdict="confirmed"))
        out["fill_s"] = round(time.perf_counter() - started, 1)
    root = Path(__file__).resolve().parent.parent
    for partition in partitions:
        if change_log:
            with Store(url) as store:
                log_changes(store)
        done = subprocess.run([sys.executable, "-c", REFRESH, url, str(partition)], check=True, capture_output=True,
                              text=True, cwd=root)  # fmt: skip
        out[f"partition_{partition}"] = json.loads(done.stdout.splitlines()[-1])
        print(json.dumps({n: out}), file=sys.stderr)
    (folder / f"refresh-{n}.db").unlink()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--store-sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="store: changes measured per case (median)")
    parser.add_argument(
        "--refresh-sizes",
        type=int,
        nargs="*",
        default=[],
        help="full refresh in memory and in partitions at these store sizes (e.g. 1000000 10000000)",
    )
    parser.add_argument(
        "--partitions",
        type=int,
        nargs="*",
        default=[0, 100_000],
        help="statements a partition for --refresh-sizes (0: in memory)",
    )
    parser.add_argument("--verdicts", type=int, default=2000, help="statements with a verdict, for claim matches")
    parser.add_argument("--stream", type=int, help="--refresh-sizes: the first n statements of a stream of this many")
    parser.add_argument("--change-log", action="store_true", help="--refresh-sizes: a change row a statement")
    parser.add_argument("--folder", type=Path, help="where the stores are written (default: a temporary folder)")
    args = parser.parse_args()
    refreshed = []
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        for n in args.refresh_sizes:
            refreshed.append(refresh_costs(n, args.seed, Path(folder), args.partitions, args.verdicts, args.stream,
                                           args.change_log))  # fmt: skip
    if args.refresh_sizes:
        print(json.dumps({"benchmark": "aids_refresh", "results": refreshed}, indent=2))
        return
    stored = []
    with tempfile.TemporaryDirectory() as folder:
        for n in args.store_sizes:
            stored.append(store_costs(n, args.seed, Path(folder), args.repeat))
            print(json.dumps(stored[-1]), file=sys.stderr)
    results = []
    for n in args.sizes:
        statements = synthetic(n, args.seed)
        start = time.perf_counter()
        grouping = group_statements(statements)
        seconds = time.perf_counter() - start
        results.append(
            {
                "statements": n,
                "seconds": round(seconds, 2),
                "microseconds_per_statement": round(seconds / n * 1e6, 1),
                "groups": len(grouping.groups),
                "grouped_statements": sum(len(g.statement_ids) for g in grouping.groups),
                "suggestions": len(grouping.suggestions),
                "misattribution_alerts": len(grouping.alerts),
                "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
        )
        print(json.dumps(results[-1]), file=sys.stderr)
    print(json.dumps({"benchmark": "aids_grouping", "results": results, "store": stored}, indent=2))


if __name__ == "__main__":
    main()
