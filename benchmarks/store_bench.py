"""Store speed: ingest articles/s with 1 and 2 workers, and the dashboard's queries at a million statements.

Synthetic data only (benchmarks/store_synthetic.py: fictional names). Prints one JSON object; query
times are medians of --repeat runs, in milliseconds.

    .venv/bin/python benchmarks/store_bench.py [--articles 300] [--statements 1000000] [--db URL]

--db: the store for the query part (default: a temporary SQLite file); an empty one is filled, one
already filled by an earlier run is reused. For PostgreSQL give postgresql+psycopg://user@host/dbname.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from attribution.store import StatementFilter, Store
from benchmarks.store_synthetic import articles, fill


def ingest_rate(n: int, workers: int, folder: Path) -> dict:
    corpus = articles(n, seed=5)
    with Store(f"sqlite:///{folder / f'ingest-{workers}.db'}") as store:
        started = time.perf_counter()
        summary = store.ingest(corpus, workers=workers)
        seconds = time.perf_counter() - started
    return {"workers": workers, "articles": n, "statements": summary.statements, "seconds": round(seconds, 2),
            "articles_per_s": round(n / seconds, 1)}  # fmt: skip


def timed(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


def query_latencies(store: Store, repeat: int) -> dict[str, float]:
    everything = StatementFilter()
    speaker = StatementFilter(speakers=("Tavo Relkin",))
    narrow = StatementFilter(speakers=("Tavo Relkin", "Mirela Dovrash"), date_from=date(2024, 6, 1),
                             date_to=date(2024, 9, 30))  # fmt: skip
    queue = StatementFilter(workflows=("unstarted",))
    cases = {
        "count all": lambda: store.count_statements(everything),
        "page 1, newest first": lambda: store.statements(everything, limit=50),
        "page 100, newest first": lambda: store.statements(everything, limit=50, offset=4950),
        "count one speaker": lambda: store.count_statements(speaker),
        "page one speaker": lambda: store.statements(speaker, limit=50),
        "page affiliation + country": lambda: store.statements(
            StatementFilter(affiliations=("Norvania government",), countries=("Norvania",)), limit=50),
        "page publisher + month": lambda: store.statements(
            StatementFilter(publishers=("Harbour Gazette",), date_from=date(2024, 3, 1), date_to=date(2024, 3, 31)),
            limit=50),
        "page topic": lambda: store.statements(StatementFilter(topics=("sanctions",)), limit=50),
        "count text substring": lambda: store.count_statements(StatementFilter(text="grain corridor")),
        "page text substring": lambda: store.statements(StatementFilter(text="grain corridor"), limit=50),
        "review queue (unstarted by check score)": lambda: store.statements(queue, limit=50, order="check_score_desc"),
        "facet speaker (all)": lambda: store.facet_counts(everything, "speaker"),
        "facet topic (all)": lambda: store.facet_counts(everything, "topic"),
        "facet workflow (one speaker)": lambda: store.facet_counts(speaker, "workflow"),
        "timeline week (all)": lambda: store.timeline(everything, "week"),
        "timeline week (one speaker)": lambda: store.timeline(speaker, "week"),
        "topic grid by speaker": lambda: store.topic_grid(everything, by="speaker"),
        "facet values speaker": lambda: store.facet_values("speaker"),
        "fuzzy text, 2 speakers + 4 months": lambda: store.statements(
            StatementFilter(text="grain coridor", fuzzy=True, speakers=narrow.speakers, date_from=narrow.date_from,
                            date_to=narrow.date_to), limit=50),
        "fuzzy text (all)": lambda: store.statements(StatementFilter(text="grain coridor", fuzzy=True), limit=50),
    }  # fmt: skip
    return {name: timed(call, repeat) for name, call in cases.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--db", help="store URL for the query part (default: a temporary SQLite file)")
    parser.add_argument("--skip-ingest", action="store_true", help="measure the queries only")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report: dict = {
            "ingest": [] if args.skip_ingest else [ingest_rate(args.articles, w, Path(folder)) for w in (1, 2)]
        }
        url = args.db or f"sqlite:///{Path(folder) / 'million.db'}"
        with Store(url) as store:
            empty = store.is_empty()
        report["fill"] = fill(url, args.statements) if empty else "reused"
        with Store(url) as store:
            if store.dialect == "postgresql":  # planner statistics, as autovacuum gives a long-lived server
                with store.engine.begin() as conn:
                    conn.execute(text("ANALYZE"))
            report["statements"] = store.count_statements()
            report["backend"] = store.dialect
            report["query_ms"] = query_latencies(store, args.repeat)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
