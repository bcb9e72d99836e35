"""The everyday `python -m attribution ingest INPUT --workers N` end to end (start-up, reading, the engine in the
workers, the writes, the aids), as a user runs it: wall time and the CPU of all its processes (user + sys of the
command and its workers: less sensitive to a shared machine's load than the wall time). A fresh SQLite store each
run. --compare runs another checkout's code the same way, alternated with this one (A B B A ...), for A/B medians.

    .venv/bin/python benchmarks/ingest_end_to_end.py INPUT [--workers 2] [--rounds 3] [--compare ../other-checkout]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def run(checkout: Path, paths: list[str], workers: int, folder: Path) -> dict:
    db = folder / "store.db"
    db.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "attribution", "ingest", *paths, "--workers", str(workers), "--db",
                           f"sqlite:///{db}"], cwd=checkout, capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: some article failed, reported on stderr
        raise SystemExit(f"{checkout}: ingest failed:\n{done.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"seconds": seconds, "cpu_seconds": cpu, "load": os.getloadavg()[0], "summary": done.stdout.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another checkout, run alternated with this one")
    args = parser.parse_args()
    paths = [str(Path(p).resolve()) for p in args.paths]
    checkouts = [HERE, *([args.compare.resolve()] if args.compare else [])]
    runs: dict[Path, list[dict]] = {c: [] for c in checkouts}
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.rounds):
            for checkout in checkouts if n % 2 == 0 else checkouts[::-1]:
                runs[checkout].append(run(checkout, paths, args.workers, Path(folder)))
                print(json.dumps({"checkout": str(checkout), **runs[checkout][-1]}), file=sys.stderr)
    articles = int(runs[HERE][0]["summary"].split(" new")[0].split()[-1]) if "new" in runs[HERE][0]["summary"] else 0
    result = {}
    for checkout, rs in runs.items():
        seconds = statistics.median(r["seconds"] for r in rs)
        result[str(checkout)] = {"seconds": round(seconds, 2), "articles_per_s": round(articles / seconds, 1),
                                 "cpu_seconds": round(statistics.median(r["cpu_seconds"] for r in rs), 2),
                                 "cpu_ms_per_article": round(statistics.median(r["cpu_seconds"] for r in rs)
                                                             / max(articles, 1) * 1000, 2),
                                 "load": [round(r["load"], 1) for r in rs]}  # fmt: skip
    print(json.dumps({"benchmark": "ingest_end_to_end", "workers": args.workers, "new_articles": articles, **result},
                     indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
