"""Plain ingest (articles → SQLite store): articles/s with 1 and 2 workers, and where the time goes.

Synthetic articles (benchmarks/store_synthetic.py), a fresh store each run, runs alternated (1, 2, 1, 2, ...) so that
a busy machine slows both alike; medians printed as JSON. Per article, in CPU milliseconds:
- engine: the extraction (in this process with 1 worker, in the workers with 2: their CPU, counted when the pool
  stops);
- store: everything else this process does (reading state, speaker linking, the writes, topics rows), without
- aids: the fact-check aids update at the end of the ingest (a full refresh on a store this small), apart;
- main: store + aids, what this process spends beside the engine (with 2 workers, the bound on a free core).

    .venv/bin/python benchmarks/store_ingest.py [--articles 400] [--rounds 3] [--input FOLDER_OR_FILE ...]

--input ingests real articles (files, folders, JSONL as `ingest` reads them) instead of the synthetic ones.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attribution import readers
from attribution.store import Store
from attribution.store import aids as store_aids
from attribution.store import ingest as ingest_module
from benchmarks.store_synthetic import articles


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def run(corpus: list, workers: int, folder: Path, n: int) -> dict:
    engine_cpu, aids_cpu = [0.0], [0.0]
    extract, update = ingest_module.extract, store_aids.update

    def timed_extract(job):
        started = time.process_time()
        try:
            return extract(job)
        finally:
            engine_cpu[0] += time.process_time() - started

    def timed_update(*args, **kwargs):
        started = time.process_time()
        try:
            return update(*args, **kwargs)
        finally:
            aids_cpu[0] += time.process_time() - started

    # With workers the module's own extract is sent to them (a closure cannot be pickled): their CPU is counted.
    ingest_module.extract = timed_extract if workers == 1 else extract
    store_aids.update = timed_update
    try:
        with Store(f"sqlite:///{folder / f'ingest-{workers}-{n}.db'}") as store:
            self_before, children_before = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            summary = store.ingest(corpus, workers=workers)
            seconds = time.perf_counter() - started
            main = _cpu(resource.RUSAGE_SELF) - self_before
            children = _cpu(resource.RUSAGE_CHILDREN) - children_before
    finally:
        ingest_module.extract, store_aids.update = extract, update
    articles_n = len(corpus)
    engine = engine_cpu[0] if workers == 1 else children
    store_ms = (main - (engine_cpu[0] if workers == 1 else 0) - aids_cpu[0]) / articles_n * 1000
    return {"workers": workers, "articles": articles_n, "statements": summary.statements, "seconds": seconds,
            "articles_per_s": articles_n / seconds, "engine_ms": engine / articles_n * 1000, "store_ms": store_ms,
            "aids_ms": aids_cpu[0] / articles_n * 1000, "main_ms": store_ms + aids_cpu[0] / articles_n * 1000,
            "articles_per_s_without_aids": articles_n / max(seconds - aids_cpu[0], 1e-9)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--input", nargs="+", help="real articles to ingest instead of --articles synthetic ones")
    args = parser.parse_args()
    corpus = list(readers.read_articles(args.input, print)) if args.input else articles(args.articles, seed=5)
    runs: dict[int, list[dict]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.rounds):
            for workers in (1, 2):
                runs[workers].append(run(corpus, workers, Path(folder), n))
                print(json.dumps(runs[workers][-1]), file=sys.stderr)
    medians = {
        f"{w}_workers": {k: round(statistics.median(r[k] for r in rs), 2) for k in rs[0] if k != "workers"}
        for w, rs in runs.items()
    }
    ratio = [b["articles_per_s"] / a["articles_per_s"] for a, b in zip(runs[1], runs[2], strict=True)]
    print(json.dumps({"benchmark": "store_ingest", **medians, "two_over_one": round(statistics.median(ratio), 2)},
                     indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
