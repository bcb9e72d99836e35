"""Corpus scale (issue 14): extraction on Dask against the plain engine, bulk load of a batch output, aids refresh.

    python benchmarks/corpus_scale.py --articles 2000 --statements 1000000 --pg postgresql+psycopg://u@h/empty_db

Prints JSON:
- extraction: articles/s of the plain engine (in this process: what a partition does per article), and of
  `batch` on a LocalCluster of 1 and of 2 worker processes (cluster started beforehand as `batch` starts its own,
  Parquet written), on the same synthetic articles (benchmarks/store_synthetic.py), in the same run; the ratios
  the issue asks for. The CPU seconds of the plain engine, of the workers, their nannies and the scheduler's
  process as well: the plain engine's against the workers' is the per-worker efficiency even on a machine other
  work slows down.
- load: a batch output of about --statements statements (the engine's output on a few thousand synthetic
  articles, repeated under other ids) loaded by `ingest DIR` into a fresh SQLite file and, with --pg, into an
  empty PostgreSQL database: rows/s, the loading process's CPU (user, system) and peak memory (while the rows go
  in: peak_mb_rows; with the word indexes' rebuild after them: peak_mb); then a full aids refresh of that store
  (seconds, CPU, peak memory), with --refresh, in the loading process: its peak is the larger of the load's and
  the refresh's (the refresh alone, in a process of its own, at 1M-10M: aids_grouping.py --refresh-sizes).
Each load runs in a process of its own, so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from attribution import batch  # noqa: E402
from attribution.store.ingest import extract  # noqa: E402
from benchmarks.store_synthetic import articles  # noqa: E402


def _jsonl(n: int, path: Path) -> list:
    corpus = articles(n, seed=7)
    with path.open("w", encoding="utf-8") as f:
        for a in corpus:
            f.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "publisher": a.publisher,
                                "published": a.published.isoformat() if a.published else None}) + "\n")  # fmt: skip
    return corpus


def _cpu_s() -> float:
    """This process's CPU seconds (user and system), asked of each Dask worker by `Client.run`."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _nanny_cpu_s() -> float:
    """The CPU seconds of the worker's nanny (its parent process), which runs beside it on the machine."""
    import psutil

    times = psutil.Process().parent().cpu_times()
    return times.user + times.system


def extraction(n: int, folder: Path, partition: int) -> dict:
    from distributed import Client

    source, warm = folder / "corpus.jsonl", folder / "warm.jsonl"
    corpus = _jsonl(n, source)
    _jsonl(min(n, 2 * partition), warm)  # the workers' imports and lexicons, not a second pass over the corpus
    started, cpu = time.perf_counter(), _cpu_s()
    kept: list = []
    for i, a in enumerate(corpus):  # results held for a partition's length, as a partition holds its rows
        if i % partition == 0:
            kept = []
        kept.append(extract((a, None)))
    plain = n / (time.perf_counter() - started)
    plain_cpu = _cpu_s() - cpu
    rates, cpu_share = {}, {}
    for workers in (1, 2):
        with batch.local_cluster(workers) as c, Client(c) as client:  # as `batch --workers N` starts it
            batch.run([warm], folder / "warm", scheduler=c.scheduler_address, size=partition)  # workers import
            before, main_before, nannies = client.run(_cpu_s), _cpu_s(), client.run(_nanny_cpu_s)
            started = time.perf_counter()
            summary = batch.run([source], folder / f"out-{workers}", scheduler=c.scheduler_address, size=partition)
            rates[workers] = summary.articles / (time.perf_counter() - started)
            after, nannies_after = client.run(_cpu_s), client.run(_nanny_cpu_s)
            # CPU, unlike the wall clock, depends little on what else the machine runs: the workers' CPU per
            # article against the plain engine's is the per-worker efficiency on a busy machine too.
            cpu_share[workers] = {"workers_cpu_s": round(sum(after[w] - before[w] for w in after), 1),
                                  "nannies_cpu_s": round(sum(nannies_after[w] - nannies[w] for w in after), 2),
                                  "scheduler_and_client_cpu_s": round(_cpu_s() - main_before, 1)}  # fmt: skip
            (folder / "warm" / "manifest.json").unlink()
            for f in (folder / "warm").rglob("*.parquet"):
                f.unlink()
    return {"articles": n, "partition": partition, "plain_articles_per_s": round(plain, 1),
            "plain_cpu_s": round(plain_cpu, 1),
            "dask_1_worker_articles_per_s": round(rates[1], 1), "dask_2_workers_articles_per_s": round(rates[2], 1),
            "two_over_one": round(rates[2] / rates[1], 2),
            "one_worker_over_plain": round(rates[1] / plain, 2),
            "cpu": cpu_share,
            "plain_cpu_over_workers_cpu": {w: round(plain_cpu / c["workers_cpu_s"], 3) for w, c in cpu_share.items()},
            }  # fmt: skip


def synthetic_output(statements: int, folder: Path, base: int) -> tuple[Path, int, int]:
    """A batch output of about `statements` statements: `base` articles extracted once, repeated under other ids."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    seed = folder / "seed"
    seed.mkdir()
    _jsonl(base, seed / "corpus.jsonl")
    out = folder / "output"
    errors: list = []
    for part in batch.partition([seed], errors, size=base):
        batch.run_part(part, str(out / "base"), None)
    arts = pq.read_table(out / "base" / "articles" / "part-000000.parquet")
    stmts = pq.read_table(out / "base" / "statements" / "part-000000.parquet")
    copies = max(1, -(-statements // stmts.num_rows))
    for k in range(copies):
        suffix = pa.scalar(f"~{k}")
        a = arts.set_column(0, "id", pc.binary_join_element_wise(arts["id"], suffix, ""))
        s = stmts.set_column(0, "article", pc.binary_join_element_wise(stmts["article"], suffix, ""))
        for name, table in (("articles", a), ("statements", s)):
            (out / name).mkdir(parents=True, exist_ok=True)
            pq.write_table(table, out / name / f"part-{k:06d}.parquet")
    from attribution.engine.lexicons import data_dir
    from attribution.store.ingest import engine_fingerprint

    manifest = {"format": batch.FORMAT, "inputs": [], "engine": engine_fingerprint(data_dir().resolve()),
                "partitions": []}  # fmt: skip
    (out / batch.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return out, copies * arts.num_rows, copies * stmts.num_rows


def load(out: str, url: str, refresh: bool) -> dict:
    """In a process of its own (see main): one load, and the aids refresh after it."""
    from attribution.store import Store

    rows_peak = [0]

    def progress(done: int, total: int | None) -> None:  # the peak while rows go in (before indexes are rebuilt)
        rows_peak[0] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    with Store(url) as store:
        started = time.perf_counter()
        summary = store.load_batch(out, progress)
        seconds = time.perf_counter() - started
        usage = resource.getrusage(resource.RUSAGE_SELF)
        result = {"dialect": store.dialect, "statements": summary.statements, "articles": summary.new,
                  "seconds": round(seconds, 1), "rows_per_s": round(summary.statements / seconds),
                  "loader_cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
                  "loader_user_s": round(usage.ru_utime, 1), "loader_system_s": round(usage.ru_stime, 1),
                  "peak_mb_rows": round(rows_peak[0] / 1024), "peak_mb": round(usage.ru_maxrss / 1024)}  # fmt: skip
        if refresh:
            started = time.perf_counter()
            cpu = time.process_time()
            store.refresh_aids(full=True)
            result["aids_refresh_s"] = round(time.perf_counter() - started, 1)
            result["aids_refresh_cpu_s"] = round(time.process_time() - cpu, 1)
            result["aids_refresh_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles extracted (the issue: 200,000)")
    parser.add_argument("--partition", type=int, default=250)
    parser.add_argument("--statements", type=int, default=1_000_000, help="statements bulk-loaded")
    parser.add_argument("--base", type=int, default=2000, help="articles extracted for the load's output")
    parser.add_argument("--pg", metavar="URL", help="an empty PostgreSQL database to load into as well")
    parser.add_argument("--refresh", action="store_true", help="a full aids refresh after each load")
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--output", metavar="DIR", help="load this batch output (e.g. one kept from a run before)")
    parser.add_argument("--load-child", nargs=2, metavar=("DIR", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_child:
        print(json.dumps(load(*args.load_child, args.refresh)))
        return
    report: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_extraction:
            (folder / "x").mkdir()
            report["extraction"] = extraction(args.articles, folder / "x", args.partition)
        if args.statements or args.output:
            if args.output:
                out = Path(args.output)
            else:
                (folder / "l").mkdir()
                out, n_articles, n_statements = synthetic_output(args.statements, folder / "l", args.base)
                report["output"] = {"articles": n_articles, "statements": n_statements}
            report["load"] = []
            for url in [f"sqlite:///{folder / 'bulk.db'}", *([args.pg] if args.pg else [])]:
                cmd = [
                    sys.executable,
                    __file__,
                    "--load-child",
                    str(out),
                    url,
                    *(["--refresh"] if args.refresh else []),
                ]
                done = subprocess.run(cmd, capture_output=True, text=True, check=True)
                report["load"].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
